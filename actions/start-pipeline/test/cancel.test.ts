// Cancellation: the runner signals the step's process; the execution must end up stopped, exactly once.
import { DescribePipelineExecutionCommand } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { calls, executionsOf, newPipeline, runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
});
afterAll(async () => worlds?.close());

/**
 * Cancel once the action is watching the execution: its first status check reaches the world. Signals follow
 * what the process has shown, never a timer: on a loaded machine loading the bundle alone can outlast one.
 */
const whenWatching = (): { event: Promise<unknown> } => ({ event: worlds.aws.nextRequest({ operation: 'DescribePipelineExecution' }) });

describe('cancellation while waiting', () => {
  test('SIGTERM stops the execution, once; the post step does not stop it again', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 100_000 });
    const since = worlds.aws.requests.length;
    // SIGTERM alone on purpose (what a runner sends once SIGINT went unanswered, and what `kill` sends): the action
    // handles it like SIGINT. The runner's own sequence is the next test.
    const result = await runStep(worlds, { 'pipeline-name': name }, { post: true, cancel: { when: whenWatching(), mode: 'SIGTERM' } });
    expect(result.main.signalsSent.map((s) => s.signal)).toEqual(['SIGTERM']);
    expect(result.main.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/^Cancelled while waiting for arn:aws:sagemaker:.*; stop requested, status Stopping\.$/);
    expect(result.outputs.status).toBe('Stopping');
    expect(result.summary).toContain('the execution was stopped (status Stopping)');
    expect(result.summary).toContain(`## ⏹️ SageMaker pipeline ${name}: cancelled, the execution is stopping`);
    expect(calls(worlds, 'StopPipelineExecution', since)).toBe(1);
    expect(result.post?.exitCode).toBe(0);

    const [execution] = executionsOf(worlds, name);
    expect(execution?.stopRequests).toBe(1);
    // SageMaker finishes the stop on its own; in the world the next poll does it.
    const after = await worlds.aws.sagemaker.send(new DescribePipelineExecutionCommand({ PipelineExecutionArn: execution?.arn }));
    expect(after.PipelineExecutionStatus).toBe('Stopped');
  });

  test("the runner's own sequence (SIGINT, then SIGTERM) stops it once and the step ends within the grace period", async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 100_000 });
    const since = worlds.aws.requests.length;
    const result = await runStep(
      worlds,
      { 'pipeline-name': name },
      { cancel: { when: whenWatching(), mode: 'runner', delays: { sigintToSigtermMs: 7_500, sigtermToKillMs: 2_500 } } },
    );
    // The action exits on its own after SIGINT, long before the runner would escalate.
    expect(result.main.signalsSent.map((s) => s.signal)).toEqual(['SIGINT']);
    // Only SIGINT was sent: the action ended before the runner's 7.5 s to SIGTERM ran out.
    expect(result.errors[0]).toMatch(/^Cancelled while waiting for .*stop requested/);
    expect(calls(worlds, 'StopPipelineExecution', since)).toBe(1);
    expect(result.main.log.join('\n')).toContain('Received SIGINT: the job was cancelled.');
  });

  test('a second signal during the stop does not stop twice', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 100_000 });
    const since = worlds.aws.requests.length;
    // A slow StopPipelineExecution keeps the action busy when the runner's SIGTERM arrives.
    // The stop's answer takes far longer than the runner's 500 ms from SIGINT to SIGTERM, so SIGTERM meets the stop in flight.
    worlds.aws.faults.add({ operation: 'StopPipelineExecution', kind: 'latency', latencyMs: 5_000, count: 1 });
    const result = await runStep(
      worlds,
      { 'pipeline-name': name },
      { post: true, cancel: { when: whenWatching(), mode: 'runner', delays: { sigintToSigtermMs: 500, sigtermToKillMs: 30_000 } } },
    );
    expect(result.main.signalsSent.map((s) => s.signal)).toEqual(['SIGINT', 'SIGTERM']);
    expect(result.main.log.join('\n')).toContain('Received SIGTERM again; still cleaning up.');
    expect(calls(worlds, 'StopPipelineExecution', since)).toBe(1);
    expect(executionsOf(worlds, name)[0]?.stopRequests).toBe(1);
  });

  test('if the runner kills the step before it could stop the execution, the post step stops it', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 100_000 });
    // The stop request hangs longer than the runner waits, so main is SIGKILLed with the stop unanswered.
    worlds.aws.faults.add({ operation: 'StopPipelineExecution', kind: 'reset', count: 1 });
    worlds.aws.faults.add({ operation: 'StopPipelineExecution', kind: 'latency', latencyMs: 10_000, count: 1 });
    const result = await runStep(
      worlds,
      { 'pipeline-name': name, 'max-attempts': '3' },
      // On purpose not the runner's sequence: SIGTERM then SIGKILL after 1.5 s forces the kill mid-stop quickly.
      { post: true, cancel: { when: whenWatching(), mode: 'SIGTERM', graceMs: 1_500 } },
    );
    expect(result.main.signalsSent.map((s) => s.signal)).toEqual(['SIGTERM', 'SIGKILL']);
    expect(result.main.state['stop-requested']).toBeUndefined();
    expect(result.post?.exitCode).toBe(0);
    expect(result.post?.log.join('\n')).toMatch(/The main step ended before the execution finished \(cancelled\); stopped arn:aws:sagemaker:/);
    const [execution] = executionsOf(worlds, name);
    expect(['Stopping', 'Stopped']).toContain(execution?.status);
  });

  test('stop-on-cancel: false leaves the execution running, in main and in post', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 100_000 });
    const since = worlds.aws.requests.length;
    const result = await runStep(worlds, { 'pipeline-name': name, 'stop-on-cancel': 'false' }, { post: true, cancel: { when: whenWatching() } });
    expect(result.errors[0]).toMatch(/it keeps running \(stop-on-cancel: false\)/);
    expect(calls(worlds, 'StopPipelineExecution', since)).toBe(0);
    expect(executionsOf(worlds, name)[0]?.status).toBe('Executing');
  });

  test('cancelled before anything started: nothing is started', async () => {
    const { name } = await newPipeline(worlds);
    const since = worlds.aws.requests.length;
    // The runner's SIGINT goes out when the first request (DescribePipeline) arrives, so the action's handler
    // exists; the answer is held back long after the signal, so the action learns of it before it could start.
    worlds.aws.faults.add({ operation: 'DescribePipeline', kind: 'latency', latencyMs: 3_000, count: 1 });
    const result = await runStep(worlds, { 'pipeline-name': name }, { cancel: { when: { event: worlds.aws.nextRequest({ operation: 'DescribePipeline' }) } } });
    expect(result.main.signalsSent.map((s) => s.signal)).toEqual(['SIGINT']);
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toBe('Cancelled while preparing the pipeline; nothing was started.');
    expect(calls(worlds, 'StartPipelineExecution', since)).toBe(0);
  });
});
