// Pure logic, tested directly: tag sanitising and computation, .dockerignore, the build fingerprint, the gate.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { isIgnored, parseDockerignore } from '../src/dockerignore.js';
import { buildFingerprint, digestContext, type FingerprintInput } from '../src/fingerprint.js';
import { judge } from '../src/scan.js';
import { computeTags, modelPackageTag, sanitizeTag, semverFromRef } from '../src/tags.js';

const run = {
  repository: 'octo-org/churn-model',
  runId: '42',
  runAttempt: '1',
  job: 'build',
  stepId: 'image',
  serverUrl: 'https://github.com',
  sha: '0123456789abcdef0123456789abcdef01234567',
  ref: 'refs/heads/main',
  workflow: 'deploy',
};

describe('tags', () => {
  test.each([
    ['Feature/Add-Model', 'feature-add-model'],
    ['release/v1.2', 'release-v1.2'],
    ['-leading.dots', 'leading.dots'],
    ['UPPER_case', 'upper_case'],
    ['a b  c', 'a-b-c'],
    ['x'.repeat(200), 'x'.repeat(128)],
    ['///', undefined],
  ])('sanitizeTag(%j) = %j', (given, expected) => {
    expect(sanitizeTag(given)).toBe(expected);
  });

  test.each([
    ['refs/tags/v1.2.3', '1.2.3'],
    ['refs/tags/1.0.0-rc.1', '1.0.0-rc.1'],
    ['refs/tags/v2.0.0+build.5', '2.0.0-build.5'],
    ['refs/tags/nightly', undefined],
    ['refs/heads/v1.2.3', undefined],
  ])('semverFromRef(%j) = %j', (ref, expected) => {
    expect(semverFromRef(ref)).toBe(expected);
  });

  test('model package version tag comes from the shared ARN parser', () => {
    expect(modelPackageTag('arn:aws:sagemaker:us-east-1:123456789012:model-package/Churn-Models/3')).toBe('churn-models-v3');
    expect(modelPackageTag('arn:aws:sagemaker:us-east-1:123456789012:model-package/unversioned')).toBeUndefined();
  });

  test('commit SHA, model version, semver, then user tags, each once', () => {
    const plan = computeTags({
      sha: run.sha,
      run: { ...run, ref: 'refs/tags/v1.4.0' },
      modelPackageArn: 'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn-models/7',
      userTags: ['Latest-Staging', '1.4.0', 'feature/x'],
    });
    expect(plan.tags).toEqual([run.sha, 'churn-models-v7', '1.4.0', 'latest-staging', 'feature-x']);
    expect(plan.changed).toEqual([
      ['Latest-Staging', 'latest-staging'],
      ['feature/x', 'feature-x'],
    ]);
  });
});

describe('.dockerignore', () => {
  const patterns = parseDockerignore(['# comment', 'node_modules', '*.log', '!keep.log', 'data/**/raw', '/secrets/', '**/*.tmp', ''].join('\n'));
  test.each([
    ['node_modules/x/y.js', true],
    ['node_modules', true],
    ['app.log', true],
    ['keep.log', false],
    ['sub/app.log', false], // `*` does not cross '/': Docker matches *.log at the root only
    ['data/a/b/raw/file.bin', true],
    ['data/raw/file.bin', true],
    ['secrets/token', true],
    ['deep/dir/x.tmp', true],
    ['src/main.py', false],
  ])('%s ignored: %s', (p, expected) => {
    expect(isIgnored(patterns, p)).toBe(expected);
  });
});

describe('build fingerprint', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  function context(files: Record<string, string>, ignore?: string): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'bpe-fp-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    if (ignore !== undefined) writeFileSync(path.join(dir, '.dockerignore'), ignore);
    return dir;
  }
  const base = (dir: string): FingerprintInput => ({
    contextDir: dir,
    dockerfileText: 'FROM scratch\nCOPY . /app\n',
    buildArgs: new Map([['A', '1']]),
    mediaTypes: 'docker',
    attestations: false,
    labels: new Map([['org.opencontainers.image.revision', run.sha]]),
    secretIds: [],
  });
  const fp = async (input: FingerprintInput) => buildFingerprint(input, await digestContext(input.contextDir));

  test('same inputs, same fingerprint; each build input changes it', async () => {
    const a = context({ 'app.py': 'print(1)', 'model/weights.bin': 'w1' });
    const b = context({ 'model/weights.bin': 'w1', 'app.py': 'print(1)' });
    const reference = await fp(base(a));
    expect(await fp(base(b))).toBe(reference);
    expect(await fp({ ...base(a), dockerfileText: 'FROM scratch\nCOPY . /srv\n' })).not.toBe(reference);
    expect(await fp({ ...base(a), buildArgs: new Map([['A', '2']]) })).not.toBe(reference);
    expect(await fp({ ...base(a), target: 'serve' })).not.toBe(reference);
    expect(await fp({ ...base(a), platform: 'linux/arm64' })).not.toBe(reference);
    expect(await fp({ ...base(a), mediaTypes: 'oci' })).not.toBe(reference);
    expect(await fp({ ...base(a), labels: new Map([['org.opencontainers.image.revision', 'other']]) })).not.toBe(reference);
    expect(await fp(base(context({ 'app.py': 'print(2)', 'model/weights.bin': 'w1' })))).not.toBe(reference);
    expect(await fp(base(context({ 'app.py': 'print(1)', 'model/weights2.bin': 'w1' })))).not.toBe(reference);
  });

  test('files excluded by .dockerignore do not count; the executable bit and symlinks do', async () => {
    const a = context({ 'app.py': 'x', 'notes.log': 'one' }, '*.log\n');
    const b = context({ 'app.py': 'x', 'notes.log': 'two', 'debug.log': 'new' }, '*.log\n');
    expect((await digestContext(b)).digest).toBe((await digestContext(a)).digest);
    const c = context({ 'app.py': 'x' }, '*.log\n');
    const before = (await digestContext(c)).digest;
    chmodSync(path.join(c, 'app.py'), 0o755);
    expect((await digestContext(c)).digest).not.toBe(before);
    symlinkSync('app.py', path.join(c, 'link'));
    expect((await digestContext(c)).files).toBe(2);
  });

  test('secret values never reach the fingerprint; their ids do', async () => {
    const a = context({ 'app.py': 'x' });
    expect(await fp({ ...base(a), secretIds: ['pip'] })).not.toBe(await fp(base(a)));
  });
});

describe('scan gate', () => {
  const findings = [
    { id: 'CVE-1', severity: 'CRITICAL' },
    { id: 'CVE-2', severity: 'HIGH' },
    { id: 'CVE-3', severity: 'MEDIUM' },
    { id: 'CVE-4', severity: 'INFORMATIONAL' },
  ];
  test('at or above the threshold blocks unless allow-listed', () => {
    const verdict = judge(findings, 'high', new Set(['CVE-2']));
    expect(verdict.blocking.map((f) => f.id)).toEqual(['CVE-1']);
    expect(verdict.allowed.map((f) => f.id)).toEqual(['CVE-2']);
    expect(verdict.below.map((f) => f.id)).toEqual(['CVE-3', 'CVE-4']);
    expect(judge(findings, 'low', new Set()).blocking).toHaveLength(3);
    expect(judge(findings, 'critical', new Set(['CVE-1'])).blocking).toHaveLength(0);
  });
});
