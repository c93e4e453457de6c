"use strict";
exports.id = 787;
exports.ids = [787,636,168];
exports.modules = {

/***/ 636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_BOT_LOGIN: () => (/* binding */ DEFAULT_BOT_LOGIN),
/* harmony export */   DeadlinePassed: () => (/* binding */ DeadlinePassed),
/* harmony export */   LeftApiOrigin: () => (/* binding */ LeftApiOrigin),
/* harmony export */   MAX_RESPONSE_BYTES: () => (/* binding */ MAX_RESPONSE_BYTES),
/* harmony export */   RedirectNotFollowed: () => (/* binding */ RedirectNotFollowed),
/* harmony export */   ResponseTooLarge: () => (/* binding */ ResponseTooLarge),
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   failureFrom: () => (/* binding */ failureFrom),
/* harmony export */   gitHubMessage: () => (/* binding */ gitHubMessage),
/* harmony export */   httpStatusOf: () => (/* binding */ httpStatusOf),
/* harmony export */   resolveBotLogin: () => (/* binding */ resolveBotLogin)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2270);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2094);
/* harmony import */ var _io_deadline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5010);
/* harmony import */ var _io_read_capped_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8854);
/* harmony import */ var _token_scrub_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8094);
/* harmony import */ var _fly_url_policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8627);
/* harmony import */ var _pages_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9983);








const DEFAULT_DEADLINE_MS = 30_000;
/**
 * Answers a retry cannot change: every 4xx but 408 (timeout) and 429 (rate limit, which the
 * throttling plugin waits out). plugin-retry's own list leaves out 409 ("Git Repository is
 * empty", the tree of every empty repository in an audit), which it retried three times.
 */
const DO_NOT_RETRY = Array.from({ length: 100 }, (_, i) => 400 + i).filter(status => status !== 408 && status !== 429);
/** plugin-retry waits (tries so far)\u00b2 \u00d7 this before its next try. */
const RETRY_BASE_MS = 1000;
/** Rate-limit waits honoured per request (each only if it ends before the deadline). */
const MAX_RATE_LIMIT_RETRIES = 2;
/** A request the run's deadline stopped (before sending, or in flight). */
class DeadlinePassed extends Error {
    constructor() {
        super("the run's deadline (timeout-seconds) passed");
        this.name = 'DeadlinePassed';
    }
}
/** A request (a `rel=next` page) aimed away from the API's origin: never sent. */
class LeftApiOrigin extends Error {
    constructor() {
        super('GitHub pointed to another host, which was not contacted');
        this.name = 'LeftApiOrigin';
    }
}
/** A redirect without a usable Location, or one too many (a loop): not followed, never retried. */
class RedirectNotFollowed extends Error {
    constructor() {
        super('GitHub answered with a redirect that was not followed');
        this.name = 'RedirectNotFollowed';
    }
}
/** GitHub answers this run reads are far smaller (a page of 100 issues or comments). */
const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
/** An answer larger than MAX_RESPONSE_BYTES: read no further. */
class ResponseTooLarge extends Error {
    constructor() {
        super(`GitHub's answer was larger than ${MAX_RESPONSE_BYTES / (1024 * 1024)} MiB and was not read`);
        this.name = 'ResponseTooLarge';
    }
}
const CAPPED = Symbol('capped fetch');
/** Statuses whose response cannot carry a body. */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Redirects followed per request (GitHub sends one, for a renamed or moved repository). */
const MAX_REDIRECTS = 5;
/**
 * `fetchImpl` that follows redirects only within the API's origin (a redirect elsewhere would
 * carry the request's body, a comment or an issue, to another host: it throws LeftApiOrigin
 * instead; a loop, or a redirect without a usable Location, throws RedirectNotFollowed), and whose
 * answers are read whole, up to MAX_RESPONSE_BYTES (an endless body ends).
 */
function confined(fetchImpl, origin) {
    if (fetchImpl[CAPPED])
        return fetchImpl;
    const wrapped = async (input, init = {}) => {
        // fetch leaves its listener on the signal until the request is garbage-collected (and lowers
        // the signal's listener limit to 1,500): on the run's one deadline, a long audit would pile
        // them up and print Node's leak warning. Each request gets its own signal, tied to the
        // deadline only while it runs.
        const outer = init.signal ?? undefined;
        const own = new AbortController();
        const relay = () => own.abort(outer?.reason);
        if (outer?.aborted)
            own.abort(outer.reason);
        else
            outer?.addEventListener('abort', relay, { once: true });
        try {
            return await confinedFetch(input, { ...init, signal: own.signal });
        }
        finally {
            outer?.removeEventListener('abort', relay);
        }
    };
    const confinedFetch = async (input, init) => {
        let url = input instanceof Request ? input.url : String(input);
        let hopInit = { ...init, redirect: 'manual' };
        let response = await fetchImpl(url, hopInit);
        for (let hops = 0; REDIRECT_STATUSES.has(response.status); hops++) {
            await response.body?.cancel();
            const location = response.headers.get('location');
            // (An empty Location is the request's own URL: a loop, like any other.)
            if (location === null || !URL.canParse(location, url))
                throw new RedirectNotFollowed();
            const target = new URL(location, url);
            if (target.origin !== origin)
                throw new LeftApiOrigin();
            if (hops === MAX_REDIRECTS)
                throw new RedirectNotFollowed();
            // As fetch does: 303, and 301/302 after a POST, are asked again as a GET without body.
            const method = (hopInit.method ?? 'GET').toUpperCase();
            const asGet = (response.status === 303 && method !== 'HEAD') ||
                ((response.status === 301 || response.status === 302) && method === 'POST');
            if (asGet)
                hopInit = { ...hopInit, method: 'GET', body: undefined };
            url = target.href;
            response = await fetchImpl(url, hopInit);
        }
        if (!response.body || NULL_BODY_STATUSES.has(response.status))
            return response;
        let body;
        try {
            // Stopping the read early cancels the body: nothing more is read.
            body = await (0,_io_read_capped_js__WEBPACK_IMPORTED_MODULE_2__/* .readCappedBytes */ .Lo)(response.body, MAX_RESPONSE_BYTES);
        }
        catch (error) {
            throw error instanceof _io_read_capped_js__WEBPACK_IMPORTED_MODULE_2__/* .TooLargeError */ .qB ? new ResponseTooLarge() : error;
        }
        const whole = new Response(body, {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers
        });
        Object.defineProperty(whole, 'url', { value: url });
        return whole;
    };
    return Object.assign(wrapped, { [CAPPED]: true });
}
/**
 * Binds every request to the deadline: its signal goes on each try, no try starts after it, and
 * no retry is planned whose wait would end past it. Registered before plugin-retry, so its error
 * hook runs first and can take the retry away. Requests also never leave the API's origin (a
 * `rel=next` link elsewhere would carry the token there, a redirect elsewhere the body), and no
 * answer is read past MAX_RESPONSE_BYTES.
 */
function boundedBy(deadline, origin) {
    return (octokit) => {
        octokit.hook.before('request', options => {
            if (deadline.signal.aborted)
                throw new DeadlinePassed();
            if (new URL(options.url, origin).origin !== origin) {
                throw new LeftApiOrigin();
            }
            // Octokit hands every request the client's one default `request` object: a copy keeps
            // one request's retry count from carrying over to the next.
            options.request = {
                ...options.request,
                signal: deadline.signal,
                fetch: confined(options.request.fetch ?? globalThis.fetch, origin)
            };
        });
        octokit.hook.error('request', (error, options) => {
            const tries = Number(options.request.retryCount ?? 0);
            // A connection that failed outright (refused, reset) gets one more try; a 5xx answer gets
            // plugin-retry's three.
            // An answer too large, or a redirect away or not followable, is the same again: no more tries.
            const answered = 'response' in error && error.response !== undefined;
            const late = Date.now() + (tries + 1) ** 2 * RETRY_BASE_MS >= deadline.at;
            const final = error.cause instanceof ResponseTooLarge ||
                error.cause instanceof LeftApiOrigin ||
                error.cause instanceof RedirectNotFollowed;
            if (late || final || (!answered && tries >= 1))
                options.request.retries = tries;
            throw error;
        });
    };
}
function waitFits(deadline) {
    return (retryAfterSeconds, _options, _octokit, retryCount) => retryCount < MAX_RATE_LIMIT_RETRIES && Date.now() + retryAfterSeconds * 1000 < deadline.at;
}
function createGitHubClient(token, options = {}) {
    const deadline = options.deadline ?? (0,_io_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .startDeadline */ .d)(DEFAULT_DEADLINE_MS);
    const baseUrl = (options.baseUrl ?? process.env.GITHUB_API_URL)?.replace(/\/+$/, '') || undefined;
    const origin = new URL(baseUrl ?? 'https://api.github.com').origin;
    const octokitOptions = {
        userAgent: 'fly-token-guard',
        retry: { doNotRetry: DO_NOT_RETRY },
        // Clients of one GitHub share the plugin's pacing (one write a second); another server
        // (GitHub Enterprise, a local stand-in) is paced on its own.
        throttle: {
            id: origin,
            onRateLimit: waitFits(deadline),
            onSecondaryRateLimit: waitFits(deadline)
        }
    };
    if (baseUrl !== undefined) {
        octokitOptions.baseUrl = baseUrl;
        // The toolkit's default fetch routes through a proxy chosen for api.github.com; a loopback
        // server (a local stand-in) must be reached directly.
        if ((0,_fly_url_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .isLoopbackHost */ .c)(new URL(baseUrl).hostname))
            octokitOptions.request = { fetch: globalThis.fetch };
    }
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, octokitOptions, boundedBy(deadline, origin), _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_6__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_7__/* .throttling */ .A);
}
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
/** GitHub's token shapes (classic, OAuth, user-to-server, server-to-server, refresh, fine-grained). */
const GITHUB_TOKEN_SHAPE = /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g;
/**
 * GitHub's JSON error message (e.g. "Resource not accessible by integration"), on one line,
 * shortened, and without anything shaped like a GitHub or Fly token: a hostile or broken API
 * server could echo the request's credentials, and the message reaches logs and reports.
 */
function gitHubMessage(error, maxLength = 200) {
    if (!hasStatus(error))
        return undefined;
    const data = error.response?.data;
    if (typeof data !== 'object' || data === null)
        return undefined;
    const message = data.message;
    if (typeof message !== 'string')
        return undefined;
    const oneLine = (0,_token_scrub_js__WEBPACK_IMPORTED_MODULE_3__/* .scrubTokenForms */ .gD)(message.replace(GITHUB_TOKEN_SHAPE, '[redacted]'))
        .replace(/\s+/g, ' ')
        .trim();
    return oneLine === '' ? undefined : oneLine.slice(0, maxLength);
}
/** Whether `error` or what caused it (Octokit wraps what fetch threw) passes `test`. */
function causedBy(error, test) {
    for (let e = error, depth = 0; e instanceof Error && depth < 4; depth++) {
        if (test(e))
            return true;
        e = e.cause;
    }
    return false;
}
/** The deadline's own error, or the abort it caused in fetch (possibly wrapped by Octokit). */
function stoppedByDeadline(error) {
    return causedBy(error, e => e instanceof DeadlinePassed || e.name === 'AbortError' || e.name === 'TimeoutError');
}
/**
 * Turns whatever a request threw into a failure result. Only GitHub's own status and message are
 * used: error objects carry request details (headers) that must not reach a log.
 */
function failureFrom(error, attempted) {
    const fail = (kind, why, status) => ({
        ok: false,
        kind,
        reason: `Could not ${attempted}: ${why}`,
        ...(status === undefined ? {} : { status })
    });
    if (causedBy(error, e => e instanceof LeftApiOrigin)) {
        return fail('error', `${new LeftApiOrigin().message}.`);
    }
    if (causedBy(error, e => e instanceof RedirectNotFollowed)) {
        return fail('error', `${new RedirectNotFollowed().message}.`);
    }
    if (causedBy(error, e => e instanceof ResponseTooLarge)) {
        return fail('error', `${new ResponseTooLarge().message}.`);
    }
    if (causedBy(error, e => e instanceof _pages_js__WEBPACK_IMPORTED_MODULE_4__/* .NotAListing */ .f)) {
        return fail('error', `${new _pages_js__WEBPACK_IMPORTED_MODULE_4__/* .NotAListing */ .f().message}.`);
    }
    if (stoppedByDeadline(error)) {
        return fail('timeout', "GitHub did not answer before the run's deadline (timeout-seconds).");
    }
    // Octokit reports a failed connection as status 500 without a response.
    if (!hasStatus(error) || error.response === undefined) {
        return fail('error', 'the GitHub API is unreachable.');
    }
    const status = error.status;
    const said = gitHubMessage(error);
    const answer = `GitHub answered ${status}${said === undefined ? '' : ` (${said})`}`;
    if (status === 401)
        return fail('unauthorized', `${answer}; check the github-token input.`, status);
    if (status === 403) {
        return fail('forbidden', `${answer}. The token lacks the permission ` +
            '(grant `issues: write` / `pull-requests: write`; pull requests from forks only get a read-only token).', status);
    }
    if (status === 404) {
        return fail('not-found', `${answer}; the repository or issue is not visible to this token.`, status);
    }
    return fail('error', `${answer}.`, status);
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


/***/ }),

/***/ 9983:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ NotAListing),
/* harmony export */   v: () => (/* binding */ readListing)
/* harmony export */ });
// A GitHub listing read page by page (Octokit's `paginate.iterator`) up to a cap on pages and on
// items, since a listing can be far longer than any real one, endless, or loop back on itself. The
// caller keeps its own caps and says what an incomplete listing means for it.
/** A page whose body is not a list (a misbehaving server or proxy): the listing is unknown. */
class NotAListing extends Error {
    constructor() {
        super("GitHub's answer to a listing was not a list");
        this.name = 'NotAListing';
    }
}
function nextLink(link) {
    return /<([^>]*)>\s*;\s*rel="next"/.exec(link ?? '')?.[1];
}
/**
 * The items of at most `maxPages` pages (and `maxItems` items), stopping early after the first
 * item `until` accepts. Throws NotAListing when a page is not a list.
 */
async function readListing(pages, maxPages, until, maxItems = Number.POSITIVE_INFINITY) {
    const items = [];
    const asked = new Set();
    let read = 0;
    for await (const page of pages) {
        if (!Array.isArray(page.data))
            throw new NotAListing();
        for (const item of page.data) {
            if (items.length >= maxItems)
                return { items, capped: true };
            items.push(item);
            if (until?.(item) === true)
                return { items, capped: false };
        }
        const next = nextLink(page.headers.link);
        if (next === undefined)
            break;
        if (asked.has(next))
            return { items, capped: true, looped: true };
        asked.add(next);
        if (++read >= maxPages)
            return { items, capped: true };
    }
    return { items, capped: false };
}


/***/ }),

/***/ 8854:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EF: () => (/* binding */ readCapped),
/* harmony export */   Lo: () => (/* binding */ readCappedBytes),
/* harmony export */   qB: () => (/* binding */ TooLargeError)
/* harmony export */ });
// Reads a stream from outside (standard input, Fly and GitHub bodies) to its end, refusing more
// than a byte limit: anything larger is a mistake or hostile, and is never held in memory.
// (`node:stream/consumers` reads to the end without a limit.)
/** The stream held more than `limit` bytes: reading stopped there. */
class TooLargeError extends Error {
    limit;
    constructor(limit) {
        super(`more than ${limit} bytes`);
        this.limit = limit;
    }
}
/** The stream's text; throws TooLargeError past `limit` bytes, and the stream's own errors. */
async function readCapped(stream, limit) {
    return (await readCappedBytes(stream, limit)).toString('utf8');
}
/** The stream's bytes; throws TooLargeError past `limit` bytes, and the stream's own errors. */
async function readCappedBytes(stream, limit) {
    const chunks = [];
    let size = 0;
    // Leaving the loop ends the iteration, which destroys a Node stream: nothing more is read.
    for await (const chunk of stream) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        size += bytes.length;
        if (size > limit)
            throw new TooLargeError(limit);
        chunks.push(bytes);
    }
    return Buffer.concat(chunks);
}


/***/ })

};
;