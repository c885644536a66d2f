// AWS: credentials (OIDC, assume-role), the SDK's HTTP stack, ARNs and regions, error reporting and retry
// classification. SageMaker has its own entry, ./sagemaker.ts (@mlops-actions/shared/aws/sagemaker).
export * from './arn.js';
export * from './region.js';
export * from './service-errors.js';
export * from './credentials.js';
export * from './oidc-hints.js';
export * from './oidc-token.js';
export * from './http.js';
export * from './session.js';
export * from './session-inputs.js';
export * from './session-input-declarations.js';
