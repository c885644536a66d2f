/**
 * The classic OIDC trust failures all surface as one opaque STS message. These hints put the token's actual
 * claims next to what the trust policy must say, which is what people end up debugging by hand.
 */

export interface TokenClaims {
  sub?: string;
  aud?: string | string[];
  iss?: string;
  repository?: string;
  environment?: string;
}

export function decodeJwtClaims(token: string): TokenClaims {
  const payload = token.split('.')[1];
  if (!payload) return {};
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TokenClaims;
  } catch {
    return {};
  }
}

export function oidcHint(sdkCode: string, message: string, claims: TokenClaims, roleArn: string, durationSeconds: number): string {
  const code = sdkCode.replace(/Exception$/, ''); // the SDK names STS's modeled errors ...Exception
  const aud = Array.isArray(claims.aud) ? claims.aud.join(',') : (claims.aud ?? '?');
  const issuerHost = (claims.iss ?? 'https://token.actions.githubusercontent.com').replace(/^https:\/\//, '');
  if (/audience/i.test(message)) {
    return (
      `The token's audience is '${aud}', which the IAM OIDC provider for ${issuerHost} does not list as a client ID. ` +
      `Add '${aud}' to the provider's audiences, or set the 'audience' input to the audience registered there (usually sts.amazonaws.com).`
    );
  }
  if (/No OpenIDConnect provider/i.test(message)) {
    return `Create an IAM OIDC identity provider for https://${issuerHost} with audience '${aud}' in the role's account.`;
  }
  if (/DurationSeconds|MaxSessionDuration|duration/i.test(message)) {
    return `role-duration asks for ${durationSeconds}s; the role's MaxSessionDuration must be at least that (raise it on the role or lower role-duration).`;
  }
  if (code === 'AccessDenied' || /Not authorized to perform sts:AssumeRoleWithWebIdentity/i.test(message)) {
    const sub = claims.sub ?? '?';
    return (
      `The trust policy of ${roleArn} does not accept this token. It must allow sts:AssumeRoleWithWebIdentity for ` +
      `the federated principal ${issuerHost} with "${issuerHost}:aud": "${aud}" and a "${issuerHost}:sub" condition ` +
      `matching "${sub}" (StringLike, case-sensitive owner/repo; jobs with an environment have sub repo:OWNER/REPO:environment:NAME).`
    );
  }
  if (code === 'IDPCommunicationError' || /retrieve verification key/i.test(message)) {
    return `STS could not reach GitHub's OIDC provider (${claims.iss ?? 'token.actions.githubusercontent.com'}) to check the token. This passes within minutes: re-run the job, or raise max-attempts.`;
  }
  if (code === 'InvalidIdentityToken' || code === 'IDPRejectedClaim') {
    return `STS rejected the token (iss ${claims.iss ?? '?'}, aud ${aud}, sub ${claims.sub ?? '?'}). Check the IAM OIDC provider's URL and audiences.`;
  }
  return 'Check the role ARN, its trust policy and that the IAM OIDC provider for token.actions.githubusercontent.com exists.';
}
