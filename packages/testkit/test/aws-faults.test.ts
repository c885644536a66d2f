// Injected faults and the request log, seen through the real SDK clients (JSON and Query protocols).
import { ListPipelinesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HARNESS_ACCESS_KEY_ID, STATIC_ACCESS_KEY_ID, startAwsWorld, type AwsWorld } from '../src/aws/index.js';

let world: AwsWorld;
let sm: SageMakerClient;
let sts: STSClient;

beforeAll(async () => {
  world = await startAwsWorld();
  sm = new SageMakerClient({ ...world.clientConfig(), maxAttempts: 1 });
  sts = new STSClient({ ...world.clientConfig(), maxAttempts: 1 });
  await world.createPipeline('fault-target', { Version: '2020-12-01', Parameters: [], Steps: [] });
});

afterAll(async () => {
  sm?.destroy();
  sts?.destroy();
  await world?.close();
});

beforeEach(() => world.faults.clear());

const list = () => sm.send(new ListPipelinesCommand({}));
const lastRecord = () => world.requests.at(-1)!;

describe('local AWS world: faults', () => {
  it.each([
    ['throttle', 'ThrottlingException', 400, 'Rate exceeded'],
    ['http500', 'InternalFailure', 500, undefined],
    ['http503', 'ServiceUnavailable', 503, undefined],
    ['expired-token', 'ExpiredTokenException', 400, 'The security token included in the request is expired'],
  ] as const)('%s: the SDK (maxAttempts 1) sees %s / HTTP %i, and the request is logged as faulted', async (kind, name, status, message) => {
    world.faults.add({ operation: 'ListPipelines', kind, count: 1 });
    const error = await list().then(
      () => undefined,
      (e: unknown) => e as { name: string; message: string; $metadata: { httpStatusCode?: number } },
    );
    expect(error).toBeDefined();
    expect(error!.name).toBe(name);
    expect(error!.$metadata.httpStatusCode).toBe(status);
    if (message) expect(error!.message).toBe(message);
    expect(lastRecord()).toMatchObject({ service: 'sagemaker', operation: 'ListPipelines', status, fault: kind, accessKeyId: STATIC_ACCESS_KEY_ID });
    // One use only: the next call is healthy.
    await expect(list()).resolves.toMatchObject({ PipelineSummaries: [expect.objectContaining({ PipelineName: 'fault-target' })] });
    expect(lastRecord().fault).toBeUndefined();
  });

  it('access-denied names the caller, the action and the resource', async () => {
    world.faults.add({ service: 'sagemaker', operation: 'DescribePipeline', kind: 'access-denied', count: 1 });
    const { DescribePipelineCommand } = await import('@aws-sdk/client-sagemaker');
    await expect(sm.send(new DescribePipelineCommand({ PipelineName: 'fault-target' }))).rejects.toMatchObject({
      name: 'AccessDeniedException',
      $metadata: { httpStatusCode: 400 },
      message:
        'User: arn:aws:iam::123456789012:user/moto is not authorized to perform: sagemaker:DescribePipeline on resource: ' +
        'arn:aws:sagemaker:us-east-1:123456789012:pipeline/fault-target because no identity-based policy allows the sagemaker:DescribePipeline action',
    });
  });

  it('reset destroys the connection without an answer: the SDK sees a network error', async () => {
    world.faults.add({ operation: 'ListPipelines', kind: 'reset', count: 1 });
    const error = (await list().catch((e: unknown) => e)) as { name: string; code?: string; message: string; $metadata?: { httpStatusCode?: number } };
    expect(error).toBeInstanceOf(Error);
    expect(error.$metadata?.httpStatusCode).toBeUndefined();
    expect(`${error.code} ${error.message}`).toMatch(/ECONNRESET|socket hang up/);
    expect(lastRecord()).toMatchObject({ operation: 'ListPipelines', status: 0, fault: 'reset' });
    await expect(list()).resolves.toBeDefined();
  });

  it('latency delays the answer, which is then normal', async () => {
    world.faults.add({ operation: 'ListPipelines', kind: 'latency', count: 1, latencyMs: 300 });
    const t0 = performance.now();
    await expect(list()).resolves.toMatchObject({ PipelineSummaries: expect.any(Array) });
    expect(performance.now() - t0).toBeGreaterThanOrEqual(290);
    expect(lastRecord()).toMatchObject({ status: 200, fault: 'latency' });
  });

  it('count N fails exactly the next N matching calls: an SDK with 3 attempts survives two 503s', async () => {
    world.faults.add({ operation: 'ListPipelines', kind: 'http503', count: 2 });
    world.faults.add({ operation: 'DescribePipeline', kind: 'http500', count: 4 });
    expect(world.faults.pending()).toEqual([
      { operation: 'ListPipelines', kind: 'http503', count: 2 },
      { operation: 'DescribePipeline', kind: 'http500', count: 4 },
    ]);
    const before = world.requests.length;
    const retrying = new SageMakerClient({ ...world.clientConfig(), maxAttempts: 3 });
    try {
      await expect(retrying.send(new ListPipelinesCommand({}))).resolves.toBeDefined();
    } finally {
      retrying.destroy();
    }
    const calls = world.requests.slice(before);
    expect(calls.map((r) => [r.operation, r.status, r.fault])).toEqual([
      ['ListPipelines', 503, 'http503'],
      ['ListPipelines', 503, 'http503'],
      ['ListPipelines', 200, undefined],
    ]);
    expect(world.faults.pending()).toEqual([{ operation: 'DescribePipeline', kind: 'http500', count: 4 }]);
    world.faults.clear();
    expect(world.faults.pending()).toEqual([]);
  });

  it('speaks the Query protocol to STS: Throttling, ExpiredToken and AccessDenied in ErrorResponse XML', async () => {
    world.faults.add({ service: 'sts', operation: 'GetCallerIdentity', kind: 'throttle', count: 1 });
    world.faults.add({ service: 'sts', operation: 'GetCallerIdentity', kind: 'expired-token', count: 1 });
    world.faults.add({ service: 'sts', operation: 'GetCallerIdentity', kind: 'access-denied', count: 1 });
    const call = () =>
      sts.send(new GetCallerIdentityCommand({})).catch((e: { name: string; $metadata: { httpStatusCode?: number } }) => [e.name, e.$metadata.httpStatusCode]);
    expect(await call()).toEqual(['Throttling', 400]);
    expect(await call()).toEqual(['ExpiredToken', 403]);
    expect(await call()).toEqual(['AccessDenied', 403]);
    expect(await sts.send(new GetCallerIdentityCommand({}))).toMatchObject({ Account: '123456789012' });
    expect(world.requests.slice(-4).map((r) => [r.service, r.operation, r.fault, r.errorCode])).toEqual([
      ['sts', 'GetCallerIdentity', 'throttle', 'Throttling'],
      ['sts', 'GetCallerIdentity', 'expired-token', 'ExpiredToken'],
      ['sts', 'GetCallerIdentity', 'access-denied', 'AccessDenied'],
      ['sts', 'GetCallerIdentity', undefined, undefined],
    ]);
  });

  it("idp-communication: STS's IDPCommunicationError, a 400 in ErrorResponse XML", async () => {
    world.faults.add({ service: 'sts', operation: 'GetCallerIdentity', kind: 'idp-communication', count: 1 });
    const error = await sts.send(new GetCallerIdentityCommand({})).catch((e: Error & { $metadata: { httpStatusCode?: number } }) => e);
    // The SDK names STS's modeled errors with an Exception suffix; the wire code is IDPCommunicationError.
    expect(error).toMatchObject({
      name: 'IDPCommunicationErrorException',
      message: expect.stringMatching(/^Couldn't retrieve verification key/),
      $metadata: { httpStatusCode: 400 },
    });
    expect(lastRecord()).toMatchObject({ fault: 'idp-communication', errorCode: 'IDPCommunicationError', status: 400 });
  });

  it('a service filter and "*" scope faults; the harness client is never faulted', async () => {
    world.faults.add({ service: 'sts', operation: '*', kind: 'http503', count: 1 });
    await expect(list()).resolves.toBeDefined(); // sagemaker: not matched
    await expect(sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: 'ServiceUnavailable' });
    world.faults.add({ operation: '*', kind: 'http500', count: 1 });
    await expect(world.sagemaker.send(new ListPipelinesCommand({}))).resolves.toBeDefined();
    expect(lastRecord()).toMatchObject({ accessKeyId: HARNESS_ACCESS_KEY_ID, status: 200 });
    expect(world.faults.pending()).toHaveLength(1);
  });

  it('logs every request with service, operation, status, key, user agent and body', async () => {
    const before = world.requests.length;
    const t0 = Date.now();
    await list();
    const record = world.requests[before]!;
    expect(record).toMatchObject({ service: 'sagemaker', operation: 'ListPipelines', status: 200, accessKeyId: STATIC_ACCESS_KEY_ID, body: '{}' });
    expect(record.userAgent).toMatch(/aws-sdk-js/);
    expect(record.time).toBeGreaterThanOrEqual(t0);
  });
});
