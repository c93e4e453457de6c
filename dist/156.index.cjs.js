"use strict";
exports.id = 156;
exports.ids = [156,636];
exports.modules = {

/***/ 636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_BOT_LOGIN: () => (/* binding */ DEFAULT_BOT_LOGIN),
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   failureFrom: () => (/* binding */ failureFrom),
/* harmony export */   httpStatusOf: () => (/* binding */ httpStatusOf),
/* harmony export */   resolveBotLogin: () => (/* binding */ resolveBotLogin)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
// The Octokit client and the failure model shared by the GitHub wrappers: a missing permission or
// an invisible resource (fork PRs get a read-only token) is a warning for the caller to log, never
// an exception that fails the run.

function isLoopback(baseUrl) {
    try {
        const host = new URL(baseUrl).hostname;
        return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
    }
    catch {
        return false;
    }
}
const createGitHubClient = (token, options = {}) => {
    const octokitOptions = {
        userAgent: options.userAgent ?? 'fly-token-guard'
    };
    if (options.baseUrl !== undefined) {
        octokitOptions.baseUrl = options.baseUrl.replace(/\/+$/, '');
        // The toolkit's default fetch routes through a proxy chosen for api.github.com; a loopback
        // server (a local stand-in) must be reached directly.
        if (isLoopback(options.baseUrl))
            octokitOptions.request = { fetch: globalThis.fetch };
    }
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, octokitOptions);
};
/** The bot behind the workflow's GITHUB_TOKEN: the author of comments and issues it writes. */
const DEFAULT_BOT_LOGIN = 'github-actions[bot]';
function hasStatus(error) {
    return (typeof error === 'object' &&
        error !== null &&
        typeof error.status === 'number');
}
function httpStatusOf(error) {
    return hasStatus(error) ? error.status : undefined;
}
/** GitHub's JSON error message (e.g. "Resource not accessible by integration"), shortened. */
function gitHubMessage(error) {
    const data = error.response?.data;
    if (typeof data === 'object' && data !== null) {
        const message = data.message;
        if (typeof message === 'string' && message.trim() !== '')
            return message.trim().slice(0, 200);
    }
    return undefined;
}
/**
 * Turns whatever a request threw into a failure result. Only GitHub's own status and message are
 * used: error objects carry request details (headers) that must not reach a log.
 */
function failureFrom(error, attempted) {
    // Octokit reports a failed connection as status 500 without a response.
    if (!hasStatus(error) || error.response === undefined) {
        return {
            ok: false,
            kind: 'error',
            reason: `Could not ${attempted}: the GitHub API is unreachable.`
        };
    }
    const status = error.status;
    const said = gitHubMessage(error);
    const answer = `GitHub answered ${status}${said === undefined ? '' : ` (${said})`}`;
    if (status === 401) {
        return {
            ok: false,
            kind: 'unauthorized',
            status,
            reason: `Could not ${attempted}: ${answer}; check the github-token input.`
        };
    }
    if (status === 403) {
        return {
            ok: false,
            kind: 'forbidden',
            status,
            reason: `Could not ${attempted}: ${answer}. The token lacks the permission ` +
                '(grant `issues: write` / `pull-requests: write`; pull requests from forks only get a read-only token).'
        };
    }
    if (status === 404) {
        return {
            ok: false,
            kind: 'not-found',
            status,
            reason: `Could not ${attempted}: ${answer}; the repository or issue is not visible to this token.`
        };
    }
    return { ok: false, kind: 'error', status, reason: `Could not ${attempted}: ${answer}.` };
}
const loginCache = new WeakMap();
/**
 * The login our writes appear under. GET /user answers for personal tokens; the workflow's
 * GITHUB_TOKEN (an installation token) gets 403 there, and writes as github-actions[bot].
 */
function resolveBotLogin(client, explicit) {
    if (explicit !== undefined && explicit.trim() !== '')
        return Promise.resolve(explicit.trim());
    let login = loginCache.get(client);
    if (login === undefined) {
        login = client.rest.users.getAuthenticated().then(response => response.data.login, () => DEFAULT_BOT_LOGIN);
        loginCache.set(client, login);
    }
    return login;
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

/***/ 4156:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveStickyComment: () => (/* binding */ resolveStickyComment),
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony export DEFAULT_RESOLVED_BODY */
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3021);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(636);
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5917);
// One pull-request comment per marker that we keep up to date instead of adding new ones. Ours is
// the comment carrying the marker AND written by our login: a marker copied into someone else's
// comment never makes us edit or delete it.



const DEFAULT_RESOLVED_BODY = '✅ **fly-token-guard**: the findings reported here are resolved.';
function invalid(params) {
    if (!(0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .isValidMarkerName */ .IP)(params.marker)) {
        return {
            ok: false,
            kind: 'error',
            reason: `Invalid comment marker "${params.marker.slice(0, 40)}": use letters, digits and ._:/- separators.`
        };
    }
    if (!Number.isInteger(params.issueNumber) || params.issueNumber < 1) {
        return { ok: false, kind: 'error', reason: 'Invalid pull request number for the PR comment.' };
    }
    return undefined;
}
async function findOurComment(client, params) {
    const login = await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.resolveBotLogin)(client, params.botLogin);
    try {
        const comments = await client.paginate(client.rest.issues.listComments, {
            owner: params.owner,
            repo: params.repo,
            issue_number: params.issueNumber,
            per_page: 100
        });
        const ours = comments.find(comment => comment.user?.login === login && (0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .hasMarker */ .xY)(comment.body, params.marker));
        return ours === undefined ? undefined : { id: ours.id, body: ours.body, url: ours.html_url };
    }
    catch (error) {
        return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.failureFrom)(error, `list the comments of #${params.issueNumber}`);
    }
}
function isFailure(value) {
    return typeof value === 'object' && value !== null && value.ok === false;
}
/**
 * Puts `body` into our existing comment: no write when it is already there, else one update
 * reported as `action`.
 */
async function rewriteOurs(client, params, ours, body, action) {
    if ((0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .sameBody */ .NZ)(ours.body, body)) {
        return { ok: true, action: 'unchanged', commentId: ours.id, url: ours.url };
    }
    try {
        const { data } = await client.rest.issues.updateComment({
            owner: params.owner,
            repo: params.repo,
            comment_id: ours.id,
            body
        });
        return { ok: true, action, commentId: data.id, url: data.html_url };
    }
    catch (error) {
        return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.failureFrom)(error, `update the fly-token-guard comment on #${params.issueNumber}`);
    }
}
/** Creates our comment, or updates it in place when its body changed; no write when identical. */
async function upsertStickyComment(client, params) {
    const bad = invalid(params);
    if (bad)
        return bad;
    const body = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateBody */ .Nz)(`${(0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .markerComment */ .wV)(params.marker)}\n${params.body}`);
    const ours = await findOurComment(client, params);
    if (isFailure(ours))
        return ours;
    if (ours !== undefined)
        return rewriteOurs(client, params, ours, body, 'updated');
    try {
        const { data } = await client.rest.issues.createComment({
            owner: params.owner,
            repo: params.repo,
            issue_number: params.issueNumber,
            body
        });
        return { ok: true, action: 'created', commentId: data.id, url: data.html_url };
    }
    catch (error) {
        return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.failureFrom)(error, `comment on #${params.issueNumber}`);
    }
}
/**
 * The findings went away: turn our comment into a short note (or delete it). Nothing to do, and
 * no write, when we never commented or the note is already there.
 */
async function resolveStickyComment(client, params) {
    const bad = invalid(params);
    if (bad)
        return bad;
    const ours = await findOurComment(client, params);
    if (isFailure(ours))
        return ours;
    if (ours === undefined)
        return { ok: true, action: 'none' };
    if (params.mode === 'delete') {
        try {
            await client.rest.issues.deleteComment({
                owner: params.owner,
                repo: params.repo,
                comment_id: ours.id
            });
            return { ok: true, action: 'deleted', commentId: ours.id };
        }
        catch (error) {
            return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.failureFrom)(error, `delete the fly-token-guard comment on #${params.issueNumber}`);
        }
    }
    const body = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateBody */ .Nz)(`${(0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .markerComment */ .wV)(params.marker)}\n${params.body ?? DEFAULT_RESOLVED_BODY}`);
    return rewriteOurs(client, params, ours, body, 'resolved');
}


/***/ })

};
;