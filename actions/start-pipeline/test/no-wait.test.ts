// wait: false. Once StartPipelineExecution has succeeded the execution runs whatever the step does next, so the
// step succeeds: a read that fails afterwards is a warning, and the outputs and summary say what is known.
// (Failing the step would invite "Re-run failed jobs", which starts a second execution.)
import { DescribePipelineExecutionCommand } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { executionsOf, newPipeline, runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
});
afterAll(async () => worlds?.close());

function warnings(result: Awaited<ReturnType<typeof runStep>>): string[] {
  return result.main.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
}

describe('wait: false, a read after the start fails', () => {
  test('AccessDenied on ListPipelineExecutionSteps: success, the status that was read, a warning naming the missing permission', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 100_000 });
    worlds.aws.faults.add({ operation: 'ListPipelineExecutionSteps', kind: 'access-denied', count: 1 });
    const result = await runStep(worlds, { 'pipeline-name': name, wait: 'false' });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    const [execution] = executionsOf(worlds, name);
    expect(executionsOf(worlds, name)).toHaveLength(1);
    expect(result.outputs['execution-arn']).toBe(execution?.arn);
    expect(result.outputs['console-url']).toContain('/executions/');
    expect(result.outputs.status).toBe('Executing');
    expect(result.outputs.steps).toBe('[]');
    const [warning, ...more] = warnings(result);
    expect(more).toEqual([]);
    expect(warning).toMatch(
      new RegExp(`^Started ${execution?.arn}, but could not read its steps: sagemaker:ListPipelineExecutionSteps on .* failed: AccessDeniedException`),
    );
    expect(warning).toContain("needs 'sagemaker:ListPipelineExecutionSteps'");
    expect(result.summary).toContain(`▶️ SageMaker pipeline ${name}: started, not waiting (wait: false), the execution is running`);
    expect(result.summary).toContain('Could not read its steps (see the warnings)');
  });

  test('a 5xx on DescribePipelineExecution that outlasts max-attempts: success with the status empty (not read), and one execution', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 100_000 });
    worlds.aws.faults.add({ operation: 'DescribePipelineExecution', kind: 'http503', count: 2 });
    const result = await runStep(worlds, { 'pipeline-name': name, wait: 'false', 'max-attempts': '2' });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(executionsOf(worlds, name)).toHaveLength(1);
    expect(result.outputs['execution-arn']).toBe(executionsOf(worlds, name)[0]?.arn);
    expect(result.outputs.status).toBe('');
    expect(warnings(result).some((w) => /could not read its status: sagemaker:DescribePipelineExecution on .* failed: ServiceUnavailable/.test(w))).toBe(true);
    expect(result.summary).toContain(`⚠️ SageMaker pipeline ${name}: started, but its status could not be read`);
    // SageMaker's truth: the execution runs on.
    const now = await worlds.aws.sagemaker.send(new DescribePipelineExecutionCommand({ PipelineExecutionArn: result.outputs['execution-arn'] }));
    expect(now.PipelineExecutionStatus).toBe('Executing');
  });

  test('DescribePipelineExecution never answers (a hung endpoint): the reads give up at their deadline, success with a warning', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 100_000 });
    // Every try hangs: without a deadline of its own the step would wait the SDK's timeout on every attempt
    // (longer than the harness lets it run).
    worlds.aws.faults.add({ operation: 'DescribePipelineExecution', kind: 'hang', count: 10_000 });
    try {
      const result = await runStep(worlds, { 'pipeline-name': name, wait: 'false' });
      expect(result.errors).toEqual([]);
      expect(result.exitCode).toBe(0);
      expect(executionsOf(worlds, name)).toHaveLength(1);
      expect(result.outputs['execution-arn']).toBe(executionsOf(worlds, name)[0]?.arn);
      expect(result.outputs.status).toBe('');
      expect(warnings(result)[0]).toMatch(/^Started arn:aws:sagemaker:\S+, but could not read its status: no answer within 12s$/);
      expect(result.summary).toContain(`⚠️ SageMaker pipeline ${name}: started, but its status could not be read`);
    } finally {
      worlds.aws.faults.clear();
    }
  });

  test('an endpoint that does not implement ListPipelineExecutionSteps (plain moto): success and a warning', async () => {
    const { name } = await newPipeline(worlds);
    const result = await runStep(worlds, { 'pipeline-name': name, wait: 'false', 'max-attempts': '1' }, { env: { AWS_ENDPOINT_URL: worlds.aws.motoEndpoint } });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs['execution-arn']).toMatch(new RegExp(`:pipeline/${name}/execution/`));
    expect(result.outputs.status).not.toBe('');
    expect(warnings(result).some((w) => w.startsWith(`Started ${result.outputs['execution-arn']}, but could not read its steps:`))).toBe(true);
  });
});
