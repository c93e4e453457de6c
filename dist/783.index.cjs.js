"use strict";
exports.id = 783;
exports.ids = [783,166];
exports.modules = {

/***/ 5783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_ISSUE_LABEL: () => (/* binding */ DEFAULT_ISSUE_LABEL),
  runHealthMode: () => (/* binding */ runHealthMode)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/fly/concurrency.js
var concurrency = __webpack_require__(8166);
// EXTERNAL MODULE: ./lib/rules/fix.js
var fix = __webpack_require__(8960);
// EXTERNAL MODULE: ./lib/report/time.js
var time = __webpack_require__(9793);
// EXTERNAL MODULE: ./lib/rules/types.js
var types = __webpack_require__(3042);
// EXTERNAL MODULE: ./lib/workflow/inputs.js
var workflow_inputs = __webpack_require__(544);
// EXTERNAL MODULE: ./lib/io/deadline.js
var deadline = __webpack_require__(5010);
// EXTERNAL MODULE: ./lib/engine/check.js
var check = __webpack_require__(3970);
;// CONCATENATED MODULE: ./lib/engine/health.js
// Token health: many named tokens checked at once, each judged healthy / attention / broken, plus
// a fingerprint of what a person would act on. The scheduled health issue is rewritten only when
// that fingerprint changes, so it must not move with the daily countdown.








/** The token cannot be used as it is. */
const BROKEN_RULES = new Set([
    'malformed-token',
    'expired',
    'not-yet-valid',
    'invalid-token',
    'missing-discharge'
]);
/** It works, but someone must act: rotate before expiry, replace a personal token. */
const ATTENTION_RULES = new Set(['expiring-soon', 'personal-token']);
/**
 * Left out of the fingerprint: an online check that could not complete says nothing about the
 * token, and Fly's hiccups must not rewrite the issue.
 */
const TRANSIENT_RULES = new Set(['unverified']);
/** What one finding means for the token's health; null when it can wait for a quiet day. */
function healthImpact(finding) {
    if (BROKEN_RULES.has(finding.rule))
        return 'broken';
    if (ATTENTION_RULES.has(finding.rule))
        return 'attention';
    return (0,types/* severityRank */.qs)(finding.severity) >= (0,types/* severityRank */.qs)('high') ? 'attention' : null;
}
function statusOf(findings, valid) {
    const impacts = findings.map(healthImpact);
    if (valid === 'false' || impacts.includes('broken'))
        return 'broken';
    return impacts.includes('attention') ? 'attention' : 'healthy';
}
function worstVerdict(verdicts) {
    if (verdicts.includes('fail'))
        return 'fail';
    return verdicts.includes('warn') ? 'warn' : 'pass';
}
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function missingFinding(name) {
    const store = ENV_NAME.test(name) ? (0,fix/* storeCommand */.BZ)(name, undefined) : undefined;
    return {
        rule: 'malformed-token',
        severity: 'critical',
        message: `The variable ${name} is empty or not set, so there is no token to check.`,
        fix: {
            summary: `Pass the secret to this step (\`env: ${name}: \${{ secrets.${name} }}\`), store a token in it, ` +
                `or remove ${name} from \`tokens\`.`,
            commands: store === undefined ? [] : [store]
        },
        subject: name
    };
}
function missingRow(name, failOn) {
    const findings = [missingFinding(name)];
    return {
        name,
        kind: 'missing',
        scope: 'none',
        orgIds: [],
        orgNames: {},
        appIds: [],
        apps: [],
        appAccess: {},
        expiresAt: null,
        expiresInDays: null,
        lifetimeSeconds: null,
        lifetimeDays: null,
        valid: 'unknown',
        checkedOnline: false,
        status: 'broken',
        verdict: (0,types/* verdictFor */.Xb)(findings, failOn),
        findings,
        attention: findings,
        recommendation: null,
        notes: []
    };
}
/** Health mode speaks about tokens, not files: findings name their token and carry no location. */
function forToken(finding, name) {
    const copy = { ...finding, subject: name };
    delete copy.location;
    return copy;
}
function rowFrom(name, report, now) {
    const { token } = report;
    const findings = report.findings.map(f => forToken(f, name));
    const status = statusOf(findings, report.valid);
    return {
        name,
        kind: token.kind,
        scope: report.scope,
        orgIds: [...token.orgIds],
        orgNames: { ...report.orgNames },
        appIds: [...token.appIds],
        apps: token.appIds.map(id => report.appNames[id] ?? id),
        appAccess: { ...token.appAccess },
        expiresAt: token.expiresAt,
        expiresInDays: token.expiresAt === null ? null : (0,time/* daysUntil */.AQ)(token.expiresAt, now),
        lifetimeSeconds: token.lifetimeSeconds,
        lifetimeDays: token.lifetimeSeconds === null ? null : (0,time/* lifetimeDays */.$d)(token.lifetimeSeconds),
        valid: report.valid,
        checkedOnline: report.online !== undefined,
        status,
        verdict: report.verdict,
        findings,
        attention: status === 'healthy' ? [] : findings.filter(f => healthImpact(f) !== null),
        recommendation: report.recommendation,
        notes: [...report.notes]
    };
}
/**
 * The state a person acts on, one line per token: name, status, kind, expiry instant and the
 * rule:severity of each finding. No countdown, no message text (messages carry "in 5 days"), no
 * transient online outcomes: a day without change gives the same state.
 */
function healthState(rows) {
    return rows
        .map(row => {
        const rules = [
            ...new Set(row.findings.filter(f => !TRANSIENT_RULES.has(f.rule)).map(f => `${f.rule}:${f.severity}`))
        ].sort();
        return [row.name, row.status, row.kind, row.expiresAt ?? '-', rules.join(',')].join('|');
    })
        .join('\n');
}
/** Short, marker-safe hash of `healthState`. */
function healthFingerprint(rows) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(healthState(rows)).digest('hex');
    return `health-v1:${digest.slice(0, 32)}`;
}
function summarizeHealth(rows, meta) {
    const expiries = rows.flatMap(r => (r.expiresInDays === null ? [] : [r.expiresInDays]));
    const needingAttention = rows.filter(r => r.status !== 'healthy').length;
    return {
        ...meta,
        verdict: worstVerdict(rows.map(r => r.verdict)),
        rows,
        firstExpiryDays: expiries.length > 0 ? Math.min(...expiries) : null,
        needingAttention,
        needsPerson: needingAttention > 0,
        fingerprint: healthFingerprint(rows)
    };
}
const HEALTH_CONCURRENCY = 16;
/**
 * Checks every token (up to 16 at once, rows in input order) and judges the lot. Online, every
 * token shares one deadline (`timeout-seconds` bounds the whole run) and one HTTP stack.
 */
async function runHealth(input) {
    // One row per name: a name listed twice is the same variable.
    const byName = new Map();
    for (const token of input.tokens)
        if (!byName.has(token.name))
            byName.set(token.name, token);
    const tokens = [...byName.values()];
    const online = input.online ? await shareOnline(input.online) : undefined;
    try {
        const rows = await (0,concurrency/* mapWithConcurrency */.W)(tokens, HEALTH_CONCURRENCY, async ({ name, value }) => {
            if (value === undefined || value.trim() === '')
                return missingRow(name, input.failOn);
            const report = await (0,check/* runCheck */.k)({
                token: value,
                needs: input.needs ?? (0,workflow_inputs/* unknownNeeds */.Mk)(),
                now: input.now,
                failOn: input.failOn,
                options: { ...input.options, secretName: name },
                ...(online ? { online: online.options } : {})
            });
            return rowFrom(name, report, input.now);
        });
        return summarizeHealth(rows, {
            checkedAt: input.now.toISOString(),
            failOn: input.failOn,
            expiryWarningDays: input.options.expiryWarningDays
        });
    }
    finally {
        await online?.release();
    }
}
/** One deadline started now and one HTTP stack, for every token's online checks. */
async function shareOnline(options) {
    // Loaded only when online, like runCheck's client: offline health never loads undici.
    const { DEFAULT_TIMEOUT_MS } = await __webpack_require__.e(/* import() */ 791).then(__webpack_require__.bind(__webpack_require__, 1791));
    const { createFlyDispatcher } = await __webpack_require__.e(/* import() */ 96).then(__webpack_require__.bind(__webpack_require__, 9096));
    const owned = options.dispatcher ? undefined : createFlyDispatcher();
    return {
        options: {
            ...options,
            deadline: options.deadline ?? (0,deadline/* startDeadline */.d)(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
            ...(owned ? { dispatcher: owned } : {})
        },
        release: async () => {
            await owned?.destroy().catch(() => undefined);
        }
    };
}

// EXTERNAL MODULE: ./lib/engine/pr-changes.js
var pr_changes = __webpack_require__(7442);
// EXTERNAL MODULE: ./lib/github/load-client.js
var load_client = __webpack_require__(4563);
// EXTERNAL MODULE: ./lib/report/expiry.js
var report_expiry = __webpack_require__(1499);
// EXTERNAL MODULE: ./lib/report/findings-json.js
var findings_json = __webpack_require__(5749);
;// CONCATENATED MODULE: ./lib/report/health-outputs.js


/** A personal token's expiry is not in the token: null, like its countdown. */
function knownExpiry(row) {
    return (0,report_expiry/* expiryOf */.p1)(row.kind, row.expiresAt).state === 'at';
}
function healthRowToJson(row) {
    const known = knownExpiry(row);
    return {
        name: row.name,
        kind: row.kind,
        scope: row.scope,
        orgIds: [...row.orgIds],
        apps: [...row.apps],
        expiresAt: known ? row.expiresAt : null,
        expiresInDays: known ? row.expiresInDays : null,
        lifetimeDays: row.lifetimeDays,
        valid: row.valid,
        status: row.status,
        findings: row.findings.map(findings_json/* findingToJson */.N)
    };
}
/** Days until the first known expiry (personal tokens record none); empty when none is known. */
function firstExpiryDays(report) {
    const days = report.rows.flatMap(row => knownExpiry(row) && row.expiresInDays !== null ? [row.expiresInDays] : []);
    return days.length === 0 ? '' : String(Math.min(...days));
}
function healthOutputs(report) {
    return {
        verdict: report.verdict,
        report: JSON.stringify(report.rows.map(healthRowToJson)),
        'first-expiry-days': firstExpiryDays(report),
        findings: JSON.stringify(report.rows.flatMap(r => r.findings).map(findings_json/* findingToJson */.N))
    };
}

// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(3021);
// EXTERNAL MODULE: ./lib/engine/scope.js
var scope = __webpack_require__(1758);
// EXTERNAL MODULE: ./lib/report/order.js
var order = __webpack_require__(5930);
// EXTERNAL MODULE: ./lib/rules/token/time.js
var token_time = __webpack_require__(9572);
// EXTERNAL MODULE: ./lib/rules/words.js
var words = __webpack_require__(642);
;// CONCATENATED MODULE: ./lib/report/health-summary.js







const STATUS_ICON = {
    healthy: '\u2705',
    attention: '\u26a0\ufe0f',
    broken: '\u274c'
};
const STATUS_TEXT = {
    healthy: 'healthy',
    attention: 'needs attention',
    broken: 'broken'
};
/** "Fly token health: 2 tokens need attention". */
function healthIssueTitle(report) {
    const n = report.needingAttention;
    return `Fly token health: ${(0,words/* plural */.LS)(n, 'token needs', 'tokens need')} attention`;
}
/**
 * Agrees with the verdict and the statuses: "all 2 tokens are healthy" only when nothing was found;
 * tokens that work but carry findings below "needs attention" are said to have findings to review.
 */
function headline(report) {
    const total = report.rows.length;
    if (report.needingAttention > 0) {
        return `${report.needingAttention} of ${(0,words/* plural */.LS)(total, 'token', 'tokens')} ${report.needingAttention === 1 ? 'needs' : 'need'} attention`;
    }
    const reviewing = report.rows.filter(row => row.findings.length > 0).length;
    if (reviewing === 0) {
        return total === 1 ? 'the token is healthy' : `all ${total} tokens are healthy`;
    }
    const works = total === 1 ? 'the token works' : `all ${total} tokens work`;
    const who = total === 1
        ? 'it has'
        : reviewing === total
            ? 'each has'
            : `${reviewing} ${reviewing === 1 ? 'has' : 'have'}`;
    return `${works}; ${who} ${report.verdict === 'fail' ? 'findings at or above `fail-on`' : 'findings to review'}`;
}
/** "healthy", "needs attention", "broken", or "works, 1 finding to review". */
function statusText(row) {
    if (row.status !== 'healthy' || row.findings.length === 0)
        return STATUS_TEXT[row.status];
    const count = (0,words/* plural */.LS)(row.findings.length, 'finding', 'findings');
    return row.verdict === 'fail'
        ? `works, ${count} at or above fail-on`
        : `works, ${count} to review`;
}
function statusCell(row) {
    const fly = row.valid === 'true'
        ? ' (Fly: accepted)'
        : row.valid === 'false'
            ? ' (Fly: rejected)'
            : row.checkedOnline
                ? ' (Fly: not verified)'
                : '';
    const missing = row.kind === 'missing' ? ': variable is empty or not set' : '';
    return `${STATUS_ICON[row.status]} ${statusText(row)}${missing}${fly}`;
}
function orgPart(row) {
    if (row.orgIds.length === 0)
        return '';
    const orgs = row.orgIds.map(id => (0,markdown/* namedId */.$A)(id, row.orgNames[id]));
    return `${row.orgIds.length === 1 ? 'org' : 'orgs'} ${orgs.join(', ')}`;
}
function appsPart(row) {
    if (row.appIds.length > 0) {
        const apps = row.appIds.map((id, i) => {
            const label = row.apps[i];
            return (0,markdown/* withAccess */.l3)((0,markdown/* namedId */.$A)(id, label !== id ? label : undefined), row.appAccess[id]);
        });
        return `${row.appIds.length === 1 ? 'app' : 'apps'} ${apps.join(', ')}`;
    }
    if (row.scope === 'org')
        return 'all apps';
    if (row.scope === 'org-read')
        return 'all apps, read only';
    if (row.scope === 'user')
        return 'every org and app of its user';
    return '';
}
function reachCell(row) {
    const parts = [orgPart(row), appsPart(row)].filter(p => p !== '');
    return parts.length > 0 ? parts.join(' \u00b7 ') : '\u2014';
}
function expiryCell(row, now) {
    return (0,report_expiry/* expiryText */.X5)((0,report_expiry/* expiryOf */.p1)(row.kind, row.expiresAt), now);
}
function lifetimeCell(row) {
    return row.lifetimeSeconds === null ? '\u2014' : (0,time/* formatDuration */.a3)(row.lifetimeSeconds);
}
function lettersShown(report) {
    return report.rows.some(row => Object.keys(row.appAccess).length > 0);
}
/** The token table; `now` adds countdowns (job summary), without it only dates (issue body). */
function renderHealthTable(report, now) {
    const header = '| Token | Kind | Scope | Org / apps | Expires | Lifetime | Status |\n' +
        '| --- | --- | --- | --- | --- | --- | --- |';
    const rows = report.rows.map(row => [
        (0,markdown/* codeSpan */.SS)(row.name),
        (0,markdown/* codeSpan */.SS)(row.kind),
        (0,markdown/* codeSpan */.SS)(row.scope),
        reachCell(row),
        expiryCell(row, now),
        lifetimeCell(row),
        statusCell(row)
    ].join(' | '));
    return [header, ...rows.map(r => `| ${r} |`)].join('\n');
}
/** The fix of the worst finding that has commands (else the worst with any fix). */
function mainFix(findings) {
    const sorted = (0,order/* sortFindings */.T)(findings);
    return (sorted.find(f => f.fix !== undefined && f.fix.commands.length > 0)?.fix ??
        sorted.find(f => f.fix !== undefined)?.fix);
}
/**
 * Our own sentences keep their `code` spans; everything else is escaped, so `<APP>` shows as text
 * instead of vanishing as an HTML tag.
 */
function fixBlock(fix) {
    const lines = ['', `**Fix:** ${(0,markdown/* proseWithCode */.Tb)(fix.summary)}`];
    if (fix.commands.length > 0)
        lines.push('', ...(0,markdown/* shellBlock */.OV)(fix.commands));
    return lines;
}
function tokenHeading(row) {
    return `### ${STATUS_ICON[row.status]} ${(0,markdown/* codeSpan */.SS)(row.name)}: ${statusText(row)}`;
}
function summarySection(row) {
    const lines = [tokenHeading(row), '', `${(0,markdown/* escapeMarkdown */.FV)(describeKind(row))}.`];
    if (row.findings.length > 0) {
        lines.push('', (0,markdown/* renderFindingsTable */.FQ)(row.findings, { includeFix: false, maxChars: 12000 }));
    }
    const fix = mainFix(row.attention.length > 0 ? row.attention : row.findings);
    if (fix !== undefined)
        lines.push(...fixBlock(fix));
    if (row.notes.length > 0)
        lines.push('', ...row.notes.map(n => `> ${(0,markdown/* escapeMarkdown */.FV)(n)}`));
    return lines;
}
function describeKind(row) {
    if (row.kind === 'missing')
        return `The variable ${row.name} is empty or not set`;
    return `${(0,words/* capitalize */.ZH)(row.kind)} token, scope ${row.scope}: ${(0,scope/* describeScope */.O)(row.scope)}`;
}
/** The job summary: verdict, one row per token with countdowns, then findings and fixes per token. */
function renderHealthSummary(report, options = {}) {
    const now = new Date(report.checkedAt);
    const all = report.rows.flatMap(r => r.findings);
    const parts = [
        `## ${markdown/* VERDICT_ICON */.YY[report.verdict]} Fly token health: **${report.verdict}** \u2014 ${headline(report)}`,
        '',
        ...(options.pinnedClock ? [`_${(0,time/* asOfLine */.Ui)(options.pinnedClock)}_`, ''] : []),
        renderHealthTable(report, now),
        ...(lettersShown(report) ? ['', (0,markdown/* proseWithCode */.Tb)(time/* ACCESS_LETTERS_NOTE */.Cd)] : []),
        '',
        `**Findings:** ${(0,markdown/* renderSeverityCounts */.U_)(all)} (fails on ${(0,markdown/* codeSpan */.SS)(report.failOn)}; ` +
            `expiry warning ${(0,words/* plural */.LS)(report.expiryWarningDays, 'day', 'days')} ahead)`
    ];
    if (options.issueLine !== undefined)
        parts.push('', options.issueLine);
    for (const row of report.rows) {
        if (row.findings.length === 0 && row.notes.length === 0)
            continue;
        parts.push('', ...summarySection(row));
    }
    if (options.notes !== undefined && options.notes.length > 0) {
        parts.push('', ...options.notes.map(n => `> ${n}`));
    }
    return parts.join('\n') + '\n';
}
function findingItem(finding) {
    const rule = (0,markdown/* ruleLink */.lN)(finding.rule);
    return `- ${(0,markdown/* severityIcon */.PE)(finding.severity)} ${rule} (${finding.severity}): ${(0,markdown/* proseWithCode */.Tb)(finding.message)}`;
}
function issueSection(row) {
    const lines = [tokenHeading(row), '', ...row.attention.map(findingItem)];
    const fix = mainFix(row.attention);
    if (fix !== undefined)
        lines.push(...fixBlock(fix));
    const others = row.findings.filter(f => !row.attention.includes(f));
    if (others.length > 0) {
        const list = others.map(f => `${(0,markdown/* codeSpan */.SS)(f.rule)} (${f.severity})`).join(', ');
        lines.push('', `Also found: ${list}; see the job summary.`);
    }
    return lines;
}
/**
 * The health issue's body: the same table with dates (no countdowns: the body is rewritten only
 * when the state changes), then what to do for each token that needs attention.
 */
function renderHealthIssueBody(report, options = {}) {
    const asOf = (0,token_time/* formatDate */.Yq)(report.checkedAt);
    const seen = options.runUrl !== undefined ? ` in [this workflow run](${options.runUrl})` : '';
    const parts = [
        `## ${markdown/* VERDICT_ICON */.YY[report.verdict]} Fly token health: ${headline(report)}`,
        '',
        `State as of ${asOf}${seen}. fly-token-guard rewrites this issue when the state changes ` +
            "(a token's status, findings or expiry date), not on every run, and closes it once every " +
            "token is healthy. The latest run's job summary has today's countdown.",
        '',
        renderHealthTable(report),
        '',
        '## What to do'
    ];
    for (const row of report.rows) {
        if (row.status === 'healthy')
            continue;
        parts.push('', ...issueSection(row));
    }
    return parts.join('\n') + '\n';
}
/** Left on the issue when it is closed. */
function renderHealthCloseComment(report, options = {}) {
    const seen = options.runUrl !== undefined ? ` ([workflow run](${options.runUrl}))` : '';
    const what = report.rows.length === 1
        ? 'the checked Fly token is healthy again'
        : `all ${report.rows.length} checked Fly tokens are healthy again`;
    return `\u2705 **fly-token-guard**: ${what} as of ${(0,token_time/* formatDate */.Yq)(report.checkedAt)}${seen}. Closing this issue.`;
}

// EXTERNAL MODULE: ./lib/token/token-shape.js
var token_shape = __webpack_require__(148);
// EXTERNAL MODULE: ./lib/action/clock.js
var clock = __webpack_require__(6920);
// EXTERNAL MODULE: ./lib/action/inputs.js
var action_inputs = __webpack_require__(1413);
// EXTERNAL MODULE: ./lib/action/publish.js + 1 modules
var publish = __webpack_require__(9908);
;// CONCATENATED MODULE: ./lib/action/health-mode.js
// `mode: health`: the scheduled check of every token a team keeps, with one GitHub issue that is
// opened while a token needs a person, rewritten when that changes and closed once all is well.












const DEFAULT_ISSUE_LABEL = 'fly-token-health';
const health_mode_ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const TOKENS_HELP = 'list the names of the environment variables that hold the tokens, e.g. ' +
    '`tokens: FLY_PROD, FLY_STAGING` with `env: FLY_PROD: ${{ secrets.FLY_PROD }}` on the step';
/**
 * The variable names in `tokens`. An entry that is not a variable name is never echoed: the
 * commonest mistake is pasting the token itself (`tokens: ${{ secrets.FLY_PROD }}`).
 */
function tokenNames(entries) {
    entries.forEach((entry, index) => {
        const isSetVariable = (process.env[entry] ?? '').trim() !== '';
        if (health_mode_ENV_NAME.test(entry) && (isSetVariable || !(0,token_shape/* looksLikeToken */.NM)(entry, token_shape/* TOKEN_SHAPE */.y0.fragment)))
            return;
        // Mask what was pasted, then say which entry without repeating it.
        (0,publish/* maskTokens */.x)([(0,action_inputs/* readInput */.R5)('tokens')]);
        const which = `entry ${index + 1} of input 'tokens'`;
        throw new action_inputs/* InputError */.dz((0,token_shape/* looksLikeToken */.NM)(entry, token_shape/* TOKEN_SHAPE */.y0.fragment)
            ? `The ${which} looks like a token value, not a variable name: ${TOKENS_HELP}.`
            : `The ${which} is not an environment variable name (letters, digits and _, not starting with a digit): ${TOKENS_HELP}.`);
    });
    return entries;
}
/** The tokens to check: the named variables, else the single `token` input / FLY_API_TOKEN. */
function namedTokens(run) {
    const names = tokenNames((0,action_inputs/* readList */.LD)('tokens'));
    if (names.length > 0)
        return names.map(name => ({ name, value: process.env[name] }));
    if (run.token.value.trim() !== '') {
        const name = run.token.source === 'token input' ? 'FLY_API_TOKEN' : run.token.source;
        return [{ name, value: run.token.value }];
    }
    throw new action_inputs/* InputError */.dz(`Health mode has no tokens to check: ${TOKENS_HELP}.`);
}
/** `issue-label`: absent means the default; set but empty turns the issue off. */
function readIssueLabel() {
    const raw = process.env['INPUT_ISSUE-LABEL'];
    return raw === undefined ? DEFAULT_ISSUE_LABEL : raw.trim();
}
function runUrl() {
    const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = process.env;
    if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID)
        return undefined;
    const server = (GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    return `${server}/${GITHUB_REPOSITORY}/actions/runs/${encodeURIComponent(GITHUB_RUN_ID)}`;
}
function notSynced(why) {
    return {
        ok: false,
        text: `The health issue was not synced: ${why}`,
        markdown: `\u26a0\ufe0f The health issue was not synced: ${(0,markdown/* proseWithCode */.Tb)(why)}`
    };
}
function describeIssueResult(result) {
    if (!result.ok)
        return notSynced(result.reason);
    const number = result.issueNumber === undefined ? '' : ` #${result.issueNumber}`;
    const link = result.issueNumber !== undefined && result.url
        ? ` [#${result.issueNumber}](${result.url})`
        : number;
    const say = (before, after) => ({
        ok: true,
        text: `${before}${number}${after}`,
        markdown: `${before}${link}${after}`
    });
    switch (result.action) {
        case 'created':
            return say('Opened health issue', '.');
        case 'updated':
            return say('Updated health issue', ': the state changed.');
        case 'unchanged':
            return say('Health issue', ' is up to date: nothing changed since it was written.');
        case 'closed':
            return say('Closed health issue', ': every token is healthy.');
        case 'none':
            return say('No health issue is open, and none is needed.', '');
    }
}
/** Opens, rewrites or closes the health issue; any GitHub failure is a warning, never a failure. */
async function syncIssue(report, inputs, { publisher, deadline, redact }) {
    const label = readIssueLabel();
    if (label === '')
        return undefined;
    const line = await issueOutcome(report, inputs, label, deadline, redact);
    if (line.ok)
        publisher.info(line.text);
    else
        publisher.warning(line.text);
    return line;
}
async function issueOutcome(report, inputs, label, deadline, redact) {
    const repo = (0,pr_changes/* repositoryOf */._M)(process.env.GITHUB_REPOSITORY);
    if (repo === undefined)
        return notSynced('GITHUB_REPOSITORY is not set to owner/repo.');
    if (inputs.githubToken.trim() === '') {
        return notSynced("the 'github-token' input is empty (set it, or `issue-label: ''` to turn the issue off).");
    }
    // Loaded only here: check mode never pays for Octokit. A broken proxy variable stops the run
    // with its name, as it does for the Fly calls.
    const { createGitHubClient } = await (0,load_client/* loadGitHubClient */.B)();
    try {
        const { syncHealthIssue } = await Promise.all(/* import() */[__webpack_require__.e(159), __webpack_require__.e(787)]).then(__webpack_require__.bind(__webpack_require__, 9787));
        const client = createGitHubClient(inputs.githubToken, { deadline });
        const url = runUrl();
        const links = url === undefined ? {} : { runUrl: url };
        const result = await syncHealthIssue(client, {
            ...repo,
            label,
            // The issue is written outside the runner's masking: every text passes the scrub.
            title: redact(healthIssueTitle(report)),
            body: redact(renderHealthIssueBody(report, links)),
            unhealthy: report.needsPerson,
            fingerprint: report.fingerprint,
            closeComment: redact(renderHealthCloseComment(report, links))
        });
        return describeIssueResult(result);
    }
    catch {
        // The report matters more than the issue; an error object may carry request details, so
        // only say that it failed.
        return notSynced('the GitHub API call failed unexpectedly.');
    }
}
function logLine(row, now) {
    if (row.kind === 'missing')
        return `${row.name}: the variable is empty or not set: broken.`;
    // Said as the summary says it: a personal token's expiry is unknown, whatever its macaroons carry.
    const expiry = (0,report_expiry/* expiryOf */.p1)(row.kind, row.expiresAt);
    const expires = expiry.state === 'none' ? '' : `, expires ${(0,report_expiry/* expiryText */.X5)(expiry, now)}`;
    return `${row.name}: ${row.kind} (${row.scope})${expires}: ${row.status}.`;
}
async function runHealthMode(run) {
    const { publisher } = run;
    const inputs = (0,action_inputs/* readCommonInputs */.di)();
    const tokens = namedTokens(run);
    const needs = (0,workflow_inputs/* needsFromInputs */.hJ)((0,action_inputs/* readList */.LD)('apps'), (0,action_inputs/* readList */.LD)('needs'));
    const report = await runHealth({
        tokens,
        now: (0,clock/* currentTime */.$)(),
        failOn: inputs.failOn,
        options: {
            expiryWarningDays: inputs.expiryWarningDays,
            maxLifetimeDays: inputs.maxLifetimeDays
        },
        ...(needs.source === 'none' ? {} : { needs }),
        ...(0,action_inputs/* onlineOptions */.c3)(inputs, run.deadline)
    });
    const now = new Date(report.checkedAt);
    for (const row of report.rows)
        publisher.info(logLine(row, now));
    publisher.outputs(healthOutputs(report));
    const left = publisher.annotate(report.rows.flatMap(r => r.findings));
    const notes = left > 0 ? [`${left} more findings are in the tables above but were not annotated.`] : [];
    const issueLine = await syncIssue(report, inputs, run);
    await publisher.summary(renderHealthSummary(report, {
        ...(issueLine === undefined ? {} : { issueLine: issueLine.markdown }),
        ...(0,clock/* pinnedClockOption */._)(),
        notes
    }));
    const total = report.rows.length;
    const headline = `Fly token health: ${report.needingAttention} of ${total} token${total === 1 ? '' : 's'} ` +
        `${report.needingAttention === 1 ? 'needs' : 'need'} attention; verdict ${report.verdict}.`;
    publisher.conclude(headline, report.verdict === 'fail', 'See the job summary for the findings and the fixes.');
}


/***/ }),

/***/ 3970:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ preloadFlyClient),
/* harmony export */   k: () => (/* binding */ runCheck)
/* harmony export */ });
/* harmony import */ var _rules_fix_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8960);
/* harmony import */ var _rules_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8654);
/* harmony import */ var _rules_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3042);
/* harmony import */ var _token_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6700);
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
function loadFlyClient() {
    return Promise.all(/* import() */[__webpack_require__.e(791), __webpack_require__.e(166)]).then(__webpack_require__.bind(__webpack_require__, 1791));
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

/***/ 7442:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AP: () => (/* binding */ resolveChangedLines),
/* harmony export */   R0: () => (/* binding */ isChangedLine),
/* harmony export */   _M: () => (/* binding */ repositoryOf),
/* harmony export */   _n: () => (/* binding */ pullRequestOf)
/* harmony export */ });
/* unused harmony exports changedLinesOfPatch, changedLinesOfDiff, changedLinesOfPullFiles */
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


/***/ }),

/***/ 1499:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X5: () => (/* binding */ expiryText),
/* harmony export */   d3: () => (/* binding */ expiresAtOutput),
/* harmony export */   p1: () => (/* binding */ expiryOf)
/* harmony export */ });
/* unused harmony export UNKNOWN_EXPIRY */
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

/***/ 9793:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ lifetimeDays),
/* harmony export */   AQ: () => (/* binding */ daysUntil),
/* harmony export */   Cd: () => (/* binding */ ACCESS_LETTERS_NOTE),
/* harmony export */   Ui: () => (/* binding */ asOfLine),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   zt: () => (/* binding */ formatCountdown)
/* harmony export */ });
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