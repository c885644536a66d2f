// The paths of start-pipeline that its README's IAM policy must allow, run as a role the caller describes (the
// README's policy in test/iam-policy.test.ts; the deploy role of infra/, the union of every action's policy, in
// infra/test/deploy-role-iam.test.ts). Each run names its own pipeline; the caller's role must grant that name.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DescribePipelineExecutionCommand, StartPipelineExecutionCommand } from '@aws-sdk/client-sagemaker';
import { churnDefinition, runAction, type AwsWorld, type GitHubWorld, type RunResult } from '@mlops-actions/testkit';
import { expect } from 'vitest';
import { ACTION_DIR } from './worlds.js';

export type IamPath = 'start-and-wait' | 'create-from-definition' | 'update-from-definition' | 'cancel' | 'attach';
export const IAM_PATHS: readonly IamPath[] = ['start-and-wait', 'create-from-definition', 'update-from-definition', 'cancel', 'attach'];
/** The README's example pipeline; each run's pipeline is this name with a counter. */
export const README_PIPELINE = 'churn-training';
export const EXECUTION_ROLE = 'arn:aws:iam::123456789012:role/sagemaker-pipeline-execution';

/** A role's trust statement (GitHub OIDC) and identity policy. */
export interface RoleUnderTest {
  trust: object;
  policy: object;
}

let counter = 0;

/** An execution started outside the action (the harness's own client, which IAM does not limit), run to its end. */
async function finishedExecution(aws: AwsWorld, pipeline: string): Promise<string> {
  const { PipelineExecutionArn: arn } = await aws.sagemaker.send(
    new StartPipelineExecutionCommand({ PipelineName: pipeline, ClientRequestToken: `attach-${pipeline}-${'0'.repeat(32)}` }),
  );
  for (;;) {
    const { PipelineExecutionStatus: status } = await aws.sagemaker.send(new DescribePipelineExecutionCommand({ PipelineExecutionArn: arn }));
    if (status !== 'Executing') return arn as string;
  }
}

/** Runs one path of the action as a role made for the run's pipeline (lower case, as SageMaker's ARNs have it). */
export async function runIamPath(
  worlds: { aws: AwsWorld; github: GitHubWorld },
  kind: IamPath,
  roleFor: (names: { pipeline: string }) => RoleUnderTest,
): Promise<{ result: RunResult; pipeline: string }> {
  const { aws, github } = worlds;
  counter += 1;
  const pipeline = `${README_PIPELINE}-${process.pid}-${counter}`;
  const role = roleFor({ pipeline });
  const roleArn = await aws.iam.createRole({
    name: `github-deploy-${process.pid}-${counter}`,
    trustPolicy: { Version: '2012-10-17', Statement: [role.trust] },
    policies: { 'start-pipeline': role.policy },
    oidc: github.oidc,
  });
  if (kind !== 'create-from-definition') await aws.createPipeline(pipeline, churnDefinition(`${pipeline}-models`), { roleArn: EXECUTION_ROLE });
  const inputs: Record<string, string> = { 'pipeline-name': pipeline, 'role-to-assume': roleArn, 'poll-interval': '100ms' };
  if (kind === 'attach') inputs['execution-arn'] = await finishedExecution(aws, pipeline);
  let workspace: string | undefined;
  if (kind === 'create-from-definition' || kind === 'update-from-definition') {
    workspace = mkdtempSync(path.join(tmpdir(), 'iam-'));
    writeFileSync(path.join(workspace, 'pipeline.json'), JSON.stringify(churnDefinition(`${pipeline}-v2`)));
    inputs['pipeline-definition'] = 'pipeline.json';
    if (kind === 'create-from-definition') inputs['pipeline-role-arn'] = EXECUTION_ROLE;
  }
  if (kind === 'cancel') aws.scenario(pipeline, { ticksPerStep: 100_000 });
  const result = await runAction({
    actionDir: ACTION_DIR,
    inputs,
    env: { ...aws.env(), ...github.env() },
    timeoutMs: 60_000,
    ...(workspace ? { workspace } : {}),
    ...(kind === 'cancel' ? { post: true, cancel: { when: { event: aws.nextRequest({ operation: 'DescribePipelineExecution' }) } } } : {}),
  });
  return { result, pipeline };
}

/** What each path shows when the role allows what it needs (the caller's role, the README's or the union). */
export function expectIamPathWorked(kind: IamPath, { result, pipeline }: { result: RunResult; pipeline: string }, aws: AwsWorld): void {
  if (kind === 'cancel') {
    expect(result.errors).toEqual([
      expect.stringMatching(/^Cancelled while waiting for .*; stop requested, status Stopping\.$/),
      'The operation was canceled.',
    ]);
    expect(aws.executions().find((e) => e.pipelineName === pipeline)?.stopRequests).toBe(1);
    return;
  }
  expect(result.errors).toEqual([]);
  expect(result.main.annotations.filter((a) => a.level === 'warning')).toEqual([]);
  if (kind === 'start-and-wait' || kind === 'attach') {
    expect(result.outputs.status).toBe('Succeeded');
    expect(result.outputs['model-package-arn']).toMatch(/:model-package\//);
  } else {
    expect(aws.pipelineVersions(pipeline)).toHaveLength(kind === 'create-from-definition' ? 1 : 2);
  }
}
