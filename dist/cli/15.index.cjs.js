"use strict";
exports.id = 15;
exports.ids = [15];
exports.modules = {

/***/ 9015:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAuditCommand: () => (/* binding */ runAuditCommand)
});

// EXTERNAL MODULE: ./lib/action/clock.js
var clock = __webpack_require__(6920);
// EXTERNAL MODULE: ./lib/rules/registry.js + 19 modules
var registry = __webpack_require__(8654);
// EXTERNAL MODULE: ./lib/rules/scan/index.js + 1 modules
var scan = __webpack_require__(7397);
// EXTERNAL MODULE: ./lib/rules/types.js
var types = __webpack_require__(3042);
// EXTERNAL MODULE: ./lib/report/scan-sarif.js
var scan_sarif = __webpack_require__(5289);
// EXTERNAL MODULE: ./lib/report/sarif.js
var sarif = __webpack_require__(123);
;// CONCATENATED MODULE: ./lib/audit/sarif.js





const severityOf = (name) => types/* SEVERITIES */.oC.includes(name) ? name : 'info';
function auditSarif(report) {
    const findings = report.repositories.flatMap(entry => entry.findings.map(f => ({
        rule: f.rule,
        severity: severityOf(f.severity),
        message: f.message,
        ...(f.fix ? { fix: f.fix } : {}),
        ...(f.file !== null
            ? {
                location: { file: `${entry.repo}/${f.file}`, line: f.line ?? 1, column: f.column ?? 1 }
            }
            : {})
    })));
    return (0,sarif/* toSarif */.zv)(findings, (0,registry/* ruleMeta */.M)(scan/* scanRules */.j_), scan_sarif/* SARIF_TOOL */.L, {});
}

// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(5402);
// EXTERNAL MODULE: ./lib/rules/words.js
var words = __webpack_require__(642);
;// CONCATENATED MODULE: ./lib/audit/markdown.js
// The org audit as something a person would rather look at than read: a headline, a chart of
// findings by severity (Mermaid, which GitHub renders), the riskiest repositories, the rules that
// fire most, the secret names repositories share, and what was not read.



const MAX_ROWS = 15;
function headline(report) {
    const { summary } = report;
    const worst = types/* SEVERITIES */.oC.find(s => summary.bySeverity[s] > 0);
    const icon = worst === undefined ? '\u2705' : worst === 'critical' || worst === 'high' ? '\u274c' : '\u26a0\ufe0f';
    const scope = report.shard ? ` (shard ${report.shard.index}/${report.shard.count})` : '';
    return `## ${icon} Fly token audit of ${(0,markdown/* escapeTableCell */.aL)(report.org)}${scope}`;
}
function factsLine(report) {
    const { summary } = report;
    const parts = [
        `${(0,words/* plural */.LS)(summary.audited, 'repository', 'repositories')} audited`,
        `${summary.withFlySecrets} use Fly secrets`,
        `${summary.withFindings} with findings`
    ];
    if (summary.skipped > 0)
        parts.push(`${summary.skipped} skipped`);
    if (!report.complete)
        parts.push('**incomplete**');
    return parts.join(' \u00b7 ');
}
function severityChart(bySeverity) {
    const present = types/* SEVERITIES */.oC.filter(s => bySeverity[s] > 0);
    if (present.length === 0)
        return [];
    return [
        '```mermaid',
        'pie showData title Findings by severity',
        ...present.map(s => `    "${s}" : ${bySeverity[s]}`),
        '```'
    ];
}
function riskiest(report) {
    const top = report.summary.topRepositories;
    if (top.length === 0)
        return [];
    return [
        '### Riskiest repositories',
        '',
        '| Repository | \ud83d\udd34 | \ud83d\udfe0 | \ud83d\udfe1 | \ud83d\udd35 | Worst finding |',
        '|---|--:|--:|--:|--:|---|',
        ...top.map(r => `| ${(0,markdown/* escapeTableCell */.aL)(r.repo)} | ${r.bySeverity.critical} | ${r.bySeverity.high} | ${r.bySeverity.medium} | ${r.bySeverity.low} | ${r.topRule ? `[\`${r.topRule}\`](${(0,types/* docsUrl */.fs)(r.topRule)})` : ''} |`)
    ];
}
function byRule(report) {
    const rules = Object.entries(report.summary.byRule);
    if (rules.length === 0)
        return [];
    const repos = (rule) => report.repositories.filter(r => r.findings.some(f => f.rule === rule)).length;
    const worst = (rule) => types/* SEVERITIES */.oC.find(s => report.repositories.some(r => r.findings.some(f => f.rule === rule && f.severity === s))) ?? 'info';
    return [
        '### Findings by rule',
        '',
        '| Rule | Findings | Repositories |',
        '|---|--:|--:|',
        ...rules
            .slice(0, MAX_ROWS)
            .map(([rule, count]) => `| ${(0,markdown/* severityIcon */.PE)(worst(rule))} [\`${rule}\`](${(0,types/* docsUrl */.fs)(rule)}) | ${count} | ${repos(rule)} |`)
    ];
}
function sharedNames(report) {
    const shared = report.crossRepository.sharedSecretNames;
    if (shared.length === 0)
        return [];
    return [
        '### Secret names shared across repositories',
        '',
        'The same name in several repositories is often one token copied around (or an org secret): one leak then reaches all of them. Prefer one deploy token per app.',
        '',
        '| Secret | Repositories |',
        '|---|---|',
        ...shared.slice(0, MAX_ROWS).map(s => {
            const shown = s.repositories.slice(0, 8).map(markdown/* escapeTableCell */.aL).join(', ');
            const more = s.repositories.length > 8 ? ` and ${s.repositories.length - 8} more` : '';
            return `| \`${s.name}\` | ${s.repositories.length}: ${shown}${more} |`;
        })
    ];
}
function notRead(report) {
    const skipped = report.repositories.filter(r => r.skipped !== null);
    if (skipped.length === 0)
        return [];
    return [
        '<details><summary>Skipped repositories (' + skipped.length + ')</summary>',
        '',
        '| Repository | Why |',
        '|---|---|',
        ...skipped
            .slice(0, 100)
            .map(r => `| ${(0,markdown/* escapeTableCell */.aL)(r.repo)} | ${(0,markdown/* escapeTableCell */.aL)(r.skipped ?? '')} |`),
        ...(skipped.length > 100
            ? ['', `\u2026and ${skipped.length - 100} more (see the JSON report).`]
            : []),
        '',
        '</details>'
    ];
}
/** The org summary (job summary, tracking issue, `audit --markdown`). */
function renderAuditMarkdown(report) {
    const sections = [
        [headline(report), '', factsLine(report)],
        severityChart(report.summary.bySeverity),
        riskiest(report),
        byRule(report),
        sharedNames(report),
        report.notes.map(n => `> ${(0,markdown/* escapeTableCell */.aL)(n)}`),
        notRead(report)
    ].filter(s => s.length > 0);
    return (0,markdown/* truncateBody */.Nz)(sections.map(s => s.join('\n')).join('\n\n') + '\n');
}
/** A few lines for a terminal. */
function renderAuditText(report) {
    const { summary } = report;
    const lines = [
        `Fly token audit of ${report.org}${report.shard ? ` (shard ${report.shard.index}/${report.shard.count})` : ''}: ${summary.audited} audited, ${summary.skipped} skipped, ${summary.withFindings} with findings${report.complete ? '' : ' (INCOMPLETE)'}`,
        `Findings: ${types/* SEVERITIES */.oC.map(s => `${summary.bySeverity[s]} ${s}`).join(', ')}`
    ];
    for (const r of summary.topRepositories) {
        lines.push(`  ${r.repo}: ${types/* SEVERITIES */.oC.filter(s => r.bySeverity[s] > 0)
            .map(s => `${r.bySeverity[s]} ${s}`)
            .join(', ')}${r.topRule ? ` (worst: ${r.topRule})` : ''}`);
    }
    for (const s of report.crossRepository.sharedSecretNames.slice(0, MAX_ROWS)) {
        lines.push(`  secret ${s.name} is used by ${s.repositories.length} repositories`);
    }
    for (const note of report.notes)
        lines.push(`Note: ${note}`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./lib/audit/report.js

const AUDIT_SCHEMA_VERSION = 1;
const WEIGHT = { critical: 100, high: 20, medium: 5, low: 1, info: 0 };
const TOP_REPOSITORIES = 10;
function zeroCounts() {
    return { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
}
const bySeverityName = (name) => types/* SEVERITIES */.oC.includes(name) ? name : 'info';
function compareRepositories(a, b) {
    const x = a.repo.toLowerCase();
    const y = b.repo.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
}
function scoreOf(entry) {
    const bySeverity = zeroCounts();
    const rules = new Map();
    let worst = null;
    for (const finding of entry.findings) {
        const severity = bySeverityName(finding.severity);
        bySeverity[severity] += 1;
        rules.set(finding.rule, (rules.get(finding.rule) ?? 0) + 1);
        const rank = (0,types/* severityRank */.qs)(severity);
        if (worst === null || rank > worst.rank)
            worst = { rule: finding.rule, rank };
    }
    const score = types/* SEVERITIES */.oC.reduce((sum, s) => sum + WEIGHT[s] * bySeverity[s], 0);
    return { repo: entry.repo, score, bySeverity, topRule: worst?.rule ?? null };
}
function sharedSecretNames(repositories) {
    const users = new Map();
    for (const entry of repositories) {
        for (const name of new Set(entry.flySecrets)) {
            users.set(name, [...(users.get(name) ?? []), entry.repo]);
        }
    }
    return [...users]
        .filter(([, repos]) => repos.length > 1)
        .map(([name, repos]) => ({ name, repositories: repos }))
        .sort((a, b) => b.repositories.length - a.repositories.length || (a.name < b.name ? -1 : 1));
}
/** The cross-repository view and the summary, worked out from the repository entries. */
function summarise(repositories) {
    const bySeverity = zeroCounts();
    const byRule = {};
    const scores = [];
    for (const entry of repositories) {
        for (const finding of entry.findings) {
            bySeverity[bySeverityName(finding.severity)] += 1;
            byRule[finding.rule] = (byRule[finding.rule] ?? 0) + 1;
        }
        if (entry.findings.length > 0)
            scores.push(scoreOf(entry));
    }
    const sortedRules = Object.fromEntries(Object.entries(byRule).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)));
    const top = scores
        .sort((a, b) => b.score - a.score || (a.repo < b.repo ? -1 : 1))
        .slice(0, TOP_REPOSITORIES);
    return {
        crossRepository: {
            sharedSecretNames: sharedSecretNames(repositories),
            oneSecretManyApps: repositories
                .filter(r => r.findings.some(f => f.rule === 'shared-token'))
                .map(r => r.repo)
        },
        summary: {
            repositories: repositories.length,
            audited: repositories.filter(r => r.skipped === null).length,
            skipped: repositories.filter(r => r.skipped !== null).length,
            withFlySecrets: repositories.filter(r => r.flySecrets.length > 0).length,
            withFindings: repositories.filter(r => r.findings.length > 0).length,
            bySeverity,
            byRule: sortedRules,
            topRepositories: top
        }
    };
}
/** A report over these repositories, sorted by full name, with its summary worked out. */
function buildAuditReport(input) {
    const repositories = [...input.repositories].sort(compareRepositories);
    return {
        schemaVersion: AUDIT_SCHEMA_VERSION,
        org: input.org,
        generatedAt: input.generatedAt,
        shard: input.shard,
        complete: input.complete,
        repositories,
        ...summarise(repositories),
        notes: input.notes
    };
}
/** The worst severity any finding of the report reaches, or null. */
function worstSeverity(report) {
    return types/* SEVERITIES */.oC.find(s => report.summary.bySeverity[s] > 0) ?? null;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/audit/shard.js
// Sharding an organization's repositories across a GitHub Actions matrix: `I/N` picks the
// repositories whose stable hash falls in bucket I of N, so N jobs read disjoint sets that
// together cover every repository, whatever order GitHub lists them in.

/** Most shards a matrix may split an audit into (GitHub's matrix limit is 256 jobs). */
const MAX_SHARDS = 256;
class ShardSyntaxError extends Error {
}
/** Reads `I/N` (1 <= I <= N <= 256). */
function parseShard(text) {
    const match = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
        throw new ShardSyntaxError(`shard must be I/N with 1 <= I <= N <= ${MAX_SHARDS}, e.g. 1/4 (got '${text.slice(0, 20)}')`);
    }
    return { index, count };
}
/** The 1-based shard a repository belongs to: SHA-256 of its lower-cased full name, mod N. */
function shardOf(fullName, count) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(fullName.toLowerCase()).digest();
    return (digest.readUInt32BE(0) % count) + 1;
}
function inShard(fullName, shard) {
    return shard === null || shardOf(fullName, shard.count) === shard.index;
}

;// CONCATENATED MODULE: ./lib/audit/merge.js


class AuditMergeError extends Error {
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const stringOrNull = (value) => (typeof value === 'string' ? value : null);
function readFinding(value) {
    if (!isObject(value) || typeof value.rule !== 'string' || typeof value.message !== 'string') {
        return null;
    }
    const fix = isObject(value.fix)
        ? {
            summary: String(value.fix.summary ?? ''),
            commands: Array.isArray(value.fix.commands) ? value.fix.commands.map(String) : []
        }
        : null;
    return {
        rule: value.rule,
        severity: String(value.severity ?? 'info'),
        message: value.message,
        file: stringOrNull(value.file),
        line: typeof value.line === 'number' ? value.line : null,
        column: typeof value.column === 'number' ? value.column : null,
        fix
    };
}
function readRepository(value, where) {
    if (!isObject(value) || typeof value.repo !== 'string') {
        throw new AuditMergeError(`${where}: a repository entry has no "repo"`);
    }
    const findings = Array.isArray(value.findings) ? value.findings.map(readFinding) : [];
    if (findings.some(f => f === null)) {
        throw new AuditMergeError(`${where}: ${value.repo} has a finding without rule or message`);
    }
    return {
        repo: value.repo,
        defaultBranch: stringOrNull(value.defaultBranch),
        flySecrets: Array.isArray(value.flySecrets) ? value.flySecrets.map(String) : [],
        findings: findings,
        skipped: stringOrNull(value.skipped),
        notes: Array.isArray(value.notes) ? value.notes.map(String) : []
    };
}
/** The report's `shard`: null, or I/N as `--shard` takes it (1 <= I <= N <= 256). */
function readShardOf(value, where) {
    if (value === null || value === undefined)
        return null;
    const index = isObject(value) ? value.index : undefined;
    const count = isObject(value) ? value.count : undefined;
    if (typeof index !== 'number' ||
        typeof count !== 'number' ||
        !Number.isInteger(index) ||
        !Number.isInteger(count) ||
        count < 1 ||
        count > MAX_SHARDS ||
        index < 1 ||
        index > count) {
        throw new AuditMergeError(`${where}: "shard" must be null or {"index": I, "count": N} with 1 <= I <= N <= ${MAX_SHARDS}`);
    }
    return { index, count };
}
/** Checks one parsed shard report; `where` names it in errors (a file name). */
function readAuditReport(value, where) {
    if (!isObject(value) || value.schemaVersion !== AUDIT_SCHEMA_VERSION) {
        throw new AuditMergeError(`${where} is not a fly-token-guard audit report (schemaVersion ${AUDIT_SCHEMA_VERSION})`);
    }
    if (typeof value.org !== 'string' || !Array.isArray(value.repositories)) {
        throw new AuditMergeError(`${where}: "org" or "repositories" is missing`);
    }
    const shard = readShardOf(value.shard, where);
    return buildAuditReport({
        org: value.org,
        generatedAt: typeof value.generatedAt === 'string' ? value.generatedAt : '',
        shard,
        complete: value.complete !== false,
        repositories: value.repositories.map(r => readRepository(r, where)),
        notes: Array.isArray(value.notes) ? value.notes.map(String) : []
    });
}
function missingShards(reports) {
    const counts = new Set(reports.map(r => r.shard?.count ?? 0));
    if (counts.has(0))
        return reports.length > 1 ? 'an unsharded report was merged with others' : null;
    if (counts.size > 1)
        return `the reports come from different shard counts (${[...counts].join(', ')})`;
    const count = [...counts][0] ?? 0;
    const present = new Set(reports.map(r => r.shard?.index));
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter(i => !present.has(i));
    return missing.length > 0
        ? `shard${missing.length === 1 ? '' : 's'} ${missing.join(', ')} of ${count} missing`
        : null;
}
/** One report over every shard's repositories. Throws on mixed orgs or a repository twice. */
function mergeAuditReports(reports) {
    if (reports.length === 0)
        throw new AuditMergeError('no reports to merge');
    const orgs = [...new Set(reports.map(r => r.org.toLowerCase()))];
    if (orgs.length > 1)
        throw new AuditMergeError(`the reports are of different orgs: ${orgs.join(', ')}`);
    const seen = new Set();
    const repositories = [];
    for (const report of reports) {
        for (const entry of report.repositories) {
            const key = entry.repo.toLowerCase();
            if (seen.has(key))
                throw new AuditMergeError(`${entry.repo} is listed twice (in two reports, or twice in one): merge each shard once`);
            seen.add(key);
            repositories.push(entry);
        }
    }
    const gap = missingShards(reports);
    const notes = [...new Set(reports.flatMap(r => r.notes))];
    if (gap)
        notes.push(`Incomplete: ${gap}.`);
    const generatedAt = reports
        .map(r => r.generatedAt)
        .sort()
        .at(-1) ?? '';
    return buildAuditReport({
        org: reports[0]?.org ?? '',
        generatedAt,
        shard: null,
        complete: gap === null && reports.every(r => r.complete),
        repositories,
        notes
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./lib/audit/report-file.js
// Reads one shard report for `audit merge` (the CLI and the action's `reports`): only a regular
// file, up to a size far above any real report, so a FIFO, a device or a huge artifact ends in a
// clear message instead of a wait or a process out of memory.


/** Largest shard report read (a report of 5,000 repositories stays well under it). */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
/** The report in `file`; `name` is how messages call it. Throws AuditMergeError. */
function readAuditReportFile(file, name = file) {
    let text;
    let fd;
    try {
        // Non-blocking: opening a FIFO must not wait for a writer.
        fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    }
    catch {
        throw new AuditMergeError(`cannot read '${name}'`);
    }
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!stat.isFile())
            throw new AuditMergeError(`'${name}' is not a regular file`);
        if (stat.size > MAX_REPORT_BYTES) {
            throw new AuditMergeError(`'${name}' is larger than ${MAX_REPORT_BYTES / (1024 * 1024)} MiB`);
        }
        text = (0,external_node_fs_.readFileSync)(fd, 'utf8');
    }
    catch (error) {
        if (error instanceof AuditMergeError)
            throw error;
        throw new AuditMergeError(`cannot read '${name}'`);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new AuditMergeError(`'${name}' is not JSON`);
    }
    return readAuditReport(parsed, name);
}

// EXTERNAL MODULE: ./lib/engine/scan.js + 3 modules
var engine_scan = __webpack_require__(9788);
// EXTERNAL MODULE: ./lib/fly/concurrency.js
var concurrency = __webpack_require__(8166);
// EXTERNAL MODULE: ./lib/report/findings-json.js
var findings_json = __webpack_require__(5749);
// EXTERNAL MODULE: ./lib/engine/file-source.js
var file_source = __webpack_require__(6610);
// EXTERNAL MODULE: ./lib/workflow/index.js + 3 modules
var workflow = __webpack_require__(4541);
;// CONCATENATED MODULE: ./lib/audit/fetched-files.js
// A repository as the scan engine sees it, built from GitHub's tree and the blobs read so far.
// Reads of files that exist on the branch but were not fetched yet are remembered, so the audit
// can fetch exactly those and scan again: it reads what a scan of a checkout reads to model the
// jobs (workflows, actions, fly configs, the scripts and manifests jobs call), nothing more.


/** Files every audit reads first: what the rules model before following any job. */
function isSeedFile(path) {
    return (/^\.github\/workflows\/[^/]+\.ya?ml$/i.test(path) ||
        /(^|\/)action\.ya?ml$/.test(path) ||
        /(^|\/)fly[^/]*\.toml$/i.test(path) ||
        path === '.fly-token-guard-ignore');
}
class FetchedFiles {
    texts;
    /** Paths on the branch the scan asked for and that are not fetched yet. */
    wanted = new Set();
    entries;
    constructor(entries, 
    /** Fetched texts by path; null for a binary file. */
    texts) {
        this.texts = texts;
        this.entries = new Map(entries.map(e => [e.path, e]));
    }
    /** Only what was fetched: the scan checks every listed file, and the rest is not read. */
    list() {
        return { paths: [...this.texts.keys()].sort() };
    }
    read(file) {
        const path = (0,workflow.normalizePath)(file);
        const entry = path === null ? undefined : this.entries.get(path);
        if (path === null || entry === undefined)
            return { skipped: 'missing' };
        if (entry.size > file_source/* MAX_FILE_BYTES */.g)
            return { skipped: 'too-large' };
        if (!this.texts.has(path)) {
            this.wanted.add(path);
            return { skipped: 'missing' };
        }
        const text = this.texts.get(path);
        return typeof text === 'string' ? { text } : { skipped: 'binary' };
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 20 modules
var github = __webpack_require__(2270);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(2094);
// EXTERNAL MODULE: ./lib/io/deadline.js
var io_deadline = __webpack_require__(5010);
// EXTERNAL MODULE: ./lib/io/read-capped.js
var read_capped = __webpack_require__(8854);
// EXTERNAL MODULE: ./lib/token/scrub.js
var scrub = __webpack_require__(8094);
// EXTERNAL MODULE: ./lib/fly/url-policy.js
var url_policy = __webpack_require__(8627);
;// CONCATENATED MODULE: ./lib/github/pages.js
// A GitHub listing read page by page (Octokit's `paginate.iterator`) up to a cap on pages and on
// items, since a listing can be far longer than any real one, endless, or loop back on itself. The
// caller keeps its own caps and says what an incomplete listing means for it.
/** A page whose body is not a list (a misbehaving server or proxy): the listing is unknown. */
class pages_NotAListing extends Error {
    constructor() {
        super("GitHub's answer to a listing was not a list");
        this.name = 'NotAListing';
    }
}
function nextLink(link) {
    return /<([^>]*)>\s*;\s*rel="next"/.exec(link ?? '')?.[1];
}
/**
 * The items of at most `maxPages` pages (and `maxItems` items), stopping early after the first
 * item `until` accepts. Throws NotAListing when a page is not a list.
 */
async function readListing(pages, maxPages, until, maxItems = Number.POSITIVE_INFINITY) {
    const items = [];
    const asked = new Set();
    let read = 0;
    for await (const page of pages) {
        if (!Array.isArray(page.data))
            throw new pages_NotAListing();
        for (const item of page.data) {
            if (items.length >= maxItems)
                return { items, capped: true };
            items.push(item);
            if (until?.(item) === true)
                return { items, capped: false };
        }
        const next = nextLink(page.headers.link);
        if (next === undefined)
            break;
        if (asked.has(next))
            return { items, capped: true, looped: true };
        asked.add(next);
        if (++read >= maxPages)
            return { items, capped: true };
    }
    return { items, capped: false };
}

;// CONCATENATED MODULE: ./lib/github/client.js








const DEFAULT_DEADLINE_MS = 30_000;
/**
 * Answers a retry cannot change: every 4xx but 408 (timeout) and 429 (rate limit, which the
 * throttling plugin waits out). plugin-retry's own list leaves out 409 ("Git Repository is
 * empty", the tree of every empty repository in an audit), which it retried three times.
 */
const DO_NOT_RETRY = Array.from({ length: 100 }, (_, i) => 400 + i).filter(status => status !== 408 && status !== 429);
/** plugin-retry waits (tries so far)\u00b2 \u00d7 this before its next try. */
const RETRY_BASE_MS = 1000;
/** Rate-limit waits honoured per request (each only if it ends before the deadline). */
const MAX_RATE_LIMIT_RETRIES = 2;
/** A request the run's deadline stopped (before sending, or in flight). */
class DeadlinePassed extends Error {
    constructor() {
        super("the run's deadline (timeout-seconds) passed");
        this.name = 'DeadlinePassed';
    }
}
/** A request (a `rel=next` page) aimed away from the API's origin: never sent. */
class LeftApiOrigin extends Error {
    constructor() {
        super('GitHub pointed to another host, which was not contacted');
        this.name = 'LeftApiOrigin';
    }
}
/** A redirect without a usable Location, or one too many (a loop): not followed, never retried. */
class RedirectNotFollowed extends Error {
    constructor() {
        super('GitHub answered with a redirect that was not followed');
        this.name = 'RedirectNotFollowed';
    }
}
/** GitHub answers this run reads are far smaller (a page of 100 issues or comments). */
const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
/** An answer larger than MAX_RESPONSE_BYTES: read no further. */
class ResponseTooLarge extends Error {
    constructor() {
        super(`GitHub's answer was larger than ${MAX_RESPONSE_BYTES / (1024 * 1024)} MiB and was not read`);
        this.name = 'ResponseTooLarge';
    }
}
const CAPPED = Symbol('capped fetch');
/** Statuses whose response cannot carry a body. */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Redirects followed per request (GitHub sends one, for a renamed or moved repository). */
const MAX_REDIRECTS = 5;
/**
 * `fetchImpl` that follows redirects only within the API's origin (a redirect elsewhere would
 * carry the request's body, a comment or an issue, to another host: it throws LeftApiOrigin
 * instead; a loop, or a redirect without a usable Location, throws RedirectNotFollowed), and whose
 * answers are read whole, up to MAX_RESPONSE_BYTES (an endless body ends).
 */
function confined(fetchImpl, origin) {
    if (fetchImpl[CAPPED])
        return fetchImpl;
    const wrapped = async (input, init = {}) => {
        // fetch leaves its listener on the signal until the request is garbage-collected (and lowers
        // the signal's listener limit to 1,500): on the run's one deadline, a long audit would pile
        // them up and print Node's leak warning. Each request gets its own signal, tied to the
        // deadline only while it runs.
        const outer = init.signal ?? undefined;
        const own = new AbortController();
        const relay = () => own.abort(outer?.reason);
        if (outer?.aborted)
            own.abort(outer.reason);
        else
            outer?.addEventListener('abort', relay, { once: true });
        try {
            return await confinedFetch(input, { ...init, signal: own.signal });
        }
        finally {
            outer?.removeEventListener('abort', relay);
        }
    };
    const confinedFetch = async (input, init) => {
        let url = input instanceof Request ? input.url : String(input);
        let hopInit = { ...init, redirect: 'manual' };
        let response = await fetchImpl(url, hopInit);
        for (let hops = 0; REDIRECT_STATUSES.has(response.status); hops++) {
            await response.body?.cancel();
            const location = response.headers.get('location');
            // (An empty Location is the request's own URL: a loop, like any other.)
            if (location === null || !URL.canParse(location, url))
                throw new RedirectNotFollowed();
            const target = new URL(location, url);
            if (target.origin !== origin)
                throw new LeftApiOrigin();
            if (hops === MAX_REDIRECTS)
                throw new RedirectNotFollowed();
            // As fetch does: 303, and 301/302 after a POST, are asked again as a GET without body.
            const method = (hopInit.method ?? 'GET').toUpperCase();
            const asGet = (response.status === 303 && method !== 'HEAD') ||
                ((response.status === 301 || response.status === 302) && method === 'POST');
            if (asGet)
                hopInit = { ...hopInit, method: 'GET', body: undefined };
            url = target.href;
            response = await fetchImpl(url, hopInit);
        }
        if (!response.body || NULL_BODY_STATUSES.has(response.status))
            return response;
        let body;
        try {
            // Stopping the read early cancels the body: nothing more is read.
            body = await (0,read_capped/* readCappedBytes */.Lo)(response.body, MAX_RESPONSE_BYTES);
        }
        catch (error) {
            throw error instanceof read_capped/* TooLargeError */.qB ? new ResponseTooLarge() : error;
        }
        const whole = new Response(body, {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers
        });
        Object.defineProperty(whole, 'url', { value: url });
        return whole;
    };
    return Object.assign(wrapped, { [CAPPED]: true });
}
/**
 * Binds every request to the deadline: its signal goes on each try, no try starts after it, and
 * no retry is planned whose wait would end past it. Registered before plugin-retry, so its error
 * hook runs first and can take the retry away. Requests also never leave the API's origin (a
 * `rel=next` link elsewhere would carry the token there, a redirect elsewhere the body), and no
 * answer is read past MAX_RESPONSE_BYTES.
 */
function boundedBy(deadline, origin) {
    return (octokit) => {
        octokit.hook.before('request', options => {
            if (deadline.signal.aborted)
                throw new DeadlinePassed();
            if (new URL(options.url, origin).origin !== origin) {
                throw new LeftApiOrigin();
            }
            // Octokit hands every request the client's one default `request` object: a copy keeps
            // one request's retry count from carrying over to the next.
            options.request = {
                ...options.request,
                signal: deadline.signal,
                fetch: confined(options.request.fetch ?? globalThis.fetch, origin)
            };
        });
        octokit.hook.error('request', (error, options) => {
            const tries = Number(options.request.retryCount ?? 0);
            // A connection that failed outright (refused, reset) gets one more try; a 5xx answer gets
            // plugin-retry's three.
            // An answer too large, or a redirect away or not followable, is the same again: no more tries.
            const answered = 'response' in error && error.response !== undefined;
            const late = Date.now() + (tries + 1) ** 2 * RETRY_BASE_MS >= deadline.at;
            const final = error.cause instanceof ResponseTooLarge ||
                error.cause instanceof LeftApiOrigin ||
                error.cause instanceof RedirectNotFollowed;
            if (late || final || (!answered && tries >= 1))
                options.request.retries = tries;
            throw error;
        });
    };
}
function waitFits(deadline) {
    return (retryAfterSeconds, _options, _octokit, retryCount) => retryCount < MAX_RATE_LIMIT_RETRIES && Date.now() + retryAfterSeconds * 1000 < deadline.at;
}
function createGitHubClient(token, options = {}) {
    const deadline = options.deadline ?? (0,io_deadline/* startDeadline */.d)(DEFAULT_DEADLINE_MS);
    const baseUrl = (options.baseUrl ?? process.env.GITHUB_API_URL)?.replace(/\/+$/, '') || undefined;
    const origin = new URL(baseUrl ?? 'https://api.github.com').origin;
    const octokitOptions = {
        userAgent: 'fly-token-guard',
        retry: { doNotRetry: DO_NOT_RETRY },
        // Clients of one GitHub share the plugin's pacing (one write a second); another server
        // (GitHub Enterprise, a local stand-in) is paced on its own.
        throttle: {
            id: origin,
            onRateLimit: waitFits(deadline),
            onSecondaryRateLimit: waitFits(deadline)
        }
    };
    if (baseUrl !== undefined) {
        octokitOptions.baseUrl = baseUrl;
        // The toolkit's default fetch routes through a proxy chosen for api.github.com; a loopback
        // server (a local stand-in) must be reached directly.
        if ((0,url_policy/* isLoopbackHost */.c)(new URL(baseUrl).hostname))
            octokitOptions.request = { fetch: globalThis.fetch };
    }
    return (0,github/* getOctokit */.Q)(token, octokitOptions, boundedBy(deadline, origin), dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
/** The bot behind the workflow's GITHUB_TOKEN: the author of comments and issues it writes. */
const DEFAULT_BOT_LOGIN = 'github-actions[bot]';
function hasStatus(error) {
    return (typeof error === 'object' &&
        error !== null &&
        typeof error.status === 'number');
}
function httpStatusOf(error) {
    return hasStatus(error) ? error.status : undefined;
}
/** GitHub's token shapes (classic, OAuth, user-to-server, server-to-server, refresh, fine-grained). */
const GITHUB_TOKEN_SHAPE = /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g;
/**
 * GitHub's JSON error message (e.g. "Resource not accessible by integration"), on one line,
 * shortened, and without anything shaped like a GitHub or Fly token: a hostile or broken API
 * server could echo the request's credentials, and the message reaches logs and reports.
 */
function gitHubMessage(error, maxLength = 200) {
    if (!hasStatus(error))
        return undefined;
    const data = error.response?.data;
    if (typeof data !== 'object' || data === null)
        return undefined;
    const message = data.message;
    if (typeof message !== 'string')
        return undefined;
    const oneLine = (0,scrub/* scrubTokenForms */.gD)(message.replace(GITHUB_TOKEN_SHAPE, '[redacted]'))
        .replace(/\s+/g, ' ')
        .trim();
    return oneLine === '' ? undefined : oneLine.slice(0, maxLength);
}
/** Whether `error` or what caused it (Octokit wraps what fetch threw) passes `test`. */
function causedBy(error, test) {
    for (let e = error, depth = 0; e instanceof Error && depth < 4; depth++) {
        if (test(e))
            return true;
        e = e.cause;
    }
    return false;
}
/** The deadline's own error, or the abort it caused in fetch (possibly wrapped by Octokit). */
function stoppedByDeadline(error) {
    return causedBy(error, e => e instanceof DeadlinePassed || e.name === 'AbortError' || e.name === 'TimeoutError');
}
/**
 * Turns whatever a request threw into a failure result. Only GitHub's own status and message are
 * used: error objects carry request details (headers) that must not reach a log.
 */
function failureFrom(error, attempted) {
    const fail = (kind, why, status) => ({
        ok: false,
        kind,
        reason: `Could not ${attempted}: ${why}`,
        ...(status === undefined ? {} : { status })
    });
    if (causedBy(error, e => e instanceof LeftApiOrigin)) {
        return fail('error', `${new LeftApiOrigin().message}.`);
    }
    if (causedBy(error, e => e instanceof RedirectNotFollowed)) {
        return fail('error', `${new RedirectNotFollowed().message}.`);
    }
    if (causedBy(error, e => e instanceof ResponseTooLarge)) {
        return fail('error', `${new ResponseTooLarge().message}.`);
    }
    if (causedBy(error, e => e instanceof NotAListing)) {
        return fail('error', `${new NotAListing().message}.`);
    }
    if (stoppedByDeadline(error)) {
        return fail('timeout', "GitHub did not answer before the run's deadline (timeout-seconds).");
    }
    // Octokit reports a failed connection as status 500 without a response.
    if (!hasStatus(error) || error.response === undefined) {
        return fail('error', 'the GitHub API is unreachable.');
    }
    const status = error.status;
    const said = gitHubMessage(error);
    const answer = `GitHub answered ${status}${said === undefined ? '' : ` (${said})`}`;
    if (status === 401)
        return fail('unauthorized', `${answer}; check the github-token input.`, status);
    if (status === 403) {
        return fail('forbidden', `${answer}. The token lacks the permission ` +
            '(grant `issues: write` / `pull-requests: write`; pull requests from forks only get a read-only token).', status);
    }
    if (status === 404) {
        return fail('not-found', `${answer}; the repository or issue is not visible to this token.`, status);
    }
    return fail('error', `${answer}.`, status);
}
const loginCache = new WeakMap();
/**
 * The login our writes appear under. GET /user answers for personal tokens; the workflow's
 * GITHUB_TOKEN (an installation token) gets 403 there, and writes as github-actions[bot].
 */
function resolveBotLogin(client, explicit) {
    if (explicit !== undefined && explicit.trim() !== '')
        return Promise.resolve(explicit.trim());
    let login = loginCache.get(client);
    if (login === undefined) {
        login = client.rest.users.getAuthenticated().then(response => response.data.login, () => DEFAULT_BOT_LOGIN);
        loginCache.set(client, login);
    }
    return login;
}

;// CONCATENATED MODULE: ./lib/audit/github-org.js
// What the audit reads from GitHub's REST API, and nothing else: the org's repository list
// (paginated), one recursive tree per repository's default branch, and the blobs of the files the
// scan needs. Every answer GitHub can give that is not content becomes a reason, never a throw.



class AuditAccessError extends Error {
}
/** Listing pages read at the most: 100 pages of 100 repositories. */
const MAX_REPOSITORY_PAGES = 100;
/** Repositories listed at the most, however many a page holds (GitHub sends 100 a page). */
const MAX_LISTED_REPOSITORIES = MAX_REPOSITORY_PAGES * 100;
function statusOf(error) {
    return typeof error === 'object' && error !== null ? error : {};
}
function gitHubSaid(error) {
    const message = gitHubMessage(error, 120);
    return message === undefined ? '' : ` (${message})`;
}
/** Whether `error` or what caused it (Octokit wraps what fetch threw) is a `type`. */
function github_org_causedBy(error, type) {
    let e = error;
    for (let depth = 0; e instanceof Error && depth < 4; depth++) {
        if (e instanceof type)
            return true;
        e = e.cause;
    }
    return false;
}
/** A header's value as one string (Octokit hands them lower-cased). */
function header(failure, name) {
    const value = failure.response?.headers?.[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
/** `x-ratelimit-reset` (epoch seconds) as an instant, when it is one. */
function resetTime(failure) {
    const reset = Number(header(failure, 'x-ratelimit-reset'));
    const when = new Date(reset * 1000);
    return Number.isFinite(when.getTime()) ? ` until ${when.toISOString()}` : '';
}
/**
 * A rate limit the client could not wait out before the deadline: the primary one (403/429 with
 * nothing remaining) or a secondary one (403/429 with `retry-after`, or GitHub saying so).
 */
function isRateLimited(failure) {
    if (failure.status !== 403 && failure.status !== 429)
        return false;
    if (header(failure, 'x-ratelimit-remaining') === '0')
        return true;
    if (header(failure, 'retry-after') !== undefined)
        return true;
    const message = failure.response?.data?.message;
    return typeof message === 'string' && /rate limit/i.test(message);
}
/** A failed request as a reason; a stop when the deadline passed or the rate limit ran dry. */
function reasonOf(error, client, what) {
    if (client.signal.aborted) {
        return {
            reason: `not read: the audit's deadline passed before ${what} answered`,
            stop: 'deadline'
        };
    }
    const failure = statusOf(error);
    const status = failure.status;
    if (isRateLimited(failure)) {
        return {
            reason: `not read: GitHub's rate limit is used up${resetTime(failure)}`,
            stop: 'rate-limit'
        };
    }
    if (github_org_causedBy(error, ResponseTooLarge)) {
        return { reason: `unreadable: ${new ResponseTooLarge().message} (${what})` };
    }
    if (github_org_causedBy(error, LeftApiOrigin)) {
        return { reason: `unreadable: ${new LeftApiOrigin().message} (${what})` };
    }
    if (github_org_causedBy(error, RedirectNotFollowed)) {
        return { reason: `unreadable: ${new RedirectNotFollowed().message} (${what})` };
    }
    if (github_org_causedBy(error, pages_NotAListing)) {
        return { reason: `unreadable: ${new pages_NotAListing().message} (${what})` };
    }
    if (status === undefined || failure.response === undefined) {
        return { reason: `unreadable: GitHub did not answer ${what}` };
    }
    if (status === 404)
        return { reason: `not found (404): missing, or not visible to this token` };
    if (status === 403)
        return { reason: `forbidden (403)${gitHubSaid(failure)}: the token cannot read it` };
    if (status === 409)
        return { reason: 'empty repository (409): nothing to audit' };
    return { reason: `unreadable: GitHub answered ${status} to ${what}${gitHubSaid(failure)}` };
}
/** GitHub's rules for a login and a repository name (`.` and `..` are no repository). */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPOSITORY_NAME = /^[A-Za-z0-9._-]{1,100}$/;
/**
 * A listed repository, or null for an entry that is not one (not an object, a name GitHub would
 * never give, another owner). Its full name is built from owner and name, the two things the audit requests with.
 */
function repositoryFrom(json, org) {
    if (typeof json !== 'object' || json === null)
        return null;
    const repo = json;
    const name = repo.name;
    if (typeof name !== 'string' || !REPOSITORY_NAME.test(name) || /^\.\.?$/.test(name))
        return null;
    const login = typeof repo.owner === 'object' && repo.owner !== null
        ? repo.owner.login
        : org;
    // The org's listing holds the org's repositories: another owner is not one of them.
    if (typeof login !== 'string' || !LOGIN.test(login) || login.toLowerCase() !== org.toLowerCase())
        return null;
    const owner = login;
    return {
        fullName: `${owner}/${name}`,
        owner,
        name,
        defaultBranch: typeof repo.default_branch === 'string' && repo.default_branch !== ''
            ? repo.default_branch
            : null,
        archived: repo.archived === true,
        fork: repo.fork === true
    };
}
/** `GET /orgs/{org}/repos`, page by page while GitHub says there is a next page. */
async function listOrgRepositories(client, org) {
    let listing;
    try {
        listing = await readListing(client.octokit.paginate.iterator('GET /orgs/{org}/repos', {
            org,
            type: 'all',
            per_page: 100
        }), MAX_REPOSITORY_PAGES, undefined, MAX_LISTED_REPOSITORIES);
    }
    catch (error) {
        const failure = statusOf(error);
        if (client.signal.aborted) {
            throw new AuditAccessError(`the audit's deadline passed while listing ${org}'s repositories`);
        }
        if (failure.status === 404) {
            throw new AuditAccessError(`organization '${org}' was not found, or this token cannot see it`);
        }
        if (failure.status === 401) {
            throw new AuditAccessError('GitHub refused the token (401): check GITHUB_TOKEN / github-token');
        }
        throw new AuditAccessError(`could not list ${org}'s repositories: ${reasonOf(error, client, 'the listing').reason}`);
    }
    // A page GitHub sends again (a `next` link back to an earlier page) lists a repository twice.
    const byName = new Map();
    let unrecognised = 0;
    for (const item of listing.items) {
        const repository = repositoryFrom(item, org);
        if (repository === null)
            unrecognised += 1;
        else if (!byName.has(repository.fullName.toLowerCase()))
            byName.set(repository.fullName.toLowerCase(), repository);
    }
    return {
        repositories: [...byName.values()],
        truncated: listing.capped && listing.looped !== true,
        looped: listing.looped === true,
        unrecognised
    };
}
/** GitHub's tree answer, or null when it is not one (no list of entries): nothing was seen. */
function treeOf(data) {
    if (typeof data !== 'object' || data === null)
        return null;
    const tree = data.tree;
    return Array.isArray(tree) ? data : null;
}
/**
 * The default branch's files (`git/trees/{branch}?recursive=1`). Only regular files: symlinks
 * (mode 120000) and submodules are left out, as a scan of a checkout never follows them.
 */
async function readTree(client, repository) {
    if (repository.defaultBranch === null)
        return { ok: false, reason: 'empty repository: no default branch' };
    let data;
    try {
        const response = await client.octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
            owner: repository.owner,
            repo: repository.name,
            tree_sha: repository.defaultBranch,
            recursive: '1'
        });
        data = response.data;
    }
    catch (error) {
        return { ok: false, ...reasonOf(error, client, 'the tree') };
    }
    const tree = treeOf(data);
    if (tree === null) {
        return { ok: false, reason: "unreadable: GitHub's answer to the tree was not a tree" };
    }
    if (tree.truncated === true) {
        return {
            ok: false,
            reason: 'tree truncated by GitHub (too many files for one listing): not audited'
        };
    }
    const files = [];
    for (const entry of tree.tree) {
        if (typeof entry !== 'object' || entry === null)
            continue;
        if (entry.type !== 'blob' || (entry.mode !== '100644' && entry.mode !== '100755'))
            continue;
        if (typeof entry.path !== 'string' || typeof entry.sha !== 'string')
            continue;
        files.push({
            path: entry.path,
            sha: entry.sha,
            size: typeof entry.size === 'number' ? entry.size : 0
        });
    }
    return { ok: true, files };
}
/**
 * A file's text (`git/blobs/{sha}`) and its size; null for a binary file (a NUL byte) or one
 * larger than the scan reads.
 */
async function readBlob(client, repository, entry) {
    let data;
    try {
        const response = await client.octokit.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
            owner: repository.owner,
            repo: repository.name,
            file_sha: entry.sha
        });
        data = response.data;
    }
    catch (error) {
        return { ok: false, ...reasonOf(error, client, entry.path) };
    }
    const blob = (typeof data === 'object' && data !== null ? data : {});
    if (typeof blob.content !== 'string')
        return { ok: false, reason: `unreadable: ${entry.path} has no content` };
    const bytes = blob.encoding === 'base64'
        ? Buffer.from(blob.content, 'base64')
        : Buffer.from(blob.content, 'utf8');
    // The tree's size is GitHub's word: a blob larger than the scan reads is not kept.
    if (bytes.length > file_source/* MAX_FILE_BYTES */.g)
        return { ok: true, text: null, size: bytes.length };
    if (bytes.subarray(0, 8000).includes(0))
        return { ok: true, text: null, size: bytes.length };
    return { ok: true, text: bytes.toString('utf8'), size: bytes.length };
}

;// CONCATENATED MODULE: ./lib/audit/audit.js
// `audit`: every repository of an organization through GitHub's REST API, no clones. Lists the
// repositories, keeps this shard's, and for each reads the default branch's tree and the files the
// scan needs, then runs the same scan engine and rules as `scan` on a checkout. A repository that
// cannot be read is listed with its reason; the deadline or an exhausted rate limit ends the audit
// early with every repository not read named, and the report marked incomplete.







const DEFAULT_AUDIT_CONCURRENCY = 8;
/** Rounds of "scan, fetch what the scan asked for" per repository. */
const MAX_ROUNDS = 6;
/** Files read from one repository at the most. */
const MAX_FILES_PER_REPOSITORY = 400;
/** Blobs of one repository fetched at once. */
const FILE_CONCURRENCY = 4;
function stopReason(stop) {
    return stop === 'deadline'
        ? "not read: the audit's deadline passed first"
        : "not read: GitHub's rate limit was used up first";
}
function skipped(repository, reason) {
    return {
        repo: repository.fullName,
        defaultBranch: repository.defaultBranch,
        flySecrets: [],
        findings: [],
        skipped: reason,
        notes: []
    };
}
async function fetchInto(client, repository, entries, texts, stop) {
    const results = await (0,concurrency/* mapWithConcurrency */.W)(entries, FILE_CONCURRENCY, async (entry) => {
        if (stop.reason)
            return null;
        const blob = await readBlob(client, repository, entry);
        if (blob.ok) {
            // A blob larger than the tree said is sized as read: the scan then skips it as too large.
            entry.size = Math.max(entry.size, blob.size);
            texts.set(entry.path, blob.text);
            return null;
        }
        if (blob.stop)
            stop.reason ??= blob.stop;
        return blob.reason;
    });
    return results.find(r => r !== null) ?? null;
}
async function auditRepository(client, repository, now, stop) {
    if (stop.reason)
        return skipped(repository, stopReason(stop.reason));
    const tree = await readTree(client, repository);
    if (!tree.ok) {
        if (tree.stop)
            stop.reason ??= tree.stop;
        return skipped(repository, tree.reason);
    }
    const bySize = (e) => e.size <= engine_scan/* MAX_SCAN_FILE_BYTES */.yx;
    const texts = new Map();
    // Seed files over the size cap are not fetched, but listed, so the scan says it skipped them.
    for (const entry of tree.files) {
        if (isSeedFile(entry.path) && !bySize(entry))
            texts.set(entry.path, null);
    }
    let pending = tree.files.filter(e => isSeedFile(e.path) && bySize(e));
    for (let round = 0; round < MAX_ROUNDS; round++) {
        const room = MAX_FILES_PER_REPOSITORY - texts.size;
        const failure = await fetchInto(client, repository, pending.slice(0, room), texts, stop);
        if (stop.reason)
            return skipped(repository, stopReason(stop.reason));
        if (failure)
            return skipped(repository, failure);
        const files = new FetchedFiles(tree.files, texts);
        const report = (0,engine_scan/* runScan */.Hk)({ root: '.', source: files, now, failOn: 'never' });
        const byPath = new Map(tree.files.map(e => [e.path, e]));
        pending = [...files.wanted].flatMap(path => {
            const entry = byPath.get(path);
            return entry && bySize(entry) && !texts.has(path) ? [entry] : [];
        });
        if (pending.length === 0 || texts.size >= MAX_FILES_PER_REPOSITORY) {
            return {
                repo: repository.fullName,
                defaultBranch: repository.defaultBranch,
                flySecrets: report.flySecrets,
                findings: report.findings.map(findings_json/* findingToJson */.N),
                skipped: null,
                notes: report.notes
            };
        }
    }
    return skipped(repository, 'unreadable: the files its jobs call did not settle');
}
function wantedBy(names) {
    if (!names || names.length === 0)
        return null;
    const wanted = new Set(names.map(n => n.toLowerCase().split('/').pop() ?? ''));
    return r => wanted.has(r.name.toLowerCase());
}
async function runAudit(options) {
    const { client, org } = options;
    const now = options.now ?? new Date();
    const shard = options.shard ?? null;
    const listing = await listOrgRepositories(client, org);
    const notes = [];
    if (listing.truncated) {
        notes.push(`Listed the first ${listing.repositories.length} repositories only: GitHub had more than the listing's cap (${MAX_REPOSITORY_PAGES} pages, ${MAX_LISTED_REPOSITORIES} repositories).`);
    }
    if (listing.looped) {
        notes.push(`Listed ${listing.repositories.length} repositories, then GitHub's next page pointed back to a page already read: the rest of the list is unknown.`);
    }
    if (listing.unrecognised > 0) {
        notes.push(`${listing.unrecognised} entries of GitHub's repository list were not repositories of ${org} (no usable owner or name): not audited.`);
    }
    const named = wantedBy(options.repositories);
    const chosen = listing.repositories.filter(r => (named === null || named(r)) && inShard(r.fullName, shard));
    if (options.repositories && named) {
        const found = new Set(chosen.map(r => r.name.toLowerCase()));
        for (const name of options.repositories) {
            const short = name.toLowerCase().split('/').pop() ?? '';
            const full = `${org}/${name.split('/').pop() ?? name}`;
            if (!found.has(short) && inShard(full, shard)) {
                chosen.push({
                    fullName: full,
                    owner: org,
                    name: short,
                    defaultBranch: null,
                    archived: false,
                    fork: false
                });
                found.add(short);
            }
        }
    }
    const stop = { reason: null };
    const listed = new Set(listing.repositories.map(r => r.fullName.toLowerCase()));
    const repositories = await (0,concurrency/* mapWithConcurrency */.W)(chosen, options.concurrency ?? DEFAULT_AUDIT_CONCURRENCY, async (repository) => {
        if (!listed.has(repository.fullName.toLowerCase())) {
            return skipped(repository, 'not found in the organization (or not visible to this token)');
        }
        if (repository.archived && !options.includeArchived) {
            return skipped(repository, 'archived: left out (pass --include-archived to audit it)');
        }
        if (repository.fork && !options.includeForks) {
            return skipped(repository, 'a fork: left out (pass --include-forks to audit it)');
        }
        return auditRepository(client, repository, now, stop);
    });
    if (stop.reason)
        notes.push(`Stopped early: ${stopReason(stop.reason).replace(/^not read: /, '')}.`);
    return buildAuditReport({
        org,
        generatedAt: now.toISOString(),
        shard,
        complete: stop.reason === null && !listing.truncated && !listing.looped && listing.unrecognised === 0,
        repositories,
        notes
    });
}

;// CONCATENATED MODULE: ./lib/audit/client.js
// The audit's GitHub client: the shared one (src/github/client.ts: every request, retry and
// rate-limit wait bounded by the deadline, Octokit's retry and throttling plugins), counting the
// requests it sends for the run's log line.

function createAuditClient(token, options) {
    const octokit = createGitHubClient(token, options);
    let sent = 0;
    octokit.hook.before('request', () => {
        sent += 1;
    });
    return { octokit, signal: options.deadline.signal, requests: () => sent };
}

;// CONCATENATED MODULE: ./lib/audit/run.js
// One audit run, as the CLI and the action start it: a deadline for everything, the client, the
// audit, and the timer cleared after, so nothing keeps the process alive.






const DEFAULT_AUDIT_TIMEOUT_SECONDS = 3000;
class AuditInputError extends Error {
}
/** Whether an audit failed on what the user gave (org, shard, token, URL): their mistake to fix. */
function isAuditUsageError(error) {
    return (error instanceof ShardSyntaxError ||
        error instanceof AuditInputError ||
        error instanceof AuditAccessError);
}
/** The token travels to this URL: https only, except a loopback stand-in. */
function checkApiUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new AuditInputError('the GitHub API URL is not a URL');
    }
    const loopback = (0,url_policy/* isLoopbackHost */.c)(parsed.hostname);
    if (parsed.username !== '' || parsed.password !== '') {
        throw new AuditInputError('the GitHub API URL must not carry a user name or password');
    }
    if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
        throw new AuditInputError('the GitHub API URL must use https:// (the token is sent there)');
    }
    return url.replace(/\/+$/, '');
}
async function startAudit(options) {
    if (options.token.trim() === '') {
        throw new AuditInputError("no GitHub token: set GITHUB_TOKEN or GH_TOKEN (read access to the org's repositories)");
    }
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(options.org)) {
        throw new AuditInputError('the organization name is not a valid GitHub login');
    }
    const apiUrl = options.apiUrl === undefined ? undefined : checkApiUrl(options.apiUrl);
    const ms = (options.timeoutSeconds ?? DEFAULT_AUDIT_TIMEOUT_SECONDS) * 1000;
    // The caller's run deadline (the action's), else one for this audit.
    const deadline = options.deadline ?? (0,io_deadline/* startDeadline */.d)(ms);
    const client = createAuditClient(options.token, {
        ...(apiUrl !== undefined ? { baseUrl: apiUrl } : {}),
        deadline
    });
    const report = await runAudit({ ...options, client });
    return { report, requests: client.requests() };
}

// EXTERNAL MODULE: ./lib/cli/args.js
var cli_args = __webpack_require__(2453);
;// CONCATENATED MODULE: ./lib/cli/audit.js
// `fly-token-guard audit --org ORG \u2026` and `audit merge FILE\u2026`: the org audit from a terminal or a
// matrix job. Exit 0 pass (or warn), 1 findings at or above --fail-on, 2 bad usage or access,
// 3 incomplete (the deadline or the rate limit ended it, or shards are missing).










const AUDIT_INCOMPLETE_EXIT = 3;
function timeoutOf(value) {
    if (value === undefined)
        return {};
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0 || n > 6 * 3600) {
        throw new cli_args/* UsageError */.eb('--timeout-seconds must be a number of seconds between 1 and 21600');
    }
    return { timeoutSeconds: n };
}
function render(report, { args, out }) {
    const { values } = args;
    if (values.json)
        out(JSON.stringify(report, null, 2));
    else if (values.sarif)
        out(JSON.stringify(auditSarif(report), null, 2));
    else if (values.markdown)
        out(renderAuditMarkdown(report));
    else
        out(renderAuditText(report));
}
function exitCode(report, failOn) {
    if (!report.complete)
        return AUDIT_INCOMPLETE_EXIT;
    const threshold = (0,cli_args/* parseFailOn */.XV)(failOn);
    return (0,types/* reachesFailOn */.n9)(worstSeverity(report), threshold) ? 1 : 0;
}
const runAuditCommand = async (context) => {
    const { args, env } = context;
    const { values, positionals } = args;
    if ([values.json, values.sarif, values.markdown].filter(Boolean).length > 1) {
        throw new cli_args/* UsageError */.eb('--json, --sarif and --markdown exclude each other');
    }
    const failOn = values['fail-on'];
    (0,cli_args/* parseFailOn */.XV)(failOn);
    if (positionals[0] === 'merge') {
        const files = positionals.slice(1);
        if (files.length === 0)
            throw new cli_args/* UsageError */.eb('audit merge takes the shard report files to combine');
        try {
            const merged = mergeAuditReports(files.map(file => readAuditReportFile(file)));
            render(merged, context);
            return exitCode(merged, failOn);
        }
        catch (error) {
            if (error instanceof AuditMergeError)
                throw new cli_args/* UsageError */.eb(error.message);
            throw error;
        }
    }
    if (positionals.length > 0)
        throw new cli_args/* UsageError */.eb(`audit takes no '${positionals[0]}'`);
    if (!values.org)
        throw new cli_args/* UsageError */.eb('audit needs --org ORG');
    const apiUrl = values['github-api-url'] ?? env.GITHUB_API_URL;
    try {
        const { report } = await startAudit({
            org: values.org,
            token: env.GITHUB_TOKEN ?? env.GH_TOKEN ?? '',
            ...(apiUrl ? { apiUrl } : {}),
            repositories: (0,cli_args/* splitList */.ry)(values.repos),
            includeArchived: values['include-archived'],
            includeForks: values['include-forks'],
            shard: values.shard === undefined ? null : parseShard(values.shard),
            ...timeoutOf(values['timeout-seconds']),
            now: (0,clock/* currentTime */.$)(env)
        });
        render(report, context);
        return exitCode(report, failOn);
    }
    catch (error) {
        if (isAuditUsageError(error))
            throw new cli_args/* UsageError */.eb(error.message);
        throw error;
    }
};


/***/ }),

/***/ 8166:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ mapWithConcurrency)
/* harmony export */ });
// Runs async work over a list with at most `limit` in flight, keeping the input order.
async function mapWithConcurrency(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next;
            next += 1;
            results[index] = await work(items[index], index);
        }
    };
    const workers = Math.max(1, Math.min(Math.floor(limit) || 1, items.length));
    await Promise.all(Array.from({ length: workers }, worker));
    return results;
}


/***/ }),

/***/ 8627:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ checkFlyUrl),
/* harmony export */   c: () => (/* binding */ isLoopbackHost)
/* harmony export */ });
// Where the Fly client may send a token: only over TLS, except to this machine (tests and local
// stand-ins), so a mistyped `http://` URL never carries the Authorization header in clear text.
/** What a Fly API URL must be, for messages. */
const FLY_URL_RULE = 'an https:// URL without credentials (http:// is allowed only for a loopback host: localhost, 127.0.0.0/8 or ::1)';
/**
 * Whether the client may send a token to `value`. The problem never repeats the value (a pasted
 * token could be in it); callers put the input's name in front: "fly-api-url must be \u2026".
 */
function checkFlyUrl(value) {
    let url;
    try {
        url = new URL(value.trim());
    }
    catch {
        return { ok: false, problem: `must be ${FLY_URL_RULE}; the value is not a URL` };
    }
    if (url.username !== '' || url.password !== '') {
        return { ok: false, problem: `must be ${FLY_URL_RULE}; it carries a user name or password` };
    }
    if (url.protocol === 'https:')
        return { ok: true, url };
    if (url.protocol === 'http:') {
        if (isLoopbackHost(url.hostname))
            return { ok: true, url };
        return {
            ok: false,
            problem: `must be ${FLY_URL_RULE}; plain http:// to another host would send the token in clear text`
        };
    }
    return { ok: false, problem: `must be ${FLY_URL_RULE}` };
}
/** localhost, 127.0.0.0/8 or ::1, as the URL parser normalises them (127.1 \u2192 127.0.0.1). */
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
    if (host === 'localhost' || host === '::1')
        return true;
    const octets = host.split('.');
    return (octets.length === 4 &&
        octets[0] === '127' &&
        octets.every(o => /^\d{1,3}$/.test(o) && Number(o) <= 255));
}


/***/ }),

/***/ 5010:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ SIGNAL_LISTENER_LIMIT),
/* harmony export */   d: () => (/* binding */ startDeadline)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
// The run's one deadline (`timeout-seconds`): created once when the run starts, handed to every
// network client of the run (Fly and GitHub), so no call, retry or page outlives it.

/**
 * Every request in flight (of every token, in health mode) listens on the one signal; past Node's
 * default of 10 its "possible memory leak" warning would land in the job log.
 */
const SIGNAL_LISTENER_LIMIT = 10_000;
function startDeadline(timeoutMs) {
    // AbortSignal.timeout's timer never keeps the process alive on its own.
    const signal = AbortSignal.timeout(timeoutMs);
    (0,node_events__WEBPACK_IMPORTED_MODULE_0__.setMaxListeners)(SIGNAL_LISTENER_LIMIT, signal);
    return { signal, at: Date.now() + timeoutMs, timeoutMs };
}


/***/ })

};
;