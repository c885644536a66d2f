// The ECR world: real buildah builds, a real registry (Debian's docker-registry) behind the layer's
// GetAuthorizationToken, and the real ECR SDK seeing what was pushed.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BatchDeleteImageCommand,
  BatchGetImageCommand,
  CreateRepositoryCommand,
  DescribeImageScanFindingsCommand,
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  ListImagesCommand,
  PutImageCommand,
} from '@aws-sdk/client-ecr';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildahEnv, MEDIA_TYPES, RegistryHttpError, startAwsWorld, type AwsWorld, type BuildahSandbox } from '../src/index.js';

let world: AwsWorld;
let ecr: ECRClient;
let box: BuildahSandbox;

beforeAll(async () => {
  [world, box] = await Promise.all([startAwsWorld({ ecr: true }), buildahEnv()]);
  ecr = new ECRClient({ ...world.clientConfig(), maxAttempts: 1 });
});
afterAll(async () => {
  ecr?.destroy();
  await Promise.all([world?.close(), box?.close()]);
});

/** Builds a FROM scratch image whose content is `content`, tagged localhost/<name>; returns its local name. */
async function build(name: string, content: string, labels: Record<string, string> = {}): Promise<string> {
  const context = join(box.dir, 'contexts', name);
  await mkdir(context, { recursive: true });
  await writeFile(join(context, 'payload.txt'), content);
  await writeFile(join(context, 'Dockerfile'), 'FROM scratch\nCOPY payload.txt /payload.txt\n');
  const labelArgs = Object.entries(labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]);
  await box.ok(['bud', '--isolation', 'chroot', '--timestamp', '0', ...labelArgs, '-t', `localhost/${name}`, context]);
  return `localhost/${name}`;
}

/** Logs in with a password on stdin, as an action must. */
async function login(password: string): Promise<{ code: number | null; stderr: string }> {
  return box.run(['login', '--tls-verify=false', '--username', 'AWS', '--password-stdin', world.ecr.host], { stdin: password });
}

async function push(local: string, target: string): Promise<{ code: number | null; stderr: string; digest: string }> {
  const digestFile = join(box.dir, `digest-${Date.now()}-${Math.random()}`);
  const result = await box.run(['push', '--tls-verify=false', '--format', 'v2s2', '--digestfile', digestFile, local, `docker://${world.ecr.host}/${target}`]);
  const digest = result.code === 0 ? (await import('node:fs/promises')).readFile(digestFile, 'utf8') : Promise.resolve('');
  return { ...result, digest: (await digest).trim() };
}

async function token(): Promise<{ user: string; password: string; proxyEndpoint: string; expiresAt: Date }> {
  const answer = await ecr.send(new GetAuthorizationTokenCommand({}));
  const data = answer.authorizationData![0]!;
  const [user, password] = Buffer.from(data.authorizationToken!, 'base64').toString('utf8').split(/:(.*)/s) as [string, string];
  return { user, password, proxyEndpoint: data.proxyEndpoint!, expiresAt: data.expiresAt! };
}

describe('GetAuthorizationToken and the registry', () => {
  test('the token is AWS:<the password the registry requires>, the proxyEndpoint is the loopback registry, and it expires in 12 h', async () => {
    const t = await token();
    expect(t.user).toBe('AWS');
    expect(t.password).toBe(world.ecr.password());
    expect(t.proxyEndpoint).toBe(world.ecr.endpoint);
    expect(t.proxyEndpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(t.expiresAt.getTime() - Date.now()).toBeGreaterThan(11.9 * 3600_000);
    // The registry itself accepts exactly that user and password, and refuses anything else.
    await expect(world.ecr.client({ username: 'AWS', password: t.password }).ping()).resolves.toBeUndefined();
    await expect(world.ecr.client({ username: 'AWS', password: `${t.password}x` }).ping()).rejects.toMatchObject({ status: 401 });
    await expect(world.ecr.client({ username: 'aws', password: t.password }).ping()).rejects.toMatchObject({ status: 401 });
    await expect(world.ecr.client(null).ping()).rejects.toBeInstanceOf(RegistryHttpError);
  });

  test('a wrong password is refused by the registry itself (buildah login fails; the front only relayed it)', async () => {
    const before = world.ecr.registryRequests.length;
    const result = await login('not-the-password');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/invalid username\/password|unauthorized/i);
    const refused = world.ecr.registryRequests.slice(before).filter((r) => r.status === 401);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((r) => r.refusedBy === 'registry')).toBe(true);
  });

  test('a rotated password: the old token is refused from then on, a new GetAuthorizationToken works', async () => {
    const old = await token();
    await world.ecr.rotatePassword();
    await expect(world.ecr.client({ username: 'AWS', password: old.password }).ping()).rejects.toMatchObject({ status: 401 });
    const fresh = await token();
    expect(fresh.password).not.toBe(old.password);
    expect((await login(fresh.password)).code).toBe(0);
  });
});

describe('build with buildah, push with the ECR token, see it through the ECR API', () => {
  test('a FROM scratch image pushed as Docker v2 schema 2 is what DescribeImages/BatchGetImage/ListImages and the registry report', async () => {
    await ecr.send(
      new CreateRepositoryCommand({ repositoryName: 'team/serve', imageScanningConfiguration: { scanOnPush: true }, imageTagMutability: 'IMMUTABLE' }),
    );
    const described = await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['team/serve'] }));
    // repositoryUri names the registry the token points at (as in ECR, where it is the proxyEndpoint's host).
    expect(described.repositories![0]!.repositoryUri).toBe(`${world.ecr.host}/team/serve`);

    const local = await build('serve-a', 'model v1', { 'org.opencontainers.image.revision': 'abc123' });
    const t = await token();
    expect((await login(t.password)).code).toBe(0);
    const pushed = await push(local, 'team/serve:v1');
    expect(pushed.code, pushed.stderr).toBe(0);
    expect(pushed.digest).toMatch(/^sha256:[a-f0-9]{64}$/);

    const images = await ecr.send(new DescribeImagesCommand({ repositoryName: 'team/serve', imageIds: [{ imageTag: 'v1' }] }));
    const detail = images.imageDetails![0]!;
    expect(detail.imageDigest).toBe(pushed.digest);
    expect(detail.imageTags).toEqual(['v1']);
    expect(detail.imageManifestMediaType).toBe(MEDIA_TYPES.dockerManifest);
    expect(detail.artifactMediaType).toBe(MEDIA_TYPES.dockerConfig);
    expect(detail.imageSizeInBytes).toBeGreaterThan(0);
    expect(detail.imagePushedAt).toBeInstanceOf(Date);
    const byDigest = await ecr.send(new DescribeImagesCommand({ repositoryName: 'team/serve', imageIds: [{ imageDigest: pushed.digest }] }));
    expect(byDigest.imageDetails![0]!.imageTags).toEqual(['v1']);

    const got = await ecr.send(new BatchGetImageCommand({ repositoryName: 'team/serve', imageIds: [{ imageTag: 'v1' }, { imageTag: 'nope' }] }));
    expect(got.images![0]!.imageId).toEqual({ imageDigest: pushed.digest, imageTag: 'v1' });
    expect(got.images![0]!.imageManifestMediaType).toBe(MEDIA_TYPES.dockerManifest);
    expect(got.failures).toEqual([{ imageId: { imageTag: 'nope' }, failureCode: 'ImageNotFound', failureReason: 'Requested image not found' }]);
    expect((await ecr.send(new ListImagesCommand({ repositoryName: 'team/serve' }))).imageIds).toEqual([{ imageDigest: pushed.digest, imageTag: 'v1' }]);

    // Read back over the registry's HTTP API: same digest, same media type, the label is in the config.
    const view = await world.ecr.client().image('team/serve', 'v1');
    expect(view.manifest.digest).toBe(pushed.digest);
    expect(view.manifest.mediaType).toBe(MEDIA_TYPES.dockerManifest);
    expect(view.labels['org.opencontainers.image.revision']).toBe('abc123');
    expect(got.images![0]!.imageManifest).toBe(view.manifest.bytes.toString('utf8'));

    await expect(ecr.send(new DescribeImagesCommand({ repositoryName: 'team/serve', imageIds: [{ imageTag: 'v2' }] }))).rejects.toMatchObject({
      name: 'ImageNotFoundException',
    });
    await expect(ecr.send(new DescribeImagesCommand({ repositoryName: 'nope' }))).rejects.toMatchObject({ name: 'RepositoryNotFoundException' });
  });

  test('immutable tags: another image under an existing tag is refused (TAG_INVALID), the same image again is accepted', async () => {
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'immutable', imageTagMutability: 'IMMUTABLE' }));
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'mutable', imageTagMutability: 'MUTABLE' }));
    expect((await login((await token()).password)).code).toBe(0);
    const first = await build('imm-1', 'one');
    const second = await build('imm-2', 'two');
    const a = await push(first, 'immutable:1.0');
    expect(a.code, a.stderr).toBe(0);
    const again = await push(first, 'immutable:1.0');
    expect(again.code, again.stderr).toBe(0);
    expect(again.digest).toBe(a.digest);
    const other = await push(second, 'immutable:1.0');
    expect(other.code).not.toBe(0);
    expect(other.stderr).toContain(
      "The image tag '1.0' already exists in the 'immutable' repository and cannot be overwritten because the repository is immutable.",
    );
    expect(world.ecr.registryRequests.some((r) => r.code === 'TAG_INVALID' && r.refusedBy === 'front')).toBe(true);
    expect(await world.ecr.client().resolve('immutable', '1.0')).toBe(a.digest);
    // Without immutability the tag moves, and the first image stays (untagged), as in ECR.
    const m1 = await push(first, 'mutable:latest');
    const m2 = await push(second, 'mutable:latest');
    expect(m2.code, m2.stderr).toBe(0);
    const listed = await ecr.send(new DescribeImagesCommand({ repositoryName: 'mutable' }));
    expect(listed.imageDetails!.map((d) => [d.imageDigest, d.imageTags ?? []]).sort()).toEqual(
      [
        [m1.digest, []],
        [m2.digest, ['latest']],
      ].sort(),
    );
  });

  test('pushing to a repository ECR does not have is refused (NAME_UNKNOWN), as ECR does and a plain registry would not', async () => {
    expect((await login((await token()).password)).code).toBe(0);
    const local = await build('nowhere', 'x');
    const result = await push(local, 'does-not-exist:1');
    expect(result.code).not.toBe(0);
    expect(world.ecr.registryRequests.some((r) => r.repository === 'does-not-exist' && r.code === 'NAME_UNKNOWN')).toBe(true);
    expect(await world.ecr.registry.client().catalog()).not.toContain('does-not-exist');
  });

  test("an expired token is refused with ECR's message until a new GetAuthorizationToken", async () => {
    const t = await token();
    world.ecr.expireTokens();
    const res = await fetch(`${world.ecr.endpoint}/v2/`, { headers: { authorization: `Basic ${Buffer.from(`AWS:${t.password}`).toString('base64')}` } });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Your authorization token has expired. Reauthenticate and try again.');
    const fresh = await token();
    expect(fresh.password).not.toBe(t.password);
    expect((await login(fresh.password)).code).toBe(0);
  });
});

describe('PutImage and BatchDeleteImage through the API', () => {
  test("another tag for an image already there; ECR's refusals; deleting a tag keeps the image, deleting the digest removes it", async () => {
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'retag', imageTagMutability: 'IMMUTABLE' }));
    expect((await login((await token()).password)).code).toBe(0);
    const one = await push(await build('retag-1', 'one'), 'retag:v1');
    const two = await push(await build('retag-2', 'two'), 'retag:v2');
    expect([one.code, two.code]).toEqual([0, 0]);
    const manifest = (await ecr.send(new BatchGetImageCommand({ repositoryName: 'retag', imageIds: [{ imageTag: 'v1' }] }))).images![0]!.imageManifest!;

    const put = await ecr.send(new PutImageCommand({ repositoryName: 'retag', imageManifest: manifest, imageTag: 'model-3' }));
    expect(put.image?.imageId).toEqual({ imageDigest: one.digest, imageTag: 'model-3' });
    expect(await world.ecr.client().resolve('retag', 'model-3')).toBe(one.digest);
    const detail = (await ecr.send(new DescribeImagesCommand({ repositoryName: 'retag', imageIds: [{ imageDigest: one.digest }] }))).imageDetails![0]!;
    expect(detail.imageTags).toEqual(['model-3', 'v1']);

    await expect(ecr.send(new PutImageCommand({ repositoryName: 'retag', imageManifest: manifest, imageTag: 'model-3' }))).rejects.toMatchObject({
      name: 'ImageAlreadyExistsException',
    });
    await expect(ecr.send(new PutImageCommand({ repositoryName: 'retag', imageManifest: manifest, imageTag: 'v2' }))).rejects.toMatchObject({
      name: 'ImageTagAlreadyExistsException',
      message: "The image tag 'v2' already exists in the 'retag' repository and cannot be overwritten because the repository is immutable.",
    });
    await expect(
      ecr.send(new PutImageCommand({ repositoryName: 'retag', imageManifest: manifest, imageTag: 'x', imageDigest: two.digest })),
    ).rejects.toMatchObject({
      name: 'ImageDigestDoesNotMatchException',
    });
    // A manifest whose layers this repository does not have.
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'empty-repo' }));
    await expect(ecr.send(new PutImageCommand({ repositoryName: 'empty-repo', imageManifest: manifest, imageTag: 'v1' }))).rejects.toMatchObject({
      name: 'LayersNotFoundException',
    });

    const untag = await ecr.send(new BatchDeleteImageCommand({ repositoryName: 'retag', imageIds: [{ imageTag: 'model-3' }] }));
    expect(untag.imageIds).toEqual([{ imageDigest: one.digest, imageTag: 'model-3' }]);
    expect(
      (await ecr.send(new DescribeImagesCommand({ repositoryName: 'retag', imageIds: [{ imageDigest: one.digest }] }))).imageDetails![0]!.imageTags,
    ).toEqual(['v1']);
    const gone = await ecr.send(new BatchDeleteImageCommand({ repositoryName: 'retag', imageIds: [{ imageDigest: one.digest }, { imageTag: 'nope' }] }));
    expect(gone.imageIds).toEqual([{ imageDigest: one.digest }]);
    expect(gone.failures).toEqual([{ imageId: { imageTag: 'nope' }, failureCode: 'ImageNotFound', failureReason: 'Requested image not found' }]);
    expect((await ecr.send(new ListImagesCommand({ repositoryName: 'retag' }))).imageIds).toEqual([{ imageDigest: two.digest, imageTag: 'v2' }]);
  });
});

describe('registry faults', () => {
  test('an injected 503 on the manifest PUT fails the push before anything is stored; the next push goes through', async () => {
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'faulty' }));
    expect((await login((await token()).password)).code).toBe(0);
    const local = await build('faulty-1', 'faulty');
    world.ecr.registryFaults.add({ action: 'ecr:PutImage', kind: 'http503', count: 5 });
    const failed = await push(local, 'faulty:1');
    expect(failed.code).not.toBe(0);
    const faulted = world.ecr.registryRequests.filter((r) => r.repository === 'faulty' && r.fault === 'http503');
    expect(faulted.length).toBeGreaterThan(0);
    expect(faulted.every((r) => r.action === 'ecr:PutImage' && r.status === 503)).toBe(true);
    // buildah 1.28 does not retry a manifest PUT answered 503: one try, and the push fails.
    expect(faulted).toHaveLength(1);
    expect(await world.ecr.client().resolve('faulty', '1')).toBeUndefined();
    world.ecr.registryFaults.clear();
    const pushed = await push(local, 'faulty:1');
    expect(pushed.code, pushed.stderr).toBe(0);
    expect(await world.ecr.client().resolve('faulty', '1')).toBe(pushed.digest);
  });
});

describe('scans', () => {
  test('ScanNotFound until a scan is set, then the configured calls of not found and IN_PROGRESS, then the findings', async () => {
    await ecr.send(new CreateRepositoryCommand({ repositoryName: 'scanned', imageScanningConfiguration: { scanOnPush: true } }));
    expect((await login((await token()).password)).code).toBe(0);
    const pushed = await push(await build('scan-1', 'scan me'), 'scanned:1');
    expect(pushed.code, pushed.stderr).toBe(0);
    const describe = () => ecr.send(new DescribeImageScanFindingsCommand({ repositoryName: 'scanned', imageId: { imageDigest: pushed.digest } }));
    await expect(describe()).rejects.toMatchObject({ name: 'ScanNotFoundException' });
    world.ecr.setScan('scanned', '1', {
      status: 'COMPLETE',
      notFoundCalls: 1,
      inProgressCalls: 2,
      findings: [
        { name: 'CVE-2024-0001', severity: 'CRITICAL', packageName: 'openssl', packageVersion: '3.0.1' },
        { name: 'CVE-2024-0002', severity: 'LOW' },
      ],
    });
    await expect(describe()).rejects.toMatchObject({ name: 'ScanNotFoundException' });
    expect((await describe()).imageScanStatus?.status).toBe('IN_PROGRESS');
    expect((await describe()).imageScanStatus?.status).toBe('IN_PROGRESS');
    const done = await describe();
    expect(done.imageScanStatus?.status).toBe('COMPLETE');
    expect(done.imageScanFindings?.findingSeverityCounts).toEqual({ CRITICAL: 1, LOW: 1 });
    expect(done.imageScanFindings?.findings?.map((f) => [f.name, f.severity])).toEqual([
      ['CVE-2024-0001', 'CRITICAL'],
      ['CVE-2024-0002', 'LOW'],
    ]);
    const detail = (await ecr.send(new DescribeImagesCommand({ repositoryName: 'scanned', imageIds: [{ imageTag: '1' }] }))).imageDetails![0]!;
    expect(detail.imageScanStatus?.status).toBe('COMPLETE');
    expect(detail.imageScanFindingsSummary?.findingSeverityCounts).toEqual({ CRITICAL: 1, LOW: 1 });
  });
});

describe('registries of other accounts and regions (world.ecr.addRegistry)', () => {
  test("GetAuthorizationToken answers each registry's own endpoint and password: by registryIds, by the assumed role's account, by region", async () => {
    const { AssumeRoleCommand, STSClient } = await import('@aws-sdk/client-sts');
    const other = await world.ecr.addRegistry({ accountId: '210987654321', region: world.region });
    const west = await world.ecr.addRegistry({ accountId: world.accountId, region: 'eu-west-1' });
    expect(await world.ecr.addRegistry({ accountId: '210987654321', region: world.region })).toMatchObject({ endpoint: other.endpoint });
    const decode = (token: string | undefined) => Buffer.from(token ?? '', 'base64').toString('utf8');

    // The world's account, asking for both accounts' registries in us-east-1: each its own.
    const both = await ecr.send(new GetAuthorizationTokenCommand({ registryIds: [world.accountId, '210987654321'] }));
    expect(both.authorizationData?.map((d) => d.proxyEndpoint)).toEqual([world.ecr.endpoint, other.endpoint]);
    expect(both.authorizationData?.map((d) => decode(d.authorizationToken))).toEqual([`AWS:${world.ecr.password()}`, `AWS:${other.password()}`]);

    // In eu-west-1, the world's account gets that region's registry.
    const westClient = new ECRClient({ ...world.clientConfig(), region: 'eu-west-1', maxAttempts: 1 });
    const inWest = await westClient.send(new GetAuthorizationTokenCommand({}));
    westClient.destroy();
    expect(inWest.authorizationData?.map((d) => d.proxyEndpoint)).toEqual([west.endpoint]);
    expect(decode(inWest.authorizationData?.[0]?.authorizationToken)).toBe(`AWS:${west.password()}`);

    // Credentials of a role in the other account (moto: AssumeRole into that account): no registryIds means that account.
    const sts = new STSClient({ ...world.clientConfig(), maxAttempts: 1 });
    const assumed = await sts.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::210987654321:role/ecr-puller', RoleSessionName: 'test' }));
    sts.destroy();
    expect(assumed.AssumedRoleUser?.Arn).toMatch(/^arn:aws:sts::210987654321:assumed-role\/ecr-puller\//);
    const asOther = new ECRClient({
      ...world.clientConfig({
        accessKeyId: assumed.Credentials!.AccessKeyId!,
        secretAccessKey: assumed.Credentials!.SecretAccessKey!,
        sessionToken: assumed.Credentials!.SessionToken!,
      }),
      maxAttempts: 1,
    });
    const own = await asOther.send(new GetAuthorizationTokenCommand({}));
    expect(own.authorizationData?.map((d) => d.proxyEndpoint)).toEqual([other.endpoint]);
    // Its repositories live in its account in moto; the world's account does not see them.
    await asOther.send(new CreateRepositoryCommand({ repositoryName: 'platform/shared-base' }));
    const listed = await asOther.send(new DescribeRepositoriesCommand({ repositoryNames: ['platform/shared-base'] }));
    expect(listed.repositories?.[0]).toMatchObject({ registryId: '210987654321', repositoryUri: `${other.host}/platform/shared-base` });
    asOther.destroy();
    await expect(ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['platform/shared-base'] }))).rejects.toMatchObject({
      name: 'RepositoryNotFoundException',
    });
    // Its front serves it with its own password only: the world's password is refused there.
    await expect(other.client({ username: 'AWS', password: world.ecr.password() }).tags('platform/shared-base')).rejects.toThrow(/401/);
  });
});
