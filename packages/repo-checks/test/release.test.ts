// `npm run release` in a temporary clone of this repository (the committed state, with the working tree's
// scripts/ on top so edits to the release script are what is tested): refusals change nothing, a release bumps
// every version, writes the changelog, commits fresh bundles and tags vX.Y.Z and vX, a re-run of the same version
// refuses, a second release moves only the major tag, and a build failure half way leaves the tree as it was.
// The clone gets this checkout's node_modules as hard links (npm's workspace links are relative, so they point
// into the clone), which costs seconds instead of an install.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
// @ts-expect-error plain ESM build scripts without type declarations
import { actionNames } from '../../../scripts/sync-aliases.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const names: string[] = actionNames();
const WORKSPACE_PACKAGES = ['package.json', ...['shared', 'drift', 'testkit', 'repo-checks'].map((p) => `packages/${p}/package.json`)]
  .concat(names.map((n) => `actions/${n}/package.json`))
  .concat(['infra/package.json', 'workflows-templates/package.json', 'bench/package.json']);

let scratch: string;
let clone: string;

const git = (...args: string[]): string => execFileSync('git', ['-C', clone, ...args], { encoding: 'utf8' }).trim();
const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(clone, file), 'utf8')) as Record<string, unknown>;

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run release -- ...args` in the clone, as a maintainer types it. */
async function release(...args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', '--silent', 'release', '--', ...args], {
      cwd: clone,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, FORCE_COLOR: '0', TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** Everything a release could change: HEAD, every tag and what it points at, the status. */
const state = (): { head: string; tags: string; status: string } => ({
  head: git('rev-parse', 'HEAD'),
  tags: git('for-each-ref', '--format=%(refname) %(objectname) %(*objectname)', 'refs/tags'),
  status: git('status', '--porcelain', '--untracked-files=all'),
});

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'release-test-'));
  clone = path.join(scratch, 'mlops-actions');
  execFileSync('git', ['clone', '--quiet', '--no-local', root, clone]);
  git('checkout', '--quiet', '-B', 'main');
  for (const [key, value] of [
    ['user.name', 'Release Test'],
    ['user.email', 'release-test@example.com'],
    ['commit.gpgsign', 'false'],
    ['tag.gpgsign', 'false'],
  ] as const)
    git('config', key, value);
  cpSync(path.join(root, 'scripts'), path.join(clone, 'scripts'), { recursive: true });
  if (git('status', '--porcelain')) git('commit', '--quiet', '-am', 'test: the working tree scripts/');
  execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(clone, 'node_modules')]);
  for (const cache of ['.cache', '.vite']) rmSync(path.join(clone, 'node_modules', cache), { recursive: true, force: true });
}, 300_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run release (in a temporary clone)', () => {
  test('is the root npm script', () => {
    expect((readJson('package.json').scripts as Record<string, string>).release).toBe('node scripts/release.mjs');
  });

  test('refuses a branch other than main, and changes nothing', async () => {
    git('switch', '--quiet', '-c', 'feature/x');
    const before = state();
    const outcome = await release('1.0.0');
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('release: refused: releases are cut from main, and this is feature/x: `git switch main` first');
    expect(state()).toEqual(before);
    git('switch', '--quiet', 'main');
  });

  test('refuses a dirty tree (changed and untracked files), names them, and changes nothing', async () => {
    writeFileSync(path.join(clone, 'README.md'), `${readFileSync(path.join(clone, 'README.md'), 'utf8')}\nlocal edit\n`);
    writeFileSync(path.join(clone, 'notes.txt'), 'untracked\n');
    const before = state();
    const outcome = await release('patch');
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('release: refused: the working tree is not clean; commit or stash first:\n   M README.md\n  ?? notes.txt');
    expect(state()).toEqual(before);
    git('checkout', '--quiet', '--', 'README.md');
    rmSync(path.join(clone, 'notes.txt'));
  });

  test.each([
    [['1.2'], "the release version '1.2' is not X.Y.Z (e.g. 1.2.0), patch, minor or major"],
    [[], 'give exactly one release version'],
    [['1.0.0', '--force'], 'unknown option --force'],
    [['0.0.9'], '0.0.9 is older than the current version 0.1.0; nothing changed'],
  ])('refuses the arguments %j with a clear message', async (args, message) => {
    const before = state();
    const outcome = await release(...args);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain(`release: refused: ${message}`);
    expect(state()).toEqual(before);
  });

  test('--dry-run prints the plan and the changelog section, and changes nothing', async () => {
    const before = state();
    const outcome = await release('1.0.0', '--dry-run');
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('Dry run: a release of v1.0.0 from main at');
    expect(outcome.stdout).toContain('0.1.0 -> 1.0.0');
    expect(outcome.stdout).toContain('create the major tag v1 (annotated) to v1.0.0');
    expect(outcome.stdout).toMatch(/## v1\.0\.0 \(\d{4}-\d\d-\d\d\)\n\nFirst release; every change so far:\n\n- /);
    expect(state()).toEqual(before);
  });

  test('a build failure half way abandons the release and puts the tree back', async () => {
    writeFileSync(path.join(clone, 'actions', names[0] as string, 'src', 'release-fault.ts'), 'export const broken: number = "not a number";\n');
    git('add', '--all');
    git('commit', '--quiet', '-m', 'test: a source that does not compile');
    const before = state();
    const outcome = await release('1.0.0');
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(
      /turbo run bundle --force --output-logs=errors-only failed \(exit \d+\)\nThe release was abandoned; the tree is back at HEAD\./,
    );
    expect(state()).toEqual(before);
    git('reset', '--quiet', '--hard', 'HEAD~1');
  }, 600_000);

  let first: { commit: string; tagObject: string; majorObject: string };

  test('releases 1.0.0: versions, changelog, fresh bundles, commit, annotated tags v1.0.0 and v1', async () => {
    const base = git('rev-parse', 'HEAD');
    const outcome = await release('1.0.0');
    expect(outcome.stderr.replace(/^.*DEPRECATED.*$/gm, '')).not.toMatch(/release: /);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('Released v1.0.0 at');
    expect(outcome.stdout).toContain('Publish: git push origin main v1.0.0 && git push --force origin v1');
    expect(git('status', '--porcelain', '--untracked-files=all')).toBe('');
    expect(git('rev-parse', 'HEAD~1')).toBe(base);
    expect(git('log', '-1', '--format=%s')).toBe('Release v1.0.0');
    const commit = git('rev-parse', 'HEAD');
    for (const tag of ['v1.0.0', 'v1']) {
      expect(git('cat-file', '-t', tag), `${tag} is annotated`).toBe('tag');
      expect(git('rev-parse', `${tag}^{commit}`)).toBe(commit);
    }
    // Every workspace at 1.0.0, workspace dependencies following, in package.json and in the lock file.
    const lock = readJson('package-lock.json') as { version: string; packages: Record<string, { version?: string; dependencies?: Record<string, string> }> };
    expect(lock.version).toBe('1.0.0');
    for (const file of WORKSPACE_PACKAGES) {
      const manifest = readJson(file) as { version: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
      expect(manifest.version, file).toBe('1.0.0');
      const dir = path.dirname(file) === '.' ? '' : path.dirname(file);
      expect(lock.packages[dir]?.version, `package-lock.json packages["${dir}"]`).toBe('1.0.0');
      for (const [dep, spec] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
        if (dep.startsWith('@mlops-actions/')) expect(spec, `${file}: ${dep}`).toMatch(/^\^?1\.0\.0$/);
      }
    }
    expect(readFileSync(path.join(clone, 'packages/shared/src/runtime/version.ts'), 'utf8')).toContain("export const VERSION = '1.0.0';");
    // The changelog: the first release lists the commits so far, newest first.
    const changelog = readFileSync(path.join(clone, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(/^# Changelog\n[\s\S]*?\n## v1\.0\.0 \(\d{4}-\d\d-\d\d\)\n\nFirst release; every change so far:\n\n- /);
    expect(changelog).toContain(`(${base.slice(0, 7)}`);
    // `uses: <owner>/mlops-actions/<name>@v1` resolves at the tag: the alias, and the bundle it runs, rebuilt with
    // the new version (shared's VERSION is in every bundle's AWS user agent).
    for (const name of names) {
      const alias = parse(git('show', `v1:${name}/action.yml`)) as { runs: { main: string } };
      const main = path.posix.normalize(path.posix.join(name, alias.runs.main));
      expect(main).toBe(`actions/${name}/dist/index.js`);
      expect(git('show', `v1:${main}`)).toContain('var VERSION = "1.0.0";');
    }
    first = { commit, tagObject: git('rev-parse', 'v1.0.0'), majorObject: git('rev-parse', 'v1') };
  }, 900_000);

  test('re-running the same version refuses with a clear message and changes nothing', async () => {
    const before = state();
    const outcome = await release('1.0.0');
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain(`release: refused: v1.0.0 is already released (tag v1.0.0 is at ${first.commit.slice(0, 12)}); nothing changed.`);
    expect(state()).toEqual(before);
  });

  test('a second release (minor) tags v1.1.0 and moves only v1; its changelog section has only the newer commits', async () => {
    writeFileSync(path.join(clone, 'docs-note.md'), 'A note.\n');
    git('add', 'docs-note.md');
    git('commit', '--quiet', '-m', 'docs: a note after 1.0.0');
    const outcome = await release('minor');
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('v1 moved -> v1.1.0');
    const commit = git('rev-parse', 'HEAD');
    expect(git('rev-parse', 'v1.1.0^{commit}')).toBe(commit);
    expect(git('rev-parse', 'v1^{commit}')).toBe(commit);
    expect(git('cat-file', '-t', 'v1')).toBe('tag');
    expect(git('rev-parse', 'v1')).not.toBe(first.majorObject);
    expect(git('rev-parse', 'v1.0.0')).toBe(first.tagObject);
    expect(git('rev-parse', 'v1.0.0^{commit}')).toBe(first.commit);
    const changelog = readFileSync(path.join(clone, 'CHANGELOG.md'), 'utf8');
    const section = changelog.slice(changelog.indexOf('## v1.1.0'), changelog.indexOf('## v1.0.0'));
    expect(section).toMatch(/^## v1\.1\.0 \(\d{4}-\d\d-\d\d\)\n\nChanges since v1\.0\.0:\n\n- docs: a note after 1\.0\.0 \([0-9a-f]{7,}\)\n\n$/);
    expect(changelog.indexOf('## v1.1.0')).toBeLessThan(changelog.indexOf('## v1.0.0'));
    expect(readJson('package.json').version).toBe('1.1.0');
    expect(git('show', 'v1:actions/deploy-eks/dist/index.js')).toContain('var VERSION = "1.1.0";');
  }, 900_000);
});
