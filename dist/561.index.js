export const id = 561;
export const ids = [561];
export const modules = {

/***/ 8561:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runScanMode: () => (/* binding */ runScanMode)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1413);

async function runScanMode(_run) {
    throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('mode: scan is not available in this build.');
}


/***/ })

};
