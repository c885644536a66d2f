export const id = 364;
export const ids = [364];
export const modules = {

/***/ 6364:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CreatePipelineCommand: () => (/* reexport safe */ _aws_sdk_client_sagemaker_dist_es_commands_CreatePipelineCommand_js__WEBPACK_IMPORTED_MODULE_1__.C),
/* harmony export */   DescribePipelineCommand: () => (/* reexport safe */ _aws_sdk_client_sagemaker_dist_es_commands_DescribePipelineCommand_js__WEBPACK_IMPORTED_MODULE_2__.X),
/* harmony export */   DescribePipelineExecutionCommand: () => (/* reexport safe */ _aws_sdk_client_sagemaker_dist_es_commands_DescribePipelineExecutionCommand_js__WEBPACK_IMPORTED_MODULE_3__.l),
/* harmony export */   ListPipelineExecutionStepsCommand: () => (/* reexport safe */ _aws_sdk_client_sagemaker_dist_es_commands_ListPipelineExecutionStepsCommand_js__WEBPACK_IMPORTED_MODULE_4__.B),
/* harmony export */   SageMakerClient: () => (/* reexport safe */ _aws_sdk_client_sagemaker_dist_es_SageMakerClient_js__WEBPACK_IMPORTED_MODULE_0__.k),
/* harmony export */   StartPipelineExecutionCommand: () => (/* reexport safe */ _aws_sdk_client_sagemaker_dist_es_commands_StartPipelineExecutionCommand_js__WEBPACK_IMPORTED_MODULE_5__.Q),
/* harmony export */   StopPipelineExecutionCommand: () => (/* reexport safe */ _aws_sdk_client_sagemaker_dist_es_commands_StopPipelineExecutionCommand_js__WEBPACK_IMPORTED_MODULE_6__.k),
/* harmony export */   UpdatePipelineCommand: () => (/* reexport safe */ _aws_sdk_client_sagemaker_dist_es_commands_UpdatePipelineCommand_js__WEBPACK_IMPORTED_MODULE_7__.v)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sagemaker_dist_es_SageMakerClient_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9801);
/* harmony import */ var _aws_sdk_client_sagemaker_dist_es_commands_CreatePipelineCommand_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9757);
/* harmony import */ var _aws_sdk_client_sagemaker_dist_es_commands_DescribePipelineCommand_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4090);
/* harmony import */ var _aws_sdk_client_sagemaker_dist_es_commands_DescribePipelineExecutionCommand_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4580);
/* harmony import */ var _aws_sdk_client_sagemaker_dist_es_commands_ListPipelineExecutionStepsCommand_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(694);
/* harmony import */ var _aws_sdk_client_sagemaker_dist_es_commands_StartPipelineExecutionCommand_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4355);
/* harmony import */ var _aws_sdk_client_sagemaker_dist_es_commands_StopPipelineExecutionCommand_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5813);
/* harmony import */ var _aws_sdk_client_sagemaker_dist_es_commands_UpdatePipelineCommand_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7966);
// The SageMaker client and the commands this package sends, each from its own module under the package's
// dist-es/ (it has no exports map, so these paths are its public files). The package index would bundle the
// client of every SageMaker operation (~0.8 MB of a 2.3 MB bundle) whether used or not. Loaded on first use by
// sagemaker-pipelines.ts; the types come from the package's dist-types/ (tsconfig `paths`).










/***/ })

};
