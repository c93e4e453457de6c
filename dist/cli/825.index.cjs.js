"use strict";
exports.id = 825;
exports.ids = [825];
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
// EXTERNAL MODULE: ./lib/report/kinds.js
var kinds = __webpack_require__(2045);
// EXTERNAL MODULE: ./lib/report/time.js
var time = __webpack_require__(9793);
;// CONCATENATED MODULE: ./lib/report/inspect-text.js


const ACTION_WORDS = {
    r: 'read',
    w: 'write',
    c: 'create',
    d: 'delete',
    C: 'control'
};
/** "rw (read, write)", or "nothing". */
function describeActions(letters) {
    if (!letters)
        return 'nothing';
    const words = [...letters].map(l => ACTION_WORDS[l] ?? l).join(', ');
    return letters === 'rwcdC' ? 'rwcdC (everything)' : `${letters} (${words})`;
}
function line(label, value) {
    return `${`${label}:`.padEnd(13)}${value}`;
}
function expiryLines(i, now) {
    const out = [];
    if (i.expiresAt === null) {
        const why = i.kind === 'personal' && i.macaroonCount === 0
            ? 'unknown (user tokens carry no expiry; only Fly knows)'
            : i.kind === 'malformed'
                ? 'unknown'
                : 'none recorded in the token';
        out.push(line('Expires', why));
    }
    else {
        out.push(line('Expires', `${i.expiresAt} (${(0,time/* formatCountdown */.zt)(i.expiresAt, now)})`));
    }
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
    const apps = Object.entries(i.appAccess);
    if (apps.length) {
        out.push('Apps:');
        for (const [app, letters] of apps)
            out.push(`  ${app}: ${describeActions(letters)}`);
    }
    const features = Object.entries(i.featureAccess);
    if (features.length) {
        out.push('Features:');
        for (const [name, letters] of features)
            out.push(`  ${name}: ${describeActions(letters)}`);
    }
    const clusters = Object.entries(i.clusterAccess ?? {});
    if (clusters.length) {
        out.push('Clusters:');
        for (const [name, letters] of clusters)
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
        parts.push(`${(0,time/* plural */.LS)(i.macaroonCount, 'macaroon')} (${permission} permission, ${discharge} discharge)`);
    }
    if (i.userTokenCount)
        parts.push((0,time/* plural */.LS)(i.userTokenCount, 'user token'));
    return line('Contains', parts.join(' + '));
}
function renderInspectionText(inspection, now) {
    const i = inspection;
    const lines = [line('Kind', `${i.kind}: ${(0,kinds/* kindMeaning */.c)(i.kind)}`)];
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

// EXTERNAL MODULE: ./lib/token/index.js + 31 modules
var lib_token = __webpack_require__(1205);
;// CONCATENATED MODULE: ./lib/cli/inspect.js
// `fly-token-guard inspect [--json]`: offline decode. Exit 0 when it decodes, 2 when malformed.



const runInspectCommand = async ({ args, env, out, err, token }) => {
    const input = token();
    if (input.trim() === '') {
        err('fly-token-guard: no token: set FLY_API_TOKEN (or FLY_ACCESS_TOKEN), or pipe it on standard input.');
        return 2;
    }
    const inspection = (0,lib_token/* inspectToken */.e4)(input);
    out(args.values.json
        ? JSON.stringify(inspection, null, 2)
        : renderInspectionText(inspection, (0,clock/* currentTime */.$)(env)));
    return inspection.kind === 'malformed' ? 2 : 0;
};


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