// The job summary: markdown/HTML helpers and mermaid flowcharts.
export * from './escape.js';
export * from './summary.js';
export * from './mermaid.js';
