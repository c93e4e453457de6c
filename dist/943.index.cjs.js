"use strict";
exports.id = 943;
exports.ids = [943];
exports.modules = {

/***/ 6920:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ currentTime)
/* harmony export */ });
// The clock of a run. FLY_TOKEN_GUARD_NOW pins it (reproducible demos and tests); otherwise real time.
function currentTime(env = process.env) {
    const pinned = env.FLY_TOKEN_GUARD_NOW;
    if (pinned) {
        const at = new Date(pinned);
        if (!Number.isNaN(at.getTime()))
            return at;
    }
    return new Date();
}


/***/ }),

/***/ 5749:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ findingToJson)
/* harmony export */ });
function findingToJson(finding) {
    return {
        rule: finding.rule,
        severity: finding.severity,
        message: finding.message,
        file: finding.location?.file ?? null,
        line: finding.location?.line ?? null,
        column: finding.location?.column ?? null,
        fix: finding.fix ? { summary: finding.fix.summary, commands: finding.fix.commands } : null,
        ...(finding.subject ? { subject: finding.subject } : {})
    };
}


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FQ: () => (/* binding */ renderFindingsTable),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Nz: () => (/* binding */ truncateBody),
/* harmony export */   PE: () => (/* binding */ severityIcon),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   Tb: () => (/* binding */ proseWithCode),
/* harmony export */   U_: () => (/* binding */ renderSeverityCounts),
/* harmony export */   aL: () => (/* binding */ escapeTableCell),
/* harmony export */   nY: () => (/* binding */ GITHUB_BODY_LIMIT)
/* harmony export */ });
/* unused harmony exports blobUrl, findingRow */
/* harmony import */ var _rules_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3042);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5930);


/** GitHub rejects issue and comment bodies longer than this. */
const GITHUB_BODY_LIMIT = 65536;
const ICONS = {
    critical: '🔴',
    high: '🟠',
    medium: '🟡',
    low: '🔵',
    info: '⚪'
};
function severityIcon(severity) {
    return ICONS[severity];
}
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
function encodePath(file) {
    return file
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .split('/')
        .map(segment => encodeURIComponent(segment).replace(/\(/g, '%28').replace(/\)/g, '%29'))
        .join('/');
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
        return finding.subject === undefined ? '—' : codeSpan(finding.subject);
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
function findingRow(finding, options = {}) {
    const severity = `${ICONS[finding.severity]} ${finding.severity}`;
    const rule = `[${codeSpan(finding.rule)}](${(0,_rules_types_js__WEBPACK_IMPORTED_MODULE_0__/* .docsUrl */ .fs)(encodeURIComponent(finding.rule))})`;
    const location = locationCell(finding, options.link);
    const message = messageCell(finding, options.includeFix ?? true);
    return `| ${severity} | ${rule} | ${location} | ${message} |`;
}
const TABLE_HEADER = '| Severity | Rule | Location | Finding |\n| --- | --- | --- | --- |';
function moreLine(count) {
    return `_…and ${count} more finding${count === 1 ? '' : 's'} not shown (see the job summary or the SARIF report)._`;
}
/**
 * The findings, worst first, as a markdown table that fits in `maxChars`: rows that do not fit
 * are replaced by an "and N more" line. Empty string for no findings.
 */
function renderFindingsTable(findings, options = {}) {
    if (findings.length === 0)
        return '';
    const budget = options.maxChars ?? GITHUB_BODY_LIMIT;
    const rows = (0,_order_js__WEBPACK_IMPORTED_MODULE_1__/* .sortFindings */ .T)(findings).map(finding => findingRow(finding, options));
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
/** One line like "🔴 1 critical · 🟠 2 high", worst first; "no findings" when empty. */
function renderSeverityCounts(findings) {
    const parts = _rules_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.flatMap(severity => {
        const count = findings.filter(f => f.severity === severity).length;
        return count > 0 ? [`${ICONS[severity]} ${count} ${severity}`] : [];
    });
    return parts.length > 0 ? parts.join(' · ') : 'no findings';
}
/**
 * Cuts a body that exceeds `limit` at a line break and says how much was left out. Bodies within
 * the limit come back unchanged.
 */
function truncateBody(body, limit = GITHUB_BODY_LIMIT) {
    if (body.length <= limit)
        return body;
    const note = (omitted) => `\n\n_…truncated: ${omitted} characters not shown (GitHub's ${limit}-character limit)._`;
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

/***/ 8960:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ needsKnown),
/* harmony export */   BZ: () => (/* binding */ storeCommand),
/* harmony export */   Jr: () => (/* binding */ describeRecommendation),
/* harmony export */   Q6: () => (/* binding */ recommendToken),
/* harmony export */   jc: () => (/* binding */ fixFor),
/* harmony export */   ki: () => (/* binding */ buildFix),
/* harmony export */   pq: () => (/* binding */ recommendationFor),
/* harmony export */   yT: () => (/* binding */ fixOptionsFrom)
/* harmony export */ });
/* unused harmony exports DEFAULT_EXPIRY_DAYS, APP_PLACEHOLDER, ORG_PLACEHOLDER, TOKEN_ID_PLACEHOLDER, suggestedExpiryHours, narrowestTokenCommand, revokeCommands, article */
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(677);
/* harmony import */ var _token_access_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(439);


/**
 * Lifetime suggested for new tokens: 90 days (`-x 2160h`). Fly advises the shortest expiry that
 * works and rotation on a schedule; a quarter is long enough not to be a chore and short enough
 * that a leaked copy dies on its own. Capped by `max-lifetime-days` so our own advice never trips
 * `excessive-lifetime`.
 */
const DEFAULT_EXPIRY_DAYS = 90;
const APP_PLACEHOLDER = '<APP>';
const ORG_PLACEHOLDER = '<ORG>';
const TOKEN_ID_PLACEHOLDER = '<TOKEN_ID>';
const COMMAND_PLACEHOLDER = '<COMMAND>';
const CLUSTER_PLACEHOLDER = '<CLUSTER>';
/** Whether the job's needs are known well enough to judge the token against them. */
function needsKnown(needs) {
    return needs.source !== 'none' && needs.capabilities.length > 0;
}
/** `-x` hours: 90 days, or less when `max-lifetime-days` is lower; at least one hour. */
function suggestedExpiryHours(maxLifetimeDays) {
    const days = Math.min(DEFAULT_EXPIRY_DAYS, maxLifetimeDays ?? DEFAULT_EXPIRY_DAYS);
    return Math.max(1, Math.floor(days * 24));
}
function expiryText(hours) {
    return hours % 24 === 0 ? `${hours / 24} days` : `${hours} hours`;
}
/** A value we put on a command line, or the placeholder when it is absent or looks token-like. */
function safeOr(value, placeholder) {
    return value !== undefined && value.trim() !== '' && !(0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .looksLikeTokenMaterial */ .qQ)(value)
        ? value
        : placeholder;
}
function kindFromNeeds(needs) {
    switch ((0,_token_access_js__WEBPACK_IMPORTED_MODULE_0__/* .needBreadth */ .hg)(needs.capabilities)) {
        case _token_access_js__WEBPACK_IMPORTED_MODULE_0__/* .Breadth */ .l8.orgWrite:
            return 'org';
        case _token_access_js__WEBPACK_IMPORTED_MODULE_0__/* .Breadth */ .l8.appFull:
            return 'deploy';
        case _token_access_js__WEBPACK_IMPORTED_MODULE_0__/* .Breadth */ .l8.appLimited:
            return needs.capabilities.includes('ssh') ? 'ssh' : 'machine-exec';
        case _token_access_js__WEBPACK_IMPORTED_MODULE_0__/* .Breadth */ .l8.orgRead:
            return 'readonly';
        default:
            return null;
    }
}
function kindFromToken(inspection) {
    switch (inspection.kind) {
        case 'org':
        case 'deploy':
        case 'readonly':
        case 'ssh':
        case 'machine-exec':
        case 'wireguard':
        case 'litefs-cloud':
            return inspection.kind;
        default:
            return null;
    }
}
/** App token kinds, with the prefix of the token name we suggest for each. */
const APP_KIND_NAME_PREFIX = {
    deploy: '',
    ssh: 'ssh-',
    'machine-exec': 'exec-'
};
/** Apps to mint app tokens for: the named ones, plus `<APP>` when some cannot be told. */
function appTargets(needs) {
    const named = needs.apps.filter(app => safeOr(app, APP_PLACEHOLDER) !== APP_PLACEHOLDER);
    const unknown = needs.unknownApps || named.length < needs.apps.length || named.length === 0;
    return unknown ? [...named, APP_PLACEHOLDER] : named;
}
/** `FLY_API_TOKEN_WEB_STAGING` for app `web-staging` when each app gets its own secret. */
function perAppSecret(base, app) {
    const suffix = app === APP_PLACEHOLDER ? APP_PLACEHOLDER : app.toUpperCase().replace(/\W/g, '_');
    return `${base}_${suffix}`;
}
/** flyctl reads `--command` as a CSV list (pflag StringSlice): quote values with , or ". */
function csvField(value) {
    return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
function commandFlag(flag, command) {
    return command === COMMAND_PLACEHOLDER
        ? `${flag} ${COMMAND_PLACEHOLDER}`
        : `${flag} ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .shellWord */ .r7)(csvField(command))}`;
}
/** `--command` flags for a machine-exec token: the job's commands, else the current token's. */
function execFlags(needs, inspection, notes) {
    if (needs.commands.length > 0) {
        const commands = needs.commands.map(c => safeOr(c, COMMAND_PLACEHOLDER));
        if (commands.includes(COMMAND_PLACEHOLDER)) {
            notes.push(`Replace ${COMMAND_PLACEHOLDER} with the command the job runs.`);
        }
        return [...new Set(commands)].map(c => commandFlag('--command', c));
    }
    const rules = inspection.kind === 'machine-exec' ? inspection.commands : null;
    if (rules !== null && rules.length > 0 && !(0,_token_access_js__WEBPACK_IMPORTED_MODULE_0__/* .allowsAnyCommand */ .iK)(rules)) {
        return rules.map(rule => commandFlag(rule.exact ? '--command' : '--command-prefix', safeOr(rule.args.map(_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .shellWord */ .r7).join(' '), COMMAND_PLACEHOLDER)));
    }
    notes.push('No command was seen, so this token may run any command: add `--command "..."` to restrict it.');
    return [];
}
function mintLine(kind, subject, name, hours) {
    return [
        'fly tokens create',
        kind,
        ...subject,
        `-x ${hours}h`,
        `--name ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .shellQuoted */ .x)(name)}`
    ].join(' ');
}
const ENVIRONMENT_PLACEHOLDER = '<ENVIRONMENT>';
function safeEnvironment(options) {
    return options.environment === undefined || options.environment === ''
        ? undefined
        : safeOr(options.environment, ENVIRONMENT_PLACEHOLDER);
}
/** `gh secret set NAME [--env ENV]`: gh then reads the value from a prompt or stdin. */
function storeCommand(secretName, environment) {
    const name = safeOr(secretName, 'FLY_API_TOKEN');
    const env = safeEnvironment({ secretName: name, environment });
    return `gh secret set ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .shellWord */ .r7)(name)}${env === undefined ? '' : ` --env ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .shellWord */ .r7)(env)}`}`;
}
/** The narrowest token(s) for the job, with the exact lines to mint and store them. */
function recommendToken(needs, inspection, options) {
    const notes = [];
    const fromNeeds = needsKnown(needs) ? kindFromNeeds(needs) : null;
    const fromToken = fromNeeds === null ? kindFromToken(inspection) : null;
    const kind = fromNeeds ?? fromToken ?? 'deploy';
    const basis = fromNeeds !== null ? 'needs' : fromToken !== null ? 'current-token' : 'assumed';
    if (basis === 'current-token') {
        notes.push("The job's needs are not known, so this renews the same kind of token.");
    }
    else if (basis === 'assumed') {
        notes.push("The job's needs are not known; this assumes it deploys one app.");
    }
    const hours = suggestedExpiryHours(options.maxLifetimeDays);
    const secretBase = safeOr(options.secretName, 'FLY_API_TOKEN');
    const environment = safeEnvironment(options);
    const org = safeOr(options.orgSlug, ORG_PLACEHOLDER);
    const tokens = [];
    const prefix = APP_KIND_NAME_PREFIX[kind];
    if (prefix !== undefined) {
        const apps = appTargets(needs);
        const extra = kind === 'machine-exec' ? execFlags(needs, inspection, notes) : [];
        for (const app of apps) {
            const secretName = apps.length > 1 ? perAppSecret(secretBase, app) : secretBase;
            const mint = mintLine(kind, [`-a ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .shellWord */ .r7)(app)}`], `github-actions-${prefix}${app}`, hours);
            tokens.push({
                kind,
                app,
                secretName,
                mint: [mint, ...extra].join(' '),
                store: storeCommand(secretName, environment)
            });
        }
        if (apps.includes(APP_PLACEHOLDER)) {
            notes.push(`Replace ${APP_PLACEHOLDER} with the app name: the workflow does not say which app it targets.`);
        }
        if (apps.length > 1) {
            notes.push(`Give each step the secret of its app; an org token is the alternative only if the apps must share one secret.`);
        }
    }
    else {
        let subject = [(0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .shellWord */ .r7)(org)];
        let name = `github-actions-${kind}`;
        if (kind === 'litefs-cloud') {
            const clusters = Object.keys(inspection.clusterAccess ?? {}).filter(c => c !== '');
            const cluster = safeOr(clusters[0], CLUSTER_PLACEHOLDER);
            subject = [`--org ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .shellWord */ .r7)(org)}`, `--cluster ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .shellWord */ .r7)(cluster)}`];
            name = `github-actions-litefs-${cluster}`;
            if (cluster === CLUSTER_PLACEHOLDER) {
                notes.push(`Replace ${CLUSTER_PLACEHOLDER} with the LiteFS Cloud cluster name.`);
            }
        }
        tokens.push({
            kind,
            app: null,
            secretName: secretBase,
            mint: mintLine(kind, subject, name, hours),
            store: storeCommand(secretBase, environment)
        });
    }
    if (tokens.some(t => t.mint.includes(ORG_PLACEHOLDER))) {
        notes.push(`Replace ${ORG_PLACEHOLDER} with the organization slug (see \`fly orgs list\`).`);
    }
    return { kind, tokens, basis, notes, expiryHours: hours };
}
/** The exact `fly tokens create` line(s) for the narrowest token; one line per token. */
function narrowestTokenCommand(needs, inspection, options) {
    return recommendToken(needs, inspection, options)
        .tokens.map(t => t.mint)
        .join('\n');
}
/** Lines that retire the token now in use, or [] when there is nothing to revoke. */
function revokeCommands(needs, inspection, options) {
    if (inspection.kind === 'malformed')
        return [];
    // A `fly auth token` login token dies with its session; dashboard tokens are revoked there.
    if (inspection.kind === 'personal')
        return ['fly auth logout'];
    const appScoped = ['deploy', 'ssh', 'machine-exec'].includes(inspection.kind) ||
        (inspection.appIds.length > 0 && !/[wcdC]/.test(inspection.orgAccess ?? ''));
    // App tokens are listed per app: the one the online check matched, else the job's only app.
    const list = appScoped
        ? `fly tokens list -a ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .shellWord */ .r7)(safeOr(options.currentTokenApp ?? (needs.apps.length === 1 ? needs.apps[0] : undefined), APP_PLACEHOLDER))}`
        : `fly tokens list --org ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .shellWord */ .r7)(safeOr(options.orgSlug, ORG_PLACEHOLDER))}`;
    return [list, `fly tokens revoke ${TOKEN_ID_PLACEHOLDER}`];
}
/** "an org token", "an ssh token", "a deploy token". */
function article(kind) {
    return /^(?:org|ssh)/.test(kind) ? 'an' : 'a';
}
/** "a deploy token for web", "an org token", "one deploy token per app (api, web)". */
function describeRecommendation(rec) {
    if (rec.tokens.length > 1) {
        return `one ${rec.kind} token per app (${rec.tokens.map(t => t.app ?? '').join(', ')})`;
    }
    const app = rec.tokens[0]?.app;
    return `${article(rec.kind)} ${rec.kind} token${app != null ? ` for ${app}` : ''}`;
}
function describePlan(rec, options) {
    const first = rec.tokens[0];
    const environment = safeEnvironment(options);
    const where = environment === undefined ? '' : ` of the \`${environment}\` environment`;
    const expiry = expiryText(rec.expiryHours);
    if (rec.tokens.length > 1) {
        const apps = rec.tokens.map(t => t.app ?? '').join(', ');
        const secrets = rec.tokens.map(t => t.secretName).join(', ');
        return `Mint one ${rec.kind} token per app (${apps}), each expiring in ${expiry}, and store each in its own secret${where} (${secrets})`;
    }
    const target = first?.app != null ? ` for ${first.app}` : '';
    return `Mint ${article(rec.kind)} ${rec.kind} token${target} that expires in ${expiry} and store it as the ${first?.secretName ?? 'FLY_API_TOKEN'} secret${where}`;
}
/** The whole fix: mint and store the narrowest token(s), then revoke the old one. */
function buildFix(needs, inspection, options, build = {}) {
    const rec = recommendToken(needs, inspection, options);
    const revoke = build.revokeOld === false ? [] : revokeCommands(needs, inspection, options);
    const sentences = [describePlan(rec, options)];
    if (revoke.length > 0) {
        sentences[0] +=
            inspection.kind === 'personal'
                ? ', then revoke the personal token: `fly auth logout` where it was issued ends a `fly auth token` session, a token made in the Fly.io dashboard is revoked there.'
                : ', then revoke the old token by its id from the list.';
    }
    else {
        sentences[0] += '.';
    }
    const commands = [...rec.tokens.flatMap(t => [t.mint, t.store]), ...revoke];
    return {
        summary: [...sentences, ...rec.notes].join(' '),
        // Defence in depth: nothing token-like may leave here, whatever the inputs held.
        commands: commands.filter(c => !(0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .looksLikeTokenMaterial */ .qQ)(c))
    };
}
/** Fix options from a rule context: its options plus what the online checks learned. */
function fixOptionsFrom(context) {
    const options = {
        secretName: context.options.secretName,
        maxLifetimeDays: context.options.maxLifetimeDays
    };
    if (context.options.environment !== undefined)
        options.environment = context.options.environment;
    // Only an org the token itself names: a slug learned for another org would mislead.
    const orgIds = context.inspection.orgIds;
    const slug = context.online?.orgs.find(o => o.slug !== undefined && (orgIds.length === 0 || orgIds.includes(o.orgId)))?.slug;
    if (slug !== undefined)
        options.orgSlug = slug;
    const app = context.online?.apps.find(a => a.idMatchesToken === true)?.app;
    if (app !== undefined)
        options.currentTokenApp = app;
    return options;
}
/** The narrowest-token fix for a rule's finding. */
function fixFor(context, build = {}) {
    return buildFix(context.needs, context.inspection, fixOptionsFrom(context), build);
}
/**
 * The `recommendation` output: the `fly tokens create` line(s) for this job, or null when neither
 * the job's needs nor the token's kind say what to mint.
 */
function recommendationFor(context) {
    const rec = recommendToken(context.needs, context.inspection, fixOptionsFrom(context));
    return rec.basis === 'assumed' ? null : rec.tokens.map(t => t.mint).join('\n');
}


/***/ }),

/***/ 302:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ ruleMeta),
  N: () => (/* binding */ tokenRules)
});

// EXTERNAL MODULE: ./lib/rules/fix.js
var rules_fix = __webpack_require__(8960);
// EXTERNAL MODULE: ./lib/rules/shell.js
var shell = __webpack_require__(677);
;// CONCATENATED MODULE: ./lib/rules/online/checks.js

function labelledChecks(online) {
    return [
        ...online.apps.map(app => ({ label: `app ${app.app}`, check: app })),
        { label: 'identity (GraphQL viewer)', check: online.viewer },
        ...online.orgs.map(org => ({ label: `organization ${org.orgId}`, check: org }))
    ];
}
/** Whether Fly said no to the token itself (the same value `valid` and the summary read). */
function tokenRejected(online) {
    return online.acceptance === 'rejected';
}
/** A check's detail, scrubbed and without a trailing full stop (for joining into sentences). */
function detailOf(check, maxLength = 200) {
    const text = (0,shell/* redactTokenLike */.g2)(check.detail).replace(/\s+/g, ' ').trim().replace(/\.$/, '');
    return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1).trimEnd()}…`;
}

;// CONCATENATED MODULE: ./lib/rules/online/invalid-token.js


const invalidToken = {
    id: 'invalid-token',
    defaultSeverity: 'critical',
    title: 'Fly rejects the token',
    help: "Fly's API answered that it does not accept this token: it has been revoked, has expired, " +
        'was never issued by Fly, or was altered. Every flyctl command using it will fail. Only a ' +
        'definite answer from Fly triggers this rule; an unreachable or failing API is reported by ' +
        '`unverified` instead.',
    check(context) {
        const online = context.online;
        if (!online || !tokenRejected(online))
            return [];
        const first = labelledChecks(online).find(({ check }) => check.outcome === 'rejected');
        const said = first ? detailOf(first.check) : 'Fly rejected the token';
        const fix = (0,rules_fix/* fixFor */.jc)(context, { revokeOld: false });
        return [
            {
                rule: 'invalid-token',
                severity: 'critical',
                message: `${said}. The token is revoked, expired or not one Fly issued, so every flyctl command using it will fail.`,
                fix: {
                    summary: `Replace the secret with a new token. ${fix.summary}`,
                    commands: fix.commands
                }
            }
        ];
    }
};

;// CONCATENATED MODULE: ./lib/rules/online/unverified.js

/** At most this many distinct reasons are spelled out; the rest are counted. */
const LISTED = 4;
const unverified = {
    id: 'unverified',
    defaultSeverity: 'low',
    title: 'Token could not be verified online',
    help: "An online check could not complete: Fly's API was unreachable, slow, failing (5xx after " +
        'retries), rate limiting, or answered something unreadable, or it would not say (an org slug ' +
        'a deploy token may not read). This says nothing about whether the token is valid; the offline ' +
        'findings still stand.',
    check(context) {
        const online = context.online;
        if (!online)
            return [];
        const open = labelledChecks(online).filter(({ check }) => check.outcome === 'unverified');
        if (open.length === 0)
            return [];
        // Several checks often fail for one reason (Fly down, bad URL): say each reason once.
        const byReason = new Map();
        for (const { label, check } of open) {
            const reason = detailOf(check.reason !== undefined ? { ...check, detail: check.reason } : check, 160);
            byReason.set(reason, [...(byReason.get(reason) ?? []), label]);
        }
        const reasons = [...byReason.entries()];
        const listed = reasons
            .slice(0, LISTED)
            .map(([reason, labels]) => `${labels.join(', ')}: ${reason}`);
        const more = reasons.length > LISTED ? `; and ${reasons.length - LISTED} more` : '';
        const count = open.length === 1 ? 'one online check' : `${open.length} online checks`;
        return [
            {
                rule: 'unverified',
                severity: 'low',
                message: `Could not complete ${count} (${listed.join('; ')}${more}). This is not a verdict on the token.`,
                fix: {
                    summary: "Re-run when Fly's API is reachable. Behind a proxy, set HTTPS_PROXY (and NO_PROXY for hosts that bypass it); with a custom fly-api-url or fly-graphql-url, check the URL.",
                    commands: []
                }
            }
        ];
    }
};

;// CONCATENATED MODULE: ./lib/rules/online/wrong-target.js


const wrongTarget = {
    id: 'wrong-target',
    defaultSeverity: 'high',
    title: 'Token is for another app or organization',
    help: 'Fly accepts the token, but it cannot reach an app this job needs: Fly refuses access (403) ' +
        "or shows no such app to it (404), the app's id is not the one the token is scoped to, or the " +
        "app lives in an organization the token does not name. The job's deploy or command will fail.",
    check(context) {
        const online = context.online;
        // A rejected token fails everywhere: invalid-token says so, blaming the target would mislead.
        if (!online || tokenRejected(online))
            return [];
        const tokenOrgs = context.inspection.orgIds;
        const tokenApps = context.inspection.appIds;
        const findings = [];
        for (const app of online.apps) {
            const why = mismatch(app, tokenApps, tokenOrgs);
            if (why === null)
                continue;
            findings.push({
                rule: 'wrong-target',
                severity: 'high',
                message: `This token cannot be used for app ${app.app}, which this job needs: ${why}.`,
                fix: (0,rules_fix/* fixFor */.jc)(context, { revokeOld: false })
            });
        }
        return findings;
    }
};
function mismatch(app, tokenApps, tokenOrgs) {
    if (app.outcome === 'forbidden' || app.outcome === 'not-found')
        return detailOf(app);
    if (app.outcome !== 'confirmed')
        return null;
    if (app.idMatchesToken === false) {
        const scoped = tokenApps.length === 1 ? `app id ${tokenApps[0]}` : `app ids ${tokenApps.join(', ')}`;
        return `Fly says its id is ${app.appId ?? 'unknown'}, but the token is scoped to ${scoped}`;
    }
    if (app.orgMatchesToken === false) {
        const owner = app.orgSlug ?? app.orgName ?? app.orgId ?? 'another organization';
        const orgs = tokenOrgs.length === 1
            ? `organization ${tokenOrgs[0]}`
            : `organizations ${tokenOrgs.join(', ')}`;
        return `Fly says it belongs to organization ${owner}, but the token is for ${orgs}`;
    }
    return null;
}

;// CONCATENATED MODULE: ./lib/rules/online/index.js



const onlineRules = [
    invalidToken,
    wrongTarget,
    unverified
];


// EXTERNAL MODULE: ./lib/rules/token/access.js
var access = __webpack_require__(439);
;// CONCATENATED MODULE: ./lib/rules/token/shared.js

function evidenceFor(needs, capability) {
    return needs.evidence.find(e => e.capability === capability);
}
/** The first place in the workflow that needs one of `capabilities` (any, when not given). */
function locationFor(needs, capabilities = needs.capabilities) {
    return needs.evidence.find(e => capabilities.includes(e.capability) && e.location)?.location;
}
/**
 * "`flyctl deploy --remote-only` at .github/workflows/deploy.yml:14". Commands come from workflow
 * text, which may hold a literal token (`-t ...`): such a command is not quoted.
 */
function describeEvidence(evidence) {
    const command = (0,shell/* looksLikeTokenMaterial */.qQ)(evidence.command)
        ? 'a step'
        : `\`${evidence.command.trim()}\``;
    const at = evidence.location ? ` at ${evidence.location.file}:${evidence.location.line}` : '';
    return `${command}${at}`;
}
/** "web", "api and web", "api, web and worker"; app names that look token-like are left out. */
function listApps(apps) {
    const safe = apps.filter(a => !(0,shell/* looksLikeTokenMaterial */.qQ)(a));
    if (safe.length <= 1)
        return safe[0] ?? 'an app';
    return `${safe.slice(0, -1).join(', ')} and ${safe[safe.length - 1]}`;
}
/** "`deploy` and `secrets`" */
function listCapabilities(capabilities) {
    const quoted = capabilities.map(c => `\`${c}\``);
    if (quoted.length <= 1)
        return quoted[0] ?? 'nothing';
    return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
/** "`bin/migrate` and `ls /data`"; commands that look token-like are left out. */
function listCommands(commands) {
    const quoted = commands.filter(c => !(0,shell/* looksLikeTokenMaterial */.qQ)(c)).map(c => `\`${c}\``);
    if (quoted.length === 0)
        return `${commands.length} command${commands.length === 1 ? '' : 's'}`;
    if (quoted.length === 1)
        return quoted[0] ?? '';
    return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./lib/rules/token/broader-than-needed.js



const broaderThanNeeded = {
    id: 'broader-than-needed',
    defaultSeverity: 'medium',
    title: 'Token broader than the job needs',
    help: 'The token can do more than this job uses: an org token where a deploy token for the app ' +
        'would do, a deploy token where a readonly token would do, a machine-exec token for any ' +
        'command where the job runs a known one. A leaked narrower token exposes less. Personal ' +
        'tokens are reported by `personal-token` instead.',
    check(context) {
        const { inspection, needs } = context;
        if (inspection.kind === 'personal' || inspection.kind === 'malformed')
            return [];
        if (!(0,rules_fix/* needsKnown */.$b)(needs))
            return [];
        const location = locationFor(needs);
        const appsPart = needs.apps.length > 0 ? ` for ${listApps(needs.apps)}` : '';
        const needText = `the job only needs ${listCapabilities(needs.capabilities)}${appsPart}`;
        const finding = (message) => [
            {
                rule: 'broader-than-needed',
                severity: 'medium',
                message,
                ...(location ? { location } : {}),
                fix: (0,rules_fix/* fixFor */.jc)(context)
            }
        ];
        if ((0,access/* tokenBreadth */.ox)(inspection) > (0,access/* needBreadth */.hg)(needs.capabilities)) {
            const rec = (0,rules_fix/* recommendToken */.Q6)(needs, inspection, (0,rules_fix/* fixOptionsFrom */.yT)(context));
            const narrower = rec.tokens.length > 1
                ? `${(0,rules_fix/* describeRecommendation */.Jr)(rec)} would do (an org token only if the apps must share one secret)`
                : `${(0,rules_fix/* describeRecommendation */.Jr)(rec)} would do`;
            return finding(`This ${(0,access/* describeToken */.dE)(inspection)} grants more than the job uses: ${needText}, so ${narrower} and a leak would expose less.`);
        }
        const rules = inspection.commands;
        const knownCommands = needs.capabilities.includes('machine-exec') && needs.commands.length > 0;
        if (rules !== null && (0,access/* allowsAnyCommand */.iK)(rules) && knownCommands) {
            return finding(`This machine-exec token may run any command, but the job runs only ${listCommands(needs.commands)}: a token restricted with \`--command\` would do.`);
        }
        return [];
    }
};

;// CONCATENATED MODULE: ./lib/rules/token/time.js
// Dates and durations in messages: whole units people read at a glance, always UTC.
const SECOND_MS = 1000;
const HOUR_MS = 3600 * SECOND_MS;
const DAY_MS = 24 * HOUR_MS;
/** A 365-day year: what flyctl's "20 years" (175200h) means. */
const YEAR_SECONDS = 365 * 24 * 3600;
/** Parse an ISO-8601 time from the inspection; null when absent or unreadable. */
function parseInstant(iso) {
    if (iso === null)
        return null;
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? null : date;
}
/** `2025-07-09 10:33 UTC` */
function formatInstant(date) {
    return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
function plural(count, unit) {
    return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
/** A span rounded down to the largest useful unit: "12 days", "1 day", "20 hours", "5 minutes". */
function formatSpan(ms) {
    const abs = Math.abs(ms);
    if (abs >= 2 * DAY_MS)
        return plural(Math.floor(abs / DAY_MS), 'day');
    if (abs >= DAY_MS)
        return `1 day ${plural(Math.floor((abs - DAY_MS) / HOUR_MS), 'hour')}`;
    if (abs >= 2 * HOUR_MS)
        return plural(Math.floor(abs / HOUR_MS), 'hour');
    if (abs >= HOUR_MS)
        return `1 hour ${plural(Math.floor((abs - HOUR_MS) / 60_000), 'minute')}`;
    if (abs >= 60 * SECOND_MS)
        return plural(Math.floor(abs / (60 * SECOND_MS)), 'minute');
    return plural(Math.floor(abs / SECOND_MS), 'second');
}
/** "20-year", "114-year" for long lifetimes (365-day years, rounded down), else "45-day", "6-hour". */
function lifetimeLabel(seconds) {
    const years = seconds / YEAR_SECONDS;
    if (years >= 2)
        return `${Math.floor(years)}-year`;
    if (seconds >= 2 * 86400)
        return `${Math.floor(seconds / 86400)}-day`;
    return `${Math.floor(seconds / 3600)}-hour`;
}

;// CONCATENATED MODULE: ./lib/rules/token/excessive-lifetime.js


const HOUR = 3600;
/** Lifetimes people get without asking, and where they come from (discharges add 30 s). */
const KNOWN_LIFETIMES = [
    { seconds: 175_200 * HOUR, origin: "flyctl's default expiry" },
    { seconds: 876_000 * HOUR, origin: 'as dashboard-made tokens get' },
    { seconds: 999_999 * HOUR, origin: "the `-x 999999h` of Fly's CD guide and `fly launch`" }
];
const KNOWN_SLACK_SECONDS = 120;
function origin(seconds) {
    const known = KNOWN_LIFETIMES.find(k => Math.abs(k.seconds - seconds) <= KNOWN_SLACK_SECONDS);
    return known ? ` (${known.origin})` : '';
}
const excessiveLifetime = {
    id: 'excessive-lifetime',
    defaultSeverity: 'low',
    title: 'Token lifetime too long',
    help: 'The token stays valid for longer than `max-lifetime-days` (default 365). `fly tokens create` ' +
        "defaults to 20 years and Fly's CD guide uses `-x 999999h` (114 years): a copy that leaks " +
        'keeps working for decades. Ask for the shortest expiry that works and rotate on a schedule.',
    check(context) {
        const { inspection, options } = context;
        if (inspection.kind === 'personal' || inspection.kind === 'malformed')
            return [];
        const limitDays = options.maxLifetimeDays;
        const lifetime = inspection.lifetimeSeconds;
        let message = null;
        if (lifetime === null) {
            // No window anywhere means no expiry at all; a missing discharge (where the window lives
            // in server tokens) means we cannot tell, which `missing-discharge` reports.
            const neverExpires = inspection.expiresAt === null &&
                inspection.macaroonCount > 0 &&
                inspection.dischargePaired !== false;
            if (neverExpires) {
                message = `The token never expires (it has no validity window), above the ${limitDays}-day limit: a leaked copy would work until it is revoked.`;
            }
        }
        else if (lifetime > limitDays * 86400) {
            const expiresAt = parseInstant(inspection.expiresAt);
            const until = expiresAt ? `, until ${formatInstant(expiresAt).slice(0, 10)}` : '';
            message = `This is a ${lifetimeLabel(lifetime)} token${origin(lifetime)}: valid for ${Math.floor(lifetime / 86400)} days${until}, above the ${limitDays}-day limit, so a leaked copy would keep working that long.`;
        }
        if (message === null)
            return [];
        return [{ rule: 'excessive-lifetime', severity: 'low', message, fix: (0,rules_fix/* fixFor */.jc)(context) }];
    }
};

;// CONCATENATED MODULE: ./lib/rules/token/expired.js


const expired = {
    id: 'expired',
    defaultSeverity: 'critical',
    title: 'Token expired',
    help: 'The earliest end of any validity window in the token (permission or discharge) is in the ' +
        'past: Fly rejects the token and every flyctl call with it fails. Personal tokens are left ' +
        'to `personal-token`: their user part outlives the short-lived macaroons bundled with it.',
    check(context) {
        const { inspection, now } = context;
        if (inspection.kind === 'personal' || inspection.kind === 'malformed')
            return [];
        const expiresAt = parseInstant(inspection.expiresAt);
        if (expiresAt === null || expiresAt.getTime() > now.getTime())
            return [];
        return [
            {
                rule: 'expired',
                severity: 'critical',
                message: `The token expired on ${formatInstant(expiresAt)} (${formatSpan(now.getTime() - expiresAt.getTime())} ago): Fly rejects it, so every flyctl call with it fails.`,
                // Nothing to revoke: an expired token is already dead.
                fix: (0,rules_fix/* fixFor */.jc)(context, { revokeOld: false })
            }
        ];
    }
};

;// CONCATENATED MODULE: ./lib/rules/token/expiring-soon.js


/** Under this much time left the finding is high: a weekend is enough to miss it. */
const URGENT_EXPIRY_DAYS = 3;
/**
 * Tokens whose whole lifetime is at most this long are short-lived by design (job-scoped tokens
 * from `mode: attenuate`, `fly tokens create -x 30m`): their expiry is the point, not a risk.
 */
const SHORT_LIVED_SECONDS = 24 * 60 * 60;
const expiringSoon = {
    id: 'expiring-soon',
    defaultSeverity: 'medium',
    title: 'Token expires soon',
    help: 'The token expires within `expiry-warning-days` (default 14): rotate it before deploys start ' +
        'failing. The finding is high when under 3 days are left. Tokens that live a day or less ' +
        '(job-scoped tokens) are short-lived on purpose and are not flagged.',
    check(context) {
        const { inspection, now, options } = context;
        if (inspection.kind === 'personal' || inspection.kind === 'malformed')
            return [];
        const expiresAt = parseInstant(inspection.expiresAt);
        if (expiresAt === null)
            return [];
        const lifetime = inspection.lifetimeSeconds;
        if (lifetime !== null && lifetime <= SHORT_LIVED_SECONDS)
            return [];
        const left = expiresAt.getTime() - now.getTime();
        if (left <= 0 || left > options.expiryWarningDays * DAY_MS)
            return [];
        const severity = left < URGENT_EXPIRY_DAYS * DAY_MS ? 'high' : 'medium';
        return [
            {
                rule: 'expiring-soon',
                severity,
                message: `The token expires on ${formatInstant(expiresAt)}, in ${formatSpan(left)}: flyctl calls with it fail from then on, so rotate it first.`,
                fix: (0,rules_fix/* fixFor */.jc)(context)
            }
        ];
    }
};

;// CONCATENATED MODULE: ./lib/rules/token/decoder-text.js

const PROBLEM_TEXT = {
    empty: 'the value is empty',
    'too-large': 'the value is too large to be a Fly.io token',
    'scheme-only': 'only a scheme, no token after it',
    'no-underscore': 'a piece has no label (Fly tokens start with fm2_ or fo1_)',
    'unknown-label': 'a piece has a label Fly does not use',
    'url-safe-base64': 'URL-safe base64, where Fly uses the standard alphabet (+ and /)',
    'unpadded-base64': 'base64 without its = padding',
    'bad-base64': 'the body is not valid base64',
    truncated: 'the token was cut off',
    'not-msgpack': 'a body is not a macaroon (not MessagePack)',
    'bad-structure': 'a macaroon does not have the structure Fly uses',
    'empty-body': 'a label with an empty body',
    'empty-piece': 'an empty piece between commas',
    'unrecognised-piece': 'a piece that is not a Fly.io token',
    'no-permission-token': 'no permission token, only discharges',
    'missing-discharge': 'a third-party caveat has no discharge',
    'rejected-by-fly': "Fly's verifier rejects a permission token",
    'unregistered-caveat': 'a caveat of a type Fly does not register',
    'analysis-limited': 'the token is too complex to analyse completely',
    'internal-error': 'the token could not be analysed'
};
const FORMATTING_TEXT = {
    'surrounding-whitespace': 'whitespace or a newline around the value',
    'scheme-missing': 'no FlyV1 scheme in front of the macaroons',
    'scheme-doubled': 'the scheme is written twice',
    'bearer-scheme': 'a Bearer scheme, where macaroons take FlyV1',
    'space-after-comma': 'a space after a comma between tokens',
    'line-break-inside': 'a line break inside the value',
    'ignored-piece': 'an extra piece Fly cannot read and drops'
};
function usable(message) {
    const text = (0,shell/* redactTokenLike */.g2)(message).trim().replace(/\.$/, '');
    return text === '' || text.includes('[redacted') ? null : text;
}
function problemText(problem) {
    const own = usable(problem.message);
    if (own !== null)
        return own;
    const text = PROBLEM_TEXT[problem.code] ?? `problem "${problem.code}"`;
    return problem.piece === undefined ? text : `piece ${problem.piece + 1}: ${text}`;
}
function formattingText(issue) {
    return usable(issue.message) ?? FORMATTING_TEXT[issue.code] ?? `formatting "${issue.code}"`;
}

;// CONCATENATED MODULE: ./lib/rules/token/malformed-token.js


const malformedToken = {
    id: 'malformed-token',
    defaultSeverity: 'critical',
    title: 'Token cannot be parsed',
    help: 'The value is not a usable Fly.io token: empty, cut short, a wrong alphabet (URL-safe or ' +
        'unpadded base64), an unknown label, bytes that are not a macaroon. Usually the secret was ' +
        'pasted incompletely or the wrong value was stored.',
    check(context) {
        const { inspection } = context;
        // A missing discharge has its own rule; everything else fatal makes the token unusable.
        const fatal = inspection.problems.filter(p => p.fatal && p.code !== 'missing-discharge');
        if (inspection.kind !== 'malformed' && fatal.length === 0)
            return [];
        const problems = fatal.length > 0 ? fatal : inspection.problems;
        const details = problems.map(problemText);
        const why = details.length > 0
            ? details.join('; ')
            : 'it is not a Fly.io token in any form flyctl accepts';
        const fix = (0,rules_fix/* buildFix */.ki)(context.needs, inspection, (0,rules_fix/* fixOptionsFrom */.yT)(context), { revokeOld: false });
        return [
            {
                rule: 'malformed-token',
                severity: 'critical',
                message: `The token cannot be used: ${why}.`,
                fix: {
                    summary: `Store the complete output of \`fly tokens create\` again (one line, every comma-separated part), or mint a new token. ${fix.summary}`,
                    commands: fix.commands
                }
            }
        ];
    }
};

;// CONCATENATED MODULE: ./lib/rules/token/missing-capability.js



const ID = 'missing-capability';
const missingCapability = {
    id: ID,
    defaultSeverity: 'high',
    title: 'Token cannot do what the job needs',
    help: 'The job runs flyctl commands the token does not allow: a readonly token before `fly deploy`, ' +
        'a machine-exec token for `fly ssh console` (ssh needs the issueCertificate and ' +
        'addWireGuardPeer mutations), a deploy token for one app in a job that deploys two. The step ' +
        'would fail with an authorization error.',
    check(context) {
        const { inspection, needs } = context;
        if (inspection.kind === 'malformed' || !(0,rules_fix/* needsKnown */.$b)(needs))
            return [];
        const fix = (0,rules_fix/* fixFor */.jc)(context);
        const token = (0,access/* describeToken */.dE)(inspection);
        const findings = [];
        for (const { capability, reason } of (0,access/* missingCapabilities */.lQ)(needs, inspection)) {
            const evidence = evidenceFor(needs, capability);
            const from = evidence ? ` (${describeEvidence(evidence)})` : '';
            const location = evidence?.location;
            findings.push({
                rule: ID,
                severity: 'high',
                message: `The job needs \`${capability}\`${from} but this ${token} ${reason}: that step would fail.`,
                ...(location ? { location } : {}),
                fix
            });
        }
        const granted = (0,access/* tooFewApps */.pK)(needs, inspection);
        if (granted !== null && findings.length === 0) {
            const location = locationFor(needs, access/* APP_CAPABILITIES */.Jv);
            findings.push({
                rule: ID,
                severity: 'high',
                message: `The job works on ${needs.apps.length} apps (${listApps(needs.apps)}) but this ${token} is confined to ${granted} app${granted === 1 ? '' : 's'}: the steps for the others would fail.`,
                ...(location ? { location } : {}),
                fix
            });
        }
        return findings;
    }
};

;// CONCATENATED MODULE: ./lib/rules/token/missing-discharge.js


/** Locations of the third-party caveats in the permission tokens (e.g. https://api.fly.io/aaa/v1). */
function thirdPartyLocations(inspection) {
    const locations = new Set();
    for (const token of inspection.tokens) {
        if (token.role === 'discharge')
            continue;
        for (const caveat of token.caveats) {
            if (!/third|3p/i.test(caveat.name) && caveat.type !== '11')
                continue;
            const body = caveat.body;
            if (typeof body !== 'object' || body === null)
                continue;
            const record = body;
            const location = record['location'] ?? record['Location'];
            if (typeof location === 'string' && !(0,shell/* looksLikeTokenMaterial */.qQ)(location)) {
                locations.add(location);
            }
        }
    }
    return [...locations];
}
const missingDischarge = {
    id: 'missing-discharge',
    defaultSeverity: 'high',
    title: 'Third-party caveat without discharge',
    help: "The token has a third-party caveat (for tokens from `fly tokens create`: Fly's auth " +
        'service) but the discharge token that satisfies it is not there. Fly then asks for an ' +
        'interactive login, which CI cannot do. The discharge is the last comma-separated part of ' +
        'what `fly tokens create` prints; it is usually lost when copying.',
    check(context) {
        const { inspection } = context;
        if (inspection.kind === 'malformed' || inspection.kind === 'personal')
            return [];
        const missing = inspection.dischargePaired === false ||
            inspection.problems.some(p => p.code === 'missing-discharge');
        if (!missing)
            return [];
        const locations = thirdPartyLocations(inspection);
        const where = locations.length > 0 ? ` (${locations.join(', ')})` : '';
        const what = inspection.hasDischarge
            ? 'none of its discharge tokens matches it'
            : 'the discharge token that satisfies it is missing';
        return [
            {
                rule: 'missing-discharge',
                severity: 'high',
                message: `The token has a third-party caveat${where} but ${what}: Fly would demand an interactive login, so CI cannot use it. The discharge, the last comma-separated part of what \`fly tokens create\` prints, was probably lost when copying.`,
                fix: (0,rules_fix/* fixFor */.jc)(context)
            }
        ];
    }
};

;// CONCATENATED MODULE: ./lib/rules/token/not-yet-valid.js

/** Runner clocks drift and tokens are used seconds after minting: a minute is not a finding. */
const NOT_BEFORE_GRACE_MS = 60_000;
const notYetValid = {
    id: 'not-yet-valid',
    defaultSeverity: 'high',
    title: 'Token not valid yet',
    help: "The token's validity window starts in the future (more than a minute from now): Fly rejects " +
        "it until then. Either it was attenuated with a delayed start, or the runner's clock is far " +
        'behind.',
    check(context) {
        const { inspection, now } = context;
        if (inspection.kind === 'personal' || inspection.kind === 'malformed')
            return [];
        const notBefore = parseInstant(inspection.notBefore);
        if (notBefore === null)
            return [];
        const wait = notBefore.getTime() - now.getTime();
        if (wait <= NOT_BEFORE_GRACE_MS)
            return [];
        return [
            {
                rule: 'not-yet-valid',
                severity: 'high',
                message: `The token only becomes valid on ${formatInstant(notBefore)} (in ${formatSpan(wait)}): until then Fly rejects it and flyctl calls fail.`,
                fix: {
                    summary: "Check the runner's clock, or use a token whose validity starts now: tokens from `fly tokens create` start when they are minted.",
                    commands: ['date -u']
                }
            }
        ];
    }
};

;// CONCATENATED MODULE: ./lib/rules/token/personal-token.js


const personalToken = {
    id: 'personal-token',
    defaultSeverity: 'high',
    title: 'Personal token used in CI',
    help: 'The token belongs to a person (an fo1_ OAuth token, a legacy personal token or the output of ' +
        '`fly auth token`): it can do everything that user can, in every organization they belong ' +
        'to. CI should hold a token scoped to what the job needs: a deploy token for one app, a ' +
        'readonly token for monitoring.',
    check(context) {
        const { inspection } = context;
        if (inspection.kind !== 'personal')
            return [];
        const what = inspection.macaroonCount > 0
            ? `a user token bundled with ${inspection.macaroonCount} org macaroon${inspection.macaroonCount === 1 ? '' : 's'}, as \`fly auth token\` prints it`
            : 'a personal user token (from `fly auth login`, `fly auth token` or the dashboard)';
        const rec = (0,rules_fix/* recommendToken */.Q6)(context.needs, inspection, (0,rules_fix/* fixOptionsFrom */.yT)(context));
        const instead = rec.basis === 'needs'
            ? ` ${capitalize((0,rules_fix/* describeRecommendation */.Jr)(rec))} would do for this job.`
            : '';
        return [
            {
                rule: 'personal-token',
                severity: 'high',
                message: `This is ${what}: it can do everything its user can in every organization they belong to, so a leak from CI exposes all of them.${instead}`,
                fix: (0,rules_fix/* fixFor */.jc)(context)
            }
        ];
    }
};

;// CONCATENATED MODULE: ./lib/rules/token/token-formatting.js


const tokenFormatting = {
    id: 'token-formatting',
    defaultSeverity: 'info',
    title: 'Token stored with sloppy formatting',
    help: 'flyctl accepts the token, but the stored value has surrounding whitespace or a newline, no ' +
        '`FlyV1 ` scheme, a doubled or `Bearer` scheme, or spaces after commas. Other tools (and ' +
        "Fly's own token library, for spaces after commas) may not be as forgiving.",
    check(context) {
        const { inspection, options } = context;
        if (inspection.kind === 'malformed' || inspection.formatting.length === 0)
            return [];
        const details = inspection.formatting.map(formattingText);
        return [
            {
                rule: 'token-formatting',
                severity: 'info',
                message: `The token works but is stored sloppily: ${details.join('; ')}.`,
                fix: {
                    summary: 'Store the token exactly as `fly tokens create` prints it: one line starting with `FlyV1 `, no spaces around commas, no trailing newline.',
                    commands: [(0,rules_fix/* storeCommand */.BZ)(options.secretName, options.environment)]
                }
            }
        ];
    }
};

;// CONCATENATED MODULE: ./lib/rules/token/index.js










const offlineTokenRules = [
    personalToken,
    broaderThanNeeded,
    missingCapability,
    expired,
    notYetValid,
    expiringSoon,
    excessiveLifetime,
    malformedToken,
    tokenFormatting,
    missingDischarge
];

/** Run every offline token rule over one context, findings in rule order. */
function runOfflineTokenRules(context) {
    return offlineTokenRules.flatMap(rule => rule.check(context));
}

;// CONCATENATED MODULE: ./lib/rules/registry.js


const tokenRules = [...offlineTokenRules, ...onlineRules];
function ruleMeta(rules) {
    return rules.map(({ id, defaultSeverity, title, help }) => ({
        id,
        defaultSeverity,
        title,
        help
    }));
}


/***/ }),

/***/ 677:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aL: () => (/* binding */ splitCommandLine),
/* harmony export */   g2: () => (/* binding */ redactTokenLike),
/* harmony export */   qQ: () => (/* binding */ looksLikeTokenMaterial),
/* harmony export */   r7: () => (/* binding */ shellWord),
/* harmony export */   x: () => (/* binding */ shellQuoted)
/* harmony export */ });
// Building shell command lines for fixes: quoting, and a guard that keeps token material out.
/**
 * Words that never need quoting in POSIX shells. Placeholders such as `<APP>` stay bare too, so
 * users see (and must replace) them.
 */
const WITH_PLACEHOLDERS = /^(?:[A-Za-z0-9_@%+=:,./-]|<[A-Z_]+>)+$/;
/** Quote one word for a POSIX shell; placeholders and plain words are left as they are. */
function shellWord(word) {
    if (WITH_PLACEHOLDERS.test(word))
        return word;
    return `'${word.replace(/'/g, `'\\''`)}'`;
}
/** A double-quoted value as in `--name "github-actions-web"`, or single quotes when needed. */
function shellQuoted(value) {
    return /^[A-Za-z0-9_@%+=:,./<> -]+$/.test(value) ? `"${value}"` : shellWord(value);
}
/**
 * Split a command line roughly as a shell (and flyctl's shlex) would: whitespace separates words,
 * single and double quotes group, backslash escapes outside single quotes.
 */
function splitCommandLine(line) {
    const words = [];
    let current = '';
    let inWord = false;
    let quote = null;
    for (let i = 0; i < line.length; i++) {
        const ch = line.charAt(i);
        if (quote === "'") {
            if (ch === "'")
                quote = null;
            else
                current += ch;
        }
        else if (quote === '"') {
            if (ch === '"')
                quote = null;
            else if (ch === '\\' && i + 1 < line.length)
                current += line.charAt(++i);
            else
                current += ch;
        }
        else if (ch === "'" || ch === '"') {
            quote = ch;
            inWord = true;
        }
        else if (ch === '\\' && i + 1 < line.length) {
            current += line.charAt(++i);
            inWord = true;
        }
        else if (/\s/.test(ch)) {
            if (inWord)
                words.push(current);
            current = '';
            inWord = false;
        }
        else {
            current += ch;
            inWord = true;
        }
    }
    if (inWord)
        words.push(current);
    return words;
}
/** Fly token labels and schemes. */
const TOKEN_MARKER = /(?:fm1[ra]|fm2|fo1)_|flyv1\s/i;
/** Runs of the token alphabets long enough to be part of a token body or a legacy token. */
const RUN = /[A-Za-z0-9+/=_-]{16,}/g;
/** A run that looks random rather than like a word: mixed case and a digit or base64 symbol. */
function looksRandom(run) {
    return /[a-z]/.test(run) && /[A-Z]/.test(run) && /[0-9+/=]/.test(run);
}
/** true when a value could carry token material: it must never reach a message or command. */
function looksLikeTokenMaterial(value) {
    return TOKEN_MARKER.test(value) || (value.match(RUN) ?? []).some(looksRandom);
}
/**
 * Replace anything token-like in free text we did not write (e.g. a decoder message) with
 * `[redacted]`: defence in depth, the decoder is meant to keep token text out already.
 */
function redactTokenLike(text) {
    return text
        .replace(/(?:fm1[ra]|fm2|fo1)_[A-Za-z0-9+/=_-]{4,}/gi, '[redacted]')
        .replace(RUN, run => (looksRandom(run) ? '[redacted]' : run));
}


/***/ }),

/***/ 439:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jv: () => (/* binding */ APP_CAPABILITIES),
/* harmony export */   dE: () => (/* binding */ describeToken),
/* harmony export */   hg: () => (/* binding */ needBreadth),
/* harmony export */   iK: () => (/* binding */ allowsAnyCommand),
/* harmony export */   l8: () => (/* binding */ Breadth),
/* harmony export */   lQ: () => (/* binding */ missingCapabilities),
/* harmony export */   ox: () => (/* binding */ tokenBreadth),
/* harmony export */   pK: () => (/* binding */ tooFewApps)
/* harmony export */ });
/* unused harmony exports SSH_MUTATIONS, allows, commandAllowed */
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(677);

/** How far a token (or a need) reaches, narrowest first. */
const Breadth = {
    none: 0,
    /** Read the organization (readonly token). */
    orgRead: 1,
    /** One app, but only some operations: ssh, machine-exec, WireGuard peers. */
    appLimited: 2,
    /** Full control of named apps (deploy token); org-level read is part of it. */
    appFull: 3,
    /** Write at org level: every app, creating and deleting apps (org token). */
    orgWrite: 4,
    /** Every org of a person (personal token). */
    user: 5
};
const WRITE_LETTERS = /[wcdC]/;
/** Capabilities that act on one app (as opposed to the org or reading). */
const APP_CAPABILITIES = [
    'deploy',
    'secrets',
    'scale',
    'proxy',
    'ssh',
    'machine-exec'
];
/** Mutations flyctl's ssh token is attenuated to: what `fly ssh console` needs. */
const SSH_MUTATIONS = ['issueCertificate', 'addWireGuardPeer'];
function allows(letters, action) {
    return letters != null && [...action].every(letter => letters.includes(letter));
}
function appLetters(inspection) {
    return Object.values(inspection.appAccess);
}
function orgWide(inspection) {
    return inspection.kind === 'personal' || WRITE_LETTERS.test(inspection.orgAccess ?? '');
}
/** How far the token reaches, from its access fields (not its kind: custom tokens count too). */
function tokenBreadth(inspection) {
    if (inspection.kind === 'personal')
        return Breadth.user;
    if (inspection.kind === 'malformed')
        return Breadth.none;
    if (WRITE_LETTERS.test(inspection.orgAccess ?? ''))
        return Breadth.orgWrite;
    if (appLetters(inspection).some(l => WRITE_LETTERS.test(l)))
        return Breadth.appFull;
    const featureWrite = Object.values(inspection.featureAccess).some(l => WRITE_LETTERS.test(l));
    if (inspection.commands !== null || inspection.mutations !== null || featureWrite) {
        return Breadth.appLimited;
    }
    if (allows(inspection.orgAccess, 'r') || appLetters(inspection).some(l => l.includes('r'))) {
        return Breadth.orgRead;
    }
    return Breadth.none;
}
/** The narrowest breadth that covers every capability the job needs. */
function needBreadth(capabilities) {
    const has = (c) => capabilities.includes(c);
    if (has('org') || has('create-app') || has('destroy-app'))
        return Breadth.orgWrite;
    if (has('deploy') || has('secrets') || has('scale') || has('proxy'))
        return Breadth.appFull;
    // One token kind cannot both ssh and exec: a deploy token is the narrowest that does both.
    if (has('ssh') && has('machine-exec'))
        return Breadth.appFull;
    if (has('ssh') || has('machine-exec'))
        return Breadth.appLimited;
    if (has('read'))
        return Breadth.orgRead;
    return Breadth.none;
}
/** Whether one command line is allowed by machine-exec command rules. */
function commandAllowed(command, rules) {
    const args = (0,_shell_js__WEBPACK_IMPORTED_MODULE_0__/* .splitCommandLine */ .aL)(command);
    return rules.some(rule => rule.exact
        ? rule.args.length === args.length && rule.args.every((a, i) => a === args[i])
        : rule.args.every((a, i) => a === args[i]));
}
function allowsAnyCommand(rules) {
    return rules.some(rule => !rule.exact && rule.args.length === 0);
}
function quoteList(items) {
    return items.map(i => `\`${i}\``).join(', ');
}
/** Why the token cannot do `capability`, or null when it can (or we cannot tell offline). */
function missingReason(capability, inspection, needs) {
    if (orgWide(inspection))
        return null;
    const appWrite = appLetters(inspection).some(l => l.includes('w'));
    const anyRead = allows(inspection.orgAccess, 'r') || appLetters(inspection).some(l => l.includes('r'));
    switch (capability) {
        case 'read':
            return anyRead ? null : 'allows no read access at all';
        case 'deploy':
        case 'secrets':
        case 'scale':
            return appWrite ? null : 'cannot change any app (it has no write access to apps)';
        case 'proxy':
            return appWrite || allows(inspection.featureAccess['wg'], 'w')
                ? null
                : 'cannot open a WireGuard tunnel, which `fly proxy` needs';
        case 'ssh': {
            const mutations = inspection.mutations ?? [];
            if (appWrite || SSH_MUTATIONS.every(m => mutations.includes(m)))
                return null;
            return `lacks the ${SSH_MUTATIONS.join(' and ')} mutations that \`fly ssh console\` needs`;
        }
        case 'machine-exec': {
            if (appWrite)
                return null;
            const rules = inspection.commands;
            if (rules === null)
                return 'allows no commands on machines';
            const denied = needs.commands.filter(c => !commandAllowed(c, rules));
            if (denied.length === 0)
                return null;
            const allowed = rules.map(r => (r.exact ? r.args.join(' ') : `${r.args.join(' ')} …`));
            return `does not allow ${quoteList(denied)} (it allows only ${quoteList(allowed)})`;
        }
        case 'create-app':
            return allows(inspection.orgAccess, 'c') ? null : 'cannot create apps in the organization';
        case 'destroy-app':
            return allows(inspection.orgAccess, 'd') ? null : 'cannot delete apps in the organization';
        case 'org':
            return allows(inspection.orgAccess, 'r') ? null : 'has no organization-level access';
    }
}
/** Every capability the job needs that the token cannot provide, with the reason. */
function missingCapabilities(needs, inspection) {
    const missing = [];
    for (const capability of needs.capabilities) {
        const reason = missingReason(capability, inspection, needs);
        if (reason !== null)
            missing.push({ capability, reason });
    }
    return missing;
}
/**
 * When the token is confined to some apps and the job touches more apps than it names, the extra
 * ones fail. Returns how many apps the token names, or null when that is not a problem.
 */
function tooFewApps(needs, inspection) {
    if (orgWide(inspection) || inspection.appIds.length === 0)
        return null;
    const appLevel = needs.capabilities.some(c => APP_CAPABILITIES.includes(c));
    return appLevel && needs.apps.length > inspection.appIds.length ? inspection.appIds.length : null;
}
/** A short phrase for what the token grants, e.g. "deploy token (full control of 1 app)". */
function describeToken(inspection) {
    const apps = inspection.appIds.length;
    const appsText = `${apps} app${apps === 1 ? '' : 's'}`;
    switch (inspection.kind) {
        case 'personal':
            return 'personal token (everything its user can do, in every organization)';
        case 'org':
            return 'org token (every app of its organization, including creating and deleting apps)';
        case 'deploy':
            return `deploy token (full control of ${appsText}, read on the rest of the organization)`;
        case 'readonly':
            return 'readonly token (read-only access to its organization)';
        case 'ssh':
            return `ssh token (ssh into ${appsText}, read elsewhere)`;
        case 'machine-exec':
            return `machine-exec token (runs allowed commands on the machines of ${appsText})`;
        case 'wireguard':
            return 'wireguard token (WireGuard peers and read access in its organization)';
        case 'litefs-cloud':
            return 'litefs-cloud token (one LiteFS Cloud cluster)';
        case 'custom':
            return 'custom token (an attenuated token)';
        case 'malformed':
            return 'malformed token';
    }
}


/***/ })

};
;