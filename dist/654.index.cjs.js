"use strict";
exports.id = 654;
exports.ids = [654];
exports.modules = {

/***/ 4598:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HC: () => (/* binding */ sanitizeDetail),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony export SECRET_FRAGMENT_LENGTH */
/* harmony import */ var _token_scrub_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8094);
// Makes text from the outside world (Fly's error bodies, network error messages) safe to show in a
// detail: the one scrub, in its strictest form for outside text, on one line of bounded length.


const DETAIL_MAX_LENGTH = 200;
/** Fragments this long or longer of a secret must never survive. */
const SECRET_FRAGMENT_LENGTH = (/* unused pure expression or super */ null && (MIN_FRAGMENT_LENGTH));
/** Raw input beyond this is never looked at: Fly's error texts are short. */
const INPUT_CAP = 4000;
/** Neighbouring cuts, told once. */
const REPEATED_CUTS = /(?:\[redacted\][\s,;:]*){2,}/g;
/**
 * Text safe to put in a detail or finding: whitespace is collapsed, the outside-text scrub cuts
 * every stretch that shares 8+ characters with one of `secrets` and everything token-looking, and
 * the result is at most `maxLength` characters.
 */
function sanitizeDetail(text, secrets = [], maxLength = DETAIL_MAX_LENGTH) {
    const clean = outsideScrub(secrets)(collapseWhitespace(String(text).slice(0, INPUT_CAP)));
    return truncate(clean.replace(REPEATED_CUTS, `${_token_scrub_js__WEBPACK_IMPORTED_MODULE_0__/* .SCRUBBED */ .lh} `).trim(), maxLength);
}
/** Control characters and runs of whitespace become one space (no newlines into logs). */
function collapseWhitespace(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\s\x00-\x1f\x7f]+/g, ' ');
}
/** Cuts `text` to `maxLength` characters, marking the cut with an ellipsis. */
function truncate(text, maxLength) {
    if (text.length <= maxLength)
        return text;
    return `${text.slice(0, Math.max(0, maxLength - 1)).trimEnd()}\u2026`;
}
/** The last scrub built, kept: one verification sanitizes many texts with the same secrets. */
let lastScrub;
function outsideScrub(secrets) {
    const key = secrets.join('\n');
    if (lastScrub?.key !== key)
        lastScrub = { key, scrub: (0,_token_scrub_js__WEBPACK_IMPORTED_MODULE_0__/* .createScrub */ .EN)(secrets, { outside: true }) };
    return lastScrub.scrub;
}


/***/ }),

/***/ 8654:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ ruleMeta),
  N: () => (/* binding */ tokenRules)
});

// EXTERNAL MODULE: ./lib/rules/fix.js
var rules_fix = __webpack_require__(8960);
// EXTERNAL MODULE: ./lib/fly/sanitize.js
var sanitize = __webpack_require__(4598);
// EXTERNAL MODULE: ./lib/token/token-shape.js
var token_shape = __webpack_require__(148);
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
    const text = (0,token_shape/* redactTokenShapes */.dZ)(check.detail, token_shape/* TOKEN_SHAPE */.y0.fragment)
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/\.$/, '');
    return (0,sanitize/* truncate */.xv)(text, maxLength);
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

// EXTERNAL MODULE: ./lib/rules/types.js
var types = __webpack_require__(3042);
// EXTERNAL MODULE: ./lib/rules/token/shared.js
var shared = __webpack_require__(7840);
;// CONCATENATED MODULE: ./lib/rules/token/app-match.js



const APP_ID = /^\d+$/;
function tokenAppIds(context) {
    const { inspection } = context;
    return inspection.kind === 'malformed' || inspection.kind === 'personal' ? [] : inspection.appIds;
}
/** `unverified` (info): the job's apps are names, the token's ids; offline they cannot be matched. */
function offlineAppMatch(context) {
    const ids = tokenAppIds(context);
    const names = context.needs.apps.filter(app => !APP_ID.test(app));
    if (context.online || ids.length === 0 || names.length === 0)
        return [];
    const scoped = ids.length === 1 ? `app id ${ids[0]}` : `app ids ${ids.join(', ')}`;
    return [
        {
            rule: 'unverified',
            severity: 'info',
            message: `Not checked that this token is for ${(0,shared/* listApps */.tS)(names)}: the token names ${scoped}, the ` +
                'job names apps by name, and offline the two cannot be matched. App match needs `online: true`.',
            fix: (0,types/* advice */.v9)('Run the check with `online: true` (the default), or give the app ids in the `apps` input to match them offline.')
        }
    ];
}
/** `wrong-target`, offline: an app id given in `apps` that the token is not scoped to. */
function offlineIdMismatch(context) {
    const ids = tokenAppIds(context);
    if (context.online || ids.length === 0)
        return [];
    const scoped = ids.length === 1 ? `app id ${ids[0]}` : `app ids ${ids.join(', ')}`;
    return context.needs.apps
        .filter(app => APP_ID.test(app) && !ids.includes(app))
        .map(app => ({
        rule: 'wrong-target',
        severity: 'high',
        message: `This token cannot be used for app id ${app}, which this job needs: the token is scoped to ${scoped}.`,
        fix: (0,rules_fix/* fixFor */.jc)(context, { revokeOld: false })
    }));
}

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
            return offlineAppMatch(context);
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
                fix: (0,types/* advice */.v9)("Re-run when Fly's API is reachable. Behind a proxy, set HTTPS_PROXY (and NO_PROXY for hosts that bypass it); with a custom fly-api-url or fly-graphql-url, check the URL.")
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
        if (!online)
            return offlineIdMismatch(context);
        if (tokenRejected(online))
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
// EXTERNAL MODULE: ./lib/rules/token/needs-text.js
var needs_text = __webpack_require__(8134);
;// CONCATENATED MODULE: ./lib/rules/token/broader-than-needed.js




const broaderThanNeeded = {
    id: 'broader-than-needed',
    defaultSeverity: 'medium',
    title: 'Token broader than the job needs',
    help: 'The token can do more than this job uses: an org token where a deploy token for the app ' +
        'would do, a deploy token where a readonly token would do, a machine-exec token for any ' +
        'command where the job runs a known one. A leaked narrower token exposes less. Personal ' +
        'tokens are reported by `personal-token` instead. When part of what the job does cannot be ' +
        'seen, `unknown-needs` is reported instead: the unseen part may need more.',
    check(context) {
        const { inspection, needs } = context;
        if (inspection.kind === 'personal' || inspection.kind === 'malformed')
            return [];
        if (!(0,rules_fix/* needsKnown */.$b)(needs))
            return [];
        // What cannot be seen may need more than what can: `unknown-needs` says so instead.
        if ((0,needs_text/* unseenUses */.ho)(needs).length > 0)
            return [];
        const location = (0,shared/* locationFor */.D3)(needs);
        const appsPart = needs.apps.length > 0 ? ` for ${(0,shared/* listApps */.tS)(needs.apps)}` : '';
        const needText = `the job only needs ${(0,shared/* listCapabilities */.jy)(needs.capabilities)}${appsPart}`;
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
            return finding(`This machine-exec token may run any command, but the job runs only ${(0,shared/* listCommands */.FH)(needs.commands)}: a token restricted with \`--command\` would do.`);
        }
        return [];
    }
};

// EXTERNAL MODULE: ./lib/rules/token/time.js
var time = __webpack_require__(9572);
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
            const expiresAt = (0,time/* parseInstant */.nV)(inspection.expiresAt);
            const until = expiresAt
                ? `, until ${(0,time/* formatDate */.Yq)(expiresAt.toISOString()).replace(/ .*/, '')}`
                : '';
            message = `This is a ${(0,time/* lifetimeLabel */.WY)(lifetime)} token${origin(lifetime)}: valid for ${Math.floor(lifetime / 86400)} days${until}, above the ${limitDays}-day limit, so a leaked copy would keep working that long.`;
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
        const expiresAt = (0,time/* parseInstant */.nV)(inspection.expiresAt);
        if (expiresAt === null || expiresAt.getTime() > now.getTime())
            return [];
        return [
            {
                rule: 'expired',
                severity: 'critical',
                message: `The token expired on ${(0,time/* formatDate */.Yq)(expiresAt.toISOString())} (${(0,time/* formatSpan */.QA)(now.getTime() - expiresAt.getTime())} ago): Fly rejects it, so every flyctl call with it fails.`,
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
        const expiresAt = (0,time/* parseInstant */.nV)(inspection.expiresAt);
        if (expiresAt === null)
            return [];
        const lifetime = inspection.lifetimeSeconds;
        if (lifetime !== null && lifetime <= SHORT_LIVED_SECONDS)
            return [];
        const left = expiresAt.getTime() - now.getTime();
        if (left <= 0 || left > options.expiryWarningDays * time/* DAY_MS */.sO)
            return [];
        const severity = left < URGENT_EXPIRY_DAYS * time/* DAY_MS */.sO ? 'high' : 'medium';
        return [
            {
                rule: 'expiring-soon',
                severity,
                message: `The token expires on ${(0,time/* formatDate */.Yq)(expiresAt.toISOString())}, in ${(0,time/* formatSpan */.QA)(left)}: flyctl calls with it fail from then on, so rotate it first.`,
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
    const text = (0,token_shape/* redactTokenShapes */.dZ)(message, token_shape/* TOKEN_SHAPE */.y0.fragment).trim().replace(/\.$/, '');
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

// EXTERNAL MODULE: ./lib/rules/words.js
var words = __webpack_require__(642);
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
            const evidence = (0,shared/* evidenceFor */.hF)(needs, capability);
            const from = evidence ? ` (${(0,shared/* describeEvidence */.RQ)(evidence)})` : '';
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
            const location = (0,shared/* locationFor */.D3)(needs, access/* PER_APP_CAPABILITIES */.VP);
            findings.push({
                rule: ID,
                severity: 'high',
                message: `The job works on ${needs.apps.length} apps (${(0,shared/* listApps */.tS)(needs.apps)}) but this ${token} is confined to ${(0,words/* plural */.LS)(granted, 'app')}: the steps for the others would fail.`,
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
            if (typeof location === 'string' && !(0,token_shape/* looksLikeToken */.NM)(location, token_shape/* TOKEN_SHAPE */.y0.fragment)) {
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
        const notBefore = (0,time/* parseInstant */.nV)(inspection.notBefore);
        if (notBefore === null)
            return [];
        const wait = notBefore.getTime() - now.getTime();
        if (wait <= NOT_BEFORE_GRACE_MS)
            return [];
        return [
            {
                rule: 'not-yet-valid',
                severity: 'high',
                message: `The token only becomes valid on ${(0,time/* formatDate */.Yq)(notBefore.toISOString())} (in ${(0,time/* formatSpan */.QA)(wait)}): until then Fly rejects it and flyctl calls fail.`,
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
            ? `a user token bundled with ${(0,words/* plural */.LS)(inspection.macaroonCount, 'org macaroon')}, as \`fly auth token\` prints it`
            : 'a personal user token (from `fly auth login`, `fly auth token` or the dashboard)';
        const rec = (0,rules_fix/* recommendToken */.Q6)(context.needs, inspection, (0,rules_fix/* fixOptionsFrom */.yT)(context));
        const instead = rec.basis === 'needs'
            ? ` ${(0,words/* capitalize */.ZH)((0,rules_fix/* describeRecommendation */.Jr)(rec))} would do for this job.`
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

;// CONCATENATED MODULE: ./lib/rules/token/unknown-needs.js


const unknown_needs_ID = 'unknown-needs';
const unknownNeeds = {
    id: unknown_needs_ID,
    defaultSeverity: 'low',
    title: 'What the job does with the token cannot all be seen',
    help: 'Part of what the job does with its Fly token is out of sight: a script that is not in the ' +
        'checkout, a program or container handed the token (`node deploy.js`, `docker run -e ' +
        'FLY_API_TOKEN`), an action this guard does not know, an AI agent with shell access. The ' +
        'token cannot be judged against what cannot be seen, so the check never passes silently: ' +
        'declare what the job needs with the `needs` and `apps` inputs.',
    check(context) {
        const unseen = (0,needs_text/* unseenUses */.ho)(context.needs);
        if (unseen.length === 0)
            return [];
        const needs = context.needs;
        const example = [
            `\`needs: ${needs.capabilities.length > 0 ? needs.capabilities.join(', ') : 'deploy'}\``,
            `\`apps: ${needs.apps.length > 0 ? needs.apps.join(', ') : '<APP>'}\``
        ].join(' and ');
        return [
            {
                rule: unknown_needs_ID,
                severity: 'low',
                message: `This job needs ${(0,needs_text/* seenNeeds */.pd)(needs)}; could not see: ${(0,needs_text/* listUnseen */.PT)(unseen)}. ` +
                    'The token cannot be judged against what it does there.',
                ...(unseen[0] ? { location: unseen[0].location } : {}),
                fix: (0,types/* advice */.v9)(`Declare what the job needs in the guard step (for example ${example}), ` +
                    'adding what the unseen steps do; declared needs are judged as given.')
            }
        ];
    }
};

;// CONCATENATED MODULE: ./lib/rules/token/index.js











const offlineTokenRules = [
    personalToken,
    broaderThanNeeded,
    missingCapability,
    unknownNeeds,
    expired,
    notYetValid,
    expiringSoon,
    excessiveLifetime,
    malformedToken,
    tokenFormatting,
    missingDischarge
];

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


/***/ })

};
;