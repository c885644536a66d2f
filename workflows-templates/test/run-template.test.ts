// sagemaker-train.yml run whole the way GitHub would (runWorkflow: trigger, paths, job), against the local AWS and GitHub worlds:
// the template's own `with:` / `vars` / `steps.*.outputs` wiring, the bundled start-pipeline action, OIDC to AWS.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DescribeModelPackageCommand, ListPipelineParametersForExecutionCommand } from '@aws-sdk/client-sagemaker';
import {
  HARNESS_ACCESS_KEY_ID,
  PIPELINE_ROLE,
  churnDefinition,
  runWorkflow,
  startAwsWorld,
  startGitHubWorld,
  type AwsWorld,
  type GitHubWorld,
  type WorkflowJobResult,
  type WorkflowRunResult,
} from '@mlops-actions/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEPLOY_ROLE = 'arn:aws:iam::123456789012:role/github-mlops';
const PIPELINE = 'churn-training';
const GROUP = 'churn-models';
const github = { workflowPath: '.github/workflows/sagemaker-train.yml' };
const vars = { AWS_ROLE_ARN: DEPLOY_ROLE, AWS_REGION: 'us-east-1', SAGEMAKER_PIPELINE_NAME: PIPELINE, DATA_BUCKET: 'churn-data' };

/** The workflow's one job, after checking that the event started the workflow and that job ran. */
function train(run: WorkflowRunResult): WorkflowJobResult {
  expect(run.order).toEqual(['train']);
  return run.jobs.train as WorkflowJobResult;
}

let aws: AwsWorld;
let gh: GitHubWorld;
beforeAll(async () => {
  [aws, gh] = await Promise.all([startAwsWorld(), startGitHubWorld({ github: { ...github, eventName: 'push' } })]);
  aws.trustWebIdentity({
    roleArn: DEPLOY_ROLE,
    jwks: gh.oidc.jwks,
    issuer: gh.oidc.issuer,
    audience: 'sts.amazonaws.com',
    subjects: ['repo:octo-org/churn-model:*'],
  });
  await aws.createPipeline(PIPELINE, churnDefinition(GROUP), { roleArn: PIPELINE_ROLE });
});
afterAll(async () => {
  await Promise.all([aws?.close(), gh?.close()]);
});

describe('sagemaker-train.yml, job train', () => {
  test('starts the pipeline through OIDC, outputs the registered model package and reports it', async () => {
    const job = train(
      await runWorkflow({
        workflow: path.join(here, 'sagemaker-train.yml'),
        event: { name: 'push', changedFiles: ['data/churn.csv'] },
        vars,
        env: { ...aws.env(), ...gh.env() },
        github,
      }),
    );

    expect(job.steps.map((s) => [s.id, s.conclusion])).toEqual([
      ['__actions_checkout', 'success'],
      ['pipeline', 'success'],
      ['__run', 'success'],
    ]);
    expect(job.conclusion).toBe('success');

    // The template's with: reached the action, expressions evaluated (push: no inputs, so the format() fallback).
    const pipeline = job.steps[1];
    expect(pipeline?.inputs).toEqual({
      'pipeline-name': PIPELINE,
      'role-to-assume': DEPLOY_ROLE,
      'aws-region': 'us-east-1',
      parameters: `{"InputDataUrl": "s3://churn-data/data/${job.github.sha}", "ModelApprovalStatus": "PendingManualApproval"}`,
      timeout: '3h',
    });
    const execution = aws.executions().find((e) => e.pipelineName === PIPELINE);
    expect(execution?.parameters.InputDataUrl).toBe(`s3://churn-data/data/${job.github.sha}`);

    // The job output names a model package that exists in the Model Registry.
    const arn = job.outputs['model-package-arn'] ?? '';
    expect(arn).toMatch(new RegExp(`^arn:aws:sagemaker:us-east-1:123456789012:model-package/${GROUP}/\\d+$`));
    expect(job.outputs['execution-arn']).toBe(pipeline?.outputs['execution-arn']);
    const registered = await aws.sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: arn }));
    expect(registered.ModelPackageGroupName).toBe(GROUP);
    expect(registered.ModelApprovalStatus).toBe('PendingManualApproval');

    // The Report step got it through steps.pipeline.outputs -> env and printed it.
    const report = job.steps[2];
    expect(report?.name).toBe('Report');
    expect(report?.env.MODEL_PACKAGE_ARN).toBe(arn);
    expect(report?.log).toContain(`Registered model package ${arn}`);

    // Credentials came from GitHub OIDC: the action exchanged a world token for the deploy role.
    const assumed = aws.requests.filter((r) => r.operation === 'AssumeRoleWithWebIdentity' && r.accessKeyId !== HARNESS_ACCESS_KEY_ID);
    expect(assumed.map((r) => r.status)).toEqual([200]);
    expect(gh.oidc.issued.length).toBeGreaterThanOrEqual(1);
    expect(job.summary).toContain(`SageMaker pipeline ${PIPELINE}: Succeeded`);
  });
});

describe('sagemaker-train.yml dispatched with hostile input values', () => {
  // Each value is what a person could type into the Run workflow form. Interpolated into YAML lines (the template
  // before this test), the first reached SageMaker as 'a' and the second added a parameter Other. Built with
  // toJSON(), they arrive exactly as typed and nothing else is added.
  test.each([
    ['a comment marker', 'a #b'],
    ['a new line, another parameter and a second YAML document', 's3://b/x.csv\nOther: x\n---\nModelApprovalStatus: Approved'],
    ['expression text, quotes, a backslash and JSON', '${{ github.sha }} \' #"q" \\ {"ModelApprovalStatus": "Approved"}, ModelApprovalStatus: Approved'],
  ])('%s reaches SageMaker exactly, and no other parameter', async (_what, value) => {
    const job = train(
      await runWorkflow({
        workflow: path.join(here, 'sagemaker-train.yml'),
        event: { name: 'workflow_dispatch', inputs: { 'input-data-url': value } },
        vars,
        env: { ...aws.env(), ...gh.env() },
        github,
      }),
    );
    expect(job.steps.find((s) => s.id === 'pipeline')?.conclusion).toBe('success');
    const arn = job.outputs['execution-arn'] ?? '';
    expect(arn).toMatch(/:pipeline\/churn-training\/execution\//);
    // Read back from the world through the SageMaker API, as a person would check it.
    const answer = await aws.sagemaker.send(new ListPipelineParametersForExecutionCommand({ PipelineExecutionArn: arn }));
    expect(answer.PipelineParameters).toEqual([
      { Name: 'InputDataUrl', Value: value },
      { Name: 'ModelApprovalStatus', Value: 'PendingManualApproval' },
    ]);
  });
});
