"use strict";
exports.id = 382;
exports.ids = [382];
exports.modules = {

/***/ 6920:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ currentTime),
/* harmony export */   _: () => (/* binding */ pinnedClockOption)
/* harmony export */ });
// The clock of a run. FLY_TOKEN_GUARD_NOW pins it (reproducible demos and tests); otherwise real time.
function currentTime(env = process.env) {
    return pinnedClock(env) ?? new Date();
}
/** `{ pinnedClock }` when FLY_TOKEN_GUARD_NOW pins the clock (outputs then say "as of" it), else `{}`. */
function pinnedClockOption(env = process.env) {
    const pinned = pinnedClock(env);
    return pinned ? { pinnedClock: pinned } : {};
}
function pinnedClock(env = process.env) {
    const pinned = env.FLY_TOKEN_GUARD_NOW;
    if (!pinned)
        return undefined;
    const at = new Date(pinned);
    return Number.isNaN(at.getTime()) ? undefined : at;
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
/* harmony export */   $A: () => (/* binding */ namedId),
/* harmony export */   FQ: () => (/* binding */ renderFindingsTable),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Nz: () => (/* binding */ truncateBody),
/* harmony export */   OV: () => (/* binding */ shellBlock),
/* harmony export */   PE: () => (/* binding */ severityIcon),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   Tb: () => (/* binding */ proseWithCode),
/* harmony export */   U_: () => (/* binding */ renderSeverityCounts),
/* harmony export */   YY: () => (/* binding */ VERDICT_ICON),
/* harmony export */   aL: () => (/* binding */ escapeTableCell),
/* harmony export */   l3: () => (/* binding */ withAccess),
/* harmony export */   lN: () => (/* binding */ ruleLink),
/* harmony export */   nY: () => (/* binding */ GITHUB_BODY_LIMIT)
/* harmony export */ });
/* harmony import */ var _rules_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3042);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5930);
/* harmony import */ var _sarif_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(123);
/* harmony import */ var _rules_words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(642);




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
    return (0,_sarif_js__WEBPACK_IMPORTED_MODULE_0__/* .relativeUri */ .H9)(file).replace(/\(/g, '%28').replace(/\)/g, '%29');
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
    return `[${codeSpan(rule.replace(/-/g, '\u2011'))}](${(0,_rules_types_js__WEBPACK_IMPORTED_MODULE_1__/* .docsUrl */ .fs)(encodeURIComponent(rule))})`;
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
    return `_\u2026and ${(0,_rules_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(count, 'more finding')} not shown (see the job summary or the SARIF report)._`;
}
/**
 * The findings, worst first, as a markdown table that fits in `maxChars`: rows that do not fit
 * are replaced by an "and N more" line. Empty string for no findings.
 */
function renderFindingsTable(findings, options = {}) {
    if (findings.length === 0)
        return '';
    const budget = options.maxChars ?? GITHUB_BODY_LIMIT;
    const rows = (0,_order_js__WEBPACK_IMPORTED_MODULE_3__/* .sortFindings */ .T)(findings).map(finding => findingRow(finding, options));
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
    const parts = _rules_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.flatMap(severity => {
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
/* harmony export */   H9: () => (/* binding */ relativeUri),
/* harmony export */   zv: () => (/* binding */ toSarif)
/* harmony export */ });
/* unused harmony exports FINGERPRINT_KEY, computeFingerprints */
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
/* harmony export */   tw: () => (/* binding */ jobEnvironment),
/* harmony export */   yT: () => (/* binding */ fixOptionsFrom)
/* harmony export */ });
/* unused harmony export suggestedExpiryHours */
/* harmony import */ var _token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(148);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(677);
/* harmony import */ var _token_access_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(439);



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
/** Token kinds `fly tokens create` can mint. */
const MINT_KINDS = [
    'deploy',
    'org',
    'readonly',
    'ssh',
    'machine-exec',
    'wireguard',
    'litefs-cloud'
];
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
    return value !== undefined && value.trim() !== '' && !(0,_token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeToken */ .NM)(value, _token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN_SHAPE */ .y0.fragment)
        ? value
        : placeholder;
}
function kindFromNeeds(needs) {
    switch ((0,_token_access_js__WEBPACK_IMPORTED_MODULE_1__/* .needBreadth */ .hg)(needs.capabilities)) {
        case _token_access_js__WEBPACK_IMPORTED_MODULE_1__/* .Breadth */ .l8.orgWrite:
            return 'org';
        case _token_access_js__WEBPACK_IMPORTED_MODULE_1__/* .Breadth */ .l8.appFull:
            return 'deploy';
        case _token_access_js__WEBPACK_IMPORTED_MODULE_1__/* .Breadth */ .l8.appLimited:
            return needs.capabilities.includes('ssh') ? 'ssh' : 'machine-exec';
        case _token_access_js__WEBPACK_IMPORTED_MODULE_1__/* .Breadth */ .l8.orgRead:
            return 'readonly';
        default:
            return null;
    }
}
function kindFromToken(inspection) {
    return MINT_KINDS.find(kind => kind === inspection.kind) ?? null;
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
        : `${flag} ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r)(csvField(command))}`;
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
    if (rules !== null && rules.length > 0 && !(0,_token_access_js__WEBPACK_IMPORTED_MODULE_1__/* .allowsAnyCommand */ .iK)(rules)) {
        return rules.map(rule => commandFlag(rule.exact ? '--command' : '--command-prefix', safeOr(rule.args.map(_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r).join(' '), COMMAND_PLACEHOLDER)));
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
        `--name ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuoted */ .x)(name)}`
    ].join(' ');
}
const ENVIRONMENT_PLACEHOLDER = '<ENVIRONMENT>';
function safeEnvironment(options) {
    return options.environment === undefined || options.environment === ''
        ? undefined
        : safeOr(options.environment, ENVIRONMENT_PLACEHOLDER);
}
/** A job's environment name as `--env` takes it; none when absent or computed at run time. */
function jobEnvironment(job) {
    const name = job.environment?.name ?? undefined;
    return name === undefined || name === '' || name.includes('${{') ? undefined : name;
}
/** `gh secret set NAME [--env ENV]`: gh then reads the value from a prompt or stdin. */
function storeCommand(secretName, environment) {
    const name = safeOr(secretName, 'FLY_API_TOKEN');
    const env = safeEnvironment({ secretName: name, environment });
    return `gh secret set ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r)(name)}${env === undefined ? '' : ` --env ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r)(env)}`}`;
}
/** The narrowest token(s) for the job, with the exact lines to mint and store them. */
function recommendToken(needs, inspection, options) {
    const notes = [];
    // Needs with an unseen part (`unknown-needs`) are a lower bound: no narrower kind is chosen
    // from them. The same kind is renewed, unless the token cannot even do what can be seen:
    // then the kind for that, never one that is known to fail.
    const partial = needs.source !== 'input' && (needs.opaque?.length ?? 0) > 0;
    const seenKind = needsKnown(needs) ? kindFromNeeds(needs) : null;
    const tokenKind = kindFromToken(inspection);
    const tokenFails = partial && (0,_token_access_js__WEBPACK_IMPORTED_MODULE_1__/* .missingCapabilities */ .lQ)(needs, inspection).length > 0;
    const [kind, basis] = !partial && seenKind !== null
        ? [seenKind, 'needs']
        : tokenKind !== null && !tokenFails
            ? [tokenKind, 'current-token']
            : partial && seenKind !== null
                ? [seenKind, 'seen-needs']
                : [tokenKind ?? 'deploy', tokenKind !== null ? 'current-token' : 'assumed'];
    if (basis === 'seen-needs') {
        notes.push('Part of what the job does with the token cannot be seen: this covers what can be seen, and the unseen part may need more.');
    }
    else if (basis === 'current-token') {
        notes.push(partial
            ? 'Part of what the job does with the token cannot be seen, so this renews the same kind of token.'
            : "The job's needs are not known, so this renews the same kind of token.");
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
            const mint = mintLine(kind, [`-a ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r)(app)}`], `github-actions-${prefix}${app}`, hours);
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
        let subject = [(0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r)(org)];
        let name = `github-actions-${kind}`;
        if (kind === 'litefs-cloud') {
            const clusters = Object.keys(inspection.clusterAccess ?? {}).filter(c => c !== '');
            const cluster = safeOr(clusters[0], CLUSTER_PLACEHOLDER);
            subject = [`--org ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r)(org)}`, `--cluster ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r)(cluster)}`];
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
        ? `fly tokens list -a ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r)(safeOr(options.currentTokenApp ?? (needs.apps.length === 1 ? needs.apps[0] : undefined), APP_PLACEHOLDER))}`
        : `fly tokens list --org ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r)(safeOr(options.orgSlug, ORG_PLACEHOLDER))}`;
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
    // One line per token: `gh secret set` reads the new token from the pipe, never a terminal.
    const commands = [...rec.tokens.map(t => `${t.mint} | ${t.store}`), ...revoke];
    return {
        summary: [...sentences, ...rec.notes].join(' '),
        // Defence in depth: nothing token-like may leave here, whatever the inputs held.
        commands: commands.filter(c => !(0,_token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeToken */ .NM)(c, _token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN_SHAPE */ .y0.fragment))
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
/**
 * Whether the token is dead of age, so revoking it is pointless. Not for a personal token: its
 * user part outlives the short-lived macaroons bundled with it.
 */
function hasExpired(context) {
    const { kind, expiresAt } = context.inspection;
    return (kind !== 'personal' && expiresAt !== null && Date.parse(expiresAt) <= context.now.getTime());
}
/** The narrowest-token fix for a rule's finding; an expired token is replaced, not revoked. */
function fixFor(context, build = {}) {
    const revokeOld = build.revokeOld !== false && !hasExpired(context);
    return buildFix(context.needs, context.inspection, fixOptionsFrom(context), { revokeOld });
}
/** Whether a fix asks for a new token. */
function mintsToken(fix) {
    return fix?.commands.some(c => c.startsWith('fly tokens create ')) ?? false;
}
/**
 * The `recommendation` output: the `fly tokens create` line(s) for this job, or null when the
 * token already fits (no finding asks for a new one) or when neither the job's needs nor the
 * token's kind say what to mint.
 */
function recommendationFor(context, findings) {
    if (!findings.some(f => mintsToken(f.fix)))
        return null;
    const rec = recommendToken(context.needs, context.inspection, fixOptionsFrom(context));
    return rec.basis === 'assumed' ? null : rec.tokens.map(t => t.mint).join('\n');
}


/***/ }),

/***/ 677:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ shellWord),
/* harmony export */   x: () => (/* binding */ shellQuoted)
/* harmony export */ });
// Building shell command lines for fixes: quoting (token material is kept out by token-shape.ts).
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


/***/ }),

/***/ 439:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VP: () => (/* binding */ PER_APP_CAPABILITIES),
/* harmony export */   dE: () => (/* binding */ describeToken),
/* harmony export */   hg: () => (/* binding */ needBreadth),
/* harmony export */   iK: () => (/* binding */ allowsAnyCommand),
/* harmony export */   l8: () => (/* binding */ Breadth),
/* harmony export */   lQ: () => (/* binding */ missingCapabilities),
/* harmony export */   ox: () => (/* binding */ tokenBreadth),
/* harmony export */   pK: () => (/* binding */ tooFewApps)
/* harmony export */ });
/* unused harmony exports APP_CAPABILITIES, SSH_MUTATIONS, allows, commandAllowed */
/* harmony import */ var _token_attenuate_command_line_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4281);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(642);


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
/** What a token confined to some apps does to those apps only: destroying them included. */
const PER_APP_CAPABILITIES = [...APP_CAPABILITIES, 'destroy-app'];
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
/**
 * Whether one command line is allowed by machine-exec command rules, split as flyctl splits
 * `--command`; a line flyctl would refuse to split runs nothing, so no rule allows it.
 */
function commandAllowed(command, rules) {
    const split = (0,_token_attenuate_command_line_js__WEBPACK_IMPORTED_MODULE_0__/* .splitCommandLine */ .a)(command);
    if (!split.ok)
        return false;
    const args = split.args;
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
            // flyctl's ssh token keeps the addWireGuardPeer mutation so that it can reach the org's
            // WireGuard network: it can open the tunnel too.
            return appWrite ||
                allows(inspection.featureAccess['wg'], 'w') ||
                (inspection.mutations ?? []).includes('addWireGuardPeer')
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
            const allowed = rules.map(r => (r.exact ? r.args.join(' ') : `${r.args.join(' ')} \u2026`));
            return `does not allow ${quoteList(denied)} (it allows only ${quoteList(allowed)})`;
        }
        case 'create-app':
            return allows(inspection.orgAccess, 'c') ? null : 'cannot create apps in the organization';
        case 'destroy-app': {
            if (allows(inspection.orgAccess, 'd'))
                return null;
            if (!appLetters(inspection).some(l => l.includes('d')))
                return 'cannot delete apps in the organization';
            // A token with delete on its apps (a deploy token: `Apps{app: rwcdC}`) may destroy those
            // apps: named ones are compared by count (`tooFewApps`), not identity. An app named only
            // at run time (a review app) is not one the token could be minted for.
            const computed = needs.evidence.some(e => e.capability === 'destroy-app' && e.appUnknown);
            return computed
                ? 'can delete only the app it was minted for, not one named at run time'
                : null;
        }
        case 'org':
            // Organization-level commands (`tokens create`, `orgs invite`, add-ons) change something:
            // a token that can change nothing at all cannot run them. Whether an app-limited token's
            // caveats let one through cannot be told offline.
            if (tokenBreadth(inspection) > Breadth.orgRead)
                return null;
            return anyRead
                ? 'can only read, and organization-level commands change the organization'
                : 'has no organization-level access';
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
    const appLevel = needs.capabilities.some(c => PER_APP_CAPABILITIES.includes(c));
    return appLevel && needs.apps.length > inspection.appIds.length ? inspection.appIds.length : null;
}
/** A short phrase for what the token grants, e.g. "deploy token (full control of 1 app)". */
function describeToken(inspection) {
    const apps = inspection.appIds.length;
    const appsText = (0,_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(apps, 'app');
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


/***/ }),

/***/ 8134:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PT: () => (/* binding */ listUnseen),
/* harmony export */   TQ: () => (/* binding */ followedChains),
/* harmony export */   ho: () => (/* binding */ unseenUses),
/* harmony export */   pd: () => (/* binding */ seenNeeds)
/* harmony export */ });
/* unused harmony export chainOf */
/* harmony import */ var _token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(148);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7840);


/** At most this many unseen uses are named in a message; the rest are counted. */
const LISTED = 3;
/** The unseen uses the needs carry when they were inferred (declared needs have none). */
function unseenUses(needs) {
    return needs.source === 'input' ? [] : (needs.opaque ?? []);
}
/** `deploy.yml:31` for a workflow (its name is enough), `scripts/deploy.sh:12` for other files. */
function place(location) {
    const file = location.file.startsWith('.github/workflows/')
        ? location.file.slice('.github/workflows/'.length)
        : location.file;
    return `${file}:${location.line}`;
}
/** `deploy.yml:31 \u2192 scripts/deploy.sh:12`: how the workflow reached a line of another file. */
function chainOf(item) {
    if (!item.location)
        return null;
    const hops = [...(item.via ?? []), item.location];
    if (hops.length === 1)
        return `${item.location.file}:${item.location.line}`;
    return hops.map(place).join(' \u2192 ');
}
/** "./bin/release (not in the checkout)", never a token-like text. */
function describeUnseen(use) {
    const what = (0,_token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeToken */ .NM)(use.detail, _token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN_SHAPE */ .y0.fragment) ? 'a step' : use.detail;
    return use.why ? `${what} (${use.why})` : what;
}
/** "./bin/release (not in the checkout); node deploy.js (...); and 2 more". */
function listUnseen(uses) {
    const named = uses.slice(0, LISTED).map(u => {
        const at = chainOf(u);
        return `${describeUnseen(u)}${at ? ` at ${at}` : ''}`;
    });
    const more = uses.length > LISTED ? `; and ${uses.length - LISTED} more` : '';
    return `${named.join('; ')}${more}`;
}
/** "at least `deploy` on web" / "nothing that can be seen". */
function seenNeeds(needs) {
    if (needs.capabilities.length === 0)
        return 'nothing that can be seen';
    const apps = needs.apps.length > 0 ? ` on ${(0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .listApps */ .tS)(needs.apps)}` : '';
    return `at least ${(0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .listCapabilities */ .jy)(needs.capabilities)}${apps}`;
}
/**
 * Where commands found in the repository's files came from, for a summary: "`flyctl deploy` at
 * deploy.yml:31 \u2192 scripts/deploy.sh:12", at most `max`, each once.
 */
function followedChains(needs, max = 3) {
    const out = [];
    for (const evidence of needs.evidence) {
        if (!evidence.via || evidence.via.length === 0)
            continue;
        const chain = chainOf(evidence);
        const command = (0,_token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeToken */ .NM)(evidence.command, _token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN_SHAPE */ .y0.fragment)
            ? 'a command'
            : `\`${evidence.command}\``;
        const line = `${command} at ${chain ?? ''}`;
        if (chain && !out.includes(line))
            out.push(line);
        if (out.length >= max)
            break;
    }
    return out;
}


/***/ }),

/***/ 7840:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ locationFor),
/* harmony export */   FH: () => (/* binding */ listCommands),
/* harmony export */   RQ: () => (/* binding */ describeEvidence),
/* harmony export */   hF: () => (/* binding */ evidenceFor),
/* harmony export */   jy: () => (/* binding */ listCapabilities),
/* harmony export */   tS: () => (/* binding */ listApps)
/* harmony export */ });
/* harmony import */ var _token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(148);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(642);


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
    const command = (0,_token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeToken */ .NM)(evidence.command, _token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN_SHAPE */ .y0.fragment)
        ? 'a step'
        : `\`${evidence.command.trim()}\``;
    const at = evidence.location ? ` at ${evidence.location.file}:${evidence.location.line}` : '';
    return `${command}${at}`;
}
/** "web", "api and web", "api, web and worker"; app names that look token-like are left out. */
function listApps(apps) {
    return (0,_words_js__WEBPACK_IMPORTED_MODULE_1__/* .andList */ .cM)(apps.filter(a => !(0,_token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeToken */ .NM)(a, _token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN_SHAPE */ .y0.fragment)), 'an app');
}
/** "`deploy` and `secrets`" */
function listCapabilities(capabilities) {
    return (0,_words_js__WEBPACK_IMPORTED_MODULE_1__/* .andList */ .cM)(capabilities.map(c => `\`${c}\``), 'nothing');
}
/** "`bin/migrate` and `ls /data`"; commands that look token-like are left out. */
function listCommands(commands) {
    const quoted = commands
        .filter(c => !(0,_token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeToken */ .NM)(c, _token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN_SHAPE */ .y0.fragment))
        .map(c => `\`${c}\``);
    return (0,_words_js__WEBPACK_IMPORTED_MODULE_1__/* .andList */ .cM)(quoted, (0,_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(commands.length, 'command'));
}


/***/ }),

/***/ 642:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   ZH: () => (/* binding */ capitalize),
/* harmony export */   cM: () => (/* binding */ andList)
/* harmony export */ });
// How counts and lists are written in messages and summaries: one spelling for each.
/** "1 finding", "2 findings"; `many` for other plurals ("2 tokens need"). */
function plural(count, word, many = `${word}s`) {
    return `${count} ${count === 1 ? word : many}`;
}
/** "a", "a and b", "a, b and c"; `none` when there is nothing. */
function andList(items, none = '') {
    if (items.length <= 1)
        return items[0] ?? none;
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 4281:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ splitCommandLine)
/* harmony export */ });
// Splitting a command line into arguments as flyctl does for `--command` (google/shlex, POSIX
// style): whitespace separates, '\u2026' is literal, "\u2026" honours \" \\ and \$, a backslash outside
// quotes escapes the next character.
function splitCommandLine(line) {
    const args = [];
    let current = '';
    let inWord = false;
    let quote = null;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quote === "'") {
            if (ch === "'")
                quote = null;
            else
                current += ch;
        }
        else if (quote === '"') {
            if (ch === '"')
                quote = null;
            else if (ch === '\\' && i + 1 < line.length && '"\\$`\n'.includes(line[i + 1])) {
                current += line[++i];
            }
            else
                current += ch;
        }
        else if (/\s/.test(ch)) {
            if (inWord)
                args.push(current);
            current = '';
            inWord = false;
        }
        else if (ch === "'" || ch === '"') {
            quote = ch;
            inWord = true;
        }
        else if (ch === '\\') {
            if (i + 1 >= line.length)
                return { ok: false, message: 'ends with a lone backslash' };
            current += line[++i];
            inWord = true;
        }
        else {
            current += ch;
            inWord = true;
        }
    }
    if (quote !== null)
        return { ok: false, message: `has an unclosed ${quote === "'" ? 'single' : 'double'} quote` };
    if (inWord)
        args.push(current);
    if (args.length === 0)
        return { ok: false, message: 'is empty' };
    return { ok: true, args };
}


/***/ })

};
;