"use strict";
exports.id = 825;
exports.ids = [825];
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

/***/ 8825:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runInspectCommand: () => (/* binding */ runInspectCommand)
});

// EXTERNAL MODULE: ./lib/action/clock.js
var clock = __webpack_require__(6920);
// EXTERNAL MODULE: ./lib/token/actions.js
var actions = __webpack_require__(598);
// EXTERNAL MODULE: ./lib/report/kinds.js
var kinds = __webpack_require__(2045);
// EXTERNAL MODULE: ./lib/report/expiry.js
var expiry = __webpack_require__(1499);
// EXTERNAL MODULE: ./lib/report/time.js
var time = __webpack_require__(9793);
// EXTERNAL MODULE: ./lib/rules/words.js
var words = __webpack_require__(642);
;// CONCATENATED MODULE: ./lib/report/inspect-text.js
// Terminal rendering of a TokenInspection: what the token is, what it can do, when it expires.
// Reads only the inspection (which never holds token text), so nothing here can print the token.





/** "rw (read, write)", or "nothing". */
function describeActions(letters) {
    if (!letters)
        return 'nothing';
    const words = [...letters].map(l => actions/* ACTION_WORDS */.dC[l] ?? l).join(', ');
    return letters === 'rwcdC' ? `rwcdC (${words}: everything)` : `${letters} (${words})`;
}
function line(label, value) {
    return `${`${label}:`.padEnd(13)}${value}`;
}
function expiryLines(i, now) {
    const out = [line('Expires', (0,expiry/* expiryText */.X5)((0,expiry/* expiryOf */.p1)(i.kind, i.expiresAt), now))];
    if (i.notBefore !== null && Date.parse(i.notBefore) > now.getTime()) {
        out.push(line('Not before', `${i.notBefore} (not valid yet)`));
    }
    if (i.lifetimeSeconds !== null)
        out.push(line('Lifetime', (0,time/* formatDuration */.a3)(i.lifetimeSeconds)));
    return out;
}
function accessLines(i) {
    const out = [];
    if (i.orgIds.length)
        out.push(line('Org ids', i.orgIds.join(', ')));
    if (i.kind !== 'malformed' && (i.macaroonCount > 0 || i.orgAccess !== null)) {
        out.push(line('Org access', describeActions(i.orgAccess)));
    }
    const sections = [
        ['Apps', i.appAccess],
        ['Features', i.featureAccess],
        ['Clusters', i.clusterAccess ?? {}]
    ];
    for (const [label, access] of sections) {
        const entries = Object.entries(access);
        if (entries.length > 0)
            out.push(`${label}:`);
        for (const [name, letters] of entries)
            out.push(`  ${name}: ${describeActions(letters)}`);
    }
    if (i.commands) {
        out.push('Commands:');
        for (const c of i.commands) {
            const text = c.args.length ? c.args.join(' ') : '(any command)';
            out.push(`  ${text}${c.exact ? ' (exactly)' : c.args.length ? ' (and any arguments)' : ''}`);
        }
    }
    if (i.mutations)
        out.push(line('Mutations', i.mutations.join(', ') || '(none)'));
    return out;
}
function bundleLine(i) {
    if (i.macaroonCount === 0 && i.userTokenCount === 0)
        return null;
    const permission = i.tokens.filter(t => t.role === 'permission').length;
    const discharge = i.tokens.filter(t => t.role === 'discharge').length;
    const parts = [];
    if (i.macaroonCount) {
        parts.push(`${(0,words/* plural */.LS)(i.macaroonCount, 'macaroon')} (${permission} permission, ${discharge} discharge)`);
    }
    if (i.userTokenCount)
        parts.push((0,words/* plural */.LS)(i.userTokenCount, 'user token'));
    return line('Contains', parts.join(' + '));
}
function renderInspectionText(inspection, now, options = {}) {
    const i = inspection;
    const lines = [
        ...(options.pinnedClock ? [(0,time/* asOfLine */.Ui)(options.pinnedClock), ''] : []),
        line('Kind', `${i.kind}: ${(0,kinds/* kindMeaning */.c)(i.kind)}`)
    ];
    const contains = bundleLine(i);
    if (contains)
        lines.push(contains);
    lines.push(...accessLines(i));
    lines.push(...expiryLines(i, now));
    if (i.userId !== null)
        lines.push(line('Creator', `Fly user ${i.userId}`));
    if (i.identity !== null)
        lines.push(line('Identity', i.identity));
    if (i.dischargePaired === false)
        lines.push(line('Discharge', 'missing (needs an interactive login)'));
    if (i.problems.length) {
        lines.push('Problems:');
        for (const p of i.problems)
            lines.push(`  - ${p.fatal ? '[fatal] ' : ''}${p.message}`);
    }
    if (i.formatting.length) {
        lines.push('Formatting:');
        for (const f of i.formatting)
            lines.push(`  - ${f.message}`);
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./lib/token/index.js + 6 modules
var lib_token = __webpack_require__(6700);
// EXTERNAL MODULE: ./lib/cli/io.js
var io = __webpack_require__(8908);
;// CONCATENATED MODULE: ./lib/cli/inspect.js
// `fly-token-guard inspect [--json]`: offline decode. Exit 0 when it decodes, 2 when malformed.




const runInspectCommand = async ({ args, env, out, err, token }) => {
    const input = await token();
    if (input.trim() === '') {
        err(io/* NO_TOKEN_MESSAGE */.Ij);
        return 2;
    }
    const inspection = (0,lib_token/* inspectToken */.e4)(input);
    out(args.values.json
        ? JSON.stringify(inspection, null, 2)
        : renderInspectionText(inspection, (0,clock/* currentTime */.$)(env), (0,clock/* pinnedClockOption */._)(env)));
    return inspection.kind === 'malformed' ? 2 : 0;
};


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


/***/ }),

/***/ 9572:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QA: () => (/* binding */ formatSpan),
/* harmony export */   WY: () => (/* binding */ lifetimeLabel),
/* harmony export */   Yq: () => (/* binding */ formatDate),
/* harmony export */   nV: () => (/* binding */ parseInstant),
/* harmony export */   sO: () => (/* binding */ DAY_MS)
/* harmony export */ });
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(642);
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
/** "2045-07-04 10:33 UTC"; years beyond 9999 keep their sign and digits ("+275760-09-13 00:00 UTC"). */
function formatDate(iso) {
    const match = /^([+-]?\d{4,6}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
    return match ? `${match[1]} ${match[2]} UTC` : iso;
}
/** A span rounded down to the largest useful unit: "12 days", "1 day", "20 hours", "5 minutes". */
function formatSpan(ms) {
    const abs = Math.abs(ms);
    if (abs >= 2 * DAY_MS)
        return (0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(Math.floor(abs / DAY_MS), 'day');
    if (abs >= DAY_MS)
        return `1 day ${(0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(Math.floor((abs - DAY_MS) / HOUR_MS), 'hour')}`;
    if (abs >= 2 * HOUR_MS)
        return (0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(Math.floor(abs / HOUR_MS), 'hour');
    if (abs >= HOUR_MS)
        return `1 hour ${(0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(Math.floor((abs - HOUR_MS) / 60_000), 'minute')}`;
    if (abs >= 60 * SECOND_MS)
        return (0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(Math.floor(abs / (60 * SECOND_MS)), 'minute');
    return (0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(Math.floor(abs / SECOND_MS), 'second');
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