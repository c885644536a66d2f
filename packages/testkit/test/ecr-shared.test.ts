// @mlops-actions/shared/aws/ecr against the ECR world: the real SDK into the layer (moto for repositories, the
// registry for images), buildah pushing with the login it returns.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GetLifecyclePolicyCommand } from '@aws-sdk/client-ecr';
import { AwsSession } from '@mlops-actions/shared/aws';
import { Ecr, ScanTimeoutError } from '@mlops-actions/shared/aws/ecr';
import { CancelledError } from '@mlops-actions/shared/runtime';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { buildahEnv, MEDIA_TYPES, startAwsWorld, type AwsWorld, type BuildahSandbox } from '../src/index.js';

let world: AwsWorld;
let box: BuildahSandbox;
let session: AwsSession;
let ecr: Ecr;

const LIFECYCLE = JSON.stringify({
  rules: [
    { rulePriority: 1, description: 'keep 5', selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 5 }, action: { type: 'expire' } },
  ],
});

beforeAll(async () => {
  [world, box] = await Promise.all([startAwsWorld({ ecr: true }), buildahEnv()]);
  for (const [name, value] of Object.entries({ ...world.env(), ...world.staticCredentials() })) vi.stubEnv(name, value);
  session = await AwsSession.open({
    action: 'ecr-world-test',
    version: '0.0.0',
    region: world.region,
    audience: 'sts.amazonaws.com',
    sessionName: 'test',
    durationSeconds: 900,
    maxAttempts: 3,
  });
  ecr = new Ecr(session);
});
afterEach(() => world.faults.clear());
afterAll(async () => {
  session?.close();
  vi.unstubAllEnvs();
  await Promise.all([world?.close(), box?.close()]);
});

async function buildAndPush(repository: string, tag: string, content: string): Promise<string> {
  const context = join(box.dir, 'ctx', `${repository}-${tag}`.replace(/\//g, '_'));
  await mkdir(context, { recursive: true });
  await writeFile(join(context, 'payload.txt'), content);
  await writeFile(join(context, 'Dockerfile'), 'FROM scratch\nCOPY payload.txt /payload.txt\n');
  await box.ok(['bud', '--isolation', 'chroot', '-t', `localhost/${repository}:${tag}`, context]);
  const [login] = await ecr.getRegistryLogin();
  await box.ok(['login', ...(login!.plainHttp ? ['--tls-verify=false'] : []), '--username', login!.username, '--password-stdin', login!.registry], {
    stdin: login!.password,
  });
  const digestFile = join(box.dir, `digest-${Math.random()}`);
  await box.ok([
    'push',
    '--tls-verify=false',
    '--format',
    'v2s2',
    '--digestfile',
    digestFile,
    `localhost/${repository}:${tag}`,
    `docker://${login!.registry}/${repository}:${tag}`,
  ]);
  return (await readFile(digestFile, 'utf8')).trim();
}

describe('ensureRepository', () => {
  test('creates a missing repository with scan on push, immutable tags, KMS and the lifecycle policy; an existing one is left as it is', async () => {
    const kmsKey = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const first = await ecr.ensureRepository({
      name: 'ml/serve',
      scanOnPush: true,
      immutableTags: true,
      encryption: { type: 'KMS', kmsKey },
      lifecyclePolicy: LIFECYCLE,
    });
    expect(first.created).toBe(true);
    expect(first.lifecyclePolicyApplied).toBe(true);
    expect(first.repository).toMatchObject({
      name: 'ml/serve',
      uri: `${world.ecr.host}/ml/serve`,
      scanOnPush: true,
      tagMutability: 'IMMUTABLE',
      encryption: { type: 'KMS', kmsKey },
    });
    const policy = await world.ecr.api.send(new GetLifecyclePolicyCommand({ repositoryName: 'ml/serve' }));
    expect(JSON.parse(policy.lifecyclePolicyText!)).toEqual(JSON.parse(LIFECYCLE));

    // Asked again with other settings: nothing changes, and what is there is reported.
    const second = await ecr.ensureRepository({ name: 'ml/serve', scanOnPush: false, immutableTags: false, encryption: { type: 'AES256' } });
    expect(second).toMatchObject({ created: false, lifecyclePolicyApplied: false, repository: { scanOnPush: true, tagMutability: 'IMMUTABLE' } });
    expect(world.requests.filter((r) => r.operation === 'CreateRepository' && r.status === 200)).toHaveLength(1);
  });

  test('a CreateRepository whose answer is lost is retried by the SDK, finds its own repository, and still applies the lifecycle policy', async () => {
    world.faults.add({ service: 'ecr', operation: 'CreateRepository', kind: 'reset', when: 'after', count: 1 });
    const ensured = await ecr.ensureRepository({
      name: 'lost-answer',
      scanOnPush: true,
      immutableTags: true,
      encryption: { type: 'AES256' },
      lifecyclePolicy: LIFECYCLE,
    });
    expect(ensured.created).toBe(true);
    expect(ensured.lifecyclePolicyApplied).toBe(true);
    expect(ensured.repository).toMatchObject({ name: 'lost-answer', tagMutability: 'IMMUTABLE', encryption: { type: 'AES256' } });
    const creates = world.requests.filter((r) => r.operation === 'CreateRepository' && r.body.includes('lost-answer'));
    expect(creates.map((r) => r.errorCode ?? r.lostStatus ?? r.status)).toEqual([200, 'RepositoryAlreadyExistsException']);
    expect(await ecr.lifecyclePolicy('lost-answer')).toBe(LIFECYCLE);
  });
});

describe('getRegistryLogin', () => {
  test('host, user AWS, the password the registry requires, expiry; plain HTTP only because the endpoint is loopback; the password is masked', async () => {
    const write = vi.spyOn(process.stdout, 'write');
    const [login] = await ecr.getRegistryLogin();
    const written = write.mock.calls.map((c) => String(c[0])).join('');
    write.mockRestore();
    expect(login).toMatchObject({
      registry: world.ecr.host,
      username: 'AWS',
      password: world.ecr.password(),
      proxyEndpoint: world.ecr.endpoint,
      plainHttp: true,
    });
    expect(login!.expiresAt!.getTime()).toBeGreaterThan(Date.now());
    expect(written).toContain(`::add-mask::${login!.password}`);
  });
});

describe('images and scans', () => {
  test('findImage/describeImage by tag and digest, getManifest, and waitForScan through not-found and IN_PROGRESS to the findings', async () => {
    await ecr.ensureRepository({ name: 'scan/me', scanOnPush: true, immutableTags: true, encryption: { type: 'AES256' } });
    const digest = await buildAndPush('scan/me', 'v1', 'payload');
    const byTag = await ecr.findImage('scan/me', { tag: 'v1' });
    expect(byTag).toMatchObject({ repository: 'scan/me', digest, tags: ['v1'], manifestMediaType: MEDIA_TYPES.dockerManifest });
    expect(await ecr.describeImage('scan/me', { digest })).toMatchObject({ digest, tags: ['v1'] });
    expect(await ecr.findImage('scan/me', { tag: 'v2' })).toBeUndefined();
    await expect(ecr.describeImage('scan/me', { tag: 'v2' })).rejects.toThrow('Image scan/me:v2 does not exist in ECR.');
    await expect(ecr.findImage('nope', { tag: 'v1' })).rejects.toThrow(/RepositoryNotFoundException/);
    const manifest = await ecr.getManifest('scan/me', { tag: 'v1' });
    expect(manifest).toMatchObject({ digest, mediaType: MEDIA_TYPES.dockerManifest });
    expect(JSON.parse(manifest.manifest).schemaVersion).toBe(2);

    world.ecr.setScan('scan/me', 'v1', {
      status: 'COMPLETE',
      notFoundCalls: 2,
      inProgressCalls: 2,
      findings: [
        { name: 'CVE-2024-1111', severity: 'HIGH', packageName: 'zlib', packageVersion: '1.2.11' },
        { name: 'CVE-2024-2222', severity: 'CRITICAL' },
      ],
    });
    const before = world.requests.length;
    const result = await ecr.waitForScan('scan/me', digest, { timeoutMs: 60_000, signal: new AbortController().signal, minDelayMs: 10, maxDelayMs: 50 });
    expect(result.status).toBe('COMPLETE');
    expect(result.type).toBe('basic');
    expect(result.findings).toEqual([
      expect.objectContaining({ id: 'CVE-2024-1111', severity: 'HIGH', packageName: 'zlib', packageVersion: '1.2.11' }),
      expect.objectContaining({ id: 'CVE-2024-2222', severity: 'CRITICAL' }),
    ]);
    expect(result.severityCounts).toEqual({ HIGH: 1, CRITICAL: 1 });
    expect(result.polls).toBe(5);
    const polls = world.requests.slice(before).filter((r) => r.operation === 'DescribeImageScanFindings');
    expect(polls.map((r) => r.errorCode ?? r.status)).toEqual(['ScanNotFoundException', 'ScanNotFoundException', 200, 200, 200]);
  });

  test('enhanced findings are read as well; a scan that stays IN_PROGRESS past the deadline fails with ScanTimeoutError', async () => {
    await ecr.ensureRepository({ name: 'scan/slow', scanOnPush: true, immutableTags: false, encryption: { type: 'AES256' } });
    const digest = await buildAndPush('scan/slow', 'v1', 'slow');
    world.ecr.setScan('scan/slow', digest, {
      status: 'ACTIVE',
      type: 'enhanced',
      findings: [{ name: 'CVE-2025-0001', severity: 'MEDIUM', packageName: 'libc' }],
    });
    const enhanced = await ecr.waitForScan('scan/slow', digest, { timeoutMs: 30_000, signal: new AbortController().signal, minDelayMs: 10, maxDelayMs: 50 });
    expect(enhanced).toMatchObject({ status: 'ACTIVE', type: 'enhanced', findings: [{ id: 'CVE-2025-0001', severity: 'MEDIUM', packageName: 'libc' }] });

    world.ecr.setScan('scan/slow', digest, { status: 'IN_PROGRESS' });
    const waiting = ecr.waitForScan('scan/slow', digest, { timeoutMs: 300, signal: new AbortController().signal, minDelayMs: 10, maxDelayMs: 50 });
    await expect(waiting).rejects.toBeInstanceOf(ScanTimeoutError);
    await expect(waiting).rejects.toThrow(
      /Timed out after .* waiting for the vulnerability scan of scan\/slow@sha256:[a-f0-9]{64} \(last seen: Scan of .*: IN_PROGRESS\.\)/,
    );
  });

  test("a cancelled wait stops at once with CancelledError (the runner's SIGINT), not a timeout", async () => {
    await ecr.ensureRepository({ name: 'scan/cancel', scanOnPush: true, immutableTags: false, encryption: { type: 'AES256' } });
    const digest = await buildAndPush('scan/cancel', 'v1', 'cancel');
    world.ecr.setScan('scan/cancel', digest, { status: 'IN_PROGRESS' });
    const controller = new AbortController();
    const secondPoll = (async () => {
      await world.nextRequest({ operation: 'DescribeImageScanFindings' });
      await world.nextRequest({ operation: 'DescribeImageScanFindings' });
      controller.abort(new Error('cancelled by SIGINT'));
    })();
    const waiting = ecr.waitForScan('scan/cancel', digest, { timeoutMs: 600_000, signal: controller.signal, minDelayMs: 10, maxDelayMs: 20 });
    await expect(waiting).rejects.toBeInstanceOf(CancelledError);
    await secondPoll;
  });

  test('a throttled scan poll is waited out, not a failure', async () => {
    await ecr.ensureRepository({ name: 'scan/throttled', scanOnPush: true, immutableTags: false, encryption: { type: 'AES256' } });
    const digest = await buildAndPush('scan/throttled', 'v1', 'throttled');
    world.ecr.setScan('scan/throttled', '*', { status: 'COMPLETE', findings: [] });
    // More throttles than the SDK's own 3 attempts: the waiter's classifier must call them transient.
    world.faults.add({ service: 'ecr', operation: 'DescribeImageScanFindings', kind: 'throttle', count: 4 });
    const result = await ecr.waitForScan('scan/throttled', digest, { timeoutMs: 60_000, signal: new AbortController().signal, minDelayMs: 10, maxDelayMs: 50 });
    expect(result).toMatchObject({ status: 'COMPLETE', findings: [], severityCounts: {} });
  });
});
