"use strict";
exports.id = 773;
exports.ids = [773];
exports.modules = {

/***/ 7773:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSetupErrorSummary: () => (/* binding */ renderSetupErrorSummary)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3021);
// The job summary of a run that stopped before its mode could report: short, and it says what to set.

const HINTS = {
    input: 'The inputs are listed in the README (`token`, `tokens`, `mode`, `apps`, `needs`, \u2026); a secret passed in `with:` is empty when the workflow cannot read it (e.g. on pull requests from forks).',
    environment: 'The variable comes from the runner or the workflow (`env:`); the message names it and never repeats its value.'
};
/** The job summary of a run that stopped on bad input or environment: the reason, which says what to set. */
function renderSetupErrorSummary(message, cause) {
    return [
        `## \u274c Fly token guard: **${cause} error**`,
        '',
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .proseWithCode */ .Tb)(message),
        '',
        HINTS[cause],
        ''
    ].join('\n');
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


/***/ })

};
;