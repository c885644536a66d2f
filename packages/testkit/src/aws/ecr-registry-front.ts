// The registry front: the proxyEndpoint the world's GetAuthorizationToken hands out. It relays every request to
// the real registry unchanged (the Authorization header included: the registry's htpasswd is what accepts or
// refuses the password) and adds what ECR does that a plain registry does not:
// - an expired token (world.ecr.expireTokens(), or past expiresAt) is refused: 403 DENIED "Your authorization
//   token has expired. Reauthenticate and try again."
// - a repository that does not exist in ECR (moto) cannot be pushed to or pulled from: 404 NAME_UNKNOWN, as
//   ECR answers (a plain registry creates repositories on first push).
// - tag immutability: a manifest PUT to a tag that already points at another digest, in a repository whose
//   imageTagMutability is IMMUTABLE, is refused: 400 TAG_INVALID "The image tag '<tag>' already exists in the
//   '<repo>' repository and cannot be overwritten because the repository is immutable." A PUT of the same digest
//   to the same tag is accepted (nothing changes). This is where immutability is enforced for pushes.
// - IAM (with enforceIam): each registry request is authorised as ECR does, against the identity policies of the
//   principal that called GetAuthorizationToken for the current password (one password at a time, so the last
//   caller; tests with several principals must not rely on this), on the repository ARN:
//     HEAD blob -> ecr:BatchCheckLayerAvailability   GET blob -> ecr:GetDownloadUrlForLayer
//     POST blobs/uploads -> ecr:InitiateLayerUpload  PATCH upload -> ecr:UploadLayerPart
//     PUT upload -> ecr:CompleteLayerUpload          GET/HEAD manifest -> ecr:BatchGetImage
//     PUT manifest -> ecr:PutImage                   DELETE manifest -> ecr:BatchDeleteImage
//     tags/list -> ecr:ListImages                    _catalog -> ecr:DescribeRepositories
//   /v2/ (the ping) needs only a valid token. Not enforced for registry requests: KMS permissions of a KMS
//   encrypted repository, repository policies (resource-based), cross-account pulls.
// Faults (world.ecr.registryFaults.add(...)) refuse matching requests before they reach the registry.
// Every request is recorded (method, path, repository, the IAM action, status, bytes in) for assertions and
// for the bench's "bytes pushed".
import { createHash } from 'node:crypto';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { storedTag } from '../registry/storage.js';
import type { EcrBridge } from './ecr-bridge.js';
import type { Authorization } from './iam.js';
import type { AwsError } from './protocol.js';

export interface RegistryRequestRecord {
  time: number;
  method: string;
  /** Path and query as sent. */
  path: string;
  repository?: string;
  /** The ECR IAM action this request stands for. */
  action?: string;
  /** 0 until answered. */
  status: number;
  /** Request body bytes (layer and manifest uploads). */
  bytesIn: number;
  /** Who refused it: the front (ECR rules) or the registry itself (e.g. a wrong password); absent when accepted. */
  refusedBy?: 'front' | 'registry';
  /** The registry error code of a refusal (UNAUTHORIZED, DENIED, NAME_UNKNOWN, TAG_INVALID...). */
  code?: string;
  /** The injected fault, when one struck (the request never reached the registry). */
  fault?: RegistryFaultSpec['kind'];
}

/**
 * A registry fault: the next `count` matching requests get `kind` instead of reaching the registry (nothing takes
 * effect): an HTTP 500/503/429 with a registry error body, or a reset connection.
 */
export interface RegistryFaultSpec {
  /** HTTP method; any when omitted. */
  method?: string;
  /** The IAM action the request stands for (e.g. 'ecr:PutImage', 'ecr:InitiateLayerUpload'); any when omitted. */
  action?: string;
  /** A substring of the path; any when omitted. */
  path?: string;
  kind: 'http500' | 'http503' | 'http429' | 'reset';
  count: number;
}

export interface RegistryFrontOptions {
  bridge: EcrBridge;
  registryUrl: string;
  accountId: string;
  region: string;
  /** When set, registry requests are authorised like ECR API calls (undefined = allowed, else the refusal). */
  authorize?: (accessKeyId: string | undefined, requests: Authorization[]) => Promise<AwsError | undefined>;
}

export interface RegistryFront {
  url: string;
  requests: RegistryRequestRecord[];
  faults: { add(f: RegistryFaultSpec): void; clear(): void; pending(): RegistryFaultSpec[] };
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'proxy-connection', 'upgrade', 'te', 'trailer', 'proxy-authorization']);
const ROUTE = /^\/v2\/(.+?)\/(manifests\/[^/]+|blobs\/uploads\/[^/]*|blobs\/[^/]+|tags\/list)$/;

interface Route {
  repository?: string;
  action?: string;
  /** The tag of a manifest PUT (not a digest reference). */
  tag?: string;
}

function route(method: string, pathname: string): Route {
  if (pathname === '/v2/' || pathname === '/v2') return {};
  if (pathname === '/v2/_catalog') return { action: 'ecr:DescribeRepositories' };
  const match = ROUTE.exec(pathname);
  if (!match) return {};
  const repository = match[1]!;
  const rest = match[2]!;
  if (rest.startsWith('manifests/')) {
    const reference = decodeURIComponent(rest.slice('manifests/'.length));
    if (method === 'PUT') return { repository, action: 'ecr:PutImage', ...(reference.includes(':') ? {} : { tag: reference }) };
    if (method === 'DELETE') return { repository, action: 'ecr:BatchDeleteImage' };
    return { repository, action: 'ecr:BatchGetImage' };
  }
  if (rest.startsWith('blobs/uploads/')) {
    const id = rest.slice('blobs/uploads/'.length);
    if (method === 'POST' || id === '') return { repository, action: 'ecr:InitiateLayerUpload' };
    if (method === 'PUT') return { repository, action: 'ecr:CompleteLayerUpload' };
    if (method === 'DELETE') return { repository, action: 'ecr:UploadLayerPart' };
    return { repository, action: 'ecr:UploadLayerPart' };
  }
  if (rest === 'tags/list') return { repository, action: 'ecr:ListImages' };
  return { repository, action: method === 'HEAD' ? 'ecr:BatchCheckLayerAvailability' : 'ecr:GetDownloadUrlForLayer' };
}

function basicPassword(header: string | undefined): string | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon >= 0 && decoded.slice(0, colon) === 'AWS' ? decoded.slice(colon + 1) : undefined;
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startRegistryFront(options: RegistryFrontOptions): Promise<RegistryFront> {
  const requests: RegistryRequestRecord[] = [];
  const registry = new URL(options.registryUrl);
  let faults: RegistryFaultSpec[] = [];
  const takeFault = (method: string, path: string, action: string | undefined): RegistryFaultSpec | undefined => {
    const index = faults.findIndex(
      (f) =>
        (f.method === undefined || f.method === method) && (f.action === undefined || f.action === action) && (f.path === undefined || path.includes(f.path)),
    );
    if (index < 0) return undefined;
    const fault = faults[index]!;
    fault.count -= 1;
    if (fault.count === 0) faults.splice(index, 1);
    return fault;
  };

  const refuse = (res: ServerResponse, record: RegistryRequestRecord, status: number, code: string, message: string): void => {
    record.status = status;
    record.refusedBy = 'front';
    record.code = code;
    const body = JSON.stringify({ errors: [{ code, message, detail: null }] });
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'docker-distribution-api-version': 'registry/2.0',
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
  };

  const relay = (req: IncomingMessage, res: ServerResponse, record: RegistryRequestRecord, body?: Buffer): void => {
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
    if (body) {
      headers['content-length'] = String(body.length);
    } else if (req.headers['transfer-encoding']) {
      headers['transfer-encoding'] = 'chunked';
    }
    const upstream = httpRequest({ host: registry.hostname, port: registry.port, method: req.method, path: req.url, headers, agent: false }, (answer) => {
      record.status = answer.statusCode ?? 502;
      const raw: string[] = [];
      for (let i = 0; i < answer.rawHeaders.length; i += 2) {
        if (!HOP_BY_HOP.has(answer.rawHeaders[i]!.toLowerCase())) raw.push(answer.rawHeaders[i]!, answer.rawHeaders[i + 1]!);
      }
      if (record.status >= 400) {
        record.refusedBy = 'registry';
        const chunks: Buffer[] = [];
        answer.on('data', (c: Buffer) => chunks.push(c));
        answer.on('end', () => {
          const whole = Buffer.concat(chunks);
          try {
            record.code = (JSON.parse(whole.toString('utf8')) as { errors?: { code?: string }[] }).errors?.[0]?.code;
          } catch {
            // not JSON: no code
          }
          res.writeHead(record.status, raw);
          res.end(whole);
        });
        return;
      }
      res.writeHead(record.status, raw);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      record.status = 502;
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
    if (body) {
      record.bytesIn += body.length;
      upstream.end(body);
    } else {
      req.on('data', (c: Buffer) => (record.bytesIn += c.length));
      req.pipe(upstream);
    }
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://front.invalid');
    const r = route(method, url.pathname);
    const record: RegistryRequestRecord = {
      time: Date.now(),
      method,
      path: `${url.pathname}${url.search}`,
      ...(r.repository ? { repository: r.repository } : {}),
      ...(r.action ? { action: r.action } : {}),
      status: 0,
      bytesIn: 0,
    };
    requests.push(record);
    const fault = takeFault(method, record.path, r.action);
    if (fault) {
      record.fault = fault.kind;
      if (fault.kind === 'reset') {
        req.socket.destroy();
        return;
      }
      const status = fault.kind === 'http500' ? 500 : fault.kind === 'http503' ? 503 : 429;
      refuse(res, record, status, status === 429 ? 'TOOMANYREQUESTS' : 'UNAVAILABLE', `injected ${fault.kind}`);
      return;
    }
    const password = basicPassword(req.headers.authorization);
    const current = options.bridge.currentToken();
    // Not the current token (none, a wrong or a rotated password): the registry's htpasswd answers.
    if (password === undefined || !current || password !== current.password) {
      relay(req, res, record);
      return;
    }
    if (options.bridge.isExpired(password)) {
      refuse(res, record, 403, 'DENIED', 'Your authorization token has expired. Reauthenticate and try again.');
      return;
    }
    if (options.authorize && r.action) {
      const resource = r.repository
        ? `arn:aws:ecr:${options.region}:${options.accountId}:repository/${r.repository}`
        : `arn:aws:ecr:${options.region}:${options.accountId}:repository/*`;
      const refusal = await options.authorize(current.accessKeyId, [{ action: r.action, resource }]);
      if (refusal) {
        refuse(res, record, 403, 'DENIED', refusal.message);
        return;
      }
    }
    if (!r.repository) {
      relay(req, res, record);
      return;
    }
    const repo = await options.bridge.repository(r.repository);
    if (!repo) {
      refuse(res, record, 404, 'NAME_UNKNOWN', `The repository with name '${r.repository}' does not exist in the registry with id '${options.accountId}'`);
      return;
    }
    if (r.tag && repo.imageTagMutability === 'IMMUTABLE') {
      const body = await readAll(req);
      const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
      const existing = await storedTag(options.bridge.registry.dataDir, r.repository, r.tag);
      if (existing && existing !== digest) {
        record.bytesIn = body.length;
        refuse(
          res,
          record,
          400,
          'TAG_INVALID',
          `The image tag '${r.tag}' already exists in the '${r.repository}' repository and cannot be overwritten because the repository is immutable.`,
        );
        return;
      }
      relay(req, res, record, body);
      return;
    }
    relay(req, res, record);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        const body = JSON.stringify({ errors: [{ code: 'UNKNOWN', message: `registry front: ${(error as Error).message}` }] });
        res.writeHead(500, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      } else {
        res.destroy();
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let closed: Promise<void> | undefined;
  return {
    url,
    requests,
    faults: {
      add: (f) => {
        if (!Number.isInteger(f.count) || f.count < 1) throw new Error(`registry fault count must be a positive integer, got ${f.count}`);
        if (!['http500', 'http503', 'http429', 'reset'].includes(f.kind)) throw new Error(`unknown registry fault kind ${String(f.kind)}`);
        faults.push({ ...f });
      },
      clear: () => {
        faults = [];
      },
      pending: () => faults.map((f) => ({ ...f })),
    },
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })),
  };
}
