// EKS access: DescribeCluster against moto (through the AWS world), and the token, decoded and its signature
// recomputed here from the SigV4 specification (not with the signer that made it).
import { createHash, createHmac } from 'node:crypto';
import { CreateClusterCommand, EKSClient } from '@aws-sdk/client-eks';
import { startAwsWorld, type AwsWorld } from '@mlops-actions/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accessPrincipal, describeEksCluster, eksAccessHint, eksClusterAccess, eksToken } from '../src/aws/eks.js';
import { AwsSession } from '../src/aws/session.js';

const CREDS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: 'session/token+value=' };

function decode(token: string): URL {
  expect(token.startsWith('k8s-aws-v1.')).toBe(true);
  const encoded = token.slice('k8s-aws-v1.'.length);
  expect(encoded).not.toMatch(/[=+/]/); // base64url without padding
  return new URL(Buffer.from(encoded, 'base64url').toString('utf8'));
}

/** SigV4 of a presigned GET, from the specification (the payload hash of an empty body, as STS checks it). */
function expectedSignature(url: URL, headers: Record<string, string>, secret: string): string {
  const params = [...url.searchParams.entries()].filter(([k]) => k !== 'X-Amz-Signature');
  const enc = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const query = params
    .map(([k, v]) => [enc(k), enc(v)] as const)
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const signed = url.searchParams.get('X-Amz-SignedHeaders')!.split(';');
  const canonicalHeaders = signed.map((h) => `${h}:${headers[h]!.trim()}\n`).join('');
  const canonical = ['GET', '/', query, canonicalHeaders, signed.join(';'), createHash('sha256').update('').digest('hex')].join('\n');
  const [, date, region, service] = url.searchParams.get('X-Amz-Credential')!.split('/');
  const amzDate = url.searchParams.get('X-Amz-Date')!;
  const scope = `${date}/${region}/${service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, createHash('sha256').update(canonical).digest('hex')].join('\n');
  let key: Buffer = createHmac('sha256', `AWS4${secret}`).update(date!).digest();
  for (const part of [region!, service!, 'aws4_request']) key = createHmac('sha256', key).update(part).digest();
  return createHmac('sha256', key).update(toSign).digest('hex');
}

describe('EKS token', () => {
  test('is a presigned STS GetCallerIdentity for 60 s with x-k8s-aws-id signed, and the signature checks out', async () => {
    const at = new Date('2026-12-02T10:00:00Z');
    const url = decode(await eksToken(CREDS, 'eu-west-1', 'prod-cluster', at));
    expect(url.origin).toBe('https://sts.eu-west-1.amazonaws.com');
    expect(url.pathname).toBe('/');
    const q = url.searchParams;
    expect(q.get('Action')).toBe('GetCallerIdentity');
    expect(q.get('Version')).toBe('2011-06-15');
    expect(q.get('X-Amz-Algorithm')).toBe('AWS4-HMAC-SHA256');
    expect(q.get('X-Amz-Expires')).toBe('60');
    expect(q.get('X-Amz-Date')).toBe('20261202T100000Z');
    expect(q.get('X-Amz-Credential')).toBe('AKIDEXAMPLE/20261202/eu-west-1/sts/aws4_request');
    expect(q.get('X-Amz-SignedHeaders')).toBe('host;x-k8s-aws-id');
    expect(q.get('X-Amz-Security-Token')).toBe(CREDS.sessionToken);
    const headers = { host: 'sts.eu-west-1.amazonaws.com', 'x-k8s-aws-id': 'prod-cluster' };
    expect(q.get('X-Amz-Signature')).toBe(expectedSignature(url, headers, CREDS.secretAccessKey));
    // Signed for this cluster only: another cluster name gives another signature.
    expect(q.get('X-Amz-Signature')).not.toBe(expectedSignature(url, { ...headers, 'x-k8s-aws-id': 'other' }, CREDS.secretAccessKey));
  });

  test('China regions sign for their partition host', async () => {
    expect(decode(await eksToken(CREDS, 'cn-north-1', 'c')).host).toBe('sts.cn-north-1.amazonaws.com.cn');
  });

  test('the principal named in hints is the role behind an assumed-role session', () => {
    expect(accessPrincipal('arn:aws:sts::123456789012:assumed-role/github-deploy/gha-run-1')).toBe('arn:aws:iam::123456789012:role/github-deploy');
    expect(accessPrincipal('arn:aws:iam::123456789012:user/ci')).toBe('arn:aws:iam::123456789012:user/ci');
    expect(eksAccessHint({ name: 'prod', authenticationMode: 'API' }, 'arn:aws:iam::1:role/r')).toMatch(
      /access entries only: aws eks create-access-entry --cluster-name prod --principal-arn arn:aws:iam::1:role\/r/,
    );
    expect(eksAccessHint({ name: 'prod', authenticationMode: 'CONFIG_MAP' })).toMatch(/aws-auth ConfigMap only/);
  });
});

describe('DescribeCluster (moto)', () => {
  let aws: AwsWorld;
  let session: AwsSession;
  const env = { ...process.env };
  beforeAll(async () => {
    aws = await startAwsWorld();
    Object.assign(process.env, aws.env(), aws.staticCredentials());
    session = await AwsSession.open({
      action: 'test',
      version: '0',
      region: aws.region,
      audience: 'sts.amazonaws.com',
      sessionName: 's',
      durationSeconds: 3600,
      maxAttempts: 2,
    });
    const eks = new EKSClient(aws.clientConfig());
    await eks.send(new CreateClusterCommand({ name: 'staging', roleArn: 'arn:aws:iam::123456789012:role/eks', resourcesVpcConfig: { subnetIds: [] } }));
  });
  afterAll(async () => {
    session?.close();
    process.env = env;
    await aws?.close();
  });

  test('endpoint, CA and status of an ACTIVE cluster', async () => {
    const cluster = await describeEksCluster(session, 'staging');
    expect(cluster.status).toBe('ACTIVE');
    expect(cluster.endpoint).toMatch(/^https:\/\//);
    expect(cluster.caData.length).toBeGreaterThan(0);
  });

  test('a missing cluster is one clear error naming the region', async () => {
    await expect(describeEksCluster(session, 'nope')).rejects.toThrow(`EKS cluster 'nope' does not exist in region ${aws.region}.`);
  });

  test('tokens are reused for 14 minutes, then made again; invalidate() forces a new one', async () => {
    let now = Date.parse('2026-12-02T10:00:00Z');
    const access = eksClusterAccess(session, await describeEksCluster(session, 'staging'), { now: () => now });
    const first = await access.token();
    now += 13 * 60_000;
    expect(await access.token()).toBe(first);
    now += 60_000;
    const second = await access.token();
    expect(second).not.toBe(first);
    expect(decode(second).searchParams.get('X-Amz-Date')).toBe('20261202T101400Z');
    access.invalidate?.();
    now += 1_000;
    expect(await access.token()).not.toBe(second);
  });
});
