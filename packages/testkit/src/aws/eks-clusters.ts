// EKS clusters whose API server is local (the k8s world): moto keeps the cluster (CreateCluster, ListClusters,
// its ARN, version, tags) but makes up an endpoint and CA, so the layer puts the real ones into
// DescribeCluster's answer, as AWS would for an ACTIVE cluster.
import type { HeldAnswer } from './moto-http.js';

export interface EksClusterAccess {
  endpoint: string;
  /** base64 of the CA's PEM, as EKS returns it. */
  certificateAuthorityData: string;
}

/** The cluster name of a DescribeCluster path (/clusters/{name}). */
export function eksClusterName(rawUrl: string): string {
  const m = /^\/clusters\/([^/?]+)/.exec(new URL(rawUrl, 'http://layer.invalid').pathname);
  return m ? decodeURIComponent(m[1]!) : '';
}

export function describeClusterAnswer(held: HeldAnswer, access: EksClusterAccess): HeldAnswer {
  if (held.status !== 200) return held;
  const payload = JSON.parse(held.body.toString('utf8')) as { cluster?: Record<string, unknown> };
  if (!payload.cluster) return held;
  payload.cluster.endpoint = access.endpoint;
  payload.cluster.certificateAuthority = { data: access.certificateAuthorityData };
  payload.cluster.status = 'ACTIVE';
  const body = Buffer.from(JSON.stringify(payload));
  const headers = { ...held.headers };
  delete headers['content-length'];
  return { ...held, headers, body };
}
