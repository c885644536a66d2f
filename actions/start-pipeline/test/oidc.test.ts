// Built-in GitHub OIDC: token with the right audience -> AssumeRoleWithWebIdentity -> every call signed with
// the session; the classic failures explained; no secret anywhere in what the runner captures.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { secretLeaks } from '@mlops-actions/testkit';
import { DEPLOY_ROLE, calls, executionsOf, newPipeline, runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
});
afterAll(async () => worlds?.close());

describe('role-to-assume with the GitHub OIDC token', () => {
  test('requests the token for sts.amazonaws.com, assumes the role and signs every SageMaker call with the session', async () => {
    const { name } = await newPipeline(worlds);
    const since = worlds.aws.requests.length;
    const issuedBefore = worlds.github.oidc.issued.length;
    const result = await runStep(worlds, { 'pipeline-name': name }, { auth: 'oidc', post: true });
    expect(result.errors).toEqual([]);
    expect(result.outputs.status).toBe('Succeeded');

    const tokens = worlds.github.oidc.issued.slice(issuedBefore);
    expect(tokens.map((t) => t.audience)).toEqual(['sts.amazonaws.com']);
    expect(tokens[0]?.claims.sub).toBe('repo:octo-org/churn-model:ref:refs/heads/main');

    const made = worlds.aws.requests.slice(since);
    const assume = made.find((r) => r.operation === 'AssumeRoleWithWebIdentity');
    expect(assume?.status).toBe(200);
    const body = new URLSearchParams(assume?.body ?? '');
    expect(body.get('RoleArn')).toBe(DEPLOY_ROLE);
    expect(body.get('RoleSessionName')).toBe('gha-octo-org.churn-model-14503987201-1');
    expect(body.get('DurationSeconds')).toBe('3600');

    const session = worlds.aws.issuedCredentials().find((c) => c.operation === 'AssumeRoleWithWebIdentity' && c.time >= (assume?.time ?? 0));
    expect(session).toBeDefined();
    const sagemakerKeys = new Set(made.filter((r) => r.service === 'sagemaker').map((r) => r.accessKeyId));
    expect([...sagemakerKeys]).toEqual([session?.accessKeyId]);
    expect(result.main.log.join('\n')).toMatch(
      /Assumed arn:aws:sts::123456789012:assumed-role\/github-mlops\/gha-octo-org\.churn-model-14503987201-1 via GitHub OIDC/,
    );

    // The token, the session's key id, secret and session token: masked everywhere the runner shows or stores.
    const secrets = [tokens[0]?.token, session?.accessKeyId, session?.secretAccessKey, session?.sessionToken].filter((s): s is string => Boolean(s));
    expect(secrets).toHaveLength(4);
    expect(secretLeaks(result, secrets)).toEqual([]);
    for (const secret of secrets) expect(result.main.masks).toContain(secret);
  });

  test('the audience and session inputs are honoured', async () => {
    worlds.aws.trustWebIdentity({
      roleArn: 'arn:aws:iam::123456789012:role/custom-audience',
      jwks: worlds.github.oidc.jwks,
      issuer: worlds.github.oidc.issuer,
      audience: 'mlops-actions',
      subjects: ['repo:octo-org/churn-model:*'],
    });
    const { name } = await newPipeline(worlds);
    const since = worlds.aws.requests.length;
    const issuedBefore = worlds.github.oidc.issued.length;
    const result = await runStep(
      worlds,
      {
        'pipeline-name': name,
        'role-to-assume': 'arn:aws:iam::123456789012:role/custom-audience',
        audience: 'mlops-actions',
        'role-session-name': 'nightly-train',
        'role-duration': '2h',
      },
      { auth: 'oidc' },
    );
    expect(result.errors).toEqual([]);
    expect(worlds.github.oidc.issued.slice(issuedBefore).map((t) => t.audience)).toEqual(['mlops-actions']);
    const body = new URLSearchParams(worlds.aws.requests.slice(since).find((r) => r.operation === 'AssumeRoleWithWebIdentity')?.body);
    expect(body.get('RoleSessionName')).toBe('nightly-train');
    expect(body.get('DurationSeconds')).toBe('7200');
  });
});

describe('classic OIDC failures say what to fix, and nothing is started', () => {
  test('no id-token: write permission', async () => {
    const { name } = await newPipeline(worlds);
    const since = worlds.aws.requests.length;
    const result = await runStep(
      worlds,
      { 'pipeline-name': name, 'role-to-assume': DEPLOY_ROLE },
      { auth: 'none', env: worlds.github.env({ idToken: false }) },
    );
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(
      /^Cannot assume arn:aws:iam::123456789012:role\/github-mlops: this job has no GitHub OIDC token and no AWS credentials\.\nHint: Give the job the 'id-token: write' permission/,
    );
    expect(worlds.aws.requests.length).toBe(since);
  });

  test('a trust policy whose sub does not match shows the sub to allow', async () => {
    const role = 'arn:aws:iam::123456789012:role/other-repo-only';
    worlds.aws.trustWebIdentity({
      roleArn: role,
      jwks: worlds.github.oidc.jwks,
      issuer: worlds.github.oidc.issuer,
      audience: 'sts.amazonaws.com',
      subjects: ['repo:octo-org/other-repo:*'],
    });
    const { name } = await newPipeline(worlds);
    const since = worlds.aws.requests.length;
    const result = await runStep(worlds, { 'pipeline-name': name, 'role-to-assume': role }, { auth: 'oidc' });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain(
      `sts:AssumeRoleWithWebIdentity for ${role} failed: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity`,
    );
    expect(result.errors[0]).toContain('"token.actions.githubusercontent.com:sub" condition matching "repo:octo-org/churn-model:ref:refs/heads/main"');
    expect(calls(worlds, 'DescribePipeline', since)).toBe(0);
    expect(calls(worlds, 'StartPipelineExecution', since)).toBe(0);
  });

  test('an audience the IAM provider does not know', async () => {
    const { name } = await newPipeline(worlds);
    const since = worlds.aws.requests.length;
    const issuedBefore = worlds.github.oidc.issued.length;
    const credentialsBefore = worlds.aws.issuedCredentials().length;
    const result = await runStep(worlds, { 'pipeline-name': name, audience: 'api://AzureADTokenExchange' }, { auth: 'oidc' });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/InvalidIdentityToken(Exception)?: Incorrect token audience/);
    expect(result.errors[0]).toContain("Hint: The token's audience is 'api://AzureADTokenExchange'");

    // STS refused the token: that was the only AWS call, no SageMaker call was made and nothing started.
    const made = worlds.aws.requests.slice(since);
    expect(made.map((r) => [r.operation, r.status])).toEqual([['AssumeRoleWithWebIdentity', 400]]);
    expect(made.filter((r) => r.service === 'sagemaker')).toEqual([]);
    expect(calls(worlds, 'StartPipelineExecution', since)).toBe(0);
    expect(executionsOf(worlds, name)).toEqual([]);

    // The token (the only secret this run got: STS issued no credentials) is masked and appears nowhere in clear.
    const tokens = worlds.github.oidc.issued.slice(issuedBefore);
    expect(tokens.map((t) => t.audience)).toEqual(['api://AzureADTokenExchange']);
    expect(worlds.aws.issuedCredentials().slice(credentialsBefore)).toEqual([]);
    const secrets = tokens.map((t) => t.token);
    expect(secretLeaks(result, secrets)).toEqual([]);
    for (const secret of secrets) expect(result.main.masks).toContain(secret);
  });

  // The SDK models IDPCommunicationError as retryable, so max-attempts covers it (configure-aws-credentials has
  // its own retry loop for the same error).
  test("STS failing to reach GitHub's OIDC provider (IDPCommunicationError) is tried again, and the run goes on", async () => {
    const { name } = await newPipeline(worlds);
    const since = worlds.aws.requests.length;
    worlds.aws.faults.add({ service: 'sts', operation: 'AssumeRoleWithWebIdentity', kind: 'idp-communication', count: 2 });
    const result = await runStep(worlds, { 'pipeline-name': name, wait: 'false' }, { auth: 'oidc' });
    expect(result.errors).toEqual([]);
    expect(
      worlds.aws.requests
        .slice(since)
        .filter((r) => r.operation === 'AssumeRoleWithWebIdentity')
        .map((r) => r.status),
    ).toEqual([400, 400, 200]);
    expect(executionsOf(worlds, name)).toHaveLength(1);
  });

  test('an IDPCommunicationError that outlasts max-attempts fails with one error and starts nothing', async () => {
    const { name } = await newPipeline(worlds);
    const since = worlds.aws.requests.length;
    worlds.aws.faults.add({ service: 'sts', operation: 'AssumeRoleWithWebIdentity', kind: 'idp-communication', count: 5 });
    const result = await runStep(worlds, { 'pipeline-name': name, 'max-attempts': '2' }, { auth: 'oidc' });
    worlds.aws.faults.clear();
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^sts:AssumeRoleWithWebIdentity for .* failed: IDPCommunicationErrorException: Couldn't retrieve verification key/);
    expect(result.errors[0]).toContain("Hint: STS could not reach GitHub's OIDC provider");
    expect(calls(worlds, 'AssumeRoleWithWebIdentity', since)).toBe(2);
    expect(calls(worlds, 'StartPipelineExecution', since)).toBe(0);
  });

  test('without an OIDC token but with keys in the environment, the role is assumed with sts:AssumeRole (role chaining)', async () => {
    const { name } = await newPipeline(worlds);
    const since = worlds.aws.requests.length;
    const result = await runStep(worlds, { 'pipeline-name': name, 'role-to-assume': DEPLOY_ROLE, wait: 'false' }, { auth: 'static' });
    expect(result.errors).toEqual([]);
    expect(calls(worlds, 'AssumeRole', since)).toBe(1);
    expect(result.main.log.join('\n')).toContain('via sts:AssumeRole with the credentials in the environment');
    const session = worlds.aws.issuedCredentials().at(-1);
    expect(session?.operation).toBe('AssumeRole');
    expect(secretLeaks(result, [session?.secretAccessKey ?? '', session?.sessionToken ?? ''].filter(Boolean))).toEqual([]);
  });
});
