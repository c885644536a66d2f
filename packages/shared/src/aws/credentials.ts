import * as core from '../core/index.js';
import type { STSClient, Credentials } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { ActionError, errorMessage } from '../runtime/errors.js';
import { formatDuration } from '../runtime/duration.js';
import type { RunContext } from '../github/run-context.js';
import { errorCode } from './service-errors.js';
import { decodeJwtClaims, oidcHint } from './oidc-hints.js';
import { getIDToken } from './oidc-token.js';

export interface CredentialOptions {
  /** Role to assume; without it the SDK's default chain is used (env vars from configure-aws-credentials, etc.). */
  roleToAssume?: string;
  audience: string;
  sessionName: string;
  durationSeconds: number;
  /** Builds the STS client with the shared client settings (region, retries, user agent, proxy); loads it on first use. */
  stsClient: (credentials?: AwsCredentialIdentityProvider) => Promise<STSClient>;
}

export interface CredentialSource {
  /** undefined: let every client use the SDK's default provider chain. */
  provider: AwsCredentialIdentityProvider | undefined;
  /** How the credentials were obtained, for the log and the summary. */
  origin: 'default-chain' | 'web-identity' | 'assume-role';
  /** Fetches fresh credentials now; false when the source cannot renew (static keys from the environment). */
  renew(): Promise<boolean>;
}

/** configure-aws-credentials' advice: renew a little before the real expiry so no request races it. */
const RENEW_BEFORE_MS = 5 * 60_000;

/** Session names allow [\w+=,.@-], 2 to 64 characters (STS RoleSessionName). */
export function sessionNameFor(context: RunContext): string {
  const suffix = `-${context.runId}-${context.runAttempt}`;
  const repo = context.repository.replace('/', '.').replace(/[^\w+=,.@-]/g, '-');
  return `gha-${repo}`.slice(0, 64 - suffix.length) + suffix;
}

export async function resolveCredentials(options: CredentialOptions): Promise<CredentialSource> {
  if (!options.roleToAssume) {
    return { provider: undefined, origin: 'default-chain', renew: async () => false };
  }
  const roleArn = options.roleToAssume;
  const oidcAvailable = Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL && process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
  const haveEnvKeys = Boolean(process.env.AWS_ACCESS_KEY_ID && process.env.AWS_SECRET_ACCESS_KEY);
  if (!oidcAvailable && !haveEnvKeys) {
    throw new ActionError(`Cannot assume ${roleArn}: this job has no GitHub OIDC token and no AWS credentials.`, {
      hint:
        "Give the job the 'id-token: write' permission (in the workflow or the job: permissions: { id-token: write, contents: read }). " +
        'Workflows triggered by pull requests from forks never get an OIDC token.',
    });
  }
  const origin = oidcAvailable ? 'web-identity' : 'assume-role';
  const fetch = oidcAvailable ? () => assumeWithWebIdentity(options, roleArn) : () => assumeWithEnvironmentKeys(options, roleArn);

  let current = await fetch();
  const log = (fresh: Assumed): void =>
    core.info(
      `Assumed ${fresh.principalArn ?? roleArn} via ${origin === 'web-identity' ? 'GitHub OIDC' : 'sts:AssumeRole with the credentials in the environment'} ` +
        `(valid for ${formatDuration(fresh.identity.expiration ? fresh.identity.expiration.getTime() - Date.now() : 0)}).`,
    );
  log(current);
  const source: CredentialSource = {
    origin,
    provider: async () => {
      const expiresAt = current.identity.expiration?.getTime() ?? Infinity;
      if (expiresAt - Date.now() < RENEW_BEFORE_MS) {
        current = await fetch();
        log(current);
      }
      return current.identity;
    },
    async renew() {
      current = await fetch();
      log(current);
      return true;
    },
  };
  return source;
}

interface Assumed {
  identity: AwsCredentialIdentity;
  principalArn?: string;
}

function toIdentity(credentials: Credentials | undefined, roleArn: string): AwsCredentialIdentity {
  if (!credentials?.AccessKeyId || !credentials.SecretAccessKey) {
    throw new ActionError(`STS returned no credentials for ${roleArn}.`);
  }
  // Mask before anything could print them.
  core.setSecret(credentials.AccessKeyId);
  core.setSecret(credentials.SecretAccessKey);
  if (credentials.SessionToken) core.setSecret(credentials.SessionToken);
  return {
    accessKeyId: credentials.AccessKeyId,
    secretAccessKey: credentials.SecretAccessKey,
    ...(credentials.SessionToken ? { sessionToken: credentials.SessionToken } : {}),
    ...(credentials.Expiration ? { expiration: credentials.Expiration } : {}),
  };
}

async function assumeWithWebIdentity(options: CredentialOptions, roleArn: string): Promise<Assumed> {
  let token: string;
  try {
    token = await getIDToken(options.audience);
  } catch (error) {
    throw new ActionError(`Could not get a GitHub OIDC token for audience '${options.audience}': ${errorMessage(error)}`, {
      cause: error,
      hint: "The job needs the 'id-token: write' permission.",
    });
  }
  core.setSecret(token);
  const sts = await options.stsClient();
  const { AssumeRoleWithWebIdentityCommand } = await import('@aws-sdk/client-sts');
  try {
    const answer = await sts.send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: roleArn,
        RoleSessionName: options.sessionName,
        WebIdentityToken: token,
        DurationSeconds: options.durationSeconds,
      }),
    );
    return { identity: toIdentity(answer.Credentials, roleArn), principalArn: answer.AssumedRoleUser?.Arn };
  } catch (error) {
    if (error instanceof ActionError) throw error;
    const code = errorCode(error);
    throw new ActionError(`sts:AssumeRoleWithWebIdentity for ${roleArn} failed: ${code}: ${errorMessage(error)}`, {
      cause: error,
      hint: oidcHint(code, errorMessage(error), decodeJwtClaims(token), roleArn, options.durationSeconds),
    });
  } finally {
    sts.destroy();
  }
}

async function assumeWithEnvironmentKeys(options: CredentialOptions, roleArn: string): Promise<Assumed> {
  const sts = await options.stsClient();
  const { AssumeRoleCommand } = await import('@aws-sdk/client-sts');
  try {
    const answer = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: options.sessionName, DurationSeconds: options.durationSeconds }));
    return { identity: toIdentity(answer.Credentials, roleArn), principalArn: answer.AssumedRoleUser?.Arn };
  } catch (error) {
    const code = errorCode(error);
    const hint =
      code === 'AccessDenied'
        ? `The role's trust policy must allow the current identity to call sts:AssumeRole, and that identity needs sts:AssumeRole on ${roleArn}. Role chaining caps the session at 1h.`
        : 'Check role-to-assume and the credentials in the environment.';
    throw new ActionError(`sts:AssumeRole for ${roleArn} with the credentials in the environment failed: ${code}: ${errorMessage(error)}`, {
      cause: error,
      hint,
    });
  } finally {
    sts.destroy();
  }
}
