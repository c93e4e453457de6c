"use strict";
exports.id = 430;
exports.ids = [430];
exports.modules = {

/***/ 1430:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheckCommand: () => (/* binding */ runCheckCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/action/clock.js
var clock = __webpack_require__(6920);
// EXTERNAL MODULE: ./lib/rules/fix.js
var fix = __webpack_require__(8960);
// EXTERNAL MODULE: ./lib/rules/registry.js + 19 modules
var registry = __webpack_require__(8654);
// EXTERNAL MODULE: ./lib/rules/types.js
var types = __webpack_require__(3042);
// EXTERNAL MODULE: ./lib/token/index.js + 6 modules
var token = __webpack_require__(6700);
;// CONCATENATED MODULE: ./lib/engine/scope.js
function scopeOf(inspection) {
    if (inspection.kind === 'malformed')
        return 'none';
    if (inspection.kind === 'personal')
        return 'user';
    if (inspection.appIds.length > 0)
        return 'apps';
    const orgAccess = inspection.orgAccess ?? '';
    if (/[wcdC]/.test(orgAccess))
        return 'org';
    if (orgAccess === 'r')
        return 'org-read';
    return 'custom';
}
const SCOPE_MEANING = {
    user: 'everything the person who minted it can do, in every org they belong to',
    org: 'full control of one organization: every app, machine, secret and billing-free setting',
    'org-read': 'read-only access to one organization',
    apps: 'only the named apps (plus read access to the organization)',
    custom: 'a custom set of caveats',
    none: 'nothing: the token cannot be parsed'
};
function describeScope(scope) {
    return SCOPE_MEANING[scope];
}

;// CONCATENATED MODULE: ./lib/engine/check.js





/** `valid` is Fly's acceptance as the online checks drew it: the same value invalid-token reads. */
function validity(online) {
    if (!online)
        return 'unknown';
    if (online.acceptance === 'accepted')
        return 'true';
    return online.acceptance === 'rejected' ? 'false' : 'unknown';
}
function onlineNames(online) {
    const appNames = {};
    const orgNames = {};
    for (const app of online?.apps ?? [])
        if (app.appId && app.outcome === 'confirmed')
            appNames[app.appId] = app.app;
    for (const org of online?.orgs ?? [])
        if (org.slug)
            orgNames[org.orgId] = org.slug;
    return { appNames, orgNames };
}
/** The Fly client (and undici with it) loads only when a check goes online: offline starts stay fast. */
function loadFlyClient() {
    return Promise.all(/* import() */[__webpack_require__.e(7), __webpack_require__.e(73)]).then(__webpack_require__.bind(__webpack_require__, 1073));
}
/**
 * Starts loading the Fly client for a check that will go online, so that undici's HTTP parser
 * compiles (off the main thread) while the caller still reads the workflow. A failed load shows
 * when the check runs.
 */
function preloadFlyClient() {
    loadFlyClient().catch(() => undefined);
}
async function verifyLazily(options, token, inspection, apps) {
    const { verifyOnline, onlineToken } = await loadFlyClient();
    return verifyOnline({ ...options, token: onlineToken(token, inspection), apps });
}
async function runCheck(input) {
    const inspection = (0,token/* inspectToken */.e4)(input.token);
    // A token that cannot be parsed is not worth a round trip: Fly would only say 401.
    const online = input.online && inspection.kind !== 'malformed'
        ? await verifyLazily(input.online, input.token, inspection, input.needs.apps)
        : undefined;
    const context = {
        inspection,
        needs: input.needs,
        now: input.now,
        options: input.options,
        ...(online ? { online } : {})
    };
    const findings = registry/* tokenRules */.N.flatMap(rule => rule.check(context));
    return {
        verdict: (0,types/* verdictFor */.Xb)(findings, input.failOn),
        failOn: input.failOn,
        checkedAt: input.now.toISOString(),
        token: inspection,
        scope: scopeOf(inspection),
        needs: input.needs,
        ...(input.job ? { job: input.job } : {}),
        findings,
        recommendation: (0,fix/* recommendationFor */.pq)(context, findings),
        ...(online ? { online } : {}),
        valid: validity(online),
        ...onlineNames(online),
        notes: input.notes ?? []
    };
}

// EXTERNAL MODULE: ./lib/workflow/inputs.js
var inputs = __webpack_require__(544);
// EXTERNAL MODULE: ./lib/workflow/secret-needs.js
var secret_needs = __webpack_require__(5801);
// EXTERNAL MODULE: ./lib/rules/words.js
var words = __webpack_require__(642);
// EXTERNAL MODULE: ./lib/workflow/capabilities.js
var capabilities = __webpack_require__(791);
;// CONCATENATED MODULE: ./lib/engine/resolve-needs.js
// What the running job needs: from the `apps`/`needs` inputs, else inferred from the workflow
// file the runner is executing (GITHUB_WORKFLOW_REF + GITHUB_JOB) in the checked-out workspace.
// Imports only the light half of the workflow room: the parser is loaded when there is a workflow
// file to read, so a run with `apps`/`needs` inputs and no checkout starts without it.




const TOKEN_KEYS = new Set(['FLY_API_TOKEN', 'FLY_ACCESS_TOKEN', 'token', 'fly-api-token']);
/** The first secret the job stores a Fly token in, when the guard step does not say. */
function tokenSecretOf(job) {
    return (job.secretRefs.find(ref => ref.name && ref.flow.key && TOKEN_KEYS.has(ref.flow.key))?.name ??
        undefined);
}
/** Needs of a job that could not be read at all: unseen, so never a silent pass. */
function unreadable(detail, why, file) {
    const use = {
        reason: 'workflow',
        detail,
        why,
        location: { file, line: 1, column: 1 }
    };
    return { ...(0,inputs/* unknownNeeds */.Mk)(), opaque: [use] };
}
/**
 * The needs of the token under check: the secret the guard step names (each secret's needs on
 * their own), and, when nothing of the job's use of it can be seen, a note saying so.
 */
function checkedNeeds(job, inferred, guarded) {
    const used = (0,secret_needs/* secretsOfNeeds */.qu)(inferred);
    // A guard naming a secret no step uses checks a token whose use the job does not show: its
    // needs are what runs with a token of unknown origin, and the note below says the rest.
    let needs = (0,secret_needs/* needsForSecrets */.sc)(inferred, guarded);
    if (needs.source === 'none' && !needs.opaque) {
        const named = guarded.length > 0 ? `secrets.${guarded.join(' / secrets.')}` : 'the token';
        needs = {
            ...needs,
            opaque: [
                {
                    reason: 'workflow',
                    detail: `job ${job.id}`,
                    why: `no step shows what it does with ${named}`,
                    location: job.location,
                    ...(guarded.length > 0 ? { secrets: guarded } : {})
                }
            ]
        };
    }
    const secret = guarded[0] ?? (used.length === 1 ? used[0] : undefined);
    // Several Fly secrets and none named for this token: its needs are those of all of them.
    const unsure = guarded.length === 0 && used.length > 1 ? used : [];
    return { needs, ...(secret ? { secret } : {}), unsure };
}
function locate(request) {
    const path = request.workflowPath ?? (request.workflowRef ? (0,inputs/* findWorkflowForRef */.nq)(request.workflowRef) : null);
    const text = path && request.jobId ? request.repo.read(path) : undefined;
    return { path, jobId: request.jobId, text };
}
function resolveLocated(request, { path, jobId, text }, reader) {
    const notes = [];
    const explicit = !(0,inputs/* isAutoNeeds */.pn)(request.needs);
    let inferred;
    let found = {};
    if (!path || !jobId) {
        if (!explicit && request.apps.length === 0) {
            notes.push('Could not tell which workflow and job are running, so the needs were not inferred: set `apps` and `needs`.');
        }
    }
    else if (text === undefined || !reader) {
        // Listed but not read: too large, or not a regular file inside the checkout.
        const listed = request.repo.list?.().includes(path) === true;
        if (!explicit) {
            notes.push(listed
                ? `The workflow file \`${path}\` is in the workspace but was not read (larger than 1 MiB, or not a regular file inside the checkout), so the job's needs were not inferred: set the \`apps\` and \`needs\` inputs.`
                : `The workflow file \`${path}\` is not in the workspace, so the job's needs were not inferred. ` +
                    'Run `actions/checkout` before this step, or set the `apps` and `needs` inputs.');
        }
        inferred = unreadable(path, listed ? 'not read' : 'not in the checkout', path);
    }
    else {
        // Needs come from the model alone, never from schema problems: skip GitHub's schema check.
        const workflow = reader.parseWorkflowFile(path, text, { validate: false });
        const direct = workflow.jobs.find(j => j.id === jobId);
        const called = direct ? null : reader.findCalledJobs(workflow, jobId, request.repo);
        const target = direct
            ? { workflow, job: direct }
            : calledTarget(workflow, called, reader, request);
        if (!target && called?.cut) {
            notes.push(`Job \`${jobId}\` was not found in \`${path}\` nor in the calls of its reusable workflows that were followed (${called.cut.why}); the needs were not inferred.`);
            inferred = { ...(0,inputs/* unknownNeeds */.Mk)(), opaque: [called.cut] };
        }
        else if (!target) {
            // A file that could not be read as YAML has no jobs: say why, not "not found".
            const problem = reader.unreadableReason(workflow);
            notes.push(problem
                ? `\`${path}\` could not be read (${problem}), so job \`${jobId}\` was not found; the needs were not inferred.`
                : `Job \`${jobId}\` was not found in \`${path}\`; the needs were not inferred.`);
            inferred = unreadable(`job ${jobId}`, `not found in ${path}`, path);
            if (called && called.remote.length > 0) {
                const remote = remoteCallees(called.remote, jobId, path);
                inferred = { ...inferred, opaque: remote };
                notes.push(`It may be a job of a reusable workflow of another repository (${(0,words/* andList */.cM)(remote.map(r => `\`${r.detail}\``))}), which is not in the checkout: set \`apps\` and \`needs\`.`);
            }
        }
        else {
            const job = target.job;
            const checked = checkedNeeds(job, target.needs ?? reader.inferJobNeeds(workflow, job.id, request.repo), target.guarded ?? (0,secret_needs/* guardedSecrets */.eG)(workflow, job, request.action));
            inferred = checked.needs;
            if (called && called.remote.length > 0) {
                inferred = {
                    ...inferred,
                    opaque: [...(inferred.opaque ?? []), ...remoteCallees(called.remote, jobId, path)]
                };
            }
            if (target.note)
                notes.push(target.note);
            const environment = job.environment?.name ?? undefined;
            // With several secrets and none named, the fix does not build on one picked at random.
            const secretName = checked.secret ?? (checked.unsure.length > 0 ? undefined : tokenSecretOf(job));
            found = {
                job: { workflow: target.workflow.path, job: job.id },
                ...(environment && !environment.includes('${{') ? { environment } : {}),
                ...(secretName ? { secretName } : {})
            };
            if (checked.unsure.length > 0 && !explicit) {
                const names = (0,words/* andList */.cM)(checked.unsure.map(n => `\`${n}\``));
                notes.push(`This job uses Fly secrets ${names} and nothing says which one holds this token, so the needs shown are those of all of them: ` +
                    'give the guard step `token: ${{ secrets.NAME }}`, or set `apps` and `needs`.');
            }
            if (inferred.unknownApps) {
                notes.push('Some flyctl commands in this job name their app in a way that cannot be read statically; set `apps` to be precise.');
            }
        }
    }
    return { needs: (0,inputs/* needsFromInputs */.hJ)(request.apps, request.needs, inferred), ...found, notes };
}
function calledTarget(caller, called, reader, request) {
    const [first] = called?.found ?? [];
    if (!called || !first)
        return null;
    const runs = called.found.map(c => ({
        needs: reader.inferCalledJobNeeds(caller, c, request.repo),
        guarded: reader.callerSecretNames(c.callers, (0,secret_needs/* guardedSecrets */.eG)(c.workflow, c.job, request.action))
    }));
    return {
        workflow: first.workflow,
        job: first.job,
        needs: withCut(mergeRuns(runs.map(r => r.needs)), called.cut),
        guarded: [...new Set(runs.flatMap(r => r.guarded))],
        note: `Job \`${first.job.id}\` runs in the reusable workflow \`${first.workflow.path}\`, called by ${(0,words/* andList */.cM)(called.found.map(c => `job \`${c.callers[0]?.id ?? ''}\``))}; ` +
            (called.found.length > 1
                ? 'nothing tells which call this is, so the needs shown are those of every call, and its apps are not named.'
                : 'its needs are read with what that call passes.')
    };
}
/** The needs with the call where following stopped as an unseen use, when it stopped. */
function withCut(needs, cut) {
    return cut ? { ...needs, opaque: [...(needs.opaque ?? []), cut] } : needs;
}
/**
 * The needs of several calls that may be this job: every capability and unseen use of each, with
 * the apps left unnamed when the calls differ (naming all would claim the job needs all of them).
 */
function mergeRuns(runs) {
    const [first, ...rest] = runs;
    if (!first)
        return (0,inputs/* unknownNeeds */.Mk)();
    if (rest.length === 0)
        return first;
    const sameApps = runs.every(r => !r.unknownApps && r.apps.join() === first.apps.join());
    const evidence = runs.flatMap(r => sameApps ? r.evidence : r.evidence.map(e => ({ ...e, app: null, appUnknown: true })));
    return {
        apps: sameApps ? first.apps : [],
        capabilities: (0,capabilities/* sortCapabilities */.JP)(runs.flatMap(r => r.capabilities)),
        unknownApps: !sameApps && evidence.length > 0,
        commands: [...new Set(runs.flatMap(r => r.commands))],
        evidence,
        source: evidence.length > 0 ? 'inferred' : 'none',
        ...opaqueOf(runs)
    };
}
function opaqueOf(runs) {
    const opaque = runs.flatMap(r => r.opaque ?? []);
    return opaque.length > 0 ? { opaque } : {};
}
/** `uses:` jobs of another repository's workflows, where the job may run. */
function remoteCallees(jobs, jobId, path) {
    return jobs.map(job => ({
        reason: 'reusable-workflow',
        detail: job.uses?.raw ?? job.id,
        why: `job ${jobId} is not in ${path}, and may run in this workflow of another repository`,
        location: job.uses?.location ?? job.location
    }));
}
/** What the running job needs; the workflow parser is loaded only when there is a file to read. */
async function resolveNeeds(request) {
    const located = locate(request);
    const reader = located.text === undefined ? undefined : await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4541));
    return resolveLocated(request, located, reader);
}

// EXTERNAL MODULE: ./lib/engine/repo-files.js
var repo_files = __webpack_require__(802);
// EXTERNAL MODULE: ./lib/rules/token/needs-text.js
var needs_text = __webpack_require__(8134);
// EXTERNAL MODULE: ./lib/report/order.js
var order = __webpack_require__(5930);
// EXTERNAL MODULE: ./lib/report/kinds.js
var kinds = __webpack_require__(2045);
// EXTERNAL MODULE: ./lib/report/expiry.js
var expiry = __webpack_require__(1499);
// EXTERNAL MODULE: ./lib/report/time.js
var time = __webpack_require__(9793);
;// CONCATENATED MODULE: ./lib/report/check-text.js






function renderCheckText(report, options = {}) {
    const { token, needs } = report;
    const now = new Date(report.checkedAt);
    const letters = Object.keys(token.appAccess).length > 0;
    const lines = [
        ...(options.pinnedClock ? [(0,time/* asOfLine */.Ui)(options.pinnedClock), ''] : []),
        `Verdict:   ${report.verdict.toUpperCase()} (fails on ${report.failOn})`,
        `Kind:      ${token.kind}: ${(0,kinds/* kindMeaning */.c)(token.kind)}`,
        `Scope:     ${report.scope}: ${describeScope(report.scope)}`,
        `Org ids:   ${token.orgIds.map(id => (report.orgNames[id] ? `${report.orgNames[id]} (${id})` : id)).join(', ') || '-'}`,
        `Apps:      ${token.appIds.map(id => `${report.appNames[id] ?? id}${token.appAccess[id] ? ` [${token.appAccess[id]}]` : ''}`).join(', ') || '-'}`,
        ...(letters ? [`           ${time/* ACCESS_LETTERS_NOTE */.Cd.replace(/`/g, '')}`] : []),
        `Expires:   ${(0,expiry/* expiryText */.X5)((0,expiry/* expiryOf */.p1)(token.kind, token.expiresAt), now)}`,
        `Lifetime:  ${token.lifetimeSeconds === null ? '-' : (0,time/* formatDuration */.a3)(token.lifetimeSeconds)}`,
        `Valid:     ${report.valid === 'unknown' ? (report.online ? 'unknown (could not verify)' : 'not checked (offline)') : report.valid}`,
        `Needs:     ${needs.source === 'none' ? 'unknown' : `${needs.capabilities.join(', ') || 'nothing'}${needs.apps.length ? ` on ${needs.apps.join(', ')}` : ''}`}`
    ];
    // What could not be seen, and where commands in the repository's files were found.
    const unseen = (0,needs_text/* unseenUses */.ho)(needs);
    if (unseen.length > 0)
        lines[lines.length - 1] =
            `Needs:     ${(0,needs_text/* seenNeeds */.pd)(needs)}; could not see: ${(0,needs_text/* listUnseen */.PT)(unseen)}`;
    for (const chain of (0,needs_text/* followedChains */.TQ)(needs))
        lines.push(`           from ${chain}`);
    const findings = (0,order/* sortFindings */.T)(report.findings);
    lines.push('', findings.length === 0 ? 'No findings.' : `Findings (${findings.length}):`);
    for (const f of findings) {
        const where = f.location ? ` ${f.location.file}:${f.location.line}` : '';
        lines.push(`  [${f.severity}] ${f.rule}${where}: ${f.message}`);
    }
    const fix = findings.find(f => f.fix && f.fix.commands.length > 0)?.fix;
    if (fix)
        lines.push('', `Fix: ${fix.summary}`, ...fix.commands.map(c => `  $ ${c}`));
    for (const note of report.notes)
        lines.push('', `Note: ${note}`);
    return lines.join('\n');
}

// EXTERNAL MODULE: ./lib/report/findings-json.js
var findings_json = __webpack_require__(5749);
// EXTERNAL MODULE: ./lib/workflow/index.js + 3 modules
var workflow = __webpack_require__(4541);
// EXTERNAL MODULE: ./lib/cli/args.js
var cli_args = __webpack_require__(2453);
// EXTERNAL MODULE: ./lib/cli/io.js
var io = __webpack_require__(8908);
;// CONCATENATED MODULE: ./lib/cli/check.js
// `fly-token-guard check`: the action's check from a terminal.











const runCheckCommand = async ({ args, env, out, err, token }) => {
    const { values } = args;
    const failOn = (0,cli_args/* parseFailOn */.XV)(values['fail-on']);
    const root = external_node_path_.resolve(values.repo ?? '.');
    const workflowPath = workflowOf(values, root);
    let resolved;
    try {
        resolved = await resolveNeeds({
            apps: (0,cli_args/* splitList */.ry)(values.apps),
            needs: (0,cli_args/* splitList */.ry)(values.needs),
            ...(workflowPath !== undefined ? { workflowPath } : {}),
            ...(values.job ? { jobId: values.job } : {}),
            repo: (0,repo_files/* createRepoFiles */._)(root)
        });
    }
    catch (error) {
        if (error instanceof workflow.NeedsInputError)
            throw new cli_args/* UsageError */.eb(error.message, 'check');
        throw error;
    }
    if (workflowPath !== undefined && resolved.job === undefined) {
        const unreadable = whyUnreadable(external_node_path_.join(root, workflowPath), workflowPath);
        throw new cli_args/* UsageError */.eb(unreadable
            ? `--workflow: ${values.workflow ?? ''} cannot be read: ${unreadable}`
            : `no job '${values.job ?? ''}' in ${values.workflow ?? ''}`, 'check');
    }
    const input = await token();
    if (input.trim() === '') {
        err(io/* NO_TOKEN_MESSAGE */.Ij);
        return 2;
    }
    const report = await runCheck({
        token: input,
        needs: resolved.needs,
        ...(resolved.job ? { job: resolved.job } : {}),
        now: (0,clock/* currentTime */.$)(env),
        failOn,
        options: {
            expiryWarningDays: 14,
            maxLifetimeDays: 365,
            secretName: resolved.secretName ?? 'FLY_API_TOKEN',
            ...(resolved.environment ? { environment: resolved.environment } : {})
        },
        ...(values.offline ? {} : { online: onlineEndpoints(values, env) }),
        notes: resolved.notes
    });
    if (values.json) {
        out(JSON.stringify({
            verdict: report.verdict,
            token: report.token,
            needs: report.needs,
            findings: report.findings.map(findings_json/* findingToJson */.N),
            recommendation: report.recommendation,
            valid: report.valid,
            notes: report.notes
        }, null, 2));
    }
    else {
        out(renderCheckText(report, (0,clock/* pinnedClockOption */._)(env)));
    }
    return report.verdict === 'fail' ? 1 : 0;
};
/** `--workflow` relative to the repository root, once it is known to be a file inside it. */
function workflowOf(values, root) {
    if ((values.workflow === undefined) !== (values.job === undefined)) {
        throw new cli_args/* UsageError */.eb('--workflow and --job go together', 'check');
    }
    if (values.workflow === undefined)
        return undefined;
    const file = external_node_path_.resolve(values.workflow);
    let isFile;
    try {
        isFile = (0,external_node_fs_.statSync)(file).isFile();
    }
    catch {
        isFile = false;
    }
    if (!isFile)
        throw new cli_args/* UsageError */.eb(`--workflow: no file ${values.workflow}`, 'check');
    const relative = external_node_path_.relative(root, file);
    if (relative.startsWith('..') || external_node_path_.isAbsolute(relative)) {
        throw new cli_args/* UsageError */.eb(`--workflow ${values.workflow} is outside the repository ${values.repo ?? '.'}: set --repo`, 'check');
    }
    return relative;
}
/**
 * Why a workflow file with no such job cannot be read (too large, not YAML, aliases expanding
 * past the budget), so that the message says that rather than "no job"; null when it reads.
 */
function whyUnreadable(file, relative) {
    if ((0,external_node_fs_.statSync)(file).size > workflow.MAX_WORKFLOW_BYTES)
        return 'it is larger than 1 MiB';
    return (0,workflow.unreadableReason)((0,workflow.parseWorkflowFile)(relative, (0,external_node_fs_.readFileSync)(file, 'utf8'), { validate: false }));
}
/** Endpoints given by flag or environment; the Fly client supplies its defaults for the rest. */
function onlineEndpoints(values, env) {
    const flyApiUrl = values['fly-api-url'] ?? env.FLY_API_URL;
    const flyGraphqlUrl = values['fly-graphql-url'] ?? env.FLY_GRAPHQL_URL;
    return { ...(flyApiUrl ? { flyApiUrl } : {}), ...(flyGraphqlUrl ? { flyGraphqlUrl } : {}) };
}


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


/***/ }),

/***/ 1499:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X5: () => (/* binding */ expiryText),
/* harmony export */   p1: () => (/* binding */ expiryOf)
/* harmony export */ });
/* unused harmony exports UNKNOWN_EXPIRY, expiresAtOutput */
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9793);
/* harmony import */ var _rules_token_time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9572);


function expiryOf(kind, expiresAt) {
    if (kind === 'malformed' || kind === 'missing')
        return { state: 'none' };
    if (kind === 'personal')
        return { state: 'unknown' };
    return expiresAt === null ? { state: 'never' } : { state: 'at', iso: expiresAt };
}
const UNKNOWN_EXPIRY = 'unknown (a personal token does not record its expiry)';
const NEVER_EXPIRES = 'never (the token has no expiry)';
/** "2045-07-04 10:33 UTC (in 7124 days)"; with no clock, the date alone. */
function expiryText(expiry, now) {
    switch (expiry.state) {
        case 'at':
            return now === undefined
                ? (0,_rules_token_time_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDate */ .Yq)(expiry.iso)
                : `${(0,_rules_token_time_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDate */ .Yq)(expiry.iso)} (${(0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCountdown */ .zt)(expiry.iso, now)})`;
        case 'never':
            return NEVER_EXPIRES;
        case 'unknown':
            return UNKNOWN_EXPIRY;
        case 'none':
            return '\u2014';
    }
}
/** The `expires-at` output: ISO instant, `unknown`, or empty when it never expires. */
function expiresAtOutput(expiry) {
    return expiry.state === 'at' ? expiry.iso : expiry.state === 'unknown' ? 'unknown' : '';
}


/***/ }),

/***/ 2045:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ kindMeaning)
/* harmony export */ });
const KIND_MEANINGS = {
    personal: 'a personal (user) token: acts as you, with full access to every organization you belong to',
    org: 'an organization token: full control of every app and feature in the organization',
    deploy: 'a deploy token: full control of the listed app(s) only, read access to the rest of the organization',
    readonly: 'a read-only token: can read the organization, cannot change anything',
    ssh: 'an SSH token: can issue SSH certificates for the app, otherwise read-only',
    'machine-exec': "a machine-exec token: can run the listed commands on the app's machines, otherwise read-only",
    wireguard: "a WireGuard token: can manage the organization's WireGuard peers, no app access",
    'litefs-cloud': 'a LiteFS Cloud token: access to LiteFS Cloud clusters',
    custom: 'a custom (attenuated) token: see what it allows below',
    malformed: 'not a usable token: see the problems below'
};
function kindMeaning(kind) {
    return KIND_MEANINGS[kind];
}


/***/ }),

/***/ 9793:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cd: () => (/* binding */ ACCESS_LETTERS_NOTE),
/* harmony export */   Ui: () => (/* binding */ asOfLine),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   zt: () => (/* binding */ formatCountdown)
/* harmony export */ });
/* unused harmony exports daysUntil, lifetimeDays */
/* harmony import */ var _rules_token_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9572);
/* harmony import */ var _rules_words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(642);
// Dates and durations as people read them in summaries and terminals.


const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;
/** "20 years", "30 days", "10.5 minutes": one unit, at most one decimal. */
function formatDuration(seconds) {
    const units = [
        [YEAR, 'year'],
        [DAY, 'day'],
        [HOUR, 'hour'],
        [MINUTE, 'minute'],
        [1, 'second']
    ];
    const abs = Math.abs(seconds);
    for (const [size, unit] of units) {
        if (abs >= size || size === 1) {
            const value = Math.round((abs / size) * 10) / 10;
            return `${value} ${unit}${value === 1 ? '' : 's'}`;
        }
    }
    return `${abs} seconds`;
}
/** Whole days from now until `iso` (negative once past), rounded towards negative infinity. */
function daysUntil(iso, now) {
    return Math.floor((Date.parse(iso) - now.getTime()) / (DAY * 1000));
}
/** "in 7300 days", "expired 10 days ago", "in 5 hours", "in 31 minutes", "expired less than a minute ago". */
function formatCountdown(iso, now) {
    const diff = Date.parse(iso) - now.getTime();
    const abs = Math.abs(diff);
    const span = abs >= DAY * 1000
        ? (0,_rules_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(Math.floor(abs / (DAY * 1000)), 'day')
        : abs >= HOUR * 1000
            ? (0,_rules_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(Math.floor(abs / (HOUR * 1000)), 'hour')
            : abs >= MINUTE * 1000
                ? (0,_rules_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(Math.floor(abs / (MINUTE * 1000)), 'minute')
                : 'less than a minute';
    return diff >= 0 ? `in ${span}` : `expired ${span} ago`;
}
function lifetimeDays(seconds) {
    return Math.round(seconds / DAY);
}
/** "As of 2026-01-01 00:00 UTC (pinned clock)": said whenever FLY_TOKEN_GUARD_NOW pins the clock. */
function asOfLine(now) {
    return `As of ${(0,_rules_token_time_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDate */ .Yq)(now.toISOString())} (the clock is pinned by FLY_TOKEN_GUARD_NOW): every countdown counts from that date, not today.`;
}
/** Access letters as words, for the one place each output explains them. */
const ACCESS_LETTERS_NOTE = 'Access letters: r read, w write, c create, d delete, C control (`rwcdC`: everything).';


/***/ })

};
;