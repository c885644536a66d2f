// Recognising AWS requests (service, operation, signing key) and answering with AWS-shaped errors.
// Kept protocol-generic on purpose: SageMaker/ECR speak JSON 1.1, STS speaks Query (XML), EKS speaks
// REST-JSON and S3 REST-XML, and every piece of the layer (faults, expiry, owned operations) must
// answer each of them the way the real service would, or the SDK under test misreads the error.
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';

export type Protocol = 'json' | 'query' | 'rest-json' | 'rest-xml';

interface ServiceInfo {
  protocol: Protocol;
  /** JSON protocols: the Content-Type the service answers with. */
  contentType?: string;
  /** Query protocol: the XML namespace of its responses. */
  xmlns?: string;
}

/** Keyed by the SigV4 signing name (the SERVICE part of the credential scope). */
const SERVICES: Record<string, ServiceInfo> = {
  sagemaker: { protocol: 'json', contentType: 'application/x-amz-json-1.1' },
  ecr: { protocol: 'json', contentType: 'application/x-amz-json-1.1' },
  logs: { protocol: 'json', contentType: 'application/x-amz-json-1.1' },
  // CloudWatch (signing name monitoring): the JS SDK speaks JSON 1.0 to it.
  monitoring: { protocol: 'json', contentType: 'application/x-amz-json-1.0' },
  sts: { protocol: 'query', xmlns: 'https://sts.amazonaws.com/doc/2011-06-15/' },
  iam: { protocol: 'query', xmlns: 'https://iam.amazonaws.com/doc/2010-05-08/' },
  eks: { protocol: 'rest-json' },
  s3: { protocol: 'rest-xml' },
};

/** Query actions that AWS accepts unsigned, so only the body tells whose they are. */
const UNSIGNED_ACTIONS: Record<string, string> = {
  AssumeRoleWithWebIdentity: 'sts',
  AssumeRoleWithSAML: 'sts',
};

export interface RequestIdentity {
  service: string;
  operation: string;
  protocol: Protocol;
  region?: string;
  accessKeyId?: string;
  /** Parsed body: the JSON object (JSON protocols) or the form fields (Query). */
  params: Record<string, unknown>;
}

const CREDENTIAL_RE = /Credential=([^/,\s]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request/;

/** The signing key and scope, from the Authorization header or a presigned URL's X-Amz-Credential. */
export function credentialScope(headers: IncomingHttpHeaders, url: URL): { accessKeyId: string; region: string; service: string } | undefined {
  const auth = headers.authorization;
  const fromHeader = typeof auth === 'string' ? CREDENTIAL_RE.exec(auth) : null;
  if (fromHeader) return { accessKeyId: fromHeader[1]!, region: fromHeader[3]!, service: fromHeader[4]! };
  const presigned = url.searchParams.get('X-Amz-Credential');
  if (presigned) {
    const [accessKeyId, , region, service] = presigned.split('/');
    if (accessKeyId && region && service) return { accessKeyId, region, service };
  }
  return undefined;
}

export function protocolOf(service: string): Protocol {
  return SERVICES[service]?.protocol ?? 'json';
}

function isForm(headers: IncomingHttpHeaders): boolean {
  return String(headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
}

function parseJson(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Identify a request well enough to log it, fault it and route it. Never throws. */
export function identify(method: string, rawUrl: string, headers: IncomingHttpHeaders, body: Buffer): RequestIdentity {
  const url = new URL(rawUrl, 'http://layer.invalid');
  const scope = credentialScope(headers, url);
  const form = isForm(headers) ? new URLSearchParams(body.toString('utf8')) : undefined;
  const action = form?.get('Action') ?? url.searchParams.get('Action') ?? undefined;
  const service = scope?.service ?? (action ? UNSIGNED_ACTIONS[action] : undefined) ?? 'unknown';
  const protocol = protocolOf(service);
  const target = headers['x-amz-target'];

  let operation = 'Unknown';
  let params: Record<string, unknown> = {};
  if (typeof target === 'string' && target.includes('.')) {
    operation = target.slice(target.lastIndexOf('.') + 1);
    params = parseJson(body);
  } else if (action) {
    operation = action;
    params = Object.fromEntries(form ?? url.searchParams);
  } else if (protocol === 'rest-json' || protocol === 'rest-xml') {
    operation = restOperation(service, method, url, headers) ?? 'Unknown';
    params = protocol === 'rest-json' ? parseJson(body) : service === 's3' ? s3Params(url) : {};
    // EKS names the cluster in the path (/clusters/{name}/...): the IAM rules need it.
    const cluster = service === 'eks' ? /^\/clusters\/([^/]+)/.exec(url.pathname)?.[1] : undefined;
    if (cluster) params = { ...params, name: decodeURIComponent(cluster) };
  }
  return { service, operation, protocol, region: scope?.region, accessKeyId: scope?.accessKeyId, params };
}

// REST protocols route by method + path; these tables cover what the actions call (EKS, S3) and fall back
// to 'Unknown' rather than guess. Extend them when a new operation needs faults or logging by name.
const EKS_ROUTES: Array<[string, RegExp, string]> = [
  ['GET', /^\/clusters\/?$/, 'ListClusters'],
  ['POST', /^\/clusters\/?$/, 'CreateCluster'],
  ['GET', /^\/clusters\/[^/]+\/?$/, 'DescribeCluster'],
  ['DELETE', /^\/clusters\/[^/]+\/?$/, 'DeleteCluster'],
  ['GET', /^\/clusters\/[^/]+\/node-groups\/?$/, 'ListNodegroups'],
  ['GET', /^\/clusters\/[^/]+\/node-groups\/[^/]+\/?$/, 'DescribeNodegroup'],
];

function restOperation(service: string, method: string, url: URL, headers: IncomingHttpHeaders): string | undefined {
  if (service === 'eks') return EKS_ROUTES.find(([m, re]) => m === method && re.test(url.pathname))?.[2];
  if (service === 's3') return s3Operation(method, url, headers);
  return undefined;
}

/** Bucket, Key and the list prefix of a path-style S3 request (what IAM rules and logs need). */
function s3Params(url: URL): Record<string, unknown> {
  const [bucket = '', ...keyParts] = url.pathname.replace(/^\//, '').split('/');
  const key = keyParts.join('/');
  const prefix = url.searchParams.get('prefix');
  return {
    Bucket: decodeURIComponent(bucket),
    ...(key ? { Key: decodeURIComponent(key) } : {}),
    ...(prefix !== null ? { Prefix: prefix } : {}),
  };
}

function s3Operation(method: string, url: URL, headers: IncomingHttpHeaders): string | undefined {
  // Path-style only (the SDK is configured with forcePathStyle against a local endpoint).
  const [bucket, ...keyParts] = url.pathname.replace(/^\//, '').split('/');
  const q = url.searchParams;
  const hasKey = keyParts.join('/') !== '';
  if (!bucket) return method === 'GET' ? 'ListBuckets' : undefined;
  if (hasKey) {
    if (q.has('uploads') && method === 'POST') return 'CreateMultipartUpload';
    if (q.has('uploadId')) {
      if (method === 'PUT') return 'UploadPart';
      if (method === 'POST') return 'CompleteMultipartUpload';
      if (method === 'DELETE') return 'AbortMultipartUpload';
      if (method === 'GET') return 'ListParts';
    }
    if (q.has('tagging')) return method === 'GET' ? 'GetObjectTagging' : method === 'PUT' ? 'PutObjectTagging' : undefined;
    if (method === 'PUT') return headers['x-amz-copy-source'] ? 'CopyObject' : 'PutObject';
    return ({ GET: 'GetObject', HEAD: 'HeadObject', DELETE: 'DeleteObject' } as Record<string, string>)[method];
  }
  if (method === 'GET')
    return q.get('list-type') === '2' ? 'ListObjectsV2' : q.has('versions') ? 'ListObjectVersions' : q.has('location') ? 'GetBucketLocation' : 'ListObjects';
  if (method === 'POST' && q.has('delete')) return 'DeleteObjects';
  return ({ PUT: 'CreateBucket', HEAD: 'HeadBucket', DELETE: 'DeleteBucket' } as Record<string, string>)[method];
}

// ---------------------------------------------------------------------------------------------------
// Errors

export interface AwsError {
  status: number;
  code: string;
  message: string;
}

export function requestId(): string {
  return randomUUID();
}

function xmlEscape(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** The wire form of an error in the service's protocol (status, headers, body). */
export function renderError(service: string, error: AwsError, method = 'POST'): { status: number; headers: Record<string, string>; body: string } {
  const id = requestId();
  const info = SERVICES[service] ?? { protocol: protocolOf(service) };
  switch (info.protocol) {
    case 'query': {
      const type = error.status >= 500 ? 'Receiver' : 'Sender';
      const xmlns = info.xmlns ? ` xmlns="${info.xmlns}"` : '';
      const body =
        `<ErrorResponse${xmlns}>\n  <Error>\n    <Type>${type}</Type>\n    <Code>${xmlEscape(error.code)}</Code>\n` +
        `    <Message>${xmlEscape(error.message)}</Message>\n  </Error>\n  <RequestId>${id}</RequestId>\n</ErrorResponse>\n`;
      return { status: error.status, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': id }, body };
    }
    case 'rest-xml': {
      const body =
        method === 'HEAD'
          ? ''
          : `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${xmlEscape(error.code)}</Code><Message>${xmlEscape(error.message)}</Message>` +
            `<RequestId>${id}</RequestId><HostId>${id}</HostId></Error>`;
      return { status: error.status, headers: { 'content-type': 'application/xml', 'x-amz-request-id': id }, body };
    }
    case 'rest-json':
      return {
        status: error.status,
        headers: { 'content-type': 'application/json', 'x-amzn-errortype': error.code, 'x-amzn-requestid': id },
        body: JSON.stringify({ message: error.message }),
      };
    default:
      return {
        status: error.status,
        headers: { 'content-type': info.contentType ?? 'application/x-amz-json-1.1', 'x-amzn-errortype': error.code, 'x-amzn-requestid': id },
        body: JSON.stringify({ __type: error.code, message: error.message }),
      };
  }
}

export function sendError(res: ServerResponse, service: string, error: AwsError, method = 'POST'): void {
  const { status, headers, body } = renderError(service, error, method);
  res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** The wire form of a successful JSON-protocol answer (epoch-second numbers for timestamps, as the protocol has them). */
export function renderJson(service: string, payload: unknown, status = 200): { status: number; headers: Record<string, string>; body: string } {
  const contentType = SERVICES[service]?.contentType ?? 'application/x-amz-json-1.1';
  return { status, headers: { 'content-type': contentType, 'x-amzn-requestid': requestId() }, body: JSON.stringify(payload) };
}

export function sendJson(res: ServerResponse, service: string, payload: unknown, status = 200): void {
  const answer = renderJson(service, payload, status);
  res.writeHead(answer.status, { ...answer.headers, 'content-length': Buffer.byteLength(answer.body) });
  res.end(answer.body);
}

export type ErrorKind = 'throttle' | 'http500' | 'http503' | 'expired-token' | 'access-denied' | 'idp-communication';

/**
 * The error each service really sends for a kind of failure: the codes differ by protocol (Query says
 * `Throttling`/`ExpiredToken`/`AccessDenied`, JSON says `...Exception`) and S3 has its own.
 */
export function standardError(kind: ErrorKind, service: string, detail: { principal?: string; action?: string; resource?: string } = {}): AwsError {
  const protocol = protocolOf(service);
  const s3 = service === 's3';
  switch (kind) {
    case 'throttle':
      if (s3) return { status: 503, code: 'SlowDown', message: 'Please reduce your request rate.' };
      return { status: 400, code: protocol === 'query' ? 'Throttling' : 'ThrottlingException', message: 'Rate exceeded' };
    case 'http500':
      return s3
        ? { status: 500, code: 'InternalError', message: 'We encountered an internal error. Please try again.' }
        : { status: 500, code: 'InternalFailure', message: 'The request processing has failed because of an unknown error, exception or failure.' };
    case 'http503':
      return { status: 503, code: 'ServiceUnavailable', message: s3 ? 'Service is unable to handle request.' : 'Service Unavailable' };
    case 'expired-token': {
      const message = 'The security token included in the request is expired';
      if (protocol === 'query') return { status: 403, code: 'ExpiredToken', message };
      if (s3) return { status: 400, code: 'ExpiredToken', message: 'The provided token has expired.' };
      return { status: protocol === 'rest-json' ? 403 : 400, code: 'ExpiredTokenException', message };
    }
    case 'idp-communication':
      // STS's answer when it cannot fetch the OIDC provider's keys in time (AssumeRoleWithWebIdentity only).
      return {
        status: 400,
        code: 'IDPCommunicationError',
        message: "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
      };
    case 'access-denied': {
      if (s3) return { status: 403, code: 'AccessDenied', message: 'Access Denied' };
      const action = detail.action ?? `${service}:Unknown`;
      const message =
        `User: ${detail.principal ?? 'unknown'} is not authorized to perform: ${action} on resource: ${detail.resource ?? '*'} ` +
        `because no identity-based policy allows the ${action} action`;
      if (protocol === 'query') return { status: 403, code: 'AccessDenied', message };
      return { status: protocol === 'rest-json' ? 403 : 400, code: 'AccessDeniedException', message };
    }
  }
}
