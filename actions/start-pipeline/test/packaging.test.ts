import { execFileSync } from 'node:child_process';
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
/** The index, not HEAD: staging the rebuilt dist is enough while working; CI's clone has index = HEAD. */
const git = (args: string[]): Buffer => execFileSync('git', ['-C', root, ...args], { maxBuffer: 256 * 1024 * 1024 });

const manifest = parse(readFileSync(path.join(actionDir, 'action.yml'), 'utf8')) as Manifest;

describe('packaging', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'dist-check-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  // `npm test` bundles before testing (turbo: build -> bundle -> test), so the tests run the current sources and
  // the dist on disk is always fresh; what must match a fresh build is the dist in git, which is what users run.
  test('the committed dist is what a fresh build of the sources produces', async () => {
    await bundle(actionDir, scratch);
    const fresh = readdirSync(scratch).sort();
    const distPath = path.relative(root, path.join(actionDir, 'dist'));
    const committed = git(['ls-files', '--', distPath]).toString().split('\n').filter(Boolean).map((f) => path.relative(distPath, f)).sort();
    const hint = 'run `npm run bundle` and commit dist/';
    expect(committed, `files in git's dist/ differ from a fresh build: ${hint}`).toEqual(fresh);
    for (const file of fresh) {
      const same = readFileSync(path.join(scratch, file)).equals(git(['show', `:${distPath}/${file}`]));
      expect(same, `dist/${file} in git differs from a fresh build: ${hint}`).toBe(true);
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
