// EKS authentication as aws-iam-authenticator does it (pkg/token/token.go Verify): the bearer token is
// `k8s-aws-v1.` + base64url(presigned STS GetCallerIdentity URL). The URL must be a well-formed presign for an
// STS host with only the expected parameters, sign the `x-k8s-aws-id` header (the cluster name), and not be
// older than 15 minutes by the world's clock. Then STS is asked who signed it: here the signature is checked
// with the secret the AWS world issued for the key (moto checks no signature), and the identity comes from
// the AWS world's STS (the layer, so expired keys and injected STS faults count).
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';

function bytes(data: string | ArrayBuffer | ArrayBufferView): string | Buffer {
  if (typeof data === 'string') return data;
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(data);
}

/** The hash SignatureV4 needs (a SHA-256, keyed = HMAC), from node:crypto. */
class Sha256 {
  readonly #h: Hash | Hmac;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.#h = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.#h.update(bytes(data));
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.#h.digest()));
  }
}

export const TOKEN_PREFIX = 'k8s-aws-v1.';
/** STS honours a GetCallerIdentity presign for 15 minutes from X-Amz-Date, whatever X-Amz-Expires says. */
export const TOKEN_MAX_AGE_MS = 15 * 60 * 1000;

const ALLOWED_PARAMS = new Set([
  'action',
  'version',
  'x-amz-algorithm',
  'x-amz-credential',
  'x-amz-date',
  'x-amz-expires',
  'x-amz-security-token',
  'x-amz-signature',
  'x-amz-signedheaders',
]);

export interface Identity {
  /** The caller ARN STS reports (an assumed-role ARN for role sessions): the Kubernetes username on EKS. */
  arn: string;
  accessKeyId?: string;
  /** How the token was accepted. */
  via: 'eks-token' | 'static-token';
}

export type TokenVerdict = { ok: true; identity: Identity } | { ok: false; reason: string };

export interface SecretSource {
  secretFor(accessKeyId: string): { secretAccessKey: string; sessionToken?: string } | undefined;
  /** GetCallerIdentity with the presigned query, through the AWS world (its expiry and faults apply). */
  callerIdentity(query: string, clusterName: string): Promise<{ arn: string } | { error: string }>;
}

export function isStsHost(host: string): boolean {
  return /^sts(-fips)?(\.[a-z0-9-]+)?\.amazonaws\.com(\.cn)?$/.test(host);
}

function amzDate(text: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!m) return undefined;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
}

export async function verifyEksToken(
  token: string,
  o: { clusterName: string; now: number; secrets: SecretSource; maxAgeMs?: number; extraStsHosts?: string[] },
): Promise<TokenVerdict> {
  if (!token.startsWith(TOKEN_PREFIX)) return { ok: false, reason: 'token is missing expected "k8s-aws-v1." prefix' };
  const encoded = token.slice(TOKEN_PREFIX.length);
  if (!/^[A-Za-z0-9_-]+$/.test(encoded)) return { ok: false, reason: 'input token was not properly formatted: illegal base64 data' };
  let url: URL;
  try {
    url = new URL(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'input token was not properly formatted: malformed presigned URL' };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: `unexpected scheme "${url.protocol.replace(':', '')}" in pre-signed URL` };
  if (!isStsHost(url.hostname) && !(o.extraStsHosts ?? []).includes(url.host)) {
    return { ok: false, reason: `unexpected hostname "${url.hostname}" in pre-signed URL` };
  }
  if (url.pathname !== '/') return { ok: false, reason: 'unexpected path in pre-signed URL' };
  const params = new Map<string, string>();
  for (const [k, v] of url.searchParams) {
    if (!ALLOWED_PARAMS.has(k.toLowerCase())) return { ok: false, reason: `input token was not properly formatted: non-whitelisted query parameter "${k}"` };
    if (params.has(k.toLowerCase())) return { ok: false, reason: 'input token was not properly formatted: duplicate query parameter' };
    params.set(k.toLowerCase(), v);
  }
  if (params.get('action') !== 'GetCallerIdentity') return { ok: false, reason: 'unexpected action parameter in pre-signed URL' };
  const signedHeaders = (params.get('x-amz-signedheaders') ?? '').split(';');
  if (!signedHeaders.includes('x-k8s-aws-id')) return { ok: false, reason: 'client did not sign the x-k8s-aws-id header in the pre-signed URL' };
  if (params.get('x-amz-expires') !== '60') return { ok: false, reason: `X-Amz-Expires must be 60, got ${params.get('x-amz-expires') ?? 'none'}` };
  const date = amzDate(params.get('x-amz-date') ?? '');
  if (date === undefined) return { ok: false, reason: 'error parsing X-Amz-Date parameter' };
  if (o.now > date + (o.maxAgeMs ?? TOKEN_MAX_AGE_MS)) return { ok: false, reason: 'X-Amz-Date parameter is expired (15 minute expiration)' };
  if (date > o.now + 15 * 60 * 1000) return { ok: false, reason: 'X-Amz-Date parameter is in the future' };
  if (params.get('x-amz-algorithm') !== 'AWS4-HMAC-SHA256') return { ok: false, reason: 'unexpected X-Amz-Algorithm' };
  const credential = (params.get('x-amz-credential') ?? '').split('/');
  const [accessKeyId, , region, service, terminator] = credential;
  if (!accessKeyId || !region || service !== 'sts' || terminator !== 'aws4_request') return { ok: false, reason: 'malformed X-Amz-Credential' };

  // STS's part: the signature, with the key's secret.
  const secret = o.secrets.secretFor(accessKeyId);
  if (!secret)
    return { ok: false, reason: `sts getCallerIdentity failed: InvalidClientTokenId: The security token included in the request is invalid (${accessKeyId})` };
  if (secret.sessionToken !== undefined && params.get('x-amz-security-token') !== secret.sessionToken) {
    return { ok: false, reason: 'sts getCallerIdentity failed: InvalidClientTokenId: The security token included in the request is invalid' };
  }
  const signer = new SignatureV4({
    credentials: { accessKeyId, secretAccessKey: secret.secretAccessKey, ...(secret.sessionToken ? { sessionToken: secret.sessionToken } : {}) },
    region,
    service: 'sts',
    sha256: Sha256,
  });
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) if (!k.toLowerCase().startsWith('x-amz-')) query[k] = v;
  const headers: Record<string, string> = { host: url.host };
  for (const h of signedHeaders) if (h === 'x-k8s-aws-id') headers[h] = o.clusterName;
  for (const h of signedHeaders) if (!(h in headers)) return { ok: false, reason: `unexpected signed header ${h}` };
  const resigned = await signer.presign(
    { method: 'GET', protocol: 'https:', hostname: url.hostname, ...(url.port ? { port: Number(url.port) } : {}), path: '/', query, headers },
    { signingDate: new Date(date), expiresIn: 60, signableHeaders: new Set(signedHeaders) },
  );
  const expected = String(resigned.query?.['X-Amz-Signature'] ?? '');
  const given = params.get('x-amz-signature') ?? '';
  if (!given || createHash('sha256').update(expected).digest('hex') !== createHash('sha256').update(given).digest('hex')) {
    return {
      ok: false,
      reason:
        'sts getCallerIdentity failed: SignatureDoesNotMatch: The request signature we calculated does not match the signature you provided (wrong cluster name in x-k8s-aws-id?)',
    };
  }
  const who = await o.secrets.callerIdentity(url.search.slice(1), o.clusterName);
  if ('error' in who) return { ok: false, reason: `sts getCallerIdentity failed: ${who.error}` };
  return { ok: true, identity: { arn: who.arn, accessKeyId, via: 'eks-token' } };
}

/**
 * An EKS token made the way aws-iam-authenticator / `aws eks get-token` make it (for tests and kubeconfigs;
 * the code under test makes its own). `date` defaults to now.
 */
export async function presignEksToken(o: {
  clusterName: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  date?: Date;
  expiresIn?: number;
  /** Leave x-k8s-aws-id out of the signed headers (a malformed token, for tests). */
  unsignedClusterHeader?: boolean;
}): Promise<string> {
  const hostname = `sts.${o.region}.amazonaws.com`;
  const signer = new SignatureV4({ credentials: o.credentials, region: o.region, service: 'sts', sha256: Sha256 });
  const signed = await signer.presign(
    {
      method: 'GET',
      protocol: 'https:',
      hostname,
      path: '/',
      query: { Action: 'GetCallerIdentity', Version: '2011-06-15' },
      headers: { host: hostname, ...(o.unsignedClusterHeader ? {} : { 'x-k8s-aws-id': o.clusterName }) },
    },
    { expiresIn: o.expiresIn ?? 60, ...(o.date ? { signingDate: o.date } : {}) },
  );
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(signed.query ?? {})) query.set(k, String(v));
  return `${TOKEN_PREFIX}${Buffer.from(`https://${hostname}/?${query.toString()}`).toString('base64url')}`;
}
