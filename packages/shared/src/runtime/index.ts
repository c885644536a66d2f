// Service-neutral running of an action: errors, cancellation, waiting, durations for people, reading local files.
// Imports no service.
export * from './errors.js';
export * from './version.js';
export * from './duration.js';
export * from './cancellation.js';
export * from './wait.js';
export * from './run.js';
export * from './file-chunks.js';
