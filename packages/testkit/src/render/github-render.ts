// A job summary rendered the way GitHub renders it: GFM markdown (marked) into a page of headless Chromium, each
// ```mermaid block drawn by mermaid (from node_modules, loaded into the page). Nothing leaves the machine: every
// request the page would make is refused and counted, so a stray <img src> in a summary is seen, not fetched.
import { createRequire } from 'node:module';
import { marked } from 'marked';
import { chromium, type Browser, type Page } from 'playwright-core';

const MERMAID_JS = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

/** What a reader sees: headings, tables as rows of cell texts, elements present, and how each diagram fared. */
export interface RenderedSummary {
  headings: string[];
  tables: string[][][];
  /** Tag names of every element outside the drawn diagrams. */
  tags: string[];
  comments: number;
  /** Each mermaid block: its error, or the drawn SVG's node labels, each node's fill, and the edges. */
  diagrams: Diagram[];
  /** Rendered width of each table, in px, in a page as wide as GitHub's narrowest summary pane (720 px). */
  tableWidths: number[];
  text: string;
  links: Array<{ text: string; href: string }>;
  /** Requests the page tried to make (all refused). */
  requests: string[];
}

export interface Diagram {
  error?: string;
  labels: string[];
  /** Computed fill of each node's shape, by label. */
  fills: Record<string, string>;
  edges: number;
  dottedEdges: number;
}

export class GitHubRenderer {
  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
    private readonly requests: string[],
  ) {}

  static async launch(): Promise<GitHubRenderer> {
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    const page = await browser.newPage();
    const requests: string[] = [];
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    // GitHub's summary pane is at least about 720 px wide; its markdown CSS in brief (cell padding, code font).
    await page.setContent(
      '<!doctype html><html><head><style>body{width:720px;margin:0;font:14px/1.5 sans-serif}table{border-collapse:collapse}' +
        'td,th{padding:6px 13px;border:1px solid #d0d7de}code{font:12px monospace}</style></head><body></body></html>',
    );
    await page.addScriptTag({ path: MERMAID_JS });
    await page.evaluate(() =>
      (globalThis as unknown as { mermaid: { initialize(c: object): void } }).mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }),
    );
    return new GitHubRenderer(browser, page, requests);
  }

  /** Whether mermaid parses the text; the parser's message when it does not. */
  async parseMermaid(text: string): Promise<string | undefined> {
    return this.page.evaluate(async (source) => {
      try {
        await (globalThis as unknown as { mermaid: { parse(t: string): Promise<unknown> } }).mermaid.parse(source);
        return undefined;
      } catch (error) {
        return String((error as Error).message ?? error);
      }
    }, text);
  }

  async render(markdown: string): Promise<RenderedSummary> {
    const html = await marked.parse(markdown, { gfm: true });
    this.requests.length = 0;
    const rendered = await this.page.evaluate(async (body) => {
      type Mermaid = { render(id: string, text: string): Promise<{ svg: string }> };
      const mermaid = (globalThis as unknown as { mermaid: Mermaid }).mermaid;
      document.body.innerHTML = body;
      type Drawn = { error?: string; labels: string[]; fills: Record<string, string>; edges: number; dottedEdges: number };
      const diagrams: Drawn[] = [];
      let n = 0;
      for (const block of [...document.querySelectorAll('pre > code.language-mermaid')]) {
        const holder = document.createElement('div');
        holder.className = 'mermaid-drawn';
        block.parentElement?.replaceWith(holder);
        try {
          holder.innerHTML = (await mermaid.render(`d${n++}`, block.textContent ?? '')).svg;
          const svg = holder.querySelector('svg');
          const nodes = [...(svg?.querySelectorAll('g.node') ?? [])];
          diagrams.push({
            labels: nodes.map((g) => (g.textContent ?? '').trim()),
            fills: Object.fromEntries(
              nodes.map((g) => [(g.textContent ?? '').trim(), getComputedStyle(g.querySelector('rect, polygon, path') as Element).fill]),
            ),
            edges: svg?.querySelectorAll('path.flowchart-link').length ?? 0,
            dottedEdges: svg?.querySelectorAll('path.flowchart-link.edge-pattern-dotted').length ?? 0,
          });
        } catch (error) {
          diagrams.push({ error: String((error as Error).message ?? error), labels: [], fills: {}, edges: 0, dottedEdges: 0 });
        }
      }
      const outside = [...document.body.querySelectorAll('*')].filter((e) => !e.closest('.mermaid-drawn'));
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_COMMENT);
      let comments = 0;
      while (walker.nextNode()) comments++;
      return {
        headings: [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => `${h.tagName.toLowerCase()} ${h.textContent}`),
        tables: [...document.querySelectorAll('table')].map((t) => [...t.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => c.textContent ?? ''))),
        tags: [...new Set(outside.map((e) => e.tagName.toLowerCase()))].sort(),
        comments,
        diagrams,
        text: document.body.innerText,
        tableWidths: [...document.querySelectorAll('table')].map((t) => t.scrollWidth),
        links: [...document.querySelectorAll('a')].map((a) => ({ text: a.textContent ?? '', href: a.getAttribute('href') ?? '' })),
      };
    }, html);
    return { ...rendered, requests: [...this.requests] };
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
