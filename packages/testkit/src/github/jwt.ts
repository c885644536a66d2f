// RS256 JWTs and JWKS with node:crypto only.
import { createHash, createSign, createVerify, generateKeyPair, randomUUID, type KeyObject } from 'node:crypto';

export interface RsaJwk {
  kty: 'RSA';
  n: string;
  e: string;
  kid: string;
  alg: 'RS256';
  use: 'sig';
  x5t: string;
}

export interface SigningKey {
  kid: string;
  x5t: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  jwk: RsaJwk;
}

let sharedKey: Promise<SigningKey> | undefined;

/**
 * An RSA-2048 signing key. Generating one takes tens of milliseconds, so worlds in one test process share a key
 * (generated when the first world starts) unless a fresh one is asked for.
 */
export function signingKey(fresh = false): Promise<SigningKey> {
  if (fresh) return newSigningKey();
  sharedKey ??= newSigningKey();
  return sharedKey;
}

async function newSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await new Promise<{ privateKey: KeyObject; publicKey: KeyObject }>((resolve, reject) =>
    generateKeyPair('rsa', { modulusLength: 2048 }, (error, publicKey, privateKey) => (error ? reject(error) : resolve({ publicKey, privateKey }))),
  );
  const kid = randomUUID();
  const x5t = createHash('sha1')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64url');
  const exported = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  return { kid, x5t, privateKey, publicKey, jwk: { kty: 'RSA', n: exported.n, e: exported.e, kid, alg: 'RS256', use: 'sig', x5t } };
}

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export function signJwt(key: SigningKey, claims: Record<string, unknown>): string {
  const header = { typ: 'JWT', alg: 'RS256', x5t: key.x5t, kid: key.kid };
  const input = `${b64(header)}.${b64(claims)}`;
  const signature = createSign('RSA-SHA256').update(input).sign(key.privateKey).toString('base64url');
  return `${input}.${signature}`;
}

export interface DecodedJwt {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  signatureValid: boolean;
}

/** Decodes a JWT and checks its RS256 signature against a JWKS (by kid). */
export function verifyJwt(token: string, jwks: { keys: RsaJwk[] }): DecodedJwt {
  const [h = '', c = '', s = ''] = token.split('.');
  const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as Record<string, unknown>;
  const claims = JSON.parse(Buffer.from(c, 'base64url').toString('utf8')) as Record<string, unknown>;
  const jwk = jwks.keys.find((k) => k.kid === header.kid);
  const signatureValid =
    jwk !== undefined &&
    header.alg === 'RS256' &&
    createVerify('RSA-SHA256')
      .update(`${h}.${c}`)
      .verify({ key: { kty: jwk.kty, n: jwk.n, e: jwk.e }, format: 'jwk' }, Buffer.from(s, 'base64url'));
  return { header, claims, signatureValid };
}
