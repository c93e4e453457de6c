"use strict";
exports.id = 96;
exports.ids = [96];
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


/***/ })

};
;