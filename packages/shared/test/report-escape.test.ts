// The escaping helpers, one per context of a job summary, checked two ways: the exact text each produces, and
// what GitHub's markdown flavour (marked, GFM) makes of a summary that carries hostile values through them.
import { marked, type Token } from 'marked';
import { describe, expect, test } from 'vitest';
import {
  code,
  flowchart,
  htmlAttribute,
  htmlText,
  JobSummary,
  link,
  logText,
  longestPath,
  markdownText,
  mermaidLabel,
  truncate,
} from '@mlops-actions/shared/report';

/** Values a user or AWS can put in a summary, each aimed at a different way out of its place. */
const HOSTILE: Array<[string, string]> = [
  ['a blank line then a heading', 'ok\n\n## Approved for production'],
  ['a blank line of spaces (CRLF)', 'ok\r\n  \r\n## Approved for production'],
  ['a lone CR blank line', 'ok\r\r## Approved'],
  ['a markdown table row', 'x\n\n| a | b |\n|---|---|\n| 1 | 2 |'],
  ['closing the cell and the table', '</td></tr></table>\n\n# Escaped'],
  ['raw HTML', '<img src="https://evil.example/x.png" onerror="alert(1)"><script>alert(1)</script>'],
  ['an HTML comment swallowing the rest', 'x <!-- hidden'],
  ['backticks and pipes', '`code` | pipe ``` fence'],
  ['emphasis and a link', '**bold** _it_ [click](javascript:alert(1)) ![i](https://e/x.png)'],
  ['an entity', '&lt;b&gt; &amp; &#60;'],
  ['a line separator', 'a\u2028\u2028# b'],
];

const LINE_BREAKS = /[\r\n\u2028\u2029]/;

function blocks(markdown: string): Token[] {
  return marked.lexer(markdown, { gfm: true }).filter((t) => t.type !== 'space');
}

describe('htmlText: text inside HTML (table cells)', () => {
  test.each([
    ['markup', '<b>"x" & \'y\'</b>', "&lt;b&gt;&quot;x&quot; &amp; 'y'&lt;/b&gt;"],
    ['line breaks of every kind', 'a\nb\r\nc\rd\u2028e', 'a<br/>b<br/>c<br/>d<br/>e'],
    ['a blank line', 'a\n\nb', 'a<br/><br/>b'],
    ['markdown stays as typed (not markdown inside HTML)', '**x** | `y`', '**x** | `y`'],
  ])('%s', (_name, input, expected) => {
    expect(htmlText(input)).toBe(expected);
  });

  test.each(HOSTILE)('in a table cell, %s stays in its cell', (_name, value) => {
    const summary = new JobSummary()
      .table(
        ['Name', 'Value'],
        [
          [htmlText('p'), code(value)],
          [htmlText(value), htmlText('last')],
        ],
      )
      .toString();
    const tokens = blocks(summary);
    // One HTML block holds the whole table: nothing after a blank line became a heading, a table or a paragraph.
    expect(tokens.map((t) => t.type)).toEqual(['html']);
    expect(tokens[0]?.raw.trimEnd()).not.toMatch(LINE_BREAKS);
    // The value's own markup never becomes a tag: only the table's tags, <code> and <br/> remain.
    const tags = new Set([...summary.matchAll(/<\/?([a-zA-Z]+)/g)].map((m) => m[1]?.toLowerCase()));
    for (const tag of tags) expect(['br', 'code', 'table', 'td', 'th', 'tr']).toContain(tag);
  });
});

describe('markdownText: text inside a line of markdown (headings)', () => {
  test.each([
    ['a name', 'churn-training-1', 'churn-training-1'],
    ['inline markdown', '*a* _b_ `c` [d](e) ![f] ~g~ | #', '\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\!\\[f\\] \\~g\\~ \\| \\#'],
    ['markup', '<i>&', '&lt;i&gt;&amp;'],
    ['line breaks', 'a\n\n## b', 'a  \\#\\# b'],
  ])('%s', (_name, input, expected) => {
    expect(markdownText(input)).toBe(expected);
  });

  test.each(HOSTILE)('in a heading, %s stays one heading of plain text', (_name, value) => {
    const tokens = blocks(new JobSummary().heading(`Pipeline ${value}`).toString());
    expect(tokens).toHaveLength(1);
    const [heading] = tokens as [Token & { depth: number; tokens: Token[] }];
    expect(heading.type).toBe('heading');
    expect(heading.depth).toBe(2);
    // Only text and escapes inside: no emphasis, code, image, strikethrough, HTML or written link. A bare URL
    // stays linked (GitHub links bare URLs in any text); its text is the URL itself.
    for (const token of heading.tokens) {
      if (token.type === 'link') expect(token.raw).toBe((token as Token & { href: string }).href);
      else expect(['text', 'escape']).toContain(token.type);
    }
  });
});

describe('html paragraphs', () => {
  test.each(HOSTILE)('a paragraph of %s is one HTML block', (_name, value) => {
    const tokens = blocks(
      new JobSummary()
        .html(`<b>Failure:</b> ${htmlText(value)}`)
        .heading('Steps', 3)
        .toString(),
    );
    expect(tokens.map((t) => t.type)).toEqual(['html', 'heading']);
  });
});

describe('links and attributes', () => {
  test.each([
    ['https', 'a"b', 'https://x.example/?a="1"&b=<2>', '<a href="https://x.example/?a=&quot;1&quot;&amp;b=&lt;2&gt;">a&quot;b</a>'],
    ['a line break in the URL', 'x', 'https://x.example/\n\n# h', '<a href="https://x.example/&#10;&#10;# h">x</a>'],
    ['javascript: gives the text alone', '<x>', 'javascript:alert(1)', '&lt;x&gt;'],
    ['data: gives the text alone', 'x', 'data:text/html,<script>', 'x'],
  ])('%s', (_name, text, url, expected) => {
    expect(link(text, url)).toBe(expected);
  });

  test('attribute values keep quotes and line breaks inside the quotes', () => {
    expect(htmlAttribute(`"<>&\n`)).toBe('&quot;&lt;&gt;&amp;&#10;');
  });
});

describe('mermaidLabel: text between the quotes of a mermaid label', () => {
  test.each([
    ['plain', 'Train\nTraining · 1m 5s', 'Train<br/>Training · 1m 5s'],
    ['a quote', 'say "hi"', 'say #quot;hi#quot;'],
    ['markup and entities', '<b>&#quot;', '#lt;b#gt;#amp;#35;quot#59;'],
    ['comments and directives', "%%{init: {'theme':'dark'}}%%", "#37;#37;{init#58; {'theme'#58;'dark'}}#37;#37;"],
    ['arrows and brackets stay (they are inert inside quotes)', 'a --> b ]) {x} |y|', 'a --#gt; b ]) {x} |y|'],
    ['backticks (markdown strings)', '`**x**`', '#96;**x**#96;'],
  ])('%s', (_name, input, expected) => {
    expect(mermaidLabel(input)).toBe(expected);
  });

  test('the label has no quote, no line break and no %% left', () => {
    for (const [, value] of HOSTILE) expect(mermaidLabel(`${value}"%%\n`)).not.toMatch(/["\r\n\u2028\u2029]|%%/);
  });
});

describe('flowchart', () => {
  test('escaped labels, solid and dotted edges with quoted labels, a class per status', () => {
    const chart = flowchart(
      [
        { id: 'Train', label: 'Train "v2"\nTraining', status: 'succeeded' },
        { id: 'Check-1', label: 'Check', status: 'failed', shape: 'diamond' },
        { id: 'Check_2d_1', label: 'Other', status: 'skipped' },
      ],
      [
        { from: 'Train', to: 'Check-1', label: 'true' },
        { from: 'Train', to: 'Check_2d_1', style: 'dotted' },
      ],
    );
    expect(chart).toBe(
      [
        'flowchart LR',
        '  n_Train["Train #quot;v2#quot;<br/>Training"]',
        '  n_Check_2d_1{"Check"}',
        '  n_Check_5f_2d_5f_1["Other"]',
        '  n_Train -->|"true"| n_Check_2d_1',
        '  n_Train -.-> n_Check_5f_2d_5f_1',
        '  classDef succeeded fill:#d3f9d8,stroke:#2b8a3e,color:#1b4332',
        '  class n_Train succeeded',
        '  classDef failed fill:#ffe3e3,stroke:#c92a2a,color:#5c0011,stroke-width:2px',
        '  class n_Check_2d_1 failed',
        '  classDef skipped fill:none,stroke:#868e96,color:#868e96,stroke-dasharray: 4 3',
        '  class n_Check_5f_2d_5f_1 skipped',
      ].join('\n'),
    );
  });

  test('steps that did not run have no fill (no white box on a dark page)', () => {
    const chart = flowchart(
      [
        { id: 'a', label: 'a', status: 'pending' },
        { id: 'b', label: 'b', status: 'skipped' },
      ],
      [],
    );
    for (const status of ['pending', 'skipped']) expect(chart).toMatch(new RegExp(`classDef ${status} fill:none,`));
  });

  test.each([
    ['no edges', ['a', 'b'], [], 1],
    [
      'a chain',
      ['a', 'b', 'c'],
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
      3,
    ],
    [
      'a diamond takes the longer side',
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
        ['a', 'd'],
      ],
      4,
    ],
    [
      'a cycle does not loop',
      ['a', 'b'],
      [
        ['a', 'b'],
        ['b', 'a'],
      ],
      2,
    ],
  ] as Array<[string, string[], string[][], number]>)('longestPath: %s', (_name, ids, pairs, expected) => {
    expect(
      longestPath(
        ids.map((id) => ({ id })),
        pairs.map(([from, to]) => ({ from: from as string, to: to as string })),
      ),
    ).toBe(expected);
  });
});

describe('logText: a line of the job log', () => {
  test.each([
    ['plain', 'ValueError: x', 'ValueError: x'],
    ['a v2 command on a line of its own', 'x\n::error::forged', 'x ⏎ ::error::forged'],
    ['indented, CRLF', 'x\r\n   ::add-mask::y', 'x ⏎    ::add-mask::y'],
    ['a legacy command anywhere in the line', 'x ##[error]y ##[set-output name=a]b', 'x ## [error]y ## [set-output name=a]b'],
  ])('%s', (_name, input, expected) => {
    expect(logText(input)).toBe(expected);
  });
});

describe('truncate', () => {
  test.each([
    ['short', 'abc', 5, 'abc'],
    ['exact', 'abcde', 5, 'abcde'],
    ['cut', 'abcdef', 5, 'abcd…'],
    ['whole code points', '😀😀😀', 2, '😀…'],
  ] as Array<[string, string, number, string]>)('%s', (_name, input, max, expected) => {
    expect(truncate(input, max)).toBe(expected);
  });
});
