// IAM in the ECR world: ECR API calls are checked like every other call of the code under test, and registry
// requests (which do not go through the AWS API) are checked by the registry front against the principal that
// asked for the registry password, per the IAM action ECR maps each one to.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CreateRepositoryCommand, DescribeImagesCommand, ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildahEnv, startAwsWorld, type AwsWorld, type BuildahSandbox } from '../src/index.js';

let world: AwsWorld;
let box: BuildahSandbox;
const clients: { destroy(): void }[] = [];

const REPO = 'arn:aws:ecr:us-east-1:123456789012:repository/iam/serve';
const PUSH = ['ecr:BatchCheckLayerAvailability', 'ecr:InitiateLayerUpload', 'ecr:UploadLayerPart', 'ecr:CompleteLayerUpload', 'ecr:PutImage'];

beforeAll(async () => {
  [world, box] = await Promise.all([startAwsWorld({ ecr: true, enforceIam: true }), buildahEnv()]);
  await world.ecr.api.send(new CreateRepositoryCommand({ repositoryName: 'iam/serve' }));
  const context = join(box.dir, 'ctx');
  await mkdir(context);
  await writeFile(join(context, 'Dockerfile'), 'FROM scratch\nCOPY Dockerfile /Dockerfile\n');
  await box.ok(['bud', '--isolation', 'chroot', '-t', 'localhost/iam:1', context]);
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await Promise.all([world?.close(), box?.close()]);
});

/** A role with these ECR permissions, and an ECR client signed with its session keys. */
async function roleClient(name: string, statements: object[]): Promise<ECRClient> {
  const roleArn = await world.iam.createRole({
    name,
    trustPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'sts:AssumeRole' }] },
    policies: { ecr: { Version: '2012-10-17', Statement: statements } },
  });
  const sts = new STSClient(world.clientConfig());
  clients.push(sts);
  const { Credentials } = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: name }));
  const ecr = new ECRClient({
    ...world.clientConfig({ accessKeyId: Credentials!.AccessKeyId!, secretAccessKey: Credentials!.SecretAccessKey!, sessionToken: Credentials!.SessionToken! }),
    maxAttempts: 1,
  });
  clients.push(ecr);
  return ecr;
}

async function loginAndPush(ecr: ECRClient, tag: string): Promise<{ code: number | null; stderr: string }> {
  const data = (await ecr.send(new GetAuthorizationTokenCommand({}))).authorizationData![0]!;
  const password = Buffer.from(data.authorizationToken!, 'base64').toString('utf8').slice('AWS:'.length);
  await box.ok(['login', '--tls-verify=false', '--username', 'AWS', '--password-stdin', world.ecr.host], { stdin: password });
  return box.run(['push', '--tls-verify=false', '--format', 'v2s2', 'localhost/iam:1', `docker://${world.ecr.host}/iam/serve:${tag}`]);
}

test('a role with GetAuthorizationToken and the push actions on the repository pushes; its registry requests were each authorised', async () => {
  const ecr = await roleClient('pusher', [
    { Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' },
    { Effect: 'Allow', Action: [...PUSH, 'ecr:DescribeImages'], Resource: REPO },
  ]);
  const before = world.ecr.registryRequests.length;
  const pushed = await loginAndPush(ecr, 'ok');
  expect(pushed.code, pushed.stderr).toBe(0);
  const actions = new Set(world.ecr.registryRequests.slice(before).map((r) => r.action));
  for (const action of ['ecr:BatchCheckLayerAvailability', 'ecr:InitiateLayerUpload', 'ecr:PutImage']) expect(actions).toContain(action);
  expect((await ecr.send(new DescribeImagesCommand({ repositoryName: 'iam/serve', imageIds: [{ imageTag: 'ok' }] }))).imageDetails).toHaveLength(1);
});

test('without ecr:PutImage the layers go up but the manifest is refused (403 DENIED naming the action and the repository)', async () => {
  const ecr = await roleClient('no-put-image', [
    { Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' },
    { Effect: 'Allow', Action: PUSH.filter((a) => a !== 'ecr:PutImage'), Resource: REPO },
  ]);
  const before = world.ecr.registryRequests.length;
  const pushed = await loginAndPush(ecr, 'denied');
  expect(pushed.code).not.toBe(0);
  const denied = world.ecr.registryRequests.slice(before).filter((r) => r.code === 'DENIED');
  expect(denied.length).toBeGreaterThan(0);
  expect(denied.every((r) => r.action === 'ecr:PutImage' && r.refusedBy === 'front')).toBe(true);
  expect(pushed.stderr).toContain(`is not authorized to perform: ecr:PutImage on resource: ${REPO}`);
  expect(await world.ecr.client().resolve('iam/serve', 'denied')).toBeUndefined();
});

test('the ECR API calls themselves are checked: no ecr:GetAuthorizationToken, no password', async () => {
  const ecr = await roleClient('no-token', [{ Effect: 'Allow', Action: PUSH, Resource: REPO }]);
  await expect(ecr.send(new GetAuthorizationTokenCommand({}))).rejects.toMatchObject({
    name: 'AccessDeniedException',
    message: expect.stringContaining('ecr:GetAuthorizationToken'),
  });
  await expect(ecr.send(new DescribeImagesCommand({ repositoryName: 'iam/serve' }))).rejects.toMatchObject({ name: 'AccessDeniedException' });
});
