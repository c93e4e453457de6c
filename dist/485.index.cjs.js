"use strict";
exports.id = 485;
exports.ids = [485];
exports.modules = {

/***/ 2485:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheckMode: () => (/* binding */ runCheckMode)
});

// EXTERNAL MODULE: ./lib/engine/check.js
var check = __webpack_require__(3970);
// EXTERNAL MODULE: ./lib/workflow/inputs.js
var inputs = __webpack_require__(544);
;// CONCATENATED MODULE: ./lib/engine/resolve-needs.js
// What the running job needs: from the `apps`/`needs` inputs, else inferred from the workflow
// file the runner is executing (GITHUB_WORKFLOW_REF + GITHUB_JOB) in the checked-out workspace.
// Imports only the light half of the workflow room: the parser comes in through a WorkflowReader,
// so a run with no workflow to read never loads it (see resolveNeedsLazily).

const TOKEN_KEYS = new Set(['FLY_API_TOKEN', 'FLY_ACCESS_TOKEN', 'token', 'fly-api-token']);
function tokenSecretOf(job) {
    return (job.secretRefs.find(ref => ref.name && ref.flow.key && TOKEN_KEYS.has(ref.flow.key))?.name ??
        undefined);
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
        if (!explicit) {
            notes.push(`The workflow file \`${path}\` is not in the workspace, so the job's needs were not inferred. ` +
                'Run `actions/checkout` before this step, or set the `apps` and `needs` inputs.');
        }
    }
    else {
        const workflow = reader.parseWorkflowFile(path, text);
        const job = workflow.jobs.find(j => j.id === jobId);
        if (!job) {
            notes.push(`Job \`${jobId}\` was not found in \`${path}\`; the needs were not inferred.`);
        }
        else {
            inferred = reader.inferJobNeeds(workflow, job.id, request.repo);
            const environment = job.environment?.name ?? undefined;
            const secretName = tokenSecretOf(job);
            found = {
                job: { workflow: path, job: job.id },
                ...(environment && !environment.includes('${{') ? { environment } : {}),
                ...(secretName ? { secretName } : {})
            };
            if (inferred.unknownApps) {
                notes.push('Some flyctl commands in this job name their app in a way that cannot be read statically; set `apps` to be precise.');
            }
        }
    }
    return { needs: (0,inputs/* needsFromInputs */.hJ)(request.apps, request.needs, inferred), ...found, notes };
}
/** Resolves needs with the given reader (synchronous; the caller has loaded the parser). */
function resolveNeedsWith(request, reader) {
    return resolveLocated(request, locate(request), reader);
}
/**
 * The same resolution, loading the workflow parser only when there is a workflow file to read:
 * a run with `apps`/`needs` inputs and no checked-out workflow starts without it.
 */
async function resolveNeedsLazily(request) {
    const located = locate(request);
    const reader = located.text === undefined ? undefined : await loadWorkflowReader();
    return resolveLocated(request, located, reader);
}
async function loadWorkflowReader() {
    const { parseWorkflowFile, inferJobNeeds } = await Promise.all(/* import() */[__webpack_require__.e(264), __webpack_require__.e(209)]).then(__webpack_require__.bind(__webpack_require__, 6209));
    return { parseWorkflowFile: modelOnly(parseWorkflowFile), inferJobNeeds };
}
/**
 * Needs come from the model alone, never from schema problems: skip GitHub's schema check (it
 * was 40 of the 110 ms a zero-config check spent reading its workflow).
 */
function modelOnly(parse) {
    return (path, text) => parse(path, text, { validate: false });
}

// EXTERNAL MODULE: ./lib/engine/repo-files.js
var repo_files = __webpack_require__(802);
// EXTERNAL MODULE: ./lib/report/findings-json.js
var findings_json = __webpack_require__(5749);
// EXTERNAL MODULE: ./lib/report/time.js
var time = __webpack_require__(9793);
;// CONCATENATED MODULE: ./lib/report/check-outputs.js


function checkOutputs(report) {
    const { token } = report;
    const appLabels = token.appIds.map(id => report.appNames[id] ?? id);
    return {
        verdict: report.verdict,
        kind: token.kind,
        scope: report.scope,
        'org-ids': token.orgIds.join(','),
        apps: appLabels.join(','),
        'expires-at': token.expiresAt ?? '',
        'expires-in-days': token.expiresAt
            ? String((0,time/* daysUntil */.AQ)(token.expiresAt, new Date(report.checkedAt)))
            : '',
        'lifetime-days': token.lifetimeSeconds === null ? '' : String((0,time/* lifetimeDays */.$d)(token.lifetimeSeconds)),
        valid: report.valid,
        findings: JSON.stringify(report.findings.map(findings_json/* findingToJson */.N)),
        recommendation: report.recommendation ?? ''
    };
}

// EXTERNAL MODULE: ./lib/engine/scope.js
var scope = __webpack_require__(1758);
// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(3021);
;// CONCATENATED MODULE: ./lib/report/kinds.js
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

;// CONCATENATED MODULE: ./lib/report/check-summary.js




const VERDICT_ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
function named(ids, names) {
    if (ids.length === 0)
        return '—';
    return ids.map(id => (names[id] ? `${(0,markdown/* codeSpan */.SS)(names[id])} (${id})` : (0,markdown/* codeSpan */.SS)(id))).join(', ');
}
function appsCell(report) {
    const { token } = report;
    if (token.appIds.length === 0)
        return report.scope === 'org' || report.scope === 'user' ? 'all' : '—';
    return token.appIds
        .map(id => {
        const label = report.appNames[id] ? `${(0,markdown/* codeSpan */.SS)(report.appNames[id])} (${id})` : (0,markdown/* codeSpan */.SS)(id);
        const access = token.appAccess[id];
        return access ? `${label}: ${(0,markdown/* codeSpan */.SS)(access)}` : label;
    })
        .join(', ');
}
function expiryCell(report) {
    const { expiresAt } = report.token;
    if (!expiresAt)
        return report.token.kind === 'malformed' ? '—' : 'never (no expiry in the token)';
    return `${(0,time/* formatDate */.Yq)(expiresAt)} (${(0,time/* formatCountdown */.zt)(expiresAt, new Date(report.checkedAt))})`;
}
function validCell(report) {
    if (report.valid === 'true')
        return '✅ accepted by Fly';
    if (report.valid === 'false')
        return '❌ rejected by Fly';
    return report.online ? '❔ could not be verified' : '➖ not checked (offline)';
}
function needsCell(report) {
    const { needs } = report;
    if (needs.source === 'none')
        return 'unknown';
    const caps = needs.capabilities.join(', ') || 'nothing';
    const apps = needs.apps.length > 0 ? ` on ${needs.apps.map(markdown/* codeSpan */.SS).join(', ')}` : '';
    const unknown = needs.unknownApps ? ' (+ apps whose names could not be told)' : '';
    const from = needs.source === 'input'
        ? ' (from inputs)'
        : report.job
            ? ` (job ${(0,markdown/* codeSpan */.SS)(report.job.job)})`
            : '';
    return `${caps}${apps}${unknown}${from}`;
}
function renderCheckSummary(report) {
    const { token } = report;
    const title = `${VERDICT_ICON[report.verdict]} Fly token guard: **${report.verdict}** — ${(0,markdown/* escapeTableCell */.aL)(kindMeaning(token.kind))}`;
    const rows = [
        ['Kind', (0,markdown/* codeSpan */.SS)(token.kind)],
        ['Scope', `${(0,markdown/* codeSpan */.SS)(report.scope)}: ${(0,scope/* describeScope */.O)(report.scope)}`],
        ['Organization', named(token.orgIds, report.orgNames)],
        ['Apps', appsCell(report)],
        ['Expires', expiryCell(report)],
        ['Lifetime', token.lifetimeSeconds === null ? '—' : (0,time/* formatDuration */.a3)(token.lifetimeSeconds)],
        ['Valid', validCell(report)],
        ['This job needs', needsCell(report)]
    ];
    const parts = [
        `## ${title}`,
        '',
        '| | |\n| --- | --- |',
        ...rows.map(([k, v]) => `| ${k} | ${v} |`),
        '',
        `**Findings:** ${(0,markdown/* renderSeverityCounts */.U_)(report.findings)} (fails on ${(0,markdown/* codeSpan */.SS)(report.failOn)})`
    ];
    const table = (0,markdown/* renderFindingsTable */.FQ)(report.findings, { includeFix: false, maxChars: 60000 });
    if (table)
        parts.push('', table);
    const fix = report.findings.find(f => f.fix && f.fix.commands.length > 0)?.fix;
    if (fix) {
        parts.push('', '### The fix', '', (0,markdown/* proseWithCode */.Tb)(fix.summary), '', '```sh', ...fix.commands, '```');
    }
    else if (report.recommendation && report.verdict !== 'pass') {
        parts.push('', '### The narrowest token for this job', '', '```sh', report.recommendation, '```');
    }
    if (report.notes.length > 0)
        parts.push('', ...report.notes.map(n => `> ${(0,markdown/* proseWithCode */.Tb)(n)}`));
    return parts.join('\n') + '\n';
}

// EXTERNAL MODULE: ./lib/action/clock.js
var clock = __webpack_require__(6920);
// EXTERNAL MODULE: ./lib/action/inputs.js
var action_inputs = __webpack_require__(1413);
// EXTERNAL MODULE: ./lib/action/runner.js + 1 modules
var runner = __webpack_require__(9098);
;// CONCATENATED MODULE: ./lib/action/check-mode.js
// `mode: check`: the guard step before `flyctl deploy`.








async function runCheckMode({ token, publisher }) {
    if (token.value.trim() === '') {
        throw new action_inputs/* InputError */.dz("No Fly token to check: set `token: ${{ secrets.FLY_API_TOKEN }}` (or FLY_API_TOKEN in the step's env). " +
            'On pull requests from forks GitHub passes no secrets, so the token is empty there.');
    }
    const inputs = (0,action_inputs/* readCommonInputs */.di)();
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    // The workflow parser loads only when there is a workflow file to read (fast offline starts).
    const resolved = await resolveNeedsLazily({
        apps: (0,action_inputs/* readList */.LD)('apps'),
        needs: (0,action_inputs/* readList */.LD)('needs'),
        workflowRef: process.env.GITHUB_WORKFLOW_REF,
        jobId: process.env.GITHUB_JOB,
        repo: (0,repo_files/* createRepoFiles */._I)(workspace)
    });
    const report = await (0,check/* runCheck */.k)({
        token: token.value,
        needs: resolved.needs,
        ...(resolved.job ? { job: resolved.job } : {}),
        now: (0,clock/* currentTime */.$)(),
        failOn: inputs.failOn,
        options: {
            expiryWarningDays: inputs.expiryWarningDays,
            maxLifetimeDays: inputs.maxLifetimeDays,
            secretName: resolved.secretName ?? (token.source === 'token input' ? 'FLY_API_TOKEN' : token.source),
            ...(resolved.environment ? { environment: resolved.environment } : {})
        },
        ...(0,action_inputs/* onlineOptions */.c3)(inputs),
        notes: resolved.notes
    });
    publisher.outputs(checkOutputs(report));
    const left = publisher.annotate(report.findings);
    if (left > 0)
        report.notes.push(`${left} more findings are in the table above but were not annotated.`);
    await publisher.summary(renderCheckSummary(report));
    const headline = `Fly token: ${report.token.kind} (${report.scope}); verdict ${report.verdict}.`;
    if (report.verdict === 'fail') {
        publisher.fail(`${headline} See the job summary for the findings and the fix.`);
    }
    else {
        runner/* info */.pq(headline);
    }
}


/***/ }),

/***/ 3970:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ runCheck)
/* harmony export */ });
/* harmony import */ var _rules_fix_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8960);
/* harmony import */ var _rules_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(302);
/* harmony import */ var _rules_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3042);
/* harmony import */ var _token_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1205);
/* harmony import */ var _scope_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1758);





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
async function verifyLazily(options, token, inspection, apps) {
    const { verifyOnline, onlineToken } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(482), __webpack_require__.e(166)]).then(__webpack_require__.bind(__webpack_require__, 6482));
    return verifyOnline({ ...options, token: onlineToken(token, inspection), apps });
}
async function runCheck(input) {
    const inspection = (0,_token_index_js__WEBPACK_IMPORTED_MODULE_2__/* .inspectToken */ .e4)(input.token);
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
    const findings = _rules_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenRules */ .N.flatMap(rule => rule.check(context));
    return {
        verdict: (0,_rules_types_js__WEBPACK_IMPORTED_MODULE_4__/* .verdictFor */ .Xb)(findings, input.failOn),
        failOn: input.failOn,
        checkedAt: input.now.toISOString(),
        token: inspection,
        scope: (0,_scope_js__WEBPACK_IMPORTED_MODULE_3__/* .scopeOf */ .v)(inspection),
        needs: input.needs,
        ...(input.job ? { job: input.job } : {}),
        findings,
        recommendation: (0,_rules_fix_js__WEBPACK_IMPORTED_MODULE_0__/* .recommendationFor */ .pq)(context),
        ...(online ? { online } : {}),
        valid: validity(online),
        ...onlineNames(online),
        notes: input.notes ?? []
    };
}


/***/ }),

/***/ 802:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   _I: () => (/* binding */ createRepoFiles)
/* harmony export */ });
/* unused harmony export MAX_REPO_FILE_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
// The repository on disk as the pure workflow room sees it: read-only, confined to the root,
// bounded in size. The action points it at GITHUB_WORKSPACE, the CLI at --repo or the cwd.


const MAX_REPO_FILE_BYTES = 1024 * 1024;
const SKIPPED_DIRS = new Set(['.git', 'node_modules', 'dist', 'coverage', 'vendor', '.venv']);
function createRepoFiles(root, maxFiles = 5000) {
    const absoluteRoot = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root);
    const inside = (relative) => {
        const full = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(absoluteRoot, relative);
        return full === absoluteRoot || full.startsWith(absoluteRoot + node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? full : undefined;
    };
    return {
        read(relative) {
            const full = inside(relative);
            if (!full)
                return undefined;
            try {
                const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full);
                if (!stat.isFile() || stat.size > MAX_REPO_FILE_BYTES)
                    return undefined;
                return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(full, 'utf8');
            }
            catch {
                return undefined;
            }
        },
        list() {
            return listFiles(absoluteRoot, maxFiles).files;
        }
    };
}
/** Repo-relative paths (forward slashes), breadth-first, stopping after `maxFiles`. */
function listFiles(root, maxFiles) {
    const files = [];
    const queue = [''];
    while (queue.length > 0) {
        const dir = queue.shift() ?? '';
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, dir), { withFileTypes: true });
        }
        catch {
            continue;
        }
        entries.sort((a, b) => a.name.localeCompare(b.name));
        for (const entry of entries) {
            const relative = dir ? `${dir}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRS.has(entry.name))
                    queue.push(relative);
            }
            else if (entry.isFile()) {
                if (files.length >= maxFiles)
                    return { files, truncated: true };
                files.push(relative);
            }
        }
    }
    return { files, truncated: false };
}


/***/ }),

/***/ 1758:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ describeScope),
/* harmony export */   v: () => (/* binding */ scopeOf)
/* harmony export */ });
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


/***/ }),

/***/ 9793:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ lifetimeDays),
/* harmony export */   AQ: () => (/* binding */ daysUntil),
/* harmony export */   Yq: () => (/* binding */ formatDate),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   zt: () => (/* binding */ formatCountdown)
/* harmony export */ });
/* unused harmony export plural */
// Dates and durations as people read them in summaries and terminals.
const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;
function plural(n, unit) {
    return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
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
/** "in 7300 days", "expired 10 days ago", "in 5 hours", "expired less than an hour ago". */
function formatCountdown(iso, now) {
    const diff = Date.parse(iso) - now.getTime();
    const abs = Math.abs(diff);
    const span = abs >= DAY * 1000
        ? plural(Math.floor(abs / (DAY * 1000)), 'day')
        : abs >= HOUR * 1000
            ? plural(Math.floor(abs / (HOUR * 1000)), 'hour')
            : 'less than an hour';
    return diff >= 0 ? `in ${span}` : `expired ${span} ago`;
}
/** "2045-07-04 10:33 UTC". */
function formatDate(iso) {
    return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
function lifetimeDays(seconds) {
    return Math.round(seconds / DAY);
}


/***/ })

};
;