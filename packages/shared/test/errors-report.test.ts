import { describe, expect, test } from 'vitest';
import { describeAwsError, decodeJwtClaims, isTransient, oidcHint } from '@mlops-actions/shared/aws';
import { JobSummary, escapeHtml } from '@mlops-actions/shared/report';
import { ActionError } from '@mlops-actions/shared/runtime';

const sdk = (name: string, status: number, message = 'boom'): Error =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status }, $fault: status >= 500 ? 'server' : 'client' });

describe('AWS errors', () => {
  test('transient or not', () => {
    expect(isTransient(sdk('ThrottlingException', 400))).toBe(true);
    expect(isTransient(sdk('ServiceUnavailable', 503))).toBe(true);
    expect(isTransient(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isTransient(sdk('ValidationException', 400))).toBe(false);
    expect(isTransient(sdk('ResourceLimitExceeded', 400))).toBe(false);
    expect(isTransient(new ActionError('wrapped', { cause: sdk('ThrottlingException', 400) }))).toBe(true);
  });

  test('AccessDenied names the IAM action and the resource', () => {
    const error = describeAwsError(sdk('AccessDeniedException', 400, 'User: x is not authorized'), {
      action: 'sagemaker:StartPipelineExecution',
      resource: 'churn-training',
    });
    expect(error.message).toBe('sagemaker:StartPipelineExecution on churn-training failed: AccessDeniedException: User: x is not authorized');
    expect(error.hint).toMatch(/needs 'sagemaker:StartPipelineExecution' on churn-training/);
  });

  test('expired credentials and network errors get their hints', () => {
    expect(describeAwsError(sdk('ExpiredTokenException', 400), { action: 'sagemaker:X' }).hint).toMatch(/expired/);
    const network = describeAwsError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }), { action: 'sts:X' });
    expect(network.message).toMatch(/could not reach AWS/);
    expect(network.hint).toMatch(/HTTPS_PROXY/);
  });
});

describe('hints for answers that outlast retries or need a change', () => {
  test('a 5xx after every attempt says it is usually temporary, with the status and the attempts', () => {
    const error = sdk('ServiceUnavailable', 503, 'Service Unavailable');
    (error as { $metadata: { attempts?: number } }).$metadata.attempts = 5;
    const described = describeAwsError(error, { action: 'sagemaker:StartPipelineExecution', resource: 'churn' });
    expect(described.message).toBe('sagemaker:StartPipelineExecution on churn failed: ServiceUnavailable: Service Unavailable');
    expect(described.hint).toBe(
      'AWS answered with a server error (HTTP 503) on all 5 attempts. This is usually temporary: re-run the job or raise max-attempts, and check the AWS Health Dashboard for the region.',
    );
  });

  test.each([
    ['ResourceLimitExceeded', /account quota .* Service Quotas/],
    ['ResourceNotFound', /name or ARN and aws-region/],
    ['ConflictException', /Another change to the same resource/],
    ['ValidationException', /names the field/],
    ['CredentialsProviderError', /No AWS credentials were found\. Give role-to-assume .*configure-aws-credentials/],
  ])('%s gets a hint', (code, hint) => {
    expect(describeAwsError(sdk(code, 400, 'x'), { action: 'sagemaker:X' }).hint).toMatch(hint);
  });

  test('an answer with nothing useful to add gets no hint', () => {
    expect(describeAwsError(sdk('SomethingElse', 400, 'x'), { action: 'sagemaker:X' }).hint).toBeUndefined();
  });
});

describe('OIDC hints', () => {
  test("the SDK's Exception-suffixed names get the same hints as the wire codes", () => {
    const claims = { iss: 'https://token.actions.githubusercontent.com', aud: 'sts.amazonaws.com', sub: 'repo:o/r:ref:refs/heads/main' };
    expect(oidcHint('InvalidIdentityTokenException', 'bad', claims, 'r', 3600)).toBe(oidcHint('InvalidIdentityToken', 'bad', claims, 'r', 3600));
    expect(oidcHint('InvalidIdentityTokenException', 'bad', claims, 'r', 3600)).toMatch(/^STS rejected the token/);
    expect(oidcHint('IDPCommunicationErrorException', "Couldn't retrieve verification key", claims, 'r', 3600)).toMatch(
      /^STS could not reach GitHub's OIDC provider/,
    );
  });

  const token = [
    'h',
    Buffer.from(
      JSON.stringify({ sub: 'repo:octo-org/churn-model:ref:refs/heads/main', aud: 'sts.amazonaws.com', iss: 'https://token.actions.githubusercontent.com' }),
    ).toString('base64url'),
    's',
  ].join('.');
  const claims = decodeJwtClaims(token);
  test('decodes claims without verifying', () => {
    expect(claims.sub).toBe('repo:octo-org/churn-model:ref:refs/heads/main');
    expect(decodeJwtClaims('garbage')).toEqual({});
  });
  test('trust policy mismatch shows the sub to allow', () => {
    const hint = oidcHint('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity', claims, 'arn:aws:iam::1:role/r', 3600);
    expect(hint).toContain('"token.actions.githubusercontent.com:sub" condition matching "repo:octo-org/churn-model:ref:refs/heads/main"');
  });
  test('wrong audience says which audience to register', () => {
    const hint = oidcHint('InvalidIdentityToken', 'Incorrect token audience', { ...claims, aud: 'my-aud' }, 'r', 3600);
    expect(hint).toMatch(/audience is 'my-aud'/);
  });
});

describe('reporting', () => {
  test('summary: facts skip empty rows and escape HTML', () => {
    const text = new JobSummary()
      .facts([
        ['A', escapeHtml('<b>')],
        ['B', undefined],
      ])
      .mermaid('flowchart LR')
      .toString();
    expect(text).toContain('<td><b>A</b></td><td>&lt;b&gt;</td>');
    expect(text).not.toContain('<b>B</b>');
    expect(text).toContain('```mermaid\nflowchart LR\n```');
  });
});
