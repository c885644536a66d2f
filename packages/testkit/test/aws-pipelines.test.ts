// SageMaker pipeline executions in the local AWS world, driven through the real SDK over HTTP.
import {
  DescribeModelPackageCommand,
  DescribePipelineCommand,
  DescribePipelineExecutionCommand,
  DescribePipelineDefinitionForExecutionCommand,
  ListModelPackagesCommand,
  ListPipelineExecutionsCommand,
  ListPipelinesCommand,
  ListPipelineExecutionStepsCommand,
  SageMakerClient,
  StartPipelineExecutionCommand,
  StopPipelineExecutionCommand,
  UpdatePipelineCommand,
  type PipelineExecutionStep,
} from '@aws-sdk/client-sagemaker';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STEP_FAILURE_REASON, churnDefinition, startAwsWorld, type AwsWorld } from '../src/aws/index.js';

const EXECUTION_ARN_RE = /^arn:aws:sagemaker:us-east-1:123456789012:pipeline\/[^/]+\/execution\/[a-z0-9]{12}$/;

let world: AwsWorld;
let sm: SageMakerClient; // the code-under-test side: static keys, no retries
let startMs = 0;
let counter = 0;

/** A fresh pipeline (moto state is shared by the tests of this file). */
async function newPipeline(definition?: (group: string) => object): Promise<{ name: string; arn: string; group: string }> {
  counter += 1;
  const name = `churn-${counter}`;
  const group = `churn-models-${counter}`;
  const arn = await world.createPipeline(name, (definition ?? churnDefinition)(group));
  return { name, arn, group };
}

async function start(pipeline: string, extra: Partial<ConstructorParameters<typeof StartPipelineExecutionCommand>[0]> = {}): Promise<string> {
  const out = await sm.send(new StartPipelineExecutionCommand({ PipelineName: pipeline, ClientRequestToken: randomUUID(), ...extra }));
  return out.PipelineExecutionArn!;
}

/** What the world holds for an execution; looking does not advance it. */
const view = (arn: string) => world.executions().find((e) => e.arn === arn)!;

const describe1 = async (arn: string) => sm.send(new DescribePipelineExecutionCommand({ PipelineExecutionArn: arn }));

/** Poll until terminal; returns the number of polls and the statuses seen. */
async function pollToEnd(arn: string, limit = 50): Promise<{ polls: number; statuses: string[] }> {
  const statuses: string[] = [];
  for (let polls = 1; polls <= limit; polls += 1) {
    const out = await describe1(arn);
    statuses.push(out.PipelineExecutionStatus!);
    if (['Succeeded', 'Failed', 'Stopped'].includes(out.PipelineExecutionStatus!)) return { polls, statuses };
  }
  throw new Error(`${arn} did not finish in ${limit} polls`);
}

async function allSteps(arn: string, maxResults?: number): Promise<PipelineExecutionStep[]> {
  const steps: PipelineExecutionStep[] = [];
  let token: string | undefined;
  do {
    const page = await sm.send(new ListPipelineExecutionStepsCommand({ PipelineExecutionArn: arn, NextToken: token, MaxResults: maxResults }));
    steps.push(...(page.PipelineExecutionSteps ?? []));
    token = page.NextToken;
  } while (token);
  return steps;
}

beforeAll(async () => {
  const t0 = performance.now();
  world = await startAwsWorld();
  startMs = performance.now() - t0;
  sm = new SageMakerClient({ ...world.clientConfig(), maxAttempts: 1 });
});

afterAll(async () => {
  sm?.destroy();
  await world?.close();
  // moto is gone with the world.
  await expect(fetch(`${world.motoEndpoint}/moto-api/`)).rejects.toThrow();
});

describe('local AWS world: SageMaker pipeline executions', () => {
  it('is ready when startAwsWorld resolves: the layer and moto behind it answer the first call', async () => {
    // (How long it takes is the bench's business, not a test's: a start-up budget fails on a loaded machine.)
    console.log(`startAwsWorld took ${startMs.toFixed(0)} ms`);
    const fresh = await startAwsWorld();
    try {
      const client = new SageMakerClient({ ...fresh.clientConfig(), maxAttempts: 1 });
      await expect(client.send(new ListPipelinesCommand({}))).resolves.toMatchObject({ PipelineSummaries: [] });
      client.destroy();
      expect((await fetch(`${fresh.motoEndpoint}/moto-api/`)).status).toBe(200);
    } finally {
      await fresh.close();
    }
  });

  it('runs Processing -> Training -> Condition -> RegisterModel to Succeeded in one poll per step and registers the package in moto', async () => {
    const { name, group } = await newPipeline();
    const arn = await start(name, { PipelineParameters: [{ Name: 'ModelApprovalStatus', Value: 'Approved' }] });
    expect(arn).toMatch(EXECUTION_ARN_RE);
    expect(arn.startsWith(`arn:aws:sagemaker:us-east-1:123456789012:pipeline/${name}/execution/`)).toBe(true);

    const { polls, statuses } = await pollToEnd(arn);
    expect(polls).toBe(4); // four steps in a chain, ticksPerStep 1
    expect(statuses).toEqual(['Executing', 'Executing', 'Executing', 'Succeeded']);

    const final = await describe1(arn);
    expect(final.FailureReason).toBeUndefined();
    expect(final.PipelineExperimentConfig).toEqual({ ExperimentName: name, TrialName: arn.split('/').at(-1) });
    expect(final.CreationTime).toBeInstanceOf(Date);

    const steps = await allSteps(arn);
    // Newest first, like AWS; the ElseSteps branch never ran so it is not listed.
    expect(steps.map((s) => s.StepName)).toEqual(['RegisterChurnModel', 'CheckAccuracy', 'Train', 'Preprocess']);
    expect(steps.every((s) => s.StepStatus === 'Succeeded' && s.AttemptCount === 1 && s.StartTime instanceof Date && s.EndTime instanceof Date)).toBe(true);
    const byName = Object.fromEntries(steps.map((s) => [s.StepName, s]));
    expect(byName.Preprocess!.Metadata?.ProcessingJob?.Arn).toMatch(
      /^arn:aws:sagemaker:us-east-1:123456789012:processing-job\/pipelines-[a-z0-9]{12}-preprocess-[a-z0-9]{10}$/,
    );
    const trainArn = byName.Train!.Metadata?.TrainingJob?.Arn;
    expect(trainArn).toMatch(/:training-job\/pipelines-[a-z0-9]{12}-train-[a-z0-9]{10}$/);
    expect(byName.CheckAccuracy!.Metadata?.Condition?.Outcome).toBe('True');
    const packageArn = byName.RegisterChurnModel!.Metadata?.RegisterModel?.Arn;
    expect(packageArn).toBe(`arn:aws:sagemaker:us-east-1:123456789012:model-package/${group}/1`);

    // The package really exists in moto, with what the step's arguments resolved to.
    const pkg = await world.sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: packageArn }));
    expect(pkg.ModelPackageGroupName).toBe(group);
    expect(pkg.ModelApprovalStatus).toBe('Approved');
    const trainJob = trainArn!.split('/').at(-1);
    expect(pkg.InferenceSpecification?.Containers?.[0]?.ModelDataUrl).toBe(`s3://churn-data/models/${trainJob}/output/model.tar.gz`);
    expect(pkg.CustomerMetadataProperties).toEqual({ pipelineExecutionId: arn.split('/').at(-1) });
    expect(pkg.MetadataProperties?.GeneratedBy).toBe(arn);

    const view = world.executions().find((e) => e.arn === arn)!;
    expect(view).toMatchObject({ pipelineName: name, status: 'Succeeded', parameters: { ModelApprovalStatus: 'Approved' }, stopRequests: 0, ticks: 5 }); // 4 polls + the final describe
    expect(view.steps.map((s) => s.name)).toEqual(['Preprocess', 'Train', 'CheckAccuracy', 'RegisterChurnModel']);
  });

  it('takes ticksPerStep polls per step and shows Starting -> Executing -> Succeeded', async () => {
    const { name } = await newPipeline();
    world.scenario(name, { ticksPerStep: 3 });
    const arn = await start(name);
    expect(view(arn).steps.map((s) => [s.name, s.status])).toEqual([['Preprocess', 'Starting']]);
    await describe1(arn);
    // The steps read right after a Describe belong to its status check: no second tick.
    expect((await allSteps(arn)).map((s) => [s.StepName, s.StepStatus])).toEqual([['Preprocess', 'Executing']]);
    const { polls } = await pollToEnd(arn);
    expect(polls + 1).toBe(12); // 4 steps x 3 ticks
    // Without a ModelApprovalStatus parameter value the DefaultValue applies.
    const packageArn = world
      .executions()
      .find((e) => e.arn === arn)!
      .steps.at(-1)!.metadata.RegisterModel as { Arn: string };
    const pkg = await world.sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: packageArn.Arn }));
    expect(pkg.ModelApprovalStatus).toBe('PendingManualApproval');
  });

  it('a status check is a Describe, a first-page List, or the two right after each other: one tick each', async () => {
    const { name } = await newPipeline();
    world.scenario(name, { ticksPerStep: 3 });
    const arn = await start(name);
    const ticks = () => view(arn).ticks;
    await allSteps(arn);
    await allSteps(arn);
    expect(ticks()).toBe(2); // steps-only polling moves the execution on
    await describe1(arn);
    expect(ticks()).toBe(2); // ... and a Describe right after a List joins its check
    await describe1(arn);
    await allSteps(arn);
    expect(ticks()).toBe(3); // as a List right after a Describe does
    // Steps-only checks finish the chain in the same 4 x 3 checks as Describe polling.
    for (let i = 3; i < 12; i += 1) await allSteps(arn);
    expect(view(arn).status).toBe('Succeeded');
    expect(ticks()).toBe(12);
    // Later pages belong to their first page's check.
    await allSteps(arn, 1);
    expect(ticks()).toBe(13);
  });

  it('failAt fails the step with its reason; the execution says only "Step failure" and nothing more runs', async () => {
    const { name, group } = await newPipeline();
    world.scenario(name, { failAt: { step: 'Train', reason: 'AlgorithmError: ExecuteUserScriptError: exit code 1' } });
    const arn = await start(name);
    const { polls } = await pollToEnd(arn);
    expect(polls).toBe(2);
    const out = await describe1(arn);
    expect(out.PipelineExecutionStatus).toBe('Failed');
    expect(out.FailureReason).toBe(STEP_FAILURE_REASON);
    expect(out.FailureReason).not.toContain('AlgorithmError');

    const steps = await allSteps(arn);
    expect(steps.map((s) => [s.StepName, s.StepStatus, s.FailureReason])).toEqual([
      ['Train', 'Failed', 'AlgorithmError: ExecuteUserScriptError: exit code 1'],
      ['Preprocess', 'Succeeded', undefined],
    ]);
    const summaries = await sm.send(new ListPipelineExecutionsCommand({ PipelineName: name }));
    expect(summaries.PipelineExecutionSummaries?.[0]).toMatchObject({
      PipelineExecutionArn: arn,
      PipelineExecutionStatus: 'Failed',
      PipelineExecutionFailureReason: STEP_FAILURE_REASON,
    });
    const packages = await world.sagemaker.send(new ListModelPackagesCommand({ ModelPackageGroupName: group }));
    expect(packages.ModelPackageSummaryList ?? []).toHaveLength(0);
  });

  it('runs the Else branch when the condition is false: the Fail step fails with its resolved ErrorMessage', async () => {
    const { name } = await newPipeline();
    world.scenario(name, { conditionOutcomes: { CheckAccuracy: false } });
    const arn = await start(name);
    const id = arn.split('/').at(-1);
    expect((await pollToEnd(arn)).polls).toBe(4);
    const out = await describe1(arn);
    expect([out.PipelineExecutionStatus, out.FailureReason]).toEqual(['Failed', STEP_FAILURE_REASON]);
    const steps = await allSteps(arn);
    expect(steps.map((s) => s.StepName)).toEqual(['AccuracyTooLow', 'CheckAccuracy', 'Train', 'Preprocess']);
    expect(steps[0]).toMatchObject({
      StepStatus: 'Failed',
      FailureReason: `Accuracy below 0.8 in execution ${id}`,
      Metadata: { Fail: { ErrorMessage: `Accuracy below 0.8 in execution ${id}` } },
    });
    expect(steps[1]!.Metadata?.Condition?.Outcome).toBe('False');
  });

  it('stops: Stopping on the next poll, then Stopped with the running step Stopped; Stop is idempotent and refused once finished', async () => {
    const { name } = await newPipeline();
    world.scenario(name, { ticksPerStep: 5 });
    const arn = await start(name);
    await describe1(arn);
    const token = randomUUID();
    await sm.send(new StopPipelineExecutionCommand({ PipelineExecutionArn: arn, ClientRequestToken: token }));
    expect(world.executions().find((e) => e.arn === arn)!.status).toBe('Stopping');
    expect((await describe1(arn)).PipelineExecutionStatus).toBe('Stopping');
    expect((await allSteps(arn))[0]!.StepStatus).toBe('Stopping');
    expect((await describe1(arn)).PipelineExecutionStatus).toBe('Stopped');
    const steps = await allSteps(arn);
    expect(steps.map((s) => [s.StepName, s.StepStatus])).toEqual([['Preprocess', 'Stopped']]);
    expect(steps[0]!.EndTime).toBeInstanceOf(Date);

    // Same token again: the same answer, not a second stop.
    const again = await sm.send(new StopPipelineExecutionCommand({ PipelineExecutionArn: arn, ClientRequestToken: token }));
    expect(again.PipelineExecutionArn).toBe(arn);
    expect(world.executions().find((e) => e.arn === arn)!.stopRequests).toBe(1);
    // A new stop of a finished execution is a ValidationException.
    await expect(sm.send(new StopPipelineExecutionCommand({ PipelineExecutionArn: arn, ClientRequestToken: randomUUID() }))).rejects.toMatchObject({
      name: 'ValidationException',
      $metadata: { httpStatusCode: 400 },
    });
    // Stop needs a token: a raw call without one (the SDK always fills one in) is refused.
    const raw = await fetch(world.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'SageMaker.StopPipelineExecution',
        authorization: 'AWS4-HMAC-SHA256 Credential=AKIATESTKITSTATIC001/20260101/us-east-1/sagemaker/aws4_request, SignedHeaders=host, Signature=0',
      },
      body: JSON.stringify({ PipelineExecutionArn: arn }),
    });
    expect(raw.status).toBe(400);
    expect(raw.headers.get('x-amzn-errortype')).toBe('ValidationException');
    expect(await raw.json()).toMatchObject({ __type: 'ValidationException', message: expect.stringContaining("'clientRequestToken'") });
  });

  it('ClientRequestToken makes StartPipelineExecution idempotent, and must be 32-128 characters', async () => {
    const { name } = await newPipeline();
    const token = `retry-safe-${randomUUID()}`;
    const first = await start(name, { ClientRequestToken: token });
    const second = await start(name, { ClientRequestToken: token });
    expect(second).toBe(first);
    expect(
      world
        .executions()
        .filter((e) => e.pipelineName === name)
        .map((e) => e.clientRequestToken),
    ).toEqual([token]);
    const third = await start(name, { ClientRequestToken: randomUUID() });
    expect(third).not.toBe(first);
    await expect(start(name, { ClientRequestToken: 'short-token' })).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringContaining('failed to satisfy constraint: Member must have length greater than or equal to 32'),
    });
  });

  it('accepts a pipeline ARN as PipelineName (Describe/Update/Start/ListExecutions), like AWS and unlike moto', async () => {
    const { name, arn } = await newPipeline();
    const described = await sm.send(new DescribePipelineCommand({ PipelineName: arn }));
    expect(described.PipelineName).toBe(name);
    await sm.send(new UpdatePipelineCommand({ PipelineName: arn, PipelineDescription: 'updated through its ARN' }));
    expect((await sm.send(new DescribePipelineCommand({ PipelineName: name }))).PipelineDescription).toBe('updated through its ARN');
    const exec = await start(arn);
    expect(exec.startsWith(`${arn}/execution/`)).toBe(true);
    expect(world.executions().find((e) => e.arn === exec)!.pipelineName).toBe(name);
    const list = await sm.send(new ListPipelineExecutionsCommand({ PipelineName: arn }));
    expect(list.PipelineExecutionSummaries?.map((s) => s.PipelineExecutionArn)).toEqual([exec]);
    // DescribePipeline knows when it last ran (moto never sees the layer's executions).
    expect((await sm.send(new DescribePipelineCommand({ PipelineName: name }))).LastRunTime).toBeInstanceOf(Date);
    const definition = await sm.send(new DescribePipelineDefinitionForExecutionCommand({ PipelineExecutionArn: exec }));
    expect(JSON.parse(definition.PipelineDefinition!).Steps[0].Name).toBe('Preprocess');
  });

  it('answers ResourceNotFound for unknown pipelines and executions', async () => {
    const missing = 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/no-such-pipeline';
    await expect(sm.send(new DescribePipelineCommand({ PipelineName: 'no-such-pipeline' }))).rejects.toMatchObject({
      name: 'ResourceNotFound',
      message: `Pipeline '${missing}' does not exist.`,
      $metadata: { httpStatusCode: 400 },
    });
    await expect(start(missing)).rejects.toMatchObject({ name: 'ResourceNotFound', message: `Pipeline '${missing}' does not exist.` });
    await expect(sm.send(new UpdatePipelineCommand({ PipelineName: missing, PipelineDescription: 'x' }))).rejects.toMatchObject({ name: 'ResourceNotFound' });
    await expect(describe1(`${missing}/execution/abcdefghijkl`)).rejects.toMatchObject({ name: 'ResourceNotFound' });
  });

  it('rejects undeclared parameters, bad parameter values and bad display names before starting anything', async () => {
    const { name } = await newPipeline();
    const before = world.executions().length;
    await expect(start(name, { PipelineParameters: [{ Name: 'ModelAprovalStatus', Value: 'Approved' }] })).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringContaining('[ModelAprovalStatus]'),
    });
    await expect(start(name, { PipelineParameters: [{ Name: 'TrainingInstanceCount', Value: 'two' }] })).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(start(name, { PipelineExecutionDisplayName: 'nightly run!' })).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringContaining("Value 'nightly run!' at 'pipelineExecutionDisplayName'"),
    });
    expect(world.executions()).toHaveLength(before);
    const ok = await start(name, { PipelineExecutionDisplayName: 'nightly-2026-11-24', PipelineExecutionDescription: 'data changed' });
    expect((await describe1(ok)).PipelineExecutionDisplayName).toBe('nightly-2026-11-24');
  });

  it('pages ListPipelineExecutionSteps with MaxResults/NextToken, newest first', async () => {
    const { name } = await newPipeline();
    const arn = await start(name);
    await pollToEnd(arn);
    const first = await sm.send(new ListPipelineExecutionStepsCommand({ PipelineExecutionArn: arn, MaxResults: 3 }));
    expect(first.PipelineExecutionSteps).toHaveLength(3);
    expect(first.NextToken).toBeTypeOf('string');
    expect((await allSteps(arn, 1)).map((s) => s.StepName)).toEqual(['RegisterChurnModel', 'CheckAccuracy', 'Train', 'Preprocess']);
    const ascending = await sm.send(new ListPipelineExecutionStepsCommand({ PipelineExecutionArn: arn, SortOrder: 'Ascending' }));
    expect(ascending.PipelineExecutionSteps?.[0]?.StepName).toBe('Preprocess');
    await expect(sm.send(new ListPipelineExecutionStepsCommand({ PipelineExecutionArn: arn, NextToken: 'bogus' }))).rejects.toMatchObject({
      name: 'ValidationException',
    });
  });

  it('runs independent steps in the same wave, unless MaxParallelExecutionSteps says otherwise', async () => {
    const fanIn = (): object => ({
      Version: '2020-12-01',
      Parameters: [],
      Steps: [
        { Name: 'PrepA', Type: 'Processing', Arguments: {} },
        { Name: 'PrepB', Type: 'Processing', Arguments: {} },
        { Name: 'Train', Type: 'Training', Arguments: {}, DependsOn: ['PrepA', 'PrepB'] },
      ],
    });
    const { name } = await newPipeline(fanIn);
    const parallel = await start(name);
    expect(
      view(parallel)
        .steps.map((s) => s.name)
        .sort(),
    ).toEqual(['PrepA', 'PrepB']);
    expect((await pollToEnd(parallel)).polls).toBe(2);
    const serial = await start(name, { ParallelismConfiguration: { MaxParallelExecutionSteps: 1 } });
    expect((await pollToEnd(serial)).polls).toBe(3);
    expect(world.executions().find((e) => e.arn === serial)!.parallelism).toBe(1);
  });

  it('selective execution runs only the selected steps, reusing the source execution', async () => {
    const { name } = await newPipeline();
    const source = await start(name);
    await pollToEnd(source);
    const rerun = await start(name, { SelectiveExecutionConfig: { SourcePipelineExecutionArn: source, SelectedSteps: [{ StepName: 'Train' }] } });
    expect((await pollToEnd(rerun)).polls).toBe(1);
    expect((await allSteps(rerun)).map((s) => s.StepName)).toEqual(['Train']);
    expect(world.executions().find((e) => e.arn === rerun)).toMatchObject({ selectedSteps: ['Train'], sourceExecutionArn: source, status: 'Succeeded' });
    await expect(start(name, { SelectiveExecutionConfig: { SelectedSteps: [{ StepName: 'Nope' }] } })).rejects.toMatchObject({ name: 'ValidationException' });
  });
});
