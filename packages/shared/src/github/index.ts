// What the GitHub runner tells an action about the run it is part of.
export * from './run-context.js';
export * from './client.js';
export * from './issues.js';
export * from './dispatch.js';
