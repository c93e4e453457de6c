exports.id = 714;
exports.ids = [714,636,237];
exports.modules = {

/***/ 770:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

"use strict";


var net = __webpack_require__(9278);
var tls = __webpack_require__(4756);
var http = __webpack_require__(8611);
var https = __webpack_require__(5692);
var events = __webpack_require__(4434);
var assert = __webpack_require__(2613);
var util = __webpack_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
exports.debug = debug; // for test


/***/ }),

/***/ 636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

"use strict";
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

/***/ 9787:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

"use strict";
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_CLOSE_COMMENT: () => (/* binding */ DEFAULT_CLOSE_COMMENT),
/* harmony export */   DEFAULT_HEALTH_MARKER: () => (/* binding */ DEFAULT_HEALTH_MARKER),
/* harmony export */   syncHealthIssue: () => (/* binding */ syncHealthIssue)
/* harmony export */ });
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3021);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(636);
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5917);
// The token-health issue: one open issue (label + hidden marker, written by us) while a token is
// unhealthy, edited only when the state's fingerprint changes, closed with a comment once healthy.
// A daily run over an unchanged state makes no write request at all.



const DEFAULT_HEALTH_MARKER = 'health';
const DEFAULT_CLOSE_COMMENT = '✅ **fly-token-guard**: every checked Fly token is healthy again. Closing this issue.';
const LABEL_COLOR = 'd93f0b';
function degraded(failure) {
    return { ...failure, action: 'degraded' };
}
async function findOurIssue(client, params, marker) {
    const login = await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.resolveBotLogin)(client, params.botLogin);
    const issues = await client.paginate(client.rest.issues.listForRepo, {
        owner: params.owner,
        repo: params.repo,
        labels: params.label,
        state: 'open',
        per_page: 100
    });
    // The issues endpoint also lists pull requests; those are never ours to reuse.
    const ours = issues.find(issue => issue.pull_request === undefined &&
        issue.user?.login === login &&
        (0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .hasMarker */ .xY)(issue.body, marker));
    return ours === undefined
        ? undefined
        : { number: ours.number, body: ours.body, url: ours.html_url };
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
        return degraded({
            ok: false,
            kind: 'error',
            reason: `Invalid issue marker "${marker.slice(0, 40)}": use letters, digits and ._:/- separators.`
        });
    }
    if (params.label.trim() === '') {
        return degraded({ ok: false, kind: 'error', reason: 'The health issue needs a label.' });
    }
    let ours;
    try {
        ours = await findOurIssue(client, params, marker);
    }
    catch (error) {
        return degraded((0,_client_js__WEBPACK_IMPORTED_MODULE_1__.failureFrom)(error, `list the open issues labelled "${params.label}"`));
    }
    if (!params.unhealthy) {
        return ours === undefined ? { ok: true, action: 'none' } : closeIssue(client, params, ours);
    }
    const fingerprint = (0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .safeFingerprint */ .EP)(params.fingerprint);
    const body = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateBody */ .Nz)(`${(0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .markerComment */ .wV)(marker, fingerprint)}\n${params.body}`);
    if (ours !== undefined) {
        if ((0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .storedFingerprint */ .a3)(ours.body, marker) === fingerprint) {
            return { ok: true, action: 'unchanged', issueNumber: ours.number, url: ours.url };
        }
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
            return degraded((0,_client_js__WEBPACK_IMPORTED_MODULE_1__.failureFrom)(error, `update health issue #${ours.number}`));
        }
    }
    const labelFailure = await ensureLabel(client, params);
    if (labelFailure)
        return degraded(labelFailure);
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
        return degraded((0,_client_js__WEBPACK_IMPORTED_MODULE_1__.failureFrom)(error, 'open the token health issue'));
    }
}
async function closeIssue(client, params, ours) {
    try {
        await client.rest.issues.createComment({
            owner: params.owner,
            repo: params.repo,
            issue_number: ours.number,
            body: (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateBody */ .Nz)(params.closeComment ?? DEFAULT_CLOSE_COMMENT)
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
        return degraded((0,_client_js__WEBPACK_IMPORTED_MODULE_1__.failureFrom)(error, `close health issue #${ours.number}`));
    }
}


/***/ }),

/***/ 5917:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

"use strict";
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


/***/ })

};
;