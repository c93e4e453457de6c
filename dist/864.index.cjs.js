"use strict";
exports.id = 864;
exports.ids = [864];
exports.modules = {

/***/ 6864:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runScanMode: () => (/* binding */ runScanMode)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/engine/pr-changes.js
var pr_changes = __webpack_require__(7442);
// EXTERNAL MODULE: ./lib/engine/repo-files.js
var repo_files = __webpack_require__(802);
// EXTERNAL MODULE: ./lib/engine/scan.js + 2 modules
var scan = __webpack_require__(6878);
// EXTERNAL MODULE: ./lib/engine/scan-io.js
var scan_io = __webpack_require__(3486);
// EXTERNAL MODULE: ./lib/report/findings-json.js
var findings_json = __webpack_require__(5749);
// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(3021);
// EXTERNAL MODULE: ./lib/rules/words.js
var words = __webpack_require__(642);
;// CONCATENATED MODULE: ./lib/report/scan-summary.js


function factsLine(report) {
    const parts = [
        (0,markdown/* renderSeverityCounts */.U_)(report.findings),
        `${(0,words/* plural */.LS)(report.filesScanned, 'file')} scanned (${(0,words/* plural */.LS)(report.workflowsScanned, 'workflow')})`
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
        out.push('### Findings', '', (0,markdown/* renderFindingsTable */.FQ)(report.findings, { ...link, maxChars: budget }));
        return out;
    }
    const fresh = report.findings.filter(f => f.isNew);
    const old = report.findings.filter(f => !f.isNew);
    if (fresh.length > 0) {
        out.push(`### New in this pull request (${fresh.length})`, '', (0,markdown/* renderFindingsTable */.FQ)(fresh, { ...link, maxChars: Math.floor(budget * 0.6) }));
    }
    else {
        out.push('None of the findings is on a line this pull request changed.');
    }
    if (old.length > 0) {
        out.push('', `### Already in the repository (${old.length})`, '', (0,markdown/* renderFindingsTable */.FQ)(old, { ...link, includeFix: false, maxChars: Math.floor(budget * 0.35) }));
    }
    return out;
}
function notesBlock(report, notAnnotated) {
    const notes = [...report.notes];
    if (notAnnotated > 0) {
        notes.unshift(`${(0,words/* plural */.LS)(notAnnotated, 'finding')} not annotated in the diff (GitHub shows at most 10 annotations per level); every finding is in the tables above.`);
    }
    if (notes.length === 0)
        return [];
    return ['', '#### Notes', '', ...notes.map(n => `- ${(0,markdown/* escapeMarkdown */.FV)(n)}`)];
}
/** The job summary. */
function renderScanSummary(report, options = {}) {
    const heading = `## ${markdown/* VERDICT_ICON */.YY[report.verdict]} fly-token-guard scan: ${report.verdict}`;
    const threshold = report.failOn === 'never' ? 'never fails' : `fails on ${report.failOn} and above`;
    return [
        heading,
        '',
        `${factsLine(report)} \u00b7 ${threshold}`,
        '',
        ...(report.findings.length === 0
            ? ['No risky Fly token handling found.']
            : tables(report, options, markdown/* GITHUB_BODY_LIMIT */.nY - 4000)),
        ...notesBlock(report, options.notAnnotated ?? 0)
    ].join('\n');
}
/** The sticky pull request comment: the same tables, compact. */
function renderScanComment(report, options = {}) {
    const heading = report.newCount !== null && report.newCount > 0
        ? `### ${markdown/* VERDICT_ICON */.YY[report.verdict]} fly-token-guard: ${(0,words/* plural */.LS)(report.newCount, 'new finding')} in this pull request`
        : `### ${markdown/* VERDICT_ICON */.YY[report.verdict]} fly-token-guard: ${(0,words/* plural */.LS)(report.findings.length, 'finding')}`;
    return [
        heading,
        '',
        factsLine(report),
        '',
        ...tables(report, options, markdown/* GITHUB_BODY_LIMIT */.nY - 2000),
        '',
        '<sub>Rules, fixes and how to silence a finding: see the linked rule pages.</sub>'
    ].join('\n');
}
/** The scan for terminals. */
function renderScanText(report) {
    const lines = [
        `Verdict: ${report.verdict.toUpperCase()} (fails on ${report.failOn})`,
        `Scanned: ${plural(report.filesScanned, 'file')}, ${plural(report.workflowsScanned, 'workflow')}` +
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

// EXTERNAL MODULE: ./lib/fly/version.js
var version = __webpack_require__(529);
// EXTERNAL MODULE: ./lib/rules/registry.js + 19 modules
var registry = __webpack_require__(8654);
// EXTERNAL MODULE: ./lib/rules/scan/index.js + 1 modules
var rules_scan = __webpack_require__(7397);
// EXTERNAL MODULE: ./lib/report/sarif.js
var sarif = __webpack_require__(123);
;// CONCATENATED MODULE: ./lib/report/scan-sarif.js




const SARIF_TOOL = {
    name: 'fly-token-guard',
    version: version/* FLY_TOKEN_GUARD_VERSION */.p,
    informationUri: 'https://github.com/fly-token-guard/fly-token-guard'
};
/** `sources` lets fingerprints follow a line's text (hashed; never copied into the log). */
function scanSarif(report, sources) {
    return (0,sarif/* toSarif */.zv)(report.findings, (0,registry/* ruleMeta */.M)(rules_scan/* scanRules */.j_), SARIF_TOOL, sources ? { sources } : {});
}

// EXTERNAL MODULE: ./lib/github/load-client.js
var load_client = __webpack_require__(4563);
// EXTERNAL MODULE: ./lib/action/clock.js
var clock = __webpack_require__(6920);
// EXTERNAL MODULE: ./lib/action/inputs.js
var inputs = __webpack_require__(1413);
// EXTERNAL MODULE: ./lib/action/output-file.js
var output_file = __webpack_require__(7872);
;// CONCATENATED MODULE: ./lib/action/scan-mode.js
// `mode: scan`: the repository scan on pull requests and pushes. Annotations on the exact places,
// a job summary, SARIF for code scanning, optionally one sticky PR comment. The GitHub client
// loads only when a comment or the pull request's changed files are wanted.













const COMMENT_MARKER = 'scan';
function readEventPayload() {
    const file = process.env.GITHUB_EVENT_PATH;
    if (!file)
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
async function githubClient(token, deadline) {
    const { createGitHubClient } = await (0,load_client/* loadGitHubClient */.B)();
    return createGitHubClient(token, { deadline });
}
async function changedLines(pr, root, client) {
    const listFiles = client
        ? async () => {
            const { listPullRequestFiles } = await Promise.all(/* import() */[__webpack_require__.e(159), __webpack_require__.e(746)]).then(__webpack_require__.bind(__webpack_require__, 746));
            return listPullRequestFiles(await client(), {
                owner: pr.owner,
                repo: pr.repo,
                pullNumber: pr.number
            });
        }
        : undefined;
    const resolved = await (0,pr_changes/* resolveChangedLines */.AP)(pr, {
        ...(listFiles ? { pullFiles: listFiles } : {}),
        gitDiff: base => scan_io/* fsScanIo */.LA.diff(root, base)
    });
    // Which source failed matters only when none worked.
    return { changes: resolved.changes, notes: resolved.changes === null ? resolved.notes : [] };
}
function blobLink(pr) {
    const { owner, repo } = (0,pr_changes/* repositoryOf */._M)(process.env.GITHUB_REPOSITORY) ?? {};
    const sha = pr?.headSha ?? process.env.GITHUB_SHA;
    if (!owner || !repo || !sha)
        return undefined;
    return {
        owner,
        repo,
        sha,
        ...(process.env.GITHUB_SERVER_URL ? { serverUrl: process.env.GITHUB_SERVER_URL } : {})
    };
}
function findingsOutput(report) {
    return JSON.stringify(report.findings.map(f => ({
        ...(0,findings_json/* findingToJson */.N)(f),
        ...(f.isNew !== undefined ? { new: f.isNew } : {})
    })));
}
function writeSarif(run, root, file, report) {
    const repo = (0,repo_files/* createRepoFiles */._)(root);
    const log = scanSarif(report, f => repo.read(f));
    (0,output_file/* writeOutputFile */.B)('sarif-file', root, file, run.redact(`${JSON.stringify(log, null, 2)}\n`));
    return file;
}
async function comment(run, report, pr, client, link) {
    const { upsertStickyComment, resolveStickyComment } = await Promise.all(/* import() */[__webpack_require__.e(159), __webpack_require__.e(156)]).then(__webpack_require__.bind(__webpack_require__, 4156));
    const target = { owner: pr.owner, repo: pr.repo, issueNumber: pr.number, marker: COMMENT_MARKER };
    const result = report.findings.length > 0
        ? await upsertStickyComment(await client(), {
            ...target,
            body: run.redact(renderScanComment(report, link ? { link } : {}))
        })
        : await resolveStickyComment(await client(), target);
    if (result.ok)
        run.publisher.info(`Pull request comment: ${result.action}.`);
    else
        run.publisher.warning(`${result.reason} The scan result stands; only the comment is missing.`);
}
async function runScanMode(run) {
    const { publisher } = run;
    const failOn = (0,inputs/* readFailOn */.mc)();
    const sarifFile = (0,inputs/* readInput */.R5)('sarif-file').trim();
    const wantComment = (0,inputs/* readBoolean */.Vf)('comment', false);
    const maxFiles = (0,inputs/* readNumber */.kz)('max-files', scan/* DEFAULT_MAX_FILES */.$c, 1, 10_000_000);
    const githubToken = (0,inputs/* readInput */.R5)('github-token').trim();
    const root = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const pr = (0,pr_changes/* pullRequestOf */._n)(process.env.GITHUB_EVENT_NAME, readEventPayload(), process.env.GITHUB_REPOSITORY);
    let clientPromise;
    const client = githubToken === '' ? null : () => (clientPromise ??= githubClient(githubToken, run.deadline));
    const extraNotes = [];
    let changes = null;
    if (pr) {
        const resolved = await changedLines(pr, root, client);
        changes = resolved.changes;
        extraNotes.push(...resolved.notes);
    }
    const report = await (0,scan/* scanRepository */.Gw)({ root, maxFiles, failOn, changes, now: (0,clock/* currentTime */.$)() });
    report.notes.push(...extraNotes);
    const notAnnotated = publisher.annotate(report.findings);
    const outputs = {
        verdict: report.verdict,
        findings: findingsOutput(report),
        'sarif-file': ''
    };
    if (sarifFile !== '')
        outputs['sarif-file'] = writeSarif(run, root, sarifFile, report);
    publisher.outputs(outputs);
    const link = blobLink(pr);
    if (wantComment) {
        if (!pr) {
            publisher.info('comment: true, but this run is not for a pull request: no comment written.');
        }
        else if (!client) {
            publisher.warning('comment: true, but github-token is empty: no comment written.');
        }
        else {
            await comment(run, report, pr, client, link);
        }
    }
    await publisher.summary(renderScanSummary(report, { notAnnotated, ...(link ? { link } : {}) }));
    const newPart = report.newCount === null ? '' : `, ${report.newCount} new in this pull request`;
    const headline = `Fly token scan: ${(0,words/* plural */.LS)(report.findings.length, 'finding')}${newPart}; verdict ${report.verdict}.`;
    publisher.conclude(headline, report.verdict === 'fail', 'See the annotations and the job summary.');
}


/***/ }),

/***/ 802:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ createRepoFiles)
/* harmony export */ });
/* harmony import */ var _file_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6610);
/* harmony import */ var _fs_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7877);


function createRepoFiles(root) {
    return (0,_file_source_js__WEBPACK_IMPORTED_MODULE_1__/* .repoFilesOf */ .F)((0,_fs_source_js__WEBPACK_IMPORTED_MODULE_0__/* .fsFileSource */ .H)(root));
}


/***/ }),

/***/ 529:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ FLY_TOKEN_GUARD_VERSION),
/* harmony export */   q: () => (/* binding */ DEFAULT_USER_AGENT)
/* harmony export */ });
// The version sent in the User-Agent. A constant (not package.json read at runtime) because the
// bundled dist/ has no package.json next to it; a test keeps the two in step.
const FLY_TOKEN_GUARD_VERSION = '1.4.0';
const DEFAULT_USER_AGENT = `fly-token-guard/${FLY_TOKEN_GUARD_VERSION}`;


/***/ }),

/***/ 4563:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ loadGitHubClient)
/* harmony export */ });
/* harmony import */ var _fly_proxy_environment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7081);
// Loads the GitHub client. @actions/github builds its proxy agent when it is loaded, and a proxy
// variable it cannot use stops it with undici's bare "Invalid URL protocol": the proxy environment
// is checked first, so the run names the variable as the Fly calls do.

async function loadGitHubClient() {
    (0,_fly_proxy_environment_js__WEBPACK_IMPORTED_MODULE_0__/* .assertUsableProxyEnvironment */ .oM)();
    return Promise.all(/* import() */[__webpack_require__.e(159), __webpack_require__.e(636)]).then(__webpack_require__.bind(__webpack_require__, 636));
}


/***/ })

};
;