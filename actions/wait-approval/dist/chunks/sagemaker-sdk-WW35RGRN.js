import { createRequire as __bundleCreateRequire } from 'node:module';
const require = __bundleCreateRequire(import.meta.url);
import {
  CreatePipeline$,
  DescribePipeline$,
  DescribePipelineDefinitionForExecution$,
  DescribePipelineExecution$,
  DescribeProcessingJob$,
  ListMonitoringExecutions$,
  ListPipelineExecutionSteps$,
  ListPipelineParametersForExecution$,
  SageMakerClient,
  StartPipelineExecution$,
  StopPipelineExecution$,
  UpdatePipeline$,
  _ep0,
  _mw0,
  command
} from "./chunk-VN75QQAW.js";
import "./chunk-PZBUUGPM.js";
import "./chunk-KFWTROOG.js";
import "./chunk-V5RP6XSW.js";
import "./chunk-TWZWASCS.js";
import "./chunk-XXW5MR4D.js";
import "./chunk-INSPHFIE.js";
import "./chunk-MLGMN2K7.js";
import "./chunk-TZS6D3PF.js";
import "./chunk-J4XZZMXM.js";
import "./chunk-UYI5YQBY.js";
import "./chunk-5JZGMAOE.js";

// ../../node_modules/@aws-sdk/client-sagemaker/dist-es/commands/CreatePipelineCommand.js
var CreatePipelineCommand = class extends command(_ep0, _mw0, "CreatePipeline", CreatePipeline$) {
};

// ../../node_modules/@aws-sdk/client-sagemaker/dist-es/commands/DescribePipelineCommand.js
var DescribePipelineCommand = class extends command(_ep0, _mw0, "DescribePipeline", DescribePipeline$) {
};

// ../../node_modules/@aws-sdk/client-sagemaker/dist-es/commands/DescribePipelineDefinitionForExecutionCommand.js
var DescribePipelineDefinitionForExecutionCommand = class extends command(_ep0, _mw0, "DescribePipelineDefinitionForExecution", DescribePipelineDefinitionForExecution$) {
};

// ../../node_modules/@aws-sdk/client-sagemaker/dist-es/commands/DescribePipelineExecutionCommand.js
var DescribePipelineExecutionCommand = class extends command(_ep0, _mw0, "DescribePipelineExecution", DescribePipelineExecution$) {
};

// ../../node_modules/@aws-sdk/client-sagemaker/dist-es/commands/ListPipelineExecutionStepsCommand.js
var ListPipelineExecutionStepsCommand = class extends command(_ep0, _mw0, "ListPipelineExecutionSteps", ListPipelineExecutionSteps$) {
};

// ../../node_modules/@aws-sdk/client-sagemaker/dist-es/commands/ListPipelineParametersForExecutionCommand.js
var ListPipelineParametersForExecutionCommand = class extends command(_ep0, _mw0, "ListPipelineParametersForExecution", ListPipelineParametersForExecution$) {
};

// ../../node_modules/@aws-sdk/client-sagemaker/dist-es/commands/StartPipelineExecutionCommand.js
var StartPipelineExecutionCommand = class extends command(_ep0, _mw0, "StartPipelineExecution", StartPipelineExecution$) {
};

// ../../node_modules/@aws-sdk/client-sagemaker/dist-es/commands/StopPipelineExecutionCommand.js
var StopPipelineExecutionCommand = class extends command(_ep0, _mw0, "StopPipelineExecution", StopPipelineExecution$) {
};

// ../../node_modules/@aws-sdk/client-sagemaker/dist-es/commands/UpdatePipelineCommand.js
var UpdatePipelineCommand = class extends command(_ep0, _mw0, "UpdatePipeline", UpdatePipeline$) {
};

// ../../node_modules/@aws-sdk/client-sagemaker/dist-es/commands/DescribeProcessingJobCommand.js
var DescribeProcessingJobCommand = class extends command(_ep0, _mw0, "DescribeProcessingJob", DescribeProcessingJob$) {
};

// ../../node_modules/@aws-sdk/client-sagemaker/dist-es/commands/ListMonitoringExecutionsCommand.js
var ListMonitoringExecutionsCommand = class extends command(_ep0, _mw0, "ListMonitoringExecutions", ListMonitoringExecutions$) {
};
export {
  CreatePipelineCommand,
  DescribePipelineCommand,
  DescribePipelineDefinitionForExecutionCommand,
  DescribePipelineExecutionCommand,
  DescribeProcessingJobCommand,
  ListMonitoringExecutionsCommand,
  ListPipelineExecutionStepsCommand,
  ListPipelineParametersForExecutionCommand,
  SageMakerClient,
  StartPipelineExecutionCommand,
  StopPipelineExecutionCommand,
  UpdatePipelineCommand
};
