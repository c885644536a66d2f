// When main's stop on cancellation fails, the post step really tries again, and says how it ended.
import { DescribePipelineExecutionCommand } from '@aws-sdk/client-sagemaker';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { calls, executionsOf, newPipeline, runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
});
afterAll(async () => worlds?.close());
// A fault a test did not use up must not strike the next test.
afterEach(() => worlds.aws.faults.clear());

// The runner's own sequence (SIGINT, 7.5 s, SIGTERM, 2.5 s, kill), started when the action has said it started the
// execution: its signal handlers exist from its first line. The action ends on SIGINT.
const STARTED = /^Started pipeline execution /;

describe("main's stop fails on cancellation", () => {
  test("a 5xx on StopPipelineExecution that outlasts main's tries: the post step stops it, once, and the summary says Stopped", async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 100_000 });
    const since = worlds.aws.requests.length;
    worlds.aws.faults.add({ operation: 'StopPipelineExecution', kind: 'http503', count: 2 });
    const result = await runStep(
      worlds,
      { 'pipeline-name': name, 'max-attempts': '2' },
      { post: true, cancel: { when: { logMatches: STARTED }, mode: 'runner' } },
    );

    expect(result.main.exitCode).toBe(1);
    expect(result.main.signalsSent.map((s) => s.signal)).toEqual(['SIGINT']);
    expect(result.errors[0]).toMatch(
      /^Cancelled, but the execution could not be stopped: sagemaker:StopPipelineExecution on arn:aws:sagemaker:\S+ failed: ServiceUnavailable/,
    );
    // A 5xx may pass: the post step owes the stop, and the hint says so.
    expect(result.errors[0]).toContain('Hint: The post step tries again');
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
    // Two tries in main, two in post: every one refused with a 5xx.
    worlds.aws.faults.add({ operation: 'StopPipelineExecution', kind: 'http503', count: 4 });
    const result = await runStep(
      worlds,
      { 'pipeline-name': name, 'max-attempts': '2' },
      { post: true, cancel: { when: { logMatches: STARTED }, mode: 'runner' } },
    );
    expect(result.errors[0]).toMatch(/^Cancelled, but the execution could not be stopped: .*ServiceUnavailable/);
    expect(result.post?.exitCode).toBe(0);
    expect(result.post?.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      expect.stringMatching(/^Could not stop arn:aws:sagemaker:.* after the step was cancelled: .*ServiceUnavailable/),
    ]);
    expect(result.post?.summary).toContain('Cancelled run: execution not stopped');
    expect(result.post?.summary).toContain('Stop it in the SageMaker console.');
    const [execution] = executionsOf(worlds, name);
    expect(execution?.stopRequests).toBe(0);
    expect(execution?.status).toBe('Executing');
  });

  test('a refusal that a retry cannot change (AccessDenied): the hint names the IAM action, no retry is promised or made', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 100_000 });
    const since = worlds.aws.requests.length;
    worlds.aws.faults.add({ operation: 'StopPipelineExecution', kind: 'access-denied', count: 1 });
    const result = await runStep(
      worlds,
      { 'pipeline-name': name, 'max-attempts': '1' },
      { post: true, cancel: { when: { logMatches: STARTED }, mode: 'runner' } },
    );
    expect(result.errors[0]).toMatch(
      /^Cancelled, but the execution could not be stopped: sagemaker:StopPipelineExecution on arn:\S+ failed: AccessDeniedException/,
    );
    expect(result.errors[0]).toContain("Hint: The role the action runs as needs 'sagemaker:StopPipelineExecution'");
    expect(result.errors[0]).not.toContain('tries again');
    expect(result.summary).not.toContain('tries again');
    expect(result.main.state['stop-owed']).toBeUndefined();
    expect(result.post?.exitCode).toBe(0);
    expect(calls(worlds, 'StopPipelineExecution', since)).toBe(1);
    expect(executionsOf(worlds, name)[0]?.status).toBe('Executing');
  });

  test('the stop took effect but its answers were lost (5xx after the request): main reads the status back, reports it stopped, and the post step stops nothing', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 100_000 });
    const since = worlds.aws.requests.length;
    // Both tries take effect in the world (the second as a replay of the same token) and both answers are lost.
    worlds.aws.faults.add({ operation: 'StopPipelineExecution', kind: 'http503', when: 'after', count: 2 });
    const result = await runStep(
      worlds,
      { 'pipeline-name': name, 'max-attempts': '2' },
      { post: true, cancel: { when: { logMatches: STARTED }, mode: 'runner' } },
    );
    expect(result.main.signalsSent.map((s) => s.signal)).toEqual(['SIGINT']);
    expect(result.errors[0]).toMatch(/^Cancelled while waiting for arn:aws:sagemaker:.*; stop requested, status Stopping\.$/);
    expect(result.summary).toContain(`## ⏹️ SageMaker pipeline ${name}: cancelled, the execution is stopping`);
    expect(result.summary).toContain('the execution was stopped (status Stopping)');
    expect(result.summary).not.toContain('stopping the execution failed');
    expect(result.main.state['stop-requested']).toBe('true');
    expect(result.post?.exitCode).toBe(0);
    expect(result.post?.summary ?? '').toBe('');
    // Two requests (the SDK's retry), one stop.
    expect(calls(worlds, 'StopPipelineExecution', since)).toBe(2);
    expect(executionsOf(worlds, name)[0]?.stopRequests).toBe(1);
  });

  test("the post step's stop took effect but its answers were lost: it reads the status back and says stopped, not failed", async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 100_000 });
    const since = worlds.aws.requests.length;
    // Main's two tries are refused before they reach SageMaker (so it owes the stop); the post step's two tries
    // take effect (the second as a replay of the same token) and both answers are lost.
    worlds.aws.faults.add({ operation: 'StopPipelineExecution', kind: 'http503', count: 2 });
    // Armed once main's second try has arrived: the world picks an 'after' fault on a request's arrival, also for
    // one that a 'before' fault then refuses, so armed earlier it would be spent on main's tries.
    const mainStop = (): Promise<unknown> => worlds.aws.nextRequest({ operation: 'StopPipelineExecution' });
    void mainStop()
      .then(mainStop)
      .then(() => worlds.aws.faults.add({ operation: 'StopPipelineExecution', kind: 'http503', when: 'after', count: 2 }));
    const result = await runStep(
      worlds,
      { 'pipeline-name': name, 'max-attempts': '2' },
      { post: true, cancel: { when: { logMatches: STARTED }, mode: 'runner' } },
    );
    expect(result.errors[0]).toMatch(/^Cancelled, but the execution could not be stopped: .*ServiceUnavailable/);
    expect(result.post?.exitCode).toBe(0);
    expect(result.post?.log.join('\n')).not.toContain('Could not stop');
    expect(result.post?.summary).toMatch(/Cancelled run: execution Stopp(ing|ed)/);
    expect(result.post?.summary).toContain('the post step stopped it.');
    expect(calls(worlds, 'StopPipelineExecution', since)).toBe(4);
    expect(executionsOf(worlds, name)[0]?.stopRequests).toBe(1);
  });

  test('the post step cannot get credentials (OIDC refused): it still writes a summary saying the execution was not stopped', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 100_000 });
    worlds.aws.faults.add({ operation: 'StopPipelineExecution', kind: 'http503', count: 2 });
    // Main has its credentials once it checks the execution; from then on the role can no longer be assumed.
    const watching = worlds.aws.nextRequest({ operation: 'DescribePipelineExecution' }).then(() => {
      worlds.aws.faults.add({ service: 'sts', operation: 'AssumeRoleWithWebIdentity', kind: 'access-denied', count: 100 });
    });
    try {
      const result = await runStep(
        worlds,
        { 'pipeline-name': name, 'max-attempts': '2' },
        { auth: 'oidc', post: true, cancel: { when: { event: watching }, mode: 'runner' } },
      );
      expect(result.errors[0]).toMatch(/^Cancelled, but .*ServiceUnavailable/);
      expect(result.post?.exitCode).toBe(0);
      expect(result.post?.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
        expect.stringMatching(/^Could not stop arn:aws:sagemaker:.* after the step was cancelled: .*AssumeRoleWithWebIdentity/s),
      ]);
      expect(result.post?.summary).toContain('Cancelled run: execution not stopped');
      expect(result.post?.summary).toContain('Stop it in the SageMaker console.');
      expect(executionsOf(worlds, name)[0]?.status).toBe('Executing');
    } finally {
      worlds.aws.faults.clear();
    }
  });
});
