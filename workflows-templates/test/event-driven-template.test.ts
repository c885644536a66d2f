// ml-event-driven.yml, the event-driven chain, run as whole workflows the way GitHub would (runWorkflow: the trigger,
// each job's if:, needs and outputs) against the local AWS and GitHub worlds: a push runs `start` (wait: false, the
// job ends) and skips `attach`; SageMaker runs on with no runner; the dispatch infra/'s rule sends when the execution
// ends runs `attach` and skips `start`; the approval dispatch runs deploy-on-approval.yml (gate, then deploy through
// needs). The dispatch bodies are those infra/'s committed template makes.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DescribePipelineExecutionCommand, UpdateModelPackageCommand } from '@aws-sdk/client-sagemaker';
import {
  HARNESS_ACCESS_KEY_ID,
  PIPELINE_ROLE,
  churnDefinition,
  runWorkflow,
  startAwsWorld,
  startGitHubWorld,
  type AwsWorld,
  type GitHubWorld,
  type PipelineScenario,
  type WorkflowJobResult,
  type WorkflowRunResult,
} from '@mlops-actions/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(here, '..');
const WORKFLOW = path.join(here, 'ml-event-driven.yml');
const DEPLOY_ROLE = 'arn:aws:iam::123456789012:role/github-mlops';
const PUSH_RUN = '14503987201';
const DISPATCH_RUN = '14600000042';

let aws: AwsWorld;
let gh: GitHubWorld;
beforeAll(async () => {
  [aws, gh] = await Promise.all([startAwsWorld(), startGitHubWorld()]);
  aws.trustWebIdentity({
    roleArn: DEPLOY_ROLE,
    jwks: gh.oidc.jwks,
    issuer: gh.oidc.issuer,
    audience: 'sts.amazonaws.com',
    subjects: ['repo:octo-org/churn-model:*'],
  });
});
afterAll(async () => {
  await Promise.all([aws?.close(), gh?.close()]);
});

let counter = 0;
async function newPipeline(scenario?: PipelineScenario): Promise<{ vars: Record<string, string>; group: string }> {
  counter += 1;
  const name = `churn-training-${counter}`;
  const group = `churn-models-${counter}`;
  await aws.createPipeline(name, churnDefinition(group), { roleArn: PIPELINE_ROLE });
  if (scenario) aws.scenario(name, scenario);
  return {
    group,
    vars: { AWS_ROLE_ARN: DEPLOY_ROLE, AWS_REGION: 'us-east-1', SAGEMAKER_PIPELINE_NAME: name, DATA_BUCKET: 'churn-data', MODEL_PACKAGE_GROUP: group },
  };
}

/** The SageMaker calls the jobs made (the harness's own client left out), in order. */
const sageMakerCalls = (since: number): string[] =>
  aws.requests
    .slice(since)
    .filter((r) => r.service === 'sagemaker' && r.accessKeyId !== HARNESS_ACCESS_KEY_ID)
    .map((r) => r.operation);

/** SageMaker runs the execution to its end with no runner; in the world the harness's own status checks move it. */
async function sageMakerRunsToEnd(arn: string): Promise<string> {
  for (;;) {
    const { PipelineExecutionStatus: status } = await aws.sagemaker.send(new DescribePipelineExecutionCommand({ PipelineExecutionArn: arn }));
    if (status !== 'Executing' && status !== 'Stopping') return status as string;
  }
}

interface Transformer {
  InputPathsMap: Record<string, string>;
  InputTemplate: string;
}

/**
 * The repository_dispatch body infra/'s rule sends for `event`: its committed template's InputTemplate, filled the
 * way EventBridge fills quoted placeholders. A renamed field on either side fails these tests.
 */
function dispatchFromInfra(eventType: string, event: Record<string, unknown>): { event_type: string; client_payload: Record<string, string> } {
  const template = JSON.parse(readFileSync(path.join(root, 'infra', 'template', 'mlops-events.template.json'), 'utf8')) as {
    Resources: Record<string, { Type: string; Properties: { Targets?: Array<{ InputTransformer?: Transformer }> } }>;
  };
  const transformer = Object.values(template.Resources)
    .filter((r) => r.Type === 'AWS::Events::Rule')
    .map((r) => r.Properties.Targets?.[0]?.InputTransformer)
    .find((t) => t?.InputTemplate.includes(`"event_type":"${eventType}"`));
  if (!transformer) throw new Error(`infra template has no ${eventType} target`);
  let body = transformer.InputTemplate;
  for (const [name, jsonPath] of Object.entries(transformer.InputPathsMap)) {
    const value = jsonPath
      .replace(/^\$\./, '')
      .split('.')
      .reduce<unknown>((at, key) => (at as Record<string, unknown>)?.[key], event);
    body = body.replaceAll(`<${name}>`, String(value));
  }
  return JSON.parse(body);
}

/** SageMaker's "Pipeline Execution Status Change" event for an execution that ended. */
function finishedEvent(executionArn: string, status: string): Record<string, unknown> {
  const [, , , region, account] = executionArn.split(':');
  return {
    account,
    region,
    id: '6f2d3c1e-7a0b-4c55-9e1d-0b8a2f4e6c11',
    time: '2026-12-02T10:10:10Z',
    detail: {
      pipelineArn: executionArn.replace(/\/execution\/.*$/, ''),
      pipelineExecutionArn: executionArn,
      currentPipelineExecutionStatus: status,
      previousPipelineExecutionStatus: 'Executing',
    },
  };
}

/** SageMaker's "Model Package State Change" event for an approved package. */
function approvedEvent(packageArn: string): Record<string, unknown> {
  const [, , , region, account, resource] = packageArn.split(':') as string[];
  const [, group, version] = (resource as string).split('/');
  return {
    account,
    region,
    id: '844e2571-85d4-695f-b930-0153b71dcb42',
    time: '2026-12-02T11:00:14Z',
    detail: { ModelPackageArn: packageArn, ModelPackageGroupName: group, ModelPackageVersion: Number(version), ModelApprovalStatus: 'Approved' },
  };
}

/** A push changing training code: the whole workflow as GitHub starts it. */
const onPush = (vars: Record<string, string>): Promise<WorkflowRunResult> =>
  runWorkflow({
    workflow: WORKFLOW,
    event: { name: 'push', changedFiles: ['src/train.py'] },
    vars,
    env: { ...aws.env(), ...gh.env() },
    github: { runId: PUSH_RUN },
  });

/** The repository_dispatch infra/'s rule sends: the whole workflow as GitHub starts it. */
const onDispatch = (vars: Record<string, string>, clientPayload: Record<string, unknown>): Promise<WorkflowRunResult> =>
  runWorkflow({
    workflow: WORKFLOW,
    event: { name: 'repository_dispatch', type: 'sagemaker-pipeline-finished', clientPayload },
    vars,
    env: { ...aws.env(), ...gh.env() },
    github: { runId: DISPATCH_RUN },
  });

/** The job of a run that ran (the other one is skipped by its if:). */
function ran(run: WorkflowRunResult, job: 'start' | 'attach'): WorkflowJobResult {
  expect(run.triggered).toBe(true);
  expect(run.timeline.map((t) => [t.job, t.conclusion])).toEqual(
    ['start', 'attach'].map((id) => [id, id === job ? (run.jobs[job]?.conclusion ?? 'missing') : 'skipped']),
  );
  return run.jobs[job] as WorkflowJobResult;
}

const stepConclusions = (job: WorkflowJobResult) => job.steps.map((s) => [s.id, s.conclusion]);

describe('ml-event-driven.yml: push -> start (no wait) -> SageMaker -> dispatch -> attach -> approval dispatch -> deploy', () => {
  test('the whole chain, with no runner while SageMaker trains (start-pipeline’s attach.test.ts shows the outputs equal the polling mode’s)', async () => {
    const { vars, group } = await newPipeline({ ticksPerStep: 20 });

    // 1. The push: `start` starts the execution and ends; `attach` does not run.
    let since = aws.requests.length;
    const start = ran(await onPush(vars), 'start');
    expect(stepConclusions(start)).toEqual([['pipeline', 'success']]);
    expect(start.steps[0]?.inputs).toMatchObject({ 'pipeline-name': vars.SAGEMAKER_PIPELINE_NAME, wait: 'false' });
    const executionArn = start.outputs['execution-arn'] as string;
    expect(executionArn).toMatch(new RegExp(`:pipeline/${vars.SAGEMAKER_PIPELINE_NAME}/execution/`));
    expect(start.steps[0]?.outputs.status).toBe('Executing');
    // The start job's every SageMaker call: none of them waits.
    expect(sageMakerCalls(since)).toEqual(['DescribePipeline', 'StartPipelineExecution', 'DescribePipelineExecution', 'ListPipelineExecutionSteps']);

    // 2. SageMaker trains with no runner. Its end is announced by infra/'s rule.
    expect(await sageMakerRunsToEnd(executionArn)).toBe('Succeeded');
    const finished = dispatchFromInfra('sagemaker-pipeline-finished', finishedEvent(executionArn, 'Succeeded'));
    expect(finished.event_type).toBe('sagemaker-pipeline-finished');

    // 3. The dispatch: `attach` reports the execution; `start` does not run (nothing is started twice).
    since = aws.requests.length;
    const attach = ran(await onDispatch(vars, finished.client_payload), 'attach');
    expect(stepConclusions(attach)).toEqual([
      ['__run', 'success'],
      ['pipeline', 'success'],
      ['__run_2', 'success'],
    ]);
    expect(attach.steps[1]?.inputs).toMatchObject({ 'execution-arn': executionArn, 'pipeline-name': vars.SAGEMAKER_PIPELINE_NAME });
    expect(sageMakerCalls(since)).toEqual([
      'DescribePipelineExecution',
      'DescribePipelineDefinitionForExecution',
      'ListPipelineParametersForExecution',
      'ListPipelineExecutionSteps',
      'DescribePipelineExecution',
    ]);
    expect(aws.executions().filter((e) => e.pipelineName === vars.SAGEMAKER_PIPELINE_NAME)).toHaveLength(1);
    const packageArn = attach.outputs['model-package-arn'] as string;
    expect(packageArn).toMatch(new RegExp(`:model-package/${group}/1$`));
    expect(attach.outputs).toEqual({ 'execution-arn': executionArn, status: 'Succeeded', 'model-package-arn': packageArn });
    // The summary carries the lineage: the push run that started it, the commit's data, the model package.
    expect(attach.summary).toContain(`/octo-org/churn-model/actions/runs/${PUSH_RUN}/attempts/1">`);
    expect(attach.summary).toContain(`s3://churn-data/data/${start.github.sha}`);
    expect(attach.summary).toContain(`${group} v1`);

    // 4. A reviewer approves; infra/'s approval dispatch runs deploy-on-approval.yml, which deploys this package.
    await aws.sagemaker.send(new UpdateModelPackageCommand({ ModelPackageArn: packageArn, ModelApprovalStatus: 'Approved' }));
    const approved = dispatchFromInfra('model-package-approved', approvedEvent(packageArn));
    const deployed = await runWorkflow({
      workflow: path.join(here, 'deploy-on-approval.yml'),
      event: { name: 'repository_dispatch', type: approved.event_type, clientPayload: approved.client_payload },
      vars,
      env: { ...aws.env(), ...gh.env() },
    });
    expect(deployed.timeline.map((t) => [t.job, t.conclusion])).toEqual([
      ['gate', 'success'],
      ['deploy', 'success'],
    ]);
    expect(deployed.jobs.gate?.outputs['model-package-arn']).toBe(packageArn);
    expect(deployed.jobs.deploy?.steps[0]?.env).toMatchObject({ MODEL_PACKAGE_ARN: packageArn, MODEL_PACKAGE_VERSION: '1' });
    expect(deployed.jobs.deploy?.steps[0]?.log.join('\n')).toContain(`Deploying model package ${packageArn} (version 1)`);
  });

  test('a Failed execution: `attach` fails with the failing step’s reason and reports no model package', async () => {
    const { vars } = await newPipeline({ failAt: { step: 'Train', reason: 'AlgorithmError: loss is NaN' } });
    const start = ran(await onPush(vars), 'start');
    const executionArn = start.outputs['execution-arn'] as string;
    expect(await sageMakerRunsToEnd(executionArn)).toBe('Failed');
    const run = await onDispatch(vars, dispatchFromInfra('sagemaker-pipeline-finished', finishedEvent(executionArn, 'Failed')).client_payload);
    expect(run.conclusion).toBe('failure');
    const attach = ran(run, 'attach');
    expect(attach.conclusion).toBe('failure');
    expect(stepConclusions(attach)).toEqual([
      ['__run', 'success'],
      ['pipeline', 'failure'],
      ['__run_2', 'skipped'],
    ]);
    expect(attach.steps[1]?.errors[0]).toMatch(/Failed: Step 'Train' \(Training\) failed: AlgorithmError: loss is NaN/);
    expect(attach.outputs).toMatchObject({ status: 'Failed', 'model-package-arn': '' });
  });

  test('a dispatch naming an execution of another pipeline is refused by the action before any AWS call', async () => {
    const { vars } = await newPipeline();
    const other = await newPipeline();
    const start = ran(await onPush(other.vars), 'start');
    const since = aws.requests.length;
    const attach = ran(
      await onDispatch(
        vars,
        dispatchFromInfra('sagemaker-pipeline-finished', finishedEvent(start.outputs['execution-arn'] as string, 'Succeeded')).client_payload,
      ),
      'attach',
    );
    expect(stepConclusions(attach)).toEqual([
      ['__run', 'success'],
      ['pipeline', 'failure'],
      ['__run_2', 'skipped'],
    ]);
    expect(attach.steps[1]?.errors[0]).toMatch(
      /^Input 'execution-arn' is an execution of pipeline 'churn-training-\d+'\. Expected an execution of churn-training-\d+ \(pipeline-name\)\.$/,
    );
    expect(sageMakerCalls(since)).toEqual([]);
  });

  test('a dispatch without the execution ARN is refused by the first step, and nothing is read', async () => {
    const { vars } = await newPipeline();
    const since = aws.requests.length;
    const attach = ran(await onDispatch(vars, { status: 'Succeeded' }), 'attach');
    expect(stepConclusions(attach)).toEqual([
      ['__run', 'failure'],
      ['pipeline', 'skipped'],
      ['__run_2', 'skipped'],
    ]);
    expect(attach.steps[0]?.errors.join('\n')).toContain('client_payload must carry pipeline_execution_arn');
    expect(aws.requests.slice(since)).toEqual([]);
  });
});
