import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
// @ts-expect-error plain ESM build scripts without type declarations
import { bundle } from '../../../scripts/bundle.mjs';
// @ts-expect-error plain ESM build scripts without type declarations
import { aliasManifest } from '../../../scripts/sync-aliases.mjs';

const actionDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(actionDir, '../..');
const name = path.basename(actionDir);

interface Manifest {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string; post?: string };
}
const manifest = parse(readFileSync(path.join(actionDir, 'action.yml'), 'utf8')) as Manifest;

describe('packaging', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'dist-check-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test('the committed dist is what a fresh build of the sources produces', async () => {
    await bundle(actionDir, scratch);
    const fresh = readdirSync(scratch).sort();
    expect(readdirSync(path.join(actionDir, 'dist')).sort()).toEqual(fresh);
    for (const file of fresh) {
      const same = readFileSync(path.join(scratch, file)).equals(readFileSync(path.join(actionDir, 'dist', file)));
      expect(same, `dist/${file} differs from a fresh build: run \`npm run bundle\` and commit dist/`).toBe(true);
    }
  }, 120_000);

  test('runs on node24, main and post from the one bundle', () => {
    expect(manifest.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/index.js' });
  });

  test('the root-level alias declares exactly the inputs and outputs of the action and runs its bundle', () => {
    const aliasText = readFileSync(path.join(root, name, 'action.yml'), 'utf8');
    expect(aliasText, 'alias out of date: run `npm run sync-aliases`').toBe(aliasManifest(name));
    const alias = parse(aliasText) as Manifest;
    expect(alias.inputs).toEqual(manifest.inputs);
    expect(alias.outputs).toEqual(manifest.outputs);
    expect(path.resolve(root, name, alias.runs.main)).toBe(path.join(actionDir, 'dist', 'index.js'));
    expect(path.resolve(root, name, alias.runs.post as string)).toBe(path.join(actionDir, 'dist', 'index.js'));
  });

  test('the README documents every input and output', () => {
    const readme = readFileSync(path.join(actionDir, 'README.md'), 'utf8');
    for (const input of Object.keys(manifest.inputs)) expect(readme, `input ${input}`).toMatch(new RegExp(`\\| \`${input}\` \\|`));
    for (const output of Object.keys(manifest.outputs)) expect(readme, `output ${output}`).toMatch(new RegExp(`\\| \`${output}\` \\|`));
  });
});
