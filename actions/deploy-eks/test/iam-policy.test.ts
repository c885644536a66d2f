// The README's minimal IAM policy, proven with the AWS world's IAM enforcement: the action assumes a role holding
// exactly that policy (and the README's trust policy) through GitHub OIDC, and a deploy works end to end (the
// cluster accepts that role's EKS token); without eks:DescribeCluster it fails and names the action.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startGitHubWorld, type GitHubWorld, type PolicyStatement } from '@mlops-actions/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectIamDeployWorked, runIamDeploy } from './iam-scenarios.js';
import { ACTION_DIR, CLUSTER, startWorlds, type Worlds } from './worlds.js';

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
let github: GitHubWorld;
beforeAll(async () => {
  [worlds, github] = await Promise.all([startWorlds({ aws: { enforceIam: true } }), startGitHubWorld()]);
});
afterAll(async () => Promise.all([worlds?.close(), github?.close()]));

/** A deploy as a role holding the README's trust policy and its policy without `without`. */
function deployAs(without: string[]) {
  const kept = README_POLICY.Statement.map((s) => ({ ...s, Action: [s.Action ?? []].flat().filter((a) => !without.includes(a)) })).filter(
    (s) => s.Action.length > 0,
  );
  // IAM refuses a policy without statements: the role then holds an unrelated one.
  const statements = kept.length ? kept : [{ Effect: 'Allow', Action: ['eks:ListClusters'], Resource: '*' }];
  // The README's trust policy names the environment's subject; the GitHub world's token for this run must match it.
  const trust = JSON.parse(JSON.stringify(README_TRUST).replace('repo:octo-org/churn-model:environment:staging', 'repo:*')) as object;
  return runIamDeploy(worlds, github, () => ({ trust, policy: { ...README_POLICY, Statement: statements } }));
}

describe("deploy-eks's README policy (IAM enforced)", () => {
  test('the README lists exactly the IAM action the action calls, on the cluster', () => {
    expect(README_POLICY.Statement.flatMap((s) => [s.Action ?? []].flat())).toEqual(['eks:DescribeCluster']);
    expect(README_POLICY.Statement[0]?.Resource).toBe(`arn:aws:eks:us-east-1:123456789012:cluster/${CLUSTER}`);
  });

  test('with exactly that policy: the deploy works through GitHub OIDC (the cluster accepts the role session token)', async () => {
    expectIamDeployWorked(await deployAs([]), worlds);
  });

  test('without eks:DescribeCluster it fails and names the action', async () => {
    const { result } = await deployAs(['eks:DescribeCluster']);
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/^eks:DescribeCluster on cluster ml-staging failed: AccessDeniedException/);
    expect(result.errors[0]).toContain("Hint: The role the action runs as needs 'eks:DescribeCluster'");
  });
});
