// The README's minimal IAM policy, proven against an AWS world that enforces IAM like AWS: the action assumes,
// through GitHub OIDC, a role holding exactly the README's policy and trust policy, and each path works; with any
// one IAM action taken out, the path that needs it fails and the error names that action.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PolicyStatement } from '@mlops-actions/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectIamPathWorked, IAM_PATHS, type IamPath, runIamPath } from './iam-scenarios.js';
import { ACTION_DIR, startWorlds, type Worlds } from './worlds.js';

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

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds({ enforceIam: true });
});
afterAll(async () => worlds?.close());

/** The README policy without the given IAM actions (a statement left without actions goes). */
function policyWithout(without: string[]): Policy {
  const statements = README_POLICY.Statement.map((s) => ({ ...s, Action: [s.Action ?? []].flat().filter((a) => !without.includes(a)) })).filter(
    (s) => s.Action.length > 0,
  );
  return { ...README_POLICY, Statement: statements };
}

/** One path as a role holding the README's trust policy and its policy without `without`. */
const runPath = (kind: IamPath, without: string[] = []) => runIamPath(worlds, kind, () => ({ trust: README_TRUST, policy: policyWithout(without) }));

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

  test.each(IAM_PATHS)('with exactly that policy: the %s path with metrics', async (kind) => {
    expectIamPathWorked(kind, await runPath(kind), worlds);
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
