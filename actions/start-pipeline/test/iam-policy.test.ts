// The README's minimal IAM policy, proven both ways against a world that enforces IAM like AWS: with exactly that
// policy on the role the action assumes through GitHub OIDC (the README's trust policy), every path of the action
// works; with any one IAM action taken out, the path that needs it fails and the hint names that action.
// What enforces it: the AWS world's layer evaluates the role's identity policies (held in moto's IAM) for each
// call, because moto 5.2.1's own enforcement checks SageMaker calls only against the resource "*" (a statement
// scoped to a pipeline ARN never matches there) and never sees the pipeline-execution calls the layer answers.
// Not checked by the world: sts:AssumeRoleWithWebIdentity needs no identity policy (the trust policy is checked
// instead: issuer, signature, aud, sub), and the policy's Version/Sid are not interpreted.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startAwsWorld, startGitHubWorld, type AwsWorld, type GitHubWorld, type PolicyStatement } from '@mlops-actions/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectIamPathWorked, IAM_PATHS, type IamPath, README_PIPELINE, runIamPath } from './iam-scenarios.js';
import { ACTION_DIR } from './worlds.js';

interface Policy {
  Version: string;
  Statement: PolicyStatement[];
}

/** The JSON blocks of the README's "Minimal IAM policy" section: the identity policy, then the trust policy. */
function readmePolicies(): { policy: Policy; trust: object } {
  const readme = readFileSync(path.join(ACTION_DIR, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Minimal IAM policy'));
  if (!section) throw new Error('README.md has no "## Minimal IAM policy" section');
  const blocks = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as object);
  if (blocks.length !== 2) throw new Error(`expected the policy and the trust policy in that section, found ${blocks.length} JSON blocks`);
  return { policy: blocks[0] as Policy, trust: blocks[1]! };
}

const { policy: README_POLICY, trust: README_TRUST } = readmePolicies();

let aws: AwsWorld;
let github: GitHubWorld;
beforeAll(async () => {
  [aws, github] = await Promise.all([startAwsWorld({ enforceIam: true }), startGitHubWorld()]);
});
afterAll(async () => Promise.all([aws?.close(), github?.close()]));

/** The README policy for another pipeline name, without the given IAM actions (a statement left empty goes). */
function policyFor(pipeline: string, without: string[] = []): Policy {
  const renamed = JSON.parse(JSON.stringify(README_POLICY).replaceAll(`pipeline/${README_PIPELINE}`, `pipeline/${pipeline}`)) as Policy;
  const statements = renamed.Statement.map((s) => ({ ...s, Action: [s.Action ?? []].flat().filter((a) => !without.includes(a)) })).filter(
    (s) => s.Action.length > 0,
  );
  return { ...renamed, Statement: statements };
}

/** One path as a role holding the README's trust policy and its policy (for the run's pipeline) without `without`. */
const runPath = (kind: IamPath, without: string[] = []) =>
  runIamPath({ aws, github }, kind, ({ pipeline }) => ({ trust: README_TRUST, policy: policyFor(pipeline, without) }));

describe("start-pipeline's README policy (IAM enforced)", () => {
  test('the README lists the IAM actions the action calls, and a trust policy for GitHub OIDC', () => {
    const actions = README_POLICY.Statement.flatMap((s) => [s.Action ?? []].flat()).sort();
    expect(actions).toEqual([
      'iam:PassRole',
      'sagemaker:CreatePipeline',
      'sagemaker:DescribePipeline',
      'sagemaker:DescribePipelineDefinitionForExecution',
      'sagemaker:DescribePipelineExecution',
      'sagemaker:ListPipelineExecutionSteps',
      'sagemaker:ListPipelineParametersForExecution',
      'sagemaker:StartPipelineExecution',
      'sagemaker:StopPipelineExecution',
      'sagemaker:UpdatePipeline',
    ]);
  });

  test.each(IAM_PATHS)('with exactly that policy: the %s path works', async (kind) => {
    expectIamPathWorked(kind, await runPath(kind), aws);
  });

  test('a role for attaching only (execution-arn) needs no more than the execution statements', async () => {
    // The attach path with every action that starts or changes something taken out.
    const { result: narrow } = await runPath('attach', [
      'sagemaker:DescribePipeline',
      'sagemaker:StartPipelineExecution',
      'sagemaker:StopPipelineExecution',
      'sagemaker:CreatePipeline',
      'sagemaker:UpdatePipeline',
      'iam:PassRole',
    ]);
    expect(narrow.errors).toEqual([]);
    expect(narrow.outputs.status).toBe('Succeeded');
    expect(narrow.outputs['model-package-arn']).toMatch(/:model-package\//);
  });

  // Each IAM action of the policy, removed alone, on the path that needs it.
  test.each([
    ['sagemaker:DescribePipeline', 'start-and-wait'],
    ['sagemaker:StartPipelineExecution', 'start-and-wait'],
    ['sagemaker:DescribePipelineExecution', 'start-and-wait'],
    ['sagemaker:ListPipelineExecutionSteps', 'start-and-wait'],
    ['sagemaker:CreatePipeline', 'create-from-definition'],
    ['sagemaker:UpdatePipeline', 'update-from-definition'],
    ['iam:PassRole', 'create-from-definition'],
    ['iam:PassRole', 'update-from-definition'],
    ['sagemaker:StopPipelineExecution', 'cancel'],
    ['sagemaker:DescribePipelineExecution', 'attach'],
    ['sagemaker:ListPipelineExecutionSteps', 'attach'],
    ['sagemaker:DescribePipelineDefinitionForExecution', 'attach'],
    ['sagemaker:ListPipelineParametersForExecution', 'attach'],
  ] as const)('without %s, the %s path fails and says so', async (action, kind) => {
    const { result } = await runPath(kind, [action]);
    expect(result.exitCode).toBe(1);
    if (kind === 'cancel') {
      // The stop is what fails: the error names the denied IAM action and its hint says the role needs it. A
      // retry would be refused the same way, so none is promised and the post step makes none.
      expect(result.errors[0]).toMatch(
        new RegExp(
          `^Cancelled, but the execution could not be stopped: ${action} on .* failed: AccessDeniedException: .*not authorized to perform: ${action} `,
        ),
      );
      expect(result.errors[0]).toContain(`Hint: The role the action runs as needs '${action}'`);
      expect(result.errors[0]).not.toContain('tries again');
      expect(result.post?.log.join('\n') ?? '').not.toContain('Could not stop');
      return;
    }
    const said = [...result.errors, ...result.main.annotations.map((a) => a.message), ...(result.post?.log ?? [])].join('\n');
    expect(said).toContain(`needs '${action}'`);
  });
});
