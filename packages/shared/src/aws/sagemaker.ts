// SageMaker: ARN parsers, the one status table, the Pipelines, Model Registry and Model Monitor calls and console links. Its own entry
// (@mlops-actions/shared/aws/sagemaker), so an action that needs only credentials from aws/ carries no SageMaker
// client, not even as a lazy chunk (repo-checks shared-areas.test.ts).
export * from './sagemaker-arns.js';
export * from './sagemaker-pipelines.js';
export * from './sagemaker-status.js';
export * from './sagemaker-monitoring.js';
export * from './sagemaker-model-registry.js';
