// What must hold for every action in actions/*, so a new action is checked without writing anything: its
// committed dist is a fresh build, it runs on node24, its root-level alias is in step, it declares the shared
// credential inputs exactly as shared declares them once, and its action.yml defaults are the code's fallbacks.
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { SESSION_INPUT_DECLARATIONS, SESSION_INPUTS, SESSION_INPUT_DEFAULTS } from '@mlops-actions/shared/aws';
// @ts-expect-error plain ESM build scripts without type declarations
import { distDifferences } from '../../../scripts/dist-check.mjs';
// @ts-expect-error plain ESM build scripts without type declarations
import { actionNames, aliasManifest } from '../../../scripts/sync-aliases.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

interface InputDeclaration {
  description?: string;
  required?: boolean;
  default?: string;
}
interface Manifest {
  inputs: Record<string, InputDeclaration>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string; pre?: string; post?: string };
}

/** The index, not HEAD: staging the rebuilt dist is enough while working; CI's clone has index = HEAD. */
const git = (args: string[]): Buffer => execFileSync('git', ['-C', root, ...args], { maxBuffer: 256 * 1024 * 1024 });
const tracked = (file: string): boolean => git(['ls-files', '--', file]).toString().trim() === file;
const manifestOf = (name: string): Manifest => parse(readFileSync(path.join(root, 'actions', name, 'action.yml'), 'utf8')) as Manifest;
const names: string[] = actionNames();

test('there are actions to check, and this package depends on each (so turbo builds them before these tests)', () => {
  expect(names.length).toBeGreaterThan(0);
  const own = JSON.parse(readFileSync(path.join(root, 'packages', 'repo-checks', 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  for (const name of names) {
    const pkg = JSON.parse(readFileSync(path.join(root, 'actions', name, 'package.json'), 'utf8')) as { name: string };
    expect(own.devDependencies, `add "${pkg.name}" to packages/repo-checks/package.json devDependencies`).toHaveProperty([pkg.name]);
  }
});

test("shared's credential input declaration names SESSION_INPUTS and defaults to the code's fallbacks", () => {
  expect(Object.keys(SESSION_INPUT_DECLARATIONS).sort()).toEqual([...SESSION_INPUTS].sort());
  const defaults = Object.fromEntries(
    Object.entries(SESSION_INPUT_DECLARATIONS).flatMap(([input, declared]) => ('default' in declared ? [[input, declared.default]] : [])),
  );
  expect(defaults).toEqual(SESSION_INPUT_DEFAULTS);
});

describe.each(names)('actions/%s', (name) => {
  const actionDir = path.join(root, 'actions', name);
  const manifest = manifestOf(name);

  // `npm test` bundles before testing (turbo: build -> bundle -> test), so the dist on disk is always fresh; what
  // must match a fresh build is the dist in git, which is what users run (scripts/dist-check.mjs, which
  // `npm run release` runs too).
  test('the committed dist is what a fresh build of the sources produces', async () => {
    expect(await distDifferences(root, name), 'run `npm run bundle` and commit dist/').toEqual([]);
  }, 180_000);

  test('runs on node24 from its one bundle', () => {
    expect(manifest.runs.using).toBe('node24');
    for (const key of ['pre', 'main', 'post'] as const) {
      if (manifest.runs[key] !== undefined) expect(manifest.runs[key], `runs.${key}`).toBe('dist/index.js');
    }
  });

  // `uses: <owner>/mlops-actions/<name>@v1` makes the runner read <name>/action.yml at the repository root at that
  // ref and run the files it names relative to that directory: all of it must be in git, not only on disk.
  test(
    '`uses: <owner>/mlops-actions/' +
      name +
      '@v1` resolves: the root alias is in git, declares exactly the inputs and outputs of the action and runs its committed bundle',
    () => {
      const aliasPath = path.join(root, name, 'action.yml');
      expect(existsSync(aliasPath), `${name}/action.yml is missing: run \`npm run sync-aliases\``).toBe(true);
      expect(existsSync(path.join(root, name, 'action.yaml')), `${name}/action.yaml next to action.yml: the runner would pick one of them`).toBe(false);
      expect(tracked(`${name}/action.yml`), `${name}/action.yml is not in git`).toBe(true);
      const aliasText = readFileSync(aliasPath, 'utf8');
      expect(aliasText, 'alias out of date: run `npm run sync-aliases`').toBe(aliasManifest(name));
      const alias = parse(aliasText) as Manifest;
      expect(alias.inputs).toEqual(manifest.inputs);
      expect(alias.outputs).toEqual(manifest.outputs);
      expect(alias.runs.using).toBe(manifest.runs.using);
      for (const key of ['pre', 'main', 'post'] as const) {
        expect(alias.runs[key] === undefined, `runs.${key} declared by only one of alias and action`).toBe(manifest.runs[key] === undefined);
        if (manifest.runs[key] === undefined) continue;
        const target = path.resolve(root, name, alias.runs[key] as string);
        expect(target).toBe(path.join(actionDir, manifest.runs[key] as string));
        expect(tracked(path.relative(root, target)), `runs.${key} of ${name}/action.yml names ${path.relative(root, target)}, which is not in git`).toBe(true);
      }
    },
  );

  test('the README documents every input and output', () => {
    const readme = readFileSync(path.join(actionDir, 'README.md'), 'utf8');
    for (const input of Object.keys(manifest.inputs)) expect(readme, `input ${input}`).toMatch(new RegExp(`\\| \`${input}\` \\|`));
    for (const output of Object.keys(manifest.outputs ?? {})) expect(readme, `output ${output}`).toMatch(new RegExp(`\\| \`${output}\` \\|`));
  });

  test("declares the shared credential inputs exactly as shared's one declaration (SESSION_INPUT_DECLARATIONS)", () => {
    for (const input of SESSION_INPUTS) {
      expect(manifest.inputs[input], `actions/${name}/action.yml lacks credential input ${input}`).toBeDefined();
      expect(manifest.inputs[input], `${input} in actions/${name}/action.yml differs from packages/shared/src/aws/session-input-declarations.ts`).toEqual(
        SESSION_INPUT_DECLARATIONS[input],
      );
    }
  });

  test("action.yml's defaults are the code's fallbacks (src/defaults.ts INPUT_DEFAULTS and the shared credential defaults)", async () => {
    const defaultsFile = path.join(actionDir, 'src', 'defaults.ts');
    expect(existsSync(defaultsFile), `actions/${name}/src/defaults.ts must export INPUT_DEFAULTS (the fallbacks the code uses)`).toBe(true);
    const { INPUT_DEFAULTS } = (await import(pathToFileURL(defaultsFile).href)) as { INPUT_DEFAULTS: Record<string, string> };
    const declared = Object.fromEntries(
      Object.entries(manifest.inputs)
        .filter(([, input]) => input.default !== undefined)
        .map(([input, { default: value }]) => [input, String(value)]),
    );
    expect(declared).toEqual({ ...SESSION_INPUT_DEFAULTS, ...INPUT_DEFAULTS });
  });
});
