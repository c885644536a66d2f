// While waiting, only what may pass (throttling, 5xx, the network) is waited out. An answer that will not change
// by asking again (access denied, not found, an answer that is not AWS's JSON at all) ends the wait at once
// with one clear error, instead of polling until `timeout`.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { calls, newPipeline, runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
});
afterAll(async () => worlds?.close());

/** Every status check fails the same way (far more faults than a wait until `timeout` would use up). */
async function runWithEveryCheckFailing(kind: 'access-denied' | 'xml-access-denied' | 'html-page', operation = 'DescribePipelineExecution') {
  const { name } = await newPipeline(worlds, { ticksPerStep: 3 });
  const since = worlds.aws.requests.length;
  worlds.aws.faults.add({ service: 'sagemaker', operation, kind, count: 10_000 });
  try {
    // A long timeout: a wait that retried would run into the harness's own limit, not end with this error.
    const result = await runStep(worlds, { 'pipeline-name': name, timeout: '1h' });
    return { result, checks: calls(worlds, operation, since), name };
  } finally {
    worlds.aws.faults.clear();
  }
}

describe('a status check that cannot succeed ends the wait at once', () => {
  test("moto's XML AccessDenied (403, X-Amzn-ErrorType) on DescribePipelineExecution: one clear error naming the IAM action", async () => {
    const { result, checks } = await runWithEveryCheckFailing('xml-access-denied');
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^sagemaker:DescribePipelineExecution on arn:aws:sagemaker:\S+:pipeline\/\S+\/execution\/\S+ failed: AccessDenied \(HTTP 403, answered as application\/xml/);
    expect(result.errors[0]).toContain("Hint: The role the action runs as needs 'sagemaker:DescribePipelineExecution'");
    expect(result.errors[0]).not.toMatch(/SyntaxError|Unexpected token|Deserialization error/);
    // The SDK does not retry a 403 and neither does the wait: one status check.
    expect(checks).toBe(1);
    expect(result.outputs['execution-arn']).toMatch(/:pipeline\//);
  });

  test('an HTML page answered with 200 (a proxy or captive portal): one clear error saying it is not AWS', async () => {
    const { result, checks } = await runWithEveryCheckFailing('html-page');
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^sagemaker:DescribePipelineExecution on \S+ failed: the answer did not come from the AWS API \(HTTP 200, text\/html/);
    expect(result.errors[0]).toContain('Hint: Something other than the AWS API answered');
    expect(result.errors[0]).not.toMatch(/SyntaxError|Unexpected token|Deserialization error/);
    expect(checks).toBe(1);
  });

  test('AccessDeniedException on ListPipelineExecutionSteps while waiting: one check, then a failure naming the action', async () => {
    const { result, checks } = await runWithEveryCheckFailing('access-denied', 'ListPipelineExecutionSteps');
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^sagemaker:ListPipelineExecutionSteps on \S+ failed: AccessDeniedException: /);
    expect(result.errors[0]).toContain("Hint: The role the action runs as needs 'sagemaker:ListPipelineExecutionSteps'");
    expect(checks).toBe(1);
  });
});
