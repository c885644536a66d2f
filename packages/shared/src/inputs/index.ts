// Reading action inputs (strings, numbers, durations, lists, maps) with one clear error per bad input.
export * from './duration.js';
export * from './inputs.js';
export * from './json-location.js';
