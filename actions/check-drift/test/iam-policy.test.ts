// The README's minimal IAM policy, proven against an AWS world that enforces IAM like AWS: the action assumes,
// through GitHub OIDC, a role holding exactly the README's policy and trust policy, and each path works; with any
// one IAM action taken out, the path that needs it fails and the error names that action.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PolicyStatement } from '@mlops-actions/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACTION_DIR, driftViolation, monitorRun, put, runStep, startWorlds, type Worlds } from './worlds.js';

interface Policy {
  Version: string;
  Statement: PolicyStatement[];
}

function readmePolicies(): { policy: Policy; trust: object } {
  const readme = readFileSync(path.join(ACTION_DIR, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Minimal IAM policy'));
  if (!section) throw new Error('README.md has no "## Minimal IAM policy" section');
  const blocks = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as object);
  if (blocks.length !== 2) throw new Error(`expected the policy and the trust policy, found ${blocks.length} JSON blocks`);
  return { policy: blocks[0] as Policy, trust: blocks[1]! };
}

const { policy: README_POLICY, trust: README_TRUST } = readmePolicies();
const FEATURES = ['tenure', 'monthly_charges'];

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds({ enforceIam: true });
});
afterAll(async () => worlds?.close());

let counter = 0;

/** The README policy without the given IAM actions (a statement left without actions goes). */
function policyWithout(without: string[]): Policy {
  const statements = README_POLICY.Statement.map((s) => ({ ...s, Action: [s.Action ?? []].flat().filter((a) => !without.includes(a)) })).filter(
    (s) => s.Action.length > 0,
  );
  return { ...README_POLICY, Statement: statements };
}

type Path = 'model-monitor' | 'data-capture' | 's3-prefix';

const hour = (d: Date): string => d.toISOString().slice(0, 13).replace(/-/g, '/').replace('T', '/');
const capture = (data: string, at: Date): string =>
  JSON.stringify({
    captureData: { endpointInput: { observedContentType: 'text/csv', mode: 'INPUT', data, encoding: 'CSV' } },
    eventMetadata: { eventId: 'e', inferenceTime: at.toISOString() },
  });

async function runPath(kind: Path, without: string[] = []) {
  counter += 1;
  const roleArn = await worlds.aws.iam.createRole({
    name: `github-drift-${counter}`,
    trustPolicy: { Version: '2012-10-17', Statement: [README_TRUST] },
    policies: { 'check-drift': policyWithout(without) },
    oidc: worlds.github.oidc,
  });
  const inputs: Record<string, string> = { 'role-to-assume': roleArn, 'cloudwatch-namespace': 'MLOps/Drift', issue: 'off' };
  if (kind === 'model-monitor') {
    const schedule = `churn-monitor-iam-${counter}`;
    await monitorRun(worlds, schedule, { features: FEATURES, violations: { violations: [driftViolation('tenure', 0.3)] } });
    inputs['monitoring-schedule'] = schedule;
  } else {
    const baseline = `baselines/churn-${counter}/train.csv`;
    await put(worlds, baseline, `tenure,monthly_charges\n${Array.from({ length: 50 }, (_, i) => `${i},${20 + i}`).join('\n')}\n`);
    inputs.baseline = `s3://ml-data/${baseline}`;
    const at = new Date(Date.now() - 3_600_000);
    if (kind === 'data-capture') {
      const lines = Array.from({ length: 50 }, (_, i) => capture(`${i + 40},${90 + i}`, at)).join('\n');
      await put(worlds, `datacapture/churn-${counter}/AllTraffic/${hour(at)}/c.jsonl`, lines);
      Object.assign(inputs, { current: `s3://ml-data/datacapture/churn-${counter}/`, 'current-format': 'data-capture' });
    } else {
      await put(
        worlds,
        `baselines/churn-${counter}/today/part-0.csv`,
        `tenure,monthly_charges\n${Array.from({ length: 50 }, (_, i) => `${i + 40},${90 + i}`).join('\n')}\n`,
      );
      inputs.current = `s3://ml-data/baselines/churn-${counter}/today/`;
    }
  }
  return runStep(worlds, inputs, { auth: 'none' });
}

describe("check-drift's README policy (IAM enforced)", () => {
  test('the README lists exactly the IAM actions the action calls, and a trust policy for GitHub OIDC', () => {
    const actions = README_POLICY.Statement.flatMap((s) => [s.Action ?? []].flat()).sort();
    expect(actions).toEqual([
      'cloudwatch:PutMetricData',
      's3:GetObject',
      's3:ListBucket',
      'sagemaker:DescribeProcessingJob',
      'sagemaker:ListMonitoringExecutions',
    ]);
  });

  test('with exactly that policy: Model Monitor mode with metrics', async () => {
    const result = await runPath('model-monitor');
    expect(result.errors).toEqual([]);
    expect(result.outputs['drift-detected']).toBe('true');
    expect(worlds.aws.requests.filter((r) => r.operation === 'PutMetricData').at(-1)?.status).toBe(200);
  });

  test.each(['data-capture', 's3-prefix'] as const)('with exactly that policy: the %s path with metrics', async (kind) => {
    const result = await runPath(kind);
    expect(result.errors).toEqual([]);
    expect(result.outputs['drift-detected']).toBe('true');
  });

  test.each([
    ['s3:ListBucket', 'data-capture'],
    ['s3:GetObject', 'data-capture'],
    ['s3:ListBucket', 's3-prefix'],
    ['cloudwatch:PutMetricData', 's3-prefix'],
    ['sagemaker:ListMonitoringExecutions', 'model-monitor'],
    ['sagemaker:DescribeProcessingJob', 'model-monitor'],
    ['s3:GetObject', 'model-monitor'],
    ['cloudwatch:PutMetricData', 'model-monitor'],
  ] as const)('without %s, the %s path fails and says so', async (action, kind) => {
    const result = await runPath(kind, [action]);
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toContain(`needs '${action}'`);
  });
});
