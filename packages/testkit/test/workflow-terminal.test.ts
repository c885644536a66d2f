// Terminal renderings used by `npm start`: step logs and job summaries.
import { describe, expect, it } from 'vitest';
import { renderLog, renderSummary, renderTable, visibleWidth } from '../src/index.js';

describe('renderLog', () => {
  it('opens groups under their title, labels annotations and strips colours without a TTY', () => {
    const lines = renderLog([
      '##[group]Run echo hi',
      '\u001b[36;1mecho hi\u001b[0m',
      'shell: /usr/bin/bash -e {0}',
      '##[endgroup]',
      'hi',
      '##[warning]Careful',
      '##[error]Bad thing\nsecond line',
    ]);
    expect(lines).toEqual(['▾ Run echo hi', '  echo hi', '  shell: /usr/bin/bash -e {0}', 'hi', 'Warning: Careful', 'Error: Bad thing', '       second line']);
  });

  it('keeps colours when asked', () => {
    expect(renderLog(['##[error]x'], { color: true })).toEqual(['\u001b[31mError: \u001b[0m\u001b[31mx\u001b[0m']);
  });
});

describe('renderTable / renderSummary', () => {
  it('aligns columns by display width (emoji take two columns) and splits <br/> cells into lines', () => {
    const html =
      '<table><tr><th>Step</th><th>Status</th><th>Details</th></tr>' +
      '<tr><td>Train</td><td>✅ Succeeded</td><td><code>job-1</code></td></tr>' +
      '<tr><td>RegisterChurnModel</td><td>❌ Failed</td><td><a href="https://x">link</a><br/><code>arn:1</code></td></tr></table>';
    const lines = renderTable(html);
    expect(lines).toEqual([
      'Step                Status        Details',
      '──────────────────  ────────────  ───────',
      'Train               ✅ Succeeded  job-1',
      'RegisterChurnModel  ❌ Failed     link',
      '                                  arn:1',
    ]);
    expect(visibleWidth('✅ Succeeded')).toBe(12);
  });

  it('turns the summary HTML into text, decodes entities and prints fenced mermaid exactly as written', () => {
    const markdown = [
      '## ✅ SageMaker pipeline churn: Succeeded',
      '',
      '<table><tr><td><b>Status</b></td><td>Succeeded &amp; registered</td></tr><tr><td><b>Model package</b></td><td><a href="u">churn v1</a></td></tr></table>',
      '',
      '<h3>Steps</h3>',
      '```mermaid',
      'flowchart LR',
      '  n_A["A<br/>Processing"] --> n_B',
      '```',
      '',
      '',
    ].join('\n');
    expect(renderSummary(markdown)).toEqual([
      '## ✅ SageMaker pipeline churn: Succeeded',
      '',
      'Status         Succeeded & registered',
      'Model package  churn v1',
      '',
      '### Steps',
      '```mermaid',
      'flowchart LR',
      '  n_A["A<br/>Processing"] --> n_B',
      '```',
    ]);
  });
});
