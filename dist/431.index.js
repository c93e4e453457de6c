export const id = 431;
export const ids = [431];
export const modules = {

/***/ 431:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheckMode: () => (/* binding */ runCheckMode)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 20 modules
var core = __webpack_require__(3218);
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

;// CONCATENATED MODULE: ./lib/fly/retry.js
const DEFAULT_RETRY_POLICY = {
    maxAttempts: 4,
    baseDelayMs: 250,
    maxDelayMs: 4000,
    maxRetryAfterMs: 10_000,
    retryStatuses: [408, 429, 500, 502, 503, 504],
    retryErrorCodes: [
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
    ],
    maxBodyBytes: 1024 * 1024,
    random: Math.random
};
const RESPONSE_TOO_LARGE = 'FTG_RESPONSE_TOO_LARGE';
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
function retryInterceptor(overrides = {}) {
    const policy = { ...DEFAULT_RETRY_POLICY, ...overrides };
    return dispatch => {
        const retrying = (opts, handler) => {
            new RetryingDispatch(dispatch, opts, handler, policy).start();
            return true;
        };
        return retrying;
    };
}
/** One logical request: the controller handed downstream, over however many attempts it takes. */
class RetryingDispatch {
    #dispatch;
    #opts;
    #handler;
    #policy;
    #state;
    #attempt = 0;
    #inner;
    #timer;
    #finished = false;
    #aborted = false;
    #paused = false;
    #reason = null;
    constructor(dispatch, opts, handler, policy) {
        const { flyRetry, ...rest } = opts;
        this.#dispatch = dispatch;
        this.#opts = rest;
        this.#handler = handler;
        this.#policy = policy;
        this.#state = flyRetry ?? { attempts: 0 };
    }
    get aborted() {
        return this.#aborted;
    }
    get paused() {
        return this.#paused;
    }
    get reason() {
        return this.#reason;
    }
    // Bodies are delivered whole from a buffer, so pausing has nothing to hold back.
    pause() {
        this.#paused = true;
    }
    resume() {
        this.#paused = false;
    }
    abort(reason) {
        if (this.#finished)
            return;
        this.#aborted = true;
        this.#reason = reason;
        clearTimeout(this.#timer);
        const inner = this.#inner;
        this.#inner = undefined;
        this.#finish({ kind: 'error', error: reason });
        inner?.abort(reason);
    }
    start() {
        this.#handler.onRequestStart?.(this, { retry: this.#state });
        if (!this.#finished)
            this.#attemptOnce();
    }
    #attemptOnce() {
        this.#attempt += 1;
        this.#state.attempts = this.#attempt;
        const attempt = this.#attempt;
        const collected = {
            kind: 'response',
            status: 0,
            statusMessage: '',
            headers: {},
            chunks: [],
            trailers: {}
        };
        let size = 0;
        const settle = (outcome) => {
            if (attempt !== this.#attempt || this.#finished)
                return;
            this.#inner = undefined;
            this.#settle(outcome);
        };
        const inner = {
            onRequestStart: controller => {
                if (this.#finished)
                    controller.abort(this.#reason ?? new Error('aborted'));
                else
                    this.#inner = controller;
            },
            onResponseStart: (_controller, status, headers, statusMessage) => {
                collected.status = status;
                collected.headers = headers;
                collected.statusMessage = statusMessage ?? '';
            },
            onResponseData: (controller, chunk) => {
                size += chunk.length;
                if (size > this.#policy.maxBodyBytes) {
                    const tooLarge = Object.assign(new Error('response body too large'), {
                        code: RESPONSE_TOO_LARGE
                    });
                    controller.abort(tooLarge);
                    return;
                }
                collected.chunks.push(chunk);
            },
            onResponseEnd: (_controller, trailers) => settle({ ...collected, trailers }),
            onResponseError: (_controller, error) => settle({ kind: 'error', error })
        };
        try {
            this.#dispatch(this.#opts, inner);
        }
        catch (error) {
            settle({ kind: 'error', error: error instanceof Error ? error : new Error(String(error)) });
        }
    }
    #settle(outcome) {
        const delay = this.#retryDelay(outcome);
        if (delay === undefined) {
            this.#finish(outcome);
            return;
        }
        this.#timer = setTimeout(() => {
            this.#timer = undefined;
            if (!this.#finished)
                this.#attemptOnce();
        }, delay);
    }
    /** How long to wait before the next attempt, or undefined to stop with this outcome. */
    #retryDelay(outcome) {
        if (this.#attempt >= this.#policy.maxAttempts || !this.#replayable())
            return undefined;
        let delay;
        if (outcome.kind === 'response') {
            if (!this.#policy.retryStatuses.includes(outcome.status))
                return undefined;
            const retryAfter = parseRetryAfter(outcome.headers['retry-after']);
            if (retryAfter !== undefined)
                this.#state.retryAfterMs = retryAfter;
            delay =
                retryAfter !== undefined
                    ? Math.min(retryAfter, this.#policy.maxRetryAfterMs)
                    : backoffDelay(this.#attempt, this.#policy);
        }
        else {
            const code = outcome.error.code;
            if (typeof code !== 'string' || !this.#policy.retryErrorCodes.includes(code)) {
                return undefined;
            }
            delay = backoffDelay(this.#attempt, this.#policy);
        }
        const deadline = this.#state.deadline;
        // Waiting past the deadline would only turn a real answer into a timeout.
        if (deadline !== undefined && Date.now() + delay >= deadline)
            return undefined;
        return delay;
    }
    #replayable() {
        const { body, method, idempotent } = this.#opts;
        const bodyReplayable = body == null || typeof body === 'string' || body instanceof Uint8Array;
        return bodyReplayable && (method === 'GET' || method === 'HEAD' || idempotent === true);
    }
    #finish(outcome) {
        if (this.#finished)
            return;
        this.#finished = true;
        if (outcome.kind === 'error') {
            this.#handler.onResponseError?.(this, outcome.error);
            return;
        }
        this.#handler.onResponseStart?.(this, outcome.status, outcome.headers, outcome.statusMessage);
        const body = Buffer.concat(outcome.chunks);
        if (body.length > 0)
            this.#handler.onResponseData?.(this, body);
        this.#handler.onResponseEnd?.(this, outcome.trailers);
    }
}

;// CONCATENATED MODULE: ./lib/fly/sanitize.js
// Makes text from the outside world (Fly's error bodies, network error messages) safe to show:
// no token, no fragment of one, no proxy credentials, bounded length.
const DETAIL_MAX_LENGTH = 200;
/** Fragments this long or longer of a secret must never survive. */
const SECRET_FRAGMENT_LENGTH = 8;
const REDACTED = '[redacted]';
/** UUIDs (token identities `<uuid>@tokens.fly.io`, request ids) are hashes, not secrets. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Raw input beyond this is never looked at: Fly's error texts are short. */
const INPUT_CAP = 4000;
const TOKEN_LIKE = [
    // A scheme and whatever follows it.
    /\b(?:FlyV1|Bearer)\s+\S+/gi,
    // Labelled tokens, even when cut short.
    /\b(?:fm1r|fm1a|fm2|fo1)_[A-Za-z0-9+/=_-]*/gi,
    // Long base64-ish runs (macaroon bodies, legacy tokens, other people's secrets).
    /[A-Za-z0-9+/_-]{32,}={0,2}/g,
    // Credentials in URLs (a proxy URL in a network error).
    /(?<=\/\/)[^/\s@]+@/g
];
/**
 * Text safe to put in a detail or finding: every stretch that shares 8+ characters with one of
 * `secrets` is cut, token-looking runs are cut, whitespace is collapsed, and the result is at
 * most `maxLength` characters.
 */
function sanitizeDetail(text, secrets = [], maxLength = DETAIL_MAX_LENGTH) {
    let clean = collapseWhitespace(String(text).slice(0, INPUT_CAP));
    clean = redactSecretFragments(clean, secrets);
    for (const pattern of TOKEN_LIKE) {
        clean = clean.replace(pattern, match => (UUID.test(match) ? match : REDACTED));
    }
    clean = clean.replace(/(?:\[redacted\][\s,;:]*){2,}/g, `${REDACTED} `).trim();
    return truncate(clean, maxLength);
}
/** Control characters and runs of whitespace become one space (no newlines into logs). */
function collapseWhitespace(text) {
    let out = '';
    for (const char of text) {
        const code = char.codePointAt(0) ?? 0;
        const blank = code < 0x20 || code === 0x7f || /\s/.test(char);
        if (!blank)
            out += char;
        else if (!out.endsWith(' '))
            out += ' ';
    }
    return out;
}
/** Cuts `text` to `maxLength` characters, marking the cut with an ellipsis. */
function truncate(text, maxLength) {
    if (text.length <= maxLength)
        return text;
    return `${text.slice(0, Math.max(0, maxLength - 1)).trimEnd()}…`;
}
/** Whether `text` contains any `length`-character (or longer) fragment of `secret`. */
function containsSecretFragment(text, secret, length = SECRET_FRAGMENT_LENGTH) {
    if (secret.length < length)
        return secret !== '' && text.includes(secret);
    const windows = windowsOf(secret, length);
    for (let i = 0; i + length <= text.length; i += 1) {
        if (windows.has(text.slice(i, i + length)))
            return true;
    }
    return false;
}
/**
 * Any common substring of 8+ characters is made of 8-character windows that all occur in the
 * secret, so cutting the union of matching windows removes every such fragment.
 */
function redactSecretFragments(text, secrets) {
    const covered = new Uint8Array(text.length);
    for (const secret of secrets) {
        if (secret.length < SECRET_FRAGMENT_LENGTH)
            continue;
        const windows = windowsOf(secret, SECRET_FRAGMENT_LENGTH);
        for (let i = 0; i + SECRET_FRAGMENT_LENGTH <= text.length; i += 1) {
            if (windows.has(text.slice(i, i + SECRET_FRAGMENT_LENGTH))) {
                covered.fill(1, i, i + SECRET_FRAGMENT_LENGTH);
            }
        }
    }
    let out = '';
    for (let i = 0; i < text.length; i += 1) {
        if (covered[i] === 1) {
            if (i === 0 || covered[i - 1] !== 1)
                out += REDACTED;
        }
        else {
            out += text[i];
        }
    }
    return out;
}
function windowsOf(secret, length) {
    const windows = new Set();
    for (let i = 0; i + length <= secret.length; i += 1)
        windows.add(secret.slice(i, i + length));
    return windows;
}

;// CONCATENATED MODULE: ./lib/fly/http.js


/** Upper bound on a body we read, for dispatchers without our retry interceptor. */
const MAX_BODY_BYTES = 1024 * 1024;
async function http_flyHttp(context, request) {
    const state = { deadline: context.deadline, attempts: 0 };
    const headers = {
        authorization: request.authorization,
        'user-agent': context.userAgent,
        accept: 'application/json'
    };
    if (request.body !== undefined)
        headers['content-type'] = 'application/json';
    const options = {
        origin: request.url.origin,
        path: `${request.url.pathname}${request.url.search}`,
        method: request.method,
        headers,
        body: request.body ?? null,
        signal: context.signal,
        // Every request we send is a read (GraphQL queries included), so replaying is safe.
        idempotent: true,
        flyRetry: state
    };
    try {
        const response = await context.dispatcher.request(options);
        const text = await readBody(response.body);
        const result = {
            kind: 'response',
            status: response.statusCode,
            headers: response.headers,
            text,
            json: parseJson(text),
            attempts: Math.max(1, state.attempts)
        };
        if (state.retryAfterMs !== undefined)
            result.retryAfterMs = state.retryAfterMs;
        return result;
    }
    catch (error) {
        const timedOut = context.deadlineSignal.aborted;
        return {
            kind: 'failure',
            reason: describeFailure(error, context, timedOut),
            timedOut,
            attempts: Math.max(1, state.attempts)
        };
    }
}
async function readBody(body) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        size += buffer.length;
        if (size > MAX_BODY_BYTES) {
            body.destroy();
            throw Object.assign(new Error('response body too large'), { code: RESPONSE_TOO_LARGE });
        }
        chunks.push(buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
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
        return `the TLS handshake failed (${sanitizeDetail(code, context.secrets, 60)})`;
    }
    // Unknown failures: keep undici's words (a proxy refusing CONNECT, say), made safe.
    const message = error instanceof Error ? error.message : String(error);
    const label = typeof code === 'string' ? code : error instanceof Error ? error.name : 'error';
    return `network error (${sanitizeDetail(label, context.secrets, 40)}): ${sanitizeDetail(message, context.secrets, 120)}`;
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
async function graphql_graphqlQuery(context, url, authorization, query, variables = {}) {
    const result = await http_flyHttp(context, {
        url,
        method: 'POST',
        authorization,
        body: JSON.stringify({ query, variables })
    });
    if (result.kind === 'failure') {
        return { kind: 'failure', reason: result.reason, attempts: result.attempts };
    }
    const { status, attempts } = result;
    const body = graphql_asRecord(result.json);
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
    const data = graphql_asRecord(body.data);
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
    const body = graphql_asRecord(json);
    if (!body)
        return '';
    for (const key of ['error', 'message', 'errors']) {
        const value = body[key];
        if (typeof value === 'string')
            return sanitizeDetail(value, secrets, 160);
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
function graphql_asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}
function readErrors(value, secrets) {
    if (!Array.isArray(value))
        return [];
    return value.flatMap(item => {
        const record = graphql_asRecord(item);
        if (!record || typeof record.message !== 'string')
            return [];
        const error = { message: sanitizeDetail(record.message, secrets, 160) };
        const code = graphql_asRecord(record.extensions)?.code;
        if (typeof code === 'string')
            error.code = code;
        return [error];
    });
}
function hasAnyData(data) {
    const record = graphql_asRecord(data);
    return record !== undefined && Object.values(record).some(value => value != null);
}

;// CONCATENATED MODULE: ./lib/fly/checks.js



const VIEWER_QUERY = 'query FlyTokenGuardViewer { viewer { __typename ... on User { id email } ... on Macaroon { email } } }';
const APP_QUERY = 'query FlyTokenGuardApp($name: String!) { app(name: $name) { name internalNumericId organization { internalNumericId slug name } } }';
const ORGANIZATIONS_QUERY = 'query FlyTokenGuardOrganizations { organizations { nodes { internalNumericId slug name } } }';
/** `GET /v1/apps?org_slug=`: any authenticated token gets 400 (slug missing); a bad one gets 401. */
async function checkAccepted(context, endpoints, authorization) {
    const result = await http_flyHttp(context, {
        url: endpointUrl(endpoints.api, '/v1/apps', 'org_slug='),
        method: 'GET',
        authorization: authorization.machines
    });
    if (result.kind === 'failure') {
        return unverified(`Could not reach Fly's Machines API: ${result.reason}.`, result.reason, result);
    }
    const { status } = result;
    const said = flySaid(result, context);
    // Only a JSON body is Fly speaking; an HTML page is a proxy, portal or wrong URL talking.
    if (result.json === undefined && status < 500) {
        const reason = `the response was not JSON (HTTP ${status})`;
        return unverified(`Fly's Machines API gave a response that is not JSON (HTTP ${status}).`, reason, result);
    }
    if (status === 400 || status === 200) {
        return withHttp({ outcome: 'confirmed', detail: 'Fly accepted the token.' }, result);
    }
    if (status === 401) {
        return withHttp({ outcome: 'rejected', detail: `Fly rejected the token (HTTP 401${said}).` }, result);
    }
    if (status === 403) {
        const detail = `Fly authenticated the token but refused to list apps (HTTP 403${said}).`;
        return withHttp({ outcome: 'forbidden', detail }, result);
    }
    const reason = `HTTP ${status}${afterAttempts(result.attempts)}${said}`;
    return unverified(`Fly's Machines API answered ${reason}, which says nothing about the token.`, reason, result);
}
/** GraphQL `viewer`: a `User` for user tokens, a `Macaroon` for macaroons. */
async function checkViewer(context, endpoints, authorization) {
    const result = await graphql_graphqlQuery(context, endpoints.graphql, authorization.graphql, VIEWER_QUERY);
    if (result.kind === 'failure') {
        return graphqlUnverified(`Could not ask Fly's GraphQL API who the token is: ${result.reason}.`, result.reason, result);
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
    const viewer = graphql_asRecord(result.data.viewer);
    if (!viewer) {
        const why = result.errors[0]?.message ?? 'no viewer in the response';
        return graphqlUnverified(`Fly's GraphQL API did not say who the token is (${why}).`, why, result);
    }
    const check = {
        outcome: 'confirmed',
        detail: 'Fly knows the token.',
        httpStatus: result.status,
        attempts: result.attempts
    };
    const type = viewer.__typename;
    if (type === 'User' || type === 'Macaroon') {
        check.viewerType = type;
        check.detail =
            type === 'User' ? 'Fly knows the token as a user.' : 'Fly knows the token as a macaroon.';
    }
    if (typeof viewer.email === 'string')
        check.email = sanitizeDetail(viewer.email, context.secrets, 120);
    return check;
}
/** `GET /v1/apps/{name}`, with a GraphQL `app` lookup when the numeric ids are missing. */
async function checkApp(context, endpoints, authorization, app, token) {
    const result = await http_flyHttp(context, {
        url: endpointUrl(endpoints.api, `/v1/apps/${encodeURIComponent(app)}`),
        method: 'GET',
        authorization: authorization.machines
    });
    const base = { app, idMatchesToken: null, orgMatchesToken: null };
    if (result.kind === 'failure') {
        return {
            ...base,
            ...unverified(`Could not check app ${app}: ${result.reason}.`, result.reason, result)
        };
    }
    const { status } = result;
    const said = flySaid(result, context);
    const http = { httpStatus: status, attempts: result.attempts };
    if (result.json === undefined && status < 500) {
        const reason = `the response was not JSON (HTTP ${status})`;
        return { ...base, ...unverified(`Could not check app ${app}: ${reason}.`, reason, result) };
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
    const body = graphql_asRecord(result.json);
    if (status !== 200 || !body) {
        const why = status === 200
            ? 'the response was not a JSON object'
            : `HTTP ${status}${afterAttempts(result.attempts)}${said}`;
        return { ...base, ...unverified(`Could not check app ${app}: ${why}.`, why, result) };
    }
    const check = { ...base, ...http, outcome: 'confirmed', detail: '' };
    const organization = graphql_asRecord(body.organization);
    setIfText(check, 'appId', numericId(body.internal_numeric_id));
    setIfText(check, 'orgId', numericId(organization?.internal_numeric_id));
    setIfText(check, 'orgSlug', checks_text(organization?.slug, context));
    setIfText(check, 'orgName', checks_text(organization?.name, context));
    if (check.appId === undefined || check.orgId === undefined) {
        await fillFromGraphql(context, endpoints, authorization, check);
    }
    check.idMatchesToken =
        check.appId !== undefined && token.appIds.length > 0
            ? token.appIds.includes(check.appId)
            : null;
    check.orgMatchesToken =
        check.orgId !== undefined && token.orgIds.length > 0
            ? token.orgIds.includes(check.orgId)
            : null;
    check.detail = describeConfirmedApp(check);
    return check;
}
/** The numeric id of one app by name, or undefined when Fly would not say. */
async function checks_lookupAppId(context, endpoints, authorization, app) {
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
    const result = await graphql_graphqlQuery(context, endpoints.graphql, authorization.graphql, ORGANIZATIONS_QUERY);
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
    const nodes = graphql_asRecord(result.data.organizations)?.nodes;
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
        const record = graphql_asRecord(node);
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
/** One check per org id of the token: from the org listing, else from a needed app's owner. */
function orgChecks(orgIds, listing, apps) {
    return orgIds.map(orgId => {
        if (listing.kind === 'listed') {
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
                return check;
            }
        }
        const owner = apps.find(app => app.outcome === 'confirmed' && app.orgId === orgId);
        if (owner) {
            const check = { orgId, outcome: 'confirmed', detail: '', source: 'app' };
            setIfText(check, 'slug', owner.orgSlug);
            setIfText(check, 'name', owner.orgName);
            check.detail = `Organization ${orgId} is ${describeOrg(check.slug, check.name)} (owner of app ${owner.app}).`;
            return check;
        }
        if (listing.kind === 'rejected') {
            return { orgId, outcome: 'rejected', detail: `${listing.detail}.`, ...httpOf(listing) };
        }
        const why = listing.kind === 'listed'
            ? 'Fly did not list it among the organizations this token may read'
            : listing.detail;
        return {
            orgId,
            outcome: 'unverified',
            detail: `The slug of organization ${orgId} is unknown: ${why}.`,
            reason: why,
            ...(listing.kind === 'listed' ? {} : httpOf(listing))
        };
    });
}
/** A check for when nothing could be asked at all (bad URL, unusable token text). */
function notAsked(detail, reason) {
    return { outcome: 'unverified', detail, reason };
}
function endpointUrl(base, path, query) {
    const url = new URL(base.href);
    url.pathname = `${url.pathname.replace(/\/+$/, '')}${path}`;
    url.search = query === undefined ? '' : `?${query}`;
    return url;
}
async function fillFromGraphql(context, endpoints, authorization, check) {
    const result = await graphql_graphqlQuery(context, endpoints.graphql, authorization.graphql, APP_QUERY, {
        name: check.app
    });
    if (result.kind !== 'data')
        return;
    const app = graphql_asRecord(result.data.app);
    const organization = graphql_asRecord(app?.organization);
    if (check.appId === undefined)
        setIfText(check, 'appId', numericId(app?.internalNumericId));
    if (check.orgId === undefined)
        setIfText(check, 'orgId', numericId(organization?.internalNumericId));
    if (check.orgSlug === undefined)
        setIfText(check, 'orgSlug', checks_text(organization?.slug, context));
    if (check.orgName === undefined)
        setIfText(check, 'orgName', checks_text(organization?.name, context));
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
function unverified(detail, reason, result) {
    const check = { outcome: 'unverified', detail, reason, attempts: result.attempts };
    if (result.kind === 'response')
        check.httpStatus = result.status;
    return check;
}
function graphqlUnverified(detail, reason, result) {
    const check = { outcome: 'unverified', detail, reason, attempts: result.attempts };
    if (result.status !== undefined)
        check.httpStatus = result.status;
    return check;
}
function withHttp(check, result) {
    return { ...check, httpStatus: result.status, attempts: result.attempts };
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
        ? sanitizeDetail(value, context.secrets, 100)
        : undefined;
}
function setIfText(target, key, value) {
    if (value !== undefined)
        target[key] = value;
}

;// CONCATENATED MODULE: ./lib/fly/concurrency.js
// Runs async work over a list with at most `limit` in flight, keeping the input order.
async function concurrency_mapWithConcurrency(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next;
            next += 1;
            results[index] = await work(items[index], index);
        }
    };
    const workers = Math.max(1, Math.min(Math.floor(limit) || 1, items.length));
    await Promise.all(Array.from({ length: workers }, worker));
    return results;
}

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(4371);
;// CONCATENATED MODULE: ./lib/fly/dispatcher.js
// The default HTTP stack for Fly's APIs: proxy-aware (HTTPS_PROXY / HTTP_PROXY / NO_PROXY, read
// when the dispatcher is built), with explicit timeouts and our retry interceptor on top.


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
    const agent = new undici/* EnvHttpProxyAgent */.J2({
        ...proxyOverrides,
        connect: { timeout: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS },
        headersTimeout: options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS,
        bodyTimeout: options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS
    });
    return agent.compose(retryInterceptor(options.retry));
}

;// CONCATENATED MODULE: ./lib/fly/version.js
// The version sent in the User-Agent. A constant (not package.json read at runtime) because the
// bundled dist/ has no package.json next to it; a test keeps the two in step.
const FLY_TOKEN_GUARD_VERSION = '0.1.0';
const DEFAULT_USER_AGENT = `fly-token-guard/${FLY_TOKEN_GUARD_VERSION}`;

;// CONCATENATED MODULE: ./lib/fly/verify.js





const DEFAULT_FLY_API_URL = 'https://api.machines.dev';
const DEFAULT_FLY_GRAPHQL_URL = 'https://api.fly.io/graphql';
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_CONCURRENCY = 8;
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
            accepted: check,
            viewer: { ...check },
            apps: apps.map(app => ({ ...check, app, idMatchesToken: null, orgMatchesToken: null })),
            orgs: orgIds.map(orgId => ({ ...check, orgId })),
            elapsedMs: Math.round(performance.now() - started)
        };
    }
    const { context, endpoints, authorization, release } = setup;
    try {
        const token = { orgIds, appIds: options.token.appIds };
        const [accepted, viewer, appChecks, listing] = await Promise.all([
            checkAccepted(context, endpoints, authorization),
            checkViewer(context, endpoints, authorization),
            concurrency_mapWithConcurrency(apps, options.concurrency ?? DEFAULT_CONCURRENCY, app => checkApp(context, endpoints, authorization, app, token)),
            orgIds.length > 0
                ? listOrganizations(context, endpoints, authorization)
                : Promise.resolve({ kind: 'listed', orgs: [] })
        ]);
        const orgs = orgChecks(orgIds, listing, appChecks);
        return {
            accepted,
            viewer,
            apps: appChecks.map(app => withOrgSlugMatch(app, orgs)),
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
        const ids = await mapWithConcurrency(unique, options.concurrency ?? DEFAULT_CONCURRENCY, name => lookupAppId(context, endpoints, authorization, name));
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
    const api = httpUrl(options.flyApiUrl ?? DEFAULT_FLY_API_URL);
    const graphql = httpUrl(options.flyGraphqlUrl ?? DEFAULT_FLY_GRAPHQL_URL);
    if (!api || !graphql) {
        const which = !api ? 'fly-api-url' : 'fly-graphql-url';
        const reason = `${which} is not an http(s) URL`;
        return { kind: 'unusable', detail: `Not checked online: ${reason}.`, reason };
    }
    const timeoutMs = positive(options.timeoutMs) ?? DEFAULT_TIMEOUT_MS;
    const deadlineSignal = AbortSignal.timeout(timeoutMs);
    const signal = options.signal
        ? AbortSignal.any([deadlineSignal, options.signal])
        : deadlineSignal;
    const owned = options.dispatcher ? undefined : createFlyDispatcher();
    const dispatcher = options.dispatcher ?? owned;
    return {
        kind: 'ready',
        authorization,
        endpoints: { api, graphql },
        context: {
            dispatcher,
            signal,
            deadlineSignal,
            deadline: Date.now() + timeoutMs,
            timeoutMs,
            userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
            secrets: [input, authorization.machines, authorization.graphql]
        },
        // Only what we built is ours to close; destroy, as every request has settled by now.
        release: async () => {
            await owned?.destroy().catch(() => undefined);
        }
    };
}
/** When the app's org id was not told, compare its slug with the token's (all known) org slugs. */
function withOrgSlugMatch(app, orgs) {
    if (app.orgMatchesToken !== null || app.orgSlug === undefined || orgs.length === 0)
        return app;
    if (!orgs.every(org => org.slug !== undefined))
        return app;
    return { ...app, orgMatchesToken: orgs.some(org => org.slug === app.orgSlug) };
}
function httpUrl(value) {
    try {
        const url = new URL(value);
        return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
    }
    catch {
        return undefined;
    }
}
function positive(value) {
    return value !== undefined && Number.isFinite(value) && value > 0 ? value : undefined;
}

;// CONCATENATED MODULE: ./lib/rules/shell.js
// Building shell command lines for fixes: quoting, and a guard that keeps token material out.
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
/**
 * Split a command line roughly as a shell (and flyctl's shlex) would: whitespace separates words,
 * single and double quotes group, backslash escapes outside single quotes.
 */
function splitCommandLine(line) {
    const words = [];
    let current = '';
    let inWord = false;
    let quote = null;
    for (let i = 0; i < line.length; i++) {
        const ch = line.charAt(i);
        if (quote === "'") {
            if (ch === "'")
                quote = null;
            else
                current += ch;
        }
        else if (quote === '"') {
            if (ch === '"')
                quote = null;
            else if (ch === '\\' && i + 1 < line.length)
                current += line.charAt(++i);
            else
                current += ch;
        }
        else if (ch === "'" || ch === '"') {
            quote = ch;
            inWord = true;
        }
        else if (ch === '\\' && i + 1 < line.length) {
            current += line.charAt(++i);
            inWord = true;
        }
        else if (/\s/.test(ch)) {
            if (inWord)
                words.push(current);
            current = '';
            inWord = false;
        }
        else {
            current += ch;
            inWord = true;
        }
    }
    if (inWord)
        words.push(current);
    return words;
}
/** Fly token labels and schemes. */
const TOKEN_MARKER = /(?:fm1[ra]|fm2|fo1)_|flyv1\s/i;
/** Runs of the token alphabets long enough to be part of a token body or a legacy token. */
const RUN = /[A-Za-z0-9+/=_-]{16,}/g;
/** A run that looks random rather than like a word: mixed case and a digit or base64 symbol. */
function looksRandom(run) {
    return /[a-z]/.test(run) && /[A-Z]/.test(run) && /[0-9+/=]/.test(run);
}
/** true when a value could carry token material: it must never reach a message or command. */
function looksLikeTokenMaterial(value) {
    return TOKEN_MARKER.test(value) || (value.match(RUN) ?? []).some(looksRandom);
}
/**
 * Replace anything token-like in free text we did not write (e.g. a decoder message) with
 * `[redacted]`: defence in depth, the decoder is meant to keep token text out already.
 */
function redactTokenLike(text) {
    return text
        .replace(/(?:fm1[ra]|fm2|fo1)_[A-Za-z0-9+/=_-]{4,}/gi, '[redacted]')
        .replace(RUN, run => (looksRandom(run) ? '[redacted]' : run));
}

;// CONCATENATED MODULE: ./lib/rules/token/access.js

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
/** Whether one command line is allowed by machine-exec command rules. */
function commandAllowed(command, rules) {
    const args = splitCommandLine(command);
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
            return appWrite || allows(inspection.featureAccess['wg'], 'w')
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
            const allowed = rules.map(r => (r.exact ? r.args.join(' ') : `${r.args.join(' ')} …`));
            return `does not allow ${quoteList(denied)} (it allows only ${quoteList(allowed)})`;
        }
        case 'create-app':
            return allows(inspection.orgAccess, 'c') ? null : 'cannot create apps in the organization';
        case 'destroy-app':
            return allows(inspection.orgAccess, 'd') ? null : 'cannot delete apps in the organization';
        case 'org':
            return allows(inspection.orgAccess, 'r') ? null : 'has no organization-level access';
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
    const appLevel = needs.capabilities.some(c => APP_CAPABILITIES.includes(c));
    return appLevel && needs.apps.length > inspection.appIds.length ? inspection.appIds.length : null;
}
/** A short phrase for what the token grants, e.g. "deploy token (full control of 1 app)". */
function describeToken(inspection) {
    const apps = inspection.appIds.length;
    const appsText = `${apps} app${apps === 1 ? '' : 's'}`;
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

;// CONCATENATED MODULE: ./lib/rules/fix.js


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
    return value !== undefined && value.trim() !== '' && !looksLikeTokenMaterial(value)
        ? value
        : placeholder;
}
function kindFromNeeds(needs) {
    switch (needBreadth(needs.capabilities)) {
        case Breadth.orgWrite:
            return 'org';
        case Breadth.appFull:
            return 'deploy';
        case Breadth.appLimited:
            return needs.capabilities.includes('ssh') ? 'ssh' : 'machine-exec';
        case Breadth.orgRead:
            return 'readonly';
        default:
            return null;
    }
}
function kindFromToken(inspection) {
    switch (inspection.kind) {
        case 'org':
        case 'deploy':
        case 'readonly':
        case 'ssh':
        case 'machine-exec':
        case 'wireguard':
        case 'litefs-cloud':
            return inspection.kind;
        default:
            return null;
    }
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
        : `${flag} ${shellWord(csvField(command))}`;
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
    if (rules !== null && rules.length > 0 && !allowsAnyCommand(rules)) {
        return rules.map(rule => commandFlag(rule.exact ? '--command' : '--command-prefix', safeOr(rule.args.map(shellWord).join(' '), COMMAND_PLACEHOLDER)));
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
        `--name ${shellQuoted(name)}`
    ].join(' ');
}
const ENVIRONMENT_PLACEHOLDER = '<ENVIRONMENT>';
function safeEnvironment(options) {
    return options.environment === undefined || options.environment === ''
        ? undefined
        : safeOr(options.environment, ENVIRONMENT_PLACEHOLDER);
}
/** `gh secret set NAME [--env ENV]`: gh then reads the value from a prompt or stdin. */
function storeCommand(secretName, environment) {
    const name = safeOr(secretName, 'FLY_API_TOKEN');
    const env = safeEnvironment({ secretName: name, environment });
    return `gh secret set ${shellWord(name)}${env === undefined ? '' : ` --env ${shellWord(env)}`}`;
}
/** The narrowest token(s) for the job, with the exact lines to mint and store them. */
function recommendToken(needs, inspection, options) {
    const notes = [];
    const fromNeeds = needsKnown(needs) ? kindFromNeeds(needs) : null;
    const fromToken = fromNeeds === null ? kindFromToken(inspection) : null;
    const kind = fromNeeds ?? fromToken ?? 'deploy';
    const basis = fromNeeds !== null ? 'needs' : fromToken !== null ? 'current-token' : 'assumed';
    if (basis === 'current-token') {
        notes.push("The job's needs are not known, so this renews the same kind of token.");
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
            const mint = mintLine(kind, [`-a ${shellWord(app)}`], `github-actions-${prefix}${app}`, hours);
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
        let subject = [shellWord(org)];
        let name = `github-actions-${kind}`;
        if (kind === 'litefs-cloud') {
            const clusters = Object.keys(inspection.clusterAccess ?? {}).filter(c => c !== '');
            const cluster = safeOr(clusters[0], CLUSTER_PLACEHOLDER);
            subject = [`--org ${shellWord(org)}`, `--cluster ${shellWord(cluster)}`];
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
/** The exact `fly tokens create` line(s) for the narrowest token; one line per token. */
function narrowestTokenCommand(needs, inspection, options) {
    return recommendToken(needs, inspection, options)
        .tokens.map(t => t.mint)
        .join('\n');
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
        ? `fly tokens list -a ${shellWord(safeOr(options.currentTokenApp ?? (needs.apps.length === 1 ? needs.apps[0] : undefined), APP_PLACEHOLDER))}`
        : `fly tokens list --org ${shellWord(safeOr(options.orgSlug, ORG_PLACEHOLDER))}`;
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
    const commands = [...rec.tokens.flatMap(t => [t.mint, t.store]), ...revoke];
    return {
        summary: [...sentences, ...rec.notes].join(' '),
        // Defence in depth: nothing token-like may leave here, whatever the inputs held.
        commands: commands.filter(c => !looksLikeTokenMaterial(c))
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
/** The narrowest-token fix for a rule's finding. */
function fixFor(context, build = {}) {
    return buildFix(context.needs, context.inspection, fixOptionsFrom(context), build);
}
/**
 * The `recommendation` output: the `fly tokens create` line(s) for this job, or null when neither
 * the job's needs nor the token's kind say what to mint.
 */
function recommendationFor(context) {
    const rec = recommendToken(context.needs, context.inspection, fixOptionsFrom(context));
    return rec.basis === 'assumed' ? null : rec.tokens.map(t => t.mint).join('\n');
}

;// CONCATENATED MODULE: ./lib/rules/online/checks.js

function labelledChecks(online) {
    return [
        { label: 'acceptance (Machines API)', check: online.accepted },
        { label: 'identity (GraphQL viewer)', check: online.viewer },
        ...online.apps.map(app => ({ label: `app ${app.app}`, check: app })),
        ...online.orgs.map(org => ({ label: `organization ${org.orgId}`, check: org }))
    ];
}
/** Whether Fly said no to the token itself on any check. */
function tokenRejected(online) {
    return labelledChecks(online).some(({ check }) => check.outcome === 'rejected');
}
/** A check's detail, scrubbed and without a trailing full stop (for joining into sentences). */
function detailOf(check, maxLength = 200) {
    const text = redactTokenLike(check.detail).replace(/\s+/g, ' ').trim().replace(/\.$/, '');
    return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1).trimEnd()}…`;
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
        if (!online)
            return [];
        const rejected = labelledChecks(online).filter(({ check }) => check.outcome === 'rejected');
        const first = rejected[0];
        if (!first)
            return [];
        const fix = fixFor(context, { revokeOld: false });
        return [
            {
                rule: 'invalid-token',
                severity: 'critical',
                message: `${detailOf(first.check)}. The token is revoked, expired or not one Fly issued, so every flyctl command using it will fail.`,
                fix: {
                    summary: `Replace the secret with a new token. ${fix.summary}`,
                    commands: fix.commands
                }
            }
        ];
    }
};

;// CONCATENATED MODULE: ./lib/rules/online/unverified.js

/** At most this many distinct reasons are spelled out; the rest are counted. */
const LISTED = 4;
const unverified_unverified = {
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
            return [];
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
                fix: {
                    summary: "Re-run when Fly's API is reachable. Behind a proxy, set HTTPS_PROXY (and NO_PROXY for hosts that bypass it); with a custom fly-api-url or fly-graphql-url, check the URL.",
                    commands: []
                }
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
        if (!online || tokenRejected(online))
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
                fix: fixFor(context, { revokeOld: false })
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
    unverified_unverified
];


;// CONCATENATED MODULE: ./lib/rules/token/shared.js

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
    const command = looksLikeTokenMaterial(evidence.command)
        ? 'a step'
        : `\`${evidence.command.trim()}\``;
    const at = evidence.location ? ` at ${evidence.location.file}:${evidence.location.line}` : '';
    return `${command}${at}`;
}
/** "web", "api and web", "api, web and worker"; app names that look token-like are left out. */
function listApps(apps) {
    const safe = apps.filter(a => !looksLikeTokenMaterial(a));
    if (safe.length <= 1)
        return safe[0] ?? 'an app';
    return `${safe.slice(0, -1).join(', ')} and ${safe[safe.length - 1]}`;
}
/** "`deploy` and `secrets`" */
function listCapabilities(capabilities) {
    const quoted = capabilities.map(c => `\`${c}\``);
    if (quoted.length <= 1)
        return quoted[0] ?? 'nothing';
    return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
/** "`bin/migrate` and `ls /data`"; commands that look token-like are left out. */
function listCommands(commands) {
    const quoted = commands.filter(c => !looksLikeTokenMaterial(c)).map(c => `\`${c}\``);
    if (quoted.length === 0)
        return `${commands.length} command${commands.length === 1 ? '' : 's'}`;
    if (quoted.length === 1)
        return quoted[0] ?? '';
    return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./lib/rules/token/broader-than-needed.js



const broaderThanNeeded = {
    id: 'broader-than-needed',
    defaultSeverity: 'medium',
    title: 'Token broader than the job needs',
    help: 'The token can do more than this job uses: an org token where a deploy token for the app ' +
        'would do, a deploy token where a readonly token would do, a machine-exec token for any ' +
        'command where the job runs a known one. A leaked narrower token exposes less. Personal ' +
        'tokens are reported by `personal-token` instead.',
    check(context) {
        const { inspection, needs } = context;
        if (inspection.kind === 'personal' || inspection.kind === 'malformed')
            return [];
        if (!needsKnown(needs))
            return [];
        const location = locationFor(needs);
        const appsPart = needs.apps.length > 0 ? ` for ${listApps(needs.apps)}` : '';
        const needText = `the job only needs ${listCapabilities(needs.capabilities)}${appsPart}`;
        const finding = (message) => [
            {
                rule: 'broader-than-needed',
                severity: 'medium',
                message,
                ...(location ? { location } : {}),
                fix: fixFor(context)
            }
        ];
        if (tokenBreadth(inspection) > needBreadth(needs.capabilities)) {
            const rec = recommendToken(needs, inspection, fixOptionsFrom(context));
            const narrower = rec.tokens.length > 1
                ? `${describeRecommendation(rec)} would do (an org token only if the apps must share one secret)`
                : `${describeRecommendation(rec)} would do`;
            return finding(`This ${describeToken(inspection)} grants more than the job uses: ${needText}, so ${narrower} and a leak would expose less.`);
        }
        const rules = inspection.commands;
        const knownCommands = needs.capabilities.includes('machine-exec') && needs.commands.length > 0;
        if (rules !== null && allowsAnyCommand(rules) && knownCommands) {
            return finding(`This machine-exec token may run any command, but the job runs only ${listCommands(needs.commands)}: a token restricted with \`--command\` would do.`);
        }
        return [];
    }
};

;// CONCATENATED MODULE: ./lib/rules/token/time.js
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
/** `2025-07-09 10:33 UTC` */
function formatInstant(date) {
    return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
function plural(count, unit) {
    return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
/** A span rounded down to the largest useful unit: "12 days", "1 day", "20 hours", "5 minutes". */
function formatSpan(ms) {
    const abs = Math.abs(ms);
    if (abs >= 2 * DAY_MS)
        return plural(Math.floor(abs / DAY_MS), 'day');
    if (abs >= DAY_MS)
        return `1 day ${plural(Math.floor((abs - DAY_MS) / HOUR_MS), 'hour')}`;
    if (abs >= 2 * HOUR_MS)
        return plural(Math.floor(abs / HOUR_MS), 'hour');
    if (abs >= HOUR_MS)
        return `1 hour ${plural(Math.floor((abs - HOUR_MS) / 60_000), 'minute')}`;
    if (abs >= 60 * SECOND_MS)
        return plural(Math.floor(abs / (60 * SECOND_MS)), 'minute');
    return plural(Math.floor(abs / SECOND_MS), 'second');
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
            const expiresAt = parseInstant(inspection.expiresAt);
            const until = expiresAt ? `, until ${formatInstant(expiresAt).slice(0, 10)}` : '';
            message = `This is a ${lifetimeLabel(lifetime)} token${origin(lifetime)}: valid for ${Math.floor(lifetime / 86400)} days${until}, above the ${limitDays}-day limit, so a leaked copy would keep working that long.`;
        }
        if (message === null)
            return [];
        return [{ rule: 'excessive-lifetime', severity: 'low', message, fix: fixFor(context) }];
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
        const expiresAt = parseInstant(inspection.expiresAt);
        if (expiresAt === null || expiresAt.getTime() > now.getTime())
            return [];
        return [
            {
                rule: 'expired',
                severity: 'critical',
                message: `The token expired on ${formatInstant(expiresAt)} (${formatSpan(now.getTime() - expiresAt.getTime())} ago): Fly rejects it, so every flyctl call with it fails.`,
                // Nothing to revoke: an expired token is already dead.
                fix: fixFor(context, { revokeOld: false })
            }
        ];
    }
};

;// CONCATENATED MODULE: ./lib/rules/token/expiring-soon.js


/** Under this much time left the finding is high: a weekend is enough to miss it. */
const URGENT_EXPIRY_DAYS = 3;
const expiringSoon = {
    id: 'expiring-soon',
    defaultSeverity: 'medium',
    title: 'Token expires soon',
    help: 'The token expires within `expiry-warning-days` (default 14): rotate it before deploys start ' +
        'failing. The finding is high when under 3 days are left.',
    check(context) {
        const { inspection, now, options } = context;
        if (inspection.kind === 'personal' || inspection.kind === 'malformed')
            return [];
        const expiresAt = parseInstant(inspection.expiresAt);
        if (expiresAt === null)
            return [];
        const left = expiresAt.getTime() - now.getTime();
        if (left <= 0 || left > options.expiryWarningDays * DAY_MS)
            return [];
        const severity = left < URGENT_EXPIRY_DAYS * DAY_MS ? 'high' : 'medium';
        return [
            {
                rule: 'expiring-soon',
                severity,
                message: `The token expires on ${formatInstant(expiresAt)}, in ${formatSpan(left)}: flyctl calls with it fail from then on, so rotate it first.`,
                fix: fixFor(context)
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
    'line-break-inside': 'a line break inside the value'
};
function usable(message) {
    const text = redactTokenLike(message).trim().replace(/\.$/, '');
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
        const fix = buildFix(context.needs, inspection, fixOptionsFrom(context), { revokeOld: false });
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
        if (inspection.kind === 'malformed' || !needsKnown(needs))
            return [];
        const fix = fixFor(context);
        const token = describeToken(inspection);
        const findings = [];
        for (const { capability, reason } of missingCapabilities(needs, inspection)) {
            const evidence = evidenceFor(needs, capability);
            const from = evidence ? ` (${describeEvidence(evidence)})` : '';
            const location = evidence?.location;
            findings.push({
                rule: ID,
                severity: 'high',
                message: `The job needs \`${capability}\`${from} but this ${token} ${reason}: that step would fail.`,
                ...(location ? { location } : {}),
                fix
            });
        }
        const granted = tooFewApps(needs, inspection);
        if (granted !== null && findings.length === 0) {
            const location = locationFor(needs, APP_CAPABILITIES);
            findings.push({
                rule: ID,
                severity: 'high',
                message: `The job works on ${needs.apps.length} apps (${listApps(needs.apps)}) but this ${token} is confined to ${granted} app${granted === 1 ? '' : 's'}: the steps for the others would fail.`,
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
            if (typeof location === 'string' && !looksLikeTokenMaterial(location)) {
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
                fix: fixFor(context)
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
        const notBefore = parseInstant(inspection.notBefore);
        if (notBefore === null)
            return [];
        const wait = notBefore.getTime() - now.getTime();
        if (wait <= NOT_BEFORE_GRACE_MS)
            return [];
        return [
            {
                rule: 'not-yet-valid',
                severity: 'high',
                message: `The token only becomes valid on ${formatInstant(notBefore)} (in ${formatSpan(wait)}): until then Fly rejects it and flyctl calls fail.`,
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
            ? `a user token bundled with ${inspection.macaroonCount} org macaroon${inspection.macaroonCount === 1 ? '' : 's'}, as \`fly auth token\` prints it`
            : 'a personal user token (from `fly auth login`, `fly auth token` or the dashboard)';
        const rec = recommendToken(context.needs, inspection, fixOptionsFrom(context));
        const instead = rec.basis === 'needs'
            ? ` ${capitalize(describeRecommendation(rec))} would do for this job.`
            : '';
        return [
            {
                rule: 'personal-token',
                severity: 'high',
                message: `This is ${what}: it can do everything its user can in every organization they belong to, so a leak from CI exposes all of them.${instead}`,
                fix: fixFor(context)
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
                    commands: [storeCommand(options.secretName, options.environment)]
                }
            }
        ];
    }
};

;// CONCATENATED MODULE: ./lib/rules/token/index.js










const offlineTokenRules = [
    personalToken,
    broaderThanNeeded,
    missingCapability,
    expired,
    notYetValid,
    expiringSoon,
    excessiveLifetime,
    malformedToken,
    tokenFormatting,
    missingDischarge
];

/** Run every offline token rule over one context, findings in rule order. */
function runOfflineTokenRules(context) {
    return offlineTokenRules.flatMap(rule => rule.check(context));
}

;// CONCATENATED MODULE: ./lib/rules/registry.js


const tokenRules = [...offlineTokenRules, ...onlineRules];
function ruleMeta(rules) {
    return rules.map(({ id, defaultSeverity, title, help }) => ({ id, defaultSeverity, title, help }));
}

// EXTERNAL MODULE: ./lib/rules/types.js
var types = __webpack_require__(3042);
// EXTERNAL MODULE: ./lib/token/index.js + 38 modules
var token = __webpack_require__(1906);
;// CONCATENATED MODULE: ./lib/engine/scope.js
function scopeOf(inspection) {
    if (inspection.kind === 'malformed')
        return 'none';
    if (inspection.kind === 'personal')
        return 'user';
    if (inspection.appIds.length > 0)
        return 'apps';
    const orgAccess = inspection.orgAccess ?? '';
    if (/[wcdC]/.test(orgAccess))
        return 'org';
    if (orgAccess === 'r')
        return 'org-read';
    return 'custom';
}
const SCOPE_MEANING = {
    user: 'everything the person who minted it can do, in every org they belong to',
    org: 'full control of one organization: every app, machine, secret and billing-free setting',
    'org-read': 'read-only access to one organization',
    apps: 'only the named apps (plus read access to the organization)',
    custom: 'a custom set of caveats',
    none: 'nothing: the token cannot be parsed'
};
function describeScope(scope) {
    return SCOPE_MEANING[scope];
}

;// CONCATENATED MODULE: ./lib/engine/check.js
// The token check: decode offline, optionally verify online, run the rules, return one CheckReport.
// Shared by the action and the CLI; the caller resolves needs and does the printing.






function validity(online) {
    if (!online)
        return 'unknown';
    const outcomes = [online.accepted.outcome, online.viewer.outcome];
    if (outcomes.includes('rejected'))
        return 'false';
    return outcomes.includes('confirmed') ? 'true' : 'unknown';
}
function onlineNames(online) {
    const appNames = {};
    const orgNames = {};
    for (const app of online?.apps ?? [])
        if (app.appId && app.outcome === 'confirmed')
            appNames[app.appId] = app.app;
    for (const org of online?.orgs ?? [])
        if (org.slug)
            orgNames[org.orgId] = org.slug;
    return { appNames, orgNames };
}
async function runCheck(input) {
    const inspection = (0,token/* inspectToken */.e4)(input.token);
    // A token that cannot be parsed is not worth a round trip: Fly would only say 401.
    const online = input.online && inspection.kind !== 'malformed'
        ? await verifyOnline({
            ...input.online,
            token: onlineToken(input.token, inspection),
            apps: input.needs.apps
        })
        : undefined;
    const context = {
        inspection,
        needs: input.needs,
        now: input.now,
        options: input.options,
        ...(online ? { online } : {})
    };
    const findings = tokenRules.flatMap(rule => rule.check(context));
    return {
        verdict: (0,types/* verdictFor */.Xb)(findings, input.failOn),
        failOn: input.failOn,
        checkedAt: input.now.toISOString(),
        token: inspection,
        scope: scopeOf(inspection),
        needs: input.needs,
        ...(input.job ? { job: input.job } : {}),
        findings,
        recommendation: recommendationFor(context),
        ...(online ? { online } : {}),
        valid: validity(online),
        ...onlineNames(online),
        notes: input.notes ?? []
    };
}

// EXTERNAL MODULE: ./lib/workflow/index.js + 114 modules
var lib_workflow = __webpack_require__(2621);
;// CONCATENATED MODULE: ./lib/engine/needs.js
// What the running job needs: from the `apps`/`needs` inputs, else inferred from the workflow
// file the runner is executing (GITHUB_WORKFLOW_REF + GITHUB_JOB) in the checked-out workspace.

const TOKEN_KEYS = new Set(['FLY_API_TOKEN', 'FLY_ACCESS_TOKEN', 'token', 'fly-api-token']);
function tokenSecretOf(job) {
    return (job.secretRefs.find(ref => ref.name && ref.flow.key && TOKEN_KEYS.has(ref.flow.key))?.name ??
        undefined);
}
function resolveNeeds(request) {
    const notes = [];
    const explicit = !(0,lib_workflow/* isAutoNeeds */.pn)(request.needs);
    const path = request.workflowPath ?? (request.workflowRef ? (0,lib_workflow/* findWorkflowForRef */.nq)(request.workflowRef) : null);
    let inferred;
    let found = {};
    if (!path || !request.jobId) {
        if (!explicit && request.apps.length === 0) {
            notes.push('Could not tell which workflow and job are running, so the needs were not inferred: set `apps` and `needs`.');
        }
    }
    else {
        const text = request.repo.read(path);
        if (text === undefined) {
            if (!explicit) {
                notes.push(`The workflow file \`${path}\` is not in the workspace, so the job's needs were not inferred. ` +
                    'Run `actions/checkout` before this step, or set the `apps` and `needs` inputs.');
            }
        }
        else {
            const workflow = (0,lib_workflow/* parseWorkflowFile */.dx)(path, text);
            const job = workflow.jobs.find(j => j.id === request.jobId);
            if (!job) {
                notes.push(`Job \`${request.jobId}\` was not found in \`${path}\`; the needs were not inferred.`);
            }
            else {
                inferred = (0,lib_workflow/* inferJobNeeds */.fC)(workflow, job.id, request.repo);
                const environment = job.environment?.name ?? undefined;
                const secretName = tokenSecretOf(job);
                found = {
                    job: { workflow: path, job: job.id },
                    ...(environment && !environment.includes('${{') ? { environment } : {}),
                    ...(secretName ? { secretName } : {})
                };
                if (inferred.unknownApps) {
                    notes.push('Some flyctl commands in this job name their app in a way that cannot be read statically; set `apps` to be precise.');
                }
            }
        }
    }
    return { needs: (0,lib_workflow/* needsFromInputs */.hJ)(request.apps, request.needs, inferred), ...found, notes };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/engine/repo-files.js
// The repository on disk as the pure workflow room sees it: read-only, confined to the root,
// bounded in size. The action points it at GITHUB_WORKSPACE, the CLI at --repo or the cwd.


const MAX_REPO_FILE_BYTES = 1024 * 1024;
const SKIPPED_DIRS = new Set(['.git', 'node_modules', 'dist', 'coverage', 'vendor', '.venv']);
function createRepoFiles(root, maxFiles = 5000) {
    const absoluteRoot = external_node_path_.resolve(root);
    const inside = (relative) => {
        const full = external_node_path_.resolve(absoluteRoot, relative);
        return full === absoluteRoot || full.startsWith(absoluteRoot + external_node_path_.sep) ? full : undefined;
    };
    return {
        read(relative) {
            const full = inside(relative);
            if (!full)
                return undefined;
            try {
                const stat = (0,external_node_fs_.statSync)(full);
                if (!stat.isFile() || stat.size > MAX_REPO_FILE_BYTES)
                    return undefined;
                return (0,external_node_fs_.readFileSync)(full, 'utf8');
            }
            catch {
                return undefined;
            }
        },
        list() {
            return listFiles(absoluteRoot, maxFiles).files;
        }
    };
}
/** Repo-relative paths (forward slashes), breadth-first, stopping after `maxFiles`. */
function listFiles(root, maxFiles) {
    const files = [];
    const queue = [''];
    while (queue.length > 0) {
        const dir = queue.shift() ?? '';
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(external_node_path_.join(root, dir), { withFileTypes: true });
        }
        catch {
            continue;
        }
        entries.sort((a, b) => a.name.localeCompare(b.name));
        for (const entry of entries) {
            const relative = dir ? `${dir}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRS.has(entry.name))
                    queue.push(relative);
            }
            else if (entry.isFile()) {
                if (files.length >= maxFiles)
                    return { files, truncated: true };
                files.push(relative);
            }
        }
    }
    return { files, truncated: false };
}

;// CONCATENATED MODULE: ./lib/report/findings-json.js
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

;// CONCATENATED MODULE: ./lib/report/time.js
// Dates and durations as people read them in summaries and terminals.
const MINUTE = 60;
const time_HOUR = 60 * MINUTE;
const DAY = 24 * time_HOUR;
const YEAR = 365 * DAY;
function time_plural(n, unit) {
    return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
/** "20 years", "90 days", "10 minutes": the largest unit that reads naturally. */
function formatDuration(seconds) {
    const s = Math.abs(seconds);
    if (s >= 2 * YEAR)
        return time_plural(Math.round(s / YEAR), 'year');
    if (s >= 2 * DAY)
        return time_plural(Math.round(s / DAY), 'day');
    if (s >= 2 * time_HOUR)
        return time_plural(Math.round(s / time_HOUR), 'hour');
    if (s >= 2 * MINUTE)
        return time_plural(Math.round(s / MINUTE), 'minute');
    return time_plural(Math.round(s), 'second');
}
/** Whole days from now until `iso` (negative once past), rounded towards negative infinity. */
function daysUntil(iso, now) {
    return Math.floor((Date.parse(iso) - now.getTime()) / (DAY * 1000));
}
/** "in 6792 days", "in 3 hours", "expired 10 days ago". */
function formatCountdown(iso, now) {
    const seconds = (Date.parse(iso) - now.getTime()) / 1000;
    return seconds >= 0 ? `in ${formatDuration(seconds)}` : `expired ${formatDuration(seconds)} ago`;
}
/** "2045-07-04 10:33 UTC". */
function formatDate(iso) {
    return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
function lifetimeDays(seconds) {
    return Math.round(seconds / DAY);
}

;// CONCATENATED MODULE: ./lib/report/check-outputs.js


function checkOutputs(report) {
    const { token } = report;
    const appLabels = token.appIds.map(id => report.appNames[id] ?? id);
    return {
        verdict: report.verdict,
        kind: token.kind,
        scope: report.scope,
        'org-ids': token.orgIds.join(','),
        apps: appLabels.join(','),
        'expires-at': token.expiresAt ?? '',
        'expires-in-days': token.expiresAt
            ? String(daysUntil(token.expiresAt, new Date(report.checkedAt)))
            : '',
        'lifetime-days': token.lifetimeSeconds === null ? '' : String(lifetimeDays(token.lifetimeSeconds)),
        valid: report.valid,
        findings: JSON.stringify(report.findings.map(findingToJson)),
        recommendation: report.recommendation ?? ''
    };
}

// EXTERNAL MODULE: ./lib/report/order.js
var order = __webpack_require__(5930);
;// CONCATENATED MODULE: ./lib/report/markdown.js


/** GitHub rejects issue and comment bodies longer than this. */
const GITHUB_BODY_LIMIT = 65536;
const ICONS = {
    critical: '🔴',
    high: '🟠',
    medium: '🟡',
    low: '🔵',
    info: '⚪'
};
function severityIcon(severity) {
    return ICONS[severity];
}
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
/** A code span that survives backticks and pipes in its content, inside a table cell. */
function codeSpan(text) {
    const content = text.replace(/\r?\n/g, ' ');
    const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = content.startsWith('`') || content.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${content.replace(/\|/g, '\\|')}${pad}${fence}`;
}
function encodePath(file) {
    return file
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .split('/')
        .map(segment => encodeURIComponent(segment).replace(/\(/g, '%28').replace(/\)/g, '%29'))
        .join('/');
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
        return finding.subject === undefined ? '—' : codeSpan(finding.subject);
    }
    const text = escapeTableCell(`${location.file}:${location.line}`);
    return link === undefined ? text : `[${text}](${blobUrl(link, location)})`;
}
function messageCell(finding, includeFix) {
    const parts = [escapeTableCell(finding.message)];
    if (includeFix && finding.fix !== undefined) {
        parts.push(`**Fix:** ${escapeTableCell(finding.fix.summary)}`);
        parts.push(...finding.fix.commands.map(codeSpan));
    }
    return parts.join('<br>');
}
function findingRow(finding, options = {}) {
    const severity = `${ICONS[finding.severity]} ${finding.severity}`;
    const rule = `[${codeSpan(finding.rule)}](${(0,types/* docsUrl */.fs)(encodeURIComponent(finding.rule))})`;
    const location = locationCell(finding, options.link);
    const message = messageCell(finding, options.includeFix ?? true);
    return `| ${severity} | ${rule} | ${location} | ${message} |`;
}
const TABLE_HEADER = '| Severity | Rule | Location | Finding |\n| --- | --- | --- | --- |';
function moreLine(count) {
    return `_…and ${count} more finding${count === 1 ? '' : 's'} not shown (see the job summary or the SARIF report)._`;
}
/**
 * The findings, worst first, as a markdown table that fits in `maxChars`: rows that do not fit
 * are replaced by an "and N more" line. Empty string for no findings.
 */
function renderFindingsTable(findings, options = {}) {
    if (findings.length === 0)
        return '';
    const budget = options.maxChars ?? GITHUB_BODY_LIMIT;
    const rows = (0,order/* sortFindings */.T)(findings).map(finding => findingRow(finding, options));
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
/** One line like "🔴 1 critical · 🟠 2 high", worst first; "no findings" when empty. */
function renderSeverityCounts(findings) {
    const parts = types/* SEVERITIES */.oC.flatMap(severity => {
        const count = findings.filter(f => f.severity === severity).length;
        return count > 0 ? [`${ICONS[severity]} ${count} ${severity}`] : [];
    });
    return parts.length > 0 ? parts.join(' · ') : 'no findings';
}
/**
 * Cuts a body that exceeds `limit` at a line break and says how much was left out. Bodies within
 * the limit come back unchanged.
 */
function truncateBody(body, limit = GITHUB_BODY_LIMIT) {
    if (body.length <= limit)
        return body;
    const note = (omitted) => `\n\n_…truncated: ${omitted} characters not shown (GitHub's ${limit}-character limit)._`;
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

;// CONCATENATED MODULE: ./lib/report/check-summary.js



const VERDICT_ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
const KIND_MEANING = {
    personal: 'a personal user token: everything its owner can do, in every org',
    org: 'an org token: full control of one organization',
    deploy: "a deploy token: one app's deploys, read on the rest of the org",
    readonly: 'a read-only org token',
    ssh: "an ssh token: one app's ssh console",
    'machine-exec': "a machine-exec token: runs commands on one app's machines",
    wireguard: 'a WireGuard token: peers for the org network',
    'litefs-cloud': 'a LiteFS Cloud token',
    custom: 'a custom (attenuated) token',
    malformed: 'not a usable token'
};
function kindMeaning(kind) {
    return KIND_MEANING[kind] ?? kind;
}
function named(ids, names) {
    if (ids.length === 0)
        return '—';
    return ids.map(id => (names[id] ? `${codeSpan(names[id])} (${id})` : codeSpan(id))).join(', ');
}
function appsCell(report) {
    const { token } = report;
    if (token.appIds.length === 0)
        return report.scope === 'org' || report.scope === 'user' ? 'all' : '—';
    return token.appIds
        .map(id => {
        const label = report.appNames[id] ? `${codeSpan(report.appNames[id])} (${id})` : codeSpan(id);
        const access = token.appAccess[id];
        return access ? `${label}: ${codeSpan(access)}` : label;
    })
        .join(', ');
}
function expiryCell(report) {
    const { expiresAt } = report.token;
    if (!expiresAt)
        return report.token.kind === 'malformed' ? '—' : 'never (no expiry in the token)';
    return `${formatDate(expiresAt)} (${formatCountdown(expiresAt, new Date(report.checkedAt))})`;
}
function validCell(report) {
    if (report.valid === 'true')
        return '✅ accepted by Fly';
    if (report.valid === 'false')
        return '❌ rejected by Fly';
    return report.online ? '❔ could not be verified' : '➖ not checked (offline)';
}
function needsCell(report) {
    const { needs } = report;
    if (needs.source === 'none')
        return 'unknown';
    const caps = needs.capabilities.join(', ') || 'nothing';
    const apps = needs.apps.length > 0 ? ` on ${needs.apps.map(codeSpan).join(', ')}` : '';
    const unknown = needs.unknownApps ? ' (+ apps whose names could not be told)' : '';
    const from = needs.source === 'input'
        ? ' (from inputs)'
        : report.job
            ? ` (job ${codeSpan(report.job.job)})`
            : '';
    return `${caps}${apps}${unknown}${from}`;
}
function renderCheckSummary(report) {
    const { token } = report;
    const title = `${VERDICT_ICON[report.verdict]} Fly token guard: **${report.verdict}** — ${escapeTableCell(kindMeaning(token.kind))}`;
    const rows = [
        ['Kind', codeSpan(token.kind)],
        ['Scope', `${codeSpan(report.scope)}: ${describeScope(report.scope)}`],
        ['Organization', named(token.orgIds, report.orgNames)],
        ['Apps', appsCell(report)],
        ['Expires', expiryCell(report)],
        ['Lifetime', token.lifetimeSeconds === null ? '—' : formatDuration(token.lifetimeSeconds)],
        ['Valid', validCell(report)],
        ['This job needs', needsCell(report)]
    ];
    const parts = [
        `## ${title}`,
        '',
        '| | |\n| --- | --- |',
        ...rows.map(([k, v]) => `| ${k} | ${v} |`),
        '',
        `**Findings:** ${renderSeverityCounts(report.findings)} (fails on ${codeSpan(report.failOn)})`
    ];
    const table = renderFindingsTable(report.findings, { includeFix: false, maxChars: 60000 });
    if (table)
        parts.push('', table);
    const fix = report.findings.find(f => f.fix && f.fix.commands.length > 0)?.fix;
    if (fix) {
        parts.push('', '### The fix', '', fix.summary, '', '```sh', ...fix.commands, '```');
    }
    else if (report.recommendation && report.verdict !== 'pass') {
        parts.push('', '### The narrowest token for this job', '', '```sh', report.recommendation, '```');
    }
    if (report.notes.length > 0)
        parts.push('', ...report.notes.map(n => `> ${n}`));
    return parts.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./lib/action/clock.js
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

// EXTERNAL MODULE: ./lib/action/inputs.js
var action_inputs = __webpack_require__(1413);
;// CONCATENATED MODULE: ./lib/action/check-mode.js
// `mode: check`: the guard step before `flyctl deploy`.








async function runCheckMode({ token, publisher }) {
    if (token.value.trim() === '') {
        throw new action_inputs/* InputError */.dz("No Fly token to check: set `token: ${{ secrets.FLY_API_TOKEN }}` (or FLY_API_TOKEN in the step's env). " +
            'On pull requests from forks GitHub passes no secrets, so the token is empty there.');
    }
    const inputs = (0,action_inputs/* readCommonInputs */.di)();
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const resolved = resolveNeeds({
        apps: (0,action_inputs/* readList */.LD)('apps'),
        needs: (0,action_inputs/* readList */.LD)('needs'),
        workflowRef: process.env.GITHUB_WORKFLOW_REF,
        jobId: process.env.GITHUB_JOB,
        repo: createRepoFiles(workspace)
    });
    const report = await runCheck({
        token: token.value,
        needs: resolved.needs,
        ...(resolved.job ? { job: resolved.job } : {}),
        now: currentTime(),
        failOn: inputs.failOn,
        options: {
            expiryWarningDays: inputs.expiryWarningDays,
            maxLifetimeDays: inputs.maxLifetimeDays,
            secretName: resolved.secretName ?? (token.source === 'token input' ? 'FLY_API_TOKEN' : token.source),
            ...(resolved.environment ? { environment: resolved.environment } : {})
        },
        ...(inputs.online
            ? {
                online: {
                    flyApiUrl: inputs.flyApiUrl,
                    flyGraphqlUrl: inputs.flyGraphqlUrl,
                    timeoutMs: inputs.timeoutMs
                }
            }
            : {}),
        notes: resolved.notes
    });
    publisher.outputs(checkOutputs(report));
    const left = publisher.annotate(report.findings);
    if (left > 0)
        report.notes.push(`${left} more findings are in the table above but were not annotated.`);
    await publisher.summary(renderCheckSummary(report));
    const headline = `Fly token: ${report.token.kind} (${report.scope}); verdict ${report.verdict}.`;
    if (report.verdict === 'fail') {
        publisher.fail(`${headline} See the job summary for the findings and the fix.`);
    }
    else {
        core/* info */.pq(headline);
    }
}


/***/ })

};
