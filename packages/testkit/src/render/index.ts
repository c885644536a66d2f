// `@mlops-actions/testkit/render`: job summaries rendered as GitHub renders them (GFM + mermaid in headless
// Chromium), and hostile values to put in them. Its own entry so that tests which never render do not load playwright.
export { type Diagram, GitHubRenderer, type RenderedSummary } from './github-render.js';
export { BREAKOUT, escapes, HTML, MERMAID, SUMMARY_TAGS } from './hostile.js';
