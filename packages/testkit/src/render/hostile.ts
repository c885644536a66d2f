// Values from users (or from AWS) built to break out of a job summary, and the check that none did: written once,
// used by every action's summary test.
import type { RenderedSummary } from './github-render.js';

/** A blank line ends a table and starts a heading and a forged table. */
export const BREAKOUT = 'ok\n\n## Approved for production\n\n| forged | row |\n|---|---|\n| a | b |\n';
/** Raw HTML: an image that would fetch, a script, and a comment that would swallow what follows. */
export const HTML = '<img src="http://127.0.0.1:9/x.png"><script>document.title="pwned"</script><!-- swallow';
/** Out of a mermaid label: a forged node, an init directive and a click handler. */
export const MERMAID = '"]) --> X["forged"]\n%%{init: {"theme":"forest"}}%%\nclick n_Train "javascript:alert(1)"';

/** Elements a summary may contain outside its diagrams: anything else came from a value that got out. */
export const SUMMARY_TAGS = [
  'a',
  'b',
  'br',
  'code',
  'details',
  'div',
  'em',
  'h2',
  'h3',
  'h4',
  'i',
  'li',
  'p',
  'pre',
  'strong',
  'sub',
  'summary',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
];

/**
 * What escaped: tags outside `allowedTags`, HTML comments, requests the page tried, and diagrams mermaid could not
 * draw. Empty when the summary kept every value in its place.
 */
export function escapes(rendered: RenderedSummary, allowedTags: readonly string[] = SUMMARY_TAGS): string[] {
  return [
    ...rendered.tags.filter((tag) => !allowedTags.includes(tag)).map((tag) => `element <${tag}>`),
    ...(rendered.comments > 0 ? [`${rendered.comments} HTML comment(s)`] : []),
    ...rendered.requests.map((url) => `request to ${url}`),
    ...rendered.diagrams.flatMap((d, i) => (d.error ? [`diagram ${i + 1}: ${d.error}`] : [])),
  ];
}
