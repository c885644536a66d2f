// Pure logic of @mlops-actions/shared/aws/ecr, and how the shared classifier reads what the real ECR SDK throws for
// ECR's answers (a local server answers as ECR would). The module against a real registry: testkit/test/ecr-shared.test.ts.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DescribeImageScanFindingsCommand, ECRClient } from '@aws-sdk/client-ecr';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { classifyAwsFailure, describeAwsError, isNotFound } from '@mlops-actions/shared/aws';
import { isValidRepositoryName, parseProxyEndpoint, severityRank } from '@mlops-actions/shared/aws/ecr';
import { ActionError } from '@mlops-actions/shared/runtime';

describe('parseProxyEndpoint: TLS everywhere except a loopback test registry on an explicit port', () => {
  test.each([
    ['https://123456789012.dkr.ecr.eu-west-1.amazonaws.com', '123456789012.dkr.ecr.eu-west-1.amazonaws.com', false],
    ['https://123456789012.dkr.ecr.eu-west-1.amazonaws.com/', '123456789012.dkr.ecr.eu-west-1.amazonaws.com', false],
    ['http://127.0.0.1:5000', '127.0.0.1:5000', true],
    ['http://localhost:41234/', 'localhost:41234', true],
  ])('%s is accepted', (endpoint, registry, plainHttp) => {
    expect(parseProxyEndpoint(endpoint)).toEqual({ registry, plainHttp });
  });

  test.each([
    'http://123456789012.dkr.ecr.eu-west-1.amazonaws.com',
    'http://127.0.0.1',
    'http://localhost',
    'http://127.0.0.2:5000',
    'http://10.0.0.5:5000',
    'http://[::1]:5000',
    'http://127.0.0.1.nip.io:5000',
    'http://localhost.evil.example:5000',
    'http://user:pw@127.0.0.1:5000',
    'http://127.0.0.1:5000/v2/',
    'ftp://127.0.0.1:5000',
    'not a url',
    '',
  ])('%s is refused', (endpoint) => {
    expect(() => parseProxyEndpoint(endpoint)).toThrow(ActionError);
  });

  test('the refusal says why, and never echoes a long value whole', () => {
    expect(() => parseProxyEndpoint('http://registry.example:5000')).toThrow(
      "Refusing the registry endpoint 'http://registry.example:5000': the registry password would be sent without TLS.",
    );
    try {
      parseProxyEndpoint(`http://${'a'.repeat(500)}.example`);
    } catch (error) {
      expect((error as Error).message.length).toBeLessThan(300);
    }
  });
});

test('repository names follow ECR: lower case, separators, namespaces, 2-256 characters', () => {
  for (const ok of ['serve', 'team/serve', 'a.b_c-d/e', 'ab', `${'a'.repeat(256)}`]) expect(isValidRepositoryName(ok)).toBe(true);
  for (const bad of ['Serve', 'team//serve', '/serve', 'serve/', 'a', '-serve', 'serve-', 'a..b', 'se rve', `${'a'.repeat(257)}`, 'team/Serve'])
    expect(isValidRepositoryName(bad)).toBe(false);
});

test('severity ranks, lowest first; UNDEFINED and UNTRIAGED rank as informational', () => {
  expect(['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'].map(severityRank)).toEqual([0, 1, 2, 3, 4]);
  expect(severityRank('critical')).toBe(4);
  expect(severityRank('UNDEFINED')).toBe(0);
  expect(severityRank('UNTRIAGED')).toBe(0);
});

describe('the shared classifier on what the ECR SDK throws', () => {
  let answer: { status: number; code: string; message: string };
  let server: Server;
  let client: ECRClient;
  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const body = JSON.stringify({ __type: answer.code, message: answer.message });
        res.writeHead(answer.status, {
          'content-type': 'application/x-amz-json-1.1',
          'x-amzn-errortype': answer.code,
          'content-length': Buffer.byteLength(body),
        });
        res.end(body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    client = new ECRClient({
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

  async function errorFor(status: number, code: string, message = 'm'): Promise<unknown> {
    answer = { status, code, message };
    try {
      await client.send(new DescribeImageScanFindingsCommand({ repositoryName: 'r', imageId: { imageTag: 't' } }));
    } catch (error) {
      return error;
    }
    throw new Error('the call succeeded');
  }

  test.each([
    [400, 'ThrottlingException', 'transient'],
    [500, 'ServerException', 'transient'],
    [400, 'ExpiredTokenException', 'renew-credentials'],
    [400, 'LimitExceededException', 'fatal'],
    [400, 'RepositoryNotFoundException', 'fatal'],
    [400, 'ScanNotFoundException', 'fatal'],
    [400, 'AccessDeniedException', 'fatal'],
  ])('HTTP %s %s is %s', async (status, code, kind) => {
    expect(classifyAwsFailure(await errorFor(status, code))).toEqual({ kind, label: code });
  });

  test('RepositoryNotFound, ImageNotFound and LifecyclePolicyNotFound are "not found"; ScanNotFound is not (the scan is still to come)', async () => {
    for (const code of ['RepositoryNotFoundException', 'ImageNotFoundException', 'LifecyclePolicyNotFoundException'])
      expect(isNotFound(await errorFor(400, code))).toBe(true);
    expect(isNotFound(await errorFor(400, 'ScanNotFoundException'))).toBe(false);
  });

  test('ECR failures carry a hint that says what to do', async () => {
    const immutable = describeAwsError(await errorFor(400, 'ImageTagAlreadyExistsException', "Image tag 'v1' already exists"), {
      action: 'ecr:PutImage',
      resource: 'r:v1',
    });
    expect(immutable.report()).toContain('immutable tags');
    const missing = describeAwsError(await errorFor(400, 'RepositoryNotFoundException'), { action: 'ecr:DescribeImages', resource: 'r' });
    expect(missing.hint).toContain('ECR has no such repository');
  });
});
