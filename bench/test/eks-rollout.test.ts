// Smoke test of bench/eks-rollout.mjs with a short progress deadline: it must exit 0, print the table with both
// scenarios and a finite ratio each, and write its JSON. Structure only: no thresholds on times or ratios.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

test('eks-rollout bench: both doomed scenarios measured for deploy-eks and kubectl, as ratios', async () => {
  const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['bench/eks-rollout.mjs'], {
      cwd: ROOT,
      env: { ...process.env, BENCH_EKS_DEADLINE_SECONDS: '20', BENCH_EKS_ROUNDS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/^ImagePullBackOff \(round 1\) .* (ErrImagePull|ImagePullBackOff) .*exceeded its progre.* \d+\.\dx$/m);
  expect(run.stdout).toMatch(/^CrashLoopBackOff \(round 1\) .* CrashLoopBackOff .*exceeded its progre.* \d+\.\dx$/m);
  const file = /results: (\S+)/.exec(run.stdout)?.[1];
  const results = JSON.parse(readFileSync(file!, 'utf8')) as { scenarios: Record<string, Array<{ ratio: number; rolledBack: string }>> };
  for (const kind of ['ImagePullBackOff', 'CrashLoopBackOff']) {
    expect(Number.isFinite(results.scenarios[kind]?.[0]?.ratio)).toBe(true);
    expect(results.scenarios[kind]?.[0]?.rolledBack).toBe('true');
  }
}, 300_000);
