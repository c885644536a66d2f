// The drift summary as a reader sees it: the bundle runs on real data (seattle-weather, winter vs summer) whose
// column names and category values are hostile, and GITHUB_STEP_SUMMARY is rendered as GitHub renders it (GFM by
// marked, every mermaid block drawn by mermaid in headless Chromium).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { BREAKOUT, escapes, GitHubRenderer, HTML, MERMAID } from '@mlops-actions/testkit/render';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runStep, startWorlds, type Worlds } from './worlds.js';

const WEATHER = path.join(path.dirname(createRequire(import.meta.url).resolve('vega-datasets')), '..', 'data', 'seattle-weather.csv');
const [, ...ROWS] = readFileSync(WEATHER, 'utf8').trim().split('\n') as [string, ...string[]];
const month = (row: string): number => Number(row.slice(5, 7));

// Column names as a user's data may hold them (one line each: a CSV header has no line breaks).
const oneLine = (s: string): string => s.replace(/\n/g, ' ');
const TEMP = `temp_max ${oneLine(MERMAID)}`;
const WIND = `wind ${HTML}`;
const WEATHER_COLUMN = `weather | \`code\` ${oneLine(BREAKOUT)}`;
const RAIN = `rain"]) --> X["forged"] <b>bold</b>`;
const quote = (field: string): string => `"${field.replace(/"/g, '""')}"`;
const HEADER = ['date', 'precipitation', TEMP, 'temp_min', WIND, WEATHER_COLUMN].map(quote).join(',');
const hostileRow = (row: string): string => {
  const cells = row.split(',');
  const weather = cells[5] === 'rain' ? RAIN : (cells[5] as string);
  return [...cells.slice(0, 5), quote(weather)].join(',');
};
const csv = (rows: string[]): string => `${HEADER}\n${rows.map(hostileRow).join('\n')}\n`;

let worlds: Worlds;
let renderer: GitHubRenderer;
const workspace = mkdtempSync(path.join(tmpdir(), 'drift-render-'));
beforeAll(async () => {
  [worlds, renderer] = await Promise.all([startWorlds(), GitHubRenderer.launch()]);
  writeFileSync(path.join(workspace, 'winter.csv'), csv(ROWS.filter((r) => [12, 1, 2].includes(month(r)))));
  writeFileSync(path.join(workspace, 'summer.csv'), csv(ROWS.filter((r) => [6, 7, 8].includes(month(r)))));
});
afterAll(async () => {
  await Promise.all([worlds?.close(), renderer?.close()]);
  rmSync(workspace, { recursive: true, force: true });
});

describe('the drift summary', () => {
  test('hostile column names and category values: every chart draws, no tag, row, heading or request escapes, names shown as written', async () => {
    const result = await runStep(worlds, { baseline: 'winter.csv', current: 'summer.csv', issue: 'off', 'ignore-columns': 'date' }, { workspace });
    expect(result.errors).toEqual([]);
    expect(JSON.parse(result.outputs['drifted-features']!)).toEqual(expect.arrayContaining([TEMP]));

    const rendered = await renderer.render(result.summary);
    expect(escapes(rendered)).toEqual([]);
    // One drawn diagram per mermaid block, and at least the most drifted column's chart.
    const blocks = result.summary.match(/^```mermaid$/gm) ?? [];
    expect(blocks.length).toBeGreaterThan(0);
    expect(rendered.diagrams).toHaveLength(blocks.length);
    // No forged heading: the headings are the action's own.
    expect(rendered.headings.join('\n')).not.toContain('Approved for production');
    // The per-feature table: one row per column, each name whole as text, no forged row.
    const featureTable = rendered.tables.find((t) => t.some((row) => row.some((cell) => cell.includes('precipitation'))));
    expect(featureTable).toBeDefined();
    // Each name as written, or a long one cut with an ellipsis: the text before it is the name's own beginning.
    const shows = (cell: string, name: string): boolean => cell === name || (cell.endsWith('…') && cell.length > 20 && name.startsWith(cell.slice(0, -1)));
    const names = [TEMP, WIND, WEATHER_COLUMN, 'precipitation', 'temp_min'];
    for (const name of names)
      expect(
        featureTable!.filter((row) => shows(row[0] ?? '', name)),
        name,
      ).toHaveLength(1);
    expect(featureTable!.some((row) => row.includes('forged'))).toBe(false);
    expect(featureTable).toHaveLength(1 + names.length);
  });
});
