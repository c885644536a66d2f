// Terminal renderings of what the run page shows: a step log (groups folded open and indented, `##[error]`
// and friends as labelled lines) and a job summary (HTML tables as aligned text rows, mermaid left as is).

export interface TerminalStyle {
  /** Use ANSI colours (and keep the ANSI colours the log itself carries). Default false. */
  color?: boolean;
}

const ANSI = /\u001b\[[0-9;]*m/g;
const paint = (on: boolean, code: string, text: string): string => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

const LEVELS: Record<string, { label: string; code: string }> = {
  error: { label: 'Error: ', code: '31' },
  warning: { label: 'Warning: ', code: '33' },
  notice: { label: 'Notice: ', code: '36' },
  debug: { label: 'Debug: ', code: '90' },
  command: { label: '', code: '34' },
};

/**
 * A step log as the run page shows it: `##[group]` opens an indented block under its title, `##[endgroup]`
 * closes it, `##[error]` / `##[warning]` / `##[notice]` / `##[debug]` lines get their label; multi-line entries
 * keep their indentation.
 */
export function renderLog(lines: string[], style: TerminalStyle = {}, indent = ''): string[] {
  const color = style.color ?? false;
  const out: string[] = [];
  let inGroup = false;
  const push = (prefix: string, text: string): void => {
    const [first = '', ...rest] = text.split(/\r?\n/);
    out.push(prefix + first);
    const continuation = ' '.repeat(visibleWidth(prefix.replace(ANSI, '')));
    for (const line of rest) out.push(continuation + line);
  };
  for (const raw of lines) {
    const line = color ? raw : raw.replace(ANSI, '');
    const base = indent + (inGroup ? '  ' : '');
    const command = /^##\[(group|endgroup|error|warning|notice|debug|command)\](.*)$/s.exec(line);
    if (!command) {
      push(base, line);
      continue;
    }
    const [, name = '', rest = ''] = command;
    if (name === 'group') {
      out.push(indent + paint(color, '1', `▾ ${rest}`));
      inGroup = true;
    } else if (name === 'endgroup') {
      inGroup = false;
    } else {
      const level = LEVELS[name] as { label: string; code: string };
      const label = paint(color, level.code, level.label);
      const lines = rest.split(/\r?\n/);
      out.push(base + label + paint(color, level.code, lines[0] ?? ''));
      for (const more of lines.slice(1)) out.push(base + ' '.repeat(level.label.length) + paint(color, level.code, more));
    }
  }
  return out;
}

/** Columns a string takes in a terminal: emoji and East Asian wide characters take two, ANSI codes none. */
export function visibleWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(ANSI, '')) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0xfe0f || code === 0x200d || (code >= 0x300 && code <= 0x36f)) continue;
    width += /\p{Extended_Pictographic}/u.test(ch) && code > 0x2100 ? 2 : isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/** Inline HTML as text: links keep their text, <br> breaks the line, other tags go. */
function inlineText(html: string): string {
  return decodeEntities(
    html
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<a\s[^>]*>([\s\S]*?)<\/a>/gi, '$1')
      .replace(/<[^>]+>/g, ''),
  ).trim();
}

/** An HTML table as aligned rows; a header row (th cells) is underlined. */
export function renderTable(html: string, style: TerminalStyle = {}, indent = ''): string[] {
  const rows = [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gi)].map((row) => {
    const cells = [...(row[1] ?? '').matchAll(/<t([hd])[^>]*>([\s\S]*?)<\/t[hd]>/gi)];
    return { header: cells.length > 0 && cells.every((c) => c[1]?.toLowerCase() === 'h'), cells: cells.map((c) => inlineText(c[2] ?? '').split('\n')) };
  });
  const columns = Math.max(0, ...rows.map((r) => r.cells.length));
  const widths = Array.from({ length: columns }, (_, i) => Math.max(0, ...rows.flatMap((r) => (r.cells[i] ?? ['']).map(visibleWidth))));
  const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - visibleWidth(text)));
  const out: string[] = [];
  for (const row of rows) {
    const height = Math.max(1, ...row.cells.map((c) => c.length));
    for (let line = 0; line < height; line++) {
      const text = widths
        .map((w, i) => pad(row.cells[i]?.[line] ?? '', i === columns - 1 ? 0 : w))
        .join('  ')
        .trimEnd();
      out.push(indent + (row.header ? paint(style.color ?? false, '1', text) : text));
    }
    if (row.header) out.push(indent + widths.map((w) => '─'.repeat(w)).join('  '));
  }
  return out;
}

/**
 * A job summary (markdown with the HTML @actions/core writes) for a terminal: tables become aligned rows, headings
 * and other tags become text, fenced blocks (mermaid included) are printed exactly as written.
 */
export function renderSummary(markdown: string, style: TerminalStyle = {}): string[] {
  const out: string[] = [];
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  let fence: string | undefined;
  for (const line of lines) {
    if (fence !== undefined) {
      out.push(line);
      if (line.trim() === fence) fence = undefined;
      continue;
    }
    const opening = /^\s*(`{3,}|~{3,})/.exec(line);
    if (opening) {
      fence = opening[1];
      out.push(line);
      continue;
    }
    // Block HTML on this line: tables first, then the rest as text.
    let rest = line;
    const parts: string[] = [];
    for (;;) {
      const start = rest.search(/<table[\s>]/i);
      if (start < 0) break;
      const end = rest.search(/<\/table>/i);
      if (end < 0) break;
      if (start > 0) parts.push(...blockText(rest.slice(0, start), style));
      parts.push(...renderTable(rest.slice(start, end + '</table>'.length), style));
      rest = rest.slice(end + '</table>'.length);
    }
    if (rest.trim() || parts.length === 0) parts.push(...blockText(rest, style));
    out.push(...parts);
  }
  // Collapse runs of blank lines the conversion leaves behind.
  const collapsed = out.filter((line, i) => !(line.trim() === '' && (out[i - 1] ?? '').trim() === ''));
  while (collapsed.length > 0 && (collapsed[collapsed.length - 1] ?? '').trim() === '') collapsed.pop();
  return collapsed;
}

function blockText(html: string, style: TerminalStyle): string[] {
  const heading = /^\s*(#{1,6})\s+(.*)$/.exec(html);
  if (heading) return [paint(style.color ?? false, '1', `${heading[1]} ${inlineText(heading[2] ?? '')}`)];
  const converted = html
    .replace(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/gi, (_, level: string, text: string) => `\n${'#'.repeat(Number(level))} ${text}\n`)
    .replace(/<li[^>]*>/gi, '\n- ')
    .replace(/<\/(p|div|ul|ol|li|details|summary|pre|blockquote)>/gi, '\n')
    .replace(/<hr\s*\/?>/gi, '\n────────\n');
  return inlineText(converted.replace(/\n/g, '<br>'))
    .split('\n')
    .map((l) => (/^#{1,6} /.test(l) ? paint(style.color ?? false, '1', l) : l));
}
