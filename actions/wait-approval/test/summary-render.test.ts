// The approval summary as a reader sees it, rendered as GitHub renders it (GFM by marked, mermaid drawn in
// headless Chromium). A reviewer's reason (written in the console or through this action's comment) is free text
// from a person: hostile here, it must stay text in its place.
import { BREAKOUT, escapes, GitHubRenderer, HTML, MERMAID } from '@mlops-actions/testkit/render';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decideElsewhere, newGroupName, registerPackage, runStep, startWorlds, type Worlds } from './worlds.js';

const REASON = `Bias report ${BREAKOUT}${HTML} ${MERMAID}`;

let worlds: Worlds;
let renderer: GitHubRenderer;
beforeAll(async () => {
  [worlds, renderer] = await Promise.all([startWorlds(), GitHubRenderer.launch()]);
});
afterAll(async () => Promise.all([worlds?.close(), renderer?.close()]));

const flat = (text: string): string => text.replace(/\s+/g, ' ');
/** The value beside a label in the summary's two-column facts table. */
const cell = (tables: string[][][], label: string): string | undefined => tables.flat().find((row) => row[0] === label)?.[1];

describe('the approval summary', () => {
  test("a rejection seen while waiting, with a hostile reviewer's reason: nothing escapes, the reason is shown as text", async () => {
    const arn = await registerPackage(worlds, newGroupName());
    await decideElsewhere(worlds, arn, 'Rejected', REASON);
    const result = await runStep(worlds, { 'model-package-arn': arn, 'fail-on-reject': 'false' });
    expect(result.errors).toEqual([]);
    expect(result.outputs['approval-status']).toBe('Rejected');
    console.log(result.summary);
    const rendered = await renderer.render(result.summary);
    expect(escapes(rendered)).toEqual([]);
    expect(rendered.diagrams).toHaveLength((result.summary.match(/^```mermaid$/gm) ?? []).length);
    expect(rendered.headings.join('\n')).not.toContain('Approved for production');
    for (const table of rendered.tables) expect(table.flat()).not.toContain('forged');
    expect(flat(rendered.text)).toContain(flat(`Bias report ok`));
    expect(flat(rendered.text)).toContain(flat(HTML));
    // Decided in the console: SageMaker names a Studio user profile (moto's stand-in), which is no GitHub login.
    expect(cell(rendered.tables, 'Decided by')).toBe('SageMaker user profile fake-user-profile-name');
    expect(result.outputs['decided-by']).toBe('fake-user-profile-name');
    expect(rendered.links.map((l) => l.text)).not.toContain('@fake-user-profile-name');
  });

  test('an approval with a hostile comment: nothing escapes, the comment is shown as text', async () => {
    const arn = await registerPackage(worlds, newGroupName());
    const result = await runStep(worlds, { 'model-package-arn': arn, mode: 'approve', approvers: 'alice', comment: REASON }, { actor: 'alice' });
    expect(result.errors).toEqual([]);
    expect(result.outputs['approval-status']).toBe('Approved');
    const rendered = await renderer.render(result.summary);
    expect(escapes(rendered)).toEqual([]);
    expect(rendered.diagrams).toHaveLength((result.summary.match(/^```mermaid$/gm) ?? []).length);
    expect(rendered.headings.join('\n')).not.toContain('Approved for production');
    for (const table of rendered.tables) expect(table.flat()).not.toContain('forged');
    expect(flat(rendered.text)).toContain(flat(HTML));
    expect(cell(rendered.tables, 'Decided by')).toBe('@alice');
    expect(rendered.links).toContainEqual({ text: '@alice', href: expect.stringMatching(/\/alice$/) });
  });
});
