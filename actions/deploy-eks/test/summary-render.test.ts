// The rollout summary as a reader sees it, rendered as GitHub renders it (GFM by marked, the timeline drawn by
// mermaid in headless Chromium). What the cluster says is not ours to trust: a crashing container's log lines
// and an image pull failure's message are hostile here, and must stay text in their place.
import { BREAKOUT, escapes, GitHubRenderer, HTML, MERMAID } from '@mlops-actions/testkit/render';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GOOD_V2, newDeployment, REGISTRY, runStep, startWorlds, type Worlds } from './worlds.js';

const HOSTILE_CRASH = `${REGISTRY}/churn-model:hostile-crash`;
const HOSTILE_PULL = `${REGISTRY}/churn-model:hostile-pull`;
const LOG_LINES = ['loading model', `Traceback: ${HTML}`, ...MERMAID.split('\n'), ...BREAKOUT.split('\n').filter((l) => l !== '')];

let worlds: Worlds;
let renderer: GitHubRenderer;
beforeAll(async () => {
  [worlds, renderer] = await Promise.all([startWorlds(), GitHubRenderer.launch()]);
  worlds.k8s.images.set(HOSTILE_CRASH, { behaviour: { kind: 'crash-loop', runSeconds: 0, exitCode: 3 }, logs: LOG_LINES });
  worlds.k8s.images.set(HOSTILE_PULL, { behaviour: { kind: 'err-image-pull', message: `pull failed: ${HTML} ${MERMAID} ${BREAKOUT}` } });
});
afterAll(async () => Promise.all([worlds?.close(), renderer?.close()]));

/** Every text line of the rendered page (cell texts, code blocks), for finding a value shown as text. */
const shownText = (text: string): string => text.replace(/\s+/g, ' ');

describe('the rollout summary', () => {
  test('a successful rollout: the timeline draws and nothing escapes', async () => {
    const { name } = await newDeployment(worlds);
    const result = await runStep(worlds, { deployment: name, image: GOOD_V2 });
    expect(result.errors).toEqual([]);
    const rendered = await renderer.render(result.summary);
    expect(escapes(rendered)).toEqual([]);
    expect(rendered.diagrams.length).toBeGreaterThan(0);
    expect(rendered.diagrams).toHaveLength((result.summary.match(/^```mermaid$/gm) ?? []).length);
  });

  test.each([
    ['a crash loop whose log lines are hostile', HOSTILE_CRASH, LOG_LINES.slice(1, 3)],
    ['an image pull failure whose message is hostile', HOSTILE_PULL, [`pull failed: ${HTML}`]],
  ])('%s: the failure is explained, every diagram draws, nothing escapes, the text is shown as text', async (_title, image, shown) => {
    const { name } = await newDeployment(worlds);
    const result = await runStep(worlds, { deployment: name, image, 'max-restarts': '1' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['rolled-back']).toBe('true');
    const rendered = await renderer.render(result.summary);
    expect(escapes(rendered)).toEqual([]);
    expect(rendered.diagrams).toHaveLength((result.summary.match(/^```mermaid$/gm) ?? []).length);
    expect(rendered.headings.join('\n')).not.toContain('Approved for production');
    for (const table of rendered.tables) expect(table.flat()).not.toContain('forged');
    for (const text of shown) expect(shownText(rendered.text)).toContain(shownText(text));
  });
});
