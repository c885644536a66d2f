// execution-arn: attach to an execution something else started (the event-driven chain: a job with wait: false
// started it, infra/'s sagemaker-pipeline-finished event names it). The bundled action, the AWS world: the step
// starts, changes and stops nothing, and reports the execution with the outputs and summary of the polling mode.
import { DescribePipelineExecutionCommand } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { calls, executionsOf, newPipeline, runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
});
afterAll(async () => worlds?.close());

/** The calls that would start, change or stop something. */
const WRITES = ['StartPipelineExecution', 'StopPipelineExecution', 'CreatePipeline', 'UpdatePipeline', 'RetryPipelineExecution'];
const writes = (since: number): string[] =>
  worlds.aws.requests
    .slice(since)
    .map((r) => r.operation)
    .filter((op) => WRITES.includes(op));

/** SageMaker moves an execution on by itself; in the world, status checks of the harness's own client do. */
async function runToEnd(arn: string): Promise<string> {
  for (;;) {
    const { PipelineExecutionStatus: status } = await worlds.aws.sagemaker.send(new DescribePipelineExecutionCommand({ PipelineExecutionArn: arn }));
    if (status !== 'Executing' && status !== 'Stopping') return status as string;
  }
}

/** The summary without the rows that differ by design: who started it and who attached. */
const comparable = (summary: string): string => summary.replace(/<tr><td><b>(?:Started by|Attached by)<\/b><\/td><td>.*?<\/td><\/tr>/g, '');

/** Starts an execution the way job 1 of the event-driven chain does (wait: false); returns its ARN. */
async function startedWithoutWaiting(name: string): Promise<string> {
  const started = await runStep(worlds, { 'pipeline-name': name, wait: 'false', parameters: 'InputDataUrl: s3://churn-data/data/abc' });
  expect(started.exitCode).toBe(0);
  return started.outputs['execution-arn'] as string;
}

describe('attach to an execution (execution-arn)', () => {
  test('a Succeeded execution: reported at once, with the outputs and summary the polling mode gave; nothing started', async () => {
    const { name } = await newPipeline(worlds);
    const polled = await runStep(worlds, { 'pipeline-name': name, parameters: 'InputDataUrl: s3://churn-data/data/abc' });
    expect(polled.outputs.status).toBe('Succeeded');
    const arn = polled.outputs['execution-arn'] as string;

    const since = worlds.aws.requests.length;
    const attached = await runStep(worlds, { 'execution-arn': arn, 'pipeline-name': name });
    expect(attached.errors).toEqual([]);
    expect(attached.exitCode).toBe(0);
    expect(attached.outputs).toEqual(polled.outputs);
    expect(attached.outputs['model-package-arn']).toMatch(/:model-package\/churn-models-\d+\/1$/);
    expect(writes(since)).toEqual([]);
    expect(executionsOf(worlds, name)).toHaveLength(1);
    // Finished already: one status check, no waiting.
    expect(calls(worlds, 'ListPipelineExecutionSteps', since)).toBe(1);

    expect(comparable(attached.summary)).toBe(comparable(polled.summary));
    expect(attached.summary).toContain('Attached by');
    // Started by: the run start-pipeline wrote into the execution's description, not this one.
    expect(attached.summary).toMatch(/Started by[\s\S]*?https:\/\/github\.com\/octo-org\/churn-model\/actions\/runs\/\d+\/attempts\/\d+/);
    expect(attached.main.log.join('\n')).toContain(`Attached to pipeline execution ${arn} (Succeeded); this step starts nothing.`);
  });

  test('attaching twice changes nothing and reports the same', async () => {
    const { name } = await newPipeline(worlds);
    const arn = await startedWithoutWaiting(name);
    await runToEnd(arn);
    const before = JSON.stringify(executionsOf(worlds, name).map(({ ticks: _ticks, ...rest }) => rest));
    const since = worlds.aws.requests.length;
    const first = await runStep(worlds, { 'execution-arn': arn });
    const second = await runStep(worlds, { 'execution-arn': arn });
    expect([first.exitCode, second.exitCode]).toEqual([0, 0]);
    expect(second.outputs).toEqual(first.outputs);
    expect(comparable(second.summary)).toBe(comparable(first.summary));
    expect(writes(since)).toEqual([]);
    expect(JSON.stringify(executionsOf(worlds, name).map(({ ticks: _ticks, ...rest }) => rest))).toBe(before);
  });

  test('a Failed execution: the step fails with the failing step’s reason, as in the polling mode', async () => {
    const { name } = await newPipeline(worlds, { failAt: { step: 'Train', reason: 'AlgorithmError: loss is NaN' } });
    const arn = await startedWithoutWaiting(name);
    expect(await runToEnd(arn)).toBe('Failed');
    const since = worlds.aws.requests.length;
    const attached = await runStep(worlds, { 'execution-arn': arn });
    expect(attached.exitCode).toBe(1);
    expect(attached.errors[0]).toMatch(new RegExp(`^Pipeline execution ${arn} Failed: Step 'Train' \\(Training\\) failed: AlgorithmError: loss is NaN`));
    expect(attached.outputs).toMatchObject({ 'execution-arn': arn, status: 'Failed', 'model-package-arn': '' });
    expect(attached.outputs['failure-reason']).toContain('AlgorithmError: loss is NaN');
    expect(attached.summary).toContain(`SageMaker pipeline ${name}: Failed`);
    expect(writes(since)).toEqual([]);
  });

  test('a running execution: waited for with the same rules, then its model package', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 3 });
    const arn = await startedWithoutWaiting(name);
    expect(executionsOf(worlds, name)[0]?.status).toBe('Executing');
    const since = worlds.aws.requests.length;
    const attached = await runStep(worlds, { 'execution-arn': arn });
    expect(attached.errors).toEqual([]);
    expect(attached.outputs.status).toBe('Succeeded');
    expect(attached.outputs['model-package-arn']).toMatch(/:model-package\//);
    // Followed step by step, as after a start.
    const log = attached.main.log.join('\n');
    expect(log).toContain(`Attached to pipeline execution ${arn} (Executing)`);
    expect(log).toMatch(/Finished after \d+ status checks/);
    expect(calls(worlds, 'ListPipelineExecutionSteps', since)).toBeGreaterThan(1);
    expect(writes(since)).toEqual([]);
  });

  test('wait: false on a running execution: reported as it is now, the step succeeds', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 100_000 });
    const arn = await startedWithoutWaiting(name);
    const attached = await runStep(worlds, { 'execution-arn': arn, wait: 'false' });
    expect(attached.exitCode).toBe(0);
    expect(attached.outputs.status).toBe('Executing');
    expect(attached.summary).toContain(`▶️ SageMaker pipeline ${name}: attached, not waiting (wait: false), the execution is running`);
  });

  test('cancelled while attached: the execution keeps running (this step did not start it), and the post step stops nothing', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 100_000 });
    const arn = await startedWithoutWaiting(name);
    const since = worlds.aws.requests.length;
    const attached = await runStep(
      worlds,
      { 'execution-arn': arn },
      { post: true, cancel: { when: { event: worlds.aws.nextRequest({ operation: 'ListPipelineExecutionSteps' }) }, mode: 'SIGTERM' } },
    );
    expect(attached.exitCode).toBe(1);
    expect(attached.errors[0]).toMatch(/it keeps running \(this step attached to it, it did not start it\)/);
    expect(attached.post?.exitCode).toBe(0);
    expect(writes(since)).toEqual([]);
    expect(executionsOf(worlds, name)[0]?.stopRequests).toBe(0);
  });
});

describe('execution-arn refused before any AWS call', () => {
  async function refused(inputs: Record<string, string>): Promise<string> {
    const since = worlds.aws.requests.length;
    const result = await runStep(worlds, inputs);
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(worlds.aws.requests.slice(since).map((r) => r.operation)).toEqual([]);
    return result.errors[0] as string;
  }
  const EXECUTION = 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-training/execution/p4jn9xou8a8s';

  test.each([
    ['a pipeline ARN', 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-training'],
    ['a model package ARN', 'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn-models/3'],
    ['not an ARN', 'p4jn9xou8a8s'],
    ['a workflow command riding on a line break', `${EXECUTION}\n::set-output name=status::Succeeded`],
  ])('malformed: %s', async (_what, value) => {
    const error = await refused({ 'execution-arn': value });
    expect(error).toMatch(
      /^Input 'execution-arn' is '.*'(?: \(\d+ characters\))?\. Expected a pipeline execution ARN like arn:aws:sagemaker:us-east-1:123456789012:pipeline\/NAME\/execution\/ID\.$/s,
    );
  });

  test('with the inputs that start an execution: one error naming them', async () => {
    const error = await refused({
      'execution-arn': EXECUTION,
      'pipeline-name': 'churn-training',
      parameters: 'A: 1',
      'display-name': 'x',
      'selected-steps': 'Train',
    });
    expect(error).toBe(
      "Input 'execution-arn' is set together with parameters, display-name, selected-steps, which start an execution. Expected either execution-arn (attach to an execution already started; pipeline-name may name its pipeline as a check) or the inputs that start one, not both.",
    );
  });

  test('an execution of another pipeline than pipeline-name', async () => {
    const error = await refused({ 'execution-arn': EXECUTION.replace('churn-training', 'fraud-training'), 'pipeline-name': 'Churn-Training' });
    expect(error).toBe("Input 'execution-arn' is an execution of pipeline 'fraud-training'. Expected an execution of Churn-Training (pipeline-name).");
  });

  test('an execution in another region', async () => {
    const error = await refused({ 'execution-arn': EXECUTION.replace('us-east-1', 'eu-west-1') });
    expect(error).toMatch(/^Input 'execution-arn' is an ARN in region eu-west-1, but the action works in region us-east-1\./);
  });

  test('neither pipeline-name nor execution-arn', async () => {
    const error = await refused({});
    expect(error).toMatch(
      /^Input 'pipeline-name' is required but empty\. Expected a pipeline name or ARN \(or execution-arn, to attach to an execution already started\)\.$/,
    );
  });
});

test('an execution that does not exist: one error naming the input, nothing started', async () => {
  const { name } = await newPipeline(worlds);
  const since = worlds.aws.requests.length;
  const missing = `arn:aws:sagemaker:us-east-1:123456789012:pipeline/${name}/execution/zzzzzzzzzzzz`;
  const result = await runStep(worlds, { 'execution-arn': missing });
  expect(result.exitCode).toBe(1);
  expect(result.errors).toEqual([
    "Input 'execution-arn' names an execution that does not exist in region us-east-1. Expected an execution of a pipeline in the role's account and region.",
  ]);
  expect(worlds.aws.requests.slice(since).map((r) => r.operation)).toEqual(['DescribePipelineExecution']);
  expect(result.outputs).toEqual({});
});
