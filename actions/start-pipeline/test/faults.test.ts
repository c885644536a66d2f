// Faults are tested, not hoped for: throttling, 5xx, resets, latency, expired and missing permissions.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { calls, executionsOf, newPipeline, runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
});
afterAll(async () => worlds?.close());

function faulted(operation: string, since: number): number {
  return worlds.aws.requests.slice(since).filter((r) => r.operation === operation && r.fault).length;
}

describe('transient faults while waiting are survived', () => {
  test('5 consecutive ThrottlingExceptions on DescribePipelineExecution', async () => {
    const { name } = await newPipeline(worlds);
    const since = worlds.aws.requests.length;
    worlds.aws.faults.add({ operation: 'DescribePipelineExecution', kind: 'throttle', count: 5 });
    const result = await runStep(worlds, { 'pipeline-name': name });
    expect(result.errors).toEqual([]);
    expect(result.outputs.status).toBe('Succeeded');
    expect(faulted('DescribePipelineExecution', since)).toBe(5);
    // Said once, not once per throttled poll.
    const warnings = result.main.annotations.filter((a) => a.level === 'warning' && /ThrottlingException/.test(a.message));
    expect(warnings.length).toBeGreaterThanOrEqual(1);
    expect(warnings.length).toBeLessThanOrEqual(2);
  });

  test('500, 503 and connection resets on ListPipelineExecutionSteps', async () => {
    const { name } = await newPipeline(worlds);
    const since = worlds.aws.requests.length;
    worlds.aws.faults.add({ operation: 'ListPipelineExecutionSteps', kind: 'http500', count: 3 });
    worlds.aws.faults.add({ operation: 'ListPipelineExecutionSteps', kind: 'http503', count: 3 });
    worlds.aws.faults.add({ operation: 'ListPipelineExecutionSteps', kind: 'reset', count: 3 });
    const result = await runStep(worlds, { 'pipeline-name': name });
    expect(result.errors).toEqual([]);
    expect(result.outputs.status).toBe('Succeeded');
    expect(faulted('ListPipelineExecutionSteps', since)).toBe(9);
    expect(result.outputs['model-package-arn']).toMatch(/model-package\//);
  });

  test('latency longer than a poll does not break the wait', async () => {
    const { name } = await newPipeline(worlds);
    worlds.aws.faults.add({ operation: 'DescribePipelineExecution', kind: 'latency', latencyMs: 1_500, count: 2 });
    const result = await runStep(worlds, { 'pipeline-name': name });
    expect(result.errors).toEqual([]);
    expect(result.outputs.status).toBe('Succeeded');
  });
});

describe('a status check that hangs', () => {
  test('is abandoned at the deadline: the step times out on time instead of waiting for the answer', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 3 });
    const latencyMs = 30_000; // under the SDK's 60 s request timeout, so only the wait's deadline can cut it short
    worlds.aws.faults.add({ operation: 'DescribePipelineExecution', kind: 'latency', latencyMs, count: 1 });
    const result = await runStep(worlds, { 'pipeline-name': name, timeout: '1s' });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^Timed out after .* waiting for pipeline execution arn:aws:sagemaker:.*; the last status check did not answer in time\./);
    expect(result.outputs['execution-arn']).toMatch(/:pipeline\//);
    expect(result.main.endedAt - result.main.startedAt).toBeLessThan(latencyMs);
  });
});

describe('faults around the start', () => {
  test('throttling and a reset on StartPipelineExecution are retried and still start one execution', async () => {
    const { name } = await newPipeline(worlds);
    const since = worlds.aws.requests.length;
    worlds.aws.faults.add({ operation: 'StartPipelineExecution', kind: 'throttle', count: 2 });
    worlds.aws.faults.add({ operation: 'StartPipelineExecution', kind: 'reset', count: 1 });
    const result = await runStep(worlds, { 'pipeline-name': name });
    expect(result.errors).toEqual([]);
    expect(calls(worlds, 'StartPipelineExecution', since)).toBe(4);
    expect(executionsOf(worlds, name)).toHaveLength(1);
  });

  test('a 5xx that outlasts max-attempts fails the step with the call and the resource, having started nothing', async () => {
    const { name } = await newPipeline(worlds);
    worlds.aws.faults.add({ operation: 'StartPipelineExecution', kind: 'http503', count: 2 });
    const result = await runStep(worlds, { 'pipeline-name': name, 'max-attempts': '2' });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(new RegExp(`^sagemaker:StartPipelineExecution on ${name} failed: ServiceUnavailable`));
    expect(result.errors[0]).toContain('Hint: AWS answered with a server error (HTTP 503) on all 2 attempts. This is usually temporary');
    expect(executionsOf(worlds, name)).toHaveLength(0);
  });

  test('AccessDenied names the IAM action that is missing', async () => {
    const { name } = await newPipeline(worlds);
    worlds.aws.faults.add({ operation: 'StartPipelineExecution', kind: 'access-denied', count: 1 });
    const result = await runStep(worlds, { 'pipeline-name': name });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(
      new RegExp(`^sagemaker:StartPipelineExecution on ${name} failed: AccessDeniedException: .*not authorized to perform: sagemaker:StartPipelineExecution`),
    );
    expect(result.errors[0]).toContain(`Hint: The role the action runs as needs 'sagemaker:StartPipelineExecution' on ${name} in its IAM policy`);
  });
});

describe('expired credentials', () => {
  // First: expireCredentials() below also expires the static keys for the rest of this world.
  test('with static keys that expire, the step fails with a hint (nothing to renew)', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 3 });
    worlds.aws.faults.add({ operation: 'DescribePipelineExecution', kind: 'expired-token', count: 1 });
    const result = await runStep(worlds, { 'pipeline-name': name });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^sagemaker:DescribePipelineExecution on arn:aws:sagemaker:.* failed: ExpiredTokenException: /);
    expect(result.errors[0]).toContain('Hint: The AWS credentials expired. Use the role-to-assume input');
  });

  test('with role-to-assume, an ExpiredToken while waiting renews the session through OIDC and carries on', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 2 });
    const since = worlds.aws.requests.length;
    worlds.aws.faults.add({ operation: 'DescribePipelineExecution', kind: 'expired-token', count: 1 });
    const result = await runStep(worlds, { 'pipeline-name': name }, { auth: 'oidc' });
    expect(result.errors).toEqual([]);
    expect(result.outputs.status).toBe('Succeeded');
    expect(calls(worlds, 'AssumeRoleWithWebIdentity', since)).toBe(2);
    expect(result.main.log.join('\n')).toContain('ExpiredTokenException: renewed the credentials.');
    // Calls after the renewal are signed with the second session's key.
    const keys = new Set(
      worlds.aws.requests
        .slice(since)
        .filter((r) => r.service === 'sagemaker')
        .map((r) => r.accessKeyId),
    );
    expect(keys.size).toBe(2);
  });

  test('with every issued credential expired mid-run, the renewed session still finishes the wait', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 6 });
    const since = worlds.aws.requests.length;
    const run = runStep(worlds, { 'pipeline-name': name, 'poll-interval': '200ms' }, { auth: 'oidc' });
    // Expire once the action is polling with its first session (each status check lists the steps).
    while (calls(worlds, 'ListPipelineExecutionSteps', since) < 3) await new Promise((r) => setTimeout(r, 20));
    worlds.aws.expireCredentials();
    const result = await run;
    expect(result.errors).toEqual([]);
    expect(result.outputs.status).toBe('Succeeded');
    expect(calls(worlds, 'AssumeRoleWithWebIdentity', since)).toBe(2);
  });
});
