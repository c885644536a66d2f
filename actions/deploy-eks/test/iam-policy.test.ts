// The README's minimal IAM policy, proven with the AWS world's IAM enforcement: the action assumes a role holding
// exactly that policy (and the README's trust policy) through GitHub OIDC, and a deploy works end to end (the
// cluster accepts that role's EKS token); without eks:DescribeCluster it fails and names the action.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startGitHubWorld, type GitHubWorld, type PolicyStatement } from '@mlops-actions/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACTION_DIR, CLUSTER, GOOD_V2, imagesOf, newDeployment, runStep, startWorlds, type Worlds } from './worlds.js';

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

let counter = 0;
async function deployAs(without: string[]): Promise<{ result: Awaited<ReturnType<typeof runStep>>; name: string }> {
  counter += 1;
  const kept = README_POLICY.Statement.map((s) => ({ ...s, Action: [s.Action ?? []].flat().filter((a) => !without.includes(a)) })).filter(
    (s) => s.Action.length > 0,
  );
  // IAM refuses a policy without statements: the role then holds an unrelated one.
  const statements = kept.length ? kept : [{ Effect: 'Allow', Action: ['eks:ListClusters'], Resource: '*' }];
  // The README's trust policy names the environment's subject; the GitHub world's token for this run must match it.
  const trust = JSON.parse(JSON.stringify(README_TRUST).replace('repo:octo-org/churn-model:environment:staging', 'repo:*')) as object;
  const roleArn = await worlds.aws.iam.createRole({
    name: `github-deploy-${counter}`,
    trustPolicy: { Version: '2012-10-17', Statement: [trust] },
    policies: { 'deploy-eks': { ...README_POLICY, Statement: statements } },
    oidc: github.oidc,
  });
  const { name } = await newDeployment(worlds);
  const result = await runStep(
    worlds,
    { deployment: name, image: GOOD_V2, 'role-to-assume': roleArn },
    { env: { ...github.env(), AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' } },
  );
  return { result, name };
}

describe("deploy-eks's README policy (IAM enforced)", () => {
  test('the README lists exactly the IAM action the action calls, on the cluster', () => {
    expect(README_POLICY.Statement.flatMap((s) => [s.Action ?? []].flat())).toEqual(['eks:DescribeCluster']);
    expect(README_POLICY.Statement[0]?.Resource).toBe(`arn:aws:eks:us-east-1:123456789012:cluster/${CLUSTER}`);
  });

  test('with exactly that policy: the deploy works through GitHub OIDC (the cluster accepts the role session token)', async () => {
    const { result, name } = await deployAs([]);
    expect(result.errors).toEqual([]);
    expect(imagesOf(worlds, 'default', name)).toEqual([GOOD_V2]);
    expect(worlds.k8s.requests.some((r) => r.user?.includes(':assumed-role/github-deploy-'))).toBe(true);
  });

  test('without eks:DescribeCluster it fails and names the action', async () => {
    const { result } = await deployAs(['eks:DescribeCluster']);
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/^eks:DescribeCluster on cluster ml-staging failed: AccessDeniedException/);
    expect(result.errors[0]).toContain("Hint: The role the action runs as needs 'eks:DescribeCluster'");
  });
});
