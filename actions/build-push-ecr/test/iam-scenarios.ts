// What build-push-ecr's README IAM policy must allow, run as a role the caller describes (the README's policy in
// test/iam-policy.test.ts; the deploy role of infra/, the union of every action's policy, in
// infra/test/deploy-role-iam.test.ts): a first run creates the repository (with a keep-last lifecycle policy),
// builds with buildah, pushes and waits for the scan; a re-run finds the image. Each run names its own
// repository; the caller's role must grant it.
import type { AwsWorld, BuildahSandbox, GitHubWorld, RunResult } from '@mlops-actions/testkit';
import { expect } from 'vitest';
import { runStep, workspace } from './worlds.js';

/** The README's example repository; each run's repository is this name with a counter. */
export const README_REPOSITORY = 'churn-serving';

/** A role's trust statement (GitHub OIDC) and identity policy. */
export interface RoleUnderTest {
  trust: object;
  policy: object;
}

export interface IamWorlds {
  aws: AwsWorld;
  github: GitHubWorld;
  buildah: BuildahSandbox;
}

let counter = 0;

/** A first run and (unless told not to, or the first failed) a re-run, as a role made for the run's repository. */
export async function runIamBuild(
  worlds: IamWorlds,
  roleFor: (names: { repository: string }) => RoleUnderTest,
  rerun = true,
): Promise<{ first: RunResult; second?: RunResult; repository: string }> {
  const { aws, github, buildah } = worlds;
  counter += 1;
  const repository = `${README_REPOSITORY}-${process.pid}-${counter}`;
  const role = roleFor({ repository });
  const roleArn = await aws.iam.createRole({
    name: `github-image-${process.pid}-${counter}`,
    trustPolicy: { Version: '2012-10-17', Statement: [role.trust] },
    policies: { 'build-push-ecr': role.policy },
    oidc: github.oidc,
  });
  aws.ecr.setScan(repository, '*', { status: 'COMPLETE', findings: [{ name: 'CVE-2024-1111', severity: 'LOW' }] });
  const ws = workspace();
  const inputs = { repository, builder: 'buildah', 'role-to-assume': roleArn, 'keep-last': '20', 'scan-timeout': '1m' };
  const options = { workspace: ws, sandboxEnv: buildah.env, env: github.env(), github: { repository: 'octo-org/churn-model', ref: 'refs/heads/main' } };
  const first = await runStep(aws, inputs, options);
  if (!rerun || first.exitCode !== 0) return { first, repository };
  const second = await runStep(aws, inputs, options);
  return { first, second, repository };
}

/** Created, built, pushed, scanned; the re-run pushed nothing and found the same digest. */
export function expectIamBuildWorked({ first, second, repository }: { first: RunResult; second?: RunResult; repository: string }): void {
  expect(first.exitCode, first.errors.join('\n') + first.main.stdout.slice(-2000)).toBe(0);
  expect(first.outputs.pushed).toBe('true');
  expect(second?.exitCode, second?.errors.join('\n')).toBe(0);
  expect(second?.outputs).toMatchObject({ pushed: 'false', 'image-digest': first.outputs['image-digest'] });
  expect(first.main.stdout).toContain(`Created repository ${repository}`);
}
