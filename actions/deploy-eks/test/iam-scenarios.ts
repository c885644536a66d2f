// The path of deploy-eks that its README's IAM policy must allow (a deploy through GitHub OIDC; the EKS token
// needs no IAM permission), run as a role the caller describes (the README's policy in test/iam-policy.test.ts;
// the deploy role of infra/, the union of every action's policy, in infra/test/deploy-role-iam.test.ts). The
// cluster is the README's (CLUSTER); the caller's role must grant it.
import type { GitHubWorld, RunResult } from '@mlops-actions/testkit';
import { expect } from 'vitest';
import { CLUSTER, GOOD_V2, imagesOf, newDeployment, runStep, type Worlds } from './worlds.js';

/** A role's trust statement (GitHub OIDC) and identity policy. */
export interface RoleUnderTest {
  trust: object;
  policy: object;
}

let counter = 0;

export async function runIamDeploy(
  worlds: Worlds,
  github: GitHubWorld,
  roleFor: (names: { cluster: string }) => RoleUnderTest,
): Promise<{ result: RunResult; name: string; roleName: string }> {
  counter += 1;
  const role = roleFor({ cluster: CLUSTER });
  const roleName = `github-deploy-${process.pid}-${counter}`;
  const roleArn = await worlds.aws.iam.createRole({
    name: roleName,
    trustPolicy: { Version: '2012-10-17', Statement: [role.trust] },
    policies: { 'deploy-eks': role.policy },
    oidc: github.oidc,
  });
  const { name } = await newDeployment(worlds);
  const result = await runStep(
    worlds,
    { deployment: name, image: GOOD_V2, 'role-to-assume': roleArn },
    { env: { ...github.env(), AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' } },
  );
  return { result, name, roleName };
}

/** The deploy went through as the assumed role: the new image is out, and the cluster saw that role's token. */
export function expectIamDeployWorked({ result, name, roleName }: { result: RunResult; name: string; roleName: string }, worlds: Worlds): void {
  expect(result.errors).toEqual([]);
  expect(imagesOf(worlds, 'default', name)).toEqual([GOOD_V2]);
  expect(worlds.k8s.requests.some((r) => r.user?.includes(`:assumed-role/${roleName}/`))).toBe(true);
}
