// AssumeRoleWithWebIdentity checked the way IAM checks a GitHub OIDC token against a role's trust policy:
// issuer = a registered OIDC provider, RS256 signature against its JWKS, exp/nbf, `aud` (StringEquals)
// and `sub` (StringLike). moto accepts any token, so without this a broken OIDC setup would pass.
import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import type { AwsError } from './protocol.js';

export interface WebIdentityTrust {
  roleArn: string;
  /** The provider's JWKS (RS256 public keys). */
  jwks: { keys: object[] };
  /** e.g. https://token.actions.githubusercontent.com */
  issuer: string;
  /** e.g. sts.amazonaws.com */
  audience: string;
  /** StringLike patterns (`*`, `?`), e.g. repo:octo-org/churn-model:* */
  subjects: string[];
}

export interface VerifiedToken {
  claims: Record<string, unknown>;
}

function b64urlJson(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** IAM StringLike: `*` any run of characters, `?` exactly one; case-sensitive, whole string. */
export function stringLike(pattern: string, value: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${re}$`, 's').test(value);
}

const stripSlash = (s: string): string => s.replace(/\/+$/, '');

const invalid = (message: string): AwsError => ({ status: 400, code: 'InvalidIdentityToken', message });

/**
 * Verify a token against a trust configuration. Returns the error STS would answer, or the claims.
 * Order follows STS: provider (issuer), signature, expiry, audience, then the trust policy (sub).
 */
export function verifyWebIdentity(token: string, trust: WebIdentityTrust, nowMs = Date.now()): AwsError | VerifiedToken {
  const parts = token.split('.');
  const header = parts.length === 3 ? b64urlJson(parts[0]!) : undefined;
  const claims = parts.length === 3 ? b64urlJson(parts[1]!) : undefined;
  if (!header || !claims) return invalid('The web identity token is not a valid JWT.');

  const iss = typeof claims.iss === 'string' ? claims.iss : '';
  if (stripSlash(iss) !== stripSlash(trust.issuer)) {
    return invalid(`No OpenIDConnect provider found in your account for ${iss}`);
  }

  const candidates = (trust.jwks.keys as Array<JsonWebKey & { kid?: string; alg?: string }>).filter(
    (k) => k.kty === 'RSA' && (header.kid === undefined || k.kid === header.kid),
  );
  if (header.alg !== 'RS256' || candidates.length === 0) {
    // What STS says when the token's kid is not in the provider's JWKS.
    return invalid(
      "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
    );
  }
  const signed = Buffer.from(`${parts[0]}.${parts[1]}`);
  const signature = Buffer.from(parts[2]!, 'base64url');
  const good = candidates.some((jwk) => {
    try {
      return verify('RSA-SHA256', signed, createPublicKey({ key: jwk, format: 'jwk' }), signature);
    } catch {
      return false;
    }
  });
  if (!good) return invalid('The web identity token signature could not be verified.');

  const now = Math.floor(nowMs / 1000);
  if (typeof claims.exp !== 'number') return invalid('Missing a required claim: exp');
  if (now >= claims.exp) {
    // STS answers an expired (but otherwise valid) token with its own error code, not InvalidIdentityToken.
    return {
      status: 400,
      code: 'ExpiredTokenException',
      message: `Token expired: current date/time ${now} must be before the expiration date/time ${claims.exp}`,
    };
  }
  if (typeof claims.nbf === 'number' && now < claims.nbf) return invalid('The web identity token is not yet valid (nbf).');

  const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (claims.aud === undefined) return invalid('Missing a required claim: aud');
  if (!aud.includes(trust.audience)) return invalid('Incorrect token audience');

  const sub = typeof claims.sub === 'string' ? claims.sub : '';
  if (!trust.subjects.some((p) => stringLike(p, sub))) {
    return { status: 403, code: 'AccessDenied', message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity' };
  }
  return { claims };
}

export function isAwsError(value: AwsError | VerifiedToken): value is AwsError {
  return 'code' in value;
}

/**
 * The web-identity trust a role's trust policy grants, read the way IAM reads a GitHub OIDC trust policy: an
 * Allow of sts:AssumeRoleWithWebIdentity for a Federated principal, `<provider>:aud` (StringEquals) and
 * `<provider>:sub` (StringLike or StringEquals) conditions. The provider is the given issuer.
 */
export function webIdentityTrustOf(roleArn: string, trustPolicy: object, oidc: { issuer: string; jwks: { keys: object[] } }): WebIdentityTrust {
  const statements = (trustPolicy as { Statement?: unknown }).Statement ?? trustPolicy;
  const list = (Array.isArray(statements) ? statements : [statements]) as Array<{
    Effect?: string;
    Action?: string | string[];
    Condition?: Record<string, Record<string, string | string[]>>;
  }>;
  const statement = list.find((s) => s.Effect === 'Allow' && [s.Action].flat().includes('sts:AssumeRoleWithWebIdentity'));
  if (!statement) throw new Error(`the trust policy of ${roleArn} allows no sts:AssumeRoleWithWebIdentity`);
  const values = (suffix: string): string[] =>
    Object.entries(statement.Condition ?? {})
      .filter(([operator]) => operator === 'StringEquals' || operator === 'StringLike')
      .flatMap(([, entries]) =>
        Object.entries(entries)
          .filter(([key]) => key.endsWith(suffix))
          .flatMap(([, v]) => [v].flat()),
      );
  const [audience] = values(':aud');
  if (!audience) throw new Error(`the trust policy of ${roleArn} has no :aud condition`);
  return { roleArn, jwks: oidc.jwks, issuer: oidc.issuer, audience, subjects: values(':sub') };
}
