"use strict";
exports.id = 277;
exports.ids = [277];
exports.modules = {

/***/ 1277:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheckCommand: () => (/* binding */ runCheckCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/action/clock.js
var clock = __webpack_require__(6920);
// EXTERNAL MODULE: ./lib/rules/fix.js
var fix = __webpack_require__(8960);
// EXTERNAL MODULE: ./lib/rules/registry.js + 19 modules
var registry = __webpack_require__(302);
// EXTERNAL MODULE: ./lib/rules/types.js
var types = __webpack_require__(3042);
// EXTERNAL MODULE: ./lib/token/index.js + 31 modules
var token = __webpack_require__(1205);
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
async function verifyLazily(options, token, inspection, apps) {
    const { verifyOnline, onlineToken } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(712)]).then(__webpack_require__.bind(__webpack_require__, 2712));
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
        recommendation: (0,fix/* recommendationFor */.pq)(context),
        ...(online ? { online } : {}),
        valid: validity(online),
        ...onlineNames(online),
        notes: input.notes ?? []
    };
}

// EXTERNAL MODULE: ./lib/workflow/index.js + 17 modules
var workflow = __webpack_require__(6209);
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
    const { parseWorkflowFile, inferJobNeeds } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6209));
    return { parseWorkflowFile: modelOnly(parseWorkflowFile), inferJobNeeds };
}
/**
 * Needs come from the model alone, never from schema problems: skip GitHub's schema check (it
 * was 40 of the 110 ms a zero-config check spent reading its workflow).
 */
function modelOnly(parse) {
    return (path, text) => parse(path, text, { validate: false });
}

;// CONCATENATED MODULE: ./lib/engine/needs.js
// What the running job needs (see resolve-needs.ts), with the workflow parser loaded up front:
// for callers that want a synchronous answer (the CLI). The action uses resolveNeedsLazily.



function resolveNeeds(request) {
    return resolveNeedsWith(request, {
        parseWorkflowFile: modelOnly(workflow.parseWorkflowFile),
        inferJobNeeds: workflow.inferJobNeeds
    });
}

// EXTERNAL MODULE: ./lib/engine/repo-files.js
var repo_files = __webpack_require__(802);
// EXTERNAL MODULE: ./lib/report/order.js
var order = __webpack_require__(5930);
// EXTERNAL MODULE: ./lib/report/kinds.js
var kinds = __webpack_require__(2045);
// EXTERNAL MODULE: ./lib/report/time.js
var time = __webpack_require__(9793);
;// CONCATENATED MODULE: ./lib/report/check-text.js




function renderCheckText(report) {
    const { token, needs } = report;
    const now = new Date(report.checkedAt);
    const lines = [
        `Verdict:   ${report.verdict.toUpperCase()} (fails on ${report.failOn})`,
        `Kind:      ${token.kind}: ${(0,kinds/* kindMeaning */.c)(token.kind)}`,
        `Scope:     ${report.scope}: ${describeScope(report.scope)}`,
        `Org ids:   ${token.orgIds.map(id => (report.orgNames[id] ? `${report.orgNames[id]} (${id})` : id)).join(', ') || '-'}`,
        `Apps:      ${token.appIds.map(id => `${report.appNames[id] ?? id}${token.appAccess[id] ? ` [${token.appAccess[id]}]` : ''}`).join(', ') || '-'}`,
        `Expires:   ${token.expiresAt ? `${(0,time/* formatDate */.Yq)(token.expiresAt)} (${(0,time/* formatCountdown */.zt)(token.expiresAt, now)})` : 'never'}`,
        `Lifetime:  ${token.lifetimeSeconds === null ? '-' : (0,time/* formatDuration */.a3)(token.lifetimeSeconds)}`,
        `Valid:     ${report.valid === 'unknown' ? (report.online ? 'unknown (could not verify)' : 'not checked (offline)') : report.valid}`,
        `Needs:     ${needs.source === 'none' ? 'unknown' : `${needs.capabilities.join(', ') || 'nothing'}${needs.apps.length ? ` on ${needs.apps.join(', ')}` : ''}`}`
    ];
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
// EXTERNAL MODULE: ./lib/cli/args.js
var cli_args = __webpack_require__(2453);
// EXTERNAL MODULE: ./lib/cli/fail-on.js
var fail_on = __webpack_require__(2640);
;// CONCATENATED MODULE: ./lib/cli/check.js
// `fly-token-guard check`: the action's check from a terminal.










const runCheckCommand = async ({ args, env, out, err, token }) => {
    const { values } = args;
    const failOn = (0,fail_on/* parseFailOn */.X)(values['fail-on']);
    const input = token();
    if (input.trim() === '') {
        err('fly-token-guard: no token: set FLY_API_TOKEN (or FLY_ACCESS_TOKEN), or pipe it on standard input.');
        return 2;
    }
    if ((values.workflow === undefined) !== (values.job === undefined)) {
        throw new cli_args/* UsageError */.eb('--workflow and --job go together');
    }
    const root = external_node_path_.resolve(values.repo ?? '.');
    let resolved;
    try {
        resolved = resolveNeeds({
            apps: (0,cli_args/* splitList */.ry)(values.apps),
            needs: (0,cli_args/* splitList */.ry)(values.needs),
            ...(values.workflow
                ? { workflowPath: external_node_path_.relative(root, external_node_path_.resolve(values.workflow)) }
                : {}),
            ...(values.job ? { jobId: values.job } : {}),
            repo: (0,repo_files/* createRepoFiles */._I)(root)
        });
    }
    catch (error) {
        if (error instanceof workflow/* NeedsInputError */.ae)
            throw new cli_args/* UsageError */.eb(error.message);
        throw error;
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
            valid: report.valid
        }, null, 2));
    }
    else {
        out(renderCheckText(report));
    }
    return report.verdict === 'fail' ? 1 : 0;
};
/** Endpoints given by flag or environment; the Fly client supplies its defaults for the rest. */
function onlineEndpoints(values, env) {
    const flyApiUrl = values['fly-api-url'] ?? env.FLY_API_URL;
    const flyGraphqlUrl = values['fly-graphql-url'] ?? env.FLY_GRAPHQL_URL;
    return { ...(flyApiUrl ? { flyApiUrl } : {}), ...(flyGraphqlUrl ? { flyGraphqlUrl } : {}) };
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
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Yq: () => (/* binding */ formatDate),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   zt: () => (/* binding */ formatCountdown)
/* harmony export */ });
/* unused harmony exports daysUntil, lifetimeDays */
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