import * as core from '../core/index.js';

import { htmlText, markdownText } from './escape.js';

/**
 * A job summary built from parts and written once at the end, so a failing step still writes a whole
 * summary (the caller writes it in `finally`) and never half a table.
 */
export class JobSummary {
  private readonly parts: string[] = [];

  /** A heading of plain text (escaped here). */
  heading(text: string, level: 2 | 3 = 2): this {
    this.parts.push(`${'#'.repeat(level)} ${markdownText(text)}\n`);
    return this;
  }

  /** A paragraph of HTML (build it with htmlText/code/link): one line, so it cannot end in markdown. */
  html(html: string): this {
    this.parts.push(`<p>${html}</p>\n`);
    return this;
  }

  /** A paragraph of markdown written by the action itself; never put a value from outside in it. */
  paragraph(markdown: string): this {
    this.parts.push(`${markdown}\n`);
    return this;
  }

  /** A two-column table of facts; values are HTML (use htmlText/link/code). */
  facts(rows: Array<[string, string | undefined]>): this {
    return this.table(
      ['', ''],
      rows.filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '').map(([k, v]) => [`<b>${htmlText(k)}</b>`, v]),
      { headless: true },
    );
  }

  /** A table; cells are HTML (use htmlText/link/code for anything from outside). */
  table(header: string[], rows: string[][], options: { headless?: boolean } = {}): this {
    const head = options.headless ? '' : `<tr>${header.map((h) => `<th>${htmlText(h)}</th>`).join('')}</tr>`;
    const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('');
    this.parts.push(`<table>${head}${body}</table>\n`);
    return this;
  }

  /** GitHub renders mermaid only from fenced blocks, not from <pre lang="mermaid">. */
  mermaid(diagram: string): this {
    this.parts.push(`\`\`\`mermaid\n${diagram.trimEnd()}\n\`\`\`\n`);
    return this;
  }

  toString(): string {
    return this.parts.join('\n');
  }

  /** Appends to GITHUB_STEP_SUMMARY; a missing summary file (local runs) is not an error. */
  async write(): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) {
      core.info(this.toString());
      return;
    }
    await core.summary.addRaw(this.toString(), true).write();
  }
}
