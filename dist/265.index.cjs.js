"use strict";
exports.id = 265;
exports.ids = [265];
exports.modules = {

/***/ 6265:
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
// EXTERNAL MODULE: ./lib/workflow/expressions.js
var expressions = __webpack_require__(3174);
// EXTERNAL MODULE: ./lib/workflow/capabilities.js
var capabilities = __webpack_require__(791);
;// CONCATENATED MODULE: ./lib/workflow/secret-needs.js
// Each Fly secret judged on its own: a job that deploys `api-dev` with FLY_API_DEV_TOKEN and `api`
// with FLY_API_TOKEN needs one app per token. The needs of one secret are the commands that run
// with it, plus those whose token cannot be traced to a secret (they may run with any of them).


function runsWith(item, secrets) {
    return item.secrets === undefined || item.secrets.some(s => secrets.includes(s));
}
/** The needs of the token stored in any of `secrets` (a guard step may name `A || B`). */
function needsForSecrets(needs, secrets) {
    if (secrets.length === 0 || needs.source === 'input')
        return needs;
    const evidence = needs.evidence.filter(e => runsWith(e, secrets));
    const opaque = needs.opaque?.filter(o => runsWith(o, secrets));
    const apps = [...new Set(evidence.map(e => e.app).filter((a) => a !== null))].sort();
    const out = {
        apps,
        capabilities: (0,capabilities/* sortCapabilities */.JP)(evidence.map(e => e.capability)),
        unknownApps: evidence.some(e => e.appUnknown === true),
        commands: needs.commands,
        evidence,
        source: evidence.length > 0 ? 'inferred' : 'none'
    };
    if (opaque && opaque.length > 0)
        out.opaque = opaque;
    return out;
}
/** The Fly secrets the needs name, in order of first use. */
function secretsOfNeeds(needs) {
    const names = [];
    for (const item of [...needs.evidence, ...(needs.opaque ?? [])])
        for (const s of item.secrets ?? [])
            if (!names.includes(s))
                names.push(s);
    return names;
}
/** The secrets an expression-bearing value names (`${{ secrets.A || secrets.B }}` -> A, B). */
function secretsNamed(value) {
    if (value === null || !value.includes('${{'))
        return [];
    const names = [];
    for (const span of (0,expressions/* findExpressions */.zV)(value)) {
        for (const m of (0,expressions/* findSecretMentions */.pW)(span.inner))
            if (m.name !== null && !names.includes(m.name))
                names.push(m.name);
    }
    return names;
}
const GUARD_REPO = 'fly-token-guard';
const TOKEN_ENV = ['FLY_ACCESS_TOKEN', 'FLY_API_TOKEN'];
function isCheckGuard(step) {
    if ((step.uses?.repo ?? '').toLowerCase() !== GUARD_REPO)
        return false;
    const mode = step.with.find(kv => kv.key === 'mode')?.value ?? 'check';
    return mode.trim().toLowerCase() === 'check';
}
/**
 * The guard step running now: the one whose `id` is GITHUB_ACTION, or the n-th step of this action
 * without an id (`__owner_repo`, `__owner_repo_2`...), or the only one.
 */
function currentGuard(job, action) {
    const guards = job.steps.filter(isCheckGuard);
    if (guards.length <= 1 || action === undefined)
        return guards.length === 1 ? guards[0] : undefined;
    const byId = guards.find(s => s.id === action);
    if (byId)
        return byId;
    const generated = /^__[^_].*?(?:_(\d+))?$/.exec(action);
    if (!generated)
        return undefined;
    const anonymous = guards.filter(s => s.id === null);
    return anonymous[Number(generated[1] ?? '1') - 1];
}
function envValue(layers, name) {
    for (const layer of layers) {
        const found = layer.find(kv => kv.key === name);
        if (found)
            return found;
    }
    return undefined;
}
/**
 * The secrets the guard step of this job checks: its `token:` input's `${{ secrets.X }}`, else
 * the env it falls back to (FLY_ACCESS_TOKEN, then FLY_API_TOKEN: step, job, workflow). Empty when
 * that cannot be told (no guard step, several, a token from a step output).
 */
function guardedSecrets(workflow, job, action) {
    const guard = currentGuard(job, action);
    if (!guard)
        return [];
    const token = guard.with.find(kv => kv.key === 'token');
    if (token?.value)
        return secretsNamed(token.value);
    const layers = [guard.env, job.env, workflow.env];
    for (const name of TOKEN_ENV) {
        const found = envValue(layers, name);
        if (found)
            return secretsNamed(found.value);
    }
    return [];
}

;// CONCATENATED MODULE: ./lib/engine/resolve-needs.js
// What the running job needs: from the `apps`/`needs` inputs, else inferred from the workflow
// file the runner is executing (GITHUB_WORKFLOW_REF + GITHUB_JOB) in the checked-out workspace.
// Imports only the light half of the workflow room: the parser comes in through a WorkflowReader,
// so a run with no workflow to read never loads it (see resolveNeedsLazily).


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
function checkedNeeds(workflow, job, inferred, action) {
    const guarded = guardedSecrets(workflow, job, action);
    const used = secretsOfNeeds(inferred);
    // A guard naming a secret no step uses checks a token whose use the job does not show: its
    // needs are what runs with a token of unknown origin, and the note below says the rest.
    let needs = needsForSecrets(inferred, guarded);
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
    return { needs, ...(secret ? { secret } : {}) };
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
        inferred = unreadable(path, 'not in the checkout', path);
    }
    else {
        const workflow = reader.parseWorkflowFile(path, text);
        const job = workflow.jobs.find(j => j.id === jobId);
        if (!job) {
            notes.push(`Job \`${jobId}\` was not found in \`${path}\`; the needs were not inferred.`);
            inferred = unreadable(`job ${jobId}`, `not found in ${path}`, path);
        }
        else {
            const checked = checkedNeeds(workflow, job, reader.inferJobNeeds(workflow, job.id, request.repo), request.action);
            inferred = checked.needs;
            const environment = job.environment?.name ?? undefined;
            const secretName = checked.secret ?? tokenSecretOf(job);
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
    const { parseWorkflowFile, inferJobNeeds } = await Promise.all(/* import() */[__webpack_require__.e(29), __webpack_require__.e(315)]).then(__webpack_require__.bind(__webpack_require__, 6315));
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
// EXTERNAL MODULE: ./lib/report/expiry.js
var report_expiry = __webpack_require__(1499);
// EXTERNAL MODULE: ./lib/report/findings-json.js
var findings_json = __webpack_require__(5749);
// EXTERNAL MODULE: ./lib/report/time.js
var time = __webpack_require__(9793);
;// CONCATENATED MODULE: ./lib/report/check-outputs.js



function checkOutputs(report) {
    const { token } = report;
    const appLabels = token.appIds.map(id => report.appNames[id] ?? id);
    const expiry = (0,report_expiry/* expiryOf */.p1)(token.kind, token.expiresAt);
    return {
        verdict: report.verdict,
        kind: token.kind,
        scope: report.scope,
        'org-ids': token.orgIds.join(','),
        apps: appLabels.join(','),
        'expires-at': (0,report_expiry/* expiresAtOutput */.d3)(expiry),
        'expires-in-days': expiry.state === 'at' ? String((0,time/* daysUntil */.AQ)(expiry.iso, new Date(report.checkedAt))) : '',
        'lifetime-days': token.lifetimeSeconds === null ? '' : String((0,time/* lifetimeDays */.$d)(token.lifetimeSeconds)),
        valid: report.valid,
        findings: JSON.stringify(report.findings.map(findings_json/* findingToJson */.N)),
        recommendation: report.recommendation ?? ''
    };
}

// EXTERNAL MODULE: ./lib/engine/scope.js
var scope = __webpack_require__(1758);
// EXTERNAL MODULE: ./lib/rules/registry.js + 20 modules
var registry = __webpack_require__(7749);
// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(3021);
// EXTERNAL MODULE: ./lib/rules/token/needs-text.js
var needs_text = __webpack_require__(8134);
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

// EXTERNAL MODULE: ./lib/report/order.js
var order = __webpack_require__(5930);
;// CONCATENATED MODULE: ./lib/report/check-summary.js








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
    return (0,report_expiry/* expiryText */.X5)((0,report_expiry/* expiryOf */.p1)(report.token.kind, report.token.expiresAt), new Date(report.checkedAt));
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
    const unseen = (0,needs_text/* unseenUses */.ho)(needs);
    const from = needs.source === 'input'
        ? ' (from inputs)'
        : report.job
            ? ` (job ${(0,markdown/* codeSpan */.SS)(report.job.job)})`
            : '';
    // What could not be seen, and where commands in the repository's files were found.
    const notes = [
        ...(unseen.length > 0 ? [(0,markdown/* proseWithCode */.Tb)(`could not see: ${(0,needs_text/* listUnseen */.PT)(unseen)}`)] : []),
        ...(0,needs_text/* followedChains */.TQ)(needs).map(chain => (0,markdown/* proseWithCode */.Tb)(`from ${chain}`))
    ];
    const tail = notes.length > 0 ? `; ${notes.join('; ')}` : '';
    if (unseen.length > 0)
        return `${(0,markdown/* proseWithCode */.Tb)((0,needs_text/* seenNeeds */.pd)(needs))}${from}${tail}`;
    if (needs.source === 'none')
        return 'unknown';
    const caps = needs.capabilities.join(', ') || 'nothing';
    const apps = needs.apps.length > 0 ? ` on ${needs.apps.map(markdown/* codeSpan */.SS).join(', ')}` : '';
    const unknown = needs.unknownApps ? ' (+ apps whose names could not be told)' : '';
    return `${caps}${apps}${unknown}${from}${tail}`;
}
/** "Token expired (critical), and 2 more findings", or what the token is when nothing was found. */
function headline(report) {
    const [top, ...rest] = (0,order/* sortFindings */.T)(report.findings);
    if (top === undefined)
        return (0,markdown/* escapeTableCell */.aL)(kindMeaning(report.token.kind));
    const title = registry/* tokenRules */.N.find(rule => rule.id === top.rule)?.title ?? top.rule;
    const more = rest.length > 0 ? `, and ${(0,time/* plural */.LS)(rest.length, 'more finding')}` : '';
    return `${(0,markdown/* escapeMarkdown */.FV)(title)} (${top.severity})${more}`;
}
function renderCheckSummary(report, options = {}) {
    const { token } = report;
    const title = `${markdown/* VERDICT_ICON */.YY[report.verdict]} Fly token guard: **${report.verdict}** — ${headline(report)}`;
    // The first fact is the table's header row: a table needs one, and an empty one reads oddly.
    const [first, ...rows] = [
        ['Kind', `${(0,markdown/* codeSpan */.SS)(token.kind)}: ${(0,markdown/* escapeTableCell */.aL)(kindMeaning(token.kind))}`],
        ['Scope', `${(0,markdown/* codeSpan */.SS)(report.scope)}: ${(0,scope/* describeScope */.O)(report.scope)}`],
        ['Organization', named(token.orgIds, report.orgNames)],
        ['Apps', appsCell(report)],
        ['Expires', expiryCell(report)],
        ['Lifetime', token.lifetimeSeconds === null ? '—' : (0,time/* formatDuration */.a3)(token.lifetimeSeconds)],
        ['Valid', validCell(report)],
        ['This job needs', needsCell(report)]
    ];
    const letters = Object.keys(token.appAccess).length > 0;
    const parts = [
        `## ${title}`,
        '',
        ...(options.pinnedClock ? [`_${(0,time/* asOfLine */.Ui)(options.pinnedClock)}_`, ''] : []),
        `| ${first?.[0] ?? ''} | ${first?.[1] ?? ''} |`,
        '| --- | --- |',
        ...rows.map(([k, v]) => `| ${k} | ${v} |`),
        ...(letters ? ['', (0,markdown/* proseWithCode */.Tb)(time/* ACCESS_LETTERS_NOTE */.Cd)] : []),
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
// EXTERNAL MODULE: ./lib/action/inputs.js + 1 modules
var action_inputs = __webpack_require__(1539);
;// CONCATENATED MODULE: ./lib/action/check-mode.js
// `mode: check`: the guard step before `flyctl deploy`.







async function runCheckMode({ token, publisher, deadline }) {
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
        action: process.env.GITHUB_ACTION,
        repo: (0,repo_files/* createRepoFiles */._)(workspace)
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
        ...(0,action_inputs/* onlineOptions */.c3)(inputs, deadline),
        notes: resolved.notes
    });
    publisher.outputs(checkOutputs(report));
    const left = publisher.annotate(report.findings);
    if (left > 0)
        report.notes.push(`${left} more findings are in the table above but were not annotated.`);
    const pinned = (0,clock/* pinnedClock */.s)();
    await publisher.summary(renderCheckSummary(report, pinned ? { pinnedClock: pinned } : {}));
    const headline = `Fly token: ${report.token.kind} (${report.scope}); verdict ${report.verdict}.`;
    if (report.verdict === 'fail') {
        publisher.fail(`${headline} See the job summary for the findings and the fix.`);
    }
    else {
        publisher.info(headline);
    }
}


/***/ }),

/***/ 3970:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ runCheck)
/* harmony export */ });
/* harmony import */ var _rules_fix_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8960);
/* harmony import */ var _rules_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7749);
/* harmony import */ var _rules_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3042);
/* harmony import */ var _token_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9450);
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
    const { verifyOnline, onlineToken } = await Promise.all(/* import() */[__webpack_require__.e(405), __webpack_require__.e(166)]).then(__webpack_require__.bind(__webpack_require__, 5405));
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
        recommendation: (0,_rules_fix_js__WEBPACK_IMPORTED_MODULE_0__/* .recommendationFor */ .pq)(context, findings),
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
/* harmony export */   _: () => (/* binding */ createRepoFiles)
/* harmony export */ });
/* harmony import */ var _file_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6610);
/* harmony import */ var _fs_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7877);


function createRepoFiles(root) {
    return (0,_file_source_js__WEBPACK_IMPORTED_MODULE_1__/* .repoFilesOf */ .F)((0,_fs_source_js__WEBPACK_IMPORTED_MODULE_0__/* .fsFileSource */ .HP)(root));
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

/***/ 1499:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X5: () => (/* binding */ expiryText),
/* harmony export */   d3: () => (/* binding */ expiresAtOutput),
/* harmony export */   p1: () => (/* binding */ expiryOf)
/* harmony export */ });
/* unused harmony exports UNKNOWN_EXPIRY, NEVER_EXPIRES */
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9793);

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
                ? (0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDate */ .Yq)(expiry.iso)
                : `${(0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDate */ .Yq)(expiry.iso)} (${(0,_time_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCountdown */ .zt)(expiry.iso, now)})`;
        case 'never':
            return NEVER_EXPIRES;
        case 'unknown':
            return UNKNOWN_EXPIRY;
        case 'none':
            return '—';
    }
}
/** The `expires-at` output: ISO instant, `unknown`, or empty when it never expires. */
function expiresAtOutput(expiry) {
    return expiry.state === 'at' ? expiry.iso : expiry.state === 'unknown' ? 'unknown' : '';
}


/***/ })

};
;