// The build summary as a reader sees it, rendered as GitHub renders it (GFM by marked in headless Chromium). Label
// values and tags come from users and scan findings from the scanner's database: hostile here, they must stay
// text in their place. A real buildah build pushed to the world's registry.
import { BREAKOUT, escapes, GitHubRenderer, HTML, MERMAID } from '@mlops-actions/testkit/render';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newRepository, runBuildah, startWorlds, workspace, type Worlds } from './worlds.js';

let worlds: Worlds;
let renderer: GitHubRenderer;
beforeAll(async () => {
  [worlds, renderer] = await Promise.all([startWorlds(), GitHubRenderer.launch()]);
}, 120_000);
afterAll(async () => Promise.all([worlds?.close(), renderer?.close()]));

const flat = (text: string): string => text.replace(/\s+/g, ' ');

describe('the build summary', () => {
  test('hostile label values, package names and finding links: nothing escapes, the values are shown as text', async () => {
    const repository = newRepository();
    const finding = {
      name: `CVE-2024-9999 ${HTML}`,
      severity: 'LOW' as const,
      packageName: `openssl ${MERMAID.split('\n')[0]}`,
      packageVersion: `3.0.1 ${BREAKOUT.split('\n').join(' ')}`,
      uri: 'javascript:alert(1)',
    };
    worlds.aws.ecr.setScan(repository, '*', { status: 'COMPLETE', findings: [finding] });
    const label = `team=${HTML} ${MERMAID.split('\n')[0]}`;
    const result = await runBuildah(worlds, { repository, labels: label, 'fail-on-severity': 'critical', 'scan-timeout': '2m' }, { workspace: workspace() });
    expect(result.errors).toEqual([]);
    const rendered = await renderer.render(result.summary);
    expect(escapes(rendered)).toEqual([]);
    expect(rendered.diagrams).toHaveLength((result.summary.match(/^```mermaid$/gm) ?? []).length);
    expect(rendered.headings.join('\n')).not.toContain('Approved for production');
    for (const table of rendered.tables) expect(table.flat()).not.toContain('forged');
    // The finding's link is not followed as a script: no javascript: link is rendered.
    expect(rendered.links.filter((l) => l.href.startsWith('javascript:'))).toEqual([]);
    expect(flat(rendered.text)).toContain(flat(HTML));
    expect(flat(rendered.text)).toContain('CVE-2024-9999');
  });
});
