"use strict";
exports.id = 746;
exports.ids = [746,636];
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

/***/ 746:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listPullRequestFiles: () => (/* binding */ listPullRequestFiles)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(636);

/** GitHub lists at most 3000 files of a pull request. */
const MAX_PAGES = 30;
async function listPullRequestFiles(client, params) {
    try {
        const files = [];
        let page = 0;
        for await (const response of client.paginate.iterator(client.rest.pulls.listFiles, {
            owner: params.owner,
            repo: params.repo,
            pull_number: params.pullNumber,
            per_page: 100
        })) {
            for (const file of response.data) {
                files.push({ filename: file.filename, status: file.status, patch: file.patch });
            }
            if (++page >= MAX_PAGES)
                break;
        }
        return { ok: true, files };
    }
    catch (error) {
        return {
            ok: false,
            reason: (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.failureFrom)(error, `list the files of pull request #${params.pullNumber}`).reason
        };
    }
}


/***/ })

};
;