// The README's minimal IAM policy, proven both ways against a world that enforces IAM like AWS: with exactly that
// policy on the role the action assumes through GitHub OIDC (the README's trust policy), every path works; with any
// one IAM action taken out, the path that needs it fails (or, for the lineage read, warns) and names that action.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startAwsWorld, startGitHubWorld, type AwsWorld, type GitHubWorld, type PolicyStatement } from '@mlops-actions/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectIamPathWorked, IAM_PATHS, type IamPath, README_GROUP, runIamPath } from './iam-scenarios.js';
import { ACTION_DIR, readPackage, type Worlds } from './worlds.js';

interface Policy {
  Version: string;
  Statement: PolicyStatement[];
}

function readmePolicies(): { policy: Policy; trust: object } {
  const readme = readFileSync(path.join(ACTION_DIR, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Minimal IAM policy'));
  if (!section) throw new Error('README.md has no "## Minimal IAM policy" section');
  const blocks = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] as string) as object);
  if (blocks.length !== 2) throw new Error(`expected the policy and the trust policy in that section, found ${blocks.length} JSON blocks`);
  return { policy: blocks[0] as Policy, trust: blocks[1] as object };
}

const { policy: README_POLICY, trust: README_TRUST } = readmePolicies();

let aws: AwsWorld;
let github: GitHubWorld;
let worlds: Worlds;
beforeAll(async () => {
  [aws, github] = await Promise.all([startAwsWorld({ enforceIam: true }), startGitHubWorld()]);
  worlds = { aws, github, close: async () => {} };
});
afterAll(async () => Promise.all([aws?.close(), github?.close()]));

function policyFor(group: string, without: string[] = []): Policy {
  const renamed = JSON.parse(JSON.stringify(README_POLICY).replaceAll(`model-package/${README_GROUP}/`, `model-package/${group}/`)) as Policy;
  const statements = renamed.Statement.map((s) => ({ ...s, Action: [s.Action ?? []].flat().filter((a) => !without.includes(a)) })).filter(
    (s) => s.Action.length > 0,
  );
  return { ...renamed, Statement: statements };
}

/** One path as a role holding the README's trust policy and its policy (for the run's group) without `without`. */
const runPath = (kind: IamPath, without: string[] = []) =>
  runIamPath(worlds, kind, ({ group }) => ({ trust: README_TRUST, policy: policyFor(group, without) }));

describe("wait-approval's README policy (IAM enforced)", () => {
  test('the README lists the IAM actions the action calls', () => {
    const actions = README_POLICY.Statement.flatMap((s) => [s.Action ?? []].flat()).sort();
    expect(actions).toEqual([
      'sagemaker:DescribeModelPackage',
      'sagemaker:DescribePipelineExecution',
      'sagemaker:ListModelPackages',
      'sagemaker:UpdateModelPackage',
    ]);
  });

  test.each(IAM_PATHS)('with exactly that policy: the %s path works (with the lineage read)', async (kind) => {
    await expectIamPathWorked(kind, await runPath(kind), worlds);
  });

  test.each([
    ['sagemaker:DescribeModelPackage', 'wait-by-arn'],
    ['sagemaker:ListModelPackages', 'approve-by-version'],
    ['sagemaker:UpdateModelPackage', 'approve-by-version'],
  ] as const)('without %s, the %s path fails and names it', async (action, kind) => {
    const { result } = await runPath(kind, [action]);
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toContain(`needs '${action}'`);
  });

  test('without sagemaker:DescribePipelineExecution, approving warns that self-approval could not be checked, naming it', async () => {
    const { result, arn } = await runPath('approve-by-version', ['sagemaker:DescribePipelineExecution']);
    expect(result.errors).toEqual([]);
    const warnings = result.main.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toEqual([expect.stringContaining('not authorized to perform: sagemaker:DescribePipelineExecution')]);
    expect((await readPackage(worlds, arn)).ModelApprovalStatus).toBe('Approved');
  });
});
