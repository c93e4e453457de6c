"use strict";
exports.id = 416;
exports.ids = [416];
exports.modules = {

/***/ 9788:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $c: () => (/* binding */ DEFAULT_MAX_FILES),
  yx: () => (/* binding */ MAX_SCAN_FILE_BYTES),
  Hk: () => (/* binding */ runScan),
  Gw: () => (/* binding */ scanRepository)
});

// EXTERNAL MODULE: ./lib/rules/scan/digest.js
var digest = __webpack_require__(4237);
// EXTERNAL MODULE: ./lib/rules/scan/hardcoded-token.js
var hardcoded_token = __webpack_require__(1661);
// EXTERNAL MODULE: ./lib/rules/scan/index.js + 1 modules
var scan = __webpack_require__(7397);
// EXTERNAL MODULE: ./lib/workflow/index.js + 3 modules
var workflow = __webpack_require__(4541);
// EXTERNAL MODULE: ./lib/rules/scan/conditions.js
var conditions = __webpack_require__(9963);
// EXTERNAL MODULE: ./lib/rules/scan/fly-secrets.js
var fly_secrets = __webpack_require__(9336);
// EXTERNAL MODULE: ./lib/rules/scan/no-environment.js
var no_environment = __webpack_require__(1742);
// EXTERNAL MODULE: ./lib/rules/scan/pull-request-exposure.js
var pull_request_exposure = __webpack_require__(998);
// EXTERNAL MODULE: ./lib/rules/scan/rule-list.js + 7 modules
var rule_list = __webpack_require__(2074);
// EXTERNAL MODULE: ./lib/rules/scan/secrets-inherit.js
var secrets_inherit = __webpack_require__(9746);
// EXTERNAL MODULE: ./lib/rules/scan/shared-token.js
var shared_token = __webpack_require__(643);
// EXTERNAL MODULE: ./lib/rules/scan/shared.js
var shared = __webpack_require__(4060);
// EXTERNAL MODULE: ./lib/rules/scan/untrusted-trigger.js + 2 modules
var untrusted_trigger = __webpack_require__(5716);
;// CONCATENATED MODULE: ./lib/rules/scan/repository.js
// Phase two of the repository scan: the workflow digests (digest.ts), the composite actions and
// the text files that may hold a token, joined into the repository's findings. Here the Fly
// secret index is built from every workflow's notes, and the rules that look across files run
// over the digests' summaries: shared-token, secrets-inherit, untrusted-trigger (callers and
// their local reusable workflows); hardcoded-token's findings come in already made, file by file
// as the files were read. Findings come out rule by rule, in `scanRules` order.











const byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
/** Where each path's first digest is (as a search of the digests would find it). */
function firstIndexByPath(digests) {
    const indexOf = new Map();
    digests.forEach((d, i) => {
        if (!indexOf.has(d.path))
            indexOf.set(d.path, i);
    });
    return indexOf;
}
/**
 * One part of the digests as summaries, each unpacked when asked for and dropped after use (a
 * packed digest unpacks a new copy on each read); a failed part reads as no summary.
 */
function summariesOf(digests, indexOf, part) {
    const valueOf = (digest) => {
        const outcome = digest && part(digest);
        return outcome?.ok ? outcome.value : undefined;
    };
    return {
        count: digests.length,
        at: index => valueOf(digests[index]),
        get: path => {
            const index = indexOf.get(path);
            return index === undefined ? undefined : valueOf(digests[index]);
        }
    };
}
/** The first failed part of the digests, in path order; read one at a time. */
function firstFailure(digests, part) {
    for (const digest of digests) {
        const outcome = part(digest);
        if (!outcome.ok)
            return outcome;
    }
    return undefined;
}
/**
 * Digests again, with every job summarised, the workflows that `untrusted-trigger` would follow
 * as callees but that were digested as uncallable (no `workflow_call`), until none is left.
 */
function completeCallees(digests, indexOf, input, knownFly, reparsed) {
    const tried = new Set();
    const summaries = summariesOf(digests, indexOf, d => d.untrustedTrigger);
    for (;;) {
        const missing = (0,untrusted_trigger/* untrustedCalleePaths */.T1)(summaries).filter(p => !tried.has(p));
        if (missing.length === 0)
            return;
        for (const path of missing) {
            tried.add(path);
            const index = indexOf.get(path);
            const again = input.redigest(path, { knownFly, everyJob: true });
            if (index === undefined || !again)
                continue;
            digests[index] = again;
            reparsed.push(path);
        }
    }
}
/** Joins the digests into the repository's findings. Never throws on repository content. */
function checkRepositoryDigests(input) {
    const reparsed = [];
    const first = [...input.digests].sort(byPath);
    const fly = (0,fly_secrets/* flySecretsFrom */.xX)(first.flatMap(d => d.flyNotes));
    const known = [...fly.names];
    const digests = first.map(digest => {
        if (!digest.assumedNotFly.some(name => fly.names.has(name)))
            return digest;
        const again = input.redigest(digest.path, { knownFly: known, everyJob: false });
        if (!again)
            return digest;
        reparsed.push(digest.path);
        return again;
    });
    const indexOf = firstIndexByPath(digests);
    completeCallees(digests, indexOf, input, known, reparsed);
    const actionsOnly = {
        workflows: [],
        actions: [...input.actions]
            .sort(byPath)
            .map(a => (0,conditions/* withRunningSteps */.z4)((0,workflow.parseActionFile)(a.path, a.text))),
        fly
    };
    const byRule = rule_list/* scanRules */.j_.map(() => []);
    const failures = new Map();
    const take = (index, outcome) => {
        if (failures.has(index) || outcome === undefined)
            return;
        if (outcome.ok) {
            const list = byRule[index];
            for (const finding of outcome.value)
                list?.push(finding);
        }
        else {
            failures.set(index, outcome.error);
            byRule[index] = [];
        }
    };
    const run = (index, ruleId, produce) => {
        if (failures.has(index))
            return;
        let outcome;
        try {
            outcome = { ok: true, value: produce() };
        }
        catch (error) {
            outcome = { ok: false, error: (0,rule_list/* ruleFailure */.XK)(ruleId, error) };
        }
        take(index, outcome);
    };
    /** A rule over one part of every digest: the first failure, or its findings over the parts. */
    const across = (index, ruleId, part, findings) => {
        const failed = firstFailure(digests, part);
        if (failed)
            take(index, failed);
        else
            run(index, ruleId, () => findings(summariesOf(digests, indexOf, part)));
    };
    // Each digest's rule outcomes are read once (a packed digest parses them on every read).
    const perWorkflowOutcomes = new Map([...rule_list/* perWorkflowRules */.Se.keys()].map(id => [id, []]));
    for (const digest of digests) {
        const rules = digest.rules;
        for (const [id, outcomes] of perWorkflowOutcomes)
            outcomes.push(rules[id]);
    }
    rule_list/* scanRules */.j_.forEach((rule, index) => {
        const perWorkflow = rule_list/* perWorkflowRules */.Se.get(rule.id);
        if (perWorkflow) {
            for (const outcome of perWorkflowOutcomes.get(rule.id) ?? [])
                take(index, outcome);
            run(index, rule.id, () => perWorkflow.check(actionsOnly));
        }
        else if (rule.id === hardcoded_token/* hardcodedToken */.e.id) {
            take(index, input.hardcoded);
        }
        else if (rule.id === untrusted_trigger/* untrustedTrigger */.p1.id) {
            across(index, rule.id, d => d.untrustedTrigger, untrusted_trigger/* untrustedFindings */.Lc);
        }
        else if (rule.id === secrets_inherit/* secretsInherit */.t2.id) {
            across(index, rule.id, d => d.secretsInherit, secrets_inherit/* secretsInheritFindings */.D0);
        }
        else if (rule.id === pull_request_exposure/* pullRequestExposure */.ar.id) {
            across(index, rule.id, d => d.pullRequestExposure, pull_request_exposure/* prExposureFindings */.EL);
        }
        else if (rule.id === shared_token/* sharedToken */.Ji.id) {
            across(index, rule.id, d => d.sharedToken, s => (0,shared_token/* sharedTokenFindings */.P4)((0,shared/* eachSummary */.uQ)(s)));
        }
        else {
            // A rule added to the list without a place in this phase: say so rather than guess.
            take(index, { ok: false, error: (0,rule_list/* ruleFailure */.XK)(rule.id, new Error('not wired into the scan')) });
        }
    });
    (0,no_environment/* keepSecretsReadElsewhere */.Z1)(byRule[rule_list/* scanRules */.j_.indexOf(no_environment/* noEnvironment */.De)] ?? [], digests);
    return {
        findings: byRule.flat(),
        errors: [...failures].sort(([a], [b]) => a - b).map(([, message]) => message),
        reparsed,
        flySecrets: [...fly.names.keys()].sort()
    };
}

// EXTERNAL MODULE: ./lib/report/order.js
var order = __webpack_require__(5930);
// EXTERNAL MODULE: ./lib/rules/types.js
var types = __webpack_require__(3042);
// EXTERNAL MODULE: ./lib/token/scrub.js
var token_scrub = __webpack_require__(8094);
// EXTERNAL MODULE: ./lib/engine/file-source.js
var file_source = __webpack_require__(6610);
// EXTERNAL MODULE: ./lib/engine/fs-source.js + 1 modules
var fs_source = __webpack_require__(7549);
;// CONCATENATED MODULE: ./lib/engine/packed-digest.js
/** The fields kept as JSON, in the buffer's order. */
const PACKED = [
    'flyNotes',
    'assumedNotFly',
    'secretsRead',
    'rules',
    'untrustedTrigger',
    'sharedToken',
    'secretsInherit',
    'pullRequestExposure'
];
class PackedDigest {
    path;
    /** The fields as UTF-8 JSON, one after another; `ends[i]` is where field `PACKED[i]` ends. */
    #bytes;
    #ends;
    constructor(digest) {
        this.path = digest.path;
        const parts = PACKED.map(field => JSON.stringify(digest[field]));
        const bytes = Buffer.allocUnsafe(parts.reduce((n, part) => n + Buffer.byteLength(part), 0));
        let end = 0;
        this.#ends = parts.map(part => (end += bytes.write(part, end)));
        this.#bytes = bytes;
    }
    #read(field) {
        const index = PACKED.indexOf(field);
        const start = index === 0 ? 0 : (this.#ends[index - 1] ?? 0);
        return JSON.parse(this.#bytes.toString('utf8', start, this.#ends[index]));
    }
    get flyNotes() {
        return this.#read('flyNotes');
    }
    get assumedNotFly() {
        return this.#read('assumedNotFly');
    }
    get secretsRead() {
        return this.#read('secretsRead');
    }
    get rules() {
        return this.#read('rules');
    }
    get untrustedTrigger() {
        return this.#read('untrustedTrigger');
    }
    get sharedToken() {
        return this.#read('sharedToken');
    }
    get secretsInherit() {
        return this.#read('secretsInherit');
    }
    get pullRequestExposure() {
        return this.#read('pullRequestExposure');
    }
}
/** The digest packed; reads as the same plain data (each read: a new copy). */
function packDigest(digest) {
    return new PackedDigest(digest);
}

;// CONCATENATED MODULE: ./lib/engine/pr-changes.js
// Which lines a pull request changed, so findings on them can be called "new". From GitHub's
// list of the pull request's files (their patches) when the API answers, else from `git diff`
// against the base commit when that commit is in the checkout; neither is required.
const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
function record(value) {
    return typeof value === 'object' && value !== null
        ? value
        : undefined;
}
function sha(value) {
    return typeof value === 'string' && /^[0-9a-f]{40}$/i.test(value) ? value : null;
}
/** GITHUB_REPOSITORY (`owner/repo`) as its two parts; undefined when unset or malformed. */
function repositoryOf(value) {
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '');
    return match?.[1] && match[2] ? { owner: match[1], repo: match[2] } : undefined;
}
/** The pull request a run is about, from GITHUB_EVENT_NAME, the event payload and GITHUB_REPOSITORY. */
function pullRequestOf(eventName, payload, repository) {
    if (eventName === undefined || !PR_EVENTS.has(eventName))
        return null;
    const pr = record(record(payload)?.['pull_request']);
    const number = pr?.['number'] ?? record(payload)?.['number'];
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 1)
        return null;
    const parts = repositoryOf(repository);
    if (!parts)
        return null;
    return {
        ...parts,
        number,
        baseSha: sha(record(pr?.['base'])?.['sha']),
        headSha: sha(record(pr?.['head'])?.['sha'])
    };
}
/** Line numbers (new side) added or changed by one file's unified-diff hunks. */
function changedLinesOfPatch(patch) {
    const lines = new Set();
    let next = 0;
    let inHunk = false;
    for (const line of patch.split('\n')) {
        const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
        if (hunk) {
            next = Number(hunk[1]);
            inHunk = true;
            continue;
        }
        if (!inHunk)
            continue;
        if (line.startsWith('+'))
            lines.add(next++);
        else if (line.startsWith(' '))
            next++;
        else if (line.startsWith('diff --git'))
            inHunk = false;
        // `-` lines and `\ No newline at end of file` do not move the new side.
    }
    return lines;
}
/** A whole `git diff` output: changed lines per new path. */
function changedLinesOfDiff(diff) {
    const changes = new Map();
    const sections = diff.split(/^(?=diff --git )/m);
    for (const section of sections) {
        const target = /^\+\+\+ (?:b\/)?(.+)$/m.exec(section)?.[1];
        if (target === undefined || target === '/dev/null')
            continue;
        const path = target.replace(/\t.*$/, '').replace(/^"(.*)"$/, '$1');
        const hunks = section.slice(section.indexOf('\n@@') + 1);
        if (/^new file mode/m.test(section))
            changes.set(path, 'all');
        else
            changes.set(path, changedLinesOfPatch(hunks));
    }
    return changes;
}
function changedLinesOfPullFiles(files) {
    const changes = new Map();
    for (const file of files) {
        if (file.status === 'removed')
            continue;
        if (file.status === 'added' || file.patch === undefined)
            changes.set(file.filename, 'all');
        else
            changes.set(file.filename, changedLinesOfPatch(file.patch));
    }
    return changes;
}
function isChangedLine(changes, file, line) {
    const lines = changes.get(file);
    return lines === 'all' || (lines !== undefined && lines.has(line));
}
/** GitHub's patches first, then git; says why when neither is available. Never throws. */
async function resolveChangedLines(pr, sources) {
    const notes = [];
    if (sources.pullFiles) {
        try {
            const result = await sources.pullFiles();
            if (result.ok) {
                return { changes: changedLinesOfPullFiles(result.files), source: 'api', notes };
            }
            notes.push(result.reason);
        }
        catch {
            notes.push("Could not list the pull request's files through the GitHub API.");
        }
    }
    if (pr.baseSha !== null && sources.gitDiff) {
        const diff = sources.gitDiff(pr.baseSha);
        if (diff !== undefined)
            return { changes: changedLinesOfDiff(diff), source: 'git', notes };
    }
    notes.push('The lines this pull request changed are unknown (no GitHub API access to its files, and its base commit is not in the checkout: `fetch-depth: 0` would add it), so no finding is marked as new.');
    return { changes: null, source: null, notes };
}

;// CONCATENATED MODULE: ./lib/engine/scan.js
// The repository scan: stream every file of a FileSource once, digesting workflows (up to
// max-files of them, with actions and fly*.toml) and checking every text file for committed
// tokens as it goes; then run the repository-wide rules over the digests, apply the ignore file
// and inline ignores, mark findings on lines a pull request changed as new, scrub, and return one
// ScanReport. Only digests (packed: packed-digest.ts), findings, the lines of inline ignore
// directives and a few composite actions stay in memory, never the texts.












const MAX_SCAN_FILE_BYTES = file_source/* MAX_FILE_BYTES */.g;
const DEFAULT_MAX_FILES = 5000;
/** How long a scan may spend reading and checking files before it reports what it left. */
const DEFAULT_SCAN_BUDGET_MS = 10 * 60 * 1000;
/** Environment override of the budget, in seconds (for operators and tests). */
const SCAN_BUDGET_ENV = 'FLY_TOKEN_GUARD_SCAN_BUDGET_SECONDS';
function categoryOf(file) {
    if (/^\.github\/workflows\/[^/]+\.ya?ml$/i.test(file))
        return 'workflow';
    if (/(^|\/)action\.ya?ml$/.test(file))
        return 'action';
    if (/(^|\/)fly[^/]*\.toml$/i.test(file))
        return 'config';
    return 'other';
}
const PRIORITY = { workflow: 0, action: 1, config: 2, other: 3 };
function listSome(paths, max = 5) {
    const shown = paths.slice(0, max).map(p => `\`${p}\``);
    const more = paths.length - shown.length;
    return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** The budget from the environment, when set to a number of seconds. */
function scanBudgetFromEnv(env = process.env) {
    const raw = env[SCAN_BUDGET_ENV]?.trim();
    if (raw === undefined || raw === '')
        return undefined;
    const seconds = Number(raw);
    return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}
/** Every listed file once: the modelled ones first (workflows, actions, configs), then the rest. */
function plan(source, maxFiles, notes) {
    const listing = source.list();
    if (listing.truncated)
        notes.push(`The file listing is incomplete: ${listing.truncated}.`);
    const seen = new Set();
    const files = [];
    for (const raw of listing.paths) {
        const file = (0,workflow.normalizePath)(raw);
        if (file === null || file === '' || seen.has(file))
            continue;
        seen.add(file);
        files.push({ file, category: categoryOf(file) });
    }
    files.sort((a, b) => PRIORITY[a.category] - PRIORITY[b.category] ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const modelledCount = files.filter(f => f.category !== 'other').length;
    if (modelledCount > maxFiles) {
        notes.push(`Stopped at max-files: the rules model ${maxFiles} of ${modelledCount} workflows, actions and fly*.toml (workflows first); ` +
            `the other ${modelledCount - maxFiles} were still checked for committed tokens. Raise \`max-files\` to model them.`);
    }
    return files.map((f, i) => ({ ...f, modelled: f.category !== 'other' && i < maxFiles }));
}
function skipNotes(skipped) {
    const notes = [];
    const of = (reason) => skipped.get(reason) ?? [];
    const outside = of('outside');
    if (outside.length > 0) {
        notes.push(`Skipped ${plural(outside.length, 'path')} leading outside the checkout (a symlink); not opened: ${listSome(outside)}.`);
    }
    const special = of('special');
    if (special.length > 0) {
        notes.push(`Skipped ${plural(special.length, 'path')} that ${special.length === 1 ? 'is not a regular file' : 'are not regular files'} (a directory link, FIFO, socket or device); not read: ${listSome(special)}.`);
    }
    const tooLarge = of('too-large');
    if (tooLarge.length > 0) {
        notes.push(`Skipped ${plural(tooLarge.length, 'file')} larger than 1 MiB: ${listSome(tooLarge)}.`);
    }
    const binaries = of('binary').length;
    if (binaries > 0) {
        notes.push(`Skipped ${binaries} binary file${binaries === 1 ? '' : 's'} (not text, so no token literal to find).`);
    }
    const unreadable = of('unreadable');
    if (unreadable.length > 0) {
        notes.push(`Could not read ${plural(unreadable.length, 'file')}: ${listSome(unreadable)}.`);
    }
    return notes;
}
function stream(source, repo, options) {
    const notes = [];
    const files = plan(source, options.maxFiles, notes);
    const started = options.clock();
    const digests = [];
    const directives = new Map();
    const actions = [];
    const hardcoded = [];
    let hardcodedError;
    const secrets = [];
    const skipped = new Map();
    let filesScanned = 0;
    for (let i = 0; i < files.length; i++) {
        const { file, category, modelled } = files[i];
        if (options.clock() - started >= options.budgetMs) {
            const left = files.slice(i).map(f => f.file);
            notes.push(`Stopped at the scan's time budget (${Math.round(options.budgetMs / 1000)} s): ` +
                `${plural(left.length, 'file')} not read or checked: ${listSome(left)}.`);
            break;
        }
        const read = source.read(file);
        if (!('text' in read)) {
            if (read.skipped !== 'missing') {
                const list = skipped.get(read.skipped) ?? [];
                list.push(file);
                skipped.set(read.skipped, list);
            }
            continue;
        }
        filesScanned += 1;
        const text = read.text;
        directives.set(file, (0,scan/* inlineDirectiveLines */.aS)(text));
        if (modelled && category === 'workflow') {
            digests.push(packDigest((0,digest/* digestWorkflow */.m)({ path: file, text, repo, now: options.now })));
        }
        if (modelled && category === 'action')
            actions.push({ path: file, text });
        if (hardcodedError !== undefined)
            continue;
        try {
            const checked = { path: file, text };
            for (const finding of (0,hardcoded_token/* hardcodedTokenFindings */.S)(checked, options.now, t => secrets.push(t))) {
                hardcoded.push(finding);
            }
        }
        catch (error) {
            hardcodedError = (0,scan/* ruleFailure */.XK)('hardcoded-token', error);
        }
    }
    for (const note of skipNotes(skipped))
        notes.push(note);
    if (digests.length === 0 && !files.some(f => f.category === 'workflow')) {
        notes.push('No workflow files under `.github/workflows/`.');
    }
    return {
        digests,
        workflowsScanned: digests.length,
        actions,
        hardcoded: hardcodedError === undefined
            ? { ok: true, value: hardcoded }
            : { ok: false, error: hardcodedError },
        secrets,
        directives,
        filesScanned,
        notes
    };
}
function takeDigests(streamed) {
    const digests = streamed.digests;
    streamed.digests = [];
    return digests;
}
/**
 * The finding with its texts scrubbed, the path of its file too (a committed file may be named
 * after a token); the very same object when nothing needed it.
 */
function scrubFinding(finding, scrub) {
    const message = scrub(finding.message);
    const fix = finding.fix;
    const summary = fix ? scrub(fix.summary) : undefined;
    const commands = fix ? fix.commands.map(scrub) : undefined;
    const location = finding.location;
    const file = location ? scrub(location.file) : undefined;
    const subject = finding.subject !== undefined ? scrub(finding.subject) : undefined;
    const same = message === finding.message &&
        file === location?.file &&
        subject === finding.subject &&
        (!fix || (summary === fix.summary && commands?.every((c, i) => c === fix.commands[i])));
    if (same)
        return finding;
    return {
        ...finding,
        message,
        ...(location && file !== undefined ? { location: { ...location, file } } : {}),
        ...(subject !== undefined ? { subject } : {}),
        ...(fix ? { fix: { summary: summary ?? '', commands: commands ?? [] } } : {})
    };
}
/** Scans a repository. Never throws on repository content; never reads outside the checkout. */
function runScan(options) {
    const source = options.source ?? (0,fs_source/* fsFileSource */.H)(options.root);
    const repo = (0,file_source/* repoFilesOf */.F)(source);
    const now = options.now ?? new Date();
    const failOn = options.failOn ?? 'high';
    const changes = options.changes ?? null;
    const streamed = stream(source, repo, {
        maxFiles: options.maxFiles ?? DEFAULT_MAX_FILES,
        now,
        budgetMs: options.budgetMs ?? scanBudgetFromEnv() ?? DEFAULT_SCAN_BUDGET_MS,
        clock: options.clock ?? Date.now
    });
    const notes = streamed.notes;
    const { findings: raw, errors, flySecrets } = checkRepositoryDigests({
        digests: takeDigests(streamed),
        actions: streamed.actions,
        hardcoded: streamed.hardcoded,
        now,
        redigest: (path, again) => {
            const text = repo.read(path);
            return text === undefined ? undefined : (0,digest/* digestWorkflow */.m)({ path, text, repo, now, ...again });
        }
    });
    for (const error of errors)
        notes.push(error);
    // Everything that leaves the scan is scrubbed: every Fly token form, and every literal found.
    const scrub = (0,token_scrub/* createScrub */.EN)(streamed.secrets);
    const ignoreText = source.read(scan/* IGNORE_FILE */.SV);
    const ignoreFile = (0,scan/* parseIgnoreFile */.a0)('text' in ignoreText ? ignoreText.text : '');
    for (const problem of ignoreFile.problems)
        notes.push(problem);
    // A file read by the stream is not read again: its directive lines were taken then.
    const lines = new Map();
    const linesOf = (file) => {
        if (streamed.directives.has(file))
            return streamed.directives.get(file);
        if (!lines.has(file))
            lines.set(file, repo.read(file)?.split(/\r?\n/));
        return lines.get(file);
    };
    const { kept, ignored } = (0,scan/* applyIgnores */.wI)(raw, ignoreFile, linesOf);
    // Marked new on the real paths, then scrubbed.
    const marked = (0,order/* sortFindings */.T)(kept)
        .map((f) => changes === null
        ? f
        : {
            ...f,
            isNew: f.location !== undefined && isChangedLine(changes, f.location.file, f.location.line)
        })
        .map(f => scrubFinding(f, scrub));
    const ordered = [...marked.filter(f => f.isNew), ...marked.filter(f => !f.isNew)];
    return {
        verdict: (0,types/* verdictFor */.Xb)(ordered, failOn),
        failOn,
        findings: ordered,
        newCount: changes === null ? null : ordered.filter(f => f.isNew).length,
        filesScanned: streamed.filesScanned,
        workflowsScanned: streamed.workflowsScanned,
        ignoredCount: ignored.length,
        notes: notes.map(scrub),
        flySecrets
    };
}
/** `runScan` for callers that await (the action and the CLI). */
function scanRepository(options) {
    return Promise.resolve(runScan(options));
}


/***/ }),

/***/ 5402:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nz: () => (/* binding */ truncateBody),
/* harmony export */   PE: () => (/* binding */ severityIcon),
/* harmony export */   aL: () => (/* binding */ escapeTableCell)
/* harmony export */ });
/* unused harmony exports GITHUB_BODY_LIMIT, VERDICT_ICON, escapeMarkdown, proseWithCode, codeSpan, namedId, withAccess, shellBlock, ruleLink, renderFindingsTable, renderSeverityCounts */
/* harmony import */ var _sarif_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(123);




/** GitHub rejects issue and comment bodies longer than this. */
const GITHUB_BODY_LIMIT = 65536;
const ICONS = {
    critical: '\ud83d\udd34',
    high: '\ud83d\udfe0',
    medium: '\ud83d\udfe1',
    low: '\ud83d\udd35',
    info: '\u26aa'
};
function severityIcon(severity) {
    return ICONS[severity];
}
const VERDICT_ICON = { pass: '\u2705', warn: '\u26a0\ufe0f', fail: '\u274c' };
/**
 * Escapes text for markdown: characters that open emphasis, code, links, images, HTML, entities,
 * strikethrough or table cells anywhere; characters that open headings, lists or quotes at the
 * start of a line; and `@mentions` (a zero-width space keeps GitHub from pinging anyone).
 */
function escapeMarkdown(text) {
    return text
        .replace(/[\\`*_[\]<>|~&]/g, char => `\\${char}`)
        .replace(/^([ \t]*)([#+\-=])/gm, '$1\\$2')
        .replace(/^([ \t]*\d+)([.)])/gm, '$1\\$2')
        .replace(/(^|[^\w@])@(?=\w)/g, '$1@\u200B');
}
/** Escapes text for one table cell: markdown specials plus line breaks. */
function escapeTableCell(text) {
    return escapeMarkdown(text.trim()).replace(/\r?\n/g, '<br>');
}
/**
 * Prose that may hold `code` spans (as rule messages do): the prose is escaped, each span is
 * re-emitted as a safe code span, so `<ORG>` and `a|b` survive inside spans and outside them.
 */
function proseWithCode(text) {
    return text
        .split(/(`[^`\n]+`)/)
        .map((part, i) => (i % 2 === 1 ? codeSpan(part.slice(1, -1)) : escapeMarkdown(part)))
        .join('');
}
/** A code span that survives backticks and pipes in its content, inside a table cell. */
function codeSpan(text) {
    const content = text.replace(/\r?\n/g, ' ');
    const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = content.startsWith('`') || content.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${content.replace(/\|/g, '\\|')}${pad}${fence}`;
}
/** An org or app id with its name when known: "`web` (123)", else "`123`". */
function namedId(id, name) {
    return name ? `${codeSpan(name)} (${id})` : codeSpan(id);
}
/** An app's label with its access letters when known: "`web` (123): `rw`". */
function withAccess(label, access) {
    return access ? `${label}: ${codeSpan(access)}` : label;
}
/** Commands as a fenced `sh` block. */
function shellBlock(commands) {
    return ['```sh', ...commands, '```'];
}
/** A repository path in a link: as in SARIF, with parentheses encoded (they end a markdown link). */
function encodePath(file) {
    return relativeUri(file).replace(/\(/g, '%28').replace(/\)/g, '%29');
}
function blobUrl(target, location) {
    const server = (target.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
    const owner = encodeURIComponent(target.owner);
    const repo = encodeURIComponent(target.repo);
    const sha = encodeURIComponent(target.sha);
    const end = location.endLine !== undefined && location.endLine > location.line
        ? `-L${location.endLine}`
        : '';
    return `${server}/${owner}/${repo}/blob/${sha}/${encodePath(location.file)}#L${location.line}${end}`;
}
function locationCell(finding, link) {
    const location = finding.location;
    if (location === undefined) {
        return finding.subject === undefined ? '\u2014' : codeSpan(finding.subject);
    }
    const text = escapeTableCell(`${location.file}:${location.line}`);
    return link === undefined ? text : `[${text}](${blobUrl(link, location)})`;
}
function messageCell(finding, includeFix) {
    const cell = (text) => proseWithCode(text.trim()).replace(/\r?\n/g, '<br>');
    const parts = [cell(finding.message)];
    if (includeFix && finding.fix !== undefined) {
        parts.push(`**Fix:** ${cell(finding.fix.summary)}`);
        parts.push(...finding.fix.commands.map(codeSpan));
    }
    return parts.join('<br>');
}
/**
 * A rule id as a link to its page, with non-breaking hyphens (U+2011) so a narrow table column
 * never wraps `broader-than-needed` mid-word. The id itself is on the page it links to.
 */
function ruleLink(rule) {
    return `[${codeSpan(rule.replace(/-/g, '\u2011'))}](${docsUrl(encodeURIComponent(rule))})`;
}
function findingRow(finding, options = {}) {
    const severity = `${ICONS[finding.severity]} ${finding.severity}`;
    const rule = ruleLink(finding.rule);
    const location = locationCell(finding, options.link);
    const message = messageCell(finding, options.includeFix ?? true);
    return `| ${severity} | ${rule} | ${location} | ${message} |`;
}
const TABLE_HEADER = '| Severity | Rule | Location | Finding |\n| --- | --- | --- | --- |';
function moreLine(count) {
    return `_\u2026and ${plural(count, 'more finding')} not shown (see the job summary or the SARIF report)._`;
}
/**
 * The findings, worst first, as a markdown table that fits in `maxChars`: rows that do not fit
 * are replaced by an "and N more" line. Empty string for no findings.
 */
function renderFindingsTable(findings, options = {}) {
    if (findings.length === 0)
        return '';
    const budget = options.maxChars ?? GITHUB_BODY_LIMIT;
    const rows = sortFindings(findings).map(finding => findingRow(finding, options));
    let body = TABLE_HEADER;
    let shown = 0;
    for (const row of rows) {
        const remainingAfter = rows.length - shown - 1;
        const candidate = `${body}\n${row}`;
        const tail = remainingAfter > 0 ? `\n\n${moreLine(remainingAfter)}` : '';
        if (candidate.length + tail.length > budget)
            break;
        body = candidate;
        shown += 1;
    }
    if (shown === rows.length)
        return body;
    const rest = moreLine(rows.length - shown);
    if (shown === 0)
        return rest.length <= budget ? rest : '';
    return `${body}\n\n${rest}`;
}
/** One line like "\ud83d\udd34 1 critical \u00b7 \ud83d\udfe0 2 high", worst first; "no findings" when empty. */
function renderSeverityCounts(findings) {
    const parts = SEVERITIES.flatMap(severity => {
        const count = findings.filter(f => f.severity === severity).length;
        return count > 0 ? [`${ICONS[severity]} ${count} ${severity}`] : [];
    });
    return parts.length > 0 ? parts.join(' \u00b7 ') : 'no findings';
}
/**
 * Cuts a body that exceeds `limit` at a line break and says how much was left out. Bodies within
 * the limit come back unchanged.
 */
function truncateBody(body, limit = GITHUB_BODY_LIMIT) {
    if (body.length <= limit)
        return body;
    const note = (omitted) => `\n\n_\u2026truncated: ${omitted} characters not shown (GitHub's ${limit}-character limit)._`;
    // Reserve room for the note at its longest (every character omitted).
    const room = Math.max(0, limit - note(body.length).length);
    let cut = body.lastIndexOf('\n', room);
    if (cut <= 0)
        cut = room;
    // Never split a surrogate pair.
    const code = body.charCodeAt(cut - 1);
    if (cut > 0 && code >= 0xd800 && code <= 0xdbff)
        cut -= 1;
    return `${body.slice(0, cut)}${note(body.length - cut)}`;
}


/***/ }),

/***/ 123:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   zv: () => (/* binding */ toSarif)
/* harmony export */ });
/* unused harmony exports FINGERPRINT_KEY, relativeUri, computeFingerprints */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _rules_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3042);
// Findings -> SARIF 2.1.0, shaped for GitHub code scanning (`github/codeql-action/upload-sarif`).


const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Key of our entry in `partialFingerprints`; bump the suffix if the recipe ever changes. */
const FINGERPRINT_KEY = 'flyTokenGuard/v1';
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '3.0',
    info: '1.0'
};
const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
    info: 'note'
};
const PROBLEM_SEVERITY = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'recommendation',
    info: 'recommendation'
};
function toSarif(findings, rules, tool, options = {}) {
    const descriptors = [];
    const indexById = new Map();
    const addRule = (meta) => {
        if (indexById.has(meta.id))
            return;
        indexById.set(meta.id, descriptors.length);
        descriptors.push(ruleDescriptor(meta));
    };
    rules.forEach(addRule);
    // A finding from a rule the caller did not list still needs a descriptor for its ruleIndex.
    for (const finding of findings) {
        addRule({ id: finding.rule, defaultSeverity: finding.severity, title: finding.rule, help: '' });
    }
    const fingerprints = computeFingerprints(findings, options.sources);
    const results = findings.map((finding, i) => {
        const location = finding.location && sarifLocation(finding.location);
        // `subject`: which token the finding concerns (health mode: the env var name).
        const properties = { severity: finding.severity };
        if (finding.subject !== undefined)
            properties.subject = finding.subject;
        if (finding.fix !== undefined && finding.fix.commands.length > 0) {
            properties.fixCommands = [...finding.fix.commands];
        }
        return {
            ruleId: finding.rule,
            ruleIndex: indexById.get(finding.rule) ?? 0,
            level: LEVEL[finding.severity],
            message: { text: messageText(finding) },
            ...(location ? { locations: [location] } : {}),
            partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[i] ?? '' },
            properties
        };
    });
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: tool.name,
                        version: tool.version,
                        informationUri: tool.informationUri,
                        rules: descriptors
                    }
                },
                columnKind: 'utf16CodeUnits',
                results
            }
        ]
    };
}
function ruleDescriptor(meta) {
    const url = (0,_rules_types_js__WEBPACK_IMPORTED_MODULE_1__/* .docsUrl */ .fs)(meta.id);
    const help = meta.help.trim() || meta.title;
    return {
        id: meta.id,
        name: pascalCase(meta.id),
        shortDescription: { text: meta.title },
        fullDescription: { text: help },
        help: {
            text: `${help}\n\nDocumentation: ${url}`,
            markdown: `**${meta.title}**\n\n${help}\n\n[Rule documentation](${url})`
        },
        helpUri: url,
        defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
        properties: {
            tags: ['security', 'fly.io'],
            // GitHub maps this CVSS-like score (as a string) to critical/high/medium/low.
            'security-severity': SECURITY_SEVERITY[meta.defaultSeverity],
            'problem.severity': PROBLEM_SEVERITY[meta.defaultSeverity]
        }
    };
}
function pascalCase(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(part => part.length > 0)
        .map(part => part[0]?.toUpperCase() + part.slice(1))
        .join('');
}
function messageText(finding) {
    if (finding.fix === undefined)
        return finding.message;
    const commands = finding.fix.commands.map(command => `  ${command}`);
    return [finding.message, `Fix: ${finding.fix.summary}`, ...commands].join('\n');
}
/** A repository-relative path as a relative URI reference (each segment percent-encoded). */
function relativeUri(file) {
    const normalized = file
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '');
    return normalized
        .split('/')
        .map(segment => encodeURIComponent(segment))
        .join('/');
}
function sarifLocation(location) {
    const region = sarifRegion(location);
    return {
        physicalLocation: {
            artifactLocation: { uri: relativeUri(location.file), uriBaseId: '%SRCROOT%' },
            ...(region ? { region } : {})
        }
    };
}
function isPositiveInteger(n) {
    return n !== undefined && Number.isInteger(n) && n >= 1;
}
function sarifRegion(location) {
    if (!isPositiveInteger(location.line))
        return undefined;
    const region = { startLine: location.line };
    const startColumn = isPositiveInteger(location.column) ? location.column : 1;
    if (isPositiveInteger(location.column))
        region.startColumn = location.column;
    const endLine = isPositiveInteger(location.endLine) ? location.endLine : location.line;
    if (endLine > location.line)
        region.endLine = endLine;
    if (isPositiveInteger(location.endColumn)) {
        if (endLine > location.line || location.endColumn >= startColumn) {
            region.endColumn = location.endColumn;
        }
    }
    return region;
}
/**
 * One fingerprint per finding: hash of rule id, file, the trimmed text of the finding's line and
 * its occurrence index among findings sharing those three. Line numbers are left out so an alert
 * keeps its identity when lines are inserted above it. Without the file's text the message
 * stands in for the line; without a location, the subject (which token) does.
 */
function computeFingerprints(findings, sources) {
    const lineText = lineLookup(findings, sources);
    const keys = findings.map(finding => {
        const location = finding.location;
        if (location === undefined) {
            return ['no-location', finding.rule, finding.subject ?? ''];
        }
        const text = lineText(location.file, location.line);
        const anchor = text === undefined ? `message:${finding.message}` : `text:${text.trim()}`;
        return ['located', finding.rule, relativeUri(location.file), anchor];
    });
    // Occurrence index by position, so reordering the findings array does not swap fingerprints.
    const groups = new Map();
    keys.forEach((key, i) => {
        const id = JSON.stringify(key);
        groups.set(id, [...(groups.get(id) ?? []), i]);
    });
    const occurrence = new Array(findings.length).fill(0);
    for (const members of groups.values()) {
        members
            .sort((a, b) => positionOrder(findings[a], findings[b]) || a - b)
            .forEach((findingIndex, rank) => {
            occurrence[findingIndex] = rank;
        });
    }
    return keys.map((key, i) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify([...key, occurrence[i]]))
        .digest('hex')
        .slice(0, 32));
}
function positionOrder(a, b) {
    const la = a?.location;
    const lb = b?.location;
    if (la === undefined || lb === undefined)
        return 0;
    return la.line - lb.line || la.column - lb.column;
}
/**
 * The text of each finding's line, each file read once and only the lines findings sit on kept
 * (a scan of many files with findings must not hold all their texts).
 */
function lineLookup(findings, sources) {
    if (sources === undefined)
        return () => undefined;
    const read = typeof sources === 'function'
        ? sources
        : (file) => (Object.hasOwn(sources, file) ? sources[file] : undefined);
    const wanted = new Map();
    for (const { location } of findings) {
        if (location === undefined)
            continue;
        const lines = wanted.get(location.file) ?? new Set();
        lines.add(location.line);
        wanted.set(location.file, lines);
    }
    const kept = new Map();
    for (const [file, lines] of wanted) {
        const all = read(file)?.split(/\r?\n/);
        // Copies: a line is a slice of its file's text and would keep all of it alive.
        const copy = (line) => all?.[line - 1]?.split('').join('');
        kept.set(file, all && new Map([...lines].map(line => [line, copy(line)])));
    }
    return (file, line) => kept.get(file)?.get(line);
}


/***/ }),

/***/ 5289:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ SARIF_TOOL),
/* harmony export */   p: () => (/* binding */ scanSarif)
/* harmony export */ });
/* harmony import */ var _fly_version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(529);
/* harmony import */ var _rules_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8654);
/* harmony import */ var _rules_scan_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7397);
/* harmony import */ var _sarif_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(123);




const SARIF_TOOL = {
    name: 'fly-token-guard',
    version: _fly_version_js__WEBPACK_IMPORTED_MODULE_3__/* .FLY_TOKEN_GUARD_VERSION */ .p,
    informationUri: 'https://github.com/fly-token-guard/fly-token-guard'
};
/** `sources` lets fingerprints follow a line's text (hashed; never copied into the log). */
function scanSarif(report, sources) {
    return (0,_sarif_js__WEBPACK_IMPORTED_MODULE_2__/* .toSarif */ .zv)(report.findings, (0,_rules_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleMeta */ .M)(_rules_scan_index_js__WEBPACK_IMPORTED_MODULE_1__/* .scanRules */ .j_), SARIF_TOOL, sources ? { sources } : {});
}


/***/ }),

/***/ 9963:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ runnableJobs),
/* harmony export */   B: () => (/* binding */ runningPart),
/* harmony export */   Q: () => (/* binding */ mayRun),
/* harmony export */   h4: () => (/* binding */ samePullRequest),
/* harmony export */   xP: () => (/* binding */ forkPullRequest),
/* harmony export */   z4: () => (/* binding */ withRunningSteps)
/* harmony export */ });
/* harmony import */ var _workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3174);
/* harmony import */ var _workflow_run_condition_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7568);
/* harmony import */ var _workflow_string_shape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8672);
// Would a job or step run for a given kind of event? Its `if:` is evaluated with the event's
// facts filled in and everything else unknown: only an `if:` that is false for certain rules a
// run out (`github.event_name == 'push'`, a same-repository check seen from a fork,
// `github.ref_name == 'main'` on a pull request, whose ref is `<n>/merge`).



const THIS_REPO = 'owner/repo';
const FORK_REPO = 'attacker/repo';
/** Events where a comment starts the run: the commenter is anyone who can comment. */
const COMMENT_EVENTS = [
    'issue_comment',
    'pull_request_review_comment',
    'discussion_comment'
];
/** GitHub's default activity types of `pull_request` / `pull_request_target`. */
const DEFAULT_PR_TYPES = ['opened', 'synchronize', 'reopened'];
/** The association of someone with no role in the repository (what an outsider can be). */
const OUTSIDER_ASSOCIATIONS = [
    'NONE',
    'CONTRIBUTOR',
    'FIRST_TIMER',
    'FIRST_TIME_CONTRIBUTOR',
    'MANNEQUIN'
];
const shaped = (...shapes) => ({ values: [], unknown: true, shapes });
/** A pull request's merge ref: `refs/pull/<n>/merge`, `<n>/merge`. */
const MERGE_REF = shaped({ prefix: 'refs/pull/', middle: 'digits', suffix: '/merge' });
const MERGE_REF_NAME = shaped({ prefix: '', middle: 'digits', suffix: '/merge' });
/** A branch name nobody filtered: not empty, otherwise anything. */
const ANY_BRANCH = shaped({ prefix: '', middle: 'some', suffix: '' });
/**
 * The names a `branches:` filter lets through: its literal names and the shapes of its simple
 * patterns. Exclusions (`!x`) only remove names and are left out (more names, never fewer); a
 * pattern that is not modelled makes the name unknown.
 */
function branchesOf(patterns) {
    const positive = patterns.filter(p => !p.startsWith('!'));
    if (positive.length === 0)
        return ANY_BRANCH;
    const names = [];
    const shapes = [];
    for (const pattern of positive) {
        const shape = (0,_workflow_string_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .shapeOfBranchPattern */ .pP)(pattern);
        if (shape === null)
            return _workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN */ .HV;
        if (typeof shape === 'string')
            names.push(shape);
        else
            shapes.push(shape);
    }
    return shapes.length > 0 ? { values: names, unknown: true, shapes } : (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)(...names);
}
/** Facts every pull request event shares: its activity and its base branch. */
function pullRequestBasics(trigger) {
    const types = trigger && trigger.types.length > 0 ? trigger.types : DEFAULT_PR_TYPES;
    const base = branchesOf(trigger?.branches ?? []);
    return {
        'github.event.action': (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)(...types),
        'github.base_ref': base,
        'github.event.pull_request.base.ref': base,
        'github.head_ref': ANY_BRANCH,
        'github.event.pull_request.head.ref': ANY_BRANCH,
        // Only a maintainer can merge: runs of a merged pull request run reviewed code, and the
        // author can always cause runs that are not (open, push, close unmerged).
        'github.event.pull_request.merged': (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)(false),
        // Without a `labeled`/`unlabeled` type the payload has no label.
        ...(types.some(t => t === 'labeled' || t === 'unlabeled')
            ? {}
            : { 'github.event.label.name': (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)(null) })
    };
}
/**
 * A run for a pull request that someone else controls: opened from a fork (`pull_request_target`,
 * `workflow_run`), or a comment by someone with no role in the repository (comment events).
 */
function forkPullRequest(event, trigger) {
    const facts = {
        'github.event_name': (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)(event),
        'github.repository': (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)(THIS_REPO),
        'github.event.pull_request.head.repo.full_name': (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)(FORK_REPO),
        'github.event.pull_request.head.repo.fork': (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)(true),
        'github.event.pull_request.head.repo.owner.login': (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)('attacker'),
        'github.repository_owner': (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)('owner'),
        // workflow_run started by a fork's pull request:
        'github.event.workflow_run.event': (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)('pull_request'),
        'github.event.workflow_run.head_repository.full_name': (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)(FORK_REPO),
        'github.event.workflow_run.head_repository.fork': (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)(true),
        'github.event.workflow_run.head_repository.owner.login': (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)('attacker')
    };
    if (event === 'pull_request_target')
        Object.assign(facts, pullRequestBasics(trigger));
    if (COMMENT_EVENTS.includes(event)) {
        const outsider = (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)(...OUTSIDER_ASSOCIATIONS);
        Object.assign(facts, {
            'github.event.comment.author_association': outsider,
            'github.event.comment.user.login': (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)('attacker'),
            'github.event.sender.login': (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)('attacker'),
            'github.actor': (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)('attacker'),
            'github.triggering_actor': (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)('attacker')
        });
    }
    return facts;
}
/**
 * A `pull_request` run for a branch of this repository that is not merged yet: the run that puts
 * unreviewed code next to the secrets (forks get none). `trigger` is the workflow's
 * `pull_request` trigger, whose types and branch filters narrow the facts.
 */
function samePullRequest(event, trigger) {
    const facts = { 'github.event_name': (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)(event) };
    if (event !== 'pull_request')
        return facts;
    return {
        ...facts,
        ...pullRequestBasics(trigger),
        'github.ref': MERGE_REF,
        'github.ref_name': MERGE_REF_NAME,
        'github.repository': (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)(THIS_REPO),
        'github.repository_owner': (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)('owner'),
        'github.event.pull_request.head.repo.full_name': (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)(THIS_REPO),
        'github.event.pull_request.head.repo.fork': (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)(false),
        'github.event.pull_request.head.repo.owner.login': (0,_workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)('owner')
    };
}
/** False only when the condition is certainly false under these facts. */
function mayRun(condition, facts) {
    return (0,_workflow_run_condition_js__WEBPACK_IMPORTED_MODULE_1__/* .mayHold */ .B)(condition, path => {
        const key = path.join('.').toLowerCase();
        return Object.hasOwn(facts, key) ? (facts[key] ?? _workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN */ .HV) : _workflow_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN */ .HV;
    });
}
/**
 * An `if:` that calls a status function gets no implied `success() &&`, so it may run whatever its
 * needed jobs did (`success() || inputs.force` runs when a needed job was skipped).
 */
const STATUS_FUNCTION = /\b(?:always|success|failure|cancelled)\s*\(/i;
/**
 * The ids of the jobs that may run under these facts. A job's `if:` must be able to hold, and
 * unless it calls a status function, so must every job it needs: GitHub skips a job whose needed
 * job was skipped (the implied `success()`).
 */
function runnableJobs(jobs, facts) {
    const byId = new Map(jobs.map(job => [job.id, job]));
    const known = new Map();
    const runs = (id, stack) => {
        const kept = known.get(id);
        if (kept !== undefined)
            return kept;
        const job = byId.get(id);
        // An unknown or circular dependency: GitHub rejects the workflow; keep the job in.
        if (!job || stack.includes(id))
            return true;
        let answer = mayRun(job.if, facts);
        if (answer && !STATUS_FUNCTION.test(job.if ?? '')) {
            answer = job.needs.every(need => runs(need, [...stack, id]));
        }
        known.set(id, answer);
        return answer;
    };
    return new Set(jobs.filter(job => runs(job.id, [])).map(job => job.id));
}
/** A job or composite action without the steps that never run and the secret references in them. */
function withRunningSteps(owner) {
    const steps = owner.steps.filter(step => !(0,_workflow_run_condition_js__WEBPACK_IMPORTED_MODULE_1__/* .neverRuns */ .Z)(step.if));
    if (steps.length === owner.steps.length)
        return owner;
    const kept = new Set(steps.map(step => step.index));
    const secretRefs = owner.secretRefs.filter(r => r.stepIndex === null || kept.has(r.stepIndex));
    return { ...owner, steps, secretRefs };
}
/**
 * The part of a workflow that may run at all, as the rules about run time see it: without the
 * jobs and steps that never run (their `if:` never holds, or a job they need never runs).
 * `secretRefs` stays every reference in the file: which secrets the repository has and uses as
 * Fly tokens is what is committed.
 */
function runningPart(workflow) {
    const runnable = runnableJobs(workflow.jobs, {});
    const jobs = workflow.jobs.filter(job => runnable.has(job.id)).map(withRunningSteps);
    return { ...workflow, jobs };
}


/***/ }),

/***/ 1766:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ scannedWorkflow)
/* harmony export */ });
/* unused harmony export needsOnDemand */
/* harmony import */ var _workflow_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4541);
/* harmony import */ var _conditions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9963);
// What the per-workflow scan rules look at: workflows (parsed, with what each job needs from its
// Fly token) and composite actions. The scan's two phases fill it: `digestWorkflow` with one
// workflow, `checkRepositoryDigests` with the actions.


/**
 * What each job of a workflow needs from its Fly token, inferred when a rule asks for it (most
 * jobs hold no Fly secret, and no rule asks for theirs). Never throws: a job whose inference
 * fails has none.
 */
function needsOnDemand(workflow, repo) {
    const lookup = (0,_workflow_index_js__WEBPACK_IMPORTED_MODULE_0__.workflowNeedsOnDemand)(workflow, repo);
    return {
        get(jobId) {
            try {
                return lookup.get(jobId);
            }
            catch {
                return undefined;
            }
        }
    };
}
/** A parsed workflow as the rules see it: the part that may run, and what each job needs. */
function scannedWorkflow(parsed, repo) {
    return { workflow: (0,_conditions_js__WEBPACK_IMPORTED_MODULE_1__/* .runningPart */ .B)(parsed), needs: needsOnDemand(parsed, repo) };
}


/***/ }),

/***/ 4237:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ digestWorkflow)
/* harmony export */ });
/* harmony import */ var _workflow_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4541);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1766);
/* harmony import */ var _fly_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9336);
/* harmony import */ var _no_environment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1742);
/* harmony import */ var _pull_request_exposure_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(998);
/* harmony import */ var _rule_list_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2074);
/* harmony import */ var _secrets_inherit_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9746);
/* harmony import */ var _shared_token_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(643);
/* harmony import */ var _untrusted_trigger_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5716);









function attempt(ruleId, produce) {
    try {
        return { ok: true, value: produce() };
    }
    catch (error) {
        return { ok: false, error: (0,_rule_list_js__WEBPACK_IMPORTED_MODULE_5__/* .ruleFailure */ .XK)(ruleId, error) };
    }
}
/**
 * Parses one workflow, infers what its jobs need, runs every check that needs only this file,
 * and returns the plain-data digest. Pure, and never throws on workflow content.
 */
function digestWorkflow(input) {
    const parsed = (0,_workflow_index_js__WEBPACK_IMPORTED_MODULE_0__.parseWorkflowFile)(input.path, input.text);
    const scanned = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .scannedWorkflow */ .U)(parsed, input.repo);
    const { workflow, needs } = scanned;
    const flyNotes = (0,_fly_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .flyNotesOf */ .I6)(parsed);
    const assumed = new Set();
    const fly = (0,_fly_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .provisionalFlySecrets */ .lz)([...(input.knownFly ?? []), ...flyNotes], assumed);
    const context = {
        workflows: [scanned],
        actions: [],
        fly
    };
    const rules = {};
    for (const rule of _rule_list_js__WEBPACK_IMPORTED_MODULE_5__/* .perWorkflowRules */ .Se.values()) {
        rules[rule.id] = attempt(rule.id, () => rule.check(context));
    }
    const untrusted = attempt(_untrusted_trigger_js__WEBPACK_IMPORTED_MODULE_8__/* .untrustedTrigger */ .p1.id, () => (0,_untrusted_trigger_js__WEBPACK_IMPORTED_MODULE_8__/* .untrustedSummary */ .l3)(workflow, fly, input.everyJob === true));
    const shared = attempt(_shared_token_js__WEBPACK_IMPORTED_MODULE_7__/* .sharedToken */ .Ji.id, () => (0,_shared_token_js__WEBPACK_IMPORTED_MODULE_7__/* .sharedTokenUses */ .Ns)(workflow, needs, fly));
    const inherit = attempt(_secrets_inherit_js__WEBPACK_IMPORTED_MODULE_6__/* .secretsInherit */ .t2.id, () => (0,_secrets_inherit_js__WEBPACK_IMPORTED_MODULE_6__/* .inheritSummary */ .mI)(workflow, fly));
    const exposure = attempt(_pull_request_exposure_js__WEBPACK_IMPORTED_MODULE_4__/* .pullRequestExposure */ .ar.id, () => (0,_pull_request_exposure_js__WEBPACK_IMPORTED_MODULE_4__/* .prExposureSummary */ .Gz)(workflow, fly));
    for (const job of parsed.jobs)
        (0,_workflow_index_js__WEBPACK_IMPORTED_MODULE_0__.forgetScriptParses)(job.steps);
    return {
        path: workflow.path,
        flyNotes: flyNotes.map(([name, reason]) => [name, reason]),
        assumedNotFly: [...assumed],
        rules,
        untrustedTrigger: untrusted,
        sharedToken: shared,
        secretsInherit: inherit,
        secretsRead: (0,_no_environment_js__WEBPACK_IMPORTED_MODULE_3__/* .secretNamesReadBy */ .CB)(workflow),
        pullRequestExposure: exposure
    };
}


/***/ }),

/***/ 9336:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ jobFlyRefs),
/* harmony export */   CX: () => (/* binding */ FLY_TOKEN_VARIABLES),
/* harmony export */   I6: () => (/* binding */ flyNotesOf),
/* harmony export */   UC: () => (/* binding */ listRefNames),
/* harmony export */   XG: () => (/* binding */ secretNames),
/* harmony export */   Zv: () => (/* binding */ listNames),
/* harmony export */   _f: () => (/* binding */ workflowEnvFlyRefs),
/* harmony export */   lz: () => (/* binding */ provisionalFlySecrets),
/* harmony export */   mi: () => (/* binding */ isFlyTokenName),
/* harmony export */   tl: () => (/* binding */ reachableFlyRefs),
/* harmony export */   xX: () => (/* binding */ flySecretsFrom)
/* harmony export */ });
/* unused harmony export indexFlySecrets */
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(642);

/** The variables flyctl reads its token from. */
const FLY_TOKEN_VARIABLES = new Set([
    'FLY_API_TOKEN',
    'FLY_ACCESS_TOKEN'
]);
/** Owners whose actions are Fly's own. */
const FLY_ACTION_OWNERS = new Set(['superfly']);
/** `FLY_API_TOKEN`, `FLY_PREVIEW_TOKEN`, `PROD_FLY_TOKEN`, `FLYCTL_CI_TOKEN`, `FLYIO_TOKEN`... */
function isFlyTokenName(name) {
    const upper = name.toUpperCase().replace(/-/g, '_');
    return /(^|_)FLY(CTL|IO)?(_|$)/.test(upper) && /TOKEN/.test(upper);
}
function normalizedKey(key) {
    return (key ?? '').toUpperCase().replace(/-/g, '_');
}
/** How a reference is used, when that use alone says it is a Fly token; null otherwise. */
function flyUseOf(ref) {
    const flow = ref.flow;
    const key = normalizedKey(flow.key);
    if (flow.kind === 'env' || flow.kind === 'secrets') {
        if (FLY_TOKEN_VARIABLES.has(key))
            return `given to flyctl as ${key}`;
        if (flow.kind === 'secrets' && isFlyTokenName(key))
            return `passed on as ${key}`;
    }
    if (flow.kind === 'with') {
        const owner = (flow.uses ?? '').split('/')[0]?.toLowerCase() ?? '';
        if (FLY_ACTION_OWNERS.has(owner) && /TOKEN/.test(key))
            return `given to ${flow.uses}`;
        if (owner === 'fly-token-guard' && key === 'TOKEN')
            return `checked by ${flow.uses}`;
        if (FLY_TOKEN_VARIABLES.has(key) || isFlyTokenName(key))
            return `passed as ${flow.key}`;
    }
    if (flow.kind === 'run') {
        const flag = (flow.flag ?? '').replace(/=.*$/, '');
        if (flow.fly && (flag === '-t' || flag === '--access-token')) {
            return `given to flyctl as ${flag}`;
        }
        if (flow.variable !== null && FLY_TOKEN_VARIABLES.has(flow.variable)) {
            return `assigned to ${flow.variable}`;
        }
    }
    return null;
}
/** `FLY_API_TOKEN=${{ secrets.X }}` written in a script (export, GITHUB_ENV line, prefix). */
const SCRIPT_ASSIGNMENT = /\bFLY_(?:API|ACCESS)_TOKEN\s*=\s*["']?\$\{\{\s*secrets\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}/g;
/** What one workflow adds to the index, in the order found (a name may come more than once). */
function flyNotesOf(workflow) {
    const notes = [];
    for (const ref of workflow.secretRefs) {
        if (ref.name === null)
            continue;
        if (isFlyTokenName(ref.name))
            notes.push([ref.name, 'named like a Fly token']);
        const use = flyUseOf(ref);
        if (use !== null)
            notes.push([ref.name, use]);
    }
    for (const job of workflow.jobs) {
        for (const step of job.steps) {
            // Every match holds `FLY_`: most scripts are passed over without running the pattern.
            if (!step.run?.text.includes('FLY_'))
                continue;
            for (const match of step.run.text.matchAll(SCRIPT_ASSIGNMENT)) {
                if (match[1])
                    notes.push([match[1], 'assigned to FLY_API_TOKEN in a script']);
            }
        }
    }
    return notes;
}
/** The first reason per name, in the order the notes come. */
function firstReasons(notes) {
    const names = new Map();
    for (const [name, reason] of notes)
        if (!names.has(name))
            names.set(name, reason);
    return names;
}
function flySecretsOver(names) {
    const reasonFor = (ref) => {
        if (ref.name !== null) {
            const known = names.get(ref.name);
            if (known !== undefined)
                return known;
            return isFlyTokenName(ref.name) ? 'named like a Fly token' : null;
        }
        return flyUseOf(ref);
    };
    return { names, reasonFor, isFlyRef: ref => reasonFor(ref) !== null };
}
/** The index over notes gathered workflow by workflow, in path order (the first reason wins). */
function flySecretsFrom(notes) {
    return flySecretsOver(firstReasons(notes));
}
function indexFlySecrets(workflows) {
    return flySecretsFrom(workflows.flatMap(flyNotesOf));
}
/** A name map that reports every name it is asked about and does not hold. */
class AskedNames extends Map {
    miss = () => undefined;
    has(name) {
        const found = super.has(name);
        if (!found)
            this.miss(name);
        return found;
    }
    get(name) {
        const found = super.get(name);
        if (found === undefined)
            this.miss(name);
        return found;
    }
}
/**
 * The index as one workflow sees it before the others are read: its own notes (plus any names
 * already known to be Fly tokens). Every secret it answers "not a Fly token" for, without the
 * name saying so, goes into `assumedNotFly`: the answer is only right if no other workflow of
 * the repository uses that secret as a Fly token.
 */
function provisionalFlySecrets(notes, assumedNotFly) {
    const names = new AskedNames(firstReasons(notes));
    names.miss = name => {
        if (!isFlyTokenName(name))
            assumedNotFly.add(name);
    };
    return flySecretsOver(names);
}
/** Fly references in the workflow-level `env:` (visible to every job with steps). */
function workflowEnvFlyRefs(workflow, fly) {
    return workflow.secretRefs.filter(r => r.jobId === null && r.flow.scope === 'workflow' && r.flow.kind === 'env' && fly.isFlyRef(r));
}
/** Fly references written inside a job (its env, steps, container, reusable-workflow call). */
function jobFlyRefs(job, fly) {
    return job.secretRefs.filter(r => fly.isFlyRef(r));
}
/**
 * The Fly references a job's steps can reach: its own plus the workflow-level env. A job that
 * calls a reusable workflow gets no workflow env, only what it passes explicitly.
 */
function reachableFlyRefs(workflow, job, fly) {
    const own = jobFlyRefs(job, fly);
    if (job.uses)
        return own;
    return [...workflowEnvFlyRefs(workflow, fly), ...own];
}
/** Distinct secret names of some references (dynamic references shown by their expression). */
function secretNames(refs) {
    return [...new Set(refs.map(r => r.name ?? r.expression))];
}
/** `A`, `A and B`, `A, B and C`, each in backticks. */
function listNames(names) {
    return (0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .andList */ .cM)(names.map(n => `\`${n}\``));
}
/** The distinct names of some references, listed as `listNames` does. */
function listRefNames(refs) {
    return listNames([...new Set(refs.map(r => r.name))]);
}


/***/ }),

/***/ 1661:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ hardcodedTokenFindings),
/* harmony export */   e: () => (/* binding */ hardcodedToken)
/* harmony export */ });
/* harmony import */ var _workflow_script_sources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3037);
/* harmony import */ var _token_access_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(439);
/* harmony import */ var _token_literals_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2965);



function grants(inspection) {
    const parts = [];
    if (inspection.orgIds.length > 0) {
        parts.push(`organization${inspection.orgIds.length === 1 ? '' : 's'} ${inspection.orgIds.join(', ')}`);
    }
    if (inspection.appIds.length > 0) {
        parts.push(`app${inspection.appIds.length === 1 ? '' : 's'} ${inspection.appIds.join(', ')}`);
    }
    return parts.length > 0 ? ` for ${parts.join(', ')}` : '';
}
function expiry(inspection, now) {
    if (inspection.kind === 'personal' && inspection.userTokenCount > 0) {
        return { text: 'it works until its user logs out or revokes it', expired: false };
    }
    if (inspection.expiresAt === null)
        return { text: 'it never expires', expired: false };
    const expired = Date.parse(inspection.expiresAt) <= now.getTime();
    const day = inspection.expiresAt.slice(0, 10);
    return { text: expired ? `it expired on ${day}` : `it is valid until ${day}`, expired };
}
/**
 * Revoke a live token (an expired one is dead already), then keep a new one in a secret. A file
 * belongs to no job, so the secret is stored without `--env`.
 */
function fixFor(inspection, expired) {
    const appScoped = ['deploy', 'ssh', 'machine-exec'].includes(inspection.kind);
    const revoke = expired
        ? []
        : inspection.kind === 'personal'
            ? ['fly auth logout']
            : [
                appScoped ? 'fly tokens list -a <APP>' : 'fly tokens list --org <ORG>',
                'fly tokens revoke <TOKEN_ID>'
            ];
    return {
        summary: expired
            ? 'Remove the token from the file; it has expired, so there is nothing to revoke. Mint a new one and keep it in a GitHub secret.'
            : 'Revoke the token now (deleting the file does not help: it stays in the history, forks and clones), then mint a new one and keep it in a GitHub secret.',
        commands: [
            ...revoke,
            `fly tokens create deploy -a <APP> -x 2160h | gh secret set FLY_API_TOKEN`
        ]
    };
}
/** How each non-plain form is described in the message. */
const FORM_TEXT = {
    body: 'without its label',
    'url-encoded': 'URL-encoded',
    base64: 'base64-encoded'
};
/** How the literal is written, when that is not plain: " (wrapped across lines, URL-encoded)". */
function writtenAs(literal) {
    const parts = [];
    if (literal.wrapped)
        parts.push('wrapped across lines');
    const form = FORM_TEXT[literal.form];
    if (form !== undefined)
        parts.push(form);
    return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}
/**
 * The rule over one text file: what the scan runs on each file as it reads it. `found` hears the
 * text of each token (for the scrub), never a message.
 */
function hardcodedTokenFindings(file, now, found) {
    const literals = (0,_token_literals_js__WEBPACK_IMPORTED_MODULE_1__/* .findTokenLiterals */ .N)(file.text);
    if (literals.length === 0)
        return [];
    const findings = [];
    const source = (0,_workflow_script_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .wholeFileSource */ .f)(file.path, file.text);
    for (const literal of literals) {
        found?.(literal.token);
        const inspection = literal.inspection;
        const when = expiry(inspection, now);
        const undischarged = inspection.problems.some(p => p.code === 'missing-discharge');
        const severity = when.expired ? 'medium' : undischarged ? 'high' : 'critical';
        const what = literal.shape === 'legacy'
            ? 'legacy personal token (everything its user can do, in every organization)'
            : (0,_token_access_js__WEBPACK_IMPORTED_MODULE_0__/* .describeToken */ .dE)(inspection);
        findings.push({
            rule: 'hardcoded-token',
            severity,
            message: `A Fly ${what}${grants(inspection)} is committed in this file${writtenAs(literal)}; ${when.text}. ` +
                (when.expired
                    ? 'It no longer works, but it shows where tokens end up: remove it and check its siblings.'
                    : undischarged
                        ? 'Its discharge is not next to it, so it cannot be used on its own; whoever has the discharge (a log, another file) can complete it. Revoke it.'
                        : 'Anyone who can read the repository, a fork, a clone or its history can use it until it is revoked.'),
            location: source.locate(literal.start, literal.end),
            fix: fixFor(inspection, when.expired)
        });
    }
    return findings;
}
const hardcodedToken = {
    id: 'hardcoded-token',
    defaultSeverity: 'critical',
    title: 'Fly token committed to the repository',
    help: 'A Fly token written into a file of the repository can be used by anyone who can read the ' +
        'repository, its forks, clones or history, until it is revoked. It is decoded offline to ' +
        'say what it grants; the finding never quotes it. Revoke it, mint a new one and keep that ' +
        'in a GitHub secret.'
};


/***/ }),

/***/ 7397:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SV: () => (/* reexport */ IGNORE_FILE),
  wI: () => (/* reexport */ applyIgnores),
  aS: () => (/* reexport */ inlineDirectiveLines),
  a0: () => (/* reexport */ parseIgnoreFile),
  XK: () => (/* reexport */ rule_list/* ruleFailure */.XK),
  j_: () => (/* reexport */ rule_list/* scanRules */.j_)
});

// UNUSED EXPORTS: findTokenLiterals, globToRegExp, isFlyTokenName, isIgnoredInline, looksLikePlaceholder

// EXTERNAL MODULE: ./lib/rules/scan/rule-list.js + 7 modules
var rule_list = __webpack_require__(2074);
// EXTERNAL MODULE: ./lib/rules/scan/context.js
var context = __webpack_require__(1766);
// EXTERNAL MODULE: ./lib/rules/scan/fly-secrets.js
var fly_secrets = __webpack_require__(9336);
// EXTERNAL MODULE: ./lib/token/scrub.js
var scrub = __webpack_require__(8094);
;// CONCATENATED MODULE: ./lib/rules/scan/ignore.js
// Silencing findings on purpose. Two ways, both explicit and reviewable in the repository:
//
// 1. `.fly-token-guard-ignore` at the repository root, one pattern per line, gitignore-like:
//      examples/tokens/**            hardcoded-token
//      legacy/*.yml                  no-environment, pull-request-exposure
//      docs/                         # every rule
//    A pattern without `/` matches a file or directory name at any depth; with a `/` it is
//    anchored at the root (a leading `/` is dropped). `*` and `?` stay within one path segment,
//    `**` spans any number of them, and a trailing `/` (or `/**`) covers everything below. The
//    optional rule ids after the pattern (spaces or commas) limit it to those rules. `#` starts a
//    comment; `!` negation is not supported (a line starting with it is reported as invalid).
// 2. `fly-token-guard: ignore[rule-id, other-id]` in a comment on the finding's line, or alone
//    on the line just above it; `fly-token-guard: ignore` without a list silences every rule.

const IGNORE_FILE = '.fly-token-guard-ignore';
const RULE_ID = /^[a-z][a-z0-9-]*$/;
function ignore_escape(text) {
    return text.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}
/** A gitignore-style glob as a regular expression over repo-relative paths. */
function globToRegExp(glob) {
    let pattern = glob.trim();
    const directory = pattern.endsWith('/');
    pattern = pattern.replace(/\/+$/, '');
    const anchored = pattern.includes('/');
    pattern = pattern.replace(/^\/+/, '');
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern.charAt(i);
        if (ch === '*') {
            if (pattern.charAt(i + 1) === '*') {
                const slashAfter = pattern.charAt(i + 2) === '/';
                const atSegmentStart = i === 0 || pattern.charAt(i - 1) === '/';
                if (atSegmentStart && slashAfter) {
                    source += '(?:.*/)?';
                    i += 2;
                }
                else {
                    source += '.*';
                    i += 1;
                }
            }
            else {
                source += '[^/]*';
            }
        }
        else if (ch === '?') {
            source += '[^/]';
        }
        else {
            source += ignore_escape(ch);
        }
    }
    const prefix = anchored ? '^' : '^(?:.*/)?';
    // A match on a directory covers everything below it; a file pattern matches the file itself.
    const suffix = directory ? '/.*$' : '(?:/.*)?$';
    return new RegExp(prefix + source + suffix);
}
function parseIgnoreFile(text) {
    const entries = [];
    const problems = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (line === '')
            return;
        const [pattern = '', ...rest] = line.split(/[\s,]+/).filter(w => w !== '');
        if (pattern.startsWith('!')) {
            problems.push(`${IGNORE_FILE}:${index + 1}: negated patterns (\`!\`) are not supported`);
            return;
        }
        const bad = rest.filter(r => !RULE_ID.test(r));
        if (bad.length > 0) {
            problems.push(`${IGNORE_FILE}:${index + 1}: not a rule id: ${bad.map(b => `\`${(0,scrub/* quotable */.E7)(b, 40)}\``).join(', ')}`);
            return;
        }
        entries.push({ pattern, rules: rest, line: index + 1, matcher: globToRegExp(pattern) });
    });
    return { entries, problems };
}
/** Whether the ignore file silences `rule` for `path`. */
function isIgnoredPath(ignore, path, rule) {
    return ignore.entries.some(e => (e.rules.length === 0 || e.rules.includes(rule)) && e.matcher.test(path));
}
const INLINE = /fly-token-guard:\s*ignore(?:\[([^\]]*)\])?/;
/** Rules an inline directive on this line names: `null` for none, `[]` for every rule. */
function inlineRules(line) {
    if (line === undefined)
        return null;
    const match = INLINE.exec(line);
    if (!match)
        return null;
    return (match[1] ?? '')
        .split(/[\s,]+/)
        .map(r => r.trim())
        .filter(r => r !== '');
}
/**
 * The lines of a text that hold an inline directive, at their index (`text.split(/\r?\n/)`), the
 * other lines left out: all `isIgnoredInline` reads. Taken while a file is read, so that files
 * with findings need not be kept or read again; undefined when the text holds no directive.
 */
function inlineDirectiveLines(text) {
    if (!text.includes('fly-token-guard:'))
        return undefined;
    const kept = [];
    let found = false;
    text.split(/\r?\n/).forEach((line, index) => {
        if (!INLINE.test(line))
            return;
        // A copy: a line is a slice of the text and would keep all of it alive.
        kept[index] = line.split('').join('');
        found = true;
    });
    return found ? kept : undefined;
}
/** A line that holds nothing but a comment (`#`, `//`, `<!--`, `;`, `--`). */
function commentOnly(line) {
    return /^\s*(#|\/\/|<!--|;|--|\/\*|\*)/.test(line);
}
/** Whether an inline directive on the finding's line (or just above it) silences it. */
function isIgnoredInline(lines, line, rule) {
    const same = inlineRules(lines[line - 1]);
    const above = lines[line - 2];
    const previous = above !== undefined && commentOnly(above) ? inlineRules(above) : null;
    return [same, previous].some(rules => rules !== null && (rules.length === 0 || rules.includes(rule)));
}
/**
 * Splits findings into kept and ignored. `lines` gives a file's lines (undefined when the text is
 * not at hand: only the ignore file applies then).
 */
function applyIgnores(findings, ignore, lines) {
    const kept = [];
    const ignored = [];
    for (const finding of findings) {
        const location = finding.location;
        const silenced = location !== undefined &&
            (isIgnoredPath(ignore, location.file, finding.rule) ||
                isIgnoredInline(lines(location.file) ?? [], location.line, finding.rule));
        (silenced ? ignored : kept).push(finding);
    }
    return { kept, ignored };
}

// EXTERNAL MODULE: ./lib/rules/scan/token-literals.js
var token_literals = __webpack_require__(2965);
// EXTERNAL MODULE: ./lib/rules/scan/digest.js
var digest = __webpack_require__(4237);
;// CONCATENATED MODULE: ./lib/rules/scan/index.js
// The scan rules, in the order their findings are reported, and what the scan engine and the
// reports need from them. The scan itself runs in two phases: `digestWorkflow` (digest.ts) per
// workflow, then `checkRepositoryDigests` (repository.ts).








/***/ }),

/***/ 1742:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ secretNamesReadBy),
/* harmony export */   De: () => (/* binding */ noEnvironment),
/* harmony export */   Z1: () => (/* binding */ keepSecretsReadElsewhere)
/* harmony export */ });
/* unused harmony exports ANY_SECRET, noEnvironmentFix */
/* harmony import */ var _fly_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9336);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4060);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(642);



/** Stands for the environment the user adds: this job has none, so no name can be read. */
const ENVIRONMENT_PLACEHOLDER = '<ENVIRONMENT>';
/** Names any secret: `secrets: inherit` or `secrets[...]` computed at run time. */
const ANY_SECRET = '*';
/**
 * The secrets a workflow reads, each with the job reading it (null: workflow level, every job).
 * `ANY_SECRET` stands for a reference that may read any secret.
 */
function secretsReadBy(workflow) {
    const reads = workflow.secretRefs.map(ref => [
        ref.name ?? ANY_SECRET,
        ref.jobId
    ]);
    for (const job of workflow.jobs)
        if (job.secrets?.inherit)
            reads.push([ANY_SECRET, job.id]);
    return reads;
}
/** The names of the secrets a workflow reads (`ANY_SECRET`: maybe any). */
function secretNamesReadBy(workflow) {
    return [...new Set(secretsReadBy(workflow).map(([name]) => name))];
}
/** Whether a job of `workflow` other than `job` reads the secret. */
function readByAnotherJob(name, workflow, job) {
    return secretsReadBy(workflow).some(([read, jobId]) => (read === name || read === ANY_SECRET) && jobId !== job.id);
}
/**
 * The rule sees one workflow at a time: its fix deletes the repository secret when no other job
 * there reads it. Another workflow reading it too makes that delete a breakage: drop it. Run over
 * the rule's findings once every workflow is known.
 */
const SET = 'gh secret set ';
const DELETE = 'gh secret delete ';
function keepSecretsReadElsewhere(findings, workflows) {
    // Which workflows read each name, built once: a finding per workflow times every workflow
    // would be quadratic in a repository of thousands of workflows.
    const readers = new Map();
    for (const w of workflows) {
        for (const name of w.secretsRead) {
            const paths = readers.get(name) ?? new Set();
            paths.add(w.path);
            readers.set(name, paths);
        }
    }
    const readOutside = (name, file) => {
        const paths = readers.get(name);
        return paths !== undefined && paths.size > (file !== undefined && paths.has(file) ? 1 : 0);
    };
    findings.forEach((finding, i) => {
        const commands = finding.fix?.commands ?? [];
        if (finding.rule !== 'no-environment')
            return;
        const names = commands
            .filter(c => c.startsWith(SET))
            .map(c => c.slice(SET.length).split(' ')[0] ?? '');
        const deletes = commands.filter(c => c.startsWith(DELETE)).map(c => c.slice(DELETE.length));
        const file = finding.location?.file;
        const kept = deletes.filter(name => readOutside(name, file) || readOutside(ANY_SECRET, file));
        if (kept.length === 0)
            return;
        const deletable = new Set(deletes.filter(name => !kept.includes(name)));
        findings[i] = { ...finding, fix: noEnvironmentFix(names, deletable) };
    });
}
/** What happens to the repository secrets once the environment holds the tokens. */
function repositorySecretsClause(names, deletable) {
    const deleted = names.filter(n => deletable.has(n));
    const kept = names.filter(n => !deletable.has(n));
    const secrets = (count) => (count === 1 ? 'secret' : 'secrets');
    const keep = (count) => `until no other job reads ${count === 1 ? 'it' : 'them'}: other jobs in this repository still do.`;
    if (kept.length === 0)
        return `then delete the repository ${secrets(names.length)}, which no other job reads.`;
    if (deleted.length === 0)
        return `keep the repository ${secrets(names.length)} ${keep(names.length)}`;
    return (`then delete the repository ${secrets(deleted.length)} ${(0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .andList */ .cM)(deleted)}, which no other ` +
        `job reads; keep ${(0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .andList */ .cM)(kept)} ${keep(kept.length)}`);
}
/**
 * Store each token in an environment; delete a repository secret only when no other job of the
 * repository reads it (deleting it would break them).
 */
function noEnvironmentFix(names, deletable) {
    const store = names.length === 1
        ? `the token as that environment's ${names[0]} secret`
        : `the tokens as that environment's ${(0,_words_js__WEBPACK_IMPORTED_MODULE_2__/* .andList */ .cM)([...names])} secrets`;
    return {
        summary: `Add \`environment: ${ENVIRONMENT_PLACEHOLDER}\` to this job (an environment with required reviewers or deployment branch rules), store ${store} (\`gh secret set\` asks for the value); ` +
            repositorySecretsClause(names, deletable) +
            ` Replace ${ENVIRONMENT_PLACEHOLDER} with the environment's name.`,
        commands: [
            ...names.map(name => `${SET}${name} --env ${ENVIRONMENT_PLACEHOLDER}`),
            ...names.filter(name => deletable.has(name)).map(name => `${DELETE}${name}`)
        ]
    };
}
const noEnvironment = {
    id: 'no-environment',
    defaultSeverity: 'low',
    title: 'Job using a Fly secret has no environment',
    help: 'A job without `environment:` can only read repository or organization secrets, which every ' +
        'workflow on every branch can read too. Store the Fly token as an environment secret and ' +
        'name the environment in the job: then required reviewers and deployment branch rules ' +
        'decide which runs get it.',
    check(context) {
        const findings = [];
        for (const { workflow } of context.workflows) {
            for (const job of workflow.jobs) {
                // A job calling a reusable workflow cannot declare an environment; its callee's jobs can.
                if (job.uses !== null || job.environment !== null)
                    continue;
                const refs = (0,_fly_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .reachableFlyRefs */ .tl)(workflow, job, context.fly);
                if (refs.length === 0)
                    continue;
                const shown = (0,_fly_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .secretNames */ .XG)(refs);
                const valid = shown.filter(n => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
                const names = valid.length > 0 ? valid : ['FLY_API_TOKEN'];
                const one = shown.length === 1;
                findings.push({
                    rule: 'no-environment',
                    severity: 'low',
                    message: `Job ${(0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .jobLabel */ .OP)(job)} uses Fly ${one ? 'secret' : 'secrets'} ${(0,_fly_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .listNames */ .Zv)(shown)} ` +
                        `without an \`environment:\`, so ${one ? 'the secret is a repository secret' : 'they are repository secrets'}: ` +
                        `every workflow on every branch can read ${one ? 'it' : 'them'}, with no reviewers or branch rules in between.`,
                    location: job.idLocation,
                    fix: noEnvironmentFix(names, new Set(names.filter(n => !readByAnotherJob(n, workflow, job))))
                });
            }
        }
        return findings;
    }
};


/***/ }),

/***/ 998:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EL: () => (/* binding */ prExposureFindings),
/* harmony export */   Gz: () => (/* binding */ prExposureSummary),
/* harmony export */   ar: () => (/* binding */ pullRequestExposure)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3042);
/* harmony import */ var _conditions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9963);
/* harmony import */ var _fly_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9336);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4060);




/** What the rule needs from one workflow. */
function prExposureSummary(workflow, fly) {
    const trigger = workflow.triggers.find(t => t.event === 'pull_request');
    const callable = workflow.triggers.some(t => t.event === 'workflow_call');
    const summary = {
        path: workflow.path,
        pullRequest: trigger ? { types: [...trigger.types], branches: [...trigger.branches] } : null,
        onlyPullRequest: workflow.triggers.every(t => t.event === 'pull_request'),
        jobs: null
    };
    if (!trigger && !callable)
        return summary;
    summary.jobs = workflow.jobs.map(job => ({
        ...(0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .summaryJob */ .yz)(workflow, job, fly),
        passes: (job.secrets?.values ?? []).map(kv => kv.key),
        reads: [...new Set(job.secretRefs.flatMap(r => (r.name === null ? [] : [r.name])))]
    }));
    return summary;
}
/** The first job of a called workflow (or of one it calls with every secret) using Fly secrets. */
function calleeUse(summaries, calleePath, facts, stack) {
    const callee = summaries.get(calleePath);
    if (!callee?.jobs || stack.length > _shared_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_CALL_DEPTH */ .Ow || stack.includes(calleePath))
        return null;
    const runnable = (0,_conditions_js__WEBPACK_IMPORTED_MODULE_0__/* .runnableJobs */ .A3)(callee.jobs, facts);
    for (const job of callee.jobs) {
        if (!runnable.has(job.id))
            continue;
        const refs = (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .liveRefs */ .tS)(job, facts);
        if (refs.length > 0)
            return { file: callee.path, jobId: job.id, refs };
        if (job.inherit && job.calleePath !== null) {
            const deeper = calleeUse(summaries, job.calleePath, facts, [...stack, calleePath]);
            if (deeper)
                return deeper;
        }
    }
    return null;
}
const FIX = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .advice */ .v9)('Run this job on `push` (or behind an `environment:` with required reviewers), or skip the ' +
    'Fly steps on pull requests; for preview deploys use a token limited to the preview apps.');
const INHERIT_FIX = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .advice */ .v9)('Do not hand every secret to a workflow that runs for pull requests: pass only the secrets ' +
    'it needs under `secrets:`, and keep the Fly token out of runs for pull requests (deploy ' +
    'from `push`, or behind an `environment:` with required reviewers).');
/**
 * Whether a local reusable workflow called with these secrets (by the names it receives them
 * under) reads one of them in a job that may run: a job that reads one of the names, or that
 * calls further and passes anything on. Unreadable callees are assumed to.
 */
function calleeReads(summaries, calleePath, names, facts) {
    const callee = summaries.get(calleePath);
    if (!callee?.jobs)
        return true;
    const runnable = (0,_conditions_js__WEBPACK_IMPORTED_MODULE_0__/* .runnableJobs */ .A3)(callee.jobs, facts);
    return callee.jobs.some(job => runnable.has(job.id) &&
        (job.reads.some(name => names.has(name)) || job.inherit !== null || job.passes.length > 0));
}
/** The findings over every workflow's summary, in path order. */
function prExposureFindings(summaries) {
    const findings = [];
    for (const summary of (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .eachSummary */ .uQ)(summaries)) {
        if (!summary.pullRequest || !summary.jobs)
            continue;
        const facts = (0,_conditions_js__WEBPACK_IMPORTED_MODULE_0__/* .samePullRequest */ .h4)('pull_request', summary.pullRequest);
        const runs = summary.onlyPullRequest ? 'runs' : 'also runs';
        const runnable = (0,_conditions_js__WEBPACK_IMPORTED_MODULE_0__/* .runnableJobs */ .A3)(summary.jobs, facts);
        for (const job of summary.jobs) {
            if (!runnable.has(job.id))
                continue;
            const refs = (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .liveRefs */ .tS)(job, facts);
            const first = (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .inFileOrder */ .w$)(refs)[0];
            // Secrets passed to a local workflow reach only its jobs that run and read them.
            const unread = job.calleePath !== null &&
                job.inherit === null &&
                !calleeReads(summaries, job.calleePath, new Set(job.passes), facts);
            if (first && !unread) {
                const names = (0,_fly_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .listRefNames */ .UC)(refs);
                findings.push({
                    rule: 'pull-request-exposure',
                    severity: 'medium',
                    message: `Job ${(0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .jobLabel */ .OP)(job)} ${runs} on \`pull_request\` with Fly secret ${names}: the pull ` +
                        "request's code and its version of this workflow run with the token. Forks get no " +
                        'secrets, but any branch pushed to this repository does.',
                    location: first.location,
                    fix: FIX
                });
                continue;
            }
            if (!job.inherit || job.calleePath === null)
                continue;
            const use = calleeUse(summaries, job.calleePath, facts, [summary.path]);
            if (!use)
                continue;
            const at = (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .inFileOrder */ .w$)(use.refs)[0];
            const names = (0,_fly_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .listRefNames */ .UC)(use.refs);
            const line = at && at.location.file === use.file ? ` (line ${at.location.line})` : '';
            findings.push({
                rule: 'pull-request-exposure',
                severity: 'medium',
                message: `Job ${(0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .jobLabel */ .OP)(job)} ${runs} on \`pull_request\` and calls \`${job.calleePath}\` with ` +
                    `\`secrets: inherit\`; ` +
                    (use.file === job.calleePath
                        ? 'there, '
                        : `it hands every secret on to \`${use.file}\`, where `) +
                    `job ${(0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .jobLabel */ .OP)({ id: use.jobId })} uses Fly secret ${names}${line}. The called ` +
                    "workflow runs for the same pull request, with the pull request's code and its " +
                    'version of the workflows: any branch pushed to this repository gets the token.',
                location: job.inherit,
                fix: INHERIT_FIX
            });
        }
    }
    return findings;
}
const pullRequestExposure = {
    id: 'pull-request-exposure',
    defaultSeverity: 'medium',
    title: 'Fly secret used by a pull_request job',
    help: 'A job that runs on `pull_request` runs the pull request\u2019s code and its version of the ' +
        'workflow. GitHub withholds secrets from forks, but a branch pushed to this repository gets ' +
        'them: its code can read the Fly token. Keep Fly tokens in jobs that run on `push` or behind ' +
        'an `environment:` with required reviewers; preview deploys should use a token that only ' +
        'reaches the preview apps. A job that calls a local reusable workflow with `secrets: ' +
        'inherit` is followed into it.'
};


/***/ }),

/***/ 2074:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Se: () => (/* binding */ perWorkflowRules),
  XK: () => (/* binding */ ruleFailure),
  j_: () => (/* binding */ scanRules)
});

// EXTERNAL MODULE: ./lib/workflow/index.js + 3 modules
var lib_workflow = __webpack_require__(4541);
// EXTERNAL MODULE: ./lib/rules/fix.js
var fix = __webpack_require__(8960);
;// CONCATENATED MODULE: ./lib/rules/scan/fly-auth-token.js
// fly-auth-token: a script runs `fly auth token` / `flyctl auth token`. It prints the personal
// login token of whoever is logged in: full power over every organization of that person, and
// usually a sign that a personal token was put into CI to make this work.


const isAuthToken = (invocation) => invocation.path[0] === 'auth' && invocation.path[1] === 'token';
/** `environment`: the job's, when the command runs in a workflow job that names one. */
function finding(location, environment) {
    return {
        rule: 'fly-auth-token',
        severity: 'high',
        message: '`fly auth token` prints the personal login token of whoever is logged in: it can do ' +
            'everything that person can, in every organization they belong to. A CI job that can run ' +
            'it holds a personal token, and anything that reads its output gets one.',
        location,
        fix: {
            summary: 'Mint a token scoped to what the job does (a deploy token per app) and give it to flyctl as FLY_API_TOKEN; remove `fly auth token` and revoke the personal token that was stored.',
            commands: [
                `fly tokens create deploy -a <APP> -x 2160h | ${(0,fix/* storeCommand */.BZ)('FLY_API_TOKEN', environment)}`
            ]
        }
    };
}
const flyAuthToken = {
    id: 'fly-auth-token',
    defaultSeverity: 'high',
    title: 'Script calls fly auth token',
    help: '`fly auth token` prints flyctl\u2019s own login token: a personal credential with everything ' +
        'its user can do in every organization. Fly advises never to use it in CI. Use a token ' +
        'minted for the job (`fly tokens create deploy -a APP`).',
    check(context) {
        const findings = [];
        for (const { workflow } of context.workflows) {
            // By id, the first job of each (as a search of the jobs would find it).
            const jobs = new Map();
            for (const job of workflow.jobs)
                if (!jobs.has(job.id))
                    jobs.set(job.id, job);
            for (const command of (0,lib_workflow.locateFlyCommands)(workflow, isAuthToken)) {
                const job = jobs.get(command.jobId);
                findings.push(finding(command.location, job ? (0,fix/* jobEnvironment */.tw)(job) : undefined));
            }
        }
        for (const action of context.actions) {
            for (const step of action.steps) {
                const run = step.run;
                // A composite action's `run:` steps name their `shell:`.
                const script = (0,lib_workflow.stepScript)(step, [], null);
                if (!run || !script)
                    continue;
                for (const invocation of (0,lib_workflow.findFlyInvocations)(script.statements, script.text, script.commands)) {
                    if (!isAuthToken(invocation))
                        continue;
                    findings.push(finding((0,lib_workflow.locateInValue)(action.path, run.map, invocation.start, invocation.end)));
                }
            }
        }
        return findings;
    }
};

// EXTERNAL MODULE: ./lib/rules/scan/hardcoded-token.js
var hardcoded_token = __webpack_require__(1661);
// EXTERNAL MODULE: ./lib/rules/scan/no-environment.js
var no_environment = __webpack_require__(1742);
// EXTERNAL MODULE: ./lib/rules/scan/pull-request-exposure.js
var pull_request_exposure = __webpack_require__(998);
// EXTERNAL MODULE: ./lib/rules/scan/secrets-inherit.js
var secrets_inherit = __webpack_require__(9746);
// EXTERNAL MODULE: ./lib/rules/scan/shared-token.js
var shared_token = __webpack_require__(643);
// EXTERNAL MODULE: ./lib/workflow/expressions.js
var expressions = __webpack_require__(3174);
// EXTERNAL MODULE: ./lib/workflow/script-parse.js
var script_parse = __webpack_require__(7060);
// EXTERNAL MODULE: ./lib/rules/types.js
var types = __webpack_require__(3042);
// EXTERNAL MODULE: ./lib/rules/scan/fly-secrets.js
var fly_secrets = __webpack_require__(9336);
// EXTERNAL MODULE: ./lib/workflow/shell.js
var shell = __webpack_require__(9679);
;// CONCATENATED MODULE: ./lib/rules/scan/leaks.js
// Where a `run:` script lets a Fly token out: printing it (the runner masks the exact value, not a
// base64 or partial form), writing it to $GITHUB_ENV / $GITHUB_OUTPUT / the job summary / a file,
// baking it into an image as a build argument, sending it to a host that is not Fly's, or tracing
// it with `set -x`. The token is followed from `${{ }}` expressions and from shell variables that
// hold it (the step's env, assignments in the script, `$(fly tokens create ...)`).



const PRINTERS = new Set(['echo', 'printf', 'print', 'cat', 'tee', 'printenv', 'jq']);
/** Programs whose output is a transformation of their input (masking no longer matches it). */
const TRANSFORMERS = new Set([
    'base64',
    'base32',
    'xxd',
    'od',
    'hexdump',
    'rev',
    'tr',
    'sed',
    'awk',
    'cut',
    'head',
    'tail',
    'fold',
    'gzip',
    'jq'
]);
const HTTP_CLIENTS = new Set(['curl', 'wget', 'http', 'https', 'xh', 'httpie']);
const FLY_HOST = /(^|\.)(fly\.io|machines\.dev|fly\.dev)$/i;
const LOCAL_HOST = /^(localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0)$/i;
/** Expansions of a variable that yield something other than its value. */
const NOT_THE_VALUE = new Set(['length', ':+', '+']);
/** Output sent to /dev/null. */
const DISCARDED = '/dev/null';
const PRINTED = 'prints the Fly token to the log: the runner masks the exact value only, not a partial, re-encoded or reformatted copy';
const STEP_OUTPUT = 'writes the Fly token to a step output (`::set-output`)';
const BUILD_ARGUMENT = 'passes the Fly token as a build argument: build arguments are stored in the image\u2019s history, readable by anyone who can pull the image (use a build secret instead)';
/** The command's program when its first word is literal (`echo`, `curl`); else null. */
function programOf(command) {
    return command.words[0] ? (0,shell/* wordLiteral */.aw)(command.words[0]) : null;
}
/** Every leak in one script, in script order, at most one per command. */
function findLeaks(script, tokens, statements = (0,shell/* parseShell */.aV)(script), commands = (0,shell/* allCommands */.ib)(statements)) {
    return new LeakFinder(script, tokens, commands).run();
}
class LeakFinder {
    script;
    tokens;
    commands;
    /** Variables learnt to hold the token in the script (beyond `tokens.variables`). */
    learned = new Set();
    /**
     * Offsets of every `$( )`: output printed inside one is captured, not logged. Listed on the
     * first question (most scripts print no token, and never ask).
     */
    captured = null;
    constructor(script, tokens, commands) {
        this.script = script;
        this.tokens = tokens;
        this.commands = commands;
    }
    /** Whether a shell variable holds the token at this point of the script. */
    holdsToken(name) {
        return this.tokens.variables.has(name) || this.learned.has(name);
    }
    isCaptured(command) {
        this.captured ??= this.commands.flatMap(c => [...c.words, ...c.assignments.map(a => a.value), ...c.redirects.map(r => r.target)]
            .flatMap(word => word?.parts ?? [])
            .filter(part => part.kind === 'substitution'));
        return this.captured.some(c => command.start >= c.start && command.end <= c.end);
    }
    run() {
        const leaks = [];
        let traced = this.tokens.traced === true;
        for (const command of this.commands) {
            this.learnAssignments(command);
            const program = programOf(command);
            if (program === 'set') {
                traced = this.xtrace(command, traced);
                continue;
            }
            const leak = this.leakOf(command, program, traced);
            if (leak)
                leaks.push(leak);
        }
        return leaks;
    }
    // -------------------------------------------------------------------------------------------
    // What holds the token
    carrierInWord(word) {
        if (!word)
            return null;
        for (const part of word.parts) {
            if (part.kind === 'expression' && this.tokens.isFlyExpression(part.inner))
                return part;
            // `${#T}` is its length and `${T:+set}` the word `set`: neither is the token.
            if (part.kind === 'variable' &&
                this.holdsToken(part.name) &&
                !NOT_THE_VALUE.has(part.op ?? ''))
                return part;
            if (part.kind === 'substitution' && this.substitutionYieldsToken(part.body))
                return part;
        }
        return null;
    }
    /** `$(echo $TOKEN | base64)`, `$(fly tokens create deploy)`, `$(fly auth token)`. */
    substitutionYieldsToken(body) {
        const commands = (0,shell/* allCommands */.ib)(body);
        const mints = (0,lib_workflow.findFlyInvocations)(body, this.script).some(f => (f.path[0] === 'tokens' && f.path[1] === 'create') ||
            (f.path[0] === 'auth' && f.path[1] === 'token'));
        if (mints)
            return true;
        return commands.some(c => {
            const program = programOf(c);
            return (program !== null &&
                (PRINTERS.has(program) || TRANSFORMERS.has(program)) &&
                c.words.slice(1).some(w => this.carrierInWord(w) !== null));
        });
    }
    carrierInHeredoc(command) {
        for (const redirect of command.redirects) {
            const heredoc = redirect.heredoc;
            if (heredoc) {
                for (const span of (0,expressions/* findExpressions */.zV)(heredoc.body)) {
                    if (this.tokens.isFlyExpression(span.inner)) {
                        return { start: heredoc.start + span.start, end: heredoc.start + span.end };
                    }
                }
                for (const match of heredoc.body.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
                    if (match[1] && this.holdsToken(match[1])) {
                        const start = heredoc.start + match.index;
                        return { start, end: start + match[0].length };
                    }
                }
            }
            if (redirect.op === '<<<') {
                const carrier = this.carrierInWord(redirect.target);
                if (carrier)
                    return carrier;
            }
        }
        return null;
    }
    carrierOf(command, fromWord = 1) {
        for (const word of command.words.slice(fromWord)) {
            const carrier = this.carrierInWord(word);
            if (carrier)
                return carrier;
        }
        return this.carrierInHeredoc(command);
    }
    /** Variables that now hold the token: `T=${{ secrets.X }}`, `export T="$FLY_API_TOKEN"`. */
    learnAssignments(command) {
        if (command.words.length === 0) {
            for (const a of command.assignments) {
                if (this.carrierInWord(a.value))
                    this.learned.add(a.name);
            }
            return;
        }
        const program = programOf(command);
        if (!['export', 'declare', 'local', 'readonly', 'typeset'].includes(program ?? ''))
            return;
        for (const word of command.words.slice(1)) {
            const head = word.parts[0];
            const name = head?.kind === 'literal' ? /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(head.text)?.[1] : undefined;
            if (name !== undefined && this.carrierInWord(word))
                this.learned.add(name);
        }
    }
    xtrace(command, traced) {
        let on = traced;
        const words = command.words.slice(1).map(w => (0,shell/* wordLiteral */.aw)(w) ?? '');
        words.forEach((w, i) => {
            if (/^-[A-Za-z]*x/.test(w))
                on = true;
            else if (/^\+[A-Za-z]*x/.test(w))
                on = false;
            else if ((w === '-o' || w === '+o') && words[i + 1] === 'xtrace')
                on = w === '-o';
        });
        return on;
    }
    // -------------------------------------------------------------------------------------------
    // Where it goes
    leakOf(command, program, traced) {
        const specific = program === null ? null : this.specificLeak(command, program);
        if (specific)
            return specific;
        const anyCarrier = traced
            ? (this.carrierOf(command, 0) ?? this.assignmentCarrier(command))
            : null;
        if (!anyCarrier)
            return null;
        return {
            ...anyCarrier,
            what: 'runs a command holding the Fly token while `set -x` is on: the shell prints it with the token expanded',
            toFile: false
        };
    }
    specificLeak(command, program) {
        if (PRINTERS.has(program))
            return this.printed(command, program);
        if (HTTP_CLIENTS.has(program))
            return this.sent(command);
        return this.buildArg(command);
    }
    assignmentCarrier(command) {
        for (const a of command.assignments) {
            const carrier = this.carrierInWord(a.value);
            if (carrier)
                return carrier;
        }
        return null;
    }
    printed(command, program) {
        let carrier;
        if (program === 'printenv') {
            const named = command.words.slice(1).find(w => this.holdsToken((0,shell/* wordLiteral */.aw)(w) ?? ''));
            carrier = named ? { start: named.start, end: named.end } : null;
        }
        else {
            carrier = this.carrierOf(command);
        }
        if (!carrier)
            return null;
        // `echo "::add-mask::$VALUE"` registers a mask: it is how a derived secret is hidden.
        if (program === 'echo' &&
            command.words.slice(1).some(w => (0,lib_workflow.wordText)(w).startsWith('::add-mask::'))) {
            return null;
        }
        if (command.words.slice(1).some(w => /^::set-output\b/.test((0,lib_workflow.wordText)(w)))) {
            return {
                ...carrier,
                what: STEP_OUTPUT,
                toFile: false
            };
        }
        const files = program === 'tee' ? this.teeTargets(command) : [];
        const target = this.outputTarget(command) ?? files[0] ?? null;
        if (target === DISCARDED)
            return null;
        if (target !== null)
            return { ...carrier, ...describeTarget(target) };
        const piped = this.pipedInto(command);
        if (piped)
            return this.throughPipe(piped, carrier);
        if (this.isCaptured(command))
            return null; // `$(echo ...)`: the value, judged where it goes
        return {
            ...carrier,
            what: PRINTED,
            toFile: false
        };
    }
    /** Follows `printer | next | ...`: into a file, or transformed into the log, or consumed. */
    throughPipe(first, carrier) {
        let command = first;
        let transformed = false;
        for (let hops = 0; command && hops < 8; hops++) {
            const program = programOf(command);
            if (program === 'tee') {
                const target = this.teeTargets(command)[0];
                if (target !== undefined)
                    return { ...carrier, ...describeTarget(target) };
            }
            else if (program === null || !TRANSFORMERS.has(program)) {
                return null; // consumed: `| flyctl ...`, `| docker login --password-stdin`, `| gh secret set`
            }
            else {
                transformed = true;
            }
            const target = this.outputTarget(command);
            if (target === DISCARDED)
                return null;
            if (target !== null)
                return { ...carrier, ...describeTarget(target) };
            const next = this.pipedInto(command);
            if (!next)
                break;
            command = next;
        }
        if (!transformed || (command && this.isCaptured(command)))
            return null;
        return {
            ...carrier,
            what: 'prints a transformed copy of the Fly token to the log, which the runner\u2019s masking does not recognise',
            toFile: false
        };
    }
    /** Where the command's standard output goes, when redirected: a file, or DISCARDED. */
    outputTarget(command) {
        for (const redirect of command.redirects) {
            if (!['>', '>>', '>|', '&>', '&>>'].includes(redirect.op) || !redirect.target)
                continue;
            const fd = /^\d+/.exec(this.script.slice(redirect.start, redirect.start + 4))?.[0];
            if (fd !== undefined && fd !== '1')
                continue;
            const text = (0,lib_workflow.wordText)(redirect.target);
            if (text === '/dev/null')
                return DISCARDED;
            if (text === '/dev/stdout' || text === '/dev/stderr')
                continue;
            return text;
        }
        return null;
    }
    teeTargets(command) {
        return command.words
            .slice(1)
            .map(w => (0,lib_workflow.wordText)(w))
            .filter(t => !t.startsWith('-') && t !== '/dev/null' && t !== '/dev/stderr');
    }
    /** The command this one's output is piped into (`a | b`, `a |& b`), if any. */
    pipedInto(command) {
        const rest = this.script.slice(command.end, command.end + 200);
        const pipe = /^(?:[ \t]|\\\r?\n)*\|(?!\|)&?/.exec(rest);
        if (!pipe)
            return null;
        const after = command.end + pipe[0].length;
        return this.commands.find(c => c.start >= after) ?? null;
    }
    /** `curl -H "Authorization: $TOKEN" https://example.com`: the token goes to another host. */
    sent(command) {
        const carrier = this.carrierOf(command);
        if (!carrier)
            return null;
        const hosts = command.words
            .map(w => (0,lib_workflow.wordText)(w))
            .flatMap(t => [...t.matchAll(/\bhttps?:\/\/([^/\s"'$:?#]+)/gi)].map(m => m[1] ?? ''));
        const foreign = hosts.find(h => h !== '' && !FLY_HOST.test(h) && !LOCAL_HOST.test(h));
        if (foreign === undefined)
            return null;
        return {
            ...carrier,
            what: `sends the Fly token to \`${foreign}\`, which is not Fly\u2019s API`,
            toFile: false
        };
    }
    /** `docker build --build-arg T=$FLY_API_TOKEN`, `fly deploy --build-arg ...`. */
    buildArg(command) {
        const words = command.words;
        for (let i = 1; i < words.length; i++) {
            // All three forms start with `-`, which only a literal first part can give.
            const first = words[i]?.parts[0];
            if (first?.kind !== 'literal' || !first.text.startsWith('-'))
                continue;
            const literal = (0,lib_workflow.wordText)(words[i]);
            let value;
            if (literal === '--build-arg' || literal === '--build-env')
                value = words[i + 1];
            else if (literal.startsWith('--build-') && /^--build-(arg|env)=/.test(literal))
                value = words[i];
            if (!value)
                continue;
            const carrier = this.carrierInWord(value);
            if (carrier) {
                return {
                    ...carrier,
                    what: BUILD_ARGUMENT,
                    toFile: false
                };
            }
        }
        return null;
    }
}
function describeTarget(target) {
    if (/GITHUB_ENV\b/.test(target)) {
        return {
            what: 'writes the Fly token to `$GITHUB_ENV`: every later step of the job gets it in its environment, third-party actions included',
            toFile: false
        };
    }
    if (/GITHUB_OUTPUT\b/.test(target)) {
        return {
            what: 'writes the Fly token to `$GITHUB_OUTPUT`: step outputs flow into job outputs, other jobs and logs',
            toFile: false
        };
    }
    if (/GITHUB_STEP_SUMMARY\b/.test(target)) {
        return {
            what: 'writes the Fly token into the job summary, which everyone who can see the run can read',
            toFile: false
        };
    }
    return {
        what: `writes the Fly token to the file \`${target}\`, where later steps, caches, artifacts or a Docker build context can pick it up`,
        toFile: true
    };
}

// EXTERNAL MODULE: ./lib/workflow/windows-script.js
var windows_script = __webpack_require__(5810);
;// CONCATENATED MODULE: ./lib/rules/scan/leaks-windows.js
// Where a PowerShell or cmd `run:` script lets a Fly token out: the common forms only, read word by
// word (there is no PowerShell or cmd parser here). A token held in `$env:NAME` / `%NAME%` (or a
// `${{ }}` expression, or a variable copied from one) that is printed (`Write-Output`, `echo`, a
// bare `"$env:X"`), written to a file or `$env:GITHUB_ENV` (`Set-Content`, `Out-File`, `>`), or
// piped into a printing command. Handing it to another program (`flyctl ... --access-token
// $env:FLY_API_TOKEN`, `$env:X | docker login --password-stdin`) is not a leak, as in bash.



/** The redirect of a segment's output, when it has one: its target, DISCARDED, or null. */
function redirectTarget(segment, streams) {
    const words = segment.words;
    for (let i = 1; i < words.length; i++) {
        const match = /^(\d|\*)?>>?(.*)$/.exec(words[i]?.text ?? '');
        if (!match || !streams.test(match[1] ?? '1'))
            continue;
        const target = unquote(match[2] || words[i + 1]?.text || '');
        if (target === '')
            continue;
        return /^(\$null|nul)$/i.test(target) ? DISCARDED : target;
    }
    return null;
}
const unquote = (text) => text.replace(/^["']|["']$/g, '');
class WindowsLeakFinder {
    masked;
    tokens;
    variable;
    /** Names (upper case: Windows variable names ignore case) holding the token. */
    names;
    /** PowerShell variables (`$t`) learnt to hold the token. */
    locals = new Set();
    constructor(masked, tokens, variable) {
        this.masked = masked;
        this.tokens = tokens;
        this.variable = variable;
        this.names = new Set([...tokens.variables].map(n => n.toUpperCase()));
    }
    /** The first span of code[from, to) that yields the token. */
    carrier(from, to) {
        const text = this.masked.code.slice(from, to);
        for (const span of (0,expressions/* findExpressions */.zV)(text)) {
            if (this.tokens.isFlyExpression(span.inner)) {
                return { start: from + span.start, end: from + span.end };
            }
        }
        for (const match of text.matchAll(this.variable)) {
            const env = match.groups?.['env'] ?? match.groups?.['env2'];
            const local = match.groups?.['local'];
            const holds = (env !== undefined && this.names.has(env.toUpperCase())) ||
                (local !== undefined && this.locals.has(local.toLowerCase()));
            if (!holds)
                continue;
            const start = from + match.index;
            const end = start + match[0].length;
            // `$env:T.Length` is a number, `"$($env:T -ne $null)"` a boolean: not the token.
            if (/^\.[A-Za-z]/.test(this.masked.code.slice(end, end + 2)))
                continue;
            if (this.insideSubexpression(start, end))
                continue;
            return { start, end };
        }
        return null;
    }
    /** Inside a `$( ... )` that holds more than the variable itself. */
    insideSubexpression(start, end) {
        const before = this.masked.code.slice(Math.max(0, start - 200), start);
        const open = before.lastIndexOf('$(');
        if (open < 0 || before.slice(open).includes(')'))
            return false;
        const after = this.masked.code.slice(end, end + 200).trimStart();
        return !(before.slice(open + 2).trim() === '' && after.startsWith(')'));
    }
    learn(name, isEnv) {
        if (isEnv)
            this.names.add(name.toUpperCase());
        else
            this.locals.add(name.toLowerCase());
    }
}
// -------------------------------------------------------------------------------------------
// PowerShell
/** Commands that print their arguments (and what is piped into them) to the log. */
const PWSH_PRINTERS = new Set([
    'write-output',
    'write',
    'echo',
    'write-host',
    'write-information',
    'write-warning',
    'write-error',
    'out-host',
    'out-default',
    '[console]::writeline'
]);
/** Commands that pass what is piped into them on to the next (still the token, printed at the end). */
const PWSH_PASS_THROUGH = new Set(['write-output', 'write', 'echo', 'out-string']);
const PWSH_FILE_WRITERS = new Set(['set-content', 'add-content', 'out-file', 'tee-object']);
/** Parameters of the file writers that take no value. */
const PWSH_SWITCHES = /^-(force|nonewline|append|passthru|noclobber|whatif|confirm|asbytestream)$/i;
const PWSH_PATH = /^-(path|filepath|literalpath|pspath|lp|file)$/i;
const PWSH_VARIABLE = /\$\{env:(?<env>[A-Za-z_][A-Za-z0-9_]*)\}|\$env:(?<env2>[A-Za-z_][A-Za-z0-9_]*)|\$(?<local>[A-Za-z_][A-Za-z0-9_]*)(?![A-Za-z0-9_:])/g;
/** The file a writer writes: its `-Path` / `-FilePath`, else its first positional argument. */
function writerTarget(segment) {
    const words = segment.words.slice(1);
    let positional = null;
    for (let i = 0; i < words.length; i++) {
        const text = words[i]?.text ?? '';
        if (PWSH_PATH.test(text))
            return unquote(words[i + 1]?.text ?? '') || null;
        if (text.startsWith('-')) {
            if (!PWSH_SWITCHES.test(text))
                i++; // its value
            continue;
        }
        positional ??= unquote(text);
    }
    return positional;
}
class PwshLeaks extends WindowsLeakFinder {
    constructor(masked, tokens) {
        super(masked, tokens, PWSH_VARIABLE);
    }
    run() {
        const leaks = [];
        for (const statement of (0,windows_script/* statementsOf */.GX)(this.masked, windows_script/* PWSH_SEPARATORS */.gV)) {
            const leak = this.statementLeak(statement);
            if (leak)
                leaks.push(leak);
        }
        return leaks;
    }
    statementLeak(segments) {
        const first = segments[0];
        if (!first)
            return null;
        const assignment = windows_script/* PWSH_ASSIGNMENT */.vx.exec(this.masked.code.slice(first.start, first.end));
        if (assignment) {
            // `$t = $env:FLY_API_TOKEN`: the value is captured, not printed; `$t` now holds the token.
            const name = assignment[1] ?? assignment[2] ?? assignment[3] ?? '';
            if (this.carrier(first.start + assignment[0].length, first.end)) {
                this.learn(name, assignment[3] === undefined);
            }
            return null;
        }
        for (let i = 0; i < segments.length; i++) {
            const segment = segments[i];
            const carrier = this.carrier(segment.start, segment.end);
            if (carrier)
                return this.segmentLeak(segment, segments.slice(i + 1), carrier);
        }
        return null;
    }
    segmentLeak(segment, rest, carrier) {
        const head = segment.words[0]?.text ?? '';
        const command = head.toLowerCase();
        const text = this.masked.code.slice(segment.start, segment.end);
        if (PWSH_FILE_WRITERS.has(command)) {
            const target = writerTarget(segment);
            if (target === null || /^\$null$/i.test(target))
                return null;
            return { ...carrier, ...describeTarget(target) };
        }
        // A bare `$env:T` or `"... $env:T"` is printed (`$env:T -eq ''` is a comparison).
        const headEnd = segment.start + head.length;
        const bare = /^[$"@]/.test(head) &&
            carrier.end <= headEnd &&
            !/^\s*-[A-Za-z]/.test(this.masked.code.slice(headEnd, segment.end));
        if (!PWSH_PRINTERS.has(command) && !bare) {
            return this.buildArg(segment, carrier);
        }
        if (text.includes('::add-mask::'))
            return null;
        if (/::set-output\b/.test(text))
            return { ...carrier, what: STEP_OUTPUT, toFile: false };
        // Write-Host writes to the host: `>` and pipes (the success stream) do not take it.
        const host = command === 'write-host';
        const target = redirectTarget(segment, host ? /^[6*]$/ : /^[1*]$/);
        if (target === DISCARDED)
            return null;
        if (target !== null)
            return { ...carrier, ...describeTarget(target) };
        if (!host) {
            for (const next of rest) {
                const program = (next.words[0]?.text ?? '').toLowerCase();
                if (PWSH_FILE_WRITERS.has(program)) {
                    const file = writerTarget(next);
                    if (file === null || /^\$null$/i.test(file))
                        return null;
                    return { ...carrier, ...describeTarget(file) };
                }
                if (!PWSH_PRINTERS.has(program) && !PWSH_PASS_THROUGH.has(program))
                    return null; // consumed
                const redirected = redirectTarget(next, /^[1*]$/);
                if (redirected === DISCARDED)
                    return null;
                if (redirected !== null)
                    return { ...carrier, ...describeTarget(redirected) };
                if (!PWSH_PASS_THROUGH.has(program))
                    break;
            }
        }
        return { ...carrier, what: PRINTED, toFile: false };
    }
    /** `docker build --build-arg T=$env:FLY_API_TOKEN`. */
    buildArg(segment, carrier) {
        const words = segment.words;
        for (let i = 1; i < words.length; i++) {
            const word = words[i];
            if (!word || !/^--build-(arg|env)(=|$)/.test(word.text))
                continue;
            const value = word.text.includes('=') ? word : words[i + 1];
            if (value && carrier.start >= value.start && carrier.end <= value.start + value.text.length) {
                return { ...carrier, what: BUILD_ARGUMENT, toFile: false };
            }
        }
        return null;
    }
}
/** Every leak in one PowerShell script, in script order, at most one per statement. */
function findPwshLeaks(script, tokens) {
    return new PwshLeaks((0,windows_script/* maskPwsh */.fi)(script), tokens).run();
}
// -------------------------------------------------------------------------------------------
// cmd
const CMD_VARIABLE = /%(?<env>[A-Za-z_][A-Za-z0-9_]*)(?::[^%\n]*)?%|!(?<env2>[A-Za-z_][A-Za-z0-9_]*)(?::[^!\n]*)?!/g;
class CmdLeaks extends WindowsLeakFinder {
    constructor(masked, tokens) {
        super(masked, tokens, CMD_VARIABLE);
    }
    run() {
        const leaks = [];
        for (const segments of (0,windows_script/* statementsOf */.GX)(this.masked, windows_script/* CMD_SEPARATORS */._k)) {
            const leak = this.statementLeak(segments);
            if (leak)
                leaks.push(leak);
        }
        return leaks;
    }
    statementLeak(segments) {
        const first = segments[0];
        if (!first)
            return null;
        const text = this.masked.code.slice(first.start, first.end);
        const set = /^@?set\s+"?([A-Za-z_][A-Za-z0-9_]*)=/i.exec(text);
        if (set?.[1]) {
            if (this.carrier(first.start + set[0].length, first.end))
                this.learn(set[1], true);
            return null;
        }
        if (!/^@?echo(\s|\.|$)/i.test(text))
            return null;
        const carrier = this.carrier(first.start, first.end);
        if (!carrier || text.includes('::add-mask::'))
            return null;
        if (/::set-output\b/.test(text))
            return { ...carrier, what: STEP_OUTPUT, toFile: false };
        const target = redirectTarget(first, /^1$/) ?? redirectInWord(first);
        if (target === DISCARDED)
            return null;
        if (target !== null)
            return { ...carrier, ...describeTarget(target) };
        if (segments.length > 1)
            return null; // `echo %T%| program`: consumed
        return { ...carrier, what: PRINTED, toFile: false };
    }
}
/** `echo %T%>file`: cmd needs no space before a redirect. */
function redirectInWord(segment) {
    for (const word of segment.words.slice(1)) {
        const match = /^[^>"]+?(\d)?>>?(.*)$/.exec(word.text);
        if (!match || (match[1] !== undefined && match[1] !== '1'))
            continue;
        const target = unquote(match[2] ?? '');
        if (target === '')
            continue;
        return /^nul$/i.test(target) ? DISCARDED : target;
    }
    return null;
}
/** Every leak in one cmd script, in script order, at most one per statement. */
function findCmdLeaks(script, tokens) {
    return new CmdLeaks((0,windows_script/* maskCmd */.b2)(script), tokens).run();
}

;// CONCATENATED MODULE: ./lib/rules/scan/token-leak.js
// token-leak: a `run:` step prints the Fly token or writes it where it outlives the step
// ($GITHUB_ENV, $GITHUB_OUTPUT, the job summary, a file, an image's build arguments), sends it
// to a host that is not Fly's, or traces it with `set -x`. The shell analysis is in leaks.ts.







const INPUT = /\binputs\.([A-Za-z_][A-Za-z0-9_-]*)/;
function flyExpression(fly, variables, flyInputs = new Set()) {
    return (inner) => {
        const named = (0,expressions/* findSecretMentions */.pW)(inner).some(m => m.name !== null && (fly.names.has(m.name) || (0,fly_secrets/* isFlyTokenName */.mi)(m.name)));
        if (named)
            return true;
        const env = /\benv\.([A-Za-z_][A-Za-z0-9_]*)/.exec(inner);
        if (env?.[1] && variables.has(env[1]))
            return true;
        const input = INPUT.exec(inner)?.[1];
        return input !== undefined && ((0,fly_secrets/* isFlyTokenName */.mi)(input) || flyInputs.has(input));
    };
}
/**
 * The inputs of a composite action that carry a Fly token whatever their name: the ones its
 * steps hand to flyctl as `FLY_API_TOKEN` / `FLY_ACCESS_TOKEN` (`token:` in most such actions).
 */
function flyInputsOf(action) {
    const names = new Set();
    for (const step of action.steps) {
        for (const kv of step.env) {
            if (!fly_secrets/* FLY_TOKEN_VARIABLES */.CX.has(kv.key.toUpperCase()))
                continue;
            for (const span of (0,expressions/* findExpressions */.zV)(kv.value ?? '')) {
                const input = INPUT.exec(span.inner)?.[1];
                if (input !== undefined)
                    names.add(input);
            }
        }
    }
    return names;
}
/** flyctl's variables plus the env variables (in the layers a step sees) holding a Fly token. */
function tokenVariables(layers, isFly) {
    const names = new Set(fly_secrets/* FLY_TOKEN_VARIABLES */.CX);
    for (const kv of layers.flat()) {
        if ((0,expressions/* findExpressions */.zV)(kv.value ?? '').some(span => isFly(span.inner)))
            names.add(kv.key);
    }
    return names;
}
function traced(step, defaults) {
    return /(^|\s)-[A-Za-z]*x/.test((0,lib_workflow.stepShell)(step, defaults) ?? '');
}
const uploadsArtifacts = (step) => step.uses !== null && /upload-artifact$/i.test(step.uses.repo ?? '');
/** The leaks of a job's or action's `index`th step; `layers` are the env layers it sees. */
function stepFindings(file, steps, index, layers, defaults, fly, runsOn, flyInputs = new Set()) {
    const step = steps[index];
    const run = step?.run;
    if (!step || !run)
        return [];
    // Env values are read with flyctl's variables only: an env layer does not see its siblings.
    const variables = tokenVariables(layers, flyExpression(fly, fly_secrets/* FLY_TOKEN_VARIABLES */.CX, flyInputs));
    const tokens = {
        variables,
        isFlyExpression: flyExpression(fly, variables, flyInputs),
        traced: traced(step, defaults)
    };
    // Each dialect has its reader; a script in another language (`shell: python`) is not read.
    const dialect = (0,lib_workflow.stepDialect)(step, defaults, runsOn);
    let leaks = [];
    if (dialect === 'sh')
        leaks = findLeaks(run.text, tokens, (0,lib_workflow.parsedScript)(run), (0,script_parse/* scriptCommands */.q8)(run));
    else if (dialect === 'pwsh')
        leaks = findPwshLeaks(run.text, tokens);
    else if (dialect === 'cmd')
        leaks = findCmdLeaks(run.text, tokens);
    return leaks.map(leak => ({
        rule: 'token-leak',
        severity: 'high',
        message: `This step ${leak.what}` +
            // Asked only for a leak to a file: asking for every step made a long job quadratic.
            (leak.toFile && steps.slice(index + 1).some(uploadsArtifacts)
                ? '; a later step of this job uploads artifacts'
                : '') +
            '.',
        location: (0,lib_workflow.locateInValue)(file, run.map, leak.start, leak.end),
        fix: (0,types/* advice */.v9)('Hand the token to flyctl only through the env of the step that runs it (FLY_API_TOKEN), or pipe it straight into the command that reads it from standard input (`docker login --password-stdin`); never print it, write it to a file or `$GITHUB_ENV`, or pass it as a build argument (use a build secret). Rotate a token that already leaked.')
    }));
}
const tokenLeak = {
    id: 'token-leak',
    defaultSeverity: 'high',
    title: 'run: step leaks the Fly token',
    help: 'A script that echoes the Fly token, writes it to `$GITHUB_ENV`, `$GITHUB_OUTPUT`, the job ' +
        'summary or a file, passes it as a Docker build argument, sends it to a host that is not ' +
        'Fly\u2019s, or runs with `set -x` lets it outlive the step. The runner masks the exact value in ' +
        'logs, nothing else: not a base64 copy, not a file, not an image layer.',
    check(context) {
        const findings = [];
        for (const { workflow } of context.workflows) {
            for (const job of workflow.jobs) {
                job.steps.forEach((step, i) => {
                    findings.push(...stepFindings(workflow.path, job.steps, i, [step.env, job.env, workflow.env], [job.defaults, workflow.defaults], context.fly, job.runsOn));
                });
            }
        }
        for (const action of context.actions) {
            const flyInputs = flyInputsOf(action);
            action.steps.forEach((step, i) => {
                findings.push(...stepFindings(action.path, action.steps, i, [step.env], [], context.fly, null, flyInputs));
            });
        }
        return findings;
    }
};

;// CONCATENATED MODULE: ./lib/rules/scan/unpinned-action.js



const FIRST_PARTY_OWNERS = new Set([
    'actions',
    'github',
    'superfly',
    'fly-token-guard'
]);
const BRANCH_NAMES = new Set(['main', 'master', 'develop', 'dev', 'trunk', 'latest', 'stable']);
function describeRef(uses) {
    if (uses.kind === 'docker')
        return 'a Docker image tag, not a digest';
    const ref = uses.ref;
    if (ref === null || ref === '')
        return 'no ref at all';
    if (BRANCH_NAMES.has(ref.toLowerCase()))
        return `the branch \`${ref}\`, which moves with every push`;
    if (/^[0-9a-f]{7,39}$/i.test(ref))
        return `the short SHA \`${ref}\`, which can become ambiguous`;
    if (/^v?\d+(\.\d+)*$/.test(ref))
        return `the tag \`${ref}\`, which can be moved to other code`;
    return `\`${ref}\`, a tag or branch that can be moved to other code`;
}
function isPinned(uses) {
    if (uses.kind === 'docker')
        return (uses.path ?? '').includes('@sha256:');
    return uses.pinnedToSha;
}
function severityFor(uses) {
    const owner = (uses.owner ?? '').toLowerCase();
    return uses.kind !== 'docker' && FIRST_PARTY_OWNERS.has(owner) ? 'low' : 'high';
}
function unpinned_action_finding(uses, what) {
    const severity = severityFor(uses);
    const firstParty = severity === 'low';
    const target = uses.kind === 'reusable-workflow' ? 'reusable workflow' : 'action';
    const why = firstParty
        ? ' Its owner is trusted, but a SHA makes what runs with the token immutable.'
        : ` Whoever controls that repository can change what runs with the token.`;
    return {
        rule: 'unpinned-action',
        severity,
        message: `${what} is passed to the ${target} \`${uses.raw.trim()}\`, pinned to ${describeRef(uses)}.${why}`,
        location: uses.location,
        fix: (0,types/* advice */.v9)(uses.kind === 'docker'
            ? 'Pin the image by digest (`docker://image@sha256:\u2026`).'
            : 'Pin it to the full 40-character commit SHA of the release you reviewed, with the tag in a comment (`@<sha> # v1.2.3`).')
    };
}
/** Composite action steps: Fly tokens arrive as inputs or environment variables. */
function actionStepFlyValue(step) {
    for (const kv of step.env) {
        if (fly_secrets/* FLY_TOKEN_VARIABLES */.CX.has(kv.key))
            return `The Fly token (\`${kv.key}\`)`;
    }
    for (const kv of [...step.with, ...step.env]) {
        for (const span of (0,expressions/* findExpressions */.zV)(kv.value ?? '')) {
            const input = /\binputs\.([A-Za-z_][A-Za-z0-9_-]*)/.exec(span.inner);
            if (input?.[1] && (0,fly_secrets/* isFlyTokenName */.mi)(input[1]))
                return `The Fly token input \`${input[1]}\``;
            const env = /\benv\.([A-Za-z_][A-Za-z0-9_]*)/.exec(span.inner);
            if (env?.[1] && fly_secrets/* FLY_TOKEN_VARIABLES */.CX.has(env[1]))
                return `The Fly token (\`${env[1]}\`)`;
        }
    }
    return null;
}
function actionFindings(action) {
    const out = [];
    for (const step of action.steps) {
        const uses = step.uses;
        if (!uses || uses.kind === 'local' || isPinned(uses))
            continue;
        const what = actionStepFlyValue(step);
        if (what !== null)
            out.push(unpinned_action_finding(uses, what));
    }
    return out;
}
const unpinnedAction = {
    id: 'unpinned-action',
    defaultSeverity: 'high',
    title: 'Fly secret passed to an unpinned action',
    help: 'An action or reusable workflow referenced by tag or branch can change under you: whoever ' +
        'controls its repository (or steals access to it) can move the ref to code that sends the ' +
        'Fly token elsewhere. Pin everything that receives a Fly token to a full commit SHA. ' +
        'Actions of GitHub, Fly and fly-token-guard get low severity; any other owner high.',
    check(context) {
        const findings = [];
        for (const { workflow } of context.workflows) {
            const handlesFly = workflow.secretRefs.some(r => context.fly.isFlyRef(r));
            for (const job of workflow.jobs) {
                if (job.uses && job.uses.kind === 'reusable-workflow' && job.uses.owner !== null) {
                    const refs = job.secretRefs.filter(r => context.fly.isFlyRef(r) && (r.flow.kind === 'secrets' || r.flow.kind === 'with'));
                    if (!isPinned(job.uses) && (refs.length > 0 || (job.secrets?.inherit && handlesFly))) {
                        const what = refs.length > 0
                            ? `Fly secret ${(0,fly_secrets/* listNames */.Zv)((0,fly_secrets/* secretNames */.XG)(refs))}`
                            : 'Every secret, Fly tokens included (`secrets: inherit`),';
                        findings.push(unpinned_action_finding(job.uses, what));
                    }
                }
                for (const step of job.steps) {
                    const uses = step.uses;
                    if (!uses || uses.kind === 'local' || isPinned(uses))
                        continue;
                    const refs = step.secretRefs.filter(r => context.fly.isFlyRef(r) &&
                        r.flow.scope === 'step' &&
                        (r.flow.kind === 'with' || r.flow.kind === 'env'));
                    if (refs.length > 0)
                        findings.push(unpinned_action_finding(uses, `Fly secret ${(0,fly_secrets/* listNames */.Zv)((0,fly_secrets/* secretNames */.XG)(refs))}`));
                }
            }
        }
        for (const action of context.actions)
            findings.push(...actionFindings(action));
        return findings;
    }
};

// EXTERNAL MODULE: ./lib/rules/scan/unseen-needs.js
var unseen_needs = __webpack_require__(553);
// EXTERNAL MODULE: ./lib/rules/scan/untrusted-trigger.js + 2 modules
var untrusted_trigger = __webpack_require__(5716);
// EXTERNAL MODULE: ./lib/token/scrub.js
var scrub = __webpack_require__(8094);
// EXTERNAL MODULE: ./lib/rules/scan/shared.js
var shared = __webpack_require__(4060);
;// CONCATENATED MODULE: ./lib/rules/scan/workflow-env-exposure.js
// workflow-env-exposure: a Fly secret in an `env:` wider than the steps that run flyctl. At
// workflow level it reaches every job and step: always reported. At job level it reaches every
// step of the job: reported when one of them runs code that is neither flyctl nor a first-party
// action (a third-party action, `npm ci`, a build script), which then holds the token.





/** Owners whose actions count as the platform's own (GitHub's, Fly's). */
const FIRST_PARTY = new Set(['actions', 'github', 'superfly']);
/**
 * Programs that run no code of the repository or of a package: shell built-ins, file and text
 * tools, git and downloads (a download is run only by another command, judged on its own).
 */
const INERT = new Set([
    ':',
    '[',
    '[[',
    'basename',
    'cat',
    'cd',
    'chmod',
    'cp',
    'curl',
    'cut',
    'date',
    'dirname',
    'echo',
    'exit',
    'export',
    'false',
    'git',
    'grep',
    'gzip',
    'head',
    'jq',
    'ls',
    'mkdir',
    'mv',
    'printf',
    'pwd',
    'rm',
    'sed',
    'set',
    'sha256sum',
    'shasum',
    'sleep',
    'sort',
    'tail',
    'tar',
    'tee',
    'test',
    'touch',
    'tr',
    'true',
    'uniq',
    'unset',
    'unzip',
    'wc',
    'wget',
    'yq'
]);
/**
 * PowerShell cmdlets and cmd built-ins of the same kind (Windows names ignore case): printing,
 * files and folders, downloads. A PowerShell or cmd step running only these runs no other code.
 */
const WINDOWS_INERT = new Set([
    'add-content',
    'compress-archive',
    'convertfrom-json',
    'convertto-json',
    'copy',
    'copy-item',
    'del',
    'dir',
    'endlocal',
    'expand-archive',
    'get-childitem',
    'get-content',
    'get-date',
    'get-filehash',
    'get-location',
    'invoke-restmethod',
    'invoke-webrequest',
    'join-path',
    'md',
    'move',
    'move-item',
    'new-item',
    'out-file',
    'out-null',
    'pop-location',
    'push-location',
    'rd',
    'remove-item',
    'rename-item',
    'resolve-path',
    'rmdir',
    'select-object',
    'select-string',
    'set-content',
    'set-location',
    'setlocal',
    'split-path',
    'start-sleep',
    'test-path',
    'type',
    'where-object',
    'write-error',
    'write-host',
    'write-information',
    'write-output',
    'write-verbose',
    'write-warning'
]);
function stepKind(step, defaults, runsOn) {
    const uses = step.uses;
    if (uses) {
        if (uses.kind === 'local')
            return { kind: 'inert' };
        if (uses.kind === 'docker')
            return { kind: 'code', what: `runs the container \`${uses.raw}\`` };
        const owner = (uses.owner ?? '').toLowerCase();
        // setup-flyctl only installs flyctl; Fly's other actions run it with the token.
        if (owner === 'superfly')
            return { kind: /setup-flyctl$/i.test(uses.path ?? '') ? 'inert' : 'fly' };
        if (FIRST_PARTY.has(owner))
            return { kind: 'inert' };
        return { kind: 'code', what: `uses the third-party action \`${uses.raw.trim()}\`` };
    }
    const run = step.run;
    if (!run)
        return { kind: 'inert' };
    // Each script in its dialect; a script in another language (`shell: python`) is code.
    const script = (0,lib_workflow.stepScript)(step, defaults, runsOn);
    if (!script)
        return { kind: 'code', what: `runs a \`${(0,lib_workflow.stepShell)(step, defaults) ?? ''}\` script` };
    const { statements, commands, text } = script;
    const windows = script.dialect !== 'sh';
    const fly = (0,lib_workflow.findFlyInvocations)(statements, text, commands);
    const insideFly = (start) => fly.some(f => start >= f.start && start < f.end);
    for (const command of commands) {
        const first = command.words[0];
        if (!first || insideFly(command.start))
            continue;
        const program = (0,lib_workflow.wordText)(first);
        const name = program.split('/').pop() ?? program;
        if (INERT.has(name))
            continue;
        // Windows names ignore case and may carry `.exe`.
        const windowsName = name.toLowerCase().replace(/\.exe$/, '');
        if (windows && (INERT.has(windowsName) || WINDOWS_INERT.has(windowsName)))
            continue;
        const line = run.text.slice(command.start, command.end).split('\n')[0]?.trim() ?? program;
        return { kind: 'code', what: `runs \`${(0,scrub/* quotable */.E7)(line, 60)}\`` };
    }
    return fly.length > 0 ? { kind: 'fly' } : { kind: 'inert' };
}
const lineOfStep = (step) => (step.run ?? step.uses)?.location.line ?? step.location.line;
/**
 * Job-level findings: a Fly secret in the job's env while a step that does not need it runs other
 * code. The steps that need the token are the ones running flyctl or a Fly action; when none is
 * visible (flyctl runs inside a script), one of the code steps needs it, so it takes two.
 */
function jobEnvFindings(job, workflowDefaults, context) {
    if (job.uses)
        return [];
    const refs = (0,fly_secrets/* jobFlyRefs */.Bj)(job, context.fly).filter(r => r.stepIndex === null && r.flow.kind === 'env' && r.flow.scope === 'job');
    if (refs.length === 0)
        return [];
    const defaults = [job.defaults, workflowDefaults];
    const kinds = job.steps.map(step => stepKind(step, defaults, job.runsOn));
    const code = job.steps.flatMap((step, i) => {
        const kind = kinds[i];
        return kind?.kind === 'code' ? [{ step, what: kind.what }] : [];
    });
    const flyLines = job.steps.filter((_, i) => kinds[i]?.kind === 'fly').map(lineOfStep);
    const first = code[0];
    if (!first || (flyLines.length === 0 && code.length < 2))
        return [];
    const where = flyLines.length === 0
        ? 'the one step that runs flyctl (through its script)'
        : `the step${flyLines.length === 1 ? '' : 's'} that run${flyLines.length === 1 ? 's' : ''} flyctl (line${flyLines.length === 1 ? '' : 's'} ${flyLines.join(', ')})`;
    return refs.map(ref => {
        const key = ref.flow.key ?? 'env';
        const name = ref.name ?? ref.expression;
        return {
            rule: 'workflow-env-exposure',
            severity: 'medium',
            message: `Fly secret \`${name}\` is set as \`${key}\` in the env of job ${(0,shared/* jobLabel */.OP)(job)}: every ` +
                `step of the job sees it, and the step at line ${lineOfStep(first.step)} ${first.what}, ` +
                'which then runs with the token in its environment.',
            location: ref.location,
            fix: (0,types/* advice */.v9)(`Move \`${key}\` from the job's \`env:\` to the \`env:\` of ${where}.`)
        };
    });
}
const workflowEnvExposure = {
    id: 'workflow-env-exposure',
    defaultSeverity: 'medium',
    title: 'Fly secret in workflow- or job-level env',
    help: 'A Fly token set in the workflow-level `env:` is in the environment of every job and every ' +
        'step of the workflow; one set in a job\u2019s `env:` is in every step of that job. Third-party ' +
        'actions, build scripts, test suites and anything they download can read it. Set it in the ' +
        '`env:` of the steps that run flyctl, nowhere else.',
    check(context) {
        const findings = [];
        for (const { workflow } of context.workflows) {
            // No job runs: the env reaches nothing.
            if (workflow.jobs.length === 0)
                continue;
            const withSteps = workflow.jobs.filter(j => j.uses === null).length;
            for (const ref of (0,fly_secrets/* workflowEnvFlyRefs */._f)(workflow, context.fly)) {
                const key = ref.flow.key ?? 'env';
                const name = ref.name ?? ref.expression;
                findings.push({
                    rule: 'workflow-env-exposure',
                    severity: 'medium',
                    message: `Fly secret \`${name}\` is set as \`${key}\` in the workflow-level env: every job ` +
                        `(${withSteps} here) and every step in them sees it, third-party actions and build ` +
                        'scripts included.',
                    location: ref.location,
                    fix: (0,types/* advice */.v9)(`Move \`${key}\` from the top-level \`env:\` to the \`env:\` of the steps that run flyctl.`)
                });
            }
            for (const job of workflow.jobs)
                findings.push(...jobEnvFindings(job, workflow.defaults, context));
        }
        return findings;
    }
};

// EXTERNAL MODULE: ./lib/rules/words.js
var words = __webpack_require__(642);
;// CONCATENATED MODULE: ./lib/rules/scan/workflow-parse-error.js


/** More problems than this per file are summed up in the last finding. */
const MAX_PER_FILE = 3;
function findingsFor(kind, problems) {
    const shown = problems.slice(0, MAX_PER_FILE);
    const more = problems.length - shown.length;
    return shown.map((problem, i) => {
        const broken = problem.kind === 'yaml';
        const limited = problem.kind === 'limit';
        const tail = i === shown.length - 1 && more > 0 ? ` (${(0,words/* plural */.LS)(more, 'more problem')} in this file)` : '';
        const message = broken
            ? `This ${kind} file could not be read: ${problem.message}${tail}. GitHub will not run it, and fly-token-guard checked only the parts it could read.`
            : limited
                ? `fly-token-guard did not read all of this ${kind} file: ${problem.message}${tail}. What it skipped was not checked.`
                : `GitHub\u2019s ${kind} schema rejects this: ${problem.message}${tail}. The rest of the file was checked.`;
        return {
            rule: 'workflow-parse-error',
            severity: broken || limited ? 'low' : 'info',
            message,
            location: problem.location,
            fix: (0,types/* advice */.v9)(broken
                ? 'Fix the YAML syntax at this position (indentation, quoting, a `:` or `#` inside an unquoted value).'
                : limited
                    ? 'Split or shorten the file (very long lines, huge scripts or alias bombs are not read), or review it by hand.'
                    : 'Fix the key or value GitHub rejects; `actionlint` shows the same problem with more context.')
        };
    });
}
const workflowParseError = {
    id: 'workflow-parse-error',
    defaultSeverity: 'low',
    title: 'Workflow or action file does not parse',
    help: 'The file is not valid YAML (low: GitHub will not run it and the scan could read only part ' +
        'of it) or GitHub\u2019s workflow schema rejects it (info). The scan reports what it could read.',
    check(context) {
        return [
            ...context.workflows.flatMap(({ workflow }) => findingsFor('workflow', workflow.errors)),
            ...context.actions.flatMap(action => findingsFor('action', action.errors))
        ];
    }
};

;// CONCATENATED MODULE: ./lib/rules/scan/rule-list.js












/** Every scan rule, in the order their findings are reported. */
const scanRules = [
    hardcoded_token/* hardcodedToken */.e,
    untrusted_trigger/* untrustedTrigger */.p1,
    unpinnedAction,
    tokenLeak,
    flyAuthToken,
    workflowEnvExposure,
    pull_request_exposure/* pullRequestExposure */.ar,
    secrets_inherit/* secretsInherit */.t2,
    shared_token/* sharedToken */.Ji,
    unseen_needs/* unseenNeeds */.e,
    no_environment/* noEnvironment */.De,
    workflowParseError
];
/**
 * Rules whose findings about a workflow depend on that workflow (and the repository-wide Fly
 * secret index) alone, and whose findings about actions depend on the actions alone: they run
 * one workflow at a time. The others (callers and callees, a token shared across files, every
 * text file) see the whole repository, through their own findings functions.
 */
const perWorkflowRules = new Map([
    unpinnedAction,
    tokenLeak,
    flyAuthToken,
    workflowEnvExposure,
    unseen_needs/* unseenNeeds */.e,
    no_environment/* noEnvironment */.De,
    workflowParseError
].map(rule => [rule.id, rule]));
/** The note for a rule that threw: it costs only that rule's findings. */
function ruleFailure(ruleId, error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : 'unknown error';
    return `rule ${ruleId} stopped early (${detail}); its findings are missing.`;
}


/***/ }),

/***/ 9746:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D0: () => (/* binding */ secretsInheritFindings),
/* harmony export */   mI: () => (/* binding */ inheritSummary),
/* harmony export */   t2: () => (/* binding */ secretsInherit)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3042);
/* harmony import */ var _fly_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9336);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4060);



/** What the rule needs from one workflow. */
function inheritSummary(workflow, fly) {
    const callerRefs = workflow.secretRefs.filter(r => fly.isFlyRef(r));
    const calls = [];
    for (const job of workflow.jobs) {
        const uses = job.uses;
        if (!uses || !job.secrets?.inherit)
            continue;
        calls.push({
            jobId: job.id,
            raw: uses.raw,
            usesPath: uses.path,
            local: uses.owner === null,
            calleePath: (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .localCalleePath */ .Vm)(job),
            movingRef: uses.owner !== null && !uses.pinnedToSha ? (uses.ref ?? '') : null,
            location: job.secrets.location
        });
    }
    return {
        path: workflow.path,
        callerNames: (0,_fly_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .secretNames */ .XG)(callerRefs),
        callerCount: callerRefs.length,
        jobs: workflow.jobs.map(job => ({
            calleePath: (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .localCalleePath */ .Vm)(job),
            inherit: job.secrets?.inherit ? job.secrets.location : null,
            reachable: (0,_fly_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .reachableFlyRefs */ .tl)(workflow, job, fly).map(r => r.name ?? r.expression)
        })),
        calls
    };
}
/** Fly secret names used anywhere in the repository, with the first workflow using each. */
function repositoryFlyNames(summaries) {
    const names = new Map();
    for (const s of (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .eachSummary */ .uQ)(summaries))
        for (const n of s.callerNames)
            if (!names.has(n))
                names.set(n, s.path);
    return names;
}
/** What goes with the call, for the message; null when no Fly secret does. */
function whatGoes(summary, call, calleeNames, callee, repository) {
    if (calleeNames.length > 0) {
        return {
            what: `\`${call.usesPath}\` (or a workflow it calls) uses Fly ${calleeNames.length === 1 ? 'secret' : 'secrets'} ${(0,_fly_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .listNames */ .Zv)(calleeNames)}`,
            names: [...calleeNames]
        };
    }
    if (call.local && callee)
        return null;
    if (summary.callerCount > 0) {
        return {
            what: `this workflow handles Fly ${summary.callerNames.length === 1 ? 'secret' : 'secrets'} ${(0,_fly_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .listNames */ .Zv)(summary.callerNames)}, and the called workflow receives ${summary.callerCount === 1 ? 'it' : 'them'} too`,
            names: [...summary.callerNames]
        };
    }
    if (repository.size === 0)
        return null;
    const names = [...repository.keys()];
    const where = [...new Set(repository.values())].slice(0, 2).map(p => `\`${p}\``);
    return {
        what: `the repository has Fly ${names.length === 1 ? 'secret' : 'secrets'} ${(0,_fly_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .listNames */ .Zv)(names)} (used in ${where.join(' and ')}), and the called workflow receives ${names.length === 1 ? 'it' : 'them'} too`,
        names
    };
}
/** The findings over every workflow's summary, in path order. */
function secretsInheritFindings(summaries) {
    const repository = repositoryFlyNames(summaries);
    const findings = [];
    for (const summary of (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .eachSummary */ .uQ)(summaries)) {
        for (const call of summary.calls) {
            const callee = call.calleePath === null ? undefined : summaries.get(call.calleePath);
            const calleeNames = callee ? [...new Set((0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .calleeFlyRefs */ .Gf)(summaries, callee))] : [];
            const goes = whatGoes(summary, call, calleeNames, callee, repository);
            if (!goes)
                continue;
            const explicit = goes.names
                .filter(n => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n))
                .slice(0, 3)
                .map(n => `${n}: \${{ secrets.${n} }}`)
                .join(', ');
            const moving = call.movingRef !== null;
            const owner = call.raw.trim().split('/').slice(0, 2).join('/');
            const pin = moving
                ? ` It is pinned to ${call.movingRef === '' ? 'no ref' : `\`@${call.movingRef}\``}, a branch or tag: whoever can push to \`${owner}\` changes the code that receives them.`
                : '';
            findings.push({
                rule: 'secrets-inherit',
                severity: moving ? 'high' : 'medium',
                message: `Job ${(0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .jobLabel */ .OP)({ id: call.jobId })} calls \`${call.raw.trim()}\` with \`secrets: inherit\`: every ` +
                    `secret of the repository goes with it, and ${goes.what}.${pin}`,
                location: call.location,
                fix: (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .advice */ .v9)(`Replace \`secrets: inherit\` with the secrets the workflow needs${explicit ? ` (\`secrets: { ${explicit} }\`)` : ''}` +
                    (moving ? ', and pin the called workflow to a full commit SHA.' : '.'))
            });
        }
    }
    return findings;
}
const secretsInherit = {
    id: 'secrets-inherit',
    defaultSeverity: 'medium',
    title: 'secrets: inherit hands Fly secrets to a reusable workflow',
    help: '`secrets: inherit` passes every secret the caller can see to the called workflow, whatever ' +
        'it needs. A Fly token then reaches every job of that workflow (and whatever it calls); a ' +
        'workflow of another repository pinned to a branch or tag can change under you. Pass the ' +
        'one secret it needs explicitly under `secrets:`, and pin remote workflows to a commit SHA.'
};


/***/ }),

/***/ 643:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ji: () => (/* binding */ sharedToken),
/* harmony export */   Ns: () => (/* binding */ sharedTokenUses),
/* harmony export */   P4: () => (/* binding */ sharedTokenFindings)
/* harmony export */ });
/* harmony import */ var _token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(148);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(677);
/* harmony import */ var _fly_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9336);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4060);
/* harmony import */ var _unseen_needs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(553);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(642);






const ORG_POWERS = new Set(['create-app', 'destroy-app', 'org']);
/**
 * Apps named (and given fix commands) in one finding; the rest are counted. Every file using the
 * secret gets a finding, so listing all apps in each made a monorepo's report grow with the square
 * of its size (1,000 workflows: 340 MB of findings).
 */
const MAX_LISTED_APPS = 10;
function listApps(apps) {
    const more = apps.length - MAX_LISTED_APPS;
    return apps.slice(0, MAX_LISTED_APPS).join(', ') + (more > 0 ? ` and ${more} more` : '');
}
/** Whether a position falls in a node's range (start inclusive, end exclusive). */
function inside(location, outer) {
    if (location.file !== outer.file)
        return false;
    const before = (l1, c1, l2, c2) => l1 < l2 || (l1 === l2 && c1 < c2);
    const endLine = outer.endLine ?? Number.MAX_SAFE_INTEGER;
    const endColumn = outer.endColumn ?? Number.MAX_SAFE_INTEGER;
    return (!before(location.line, location.column, outer.line, outer.column) &&
        before(location.line, location.column, endLine, endColumn));
}
const startsBefore = (a, line, column) => a.line < line || (a.line === line && a.column < column);
/**
 * Finds the step holding a position, as `job.steps.find(s => inside(place, s.location))` would.
 * Steps of one file in order, each ending before the next starts (the usual case), are searched
 * by halves: a job of thousands of steps would otherwise be walked once per position.
 */
function stepLocator(job) {
    const steps = job.steps;
    const ordered = steps.every((s, i) => {
        const next = steps[i + 1];
        if (!next)
            return true;
        const end = s.location;
        return (end.file === next.location.file &&
            end.endLine !== undefined &&
            end.endColumn !== undefined &&
            !startsBefore(next.location, end.endLine, end.endColumn));
    });
    if (!ordered)
        return place => steps.find(s => inside(place, s.location));
    return place => {
        // The last step starting at or before the position is the only one that can hold it.
        let low = 0;
        let high = steps.length - 1;
        let found = -1;
        while (low <= high) {
            const mid = (low + high) >> 1;
            const at = steps[mid].location;
            if (startsBefore(place, at.line, at.column))
                high = mid - 1;
            else {
                found = mid;
                low = mid + 1;
            }
        }
        const step = steps[found];
        return step && inside(place, step.location) ? step : undefined;
    };
}
/** The one secret name among references, or null when there are none or several. */
function single(refs) {
    const names = new Set(refs.map(r => r.name));
    if (names.size !== 1 || names.has(null))
        return null;
    return refs;
}
function flyRefsOf(workflow, fly) {
    const jobs = new Map();
    const steps = new Map();
    let workflowEnv;
    const jobRefs = (job) => {
        let refs = jobs.get(job);
        if (!refs) {
            refs = job.secretRefs.filter(r => fly.isFlyRef(r));
            jobs.set(job, refs);
        }
        return refs;
    };
    return {
        job: jobRefs,
        // Grouped once per job: a job of thousands of steps would otherwise filter every reference
        // for every step.
        byStep(job) {
            let grouped = steps.get(job);
            if (!grouped) {
                grouped = new Map();
                for (const r of jobRefs(job)) {
                    const group = grouped.get(r.stepIndex);
                    if (group)
                        group.push(r);
                    else
                        grouped.set(r.stepIndex, [r]);
                }
                steps.set(job, grouped);
            }
            return grouped;
        },
        workflowEnv: () => (workflowEnv ??= (0,_fly_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .workflowEnvFlyRefs */ ._f)(workflow, fly))
    };
}
/** The Fly references a step runs with: its own, else the job's env, else the workflow's. */
function refsOfStep(job, step, flyRefs) {
    const byStep = flyRefs.byStep(job);
    if (step) {
        const stepRefs = byStep.get(step.index) ?? [];
        if (stepRefs.length > 0)
            return stepRefs;
    }
    const jobEnv = (byStep.get(null) ?? []).filter(r => r.flow.kind === 'env');
    if (jobEnv.length > 0)
        return jobEnv;
    return flyRefs.workflowEnv();
}
/** Which secret a piece of evidence used: its step's, else the job's, else the workflow's. */
function tokenOf(job, step, flyRefs) {
    if (job.uses) {
        return single(flyRefs.job(job).filter(r => r.flow.kind === 'secrets' || r.flow.kind === 'with'));
    }
    return single(refsOfStep(job, step, flyRefs));
}
const actionFiles = (dir) => [`${dir}/action.yml`, `${dir}/action.yaml`];
/**
 * Which secret evidence found in another file used (a local composite action's step, a script or
 * package script the job runs), when needs inference names neither the secret nor the step that
 * led there. The steps that can: the ones using that action, else every step that runs the
 * repository's code (a script, a local action). The secret is known when all of them that hold a
 * Fly secret hold the same one.
 */
function tokenOutside(job, file, flyRefs) {
    const local = (step) => step.uses?.kind === 'local';
    const callers = job.steps.filter(s => local(s) && s.uses?.path != null && actionFiles(s.uses.path).includes(file));
    const candidates = callers.length > 0 ? callers : job.steps.filter(s => s.run || local(s));
    return single(candidates.flatMap(step => refsOfStep(job, step, flyRefs)));
}
const positionKey = (l) => l ? `${l.file}:${l.line}:${l.column}` : '';
/**
 * The position key of each piece of evidence. Evidence comes sorted by position, several pieces
 * at each: a piece at its predecessor's position reuses that key (one string per position, and
 * map lookups with a key whose hash is already known).
 */
function positionKeys(evidences) {
    const keys = [];
    let previous;
    let previousKey = '';
    for (const { location } of evidences) {
        const same = previous !== undefined &&
            location !== undefined &&
            location.file === previous.file &&
            location.line === previous.line &&
            location.column === previous.column;
        const key = same ? previousKey : positionKey(location);
        keys.push(key);
        previous = location;
        previousKey = key;
    }
    return keys;
}
/**
 * One command that may target several apps (`--app ${{ steps.x.outputs.app }}` computed from the
 * branch) in a step with its own `if:`: which app that step really deploys depends on the
 * condition, which inference does not follow. Such alternatives do not count; a matrix does
 * (every combination runs).
 */
function conditionalAlternative(evidence, apps, step) {
    if (!apps || apps.size < 2 || /\bmatrix\./.test(evidence.command))
        return false;
    return step()?.if != null;
}
/** The apps of a job's evidence by command position (one pass, not one per evidence). */
function appsByPosition(all, keys) {
    const appsAt = new Map();
    all.forEach((e, i) => {
        const key = keys[i] ?? '';
        let apps = appsAt.get(key);
        if (!apps) {
            apps = new Set();
            appsAt.set(key, apps);
        }
        apps.add(e.app);
    });
    return appsAt;
}
/**
 * The job's evidence with what the rule asks of each: its position key, the step holding it and
 * the secret that step uses. Evidence comes sorted by position, with several pieces (one per
 * capability, app and matrix combination) at each: the step and secret are worked out once per
 * position and per step.
 */
function evidenceOfJob(file, job, evidences, flyRefs) {
    const keys = positionKeys(evidences);
    const locate = stepLocator(job);
    const steps = new Map();
    const tokens = new Map();
    const stepAt = (index) => {
        const evidence = evidences[index];
        const location = evidence?.location;
        // In another file (a script, a composite action): the call site in this workflow that led
        // there, when needs inference says (`via`, outermost first).
        const elsewhere = location !== undefined && location.file !== file;
        const place = elsewhere ? evidence?.via?.find(v => v.file === file) : location;
        const key = elsewhere ? `via:${positionKey(place)}` : (keys[index] ?? '');
        if (steps.has(key))
            return steps.get(key);
        // The step holding a position depends on the position alone (file, line, column).
        const step = place ? locate(place) : undefined;
        steps.set(key, step);
        return step;
    };
    const outside = new Map();
    const named = new Map();
    const tokenAt = (index) => {
        const evidence = evidences[index];
        const step = job.uses ? undefined : stepAt(index);
        // The secrets needs inference traced the command's token to, when it could.
        const secrets = job.uses ? undefined : evidence?.secrets;
        if (secrets) {
            const key = `${secrets.join(',')}|${step?.index ?? ''}`;
            if (!named.has(key))
                named.set(key, refsNamed(job, step, secrets, flyRefs));
            return named.get(key) ?? null;
        }
        const elsewhere = evidence?.location?.file;
        if (!job.uses && !step && elsewhere !== undefined && elsewhere !== file) {
            if (!outside.has(elsewhere))
                outside.set(elsewhere, tokenOutside(job, elsewhere, flyRefs));
            return outside.get(elsewhere) ?? null;
        }
        if (tokens.has(step))
            return tokens.get(step) ?? null;
        const refs = tokenOf(job, step, flyRefs);
        tokens.set(step, refs);
        return refs;
    };
    return { keys, stepAt, tokenAt };
}
/**
 * The references of the one secret a command runs with: the step's own (or the job's, or the
 * workflow's env) of that name, else any of the job's. Null for several secrets (`A || B`).
 */
function refsNamed(job, step, secrets, flyRefs) {
    if (secrets.length !== 1)
        return null;
    const name = secrets[0];
    const near = refsOfStep(job, step, flyRefs).filter(r => r.name === name);
    if (near.length > 0)
        return near;
    const any = [...flyRefs.job(job), ...flyRefs.workflowEnv()].filter(r => r.name === name);
    return any.length > 0 ? any : null;
}
/** What the rule needs from one workflow (with what each job needs from its token). */
function sharedTokenUses(workflow, needs, fly) {
    /** By secret name, then by job id, in the order seen. */
    const uses = new Map();
    const flyRefs = flyRefsOf(workflow, fly);
    for (const job of workflow.jobs) {
        // Evidence counts only through a Fly secret the job or the workflow env holds: the needs of
        // a job without one are not asked for.
        if (flyRefs.job(job).length === 0 && flyRefs.workflowEnv().length === 0)
            continue;
        const evidences = needs.get(job.id)?.evidence ?? [];
        const { keys, stepAt, tokenAt } = evidenceOfJob(workflow.path, job, evidences, flyRefs);
        const appsAt = appsByPosition(evidences, keys);
        evidences.forEach((evidence, i) => {
            if (conditionalAlternative(evidence, appsAt.get(keys[i] ?? ''), () => stepAt(i)))
                return;
            const refs = tokenAt(i);
            const name = refs?.[0]?.name;
            if (!refs || name === undefined || name === null)
                return;
            let jobs = uses.get(name);
            if (!jobs) {
                jobs = new Map();
                uses.set(name, jobs);
            }
            let use = jobs.get(job.id);
            if (!use) {
                use = { org: false, apps: new Set(), refs: [], seen: new Set() };
                jobs.set(job.id, use);
            }
            if (ORG_POWERS.has(evidence.capability))
                use.org = true;
            if (evidence.app === null || evidence.capability === 'read')
                return;
            use.apps.add(evidence.app);
            // Every evidence of a step names the same references: keep each once.
            for (const r of refs) {
                if (r.location.file !== workflow.path || use.seen.has(r))
                    continue;
                use.seen.add(r);
                use.refs.push(r);
            }
        });
    }
    // Jobs that hand a secret to what cannot be seen may act on apps not counted here.
    const unseenJobs = new Map();
    for (const { job, secrets } of (0,_unseen_needs_js__WEBPACK_IMPORTED_MODULE_3__/* .jobsWithUnseenUses */ .T)(workflow, needs, fly)) {
        for (const name of secrets) {
            unseenJobs.set(name, [...(unseenJobs.get(name) ?? []), job.id]);
            if (!uses.has(name))
                uses.set(name, new Map());
        }
    }
    return {
        path: workflow.path,
        uses: [...uses].map(([name, jobs]) => {
            const acting = [...jobs].filter(([, use]) => use.apps.size > 0);
            const first = (refs) => (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .inFileOrder */ .w$)(refs)[0]?.location ?? null;
            return {
                name,
                orgPower: [...jobs.values()].some(use => use.org),
                orgJobs: [...jobs].filter(([, use]) => use.org).map(([id]) => id),
                routine: acting
                    .filter(([, use]) => !use.org)
                    .map(([id, use]) => ({ job: id, apps: [...use.apps], first: first(use.refs) })),
                apps: [...new Set(acting.flatMap(([, use]) => [...use.apps]))],
                jobs: acting.map(([id]) => id),
                first: first(acting.flatMap(([, use]) => use.refs)),
                unseenJobs: unseenJobs.get(name) ?? []
            };
        })
    };
}
/** One line per app: mint its deploy token and store it as its own secret. */
function mintAndStore(app) {
    // The secret's name is the app's, upper-cased: the scrub on the way out cannot recognise a
    // token written as an app name once transformed, so a token-shaped name is not used at all.
    if ((0,_token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeToken */ .NM)(app, _token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN_SHAPE */ .y0.fragment)) {
        return `fly tokens create deploy -a ${APP_PLACEHOLDER} -x 2160h | gh secret set FLY_TOKEN_${APP_PLACEHOLDER}`;
    }
    return `fly tokens create deploy -a ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_4__/* .shellWord */ .r)(app)} -x 2160h | gh secret set ${secretNameFor(app)}`;
}
/** The findings over every workflow's uses, given in path order. */
function sharedTokenFindings(files) {
    const usages = new Map();
    for (const { path, uses } of files) {
        for (const use of uses) {
            let usage = usages.get(use.name);
            if (!usage) {
                usage = {
                    apps: new Set(),
                    orgPower: false,
                    files: new Map(),
                    orgJobs: [],
                    routine: new Map(),
                    unseen: []
                };
                usages.set(use.name, usage);
            }
            if (use.orgPower)
                usage.orgPower = true;
            for (const job of use.orgJobs)
                usage.orgJobs.push({ path, job });
            for (const job of use.unseenJobs)
                usage.unseen.push({ path, job });
            if (use.routine.length > 0)
                usage.routine.set(path, use.routine);
            if (use.apps.length === 0)
                continue;
            for (const app of use.apps)
                usage.apps.add(app);
            usage.files.set(path, { apps: new Set(use.apps), jobs: new Set(use.jobs), first: use.first });
        }
    }
    const findings = [];
    for (const [name, usage] of usages) {
        if (usage.orgPower) {
            findings.push(...orgTokenFindings(name, usage));
            continue;
        }
        if (usage.apps.size < 2)
            continue;
        const apps = [...usage.apps].sort();
        const fixed = apps.slice(0, MAX_LISTED_APPS);
        const unlisted = apps.length > fixed.length
            ? ` The commands cover the first ${fixed.length} of its ${apps.length} apps; repeat them for the rest.`
            : '';
        // The same for every file using the secret: made once per secret.
        const listed = listApps(apps);
        const commands = fixed.map(mintAndStore);
        for (const [path, file] of usage.files) {
            const here = [...file.apps].sort();
            const jobs = [...file.jobs].map(j => `\`${j}\``).join(', ');
            const elsewhere = here.length < apps.length ? ' (the others elsewhere in the repository)' : '';
            findings.push({
                rule: 'shared-token',
                severity: 'medium',
                message: `Fly secret \`${name}\` acts on ${(0,_words_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(apps.length, 'app')} (${listed}); ` +
                    `here job${file.jobs.size === 1 ? '' : 's'} ${jobs} use${file.jobs.size === 1 ? 's' : ''} it for ${listApps(here)}${elsewhere}. ` +
                    'A leak of it reaches all of them; one deploy token per app limits a leak to that app.' +
                    unseenSentence(usage.unseen, path),
                location: file.first ?? { file: path, line: 1, column: 1 },
                fix: {
                    summary: `Mint one deploy token per app, store each as its own secret and use it only in the steps that deploy that app; then revoke the shared token.${unlisted}`,
                    commands: [...commands]
                }
            });
        }
    }
    return findings;
}
/**
 * " Job `worker` also holds it and runs what the scan cannot read, so it may reach more apps
 * than these." (jobs of other workflows named with their file); empty when there are none.
 */
function unseenSentence(unseen, here) {
    if (unseen.length === 0)
        return '';
    const jobs = unseen.map(({ path, job }) => path === here ? `\`${job}\`` : `\`${job}\` (\`${path}\`)`);
    const one = unseen.length === 1;
    return (` Job${one ? '' : 's'} ${listApps(jobs)} also hold${one ? 's' : ''} it and run${one ? 's' : ''} ` +
        'what the scan cannot read, so it may reach more apps than these.');
}
/** Stands for an app whose name cannot be repeated (it looks like a token). */
const APP_PLACEHOLDER = '<APP>';
const secretNameFor = (app) => `FLY_TOKEN_${app.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
/**
 * An org token (some job creates or destroys apps with it: review apps) that other jobs use for
 * routine work on named apps (the production deploy): one finding per workflow holding such jobs.
 */
function orgTokenFindings(name, usage) {
    if (usage.orgJobs.length === 0 || usage.routine.size === 0)
        return [];
    const byFile = new Map();
    for (const { path, job } of usage.orgJobs) {
        const jobs = byFile.get(path) ?? [];
        if (!jobs.includes(`\`${job}\``))
            jobs.push(`\`${job}\``);
        byFile.set(path, jobs);
    }
    const orgCount = [...byFile.values()].reduce((n, jobs) => n + jobs.length, 0);
    const orgWhere = `job${orgCount === 1 ? '' : 's'} ` +
        [...byFile].map(([path, jobs]) => `${listApps(jobs)} (\`${path}\`)`).join(' and ');
    const findings = [];
    for (const [path, routine] of usage.routine) {
        const apps = [...new Set(routine.flatMap(r => r.apps))].sort();
        const fixed = apps.slice(0, MAX_LISTED_APPS);
        const jobs = routine.map(r => `\`${r.job}\``);
        const location = (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .inFileOrder */ .w$)(routine.flatMap(r => (r.first ? [{ location: r.first }] : [])))[0]
            ?.location;
        findings.push({
            rule: 'shared-token',
            severity: 'high',
            message: `Fly secret \`${name}\` creates or destroys apps in ${orgWhere}, so it must be an org ` +
                `token, and here job${jobs.length === 1 ? '' : 's'} ${listApps(jobs)} also use${jobs.length === 1 ? 's' : ''} it for ${listApps(apps)}. ` +
                'Routine work on one app then holds a token that reaches every app of the organisation: a leak from that job is a leak of all of them.',
            location: location ?? { file: path, line: 1, column: 1 },
            fix: {
                summary: `Split the secret: keep \`${name}\` (the org token) for the job${orgCount === 1 ? '' : 's'} that create${orgCount === 1 ? 's' : ''} and destroy${orgCount === 1 ? 's' : ''} apps only; ` +
                    'mint a deploy token for each app the other jobs work on, store it as its own secret and use it there instead.' +
                    (apps.length > fixed.length
                        ? ` The commands cover the first ${fixed.length} of ${apps.length} apps.`
                        : ''),
                commands: fixed.map(mintAndStore)
            }
        });
    }
    return findings;
}
const sharedToken = {
    id: 'shared-token',
    defaultSeverity: 'medium',
    title: 'One Fly secret used for several apps',
    help: 'When one token deploys several apps, a leak of it (a compromised step, a log, a pull ' +
        'request) reaches all of them, and it must be broad (an org token) to work at all. One ' +
        'deploy token per app (`fly tokens create deploy -a APP`) limits each leak to one app. An ' +
        'org token that review-app jobs need (they create and destroy apps) must stay in those ' +
        'jobs: the production deploy gets its own deploy token.'
};


/***/ }),

/***/ 4060:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ calleeFlyRefs),
/* harmony export */   OP: () => (/* binding */ jobLabel),
/* harmony export */   Ow: () => (/* binding */ MAX_CALL_DEPTH),
/* harmony export */   Vm: () => (/* binding */ localCalleePath),
/* harmony export */   tS: () => (/* binding */ liveRefs),
/* harmony export */   uQ: () => (/* binding */ eachSummary),
/* harmony export */   w$: () => (/* binding */ inFileOrder),
/* harmony export */   yz: () => (/* binding */ summaryJob)
/* harmony export */ });
/* harmony import */ var _conditions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9963);
/* harmony import */ var _fly_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9336);


/** GitHub nests reusable workflows at most four levels deep: the rules follow them no deeper. */
const MAX_CALL_DEPTH = 4;
/** Items with a location, in file order. */
function inFileOrder(items) {
    return [...items].sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
}
/** How messages name a job: its id, in backticks. */
function jobLabel(job) {
    return `\`${job.id}\``;
}
/** The local reusable workflow a job calls (`uses: ./.github/workflows/x.yml`); null if none. */
function localCalleePath(job) {
    const uses = job.uses;
    return uses?.kind === 'reusable-workflow' && uses.owner === null ? uses.path : null;
}
function summaryJob(workflow, job, fly) {
    const stepIfs = new Map(job.steps.map(step => [step.index, step.if]));
    return {
        id: job.id,
        if: job.if,
        needs: [...job.needs],
        calleePath: localCalleePath(job),
        inherit: job.secrets?.inherit ? job.secrets.location : null,
        reachable: (0,_fly_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .reachableFlyRefs */ .tl)(workflow, job, fly).map(r => ({
            name: r.name ?? r.expression,
            stepIndex: r.stepIndex,
            if: r.stepIndex === null ? null : (stepIfs.get(r.stepIndex) ?? null),
            location: r.location
        }))
    };
}
/** The Fly references of a job that may be present when its steps run under these facts. */
function liveRefs(job, facts) {
    return job.reachable.filter(ref => (0,_conditions_js__WEBPACK_IMPORTED_MODULE_0__/* .mayRun */ .Q)(ref.if, facts));
}
/** Every summary in path order, one at a time. */
function* eachSummary(summaries) {
    for (let i = 0; i < summaries.count; i++) {
        const summary = summaries.at(i);
        if (summary !== undefined)
            yield summary;
    }
}
/**
 * Fly references inside a local reusable workflow and the local ones it passes them on to (with
 * `secrets: inherit` or explicit Fly secrets). A workflow reached again no shallower than before
 * is not walked again: it adds no reference, and walking every path of a call graph that fans out
 * (each workflow calling the next from many jobs) is exponential.
 */
function calleeFlyRefs(byPath, callee) {
    const refs = [];
    const walkedAt = new Map();
    const walk = (chain, stack) => {
        walkedAt.set(chain.path, stack.length);
        const below = [...stack, chain.path];
        for (const job of chain.jobs ?? []) {
            refs.push(...job.reachable);
            const path = job.calleePath;
            if (path === null || (job.inherit === null && job.reachable.length === 0))
                continue;
            if (below.length >= MAX_CALL_DEPTH || below.includes(path))
                continue;
            const before = walkedAt.get(path);
            if (before !== undefined && before <= below.length)
                continue;
            const next = byPath.get(path);
            if (next)
                walk(next, below);
        }
    };
    walk(callee, []);
    return refs;
}


/***/ }),

/***/ 2965:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ findTokenLiterals)
/* harmony export */ });
/* harmony import */ var _token_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6700);
/* harmony import */ var _token_find_tokens_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3473);
// Fly token literals in text, in every form `findTokens` recognises (labelled bundles, bare
// bodies, wrapped, URL-encoded, base64, legacy 43-character tokens where the text says token).
// Each candidate is decoded offline; only text that decodes as a usable token counts
// (documentation placeholders and truncated examples do not). A bundle is one literal. Callers
// get offsets and the inspection, never a copy of the text to print.



function usable(inspection) {
    return inspection.kind !== 'malformed';
}
/** A piece that works on its own: a user token, or a macaroon with an organization, discharged. */
function worksAlone(inspection) {
    if (!usable(inspection))
        return false;
    if (inspection.kind !== 'personal' && inspection.orgIds.length === 0)
        return false;
    return !inspection.problems.some(p => p.code === 'missing-discharge');
}
/** A legacy personal token (43 characters), as written or encoded. */
const isLegacy = (found) => /^[A-Za-z0-9_-]{43}$/.test(found.token);
function inspectionOf(found) {
    if (isLegacy(found)) {
        const inspection = (0,_token_index_js__WEBPACK_IMPORTED_MODULE_0__/* .inspectToken */ .e4)(found.token);
        return inspection.kind === 'personal' ? inspection : null;
    }
    const oauth = /fo1_([A-Za-z0-9_-]{43})/.exec(found.token);
    const macaroons = /f[m][12][ra]?_/.test(found.token);
    if (oauth && !macaroons && (0,_token_find_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .looksLikePlaceholder */ .p6)(oauth[1] ?? ''))
        return null;
    const whole = (0,_token_index_js__WEBPACK_IMPORTED_MODULE_0__/* .inspectToken */ .e4)(found.token);
    if (usable(whole))
        return whole;
    // A bundle that does not decode as a whole may still hold a piece that does: still one literal.
    const pieces = found.token.replace(/^FlyV1 /, '').split(',');
    for (const piece of pieces) {
        const inspection = (0,_token_index_js__WEBPACK_IMPORTED_MODULE_0__/* .inspectToken */ .e4)(piece);
        if (worksAlone(inspection))
            return inspection;
    }
    return null;
}
/** Every Fly token literal in a text, in order, none overlapping. */
function findTokenLiterals(text) {
    if (!(0,_token_find_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .mayHoldToken */ .uW)(text))
        return [];
    const literals = [];
    for (const found of (0,_token_find_tokens_js__WEBPACK_IMPORTED_MODULE_1__/* .findTokens */ .GY)(text)) {
        const inspection = inspectionOf(found);
        if (inspection === null)
            continue;
        const shape = isLegacy(found)
            ? 'legacy'
            : /f[m][12][ra]?_/.test(found.token)
                ? 'macaroon'
                : 'oauth';
        literals.push({
            start: found.start,
            end: found.end,
            inspection,
            shape,
            form: found.form,
            wrapped: found.wrapped,
            token: found.token
        });
    }
    return literals;
}


/***/ }),

/***/ 553:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ jobsWithUnseenUses),
/* harmony export */   e: () => (/* binding */ unseenNeeds)
/* harmony export */ });
/* harmony import */ var _token_needs_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8134);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3042);
/* harmony import */ var _fly_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9336);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4060);




const ID = 'unknown-needs';
/**
 * The jobs of a workflow that hold a Fly secret (their own or the workflow env's) and hand it to
 * what needs inference cannot read. An unseen use that names its secrets counts for the Fly ones
 * among them; one that does not (the token comes from the env) counts for every Fly secret the
 * job holds. Jobs without a Fly secret are not inferred at all.
 */
function jobsWithUnseenUses(workflow, needs, fly) {
    const out = [];
    for (const job of workflow.jobs) {
        const held = [
            ...new Set((0,_fly_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .reachableFlyRefs */ .tl)(workflow, job, fly).flatMap(r => (r.name === null ? [] : [r.name])))
        ];
        if (held.length === 0)
            continue;
        const jobNeeds = needs.get(job.id);
        if (!jobNeeds)
            continue;
        const secrets = new Set();
        const uses = (0,_token_needs_text_js__WEBPACK_IMPORTED_MODULE_0__/* .unseenUses */ .ho)(jobNeeds).filter(use => {
            const reaching = use.secrets ? held.filter(name => use.secrets?.includes(name)) : held;
            for (const name of reaching)
                secrets.add(name);
            return reaching.length > 0;
        });
        if (uses.length === 0)
            continue;
        out.push({ job, secrets: held.filter(name => secrets.has(name)), uses, needs: jobNeeds });
    }
    return out;
}
function findingOf(unseen) {
    const { job, secrets, uses, needs } = unseen;
    const first = uses[0];
    return {
        rule: ID,
        severity: 'low',
        message: `Job ${(0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .jobLabel */ .OP)(job)} holds Fly secret${secrets.length === 1 ? '' : 's'} ${(0,_fly_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .listNames */ .Zv)(secrets)} ` +
            `and needs ${(0,_token_needs_text_js__WEBPACK_IMPORTED_MODULE_0__/* .seenNeeds */ .pd)(needs)}; could not see: ${(0,_token_needs_text_js__WEBPACK_IMPORTED_MODULE_0__/* .listUnseen */ .PT)(uses)}. ` +
            "The scan's other rules (the apps shared-token counts, ...) count only what they can see, " +
            'so what the token does there is not judged.',
        ...(first ? { location: first.location } : {}),
        fix: (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .advice */ .v9)('Make it visible: a shell script committed in the repository, or `fly ... -a APP` in the ' +
            'workflow, is followed. Or, in the deploy job, declare what it needs in the guard step ' +
            '(`needs: deploy` and `apps: APP`), adding what the unseen steps do.')
    };
}
const unseenNeeds = {
    id: ID,
    defaultSeverity: 'low',
    title: 'What the job does with the token cannot all be seen',
    help: 'A job holds a Fly secret and hands it to something the guard cannot read: a script that is ' +
        'not in the checkout or not a shell script (`python deploy.py`, `node deploy.js`), a program ' +
        'or container given the token, an action this guard does not know, an AI agent with shell ' +
        "access. The scan's other rules count only what they can see, so the job is named rather " +
        'than passed silently. Make the use visible (a shell script in the repository, `fly ... -a ' +
        'APP` in the workflow), or declare the needs in the guard step of the deploy job.',
    check(context) {
        return context.workflows.flatMap(({ workflow, needs }) => jobsWithUnseenUses(workflow, needs, context.fly).map(findingOf));
    }
};


/***/ }),

/***/ 5716:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T1: () => (/* binding */ untrustedCalleePaths),
  Lc: () => (/* binding */ untrustedFindings),
  l3: () => (/* binding */ untrustedSummary),
  p1: () => (/* binding */ untrustedTrigger)
});

// EXTERNAL MODULE: ./lib/rules/types.js
var types = __webpack_require__(3042);
// EXTERNAL MODULE: ./lib/rules/scan/conditions.js
var conditions = __webpack_require__(9963);
// EXTERNAL MODULE: ./lib/rules/scan/fly-secrets.js
var fly_secrets = __webpack_require__(9336);
// EXTERNAL MODULE: ./lib/workflow/expressions.js
var expressions = __webpack_require__(3174);
// EXTERNAL MODULE: ./lib/workflow/shell.js
var shell = __webpack_require__(9679);
// EXTERNAL MODULE: ./lib/workflow/known-actions.js
var known_actions = __webpack_require__(2528);
// EXTERNAL MODULE: ./lib/workflow/script-follow.js + 6 modules
var script_follow = __webpack_require__(9020);
// EXTERNAL MODULE: ./lib/workflow/index.js + 3 modules
var workflow = __webpack_require__(4541);
;// CONCATENATED MODULE: ./lib/rules/scan/agents.js
// AI coding agents a step can start: actions and command-line tools that take instructions from
// text (an issue, a comment, a pull request) and run shell commands. In a job holding a Fly token,
// whoever writes that text can ask the agent to read the token. The agents are the ones needs
// inference knows (its `unknown-needs` names them too): one list.




/** Package runners whose first operand is the program they fetch and run. */
const RUNNERS = new Set(['npx', 'bunx', 'pnpx']);
/**
 * The agent a step starts (`anthropics/claude-code-action`, `claude`, `@openai/codex`), or null.
 * A script is read in its dialect (`defaults`: the job's, then the workflow's `defaults.run`).
 */
function agentOf(step, defaults, runsOn) {
    const uses = step.uses;
    if (uses) {
        if (uses.kind !== 'action')
            return null;
        const name = `${uses.owner ?? ''}/${uses.repo ?? ''}`;
        return known_actions/* AGENT_ACTION */.X.test(name.toLowerCase()) ? name : null;
    }
    const script = (0,workflow.stepScript)(step, defaults, runsOn);
    if (!script)
        return null;
    // Windows names ignore case and may carry `.exe` or `.cmd` (`npx.cmd`).
    const name = (word) => script.dialect === 'sh' ? word : word.toLowerCase().replace(/\.(exe|cmd)$/, '');
    for (const command of script.commands) {
        const words = command.words.map(w => (0,shell/* wordLiteral */.aw)(w) ?? '');
        const base = name((words[0] ?? '').split('/').pop() ?? '');
        if (script_follow/* AGENTS */.jw.has(base))
            return base;
        if (!RUNNERS.has(base))
            continue;
        const fetched = words.slice(1).find(w => !w.startsWith('-')) ?? '';
        if (known_actions/* AGENT_ACTION */.X.test(fetched.toLowerCase()))
            return fetched;
    }
    return null;
}

;// CONCATENATED MODULE: ./lib/rules/scan/pr-code.js
// Where a job running on `pull_request_target`, `workflow_run` or a comment event brings in code
// or data that someone else controls: a checkout of the PR head, artifacts of the triggering run,
// event fields (titles, branch names, comments) interpolated into a script, or an AI agent that
// takes its instructions from that text and has a shell.



const isCommentEvent = (event) => event !== 'pull_request_target' && event !== 'workflow_run';
/** Expressions naming the pull request's own code. */
const PR_HEAD = /github\.event\.pull_request\.head\.(?:sha|ref|repo)|github\.head_ref|github\.event\.pull_request\.merge_commit_sha|refs\/pull\/|github\.event\.(?:number|pull_request\.number)/i;
/** Expressions naming the code of the run that triggered a workflow_run. */
const RUN_HEAD = /github\.event\.workflow_run\.(?:head_sha|head_branch|head_commit|head_repository|pull_requests)/i;
/**
 * Expressions a comment-triggered workflow uses for the pull request's code: its number or ref
 * (`refs/pull/N/head`), text from the comment, or what an earlier step looked up (`head_sha`,
 * `ref` outputs of a step or job: the pull request's head, in such a workflow).
 */
const COMMENT_HEAD = /refs\/pull\/|github\.event\.(?:issue\.number|pull_request\.(?:head\.(?:sha|ref|repo)|number)|comment\.body)|github\.head_ref|\b(?:steps|needs)\.[\w-]+\.outputs\.[\w-]*(?:head|sha|ref|branch)/i;
/** Event fields whose text the pull request's author (or a commenter) chooses. */
const INJECTABLE = /github\.head_ref|github\.event\.(?:pull_request\.(?:title|body|head\.ref|head\.label|head\.repo\.(?:description|homepage|default_branch))|issue\.(?:title|body)|discussion\.(?:title|body)|comment\.body|review\.body|review_comment\.body|head_commit\.(?:message|author\.(?:name|email))|workflow_run\.(?:head_branch|head_commit\.(?:message|author\.(?:name|email))|display_title|pull_requests))/i;
function isAction(step, ownerRepo) {
    const uses = step.uses;
    return uses !== null && uses.kind === 'action' && ownerRepo.test(`${uses.owner}/${uses.repo}`);
}
function withValue(step, key) {
    return step.with.find(kv => kv.key === key)?.value ?? null;
}
/** The head pattern, plus `inputs.X` for the inputs a caller filled with the head. */
function headPattern(event, headInputs) {
    const base = event === 'pull_request_target' ? PR_HEAD : event === 'workflow_run' ? RUN_HEAD : COMMENT_HEAD;
    if (headInputs.size === 0)
        return base;
    const names = [...headInputs].map(n => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|');
    return new RegExp(`${base.source}|\\binputs\\.(?:${names})\\b`, 'i');
}
function checkoutOfHead(step, head) {
    if (!step.checkout)
        return false;
    return head.test(step.checkout.ref) || head.test(step.checkout.repository);
}
const FETCH_COMMAND = /\b(?:gh|hub)\s+pr\s+checkout\b|\bgh\s+run\s+download\b|\bgit\s+(?:fetch|checkout|switch|pull|merge|reset|worktree|clone)\b/;
/** `gh pr checkout`, `git fetch origin pull/1/head`, `git checkout ${{ ...head.sha }}`. */
function scriptFetchesHead(step, event, head) {
    for (const { line, text } of step.scriptLines) {
        if (event !== 'workflow_run' && /\b(?:gh|hub)\s+pr\s+checkout\b/.test(text))
            return line;
        if (event === 'workflow_run' && /\bgh\s+run\s+download\b/.test(text))
            return line;
        const git = /\bgit\s+(?:fetch|checkout|switch|pull|merge|reset|worktree|clone)\b/.test(text);
        if (git && (head.test(text) || /\bpull\/[^\s]*\/(?:head|merge)\b/.test(text))) {
            return line;
        }
    }
    return null;
}
function downloadsRunArtifacts(step) {
    const uses = step.uses;
    if (uses === null || uses.kind !== 'action')
        return false;
    const name = `${uses.owner}/${uses.repo}`.toLowerCase();
    if (name === 'actions/download-artifact') {
        return step.with.some(kv => ['run-id', 'github-token'].includes(kv.key));
    }
    if (/download-artifact/.test(name))
        return true;
    if (name === 'actions/github-script') {
        return /downloadArtifact|listWorkflowRunArtifacts/.test(withValue(step, 'script') ?? '');
    }
    return false;
}
function injection(step) {
    const texts = [step.run?.text ?? ''];
    if (isAction(step, /^actions\/github-script$/i))
        texts.push(withValue(step, 'script') ?? '');
    for (const text of texts) {
        for (const span of (0,expressions/* findExpressions */.zV)(text)) {
            const match = INJECTABLE.exec(span.inner);
            if (match)
                return match[0];
        }
    }
    return null;
}
/**
 * Script lines that fetch code. A line that matches matches inside the whole script too (no
 * anchors; a line break is a word boundary), so most scripts are ruled out without their lines.
 */
function fetchLines(step) {
    if (!step.run || !FETCH_COMMAND.test(step.run.text))
        return [];
    return step.run.lines
        .filter(l => FETCH_COMMAND.test(l.text))
        .map(l => ({ line: l.line, text: l.text }));
}
/** A job's steps as `PrCodeStep`s, in step order. */
function prCodeSteps(job, workflowDefaults) {
    const defaults = [job.defaults, workflowDefaults];
    return job.steps.map(step => ({
        index: step.index,
        if: step.if,
        where: step.uses?.location ?? step.run?.location ?? step.location,
        checkout: isAction(step, /^actions\/checkout$/i)
            ? { ref: withValue(step, 'ref') ?? '', repository: withValue(step, 'repository') ?? '' }
            : null,
        scriptLines: fetchLines(step),
        downloadsArtifacts: downloadsRunArtifacts(step),
        injection: injection(step),
        agent: agentOf(step, defaults, job.runsOn)
    }));
}
/** What one step brings in from the pull request (or comment) under `head`, if anything. */
function inputOf(step, event, head) {
    const at = { stepIndex: step.index, location: step.where };
    if (checkoutOfHead(step, head)) {
        const what = event === 'workflow_run'
            ? "checks out the triggering run's head commit"
            : "checks out the pull request's head";
        return { ...at, what };
    }
    const line = scriptFetchesHead(step, event, head);
    if (line !== null) {
        return {
            stepIndex: step.index,
            what: event === 'workflow_run'
                ? "fetches the triggering run's code or artifacts in a script"
                : "fetches the pull request's head in a script",
            location: { ...step.where, line, column: 1, endLine: line }
        };
    }
    if (event === 'workflow_run' && step.downloadsArtifacts) {
        const what = "downloads the triggering run's artifacts (a pull request controls their content)";
        return { ...at, what };
    }
    if (step.injection !== null) {
        const author = isCommentEvent(event) ? 'the commenter' : "the pull request's author";
        const what = `interpolates \`${step.injection}\` (text ${author} chooses) into a script`;
        return { ...at, what };
    }
    if (step.agent !== null) {
        const source = isCommentEvent(event) ? 'the comment' : 'the pull request';
        const what = `starts an AI agent (\`${step.agent}\`) that reads ${source} and can run commands`;
        return { ...at, what };
    }
    return null;
}
/** The first step that brings in what a pull request's author (or a commenter) controls. */
function firstUntrustedInput(steps, event, facts, headInputs) {
    const head = headPattern(event, headInputs);
    for (const step of steps) {
        const input = (0,conditions/* mayRun */.Q)(step.if, facts) ? inputOf(step, event, head) : null;
        if (input)
            return input;
    }
    return null;
}

// EXTERNAL MODULE: ./lib/rules/scan/shared.js
var shared = __webpack_require__(4060);
;// CONCATENATED MODULE: ./lib/rules/scan/untrusted-trigger.js





const EVENTS = [
    'pull_request_target',
    'workflow_run',
    'issue_comment',
    'pull_request_review_comment',
    'discussion_comment'
];
const FIX = (0,types/* advice */.v9)('Build and test pull request code under `pull_request` (no secrets), and deploy from `push` ' +
    'or behind an `environment:` with required reviewers; never check out or run pull request ' +
    'code in a job that holds a Fly token.');
const COMMENT_FIX = (0,types/* advice */.v9)('Keep the Fly token out of jobs a comment starts: let the comment job only check who asked ' +
    '(`github.event.comment.author_association`) and hand over to a workflow that deploys from ' +
    'this repository\u2019s code behind an `environment:` with required reviewers; never check out ' +
    'pull request code or run an agent in a job that holds a Fly token.');
/** The rule's view of one workflow; `everyJob` summarises its jobs whatever its triggers. */
function untrustedSummary(workflow, fly, everyJob = false) {
    const events = EVENTS.filter(e => workflow.triggers.some(t => t.event === e));
    const filters = events.map(e => {
        const trigger = workflow.triggers.find(t => t.event === e);
        return { types: [...(trigger?.types ?? [])], branches: [...(trigger?.branches ?? [])] };
    });
    const callable = workflow.triggers.some(t => t.event === 'workflow_call');
    if (!everyJob && !callable && events.length === 0) {
        return { path: workflow.path, events, filters, jobs: null };
    }
    return {
        path: workflow.path,
        events,
        filters,
        jobs: workflow.jobs.map(job => ({
            ...(0,shared/* summaryJob */.yz)(workflow, job, fly),
            idLocation: job.idLocation,
            calls: job.uses !== null,
            with: job.with.map(kv => ({ key: kv.key, value: kv.value })),
            steps: prCodeSteps(job, workflow.defaults)
        }))
    };
}
/** The jobs of the local reusable workflow a job calls, when there is one. */
function calleeOf(summaries, job) {
    return job.calleePath === null ? undefined : summaries.get(job.calleePath);
}
/**
 * Follows a job, and the local reusable workflows it calls with Fly secrets, to a step that
 * brings in pull request input while a Fly token is in reach. `headInputs` are the callee's
 * inputs that its caller filled with the pull request's head (`sha: ${{ ...head.sha }}`).
 */
function exposureIn(summaries, path, job, event, facts, headInputs, stack) {
    if (!(0,conditions/* mayRun */.Q)(job.if, facts))
        return null;
    if (job.calls) {
        const callee = calleeOf(summaries, job);
        if (!callee || stack.length >= shared/* MAX_CALL_DEPTH */.Ow || stack.includes(callee.path)) {
            return null;
        }
        // A calling job's reachable references are the secrets it passes explicitly.
        const passes = job.inherit !== null || job.reachable.length > 0;
        if (!passes)
            return null;
        const head = headPattern(event, headInputs);
        const next = new Set(job.with.filter(kv => head.test(kv.value ?? '')).map(kv => kv.key));
        const calleeJobs = callee.jobs ?? [];
        const runnable = (0,conditions/* runnableJobs */.A3)(calleeJobs, facts);
        for (const calleeJob of calleeJobs.filter(j => runnable.has(j.id))) {
            const found = exposureIn(summaries, callee.path, calleeJob, event, facts, next, [
                ...stack,
                callee.path
            ]);
            if (found)
                return found;
        }
        return null;
    }
    const refs = (0,shared/* liveRefs */.tS)(job, facts);
    if (refs.length === 0)
        return null;
    const first = firstUntrustedInput(job.steps, event, facts, headInputs);
    if (!first)
        return null;
    const exposed = refs.some(r => r.stepIndex === null || r.stepIndex >= first.stepIndex);
    return exposed ? { input: first, file: path, refs } : null;
}
function judgeJob(summaries, path, job, event, facts, runnable) {
    // Kept out by its own `if:` or by a needed job's.
    const guarded = !runnable.has(job.id);
    // A guarded job is judged as if it ran: the guard only changes the severity.
    const unguarded = { ...job, if: null };
    const exposure = exposureIn(summaries, path, unguarded, event, facts, new Set(), [path]);
    if (exposure) {
        return {
            severity: guarded ? 'low' : 'critical',
            event,
            refs: exposure.refs,
            input: exposure.input,
            ...(exposure.file !== path ? { inCallee: exposure.file } : {}),
            guarded
        };
    }
    if (event !== 'pull_request_target' || guarded)
        return null;
    // No pull request input reaches a token today; does the job hold one at all?
    const callee = calleeOf(summaries, job);
    const refs = job.calls
        ? [
            ...job.reachable,
            ...(callee && job.inherit !== null ? (0,shared/* calleeFlyRefs */.Gf)(summaries, callee) : [])
        ]
        : (0,shared/* liveRefs */.tS)(job, facts);
    return refs.length > 0 ? { severity: 'low', event, refs, guarded } : null;
}
function message(job, verdict) {
    const names = (0,fly_secrets/* listRefNames */.UC)(verdict.refs);
    const on = `\`${verdict.event}\``;
    const comment = isCommentEvent(verdict.event);
    const head = `Job \`${job.id}\` runs on ${on} with Fly secret ${names}` +
        (verdict.event === 'pull_request_target'
            ? ' (this trigger runs with the repository\u2019s secrets for pull requests from any fork)'
            : comment
                ? ' (a comment starts this workflow, and it runs with the repository\u2019s secrets whoever wrote the comment)'
                : ' (a fork\u2019s pull request can trigger this workflow, and it runs with the repository\u2019s secrets)');
    const input = verdict.input;
    if (input) {
        const where = verdict.inCallee
            ? `the reusable workflow \`${verdict.inCallee}\` ${input.what} (line ${input.location.line})`
            : `line ${input.location.line} ${input.what}`;
        const guard = verdict.guarded
            ? comment
                ? ' Its `if:` limits this to commenters with a role in the repository; the pattern stays one condition away from a leak.'
                : ' Its `if:` keeps pull requests from forks out, which limits this to people who can push here; the pattern stays one condition away from a leak.'
            : comment
                ? ' Code or text that someone else chose then runs where the token can be read.'
                : ' Code or text from the pull request then runs where the token can be read.';
        return `${head}, and ${where}.${guard}`;
    }
    return (`${head}. It does not run pull request code today, but one added checkout of the pull ` +
        'request\u2019s head would hand the token to whoever opens one.');
}
const untrustedTrigger = {
    id: 'untrusted-trigger',
    defaultSeverity: 'critical',
    title: 'Fly secret reachable from pull request code',
    help: '`pull_request_target` and `workflow_run` run with the repository\u2019s secrets even for pull ' +
        'requests from forks, and comment events (`issue_comment`, `pull_request_review_comment`, ' +
        '`discussion_comment`) for anyone who can comment. A job there that checks out the pull ' +
        'request\u2019s head, downloads the triggering run\u2019s artifacts, interpolates pull request or ' +
        'comment text into a script or starts an AI agent runs someone else\u2019s code or input next ' +
        'to the Fly token: critical. Low when an `if:` keeps forks (or outside commenters) out or ' +
        'when no pull request code runs yet.'
};
/**
 * Local reusable workflows the verdicts would follow whose jobs were not summarised: the caller
 * must summarise them with `everyJob` before `untrustedFindings` (in practice never: a workflow
 * without `workflow_call` cannot be called). Keeps only the callee paths while it streams.
 */
function untrustedCalleePaths(summaries) {
    const callees = new Set();
    for (const summary of (0,shared/* eachSummary */.uQ)(summaries)) {
        for (const job of summary.jobs ?? [])
            if (job.calleePath !== null)
                callees.add(job.calleePath);
    }
    return [...callees].filter(path => summaries.get(path)?.jobs === null);
}
/** The findings over every workflow's summary, given in path order. */
function untrustedFindings(summaries) {
    const findings = [];
    for (const summary of (0,shared/* eachSummary */.uQ)(summaries)) {
        const events = summary.events;
        if (events.length === 0)
            continue;
        const jobs = summary.jobs ?? [];
        const runs = events.map((event, i) => {
            const facts = (0,conditions/* forkPullRequest */.xP)(event, summary.filters[i]);
            return { event, facts, runnable: (0,conditions/* runnableJobs */.A3)(jobs, facts) };
        });
        for (const job of jobs) {
            const verdicts = runs
                .map(({ event, facts, runnable }) => judgeJob(summaries, summary.path, job, event, facts, runnable))
                .filter((v) => v !== null)
                .sort((a, b) => (a.severity === 'critical' ? -1 : 0) - (b.severity === 'critical' ? -1 : 0));
            const verdict = verdicts[0];
            if (!verdict)
                continue;
            const ref = (0,shared/* inFileOrder */.w$)(verdict.refs)[0];
            findings.push({
                rule: 'untrusted-trigger',
                severity: verdict.severity,
                message: message(job, verdict),
                location: ref && ref.location.file === summary.path ? ref.location : job.idLocation,
                fix: isCommentEvent(verdict.event) ? COMMENT_FIX : FIX
            });
        }
    }
    return findings;
}


/***/ })

};
;