// The stand-in for aws-actions/configure-aws-credentials in local workflow runs. It does what the real action
// does on the paths our templates could use, against the local worlds:
// - role-to-assume (OIDC): asks the job's OIDC endpoint (ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN, present only with
//   `permissions: id-token: write`) for a token with `audience` (default sts.amazonaws.com), exchanges it with STS
//   AssumeRoleWithWebIdentity at AWS_ENDPOINT_URL (the AWS world) for `role-session-name` (default GitHubActions),
//   `role-duration-seconds` (default 3600);
// - aws-access-key-id + aws-secret-access-key (+ aws-session-token) without a role: takes the keys as given.
// Then it exports AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN (when there is one), AWS_REGION and
// AWS_DEFAULT_REGION to the later steps (GITHUB_ENV), masks the key id, secret and session token, and sets the
// output aws-account-id (plus aws-access-key-id, aws-secret-access-key, aws-session-token, aws-expiration with
// output-credentials: true). Other inputs (role chaining, web-identity-token-file, proxy, managed session
// policies...) are refused by name, so a template never silently relies on something the stand-in skips.
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';

const SUPPORTED = new Set([
  'aws-region',
  'role-to-assume',
  'audience',
  'role-session-name',
  'role-duration-seconds',
  'aws-access-key-id',
  'aws-secret-access-key',
  'aws-session-token',
  'output-credentials',
  'mask-aws-account-id',
]);

export interface ConfiguredCredentials {
  env: Record<string, string>;
  outputs: Record<string, string>;
  /** Values to mask from here on. */
  secrets: string[];
  log: string[];
}

export async function configureAwsCredentials(
  inputs: Record<string, string>,
  machineEnv: Record<string, string>,
  timeoutMs: number,
): Promise<ConfiguredCredentials> {
  const given = Object.entries(inputs).filter(([, value]) => value !== '');
  const unsupported = given.map(([name]) => name).filter((name) => !SUPPORTED.has(name));
  if (unsupported.length > 0) {
    throw new Error(
      `configure-aws-credentials stand-in: input(s) ${unsupported.join(', ')} are not modelled locally (supported: ${[...SUPPORTED].join(', ')})`,
    );
  }
  const region = inputs['aws-region']?.trim();
  if (!region) throw new Error('Input required and not supplied: aws-region');
  const signal = AbortSignal.timeout(timeoutMs);
  let credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string; expiration?: Date };
  let accountId: string;
  const log: string[] = [];
  const role = inputs['role-to-assume']?.trim();
  if (role) {
    if (inputs['aws-access-key-id'])
      throw new Error('configure-aws-credentials stand-in: assuming a role with access keys (role chaining) is not modelled; use OIDC');
    const token = await oidcToken(machineEnv, inputs.audience || 'sts.amazonaws.com', signal);
    const endpoint = machineEnv.AWS_ENDPOINT_URL;
    if (!endpoint) throw new Error('configure-aws-credentials stand-in: AWS_ENDPOINT_URL (the local AWS world) is not in the environment');
    const sts = new STSClient({ region, endpoint, credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' }, maxAttempts: 3 });
    try {
      const answer = await sts.send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: role,
          RoleSessionName: inputs['role-session-name'] || 'GitHubActions',
          WebIdentityToken: token,
          DurationSeconds: Number(inputs['role-duration-seconds'] || 3600),
        }),
        { abortSignal: signal },
      );
      const c = answer.Credentials;
      if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error('STS answered without credentials');
      credentials = {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}),
        ...(c.Expiration ? { expiration: c.Expiration } : {}),
      };
      accountId = answer.AssumedRoleUser?.Arn?.split(':')[4] ?? '';
    } catch (error) {
      throw new Error(`Could not assume role with OIDC: ${(error as Error).message}`);
    } finally {
      sts.destroy();
    }
    log.push(`Assuming role with OIDC`, `Authenticated as assumedRoleId ${role}`);
  } else if (inputs['aws-access-key-id'] && inputs['aws-secret-access-key']) {
    credentials = {
      accessKeyId: inputs['aws-access-key-id'],
      secretAccessKey: inputs['aws-secret-access-key'],
      ...(inputs['aws-session-token'] ? { sessionToken: inputs['aws-session-token'] } : {}),
    };
    accountId = '';
    log.push('Proceeding with IAM user credentials');
  } else {
    throw new Error('Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers');
  }
  const env: Record<string, string> = {
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    ...(credentials.sessionToken ? { AWS_SESSION_TOKEN: credentials.sessionToken } : {}),
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
  };
  const outputs: Record<string, string> = accountId ? { 'aws-account-id': accountId } : {};
  if (inputs['output-credentials'] === 'true') {
    outputs['aws-access-key-id'] = credentials.accessKeyId;
    outputs['aws-secret-access-key'] = credentials.secretAccessKey;
    if (credentials.sessionToken) outputs['aws-session-token'] = credentials.sessionToken;
    if (credentials.expiration) outputs['aws-expiration'] = credentials.expiration.toISOString();
  }
  const secrets = [credentials.accessKeyId, credentials.secretAccessKey, ...(credentials.sessionToken ? [credentials.sessionToken] : [])];
  if (inputs['mask-aws-account-id'] === 'true' && accountId) secrets.push(accountId);
  return { env, outputs, secrets, log };
}

/** The job's OIDC token, the way @actions/core getIDToken asks for it. */
async function oidcToken(machineEnv: Record<string, string>, audience: string, signal: AbortSignal): Promise<string> {
  const url = machineEnv.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = machineEnv.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !bearer) {
    throw new Error(
      'Could not get ID token: ACTIONS_ID_TOKEN_REQUEST_URL / ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set. It looks like you might be trying to authenticate with OIDC. Did you mean to set the `id-token` permission?',
    );
  }
  const target = new URL(url);
  target.searchParams.set('audience', audience);
  const answer = await fetch(target, { headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json' }, signal });
  if (!answer.ok) throw new Error(`Could not get ID token: HTTP ${answer.status} from the OIDC endpoint`);
  const body = (await answer.json()) as { value?: string };
  if (!body.value) throw new Error('Could not get ID token: the OIDC endpoint answered without a value');
  return body.value;
}
