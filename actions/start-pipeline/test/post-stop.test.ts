// When main's stop on cancellation fails, the post step really tries again, and says how it ended.
import { DescribePipelineExecutionCommand } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { calls, executionsOf, newPipeline, runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
});
afterAll(async () => worlds?.close());

// The runner's own sequence (SIGINT, 7.5 s, SIGTERM, 2.5 s, kill), started when the action has said it started the
// execution: its signal handlers exist from its first line. The action ends on SIGINT.
const STARTED = /^Started pipeline execution /;

describe("main's stop fails on cancellation", () => {
  test('a 5xx on StopPipelineExecution that outlasts main\'s tries: the post step stops it, once, and the summary says Stopped', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 100_000 });
    const since = worlds.aws.requests.length;
    worlds.aws.faults.add({ operation: 'StopPipelineExecution', kind: 'http503', count: 2 });
    const result = await runStep(worlds, { 'pipeline-name': name, 'max-attempts': '2' }, { post: true, cancel: { when: { logMatches: STARTED }, mode: 'runner' } });

    expect(result.main.exitCode).toBe(1);
    expect(result.main.signalsSent.map((s) => s.signal)).toEqual(['SIGINT']);
    expect(result.errors[0]).toMatch(/^Cancelled, but stopping arn:aws:sagemaker:.* failed: .*ServiceUnavailable/);
    expect(result.summary).toContain('stopping the execution failed');
    expect(result.summary).toContain(`## ⚠️ SageMaker pipeline ${name}: cancelled, stopping the execution failed, the execution is still running`);
    expect(result.main.state.finished).toBe('true');

    expect(result.post?.exitCode).toBe(0);
    expect(result.post?.log.join('\n')).toMatch(/stopped arn:aws:sagemaker:.* \(status Stopped\)/);
    expect(result.post?.summary).toContain('Cancelled run: execution Stopped');
    expect(result.post?.summary).toContain('the main step could not stop it after the run was cancelled; the post step stopped it.');

    // Two tries by main were refused by the fault, one by post took effect.
    expect(calls(worlds, 'StopPipelineExecution', since)).toBe(3);
    const [execution] = executionsOf(worlds, name);
    expect(execution?.stopRequests).toBe(1);
    const after = await worlds.aws.sagemaker.send(new DescribePipelineExecutionCommand({ PipelineExecutionArn: execution?.arn }));
    expect(after.PipelineExecutionStatus).toBe('Stopped');
  });

  test('when the post step cannot stop it either, its summary says the execution is still running and what to do', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 100_000 });
    worlds.aws.faults.add({ operation: 'StopPipelineExecution', kind: 'access-denied', count: 2 });
    const result = await runStep(worlds, { 'pipeline-name': name, 'max-attempts': '1' }, { post: true, cancel: { when: { logMatches: STARTED }, mode: 'runner' } });
    expect(result.errors[0]).toMatch(/^Cancelled, but stopping .* failed: AccessDeniedException/);
    expect(result.post?.exitCode).toBe(0);
    expect(result.post?.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      expect.stringMatching(/^Could not stop arn:aws:sagemaker:.* after the step was cancelled: .*AccessDeniedException/),
    ]);
    expect(result.post?.summary).toContain('Cancelled run: execution not stopped');
    expect(result.post?.summary).toContain('Stop it in the SageMaker console.');
    const [execution] = executionsOf(worlds, name);
    expect(execution?.stopRequests).toBe(0);
    expect(execution?.status).toBe('Executing');
  });
});
