// The paths of wait-approval that its README's IAM policy must allow, run as a role the caller describes (the
// README's policy in test/iam-policy.test.ts; the deploy role of infra/, the union of every action's policy, in
// infra/test/deploy-role-iam.test.ts). Each run registers its package in its own group; the role must grant it.
import { runAction, type RunResult } from '@mlops-actions/testkit';
import { expect } from 'vitest';
import { ACTION_DIR, executionTriggeredBy, readPackage, registerPackage, type Worlds } from './worlds.js';

export type IamPath = 'wait-by-arn' | 'approve-by-version';
export const IAM_PATHS: readonly IamPath[] = ['wait-by-arn', 'approve-by-version'];
/** The README's example group; each run's group is this name with a counter. */
export const README_GROUP = 'churn-models';

/** A role's trust statement (GitHub OIDC) and identity policy. */
export interface RoleUnderTest {
  trust: object;
  policy: object;
}

let counter = 0;

export async function runIamPath(
  worlds: Worlds,
  kind: IamPath,
  roleFor: (names: { group: string }) => RoleUnderTest,
): Promise<{ result: RunResult; arn: string }> {
  counter += 1;
  const group = `${README_GROUP}-${process.pid}-${counter}`;
  const role = roleFor({ group });
  const roleArn = await worlds.aws.iam.createRole({
    name: `github-approval-${process.pid}-${counter}`,
    trustPolicy: { Version: '2012-10-17', Statement: [role.trust] },
    policies: { 'wait-approval': role.policy },
    oidc: worlds.github.oidc,
  });
  const execution = await executionTriggeredBy(worlds, 'alice');
  const arn = await registerPackage(worlds, group, { generatedBy: execution, status: kind === 'wait-by-arn' ? 'Approved' : 'PendingManualApproval' });
  const inputs: Record<string, string> =
    kind === 'wait-by-arn'
      ? { 'model-package-arn': arn, 'role-to-assume': roleArn }
      : { 'model-package-group': group, version: '1', mode: 'approve', approvers: 'bob', 'role-to-assume': roleArn };
  const result = await runAction({
    actionDir: ACTION_DIR,
    inputs,
    env: { ...worlds.aws.env(), ...worlds.github.env() },
    github: { triggeringActor: 'bob' },
    timeoutMs: 60_000,
  });
  return { result, arn };
}

/** What each path shows when the role allows what it needs. */
export async function expectIamPathWorked(kind: IamPath, { result, arn }: { result: RunResult; arn: string }, worlds: Worlds): Promise<void> {
  expect(result.errors).toEqual([]);
  expect(result.main.annotations.filter((a) => a.level === 'warning')).toEqual([]);
  if (kind === 'wait-by-arn') {
    expect(result.outputs['approval-status']).toBe('Approved');
    expect(result.summary).toContain('triggered by');
  } else {
    expect((await readPackage(worlds, arn)).ModelApprovalStatus).toBe('Approved');
  }
}
