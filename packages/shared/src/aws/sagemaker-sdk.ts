// The SageMaker client and the commands this package sends, each from its own module under the package's
// dist-es/ (it has no exports map, so these paths are its public files). The package index would bundle the
// client of every SageMaker operation (~0.8 MB of a 2.3 MB bundle) whether used or not. Loaded on first use by
// sagemaker-pipelines.ts; the types come from the package's dist-types/ (tsconfig `paths`).
export { SageMakerClient } from '@aws-sdk/client-sagemaker/dist-es/SageMakerClient.js';
export { CreatePipelineCommand } from '@aws-sdk/client-sagemaker/dist-es/commands/CreatePipelineCommand.js';
export { DescribePipelineCommand } from '@aws-sdk/client-sagemaker/dist-es/commands/DescribePipelineCommand.js';
export { DescribePipelineDefinitionForExecutionCommand } from '@aws-sdk/client-sagemaker/dist-es/commands/DescribePipelineDefinitionForExecutionCommand.js';
export { DescribePipelineExecutionCommand } from '@aws-sdk/client-sagemaker/dist-es/commands/DescribePipelineExecutionCommand.js';
export { ListPipelineExecutionStepsCommand } from '@aws-sdk/client-sagemaker/dist-es/commands/ListPipelineExecutionStepsCommand.js';
export { ListPipelineParametersForExecutionCommand } from '@aws-sdk/client-sagemaker/dist-es/commands/ListPipelineParametersForExecutionCommand.js';
export { StartPipelineExecutionCommand } from '@aws-sdk/client-sagemaker/dist-es/commands/StartPipelineExecutionCommand.js';
export { StopPipelineExecutionCommand } from '@aws-sdk/client-sagemaker/dist-es/commands/StopPipelineExecutionCommand.js';
export { UpdatePipelineCommand } from '@aws-sdk/client-sagemaker/dist-es/commands/UpdatePipelineCommand.js';
// Model Monitor reads (sagemaker-monitoring.ts).
export { DescribeProcessingJobCommand } from '@aws-sdk/client-sagemaker/dist-es/commands/DescribeProcessingJobCommand.js';
export { ListMonitoringExecutionsCommand } from '@aws-sdk/client-sagemaker/dist-es/commands/ListMonitoringExecutionsCommand.js';
