"use strict";
exports.id = 791;
exports.ids = [791,96];
exports.modules = {

/***/ 9096:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createFlyDispatcher: () => (/* binding */ createFlyDispatcher)
/* harmony export */ });
/* unused harmony exports DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_HEADERS_TIMEOUT_MS, DEFAULT_BODY_TIMEOUT_MS */
/* harmony import */ var undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(883);
/* harmony import */ var undici_lib_dispatcher_env_http_proxy_agent_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3137);
/* harmony import */ var undici_lib_api_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6615);
/* harmony import */ var _proxy_environment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7081);




Object.assign(undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_0__.prototype, undici_lib_api_index_js__WEBPACK_IMPORTED_MODULE_2__);
const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
const DEFAULT_HEADERS_TIMEOUT_MS = 15_000;
const DEFAULT_BODY_TIMEOUT_MS = 15_000;
/** A dispatcher for `verifyOnline`; the caller owns it and closes it when done. */
function createFlyDispatcher(options = {}) {
    const proxyOverrides = {};
    if (options.httpProxy !== undefined)
        proxyOverrides.httpProxy = options.httpProxy;
    if (options.httpsProxy !== undefined)
        proxyOverrides.httpsProxy = options.httpsProxy;
    if (options.noProxy !== undefined)
        proxyOverrides.noProxy = options.noProxy;
    (0,_proxy_environment_js__WEBPACK_IMPORTED_MODULE_3__/* .assertUsableProxyEnvironment */ .oM)(process.env, proxyOverrides);
    try {
        return withoutExperimentalNotice(() => new undici_lib_dispatcher_env_http_proxy_agent_js__WEBPACK_IMPORTED_MODULE_1__({
            ...proxyOverrides,
            connect: { timeout: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS },
            headersTimeout: options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS,
            bodyTimeout: options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS
        }));
    }
    catch {
        // A proxy value undici refuses for a reason not foreseen above: undici's own message
        // ("Invalid URL") names neither the variable nor the problem.
        throw new _proxy_environment_js__WEBPACK_IMPORTED_MODULE_3__/* .ProxyEnvironmentError */ .c2([]);
    }
}
/**
 * undici 6 marks EnvHttpProxyAgent experimental (it is stable in 7) with a one-time process
 * warning on construction; that notice is noise in a job log, every other warning still shows.
 */
function withoutExperimentalNotice(make) {
    const emitWarning = process.emitWarning;
    process.emitWarning = ((warning, ...rest) => {
        const options = rest[0];
        if (typeof options === 'object' && options?.code === 'UNDICI-EHPA')
            return;
        Reflect.apply(emitWarning, process, [warning, ...rest]);
    });
    try {
        return make();
    }
    finally {
        process.emitWarning = emitWarning;
    }
}


/***/ }),

/***/ 1791:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_CONCURRENCY: () => (/* binding */ DEFAULT_CONCURRENCY),
  DEFAULT_FLY_API_URL: () => (/* binding */ DEFAULT_FLY_API_URL),
  DEFAULT_FLY_GRAPHQL_URL: () => (/* binding */ DEFAULT_FLY_GRAPHQL_URL),
  DEFAULT_TIMEOUT_MS: () => (/* binding */ DEFAULT_TIMEOUT_MS),
  onlineToken: () => (/* binding */ onlineToken),
  resolveAppIds: () => (/* binding */ resolveAppIds),
  verifyOnline: () => (/* binding */ verifyOnline)
});

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
;// CONCATENATED MODULE: ./lib/fly/authorization.js
// Builds the Authorization headers Fly expects from whatever the user pasted, the way flyctl does:
// macaroons go as `FlyV1 <macaroons>`, user tokens (fo1_, legacy) as `Bearer <token>`.
const MACAROON_LABELS = new Set(['fm1r', 'fm1a', 'fm2']);
const SCHEME = /^(?:flyv1|bearer)\s+/i;
const BARE_SCHEME = /^(?:flyv1|bearer)$/i;
/** Visible ASCII only: anything else cannot travel in an HTTP header. */
const HEADER_SAFE_PIECE = /^[\x21-\x7e]+$/;
/** Trims and strips any leading `FlyV1 ` / `Bearer ` schemes, nested ones included. */
function stripAuthorizationScheme(input) {
    let rest = input.trim();
    while (SCHEME.test(rest))
        rest = rest.replace(SCHEME, '').trim();
    // A scheme with nothing after it ("FlyV1 " trimmed) carries no token.
    return BARE_SCHEME.test(rest) ? '' : rest;
}
/**
 * The headers for `input` (a token, a bundle, or a full `FlyV1 ...` header), or null when nothing
 * sendable is left: empty input, or characters a header cannot carry.
 */
function flyAuthorization(input) {
    const pieces = stripAuthorizationScheme(input)
        .split(',')
        .map(piece => piece.trim())
        .filter(piece => piece !== '');
    if (pieces.length === 0 || !pieces.every(piece => HEADER_SAFE_PIECE.test(piece)))
        return null;
    const macaroons = pieces.filter(piece => MACAROON_LABELS.has(piece.split('_', 1)[0] ?? ''));
    const userTokens = pieces.filter(piece => !macaroons.includes(piece));
    if (macaroons.length === 0) {
        const bearer = `Bearer ${userTokens.join(',')}`;
        return { machines: bearer, graphql: bearer, macaroons: false };
    }
    return {
        machines: `FlyV1 ${macaroons.join(',')}`,
        graphql: `FlyV1 ${[...macaroons, ...userTokens].join(',')}`,
        macaroons: true
    };
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./lib/io/read-capped.js
var read_capped = __webpack_require__(8854);
// EXTERNAL MODULE: ./lib/fly/sanitize.js
var sanitize = __webpack_require__(4598);
;// CONCATENATED MODULE: ./lib/fly/http.js
// One HTTP exchange with Fly: sends, retries what is worth retrying within the overall deadline,
// reads a bounded body, parses JSON when it is JSON, and turns every failure into a short
// token-free reason. Never throws.



const DEFAULT_RETRY_POLICY = {
    maxAttempts: 4,
    baseDelayMs: 250,
    maxDelayMs: 4000,
    random: Math.random
};
/** Fly's answers are a few hundred bytes; a body past this is a failure, never parsed. */
const MAX_BODY_BYTES = 1024 * 1024;
/** Answers worth asking again: Fly overloaded or rate limiting. Never another 4xx. */
const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
/** Connections that failed or dropped before an answer: nothing was said about the token. */
const RETRY_ERROR_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT'
]);
const RESPONSE_TOO_LARGE = 'FTG_RESPONSE_TOO_LARGE';
/**
 * Sends `request`, and again after a pause while the answer is a 429/5xx or the connection
 * failed, as long as the pause (Retry-After, else jittered backoff) ends before the deadline.
 */
async function flyHttp(context, request) {
    for (let attempt = 1;; attempt += 1) {
        const result = await sendOnce(context, request, attempt);
        const delay = retryDelay(result, attempt, context);
        if (delay === undefined)
            return result;
        try {
            await (0,promises_.setTimeout)(delay, undefined, { signal: context.signal });
        }
        catch {
            return failure(context, new Error('aborted'), attempt);
        }
    }
}
/** Milliseconds to wait before attempt `attempt + 1`, or undefined to stop with `result`. */
function retryDelay(result, attempt, context) {
    if (attempt >= context.retry.maxAttempts || context.signal.aborted)
        return undefined;
    let delay;
    if (result.kind === 'response') {
        if (!RETRY_STATUSES.has(result.status))
            return undefined;
        delay = parseRetryAfter(result.headers['retry-after']) ?? backoffDelay(attempt, context.retry);
    }
    else {
        if (result.code === undefined || !RETRY_ERROR_CODES.has(result.code))
            return undefined;
        delay = backoffDelay(attempt, context.retry);
    }
    // Waiting past the deadline would only turn a real answer into a timeout.
    return Date.now() + delay < context.deadline ? delay : undefined;
}
async function sendOnce(context, request, attempts) {
    const headers = {
        authorization: request.authorization,
        'user-agent': context.userAgent,
        accept: 'application/json'
    };
    if (request.body !== undefined)
        headers['content-type'] = 'application/json';
    try {
        const response = await untilAborted(context.dispatcher.request({
            origin: request.url.origin,
            path: `${request.url.pathname}${request.url.search}`,
            method: request.method,
            headers,
            body: request.body ?? null,
            signal: context.signal
        }), context.signal);
        const text = await readBody(response.body);
        return {
            kind: 'response',
            status: response.statusCode,
            headers: response.headers,
            text,
            json: parseJson(text),
            attempts
        };
    }
    catch (error) {
        return failure(context, error, attempts);
    }
}
/**
 * The request's answer, or its signal's abort, whichever comes first. undici leaves a request
 * waiting on a proxy's answer to CONNECT unaborted by its signal (and its connect timeout ends
 * before CONNECT is sent), so a proxy that accepts and never answers held the run past its
 * deadline, without end. The request left behind ends when the dispatcher is destroyed.
 */
function untilAborted(pending, signal) {
    pending.catch(() => undefined);
    if (signal.aborted)
        return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        const settle = () => signal.removeEventListener('abort', onAbort);
        pending.then(value => {
            settle();
            resolve(value);
        }, (error) => {
            settle();
            reject(error);
        });
    });
}
function failure(context, error, attempts) {
    const timedOut = context.deadlineSignal.aborted;
    const code = error?.code;
    return {
        kind: 'failure',
        reason: describeFailure(error, context, timedOut),
        timedOut,
        attempts,
        ...(typeof code === 'string' ? { code } : {})
    };
}
async function readBody(body) {
    try {
        return await (0,read_capped/* readCapped */.EF)(body, MAX_BODY_BYTES);
    }
    catch (error) {
        if (error instanceof read_capped/* TooLargeError */.qB) {
            throw Object.assign(new Error('response body too large'), { code: RESPONSE_TOO_LARGE });
        }
        throw error;
    }
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** Milliseconds to wait for a Retry-After value (delta-seconds or HTTP date); undefined if absent or unreadable. */
function parseRetryAfter(value, nowMs = Date.now()) {
    const raw = (Array.isArray(value) ? value[0] : value)?.trim();
    if (!raw)
        return undefined;
    if (/^\d+$/.test(raw))
        return Number(raw) * 1000;
    // An HTTP date names its day and month; anything else ("-5", "1.5") is not one.
    if (!/[A-Za-z]{3}/.test(raw))
        return undefined;
    const at = Date.parse(raw);
    if (Number.isNaN(at))
        return undefined;
    return Math.max(0, at - nowMs);
}
/** "Equal jitter": half the exponential step fixed, half random, so retries never bunch at 0 ms. */
function backoffDelay(retry, policy) {
    const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
    return Math.round(step / 2 + policy.random() * (step / 2));
}
const FAILURE_PHRASES = {
    ECONNRESET: 'the connection was reset',
    UND_ERR_SOCKET: 'the connection closed before the response was complete',
    EPIPE: 'the connection was closed while sending',
    ECONNREFUSED: 'the connection was refused',
    ENOTFOUND: 'the host name could not be resolved',
    EAI_AGAIN: 'the host name could not be resolved (DNS timeout)',
    ETIMEDOUT: 'the connection timed out',
    ENETUNREACH: 'the network is unreachable',
    EHOSTUNREACH: 'the host is unreachable',
    UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
    UND_ERR_HEADERS_TIMEOUT: 'no response arrived in time',
    UND_ERR_BODY_TIMEOUT: 'the response body stalled',
    [RESPONSE_TOO_LARGE]: 'the response was too large',
    CERT_HAS_EXPIRED: "the server's TLS certificate has expired",
    DEPTH_ZERO_SELF_SIGNED_CERT: "the server's TLS certificate is not trusted",
    SELF_SIGNED_CERT_IN_CHAIN: "the server's TLS certificate is not trusted",
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the server's TLS certificate is not trusted"
};
function describeFailure(error, context, timedOut) {
    if (timedOut)
        return `timed out after ${formatSeconds(context.timeoutMs)}`;
    if (context.signal.aborted)
        return 'cancelled';
    const code = error?.code;
    if (typeof code === 'string' && FAILURE_PHRASES[code])
        return FAILURE_PHRASES[code];
    if (typeof code === 'string' && /^ERR_SSL_|^ERR_TLS_|CERT/.test(code)) {
        return `the TLS handshake failed (${(0,sanitize/* sanitizeDetail */.HC)(code, context.secrets, 60)})`;
    }
    // Unknown failures: keep undici's words (a proxy refusing CONNECT, say), made safe.
    const message = error instanceof Error ? error.message : String(error);
    const label = typeof code === 'string' ? code : error instanceof Error ? error.name : 'error';
    return `network error (${(0,sanitize/* sanitizeDetail */.HC)(label, context.secrets, 40)}): ${(0,sanitize/* sanitizeDetail */.HC)(message, context.secrets, 120)}`;
}
function formatSeconds(ms) {
    const seconds = ms / 1000;
    return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

;// CONCATENATED MODULE: ./lib/fly/graphql.js
// A GraphQL query against Fly, read tolerantly: Fly answers errors with HTTP 200 and an `errors`
// list, or (UNVERIFIED) with 401; both spellings of "not authenticated" count as a rejection.


const UNAUTHENTICATED_TEXT = /must be authenticated|not authenticated|unauthenticated/i;
const UNAUTHENTICATED_CODES = new Set(['UNAUTHENTICATED', 'UNAUTHORIZED_TOKEN']);
async function graphqlQuery(context, url, authorization, query, variables = {}) {
    const result = await flyHttp(context, {
        url,
        method: 'POST',
        authorization,
        body: JSON.stringify({ query, variables })
    });
    if (result.kind === 'failure') {
        return { kind: 'failure', reason: result.reason, attempts: result.attempts };
    }
    const { status, attempts } = result;
    const body = asRecord(result.json);
    const errors = readErrors(body?.errors, context.secrets);
    const unauthenticated = errors.find(error => UNAUTHENTICATED_TEXT.test(error.message) || UNAUTHENTICATED_CODES.has(error.code ?? ''));
    // A 401 counts only with a JSON body: an HTML 401 is not Fly's GraphQL API speaking.
    if ((status === 401 && body) || (unauthenticated && !hasAnyData(body?.data))) {
        const message = unauthenticated?.message ?? errors[0]?.message ?? flyErrorText(result.json, context.secrets);
        return { kind: 'unauthenticated', message, status, attempts };
    }
    if (status >= 500) {
        return {
            kind: 'failure',
            reason: `HTTP ${status}${afterAttempts(attempts)}`,
            status,
            attempts
        };
    }
    if (!body) {
        return {
            kind: 'failure',
            reason: `the response was not JSON (HTTP ${status})`,
            status,
            attempts
        };
    }
    const data = asRecord(body.data);
    if (!data && errors.length === 0) {
        return {
            kind: 'failure',
            reason: `the response had neither data nor errors (HTTP ${status})`,
            status,
            attempts
        };
    }
    return { kind: 'data', data: data ?? {}, errors, status, attempts };
}
/** Fly's error text from a JSON error body (`{"error": ...}` or GraphQL `errors`), sanitized. */
function flyErrorText(json, secrets) {
    const body = asRecord(json);
    if (!body)
        return '';
    for (const key of ['error', 'message', 'errors']) {
        const value = body[key];
        if (typeof value === 'string')
            return (0,sanitize/* sanitizeDetail */.HC)(value, secrets, 160);
        if (key === 'errors') {
            const first = readErrors(value, secrets)[0];
            if (first)
                return first.message;
        }
    }
    return '';
}
function afterAttempts(attempts) {
    return attempts > 1 ? ` after ${attempts} attempts` : '';
}
function asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}
function readErrors(value, secrets) {
    if (!Array.isArray(value))
        return [];
    return value.flatMap(item => {
        const record = asRecord(item);
        if (!record || typeof record.message !== 'string')
            return [];
        const error = { message: (0,sanitize/* sanitizeDetail */.HC)(record.message, secrets, 160) };
        const code = asRecord(record.extensions)?.code;
        if (typeof code === 'string')
            error.code = code;
        const field = Array.isArray(record.path) ? record.path[0] : undefined;
        if (typeof field === 'string')
            error.path = field;
        return [error];
    });
}
function hasAnyData(data) {
    const record = asRecord(data);
    return record !== undefined && Object.values(record).some(value => value != null);
}

;// CONCATENATED MODULE: ./lib/fly/checks.js



const VIEWER_FIELD = 'viewer { __typename ... on User { id email } ... on Macaroon { email } }';
const APP_FIELDS = 'name internalNumericId organization { internalNumericId slug name }';
const APP_QUERY = `query FlyTokenGuardApp($name: String!) { app(name: $name) { ${APP_FIELDS} } }`;
const ORGANIZATIONS_QUERY = 'query FlyTokenGuardOrganizations { organizations { nodes { internalNumericId slug name } } }';
/**
 * One GraphQL request: `viewer` (a `User` for user tokens, a `Macaroon` for macaroons) and, for
 * each needed app, `app(name:)`, so the ids arrive in the same round as the Machines answer.
 */
async function askIdentity(context, endpoints, authorization, apps) {
    const variables = Object.fromEntries(apps.map((app, i) => [`app${i}`, app]));
    const declared = apps.map((_, i) => `$app${i}: String!`).join(', ');
    const appFields = apps.map((_, i) => ` app${i}: app(name: $app${i}) { ${APP_FIELDS} }`).join('');
    const query = `query FlyTokenGuardCheck${declared ? `(${declared})` : ''} { ${VIEWER_FIELD}${appFields} }`;
    const result = await graphqlQuery(context, endpoints.graphql, authorization.graphql, query, variables);
    const facts = new Map();
    if (result.kind === 'data') {
        apps.forEach((app, i) => {
            const found = graphqlAppFacts(result.data[`app${i}`], context);
            if (found)
                facts.set(app, found);
        });
    }
    return { viewer: readViewer(result, context), apps: facts };
}
function readViewer(result, context) {
    if (result.kind === 'failure') {
        return unverified(`Could not ask Fly's GraphQL API who the token is: ${result.reason}.`, result.reason, result);
    }
    if (result.kind === 'unauthenticated') {
        const said = result.message ? `: ${result.message.replace(/\.$/, '')}` : '';
        return {
            outcome: 'rejected',
            detail: `Fly's GraphQL API does not accept the token (HTTP ${result.status}${said}).`,
            httpStatus: result.status,
            attempts: result.attempts
        };
    }
    const viewer = asRecord(result.data.viewer);
    if (!viewer) {
        const own = result.errors.find(error => error.path === undefined || error.path === 'viewer');
        const why = own?.message ?? 'no viewer in the response';
        return unverified(`Fly's GraphQL API did not say who the token is (${why}).`, why, result);
    }
    const type = viewer.__typename;
    // Only the two identities Fly gives a token count as knowing it; anything else is not an answer.
    if (type !== 'User' && type !== 'Macaroon') {
        const why = 'the viewer in the response is neither a User nor a Macaroon';
        return unverified(`Fly's GraphQL API did not say who the token is (${why}).`, why, result);
    }
    const check = {
        outcome: 'confirmed',
        detail: type === 'User' ? 'Fly knows the token as a user.' : 'Fly knows the token as a macaroon.',
        viewerType: type,
        httpStatus: result.status,
        attempts: result.attempts
    };
    if (typeof viewer.email === 'string')
        check.email = (0,sanitize/* sanitizeDetail */.HC)(viewer.email, context.secrets, 120);
    return check;
}
/**
 * `GET /v1/apps/{name}`: 200 with the app (accepted), 401 (rejected), 403/404 (not this token's
 * app; which of the two Fly sends is UNVERIFIED). Matching against the token is `withAppFacts`.
 */
async function checkApp(context, endpoints, authorization, app) {
    const result = await flyHttp(context, {
        url: endpointUrl(endpoints.api, `/v1/apps/${encodeURIComponent(app)}`),
        method: 'GET',
        authorization: authorization.machines
    });
    const base = { app, idMatchesToken: null, orgMatchesToken: null };
    const notChecked = (why) => ({
        ...base,
        ...unverified(`Could not check app ${app}: ${why}.`, why, result)
    });
    if (result.kind === 'failure')
        return notChecked(result.reason);
    const { status } = result;
    const said = flySaid(result, context);
    const http = { httpStatus: status, attempts: result.attempts };
    // Fly speaks JSON objects; an HTML page or a bare value is a proxy, portal or wrong URL talking.
    const body = asRecord(result.json);
    if (!body && status < 500) {
        return notChecked(`the response was not a JSON object (HTTP ${status})`);
    }
    if (status === 401) {
        return {
            ...base,
            ...http,
            outcome: 'rejected',
            detail: `Fly rejected the token (HTTP 401${said}).`
        };
    }
    if (status === 403) {
        const detail = `Fly refused this token access to app ${app} (HTTP 403${said}).`;
        return { ...base, ...http, outcome: 'forbidden', detail };
    }
    if (status === 404) {
        const detail = `Fly found no app ${app} that this token can see (HTTP 404${said}).`;
        return { ...base, ...http, outcome: 'not-found', detail };
    }
    const organization = asRecord(body?.organization);
    if (status !== 200 || !body || !isAppNamed(body, app) || !organization) {
        const why = status === 200
            ? 'the answer is not the app (no matching name and organization)'
            : `HTTP ${status}${afterAttempts(result.attempts)}${said}`;
        return notChecked(why);
    }
    const check = { ...base, ...http, outcome: 'confirmed', detail: '' };
    setIfText(check, 'appId', numericId(body.internal_numeric_id));
    setIfText(check, 'orgId', numericId(organization.internal_numeric_id));
    setIfText(check, 'orgSlug', checks_text(organization.slug, context));
    setIfText(check, 'orgName', checks_text(organization.name, context));
    return check;
}
/**
 * A confirmed app check completed with what GraphQL told (ids the Machines API left out) and
 * compared with the token's own app and org ids.
 */
function withAppFacts(check, facts, token) {
    if (check.outcome !== 'confirmed')
        return check;
    const done = { ...check };
    for (const key of ['appId', 'orgId', 'orgSlug', 'orgName']) {
        if (done[key] === undefined)
            setIfText(done, key, facts?.[key]);
    }
    done.idMatchesToken =
        done.appId !== undefined && token.appIds.length > 0 ? token.appIds.includes(done.appId) : null;
    done.orgMatchesToken =
        done.orgId !== undefined && token.orgIds.length > 0 ? token.orgIds.includes(done.orgId) : null;
    done.detail = describeConfirmedApp(done);
    return done;
}
/** The numeric id of one app by name, or undefined when Fly would not say. */
async function lookupAppId(context, endpoints, authorization, app) {
    const result = await flyHttp(context, {
        url: endpointUrl(endpoints.api, `/v1/apps/${encodeURIComponent(app)}`),
        method: 'GET',
        authorization: authorization.machines
    });
    if (result.kind === 'response' && result.status === 200) {
        const id = numericId(asRecord(result.json)?.internal_numeric_id);
        if (id !== undefined)
            return id;
    }
    const graphql = await graphqlQuery(context, endpoints.graphql, authorization.graphql, APP_QUERY, {
        name: app
    });
    if (graphql.kind !== 'data')
        return undefined;
    return numericId(asRecord(graphql.data.app)?.internalNumericId);
}
/** GraphQL `organizations`: the orgs the token may read (org-level queries fail for deploy tokens). */
async function listOrganizations(context, endpoints, authorization) {
    const result = await graphqlQuery(context, endpoints.graphql, authorization.graphql, ORGANIZATIONS_QUERY);
    if (result.kind === 'failure') {
        const listing = {
            kind: 'unavailable',
            detail: `could not list organizations: ${result.reason}`,
            attempts: result.attempts
        };
        if (result.status !== undefined)
            listing.httpStatus = result.status;
        return listing;
    }
    if (result.kind === 'unauthenticated') {
        const said = result.message ? `: ${result.message.replace(/\.$/, '')}` : '';
        return {
            kind: 'rejected',
            detail: `Fly's GraphQL API does not accept the token (HTTP ${result.status}${said})`,
            httpStatus: result.status,
            attempts: result.attempts
        };
    }
    const nodes = asRecord(result.data.organizations)?.nodes;
    if (!Array.isArray(nodes)) {
        const why = result.errors[0]?.message ?? 'no organizations in the response';
        return {
            kind: 'unavailable',
            detail: `Fly would not list organizations for this token (${why})`,
            httpStatus: result.status,
            attempts: result.attempts
        };
    }
    const orgs = nodes.flatMap(node => {
        const record = asRecord(node);
        const id = numericId(record?.internalNumericId);
        if (!record || id === undefined)
            return [];
        const org = { id };
        setIfText(org, 'slug', checks_text(record.slug, context));
        setIfText(org, 'name', checks_text(record.name, context));
        return [org];
    });
    return { kind: 'listed', orgs };
}
/**
 * What is known of each org id of the token: from the org listing when it was asked for, else
 * from a needed app's owner. An org nobody asked about is left out, not reported as unverified.
 */
function orgChecks(orgIds, listing, apps) {
    return orgIds.flatMap(orgId => {
        if (listing?.kind === 'listed') {
            const listed = listing.orgs.find(org => org.id === orgId);
            if (listed) {
                const check = {
                    orgId,
                    outcome: 'confirmed',
                    detail: '',
                    source: 'organizations'
                };
                setIfText(check, 'slug', listed.slug);
                setIfText(check, 'name', listed.name);
                check.detail = `Organization ${orgId} is ${describeOrg(check.slug, check.name)}.`;
                return [check];
            }
        }
        const owner = apps.find(app => app.outcome === 'confirmed' && app.orgId === orgId);
        if (owner) {
            const check = { orgId, outcome: 'confirmed', detail: '', source: 'app' };
            setIfText(check, 'slug', owner.orgSlug);
            setIfText(check, 'name', owner.orgName);
            check.detail = `Organization ${orgId} is ${describeOrg(check.slug, check.name)} (owner of app ${owner.app}).`;
            return [check];
        }
        if (listing === undefined)
            return [];
        if (listing.kind === 'rejected') {
            return [{ orgId, outcome: 'rejected', detail: `${listing.detail}.`, ...httpOf(listing) }];
        }
        const why = listing.kind === 'listed'
            ? 'Fly did not list it among the organizations this token may read'
            : listing.detail;
        const check = {
            orgId,
            outcome: 'unverified',
            detail: `The slug of organization ${orgId} is unknown: ${why}.`,
            reason: why,
            ...(listing.kind === 'listed' ? {} : httpOf(listing))
        };
        return [check];
    });
}
/**
 * Fly's word on the token from every check of one round: the one value `valid`, `invalid-token`
 * and the summary all read. A definite "no" anywhere wins (the token fails where it was refused);
 * otherwise a positive answer in Fly's own shape; otherwise nothing is known.
 */
function acceptanceOf(checks) {
    if (checks.some(check => check.outcome === 'rejected'))
        return 'rejected';
    return checks.some(check => check.outcome === 'confirmed') ? 'accepted' : 'unknown';
}
/** A check for when nothing could be asked at all (bad URL, unusable token text). */
function notAsked(detail, reason) {
    return { outcome: 'unverified', detail, reason };
}
function endpointUrl(base, path) {
    const url = new URL(base.href);
    url.pathname = `${url.pathname.replace(/\/+$/, '')}${path}`;
    url.search = '';
    return url;
}
/** `GET /v1/apps/{name}` answers `{id, name, status, organization{...}}` for the app asked. */
function isAppNamed(body, app) {
    return typeof body.name === 'string' && body.name.toLowerCase() === app.toLowerCase();
}
function graphqlAppFacts(value, context) {
    const app = asRecord(value);
    if (!app)
        return undefined;
    const organization = asRecord(app.organization);
    const facts = {};
    setIfText(facts, 'appId', numericId(app.internalNumericId));
    setIfText(facts, 'orgId', numericId(organization?.internalNumericId));
    setIfText(facts, 'orgSlug', checks_text(organization?.slug, context));
    setIfText(facts, 'orgName', checks_text(organization?.name, context));
    return facts;
}
function describeConfirmedApp(check) {
    const id = check.appId !== undefined ? ` (id ${check.appId})` : '';
    const org = check.orgSlug !== undefined || check.orgName !== undefined || check.orgId !== undefined
        ? ` in organization ${describeOrg(check.orgSlug, check.orgName, check.orgId)}`
        : '';
    return `Fly shows app ${check.app}${id}${org}.`;
}
function describeOrg(slug, name, id) {
    const label = slug ?? name ?? (id !== undefined ? id : 'unknown');
    return name !== undefined && slug !== undefined && name !== slug ? `${label} (${name})` : label;
}
function flySaid(result, context) {
    const said = flyErrorText(result.json, context.secrets).replace(/\.$/, '');
    return said ? `: ${said}` : '';
}
/** "Could not tell", with the HTTP status when there was an answer (a Fly or GraphQL result). */
function unverified(detail, reason, result) {
    const check = { outcome: 'unverified', detail, reason, attempts: result.attempts };
    if (result.status !== undefined)
        check.httpStatus = result.status;
    return check;
}
function httpOf(listing) {
    return listing.httpStatus !== undefined
        ? { httpStatus: listing.httpStatus, attempts: listing.attempts }
        : { attempts: listing.attempts };
}
/** A decimal id from a JSON number or digit string; undefined otherwise. */
function numericId(value) {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)
        return String(value);
    if (typeof value === 'string' && /^\d{1,20}$/.test(value))
        return value;
    return undefined;
}
function checks_text(value, context) {
    return typeof value === 'string' && value !== ''
        ? (0,sanitize/* sanitizeDetail */.HC)(value, context.secrets, 100)
        : undefined;
}
function setIfText(target, key, value) {
    if (value !== undefined)
        target[key] = value;
}

// EXTERNAL MODULE: ./lib/fly/concurrency.js
var concurrency = __webpack_require__(8166);
// EXTERNAL MODULE: ./lib/fly/dispatcher.js
var fly_dispatcher = __webpack_require__(9096);
// EXTERNAL MODULE: ./lib/fly/url-policy.js
var url_policy = __webpack_require__(8627);
// EXTERNAL MODULE: ./lib/fly/version.js
var version = __webpack_require__(529);
// EXTERNAL MODULE: ./lib/io/deadline.js
var io_deadline = __webpack_require__(5010);
;// CONCATENATED MODULE: ./lib/fly/verify.js
// The online half of a check: asks Fly whether it accepts the token, who it is, whether it sees
// the apps the job needs and what its orgs are called, in one round of concurrent requests under
// one overall deadline. Nothing here throws, and every detail is token-free.









const DEFAULT_FLY_API_URL = 'https://api.machines.dev';
const DEFAULT_FLY_GRAPHQL_URL = 'https://api.fly.io/graphql';
const DEFAULT_TIMEOUT_MS = 30_000;
/** Requests in flight at once for per-app work: a dozen apps are checked in one round. */
const DEFAULT_CONCURRENCY = 16;
/** The token's org and app ids as the offline decode gave them. */
function onlineToken(input, inspection) {
    return { input, orgIds: [...inspection.orgIds], appIds: [...inspection.appIds] };
}
async function verifyOnline(options) {
    const started = performance.now();
    const apps = [...new Set(options.apps)];
    const orgIds = [...new Set(options.token.orgIds)];
    const setup = prepare(options, options.token.input);
    if (setup.kind === 'unusable') {
        const check = notAsked(setup.detail, setup.reason);
        return {
            acceptance: 'unknown',
            viewer: { ...check },
            apps: apps.map(app => ({ ...check, app, idMatchesToken: null, orgMatchesToken: null })),
            orgs: [],
            elapsedMs: Math.round(performance.now() - started)
        };
    }
    const { context, endpoints, authorization, release } = setup;
    try {
        const token = { orgIds, appIds: options.token.appIds };
        // One round: each needed app from the Machines API (200 accepted, 401 rejected, 403/404 not
        // this token's app) and one GraphQL request for who the token is and the apps' ids; the org
        // listing only when no app check can name the token's orgs.
        const [identity, machinesApps, listing] = await Promise.all([
            askIdentity(context, endpoints, authorization, apps),
            (0,concurrency/* mapWithConcurrency */.W)(apps, options.concurrency ?? DEFAULT_CONCURRENCY, app => checkApp(context, endpoints, authorization, app)),
            apps.length === 0 && orgIds.length > 0
                ? listOrganizations(context, endpoints, authorization)
                : Promise.resolve(undefined)
        ]);
        const { viewer } = identity;
        const appChecks = machinesApps.map(check => withAppFacts(check, identity.apps.get(check.app), token));
        const orgs = orgChecks(orgIds, listing, appChecks);
        return {
            acceptance: acceptanceOf([viewer, ...appChecks, ...orgs]),
            viewer,
            apps: appChecks.map(app => withOrgSlugMatch(app, orgIds, orgs)),
            orgs,
            elapsedMs: Math.round(performance.now() - started)
        };
    }
    finally {
        await release();
    }
}
/**
 * Fly's numeric id for each app name the token can see (Machines API `internal_numeric_id`, else
 * GraphQL `app.internalNumericId`). Names Fly would not resolve are left out. Never throws.
 */
async function resolveAppIds(names, options) {
    const resolved = new Map();
    const setup = prepare(options, options.token.input);
    if (setup.kind === 'unusable')
        return resolved;
    const { context, endpoints, authorization, release } = setup;
    try {
        const unique = [...new Set(names)];
        const ids = await (0,concurrency/* mapWithConcurrency */.W)(unique, options.concurrency ?? DEFAULT_CONCURRENCY, name => lookupAppId(context, endpoints, authorization, name));
        unique.forEach((name, index) => {
            const id = ids[index];
            if (id !== undefined)
                resolved.set(name, id);
        });
        return resolved;
    }
    finally {
        await release();
    }
}
function prepare(options, input) {
    const authorization = flyAuthorization(input);
    if (!authorization) {
        const reason = 'the token is empty or has characters an HTTP header cannot carry';
        return { kind: 'unusable', detail: `Not checked online: ${reason}.`, reason };
    }
    // Checked before anything is sent: a token never travels in clear text to another host.
    const api = (0,url_policy/* checkFlyUrl */.T)(options.flyApiUrl ?? DEFAULT_FLY_API_URL);
    if (!api.ok)
        return refusedUrl('fly-api-url', api.problem);
    const graphql = (0,url_policy/* checkFlyUrl */.T)(options.flyGraphqlUrl ?? DEFAULT_FLY_GRAPHQL_URL);
    if (!graphql.ok)
        return refusedUrl('fly-graphql-url', graphql.problem);
    const deadline = options.deadline ?? (0,io_deadline/* startDeadline */.d)(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const signal = options.signal
        ? AbortSignal.any([deadline.signal, options.signal])
        : deadline.signal;
    (0,external_node_events_.setMaxListeners)(io_deadline/* SIGNAL_LISTENER_LIMIT */._, signal);
    const owned = options.dispatcher ? undefined : (0,fly_dispatcher.createFlyDispatcher)();
    const dispatcher = options.dispatcher ?? owned;
    return {
        kind: 'ready',
        authorization,
        endpoints: { api: api.url, graphql: graphql.url },
        context: {
            dispatcher,
            signal,
            deadlineSignal: deadline.signal,
            deadline: deadline.at,
            timeoutMs: deadline.timeoutMs,
            userAgent: options.userAgent ?? version/* DEFAULT_USER_AGENT */.q,
            retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
            secrets: [input, authorization.machines, authorization.graphql]
        },
        // Only what we built is ours to close; destroy, as every request has settled by now.
        release: async () => {
            await owned?.destroy().catch(() => undefined);
        }
    };
}
function refusedUrl(name, problem) {
    const reason = `${name} ${problem}`;
    return { kind: 'unusable', detail: `Not checked online: ${reason}.`, reason };
}
/**
 * When the app's org id was not told, compare its slug with the token's org slugs, only when
 * every one of them is known.
 */
function withOrgSlugMatch(app, orgIds, orgs) {
    if (app.orgMatchesToken !== null || app.orgSlug === undefined || orgIds.length === 0)
        return app;
    const slugs = orgIds.map(id => orgs.find(org => org.orgId === id)?.slug);
    if (slugs.some(slug => slug === undefined))
        return app;
    return { ...app, orgMatchesToken: slugs.includes(app.orgSlug) };
}


/***/ }),

/***/ 529:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ FLY_TOKEN_GUARD_VERSION),
/* harmony export */   q: () => (/* binding */ DEFAULT_USER_AGENT)
/* harmony export */ });
// The version sent in the User-Agent. A constant (not package.json read at runtime) because the
// bundled dist/ has no package.json next to it; a test keeps the two in step.
const FLY_TOKEN_GUARD_VERSION = '1.4.0';
const DEFAULT_USER_AGENT = `fly-token-guard/${FLY_TOKEN_GUARD_VERSION}`;


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