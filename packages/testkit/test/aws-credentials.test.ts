// OIDC trust (AssumeRoleWithWebIdentity checked like IAM) and credential expiry, through the real SDK.
import { ListPipelinesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { execFile } from 'node:child_process';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { HARNESS_ACCESS_KEY_ID, STATIC_ACCESS_KEY_ID, startAwsWorld, type AwsWorld } from '../src/aws/index.js';

const ISSUER = 'https://token.actions.githubusercontent.com';
const ROLE = 'arn:aws:iam::123456789012:role/github-churn-deploy';
const SUB = 'repo:octo-org/churn-model:ref:refs/heads/main';

function rsaKey(kid: string): { privateKey: KeyObject; jwk: object } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKey, jwk: { ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' } };
}

/** A GitHub-Actions-shaped ID token, RS256-signed with node:crypto. */
function jwt(privateKey: KeyObject, kid: string, claims: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const body = { iss: ISSUER, aud: 'sts.amazonaws.com', sub: SUB, repository: 'octo-org/churn-model', iat: now, nbf: now - 5, exp: now + 300, ...claims };
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const signed = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part(body)}`;
  return `${signed}.${sign('RSA-SHA256', Buffer.from(signed), privateKey).toString('base64url')}`;
}

let world: AwsWorld;
let sts: STSClient; // unsigned calls only (AssumeRoleWithWebIdentity needs no credentials)
const github = rsaKey('gh-key-1');
const impostor = rsaKey('gh-key-1'); // same kid, different key: a forged signature

const assume = (token: string, roleArn = ROLE) =>
  sts.send(new AssumeRoleWithWebIdentityCommand({ RoleArn: roleArn, RoleSessionName: 'gha-run-42', WebIdentityToken: token }));

function clientsFor(creds: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string }) {
  const credentials = { accessKeyId: creds.AccessKeyId!, secretAccessKey: creds.SecretAccessKey!, sessionToken: creds.SessionToken };
  return {
    sm: new SageMakerClient({ ...world.clientConfig(credentials), maxAttempts: 1 }),
    sts: new STSClient({ ...world.clientConfig(credentials), maxAttempts: 1 }),
  };
}

beforeAll(async () => {
  world = await startAwsWorld();
  sts = new STSClient({ endpoint: world.endpoint, region: world.region, maxAttempts: 1 });
  world.trustWebIdentity({
    roleArn: ROLE,
    jwks: { keys: [github.jwk] },
    issuer: ISSUER,
    audience: 'sts.amazonaws.com',
    subjects: ['repo:octo-org/churn-model:*'],
  });
});

afterAll(async () => {
  sts?.destroy();
  await world?.close();
});

describe('local AWS world: web identity trust', () => {
  it('a valid token for a trusted subject gets credentials, and calls made with them are attributed to the assumed role', async () => {
    const out = await assume(jwt(github.privateKey, 'gh-key-1'));
    expect(out.AssumedRoleUser?.Arn).toBe('arn:aws:sts::123456789012:assumed-role/github-churn-deploy/gha-run-42');
    const record = world.requests.at(-1)!;
    expect(record).toMatchObject({ service: 'sts', operation: 'AssumeRoleWithWebIdentity', status: 200 });
    expect(record.accessKeyId).toBeUndefined(); // unsigned

    const { sm, sts: signed } = clientsFor(out.Credentials!);
    try {
      expect((await signed.send(new GetCallerIdentityCommand({}))).Arn).toBe(out.AssumedRoleUser?.Arn);
      await sm.send(new ListPipelinesCommand({}));
      expect(world.requests.at(-1)).toMatchObject({ service: 'sagemaker', operation: 'ListPipelines', status: 200, accessKeyId: out.Credentials!.AccessKeyId });
    } finally {
      sm.destroy();
      signed.destroy();
    }
  });

  // The wire code is STS's (InvalidIdentityToken); the SDK names the modeled exception ...Exception.
  it.each([
    ['wrong audience', { aud: 'sigstore' }, 'InvalidIdentityTokenException', 'InvalidIdentityToken', 'Incorrect token audience', 400],
    [
      'a subject outside the trust policy',
      { sub: 'repo:octo-org/other-repo:ref:refs/heads/main' },
      'AccessDenied',
      'AccessDenied',
      'Not authorized to perform sts:AssumeRoleWithWebIdentity',
      403,
    ],
    [
      'an unregistered issuer',
      { iss: 'https://evil.example.com' },
      'InvalidIdentityTokenException',
      'InvalidIdentityToken',
      'No OpenIDConnect provider found in your account for https://evil.example.com',
      400,
    ],
  ] as const)('rejects %s', async (_what, claims, name, code, message, status) => {
    await expect(assume(jwt(github.privateKey, 'gh-key-1', claims))).rejects.toMatchObject({ name, message, $metadata: { httpStatusCode: status } });
    expect(world.requests.at(-1)).toMatchObject({ operation: 'AssumeRoleWithWebIdentity', status, errorCode: code });
  });

  it('rejects a bad signature, an unknown key id and an expired token', async () => {
    await expect(assume(jwt(impostor.privateKey, 'gh-key-1'))).rejects.toMatchObject({ name: 'InvalidIdentityTokenException' });
    await expect(assume(jwt(github.privateKey, 'rotated-away'))).rejects.toMatchObject({
      name: 'InvalidIdentityTokenException',
      message: expect.stringContaining("Couldn't retrieve verification key"),
    });
    const past = Math.floor(Date.now() / 1000) - 60;
    await expect(assume(jwt(github.privateKey, 'gh-key-1', { exp: past, nbf: past - 300, iat: past - 300 }))).rejects.toMatchObject({
      name: 'ExpiredTokenException',
      message: expect.stringContaining('Token expired'),
    });
    // A token whose payload was altered after signing fails too.
    const [h, , s] = jwt(github.privateKey, 'gh-key-1').split('.');
    const forged = Buffer.from(JSON.stringify({ iss: ISSUER, aud: 'sts.amazonaws.com', sub: SUB, exp: 4102444800 })).toString('base64url');
    await expect(assume(`${h}.${forged}.${s}`)).rejects.toMatchObject({ name: 'InvalidIdentityTokenException' });
  });

  it('roles without a trust configuration accept any token (moto as is)', async () => {
    const out = await assume('not-even-a-jwt', 'arn:aws:iam::123456789012:role/untrusted-anything');
    expect(out.Credentials?.AccessKeyId).toMatch(/^ASIA/);
  });
});

describe('local AWS world: as an action sees it (child process, SDK configured from the environment only)', () => {
  // What an action bundle does: no explicit endpoint or credentials, just the default provider chain.
  const script = `
    const { SageMakerClient, ListPipelinesCommand } = require('@aws-sdk/client-sagemaker');
    const { STSClient, GetCallerIdentityCommand } = require('@aws-sdk/client-sts');
    (async () => {
      const who = await new STSClient({}).send(new GetCallerIdentityCommand({}));
      await new SageMakerClient({}).send(new ListPipelinesCommand({}));
      console.log(JSON.stringify({ arn: who.Arn }));
    })().catch((e) => { console.error(e.name + ': ' + e.message); process.exit(1); });`;
  const run = (env: Record<string, string>) =>
    new Promise<{ arn: string }>((resolve, reject) => {
      // PATH/HOME only from the parent: no AWS_* variable of this machine leaks in.
      execFile(process.execPath, ['-e', script], { env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), ...env } }, (error, stdout, stderr) =>
        error ? reject(new Error(stderr || error.message)) : resolve(JSON.parse(stdout) as { arn: string }),
      );
    });

  it('env() + staticCredentials() reach the layer with the static key', async () => {
    const before = world.requests.length;
    expect(await run({ ...world.env(), ...world.staticCredentials() })).toEqual({ arn: 'arn:aws:sts::123456789012:user/moto' });
    expect(world.requests.slice(before).map((r) => [r.service, r.operation, r.accessKeyId])).toEqual([
      ['sts', 'GetCallerIdentity', STATIC_ACCESS_KEY_ID],
      ['sagemaker', 'ListPipelines', STATIC_ACCESS_KEY_ID],
    ]);
  });

  it('AWS_ROLE_ARN + AWS_WEB_IDENTITY_TOKEN_FILE: the SDK assumes the role through the layer, checked against the trust', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aws-world-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const tokenFile = join(dir, 'token');
    writeFileSync(tokenFile, jwt(github.privateKey, 'gh-key-1'));
    const before = world.requests.length;
    const env = { ...world.env(), AWS_ROLE_ARN: ROLE, AWS_ROLE_SESSION_NAME: 'gha-run-43', AWS_WEB_IDENTITY_TOKEN_FILE: tokenFile };
    expect(await run(env)).toEqual({ arn: 'arn:aws:sts::123456789012:assumed-role/github-churn-deploy/gha-run-43' });
    // Each client resolves its own credentials: one AssumeRoleWithWebIdentity (unsigned) per client.
    const calls = world.requests.slice(before);
    expect(calls.map((r) => [r.service, r.operation, r.status])).toEqual([
      ['sts', 'AssumeRoleWithWebIdentity', 200],
      ['sts', 'GetCallerIdentity', 200],
      ['sts', 'AssumeRoleWithWebIdentity', 200],
      ['sagemaker', 'ListPipelines', 200],
    ]);
    expect(calls[0]!.accessKeyId).toBeUndefined();
    expect(calls[1]!.accessKeyId).toMatch(/^ASIA/);
    expect(calls[3]!.accessKeyId).toMatch(/^ASIA/);
    // The same path with a token for another repository is refused by the trust policy.
    writeFileSync(tokenFile, jwt(github.privateKey, 'gh-key-1', { sub: 'repo:someone/else:ref:refs/heads/main' }));
    await expect(run(env)).rejects.toThrow(/AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity/);
  });
});

describe('local AWS world: credential expiry', () => {
  it('expireCredentials expires every key issued so far and the static keys; fresh credentials work again', async () => {
    const first = await assume(jwt(github.privateKey, 'gh-key-1'));
    const old = clientsFor(first.Credentials!);
    const stat = new SageMakerClient({ ...world.clientConfig(), maxAttempts: 1 });
    try {
      await expect(old.sm.send(new ListPipelinesCommand({}))).resolves.toBeDefined();
      await expect(stat.send(new ListPipelinesCommand({}))).resolves.toBeDefined();

      world.expireCredentials();

      await expect(old.sm.send(new ListPipelinesCommand({}))).rejects.toMatchObject({
        name: 'ExpiredTokenException',
        message: 'The security token included in the request is expired',
        $metadata: { httpStatusCode: 400 },
      });
      expect(world.requests.at(-1)).toMatchObject({ accessKeyId: first.Credentials!.AccessKeyId, status: 400, errorCode: 'ExpiredTokenException' });
      await expect(old.sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: 'ExpiredToken', $metadata: { httpStatusCode: 403 } });
      await expect(stat.send(new ListPipelinesCommand({}))).rejects.toMatchObject({ name: 'ExpiredTokenException' });
      expect(world.requests.at(-1)?.accessKeyId).toBe(STATIC_ACCESS_KEY_ID);

      // A client that refreshes (assumes the role again) recovers.
      const second = await assume(jwt(github.privateKey, 'gh-key-1'));
      expect(second.Credentials!.AccessKeyId).not.toBe(first.Credentials!.AccessKeyId);
      const fresh = clientsFor(second.Credentials!);
      try {
        await expect(fresh.sm.send(new ListPipelinesCommand({}))).resolves.toBeDefined();
        expect(world.requests.at(-1)).toMatchObject({ accessKeyId: second.Credentials!.AccessKeyId, status: 200 });
      } finally {
        fresh.sm.destroy();
        fresh.sts.destroy();
      }
      // The world's own client is the test's instrument: never expired.
      await expect(world.sagemaker.send(new ListPipelinesCommand({}))).resolves.toBeDefined();
      expect(world.requests.at(-1)?.accessKeyId).toBe(HARNESS_ACCESS_KEY_ID);
    } finally {
      old.sm.destroy();
      old.sts.destroy();
      stat.destroy();
    }
  });
});
