export const id = 985;
export const ids = [985];
export const modules = {

/***/ 4985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runScanCommand: () => (/* binding */ runScanCommand)
/* harmony export */ });
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2453);

const runScanCommand = async () => {
    throw new _args_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('scan is not available in this build');
};


/***/ })

};
