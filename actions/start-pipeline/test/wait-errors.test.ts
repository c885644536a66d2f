// While waiting, only what may pass (throttling, 5xx, the network) is waited out. An answer that will not change
// by asking again (access denied, not found, an answer that is not AWS's JSON at all) ends the wait at once
// with one clear error, instead of polling until `timeout`.
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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
    const { result, checks, name } = await runWithEveryCheckFailing('xml-access-denied');
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(
      /^sagemaker:DescribePipelineExecution on arn:aws:sagemaker:\S+:pipeline\/\S+\/execution\/\S+ failed: AccessDenied \(HTTP 403, answered as application\/xml/,
    );
    expect(result.errors[0]).toContain("Hint: The role the action runs as needs 'sagemaker:DescribePipelineExecution'");
    expect(result.errors[0]).not.toMatch(/SyntaxError|Unexpected token|Deserialization error/);
    // The SDK does not retry a 403 and neither does the wait: one status check.
    expect(checks).toBe(1);
    expect(result.outputs['execution-arn']).toMatch(/:pipeline\//);
    // No status was ever read: none is reported (never a guessed Executing), and the heading says so.
    expect(result.outputs.status).toBe('');
    expect(result.summary).toContain(`## ⚠️ SageMaker pipeline ${name}: started, but its status could not be read`);
    expect(result.summary).toContain("The execution's status could not be read (see the error); its status was never read.");
  });

  test('an HTML page answered with 200 (a proxy or captive portal): one clear error saying it is not AWS', async () => {
    const { result, checks, name } = await runWithEveryCheckFailing('html-page');
    expect(result.exitCode).toBe(1);
    expect(result.outputs.status).toBe('');
    expect(result.summary).toContain(`## ⚠️ SageMaker pipeline ${name}: started, but its status could not be read`);
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

/**
 * A proxy in front of the AWS world that answers every DescribePipelineExecution as SageMaker answers for an
 * execution it does not know (400, ResourceNotFound), and passes everything else through. The world itself
 * never forgets an execution it started, and its faults have no "not found" kind.
 */
async function notFoundProxy(target: string): Promise<{ url: string; refused: () => number; server: Server }> {
  let refused = 0;
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (req.headers['x-amz-target'] === 'SageMaker.DescribePipelineExecution') {
        refused += 1;
        const { PipelineExecutionArn } = JSON.parse(body.toString()) as { PipelineExecutionArn: string };
        res.writeHead(400, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'not-found-proxy' });
        res.end(JSON.stringify({ __type: 'ResourceNotFound', Message: `Pipeline execution '${PipelineExecutionArn}' does not exist.` }));
        return;
      }
      const onward = request(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      onward.on('error', () => res.destroy());
      onward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, refused: () => refused, server };
}

describe('the execution is not found', () => {
  test('ResourceNotFound on DescribePipelineExecution: one check, one clear error, no status claimed', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 3 });
    const proxy = await notFoundProxy(worlds.aws.env().AWS_ENDPOINT_URL!);
    try {
      const result = await runStep(worlds, { 'pipeline-name': name, timeout: '1h' }, { env: { AWS_ENDPOINT_URL: proxy.url } });
      expect(result.exitCode).toBe(1);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatch(
        /^sagemaker:DescribePipelineExecution on arn:aws:sagemaker:\S+:pipeline\/\S+\/execution\/\S+ failed: ResourceNotFound: Pipeline execution '.*' does not exist\./,
      );
      expect(result.errors[0]).toContain('Hint: Check the name or ARN and aws-region');
      // Not found is an answer, not a passing failure: the wait does not ask again.
      expect(proxy.refused()).toBe(1);
      expect(result.outputs.status).toBe('');
      expect(result.summary).toContain(`## ⚠️ SageMaker pipeline ${name}: started, but its status could not be read`);
    } finally {
      proxy.server.close();
    }
  });
});

describe('a timeout before any status check succeeded', () => {
  test('5xx on every DescribePipelineExecution until timeout: status empty, the heading does not claim "still running"', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 3 });
    worlds.aws.faults.add({ service: 'sagemaker', operation: 'DescribePipelineExecution', kind: 'http503', count: 10_000 });
    try {
      const result = await runStep(worlds, { 'pipeline-name': name, timeout: '2s', 'max-attempts': '1' });
      expect(result.exitCode).toBe(1);
      expect(result.errors[0]).toMatch(/^Timed out after/);
      expect(result.outputs.status).toBe('');
      expect(result.summary).toContain(`## ⚠️ SageMaker pipeline ${name}: timed out waiting, the status could not be read`);
      expect(result.summary).not.toContain('still running');
    } finally {
      worlds.aws.faults.clear();
    }
  });
});
