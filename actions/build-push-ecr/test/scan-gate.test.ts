// The scan gate: findings injected into the AWS world's ECR bridge (basic and enhanced scans), a scan that is
// "not found yet" and IN_PROGRESS for a while, and one that never completes. Each run builds a real image with
// buildah (FROM scratch) and pushes it to the world's registry first.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newRepository, runBuildah, startWorlds, workspace, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
}, 120_000);
afterAll(async () => worlds?.close());

const FINDINGS = [
  {
    name: 'CVE-2024-0001',
    severity: 'CRITICAL' as const,
    packageName: 'openssl',
    packageVersion: '3.0.1',
    uri: 'https://nvd.nist.gov/vuln/detail/CVE-2024-0001',
  },
  { name: 'CVE-2024-0002', severity: 'HIGH' as const, packageName: 'zlib', packageVersion: '1.2.11' },
  { name: 'CVE-2024-0003', severity: 'MEDIUM' as const, packageName: 'libxml2', packageVersion: '2.9.10' },
];

function gate(repository: string, inputs: Record<string, string>) {
  return runBuildah(
    worlds,
    { repository, 'scan-timeout': '2m', ...inputs, 'fail-on-severity': inputs['fail-on-severity'] ?? 'critical' },
    { workspace: workspace() },
  );
}

describe('findings', () => {
  test('at or above the threshold fail the step and are listed in the error and the summary', async () => {
    const repository = newRepository();
    worlds.aws.ecr.setScan(repository, '*', { status: 'COMPLETE', findings: FINDINGS, notFoundCalls: 1, inProgressCalls: 1 });
    const result = await gate(repository, { 'fail-on-severity': 'high' });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(
      /^The image has 2 finding\(s\) at or above HIGH: CVE-2024-0001 \(CRITICAL, openssl 3\.0\.1\), CVE-2024-0002 \(HIGH, zlib 1\.2\.11\)\./,
    );
    // Pushed all the same; the outputs say where.
    expect(result.outputs['image-digest']).toMatch(/^sha256:/);
    expect(result.summary).toContain('Vulnerabilities');
    expect(result.summary).toMatch(/CVE-2024-0001<\/a><\/td><td>CRITICAL<\/td><td>openssl 3\.0\.1<\/td><td>❌ fails the gate/);
    expect(result.summary).toMatch(/CVE-2024-0003(<\/a>)?<\/td><td>MEDIUM<\/td><td>libxml2 2\.9\.10<\/td><td>below threshold/);
    // The wait logged a line per change, not per poll.
    expect(result.main.stdout).toMatch(/not started yet/);
    expect(result.main.stdout).toMatch(/IN_PROGRESS/);
  });

  test('below the threshold, the step passes', async () => {
    const repository = newRepository();
    worlds.aws.ecr.setScan(repository, '*', { status: 'COMPLETE', findings: FINDINGS.slice(1) });
    const result = await gate(repository, { 'fail-on-severity': 'critical' });
    expect(result.exitCode, result.errors.join('\n')).toBe(0);
    expect(result.summary).toContain('COMPLETE: 0 at or above CRITICAL not allowed, 0 allow-listed, 2 below');
  });

  test('allow-listed findings pass (enhanced scan)', async () => {
    const repository = newRepository();
    worlds.aws.ecr.setScan(repository, '*', { status: 'ACTIVE', type: 'enhanced', findings: FINDINGS });
    const result = await gate(repository, { 'fail-on-severity': 'high', 'allow-cves': 'cve-2024-0001\nCVE-2024-0002' });
    expect(result.exitCode, result.errors.join('\n')).toBe(0);
    expect(result.summary).toMatch(/CVE-2024-0002(<\/a>)?<\/td><td>HIGH<\/td><td>zlib 1\.2\.11<\/td><td>✔️ allow-listed/);
  });

  test('fail-on-severity: none skips the wait', async () => {
    const repository = newRepository();
    worlds.aws.ecr.setScan(repository, '*', { status: 'IN_PROGRESS' });
    const since = worlds.aws.requests.length;
    const result = await gate(repository, { 'fail-on-severity': 'none' });
    expect(result.exitCode).toBe(0);
    expect(worlds.aws.requests.slice(since).map((r) => r.operation)).not.toContain('DescribeImageScanFindings');
  });
});

test('a scan still IN_PROGRESS at scan-timeout fails distinctly, after the push', async () => {
  const repository = newRepository();
  worlds.aws.ecr.setScan(repository, '*', { status: 'IN_PROGRESS' });
  const result = await gate(repository, { 'scan-timeout': '3s' });
  expect(result.exitCode).toBe(1);
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]).toMatch(new RegExp(`^The scan of ${repository}@sha256:[0-9a-f]{64} did not complete within scan-timeout`));
  expect(result.errors[0]).toContain("Raise 'scan-timeout'");
  expect(result.outputs.pushed).toBe('true');
  expect(result.summary).toContain('not complete within scan-timeout');
});
