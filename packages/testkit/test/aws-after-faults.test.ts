// Faults after the request took effect: the world does what was asked, then the answer is lost. Seen through
// the real SDK, with one attempt (the error the client gets) and with its retries (what a retry then does).
import { CreatePipelineCommand, SageMakerClient, StartPipelineExecutionCommand, UpdatePipelineCommand } from '@aws-sdk/client-sagemaker';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startAwsWorld, type AwsWorld } from '../src/aws/index.js';

const DEFINITION = JSON.stringify({ Version: '2020-12-01', Parameters: [], Steps: [] });
const ROLE = 'arn:aws:iam::123456789012:role/SageMakerPipelineExecutionRole';
const TOKEN = 'a'.repeat(32);

let world: AwsWorld;
let once: SageMakerClient;
let impatient: SageMakerClient;
let retrying: SageMakerClient;
let counter = 0;

beforeAll(async () => {
  world = await startAwsWorld();
  once = new SageMakerClient({ ...world.clientConfig(), maxAttempts: 1 });
  retrying = new SageMakerClient({ ...world.clientConfig(), maxAttempts: 3 });
  // A short request timeout so that `hang` is seen as the SDK's own timeout within the test (without
  // throwOnRequestTimeout the SDK only logs a warning and waits for ever).
  impatient = new SageMakerClient({
    ...world.clientConfig(),
    maxAttempts: 1,
    requestHandler: new NodeHttpHandler({ requestTimeout: 500, throwOnRequestTimeout: true }),
  });
});
afterAll(async () => {
  once?.destroy();
  impatient?.destroy();
  retrying?.destroy();
  await world?.close();
});
beforeEach(() => world.faults.clear());

const uniqueName = (): string => `after-${++counter}`;
const create = (client: SageMakerClient, name: string, token = TOKEN) =>
  client.send(new CreatePipelineCommand({ PipelineName: name, PipelineDefinition: DEFINITION, RoleArn: ROLE, ClientRequestToken: token }));
const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error & { code?: string; $metadata?: { httpStatusCode?: number } },
  );

describe('local AWS world: faults after the request took effect', () => {
  it.each([
    ['reset', (e: Error & { code?: string }) => expect(`${e.code} ${e.message}`).toMatch(/ECONNRESET|socket hang up/)],
    ['http500', (e: Error & { $metadata?: { httpStatusCode?: number } }) => expect(e.$metadata?.httpStatusCode).toBe(500)],
    ['http503', (e: Error & { $metadata?: { httpStatusCode?: number } }) => expect(e.$metadata?.httpStatusCode).toBe(503)],
    ['truncate', (e: Error & { code?: string }) => expect(`${e.name} ${e.code} ${e.message}`).toMatch(/aborted|ECONNRESET|premature|terminated|socket/i)],
    ['hang', (e: Error) => expect(e.name).toBe('TimeoutError')],
  ] as const)('%s: the client gets no answer, yet the pipeline exists (one version), and the record says what was lost', async (kind, check) => {
    const name = uniqueName();
    world.faults.add({ operation: 'CreatePipeline', kind, when: 'after', count: 1 });
    const error = await errorOf(create(kind === 'hang' ? impatient : once, name));
    expect(error).toBeInstanceOf(Error);
    check(error as never);
    expect(world.pipelineVersions(name)).toHaveLength(1);
    const record = world.requests.filter((r) => r.operation === 'CreatePipeline').at(-1)!;
    expect(record).toMatchObject({ fault: kind, faultWhen: 'after', lostStatus: 200 });
  });

  it('the same fault before the request leaves nothing behind', async () => {
    const name = uniqueName();
    world.faults.add({ operation: 'CreatePipeline', kind: 'reset', count: 1 });
    expect(await errorOf(create(once, name))).toBeInstanceOf(Error);
    expect(world.pipelineVersions(name)).toEqual([]);
  });

  it('CreatePipeline honours ClientRequestToken like AWS: the retry after a lost answer gets the same pipeline', async () => {
    const name = uniqueName();
    world.faults.add({ operation: 'CreatePipeline', kind: 'reset', when: 'after', count: 1 });
    const answer = await create(retrying, name);
    expect(answer.PipelineArn).toMatch(new RegExp(`:pipeline/${name}$`));
    expect(world.requests.filter((r) => r.operation === 'CreatePipeline' && r.body.includes(name))).toHaveLength(2);
    expect(world.pipelineVersions(name)).toHaveLength(1);
    // Another token is another request: the name is taken.
    await expect(create(once, name, 'b'.repeat(32))).rejects.toMatchObject({ name: 'ValidationException' });
  });

  it('UpdatePipeline has no token: each accepted call is a new version, so a blind retry after a lost answer writes two', async () => {
    const name = uniqueName();
    await create(once, name);
    world.faults.add({ operation: 'UpdatePipeline', kind: 'http503', when: 'after', count: 1 });
    await retrying.send(new UpdatePipelineCommand({ PipelineName: name, PipelineDefinition: DEFINITION, RoleArn: ROLE }));
    expect(world.pipelineVersions(name).map((v) => v.version)).toEqual([1, 2, 3]);
  });

  it('StartPipelineExecution: a retry with the same token after a lost answer follows the execution it started', async () => {
    const name = uniqueName();
    await create(once, name);
    world.faults.add({ operation: 'StartPipelineExecution', kind: 'truncate', when: 'after', count: 1 });
    const answer = await retrying.send(new StartPipelineExecutionCommand({ PipelineName: name, ClientRequestToken: TOKEN }));
    const executions = world.executions().filter((e) => e.pipelineName === name);
    expect(executions.map((e) => e.arn)).toEqual([answer.PipelineExecutionArn]);
  });

  it('a request refused by a before fault leaves the after fault armed for the request that takes effect', async () => {
    const name = uniqueName();
    world.faults.add({ operation: 'CreatePipeline', kind: 'http503', count: 1 });
    world.faults.add({ operation: 'CreatePipeline', kind: 'reset', when: 'after', count: 1 });
    expect((await errorOf(create(once, name)))?.$metadata?.httpStatusCode).toBe(503);
    expect(world.pipelineVersions(name)).toEqual([]);
    expect(world.faults.pending()).toMatchObject([{ kind: 'reset', when: 'after', count: 1 }]);
    expect(await errorOf(create(once, name))).toBeInstanceOf(Error);
    expect(world.pipelineVersions(name)).toHaveLength(1);
    expect(world.requests.filter((r) => r.operation === 'CreatePipeline').at(-1)).toMatchObject({ fault: 'reset', faultWhen: 'after' });
  });

  it('refuses faults that cannot happen after the effect, and truncate before it', () => {
    expect(() => world.faults.add({ operation: 'X', kind: 'throttle', when: 'after', count: 1 })).toThrow(
      /kind must be one of reset, http500, http503, truncate, hang/,
    );
    expect(() => world.faults.add({ operation: 'X', kind: 'truncate', count: 1 })).toThrow(/use it with when: "after"/);
  });
});

describe('local AWS world without client tokens (only to prove tests can fail)', () => {
  let careless: AwsWorld;
  let client: SageMakerClient;
  beforeAll(async () => {
    careless = await startAwsWorld({ ignoreClientTokens: true });
    client = new SageMakerClient({ ...careless.clientConfig(), maxAttempts: 3 });
  });
  afterAll(async () => {
    client?.destroy();
    await careless?.close();
  });

  it('a retried start after a lost answer starts a second execution', async () => {
    await client.send(new CreatePipelineCommand({ PipelineName: 'careless', PipelineDefinition: DEFINITION, RoleArn: ROLE, ClientRequestToken: TOKEN }));
    careless.faults.add({ operation: 'StartPipelineExecution', kind: 'reset', when: 'after', count: 1 });
    await client.send(new StartPipelineExecutionCommand({ PipelineName: 'careless', ClientRequestToken: TOKEN }));
    expect(careless.executions()).toHaveLength(2);
  });
});
