// Amazon EKS: DescribeCluster (endpoint, CA, status) and the bearer token the cluster accepts, made the way
// aws-iam-authenticator and `aws eks get-token` make it, without the aws CLI. Its own entry
// (@mlops-actions/shared/aws/eks), so no other action carries the EKS client.
import { createHash, createHmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, Checksum, SourceData } from '@smithy/types';
import * as core from '../core/index.js';
import type { DescribeClusterCommandOutput } from '@aws-sdk/client-eks/dist-es/commands/DescribeClusterCommand.js';
import type { ClusterAccess } from '../k8s/client.js';
import { ActionError } from '../runtime/errors.js';
import { awsCall, isNotFound } from './service-errors.js';
import type { AwsSession } from './session.js';

export interface EksCluster {
  name: string;
  arn?: string;
  endpoint: string;
  /** base64 PEM, as client-node's caData takes it. */
  caData: string;
  status: string;
  /** API | API_AND_CONFIG_MAP | CONFIG_MAP */
  authenticationMode?: string;
  version?: string;
}

const CLUSTER_NAME = /^[0-9A-Za-z][A-Za-z0-9\-_]{0,99}$/;
export const EKS_CLUSTER_NAME_FORM = 'an EKS cluster name (letters, digits, - and _, starting with a letter or digit, at most 100)';

export function isEksClusterName(name: string): boolean {
  return CLUSTER_NAME.test(name);
}

/** DescribeCluster, with the errors a user can act on: no such cluster in this region, not ACTIVE yet. */
export async function describeEksCluster(session: AwsSession, name: string, signal?: AbortSignal): Promise<EksCluster> {
  const { EKSClient, DescribeClusterCommand } = await import('./eks-sdk.js');
  const client = session.client(EKSClient);
  let cluster: DescribeClusterCommandOutput['cluster'];
  try {
    cluster = (
      await awsCall({ action: 'eks:DescribeCluster', resource: `cluster ${name}` }, () =>
        client.send(new DescribeClusterCommand({ name }), signal ? { abortSignal: signal } : {}),
      )
    ).cluster;
  } catch (error) {
    if (isNotFound(error)) {
      throw new ActionError(`EKS cluster '${name}' does not exist in region ${session.region}.`, {
        cause: error,
        hint: 'Check cluster-name and aws-region (aws eks list-clusters --region <region> lists them).',
      });
    }
    throw error;
  }
  const status = cluster?.status ?? 'UNKNOWN';
  if (status !== 'ACTIVE' || !cluster?.endpoint || !cluster.certificateAuthority?.data) {
    throw new ActionError(`EKS cluster '${name}' is ${status}, not ACTIVE: it has no API endpoint to deploy to yet.`, {
      hint: status === 'CREATING' || status === 'UPDATING' ? 'Wait until the cluster is ACTIVE, then re-run the job.' : 'Check the cluster in the EKS console.',
    });
  }
  return {
    name,
    ...(cluster.arn ? { arn: cluster.arn } : {}),
    endpoint: cluster.endpoint,
    caData: cluster.certificateAuthority.data,
    status,
    ...(cluster.accessConfig?.authenticationMode ? { authenticationMode: cluster.accessConfig.authenticationMode } : {}),
    ...(cluster.version ? { version: cluster.version } : {}),
  };
}

/** SHA-256 for the signer, from node:crypto (no extra package). */
class Sha256 implements Checksum {
  private hash: ReturnType<typeof createHash> | ReturnType<typeof createHmac>;
  constructor(private readonly secret?: SourceData) {
    this.hash = this.fresh();
  }
  private fresh(): ReturnType<typeof createHash> | ReturnType<typeof createHmac> {
    return this.secret === undefined ? createHash('sha256') : createHmac('sha256', toBuffer(this.secret));
  }
  update(data: Uint8Array | string): void {
    this.hash.update(toBuffer(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
  reset(): void {
    this.hash = this.fresh();
  }
}

function toBuffer(data: SourceData): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(data as ArrayBuffer);
}

/** The STS host of a region (its partition's DNS suffix). */
export function stsHost(region: string): string {
  if (region.startsWith('cn-')) return `sts.${region}.amazonaws.com.cn`;
  if (region.startsWith('us-iso-')) return `sts.${region}.c2s.ic.gov`;
  if (region.startsWith('us-isob-')) return `sts.${region}.sc2s.sgov.gov`;
  return `sts.${region}.amazonaws.com`;
}

/** How long STS honours the presigned request, and how long clients use a token (aws-iam-authenticator's 14 min). */
export const EKS_TOKEN_PRESIGN_SECONDS = 60;
export const EKS_TOKEN_LIFETIME_MS = 14 * 60_000;

/**
 * `k8s-aws-v1.` + base64url (no padding) of an STS GetCallerIdentity URL presigned for 60 s with the header
 * `x-k8s-aws-id: <cluster>` signed, so the token is good for this cluster only.
 */
export async function eksToken(credentials: AwsCredentialIdentity, region: string, clusterName: string, signingDate = new Date()): Promise<string> {
  const host = stsHost(region);
  const signer = new SignatureV4({ credentials, region, service: 'sts', sha256: Sha256, uriEscapePath: true });
  const signed = await signer.presign(
    {
      method: 'GET',
      protocol: 'https:',
      hostname: host,
      path: '/',
      query: { Action: 'GetCallerIdentity', Version: '2011-06-15' },
      headers: { host, 'x-k8s-aws-id': clusterName },
    },
    { expiresIn: EKS_TOKEN_PRESIGN_SECONDS, signingDate },
  );
  const query = Object.entries(signed.query ?? {})
    .flatMap(([key, value]) => (Array.isArray(value) ? value.map((v) => [key, v]) : [[key, value ?? '']]))
    .map(([key, value]) => `${encodeURIComponent(key as string)}=${encodeURIComponent(value as string)}`)
    .join('&');
  return `k8s-aws-v1.${Buffer.from(`https://${host}/?${query}`, 'utf8').toString('base64url')}`;
}

/**
 * The IAM principal to name in access hints: the role of an assumed-role session (what an EKS access entry or an
 * aws-auth mapping names), else the ARN as STS gave it.
 */
export function accessPrincipal(callerArn: string): string {
  const m = /^arn:([\w-]+):sts::(\d{12}):assumed-role\/([^/]+)\/.+$/.exec(callerArn);
  return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : callerArn;
}

/** What to do about a 401/403 from an EKS cluster, by its authentication mode. */
export function eksAccessHint(cluster: Pick<EksCluster, 'name' | 'authenticationMode'>, principal?: string): string {
  const who = principal ?? '<the IAM role the action runs as>';
  const entry = `aws eks create-access-entry --cluster-name ${cluster.name} --principal-arn ${who}, then aws eks associate-access-policy --cluster-name ${cluster.name} --principal-arn ${who} --policy-arn arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy --access-scope type=namespace,namespaces=<namespace>`;
  const configMap = `map ${who} in the kube-system/aws-auth ConfigMap (mapRoles) to a group bound to the RBAC the action README lists`;
  switch (cluster.authenticationMode) {
    case 'API':
      return `Cluster ${cluster.name} authenticates with EKS access entries only: ${entry}.`;
    case 'CONFIG_MAP':
      return `Cluster ${cluster.name} authenticates with the aws-auth ConfigMap only: ${configMap}.`;
    default:
      return `Give ${who} access to cluster ${cluster.name} with an EKS access entry (${entry}), or ${configMap}.`;
  }
}

/**
 * Access to one EKS cluster for the Kubernetes client: a token made from the session's current credentials,
 * reused for 14 minutes and made again after that (or after a 401), each new one masked in the log.
 */
export function eksClusterAccess(session: AwsSession, cluster: EksCluster, options: { now?: () => number; lifetimeMs?: number } = {}): ClusterAccess {
  const now = options.now ?? Date.now;
  const lifetime = options.lifetimeMs ?? EKS_TOKEN_LIFETIME_MS;
  let cached: { token: string; madeAt: number } | undefined;
  let principal: string | undefined;
  const credentials = async (): Promise<AwsCredentialIdentity> => {
    const { EKSClient } = await import('./eks-sdk.js');
    const provider = session.client(EKSClient).config.credentials as AwsCredentialIdentityProvider;
    return provider();
  };
  const lookUpPrincipal = async (): Promise<string | undefined> => {
    if (principal) return principal;
    const { STSClient, GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
    const identity = await session.client(STSClient).send(new GetCallerIdentityCommand({}));
    principal = identity.Arn ? accessPrincipal(identity.Arn) : undefined;
    return principal;
  };
  return {
    name: cluster.name,
    server: cluster.endpoint,
    caData: cluster.caData,
    token: async () => {
      const at = now();
      if (cached && at - cached.madeAt < lifetime) return cached.token;
      const token = await eksToken(await credentials(), session.region, cluster.name, new Date(at));
      core.setSecret(token);
      if (cached) core.info(`Made a new EKS token (the previous one was ${Math.round((at - cached.madeAt) / 60_000)} min old).`);
      cached = { token, madeAt: at };
      return token;
    },
    invalidate: () => {
      cached = undefined;
    },
    identity: async () => lookUpPrincipal(),
    get accessHint() {
      return eksAccessHint(cluster, principal);
    },
  };
}
