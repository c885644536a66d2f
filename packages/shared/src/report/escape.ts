/**
 * One escaping helper per place a job summary puts text that comes from users or from AWS (parameter values,
 * descriptions, step display names, failure reasons). GitHub renders the summary as GFM: an HTML block (our
 * tables) ends at the first blank line, after which the rest of a value is read as markdown, so a value must
 * never carry a line break into HTML, nor markup into markdown, nor a quote or `%%` into a mermaid label.
 */

/** CommonMark ends lines at \n, \r\n and \r; U+2028/2029 are included so no renderer sees a line break. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

/** The characters HTML gives a meaning to in text and in double-quoted attributes (we write no other kind). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Text inside HTML (a table cell, an HTML paragraph): markup escaped and line breaks as `<br/>`, so the value
 * stays on one line and cannot end the HTML block with a blank line.
 */
export function htmlText(text: string): string {
  return escapeHtml(text).replace(LINE_BREAK, '<br/>');
}

/** A quoted HTML attribute value; line breaks as character references. */
export function htmlAttribute(value: string): string {
  return escapeHtml(value).replace(LINE_BREAK, '&#10;');
}

/** Inline code inside HTML: `<code>` keeps backticks and pipes literal, so only the HTML text rules apply. */
export function code(text: string): string {
  return `<code>${htmlText(text)}</code>`;
}

/** A link to an http(s) page; any other scheme (javascript:, data:) gives the text alone. */
export function link(text: string, url: string): string {
  if (!/^https?:\/\//i.test(url)) return htmlText(text);
  return `<a href="${htmlAttribute(url)}">${htmlText(text)}</a>`;
}

/**
 * Punctuation that means something inside a line of markdown: code spans, emphasis, strikethrough, links and
 * images, table pipes, a heading's closing `#`s, backslash itself. (Line-start markers such as `-` or `1.`
 * cannot occur: the text never starts a line.) A backslash makes each literal.
 */
const MARKDOWN_INLINE = /[\\`*_[\]!#~|]/g;

/**
 * Text inside a line of markdown (a heading, after a label): inline markdown and markup escaped, line breaks
 * as spaces (a heading is one line; a line break would let the rest start a block of its own).
 */
export function markdownText(text: string): string {
  return escapeHtml(text.replace(LINE_BREAK, ' ').replace(MARKDOWN_INLINE, '\\$&'));
}

/**
 * Characters with a meaning inside a quoted mermaid label, as mermaid's own `#code;` entities: `#` first (it
 * starts an entity), `"` (ends the label), `<` `>` `&` (markup), backtick (markdown strings), `%` (`%%`
 * comments and `%%{init}%%` directives are found anywhere in the text), `:` and `;` (mermaid strips the last
 * `;` of a line that looks like `style ...: #...;`, which would break an entity).
 */
const MERMAID_ENTITY: Record<string, string> = {
  '#': '#35;',
  '"': '#quot;',
  '<': '#lt;',
  '>': '#gt;',
  '&': '#amp;',
  '`': '#96;',
  '%': '#37;',
  ':': '#58;',
  ';': '#59;',
};

/** A mermaid label, to be written between double quotes; line breaks become `<br/>`. */
export function mermaidLabel(text: string): string {
  return text.replace(/[#"<>&`%:;]/g, (c) => MERMAID_ENTITY[c] as string).replace(LINE_BREAK, '<br/>');
}

/**
 * Text for a line of the job log. The runner takes a line that starts with `::` (after blanks) or holds `##[`
 * anywhere as a workflow command (an annotation, a mask, an output, stop-commands): line breaks are shown as ⏎
 * so a value never starts a line of its own, and `##[` gets a space.
 */
export function logText(text: string): string {
  return text.replace(LINE_BREAK, ' ⏎ ').replace(/##\[/g, '## [');
}

/** At most `max` characters (whole code points), with an ellipsis when cut; for labels and table cells. */
export function truncate(text: string, max: number): string {
  const points = [...text];
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}
