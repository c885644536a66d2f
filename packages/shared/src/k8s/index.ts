// Kubernetes: a client from {server, caData, token()} or a kubeconfig, the status -> hint mapping, the retry
// classifier, kubectl's rollout rule with pod evidence, `rollout undo`, image references, manifests and health
// checks. Knows nothing about AWS (EKS access lives in @mlops-actions/shared/aws/eks).
export * from './objects.js';
export * from './image-ref.js';
export * from './errors.js';
export * from './rollout.js';
export * from './undo.js';
export * from './health.js';
export * from './manifests.js';
export * from './client.js';
