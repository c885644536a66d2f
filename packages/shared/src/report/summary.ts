import * as core from '@actions/core';

/** Escapes text for the HTML that job summary tables are made of. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function link(text: string, url: string): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
}

export function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`;
}

/**
 * A job summary built from parts and written once at the end, so a failing step still writes a whole
 * summary (the caller writes it in `finally`) and never half a table.
 */
export class JobSummary {
  private readonly parts: string[] = [];

  heading(text: string, level: 2 | 3 = 2): this {
    this.parts.push(`${'#'.repeat(level)} ${text}\n`);
    return this;
  }

  paragraph(markdown: string): this {
    this.parts.push(`${markdown}\n`);
    return this;
  }

  /** A two-column table of facts; values are HTML (use escapeHtml/link/code). */
  facts(rows: Array<[string, string | undefined]>): this {
    return this.table(
      ['', ''],
      rows.filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '').map(([k, v]) => [`<b>${escapeHtml(k)}</b>`, v]),
      { headless: true },
    );
  }

  /** A table; cells are HTML. */
  table(header: string[], rows: string[][], options: { headless?: boolean } = {}): this {
    const head = options.headless ? '' : `<tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
    const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('');
    this.parts.push(`<table>${head}${body}</table>\n`);
    return this;
  }

  /** GitHub renders mermaid only from fenced blocks, not from <pre lang="mermaid">. */
  mermaid(diagram: string): this {
    this.parts.push('```mermaid\n' + diagram.trimEnd() + '\n```\n');
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
