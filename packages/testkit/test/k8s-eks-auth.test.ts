// EKS access to the k8s world: DescribeCluster (moto + the layer) gives this server's endpoint and CA, and the
// bearer token must be a real EKS token for this cluster, signed with keys the AWS world issued.
import { DescribeClusterCommand, EKSClient } from '@aws-sdk/client-eks';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { AppsV1Api, KubeConfig, type ApiException } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAwsWorld, type AwsWorld } from '../src/aws/index.js';
import { presignEksToken, startK8sWorld, type K8sWorld } from '../src/k8s/index.js';

let aws: AwsWorld;
let world: K8sWorld;

beforeAll(async () => {
  aws = await startAwsWorld();
  world = await startK8sWorld({ aws, clusterName: 'ml-prod' });
  await world.registerInAws();
  world.apply({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default' },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'app', image: 'repo/web:1' }] } },
    },
  });
});
afterAll(async () => {
  await world?.close();
  await aws?.close();
});

function client(server: string, caData: string, token: string): AppsV1Api {
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [{ name: 'c', server, caData }],
    users: [{ name: 'u', token }],
    contexts: [{ name: 'x', cluster: 'c', user: 'u' }],
    currentContext: 'x',
  });
  return kc.makeApiClient(AppsV1Api);
}

const statusOf = (p: Promise<unknown>) =>
  p.then(
    () => 200,
    (e: ApiException<string>) => e.code,
  );

describe('EKS authentication', () => {
  it('DescribeCluster answers the world endpoint and CA; a token presigned for the cluster reads the Deployment', async () => {
    const eks = new EKSClient(aws.clientConfig());
    const { cluster } = await eks.send(new DescribeClusterCommand({ name: 'ml-prod' }));
    eks.destroy();
    expect(cluster).toMatchObject({ name: 'ml-prod', status: 'ACTIVE', endpoint: world.server, certificateAuthority: { data: world.caData } });
    const creds = { accessKeyId: aws.staticCredentials().AWS_ACCESS_KEY_ID, secretAccessKey: aws.staticCredentials().AWS_SECRET_ACCESS_KEY };
    const token = await presignEksToken({ clusterName: 'ml-prod', region: aws.region, credentials: creds });
    const d = await client(cluster!.endpoint!, cluster!.certificateAuthority!.data!, token).readNamespacedDeployment({ name: 'web', namespace: 'default' });
    expect(d.metadata?.name).toBe('web');
    expect(world.requests.at(-1)).toMatchObject({ verb: 'get', resource: 'deployments', status: 200, user: 'arn:aws:sts::123456789012:user/moto' });
  });

  it('an assumed-role session authenticates as its assumed-role ARN; access.deny turns it into 403 with the RBAC wording', async () => {
    const sts = new STSClient(aws.clientConfig());
    const out = await sts.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::123456789012:role/gh-deploy', RoleSessionName: 'run-42' }));
    sts.destroy();
    const c = out.Credentials!;
    const token = await presignEksToken({
      clusterName: 'ml-prod',
      region: aws.region,
      credentials: { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken! },
    });
    const api = client(world.server, world.caData, token);
    await api.readNamespacedDeployment({ name: 'web', namespace: 'default' });
    expect(world.requests.at(-1)!.user).toBe('arn:aws:sts::123456789012:assumed-role/gh-deploy/run-42');
    world.access.deny('assumed-role/gh-deploy/', 403, ['patch']);
    try {
      const error = await api
        .patchNamespacedDeployment({ name: 'web', namespace: 'default', body: [{ op: 'replace', path: '/spec/replicas', value: 2 }] })
        .then(
          () => undefined,
          (e: ApiException<string>) => e,
        );
      expect(error?.code).toBe(403);
      expect(JSON.parse(error!.body)).toMatchObject({
        reason: 'Forbidden',
        message:
          'deployments.apps "web" is forbidden: User "arn:aws:sts::123456789012:assumed-role/gh-deploy/run-42" cannot patch resource "deployments" in API group "apps" in the namespace "default"',
      });
    } finally {
      world.access.clear();
    }
  });

  it('refuses with 401: another cluster name, x-k8s-aws-id not signed, unknown key, a token older than 15 minutes, no token', async () => {
    const creds = { accessKeyId: aws.staticCredentials().AWS_ACCESS_KEY_ID, secretAccessKey: aws.staticCredentials().AWS_SECRET_ACCESS_KEY };
    const read = (token: string) => statusOf(client(world.server, world.caData, token).readNamespacedDeployment({ name: 'web', namespace: 'default' }));
    const refused = async (token: string, reason: RegExp) => {
      const before = world.authFailures.length;
      expect(await read(token)).toBe(401);
      expect(world.authFailures.slice(before).at(-1)?.reason).toMatch(reason);
    };
    await refused(await presignEksToken({ clusterName: 'ml-staging', region: aws.region, credentials: creds }), /SignatureDoesNotMatch/);
    await refused(
      await presignEksToken({ clusterName: 'ml-prod', region: aws.region, credentials: creds, unsignedClusterHeader: true }),
      /did not sign the x-k8s-aws-id header/,
    );
    await refused(
      await presignEksToken({ clusterName: 'ml-prod', region: aws.region, credentials: { ...creds, accessKeyId: 'AKIAUNKNOWN000000000' } }),
      /InvalidClientTokenId/,
    );
    await refused(
      await presignEksToken({ clusterName: 'ml-prod', region: aws.region, credentials: { ...creds, secretAccessKey: 'wrong' } }),
      /SignatureDoesNotMatch/,
    );
    await refused(await presignEksToken({ clusterName: 'ml-prod', region: aws.region, credentials: creds, expiresIn: 900 }), /X-Amz-Expires must be 60/);
    const old = await presignEksToken({ clusterName: 'ml-prod', region: aws.region, credentials: creds, date: new Date(world.clock.now() - 16 * 60 * 1000) });
    await refused(old, /expired \(15 minute expiration\)/);
    // The same token is fine while it is younger than 15 minutes, by the world's clock.
    const fresh = await presignEksToken({ clusterName: 'ml-prod', region: aws.region, credentials: creds });
    expect(await read(fresh)).toBe(200);
    world.clock.advance(15 * 60 * 1000 + 1000, 60_000);
    await refused(fresh, /expired/);
    await refused('k8s-aws-v1.not-a-url', /not properly formatted/);
    const anonymous = await fetch(`${world.server}/apis/apps/v1/namespaces/default/deployments/web`).catch(() => undefined);
    expect(anonymous).toBeUndefined(); // the CA is not trusted by fetch: the server is really HTTPS with its own CA
  });

  it('tokenMaxAgeMs: a world whose tokens live shorter, for tests of token refresh during long waits', async () => {
    const short = await startK8sWorld({ aws, clusterName: 'ml-prod', clock: 'manual', tokenMaxAgeMs: 5_000 });
    try {
      const creds = { accessKeyId: aws.staticCredentials().AWS_ACCESS_KEY_ID, secretAccessKey: aws.staticCredentials().AWS_SECRET_ACCESS_KEY };
      const token = await presignEksToken({ clusterName: 'ml-prod', region: aws.region, credentials: creds, date: new Date(short.clock.now()) });
      const api = client(short.server, short.caData, token);
      expect(await statusOf(api.listNamespacedDeployment({ namespace: 'default' }))).toBe(200);
      // The caller identity is cached per token; the age is still checked on every request.
      expect(await statusOf(api.listNamespacedDeployment({ namespace: 'default' }))).toBe(200);
      short.clock.advance(6_000);
      expect(await statusOf(api.listNamespacedDeployment({ namespace: 'default' }))).toBe(401);
      expect(short.authFailures.at(-1)?.reason).toMatch(/expired/);
    } finally {
      await short.close();
    }
  });
});
