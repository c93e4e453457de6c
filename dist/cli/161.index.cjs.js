"use strict";
exports.id = 161;
exports.ids = [161];
exports.modules = {

/***/ 5161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runScanCommand: () => (/* binding */ runScanCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/action/clock.js
var clock = __webpack_require__(6920);
// EXTERNAL MODULE: ./lib/engine/repo-files.js
var repo_files = __webpack_require__(802);
// EXTERNAL MODULE: ./lib/engine/scan.js + 3 modules
var scan = __webpack_require__(9788);
// EXTERNAL MODULE: ./lib/report/findings-json.js
var findings_json = __webpack_require__(5749);
// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(5402);
// EXTERNAL MODULE: ./lib/rules/words.js
var words = __webpack_require__(642);
;// CONCATENATED MODULE: ./lib/report/scan-summary.js


function factsLine(report) {
    const parts = [
        renderSeverityCounts(report.findings),
        `${plural(report.filesScanned, 'file')} scanned (${plural(report.workflowsScanned, 'workflow')})`
    ];
    if (report.newCount !== null)
        parts.push(`${report.newCount} new in this pull request`);
    if (report.ignoredCount > 0)
        parts.push(`${report.ignoredCount} ignored`);
    return parts.join(' \u00b7 ');
}
function tables(report, options, budget) {
    const out = [];
    if (report.findings.length === 0)
        return out;
    const link = options.link ? { link: options.link } : {};
    if (report.newCount === null) {
        out.push('### Findings', '', renderFindingsTable(report.findings, { ...link, maxChars: budget }));
        return out;
    }
    const fresh = report.findings.filter(f => f.isNew);
    const old = report.findings.filter(f => !f.isNew);
    if (fresh.length > 0) {
        out.push(`### New in this pull request (${fresh.length})`, '', renderFindingsTable(fresh, { ...link, maxChars: Math.floor(budget * 0.6) }));
    }
    else {
        out.push('None of the findings is on a line this pull request changed.');
    }
    if (old.length > 0) {
        out.push('', `### Already in the repository (${old.length})`, '', renderFindingsTable(old, { ...link, includeFix: false, maxChars: Math.floor(budget * 0.35) }));
    }
    return out;
}
function notesBlock(report, notAnnotated) {
    const notes = [...report.notes];
    if (notAnnotated > 0) {
        notes.unshift(`${plural(notAnnotated, 'finding')} not annotated in the diff (GitHub shows at most 10 annotations per level); every finding is in the tables above.`);
    }
    if (notes.length === 0)
        return [];
    return ['', '#### Notes', '', ...notes.map(n => `- ${escapeMarkdown(n)}`)];
}
/** The job summary. */
function renderScanSummary(report, options = {}) {
    const heading = `## ${VERDICT_ICON[report.verdict]} fly-token-guard scan: ${report.verdict}`;
    const threshold = report.failOn === 'never' ? 'never fails' : `fails on ${report.failOn} and above`;
    return [
        heading,
        '',
        `${factsLine(report)} \u00b7 ${threshold}`,
        '',
        ...(report.findings.length === 0
            ? ['No risky Fly token handling found.']
            : tables(report, options, GITHUB_BODY_LIMIT - 4000)),
        ...notesBlock(report, options.notAnnotated ?? 0)
    ].join('\n');
}
/** The sticky pull request comment: the same tables, compact. */
function renderScanComment(report, options = {}) {
    const heading = report.newCount !== null && report.newCount > 0
        ? `### ${VERDICT_ICON[report.verdict]} fly-token-guard: ${plural(report.newCount, 'new finding')} in this pull request`
        : `### ${VERDICT_ICON[report.verdict]} fly-token-guard: ${plural(report.findings.length, 'finding')}`;
    return [
        heading,
        '',
        factsLine(report),
        '',
        ...tables(report, options, GITHUB_BODY_LIMIT - 2000),
        '',
        '<sub>Rules, fixes and how to silence a finding: see the linked rule pages.</sub>'
    ].join('\n');
}
/** The scan for terminals. */
function renderScanText(report) {
    const lines = [
        `Verdict: ${report.verdict.toUpperCase()} (fails on ${report.failOn})`,
        `Scanned: ${(0,words/* plural */.LS)(report.filesScanned, 'file')}, ${(0,words/* plural */.LS)(report.workflowsScanned, 'workflow')}` +
            (report.ignoredCount > 0 ? `; ${report.ignoredCount} findings ignored` : '')
    ];
    lines.push('', report.findings.length === 0 ? 'No findings.' : `Findings (${report.findings.length}):`);
    for (const f of report.findings) {
        const where = f.location ? `${f.location.file}:${f.location.line}:${f.location.column} ` : '';
        lines.push(`  ${where}[${f.severity}] ${f.rule}${f.isNew ? ' (new)' : ''}`, `    ${f.message}`);
        if (f.fix) {
            lines.push(`    Fix: ${f.fix.summary}`, ...f.fix.commands.map(c => `      $ ${c}`));
        }
    }
    for (const note of report.notes)
        lines.push('', `Note: ${note}`);
    return lines.join('\n');
}

// EXTERNAL MODULE: ./lib/report/scan-sarif.js
var scan_sarif = __webpack_require__(5289);
// EXTERNAL MODULE: ./lib/cli/args.js
var cli_args = __webpack_require__(2453);
;// CONCATENATED MODULE: ./lib/cli/scan.js
// `fly-token-guard scan [DIR] [--json|--sarif] [--fail-on S] [--max-files N]`: the repository
// scan from a terminal. Exit 0 pass (or warn), 1 findings at or above --fail-on, 2 bad usage.









function maxFilesOf(value) {
    if (value === undefined)
        return scan/* DEFAULT_MAX_FILES */.$c;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
        throw new cli_args/* UsageError */.eb('--max-files must be a whole number of at least 1');
    return n;
}
const runScanCommand = async ({ args, env, out }) => {
    const { values, positionals } = args;
    if (values.json && values.sarif)
        throw new cli_args/* UsageError */.eb('--json and --sarif exclude each other');
    if (positionals.length > 1)
        throw new cli_args/* UsageError */.eb('scan takes one directory');
    const failOn = (0,cli_args/* parseFailOn */.XV)(values['fail-on']);
    const maxFiles = maxFilesOf(values['max-files']);
    const dir = positionals[0] ?? values.repo ?? '.';
    const root = external_node_path_.resolve(dir);
    let isDirectory;
    try {
        isDirectory = (0,external_node_fs_.statSync)(root).isDirectory();
    }
    catch {
        isDirectory = false;
    }
    if (!isDirectory)
        throw new cli_args/* UsageError */.eb(`'${dir}' is not a directory`);
    const report = await (0,scan/* scanRepository */.Gw)({ root, maxFiles, failOn, now: (0,clock/* currentTime */.$)(env) });
    if (values.sarif) {
        const repo = (0,repo_files/* createRepoFiles */._)(root);
        out(JSON.stringify((0,scan_sarif/* scanSarif */.p)(report, file => repo.read(file)), null, 2));
    }
    else if (values.json) {
        out(JSON.stringify({
            verdict: report.verdict,
            filesScanned: report.filesScanned,
            findings: report.findings.map(findings_json/* findingToJson */.N),
            notes: report.notes
        }, null, 2));
    }
    else {
        out(renderScanText(report));
    }
    return report.verdict === 'fail' ? 1 : 0;
};


/***/ }),

/***/ 802:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ createRepoFiles)
/* harmony export */ });
/* harmony import */ var _file_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6610);
/* harmony import */ var _fs_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7549);


function createRepoFiles(root) {
    return (0,_file_source_js__WEBPACK_IMPORTED_MODULE_1__/* .repoFilesOf */ .F)((0,_fs_source_js__WEBPACK_IMPORTED_MODULE_0__/* .fsFileSource */ .H)(root));
}


/***/ })

};
;