// The AWS retry classifier against what the real SDK throws for real HTTP answers (a local server answers each
// request the way moto, a proxy or AWS would).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DescribePipelineExecutionCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { classifyAwsFailure, describeAwsError, foreignAnswer } from '@mlops-actions/shared/aws';

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

let answer: Answer;
let server: Server;
let client: SageMakerClient;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(answer.status, { ...answer.headers, 'content-length': Buffer.byteLength(answer.body) });
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  client = new SageMakerClient({
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    maxAttempts: 1,
  });
});
afterAll(async () => {
  client?.destroy();
  await new Promise((resolve) => server?.close(resolve));
});

async function sdkErrorFor(next: Answer): Promise<unknown> {
  answer = next;
  try {
    await client.send(new DescribePipelineExecutionCommand({ PipelineExecutionArn: 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/p/execution/abc' }));
  } catch (error) {
    return error;
  }
  throw new Error('the call succeeded');
}

const json = (status: number, code: string): Answer => ({
  status,
  headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': code },
  body: JSON.stringify({ __type: code, message: `${code} happened` }),
});
const MOTO_DENIED: Answer = {
  status: 403,
  headers: { 'content-type': 'application/xml', 'x-amzn-errortype': 'AccessDenied' },
  body: '<?xml version="1.0" encoding="utf-8"?>\n<ErrorResponse><Errors><Error><Code>AccessDenied</Code><Message>User: x is not authorized</Message></Error></Errors></ErrorResponse>',
};
const html = (status: number): Answer => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: '<!DOCTYPE html><html><body>proxy</body></html>',
});

describe('classifyAwsFailure', () => {
  test.each([
    ['ThrottlingException', json(400, 'ThrottlingException'), 'transient', 'ThrottlingException'],
    ['InternalFailure 500', json(500, 'InternalFailure'), 'transient', 'InternalFailure'],
    ['ExpiredTokenException', json(400, 'ExpiredTokenException'), 'renew-credentials', 'ExpiredTokenException'],
    ['AccessDeniedException', json(400, 'AccessDeniedException'), 'fatal', 'AccessDeniedException'],
    ['ResourceNotFound', json(400, 'ResourceNotFound'), 'fatal', 'ResourceNotFound'],
    ["moto's XML AccessDenied", MOTO_DENIED, 'fatal', 'AccessDenied'],
    ['an HTML page with 200', html(200), 'fatal', 'HTTP 200 text/html'],
    ['an HTML 403 from a proxy', html(403), 'fatal', 'HTTP 403 text/html'],
    ['a plain-text 404', { status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not Found' }, 'fatal', 'HTTP 404 text/plain'],
    ["a gateway's HTML 502", html(502), 'transient', 'HTTP 502 text/html'],
  ] as const)('%s -> %s', async (_name, wire, kind, label) => {
    const error = await sdkErrorFor(wire);
    expect(classifyAwsFailure(error)).toEqual({ kind, label });
  });

  test('a connection reset is transient', async () => {
    const reset = createServer((req) => req.socket.destroy());
    await new Promise<void>((resolve) => reset.listen(0, '127.0.0.1', resolve));
    const resetClient = new SageMakerClient({
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${(reset.address() as AddressInfo).port}`,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      maxAttempts: 1,
    });
    try {
      const error = await resetClient
        .send(new DescribePipelineExecutionCommand({ PipelineExecutionArn: 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/p/execution/abc' }))
        .catch((e: unknown) => e);
      expect(classifyAwsFailure(error).kind).toBe('transient');
    } finally {
      resetClient.destroy();
      await new Promise((resolve) => reset.close(resolve));
    }
  });
});

describe('an answer that is not the service protocol is described by what answered, not by the parser', () => {
  test("moto's XML AccessDenied keeps the IAM hint", async () => {
    const error = await sdkErrorFor(MOTO_DENIED);
    expect(foreignAnswer(error)).toEqual({ status: 403, contentType: 'application/xml', errorType: 'AccessDenied' });
    const described = describeAwsError(error, { action: 'sagemaker:DescribePipelineExecution', resource: 'arn:x' });
    expect(described.message).toBe(
      "sagemaker:DescribePipelineExecution on arn:x failed: AccessDenied (HTTP 403, answered as application/xml instead of the service's protocol)",
    );
    expect(described.hint).toMatch(/^The role the action runs as needs 'sagemaker:DescribePipelineExecution' on arn:x/);
  });

  test('an HTML page says something else answered', async () => {
    const error = await sdkErrorFor(html(200));
    const described = describeAwsError(error, { action: 'sagemaker:DescribePipelineExecution' });
    expect(described.message).toBe('sagemaker:DescribePipelineExecution failed: the answer did not come from the AWS API (HTTP 200, text/html)');
    expect(described.hint).toMatch(/^Something other than the AWS API answered/);
    expect(described.report()).not.toMatch(/SyntaxError|Unexpected token|<html/);
  });

  test('header values from whatever answered are never echoed beyond a plain token', async () => {
    const error = await sdkErrorFor({
      status: 403,
      headers: { 'content-type': 'text/html; x=<script>', 'x-amzn-errortype': 'Denied<script>alert(1)' },
      body: '<p>',
    });
    expect(foreignAnswer(error)).toEqual({ status: 403, contentType: 'text/html', errorType: 'Denied' });
  });

  test('a service exception is not a foreign answer', async () => {
    expect(foreignAnswer(await sdkErrorFor(json(400, 'ValidationException')))).toBeUndefined();
  });
});
