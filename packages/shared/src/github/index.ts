// What the GitHub runner tells an action about the run it is part of, and the one REST client.
export * from './run-context.js';
export * from './client.js';
export * from './issues.js';
export * from './dispatch.js';
export * from './provenance.js';
export * from './teams.js';
export * from './deployments.js';
