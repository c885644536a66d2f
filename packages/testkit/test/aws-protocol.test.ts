// Request recognition and error shapes for every protocol the layer will front (no moto needed), and the
// guarantee that moto dies with the process that started it.
import { execFile, spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { freePort } from '../src/net.js';
import {
  startAwsWorld,
  awsStandardError as standardError,
  iamStringLike as stringLike,
  identifyAwsRequest as identify,
  renderAwsError as renderError,
} from '../src/aws/index.js';
import { supervisedMoto } from '../src/aws/moto-process.js';

const signed = (service: string, key = 'AKIAEXAMPLE000000001') => ({
  authorization: `AWS4-HMAC-SHA256 Credential=${key}/20261124/eu-west-1/${service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc`,
});

describe('identify', () => {
  it('reads JSON-protocol requests from the credential scope and X-Amz-Target', () => {
    const id = identify(
      'POST',
      '/',
      { ...signed('sagemaker'), 'x-amz-target': 'SageMaker.StartPipelineExecution', 'content-type': 'application/x-amz-json-1.1' },
      Buffer.from('{"PipelineName":"p"}'),
    );
    expect(id).toEqual({
      service: 'sagemaker',
      operation: 'StartPipelineExecution',
      protocol: 'json',
      region: 'eu-west-1',
      accessKeyId: 'AKIAEXAMPLE000000001',
      params: { PipelineName: 'p' },
    });
    const ecr = identify('POST', '/', { ...signed('ecr'), 'x-amz-target': 'AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken' }, Buffer.from('{}'));
    expect([ecr.service, ecr.operation, ecr.protocol]).toEqual(['ecr', 'GetAuthorizationToken', 'json']);
  });

  it('reads Query requests from the form Action, unsigned STS calls included', () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' };
    const unsigned = identify('POST', '/', form, Buffer.from('Action=AssumeRoleWithWebIdentity&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A1%3Arole%2Fr'));
    expect(unsigned).toMatchObject({ service: 'sts', operation: 'AssumeRoleWithWebIdentity', protocol: 'query', params: { RoleArn: 'arn:aws:iam::1:role/r' } });
    expect(unsigned.accessKeyId).toBeUndefined();
    const caller = identify('POST', '/', { ...form, ...signed('sts', 'ASIAEXAMPLE000000002') }, Buffer.from('Action=GetCallerIdentity&Version=2011-06-15'));
    expect(caller).toMatchObject({ service: 'sts', operation: 'GetCallerIdentity', accessKeyId: 'ASIAEXAMPLE000000002' });
  });

  it('routes REST-JSON (EKS) and REST-XML (S3, presigned URLs too) by method and path', () => {
    expect(identify('GET', '/clusters/prod', signed('eks'), Buffer.alloc(0)).operation).toBe('DescribeCluster');
    expect(identify('GET', '/clusters', signed('eks'), Buffer.alloc(0)).operation).toBe('ListClusters');
    expect(identify('PUT', '/models/churn/model.tar.gz', signed('s3'), Buffer.from('x')).operation).toBe('PutObject');
    expect(identify('GET', '/models?list-type=2&prefix=churn', signed('s3'), Buffer.alloc(0)).operation).toBe('ListObjectsV2');
    expect(identify('HEAD', '/models/a', signed('s3'), Buffer.alloc(0)).operation).toBe('HeadObject');
    const presigned = identify(
      'GET',
      '/models/a?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAPRESIGNED0000001%2F20261124%2Fus-east-1%2Fs3%2Faws4_request',
      {},
      Buffer.alloc(0),
    );
    expect(presigned).toMatchObject({ service: 's3', operation: 'GetObject', accessKeyId: 'AKIAPRESIGNED0000001', region: 'us-east-1' });
    expect(identify('GET', '/', {}, Buffer.alloc(0))).toMatchObject({ service: 'unknown', operation: 'Unknown' });
  });
});

describe('AWS-shaped errors', () => {
  it('JSON: status, x-amzn-ErrorType and {__type, message}', () => {
    const out = renderError('sagemaker', standardError('throttle', 'sagemaker'));
    expect(out.status).toBe(400);
    expect(out.headers['x-amzn-errortype']).toBe('ThrottlingException');
    expect(JSON.parse(out.body)).toEqual({ __type: 'ThrottlingException', message: 'Rate exceeded' });
  });

  it('Query: ErrorResponse XML with Type Sender/Receiver, Code, Message and RequestId', () => {
    const out = renderError('sts', standardError('expired-token', 'sts'));
    expect(out.status).toBe(403);
    expect(out.body).toMatch(
      /^<ErrorResponse xmlns="https:\/\/sts\.amazonaws\.com\/doc\/2011-06-15\/">\s*<Error>\s*<Type>Sender<\/Type>\s*<Code>ExpiredToken<\/Code>\s*<Message>The security token included in the request is expired<\/Message>\s*<\/Error>\s*<RequestId>[0-9a-f-]{36}<\/RequestId>\s*<\/ErrorResponse>/,
    );
    expect(renderError('sts', standardError('http500', 'sts')).body).toContain('<Type>Receiver</Type>');
  });

  it('REST-JSON and REST-XML (S3 has its own codes; HEAD answers carry no body)', () => {
    const eks = renderError(
      'eks',
      standardError('access-denied', 'eks', {
        principal: 'arn:aws:sts::1:assumed-role/r/s',
        action: 'eks:DescribeCluster',
        resource: 'arn:aws:eks:us-east-1:1:cluster/prod',
      }),
    );
    expect([eks.status, eks.headers['x-amzn-errortype']]).toEqual([403, 'AccessDeniedException']);
    expect(JSON.parse(eks.body).message).toMatch(
      /^User: arn:aws:sts::1:assumed-role\/r\/s is not authorized to perform: eks:DescribeCluster on resource: arn:aws:eks/,
    );
    const s3 = renderError('s3', standardError('throttle', 's3'));
    expect(s3.status).toBe(503);
    expect(s3.body).toContain('<Error><Code>SlowDown</Code>');
    expect(renderError('s3', standardError('http500', 's3'), 'HEAD').body).toBe('');
  });
});

describe('stringLike (IAM trust policy conditions)', () => {
  it.each([
    ['repo:octo-org/churn-model:*', 'repo:octo-org/churn-model:ref:refs/heads/main', true],
    ['repo:octo-org/churn-model:*', 'repo:octo-org/churn-model-fork:ref:refs/heads/main', false],
    ['repo:octo-org/*:environment:prod', 'repo:octo-org/churn-model:environment:prod', true],
    ['repo:octo-org/churn-model:ref:refs/heads/v?', 'repo:octo-org/churn-model:ref:refs/heads/v1', true],
    ['repo:octo-org/churn-model:ref:refs/heads/v?', 'repo:octo-org/churn-model:ref:refs/heads/v10', false],
    ['repo:Octo-Org/churn-model:*', 'repo:octo-org/churn-model:pull_request', false],
    ['repo:octo-org/churn.model:*', 'repo:octo-org/churnXmodel:x', false],
  ])('%s vs %s -> %s', (pattern, value, expected) => {
    expect(stringLike(pattern, value)).toBe(expected);
  });
});

describe('moto process', () => {
  it('fails fast and says so when moto cannot start', async () => {
    // "exited before answering", not the start-up timeout: the death is noticed on the next probe, not waited out.
    // (No wall-clock bound: on a loaded machine one would fail by chance.)
    await expect(startAwsWorld({ motoCommand: '/nonexistent/moto_server' })).rejects.toThrow(/moto_server exited before answering[\s\S]*not found/);
  });

  it('dies when the process that started it is SIGKILLed (no exit handler runs)', async () => {
    const port = await freePort();
    const how = supervisedMoto(port);
    // A bare Node parent launching moto exactly as startMoto does, then killed without warning.
    const parent = spawn(
      process.execPath,
      [
        '-e',
        `const h=JSON.parse(process.env.HOW);require('node:child_process').spawn(h.command,h.args,{stdio:['pipe','ignore','ignore'],env:{...process.env,...h.env}});setInterval(()=>{},1e3)`,
      ],
      { env: { ...process.env, HOW: JSON.stringify(how) }, stdio: 'ignore' },
    );
    const url = `http://127.0.0.1:${port}/moto-api/`;
    const answers = () =>
      fetch(url, { signal: AbortSignal.timeout(1000) }).then(
        () => true,
        () => false,
      );
    const deadline = Date.now() + 20_000;
    while (!(await answers())) {
      if (Date.now() > deadline) throw new Error('moto did not start');
      await new Promise((r) => setTimeout(r, 50));
    }
    parent.kill('SIGKILL');
    // Gone means the process, not just its port: look it up by its unique port (read-only pgrep).
    const alive = () => new Promise<boolean>((resolve) => execFile('pgrep', ['-f', `moto_server -H 127.0.0.1 -p ${port}$`], (error) => resolve(!error)));
    const gone = Date.now() + 10_000;
    while ((await answers()) || (await alive())) {
      if (Date.now() > gone) throw new Error('moto outlived its parent');
      await new Promise((r) => setTimeout(r, 50));
    }
  });
});
