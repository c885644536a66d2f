// Test-only toolkit: the runner-faithful harness and the local worlds. Never imported by an action's src.
export * from './net.js';
export * from './tls.js';
export * from './aws/index.js';
export * from './registry/index.js';
export * from './github/index.js';
export * from './harness/index.js';
export * from './workflow/index.js';
export * from './k8s/index.js';
