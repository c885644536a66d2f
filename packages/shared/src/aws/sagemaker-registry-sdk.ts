// The Model Registry commands, each from its own module under the client's dist-es/ (see sagemaker-sdk.ts for
// why not the package index). A chunk of its own, loaded on first use by sagemaker-model-registry.ts, so
// start-pipeline does not carry them; the SageMaker client itself is shared with the Pipelines chunk.
export { SageMakerClient } from '@aws-sdk/client-sagemaker/dist-es/SageMakerClient.js';
export { DescribeModelPackageCommand } from '@aws-sdk/client-sagemaker/dist-es/commands/DescribeModelPackageCommand.js';
export { ListModelPackagesCommand } from '@aws-sdk/client-sagemaker/dist-es/commands/ListModelPackagesCommand.js';
export { UpdateModelPackageCommand } from '@aws-sdk/client-sagemaker/dist-es/commands/UpdateModelPackageCommand.js';
