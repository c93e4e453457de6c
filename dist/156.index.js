export const id = 156;
export const ids = [156];
export const modules = {

/***/ 3156:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runHealthMode: () => (/* binding */ runHealthMode)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1413);

async function runHealthMode(_run) {
    throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('mode: health is not available in this build.');
}


/***/ })

};
