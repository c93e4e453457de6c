"use strict";
exports.id = 168;
exports.ids = [168];
exports.modules = {

/***/ 9787:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   syncHealthIssue: () => (/* binding */ syncHealthIssue)
/* harmony export */ });
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3021);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(636);
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5917);
/* harmony import */ var _ours_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6548);
// The token-health issue: one open issue (label + hidden marker, written by us; found and written
// through ours.ts) while a token is unhealthy, edited only when the state's fingerprint changes,
// closed with a comment once healthy. A daily run over an unchanged state makes no write at all.




const DEFAULT_HEALTH_MARKER = 'health';
const LABEL_COLOR = 'd93f0b';
/** How to find our issue among the open issues with the label. */
function ourIssue(client, params, marker) {
    return {
        marker,
        ...(params.botLogin !== undefined ? { botLogin: params.botLogin } : {}),
        listing: `list the open issues labelled "${params.label}"`,
        pages: () => client.paginate.iterator(client.rest.issues.listForRepo, {
            owner: params.owner,
            repo: params.repo,
            labels: params.label,
            state: 'open',
            per_page: 100
        }),
        // The issues endpoint also lists pull requests; those are never ours to reuse.
        accept: (issue) => issue.pull_request === undefined
    };
}
/** Creates the label; "already exists" (422) is success. */
async function ensureLabel(client, params) {
    try {
        await client.rest.issues.createLabel({
            owner: params.owner,
            repo: params.repo,
            name: params.label,
            color: LABEL_COLOR,
            description: 'Fly.io token health, maintained by fly-token-guard'
        });
        return undefined;
    }
    catch (error) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_1__.httpStatusOf)(error) === 422)
            return undefined;
        return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.failureFrom)(error, `create the label "${params.label}"`);
    }
}
async function syncHealthIssue(client, params) {
    const marker = params.marker ?? DEFAULT_HEALTH_MARKER;
    if (!(0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .isValidMarkerName */ .IP)(marker)) {
        return {
            ok: false,
            kind: 'error',
            reason: `Invalid issue marker "${marker.slice(0, 40)}": use letters, digits and ._:/- separators.`
        };
    }
    if (params.label.trim() === '') {
        return { ok: false, kind: 'error', reason: 'The health issue needs a label.' };
    }
    if (!params.unhealthy) {
        const found = await (0,_ours_js__WEBPACK_IMPORTED_MODULE_3__/* .findOurs */ .ZA)(client, ourIssue(client, params, marker));
        if (!found.ok)
            return found;
        return found.ours === undefined
            ? { ok: true, action: 'none' }
            : closeIssue(client, params, found.ours);
    }
    const fingerprint = (0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .safeFingerprint */ .EP)(params.fingerprint);
    const body = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateBody */ .Nz)(`${(0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .markerComment */ .wV)(marker, fingerprint)}\n${params.body}`);
    return (0,_ours_js__WEBPACK_IMPORTED_MODULE_3__/* .upsertOurs */ .D3)(client, {
        ...ourIssue(client, params, marker),
        unchanged: ours => (0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .storedFingerprint */ .a3)(ours.body, marker) === fingerprint
            ? { ok: true, action: 'unchanged', issueNumber: ours.number, url: ours.html_url }
            : undefined,
        update: async (ours) => {
            try {
                const { data } = await client.rest.issues.update({
                    owner: params.owner,
                    repo: params.repo,
                    issue_number: ours.number,
                    title: params.title,
                    body
                });
                return { ok: true, action: 'updated', issueNumber: data.number, url: data.html_url };
            }
            catch (error) {
                return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.failureFrom)(error, `update health issue #${ours.number}`);
            }
        },
        create: async () => {
            const labelFailure = await ensureLabel(client, params);
            if (labelFailure)
                return labelFailure;
            try {
                const { data } = await client.rest.issues.create({
                    owner: params.owner,
                    repo: params.repo,
                    title: params.title,
                    body,
                    labels: [params.label]
                });
                return { ok: true, action: 'created', issueNumber: data.number, url: data.html_url };
            }
            catch (error) {
                return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.failureFrom)(error, 'open the token health issue');
            }
        }
    });
}
async function closeIssue(client, params, ours) {
    try {
        await client.rest.issues.createComment({
            owner: params.owner,
            repo: params.repo,
            issue_number: ours.number,
            body: (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateBody */ .Nz)(params.closeComment)
        });
        const { data } = await client.rest.issues.update({
            owner: params.owner,
            repo: params.repo,
            issue_number: ours.number,
            state: 'closed',
            state_reason: 'completed'
        });
        return { ok: true, action: 'closed', issueNumber: data.number, url: data.html_url };
    }
    catch (error) {
        return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.failureFrom)(error, `close health issue #${ours.number}`);
    }
}


/***/ }),

/***/ 5917:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EP: () => (/* binding */ safeFingerprint),
/* harmony export */   IP: () => (/* binding */ isValidMarkerName),
/* harmony export */   NZ: () => (/* binding */ sameBody),
/* harmony export */   a3: () => (/* binding */ storedFingerprint),
/* harmony export */   wV: () => (/* binding */ markerComment),
/* harmony export */   xY: () => (/* binding */ hasMarker)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
// Hidden HTML-comment markers that let us find our own comment or issue again, and carry the
// fingerprint of the state an issue body describes.

const PREFIX = 'fly-token-guard:';
const MARKER_NAME = /^[A-Za-z0-9]+(?:[._:/-][A-Za-z0-9]+)*$/;
const SAFE_FINGERPRINT = /^[A-Za-z0-9._:-]{1,128}$/;
function isValidMarkerName(marker) {
    return MARKER_NAME.test(marker);
}
/** `<!-- fly-token-guard:<marker> -->`, or with ` fingerprint=<fp>` before the closing. */
function markerComment(marker, fingerprint) {
    const state = fingerprint === undefined ? '' : ` fingerprint=${safeFingerprint(fingerprint)}`;
    return `<!-- ${PREFIX}${marker}${state} -->`;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
function markerPattern(marker) {
    return new RegExp(`<!-- ${escapeRegExp(PREFIX + marker)}(?: fingerprint=([A-Za-z0-9._:-]+))? -->`);
}
function hasMarker(body, marker) {
    return typeof body === 'string' && markerPattern(marker).test(body);
}
/** The fingerprint stored in our marker, or undefined when there is no marker or no fingerprint. */
function storedFingerprint(body, marker) {
    if (typeof body !== 'string')
        return undefined;
    return markerPattern(marker).exec(body)?.[1];
}
/** Fingerprints go into HTML comments: anything beyond a plain id is stored as its hash. */
function safeFingerprint(fingerprint) {
    if (SAFE_FINGERPRINT.test(fingerprint))
        return fingerprint;
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(fingerprint).digest('hex').slice(0, 40)}`;
}
/** GitHub may hand a body back with CRLF line ends or trailing blanks; compare without them. */
function sameBody(a, b) {
    const normalize = (text) => text.replace(/\r\n/g, '\n').trimEnd();
    return typeof a === 'string' && normalize(a) === normalize(b);
}


/***/ }),

/***/ 6548:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ upsertOurs),
/* harmony export */   ZA: () => (/* binding */ findOurs)
/* harmony export */ });
/* unused harmony export MAX_LISTING_PAGES */
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(636);
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5917);
/* harmony import */ var _pages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9983);



/** Pages read while looking for ours (100 items each): far more than a real listing needs. */
const MAX_LISTING_PAGES = 10;
/** Finds our item; a failure (refused, unreachable, past the deadline or the page cap) says why. */
async function findOurs(client, params) {
    const login = await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.resolveBotLogin)(client, params.botLogin);
    // A listing entry that is not an object (a misbehaving server) is nobody's.
    const isOurs = (item) => typeof item === 'object' &&
        item !== null &&
        item.user?.login === login &&
        (0,_marker_js__WEBPACK_IMPORTED_MODULE_1__/* .hasMarker */ .xY)(item.body, params.marker) &&
        (params.accept?.(item) ?? true);
    try {
        const listing = await (0,_pages_js__WEBPACK_IMPORTED_MODULE_2__/* .readListing */ .v)(params.pages(), MAX_LISTING_PAGES, isOurs);
        if (listing.capped) {
            const why = listing.looped
                ? 'GitHub pointed back to a page already read (a loop)'
                : `GitHub listed more than ${MAX_LISTING_PAGES} pages`;
            return {
                ok: false,
                kind: 'error',
                reason: `Could not ${params.listing}: ${why}; stopped there without finding ours, and wrote nothing.`
            };
        }
        return { ok: true, ours: listing.items.find(isOurs) };
    }
    catch (error) {
        return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.failureFrom)(error, params.listing);
    }
}
/** Finds ours, then leaves it, updates it or creates it. */
async function upsertOurs(client, params) {
    const found = await findOurs(client, params);
    if (!found.ok)
        return found;
    if (found.ours === undefined)
        return params.create();
    return params.unchanged(found.ours) ?? params.update(found.ours);
}


/***/ })

};
;