// A Kubernetes API server on 127.0.0.1 (HTTPS, self-signed CA) with a simulated control plane and node:
// what kubectl and @kubernetes/client-node talk to in tests. See index.ts for the public API.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { HARNESS_ACCESS_KEY_ID, HARNESS_SECRET_ACCESS_KEY, STATIC_ACCESS_KEY_ID, STATIC_SECRET_ACCESS_KEY } from '../aws/credentials.js';
import type { AwsWorld } from '../aws/aws-world.js';
import { selfSignedCertificate } from '../tls.js';
import { alreadyExists, ApiStatusError, badRequest, conflict, forbidden, notFound, UNAUTHORIZED } from './api-errors.js';
import { applyPatch, ManagedFields } from './apply.js';
import { WorldClock, type ClockMode } from './clock.js';
import { ControlPlane } from './controller.js';
import { applyDefaults } from './defaults.js';
import { apiGroup, apiGroupList, apiResourceList, apiVersions, versionInfo } from './discovery.js';
import { openApiDocument, openApiRoot } from './openapi.js';
import { verifyEksToken, type Identity } from './eks-token.js';
import { EventRecorder } from './events.js';
import { K8sFaults, type K8sFaultSpec, type RequestAttributes } from './faults.js';
import { ImageBook, type ImageSpec } from './images.js';
import { podView } from './kubelet.js';
import { jsonPatch, mergePatch, PatchError, strategicMergePatch } from './patch.js';
import { apiVersionOf, qualifiedName, RESOURCE_TYPES, typeByResource, type ResourceType } from './resources.js';
import { fieldSelectorMatcher, labelSelectorMatcher, matchesLabelSelector, SelectorError } from './selectors.js';
import { ObjectStore, StoreError, type StoredEvent } from './store.js';
import { clone, isRecord, type Deployment, type K8sObject, type Pod, type Service } from './types.js';
import { toTable, wantsTable } from './table.js';
import { validate } from './validation.js';

export interface K8sWorldOptions {
  /** The EKS cluster name tokens must be signed for (x-k8s-aws-id). Default `ml-staging`. */
  clusterName?: string;
  /** The AWS world whose STS vouches for EKS tokens (signature with the keys it issued, identity from its STS). */
  aws?: AwsWorld;
  /** Bearer tokens accepted as they are (kubeconfig tests): token -> username. */
  staticTokens?: Record<string, string>;
  /** 'real' (default): time passes and the world ticks by itself; 'manual': only clock.advance() moves it. */
  clock?: ClockMode;
  /** Real-clock mode: how often the world looks at the time (ms, default 100). */
  tickMs?: number;
  /** What containers of images the test did not describe do (default: ready after 1 s). */
  defaultImage?: ImageSpec;
  /** Namespaces that exist (default ['default', 'kube-system']); world.apply creates others, API clients get 404. */
  namespaces?: string[];
  /** How many changes a watch can resume across before 410 Gone (default 5000). */
  watchHistory?: number;
  /** An EKS token older than this is refused (default 15 min, as STS does). */
  tokenMaxAgeMs?: number;
  /** Server version (default 1.32). */
  minor?: string;
}

export interface K8sRequestRecord {
  at: number;
  method: string;
  path: string;
  query: Record<string, string>;
  verb: string;
  resource?: string;
  subresource?: string;
  namespace?: string;
  name?: string;
  contentType?: string;
  fieldManager?: string;
  userAgent?: string;
  /** Who the request authenticated as (undefined: it did not). */
  user?: string;
  status: number;
  fault?: string;
  /** The request body as parsed (JSON/YAML), for writes. */
  body?: unknown;
}

export type AccessRule = (identity: Identity, attrs: RequestAttributes) => 'allow' | 'unauthorized' | 'forbidden' | undefined;

export interface K8sWorld {
  /** https://127.0.0.1:PORT */
  server: string;
  clusterName: string;
  /** PEM of the CA that signed the serving certificate. */
  caPem: string;
  /** base64 of the PEM: EKS's certificateAuthority.data, client-node's caData, kubeconfig's certificate-authority-data. */
  caData: string;
  clock: WorldClock;
  images: ImageBook;
  faults: { add(f: K8sFaultSpec): void; clear(): void; pending(): K8sFaultSpec[] };
  /** Access rules, first verdict wins (e.g. deny one role with 403, as a missing access entry / RBAC would). */
  access: {
    add(rule: AccessRule): void;
    /** Identities whose ARN contains `arnPart` get `status` (401: no access entry mapping; 403: RBAC denial). */
    deny(arnPart: string, status: 401 | 403, verbs?: string[]): void;
    clear(): void;
  };
  requests: K8sRequestRecord[];
  /** Why tokens were refused (aws-iam-authenticator's reasons; the client only ever sees 401 Unauthorized). */
  authFailures: Array<{ at: number; reason: string }>;
  /** The next request matching (arrival, before it is answered). */
  nextRequest(match: Partial<Pick<K8sRequestRecord, 'verb' | 'resource' | 'name' | 'subresource' | 'method'>>): Promise<K8sRequestRecord>;
  /** Creates (or replaces the spec of) an object as the harness: no auth, no faults. */
  apply(obj: K8sObject): K8sObject;
  get<T extends K8sObject = K8sObject>(resource: string, namespace: string, name: string): T | undefined;
  list<T extends K8sObject = K8sObject>(resource: string, namespace?: string): T[];
  /** Runs the controllers and the node now (writes already do; this is for after clock or image changes). */
  settle(): void;
  /** Forget the watch history: a watch from an earlier resourceVersion gets 410 Gone. */
  compact(): void;
  /** A static bearer token for `username`, accepted from now on. */
  staticToken(username?: string): string;
  /** A kubeconfig (YAML) for this server with the CA and a token (or an exec plugin). */
  kubeconfig(user: { token: string } | { exec: object }, options?: { namespace?: string; context?: string }): string;
  /** Writes kubeconfig() to a fresh temp dir (mode 0600); returns its path. */
  writeKubeconfig(user: { token: string } | { exec: object }, options?: { namespace?: string }): string;
  /** Makes eks:DescribeCluster of the AWS world answer this server's endpoint and CA (CreateCluster in moto first). */
  registerInAws(aws?: AwsWorld): Promise<void>;
  close(): Promise<void>;
}

const JSON_HEADERS = { 'content-type': 'application/json', 'cache-control': 'no-cache, private' };

interface Route {
  type?: ResourceType;
  namespace?: string;
  name?: string;
  subresource?: string;
  rest?: string;
  watchPrefix?: boolean;
  discovery?: () => object | undefined;
}

function parsePath(pathname: string): Route | undefined {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  let group = '';
  let i: number;
  if (parts[0] === 'api' && parts[1] === 'v1') i = 2;
  else if (parts[0] === 'apis' && parts[1] === 'apps' && parts[2] === 'v1') {
    group = 'apps';
    i = 3;
  } else return undefined;
  let watchPrefix = false;
  if (parts[i] === 'watch') {
    watchPrefix = true;
    i++;
  }
  let namespace: string | undefined;
  if (parts[i] === 'namespaces' && parts.length > i + 2) {
    namespace = parts[i + 1];
    i += 2;
  }
  const resource = parts[i];
  if (!resource) return undefined;
  const type = typeByResource(group, resource);
  if (!type) return undefined;
  const name = parts[i + 1];
  const subresource = parts[i + 2];
  const rest = parts.slice(i + 3).join('/');
  // /api/v1/namespaces/{name}[/status]: the namespace object itself.
  return {
    type,
    ...(namespace ? { namespace } : {}),
    ...(name ? { name } : {}),
    ...(subresource ? { subresource } : {}),
    ...(rest ? { rest } : {}),
    watchPrefix,
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function listKind(type: ResourceType): string {
  return `${type.kind}List`;
}

function stripForList(obj: K8sObject): K8sObject {
  const { apiVersion: _a, kind: _k, ...rest } = obj;
  return rest as K8sObject;
}

export async function startK8sWorld(options: K8sWorldOptions = {}): Promise<K8sWorld> {
  const clusterName = options.clusterName ?? 'ml-staging';
  const clock = new WorldClock(options.clock ?? 'real');
  const store = new ObjectStore(() => clock.iso(), options.watchHistory);
  const images = new ImageBook(options.defaultImage ?? { behaviour: { kind: 'ready', afterSeconds: 1 } });
  const recorder = new EventRecorder(store, (ms) => clock.iso(ms));
  const plane = new ControlPlane({ store, images, events: recorder, now: () => clock.now(), iso: (ms) => clock.iso(ms) });
  const managed = new ManagedFields();
  const faults = new K8sFaults();
  const rules: AccessRule[] = [];
  const staticTokens = new Map<string, string>(Object.entries(options.staticTokens ?? {}));
  const requests: K8sRequestRecord[] = [];
  const waiters = new Set<{ match: (r: K8sRequestRecord) => boolean; resolve: (r: K8sRequestRecord) => void }>();
  let aws = options.aws;
  const NAMESPACES = typeByResource('', 'namespaces')!;
  for (const ns of options.namespaces ?? ['default', 'kube-system']) ensureNamespace(ns);

  /** Creating in a namespace that does not exist: 404 namespaces "x" not found, as the API server answers. */
  function requireNamespace(ns: string): void {
    if (!store.peek('namespaces', undefined, ns)) throw notFound(NAMESPACES, ns);
  }

  function ensureNamespace(ns: string): void {
    if (!store.peek('namespaces', undefined, ns)) {
      store.create(NAMESPACES, {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: ns, labels: { 'kubernetes.io/metadata.name': ns } },
        spec: { finalizers: ['kubernetes'] },
        status: { phase: 'Active' },
      });
    }
  }

  // ---------- the control loop: after writes (asynchronously, like real controllers) and on the clock ----------
  let scheduled = false;
  function kick(): void {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      plane.reconcile();
    });
  }
  clock.onAdvance(() => plane.reconcile());
  const ticker = clock.mode === 'real' ? setInterval(() => plane.reconcile(), options.tickMs ?? 100) : undefined;
  ticker?.unref();

  // ---------- TLS ----------
  const cert = selfSignedCertificate('kube-apiserver');
  const caData = Buffer.from(cert.cert).toString('base64');

  // ---------- authentication ----------
  async function authenticate(req: IncomingMessage): Promise<Identity | undefined> {
    const header = req.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) return undefined;
    const token = m[1]!;
    const user = staticTokens.get(token);
    if (user) return { arn: user, via: 'static-token' };
    if (!aws) return undefined;
    const world = aws;
    const verdict = await verifyEksToken(token, {
      clusterName,
      now: clock.now(),
      ...(options.tokenMaxAgeMs !== undefined ? { maxAgeMs: options.tokenMaxAgeMs } : {}),
      secrets: {
        secretFor(accessKeyId) {
          if (accessKeyId === STATIC_ACCESS_KEY_ID) return { secretAccessKey: STATIC_SECRET_ACCESS_KEY };
          if (accessKeyId === HARNESS_ACCESS_KEY_ID) return { secretAccessKey: HARNESS_SECRET_ACCESS_KEY };
          const issued = world.issuedCredentials().find((k) => k.accessKeyId === accessKeyId);
          return issued?.secretAccessKey
            ? { secretAccessKey: issued.secretAccessKey, ...(issued.sessionToken ? { sessionToken: issued.sessionToken } : {}) }
            : undefined;
        },
        async callerIdentity(query, name) {
          // STS is asked once per token (the authenticator caches, too); format, age and signature are checked
          // on every request above, so an expired or tampered token never reaches this cache.
          const cached = identityCache.get(query);
          if (cached) return cached;
          const answer = await askSts(query, name);
          if ('arn' in answer) identityCache.set(query, answer);
          return answer;
        },
      },
    });
    if (!verdict.ok) {
      authFailures.push({ at: clock.now(), reason: verdict.reason });
      return undefined;
    }
    return verdict.identity;

    async function askSts(query: string, name: string): Promise<{ arn: string } | { error: string }> {
      // What STS receives: the presigned request. moto routes a bare GET to S3 and checks no signature (verified
      // above), so the same call goes to the AWS world as the Query POST it answers, signed by name with the
      // token's key and scope: the layer's expiry and STS faults apply, and moto names the caller.
      const params = new URLSearchParams(query);
      const [accessKeyId, day, region] = (params.get('X-Amz-Credential') ?? '').split('/');
      const sessionToken = params.get('X-Amz-Security-Token');
      const res = await fetch(world.endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
          'x-k8s-aws-id': name,
          authorization: `AWS4-HMAC-SHA256 Credential=${accessKeyId}/${day}/${region}/sts/aws4_request, SignedHeaders=host;x-k8s-aws-id, Signature=${params.get('X-Amz-Signature') ?? ''}`,
          ...(sessionToken ? { 'x-amz-security-token': sessionToken } : {}),
        },
        body: new URLSearchParams({ Action: 'GetCallerIdentity', Version: params.get('Version') ?? '2011-06-15' }).toString(),
      });
      const text = await res.text();
      if (res.status !== 200)
        return { error: `${/<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? res.status}: ${/<Message>([^<]+)<\/Message>/.exec(text)?.[1] ?? ''}` };
      const arn = /<Arn>([^<]+)<\/Arn>/.exec(text)?.[1];
      return arn ? { arn } : { error: 'no Arn in GetCallerIdentity answer' };
    }
  }
  const identityCache = new Map<string, { arn: string }>();
  const authFailures: Array<{ at: number; reason: string }> = [];

  function authorize(identity: Identity, attrs: RequestAttributes): 'allow' | 'unauthorized' | 'forbidden' {
    for (const rule of rules) {
      const verdict = rule(identity, attrs);
      if (verdict) return verdict;
    }
    return 'allow';
  }

  // ---------- helpers ----------
  function send(res: ServerResponse, record: K8sRequestRecord, status: number, body: unknown, headers: Record<string, string> = {}): void {
    record.status = status;
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    if (res.headersSent || res.destroyed) return;
    res.writeHead(status, { ...JSON_HEADERS, 'audit-id': randomBytes(16).toString('hex'), ...headers, 'content-length': String(Buffer.byteLength(text)) });
    res.end(text);
  }

  function sendError(res: ServerResponse, record: K8sRequestRecord, error: ApiStatusError): void {
    send(res, record, error.code, error.body(), error.headers);
  }

  function storeError(type: ResourceType, name: string, error: unknown): never {
    if (error instanceof StoreError) {
      if (error.reason === 'NotFound') throw notFound(type, name);
      if (error.reason === 'AlreadyExists') throw alreadyExists(type, name);
      throw conflict(type, name, error.message);
    }
    throw error;
  }

  function prepare(type: ResourceType, obj: K8sObject, namespace: string | undefined): K8sObject {
    obj.apiVersion = apiVersionOf(type);
    obj.kind = type.kind;
    if (!isRecord(obj.metadata)) obj.metadata = { name: '' };
    if (type.namespaced) obj.metadata.namespace = namespace;
    else delete obj.metadata.namespace;
    applyDefaults(obj);
    const error = validate(type, obj);
    if (error) throw error;
    return obj;
  }

  function writeObject(
    type: ResourceType,
    next: K8sObject,
    current: K8sObject | undefined,
    o: { dryRun: boolean; manager: string; operation: 'Update' | 'Apply'; expectRv?: string },
  ): K8sObject {
    const name = next.metadata.name;
    if (type.statusSubresource && current && o.operation !== 'Apply') next.status = clone(current.status);
    if (type.statusSubresource && current && o.operation === 'Apply') next.status = clone(current.status);
    if (!current && type.statusSubresource && type.kind !== 'Namespace') delete next.status;
    managed.record(type, current, next, o.manager, o.operation, clock.iso());
    if (o.dryRun) {
      const preview = clone(next);
      preview.metadata.resourceVersion = current?.metadata.resourceVersion ?? '';
      return preview;
    }
    try {
      const stored = current ? store.update(type, next, o.expectRv) : store.create(type, next);
      kick();
      return stored;
    } catch (error) {
      storeError(type, name, error);
    }
  }

  function parseBody(raw: Buffer, contentType: string): unknown {
    const text = raw.toString('utf8');
    if (!text.trim()) throw badRequest('the body of the request was in an unknown format - accepted media types include: application/json, application/yaml');
    try {
      if (contentType.includes('yaml')) return parseYaml(text) as unknown;
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw badRequest(`error decoding request body: ${(error as Error).message}`);
    }
  }

  // ---------- watch ----------
  function serveWatch(
    req: IncomingMessage,
    res: ServerResponse,
    record: K8sRequestRecord,
    type: ResourceType,
    namespace: string | undefined,
    url: URL,
    fault: K8sFaultSpec | undefined,
  ): void {
    const labels = labelSelectorMatcher(url.searchParams.get('labelSelector'));
    const fields = fieldSelectorMatcher(url.searchParams.get('fieldSelector'));
    const matches = (o: K8sObject): boolean => (namespace === undefined || o.metadata.namespace === namespace) && labels(o) && fields(o);
    record.status = 200;
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache, private', 'transfer-encoding': 'chunked' });
    // Headers go out now: a client waits for them before it reads events (and before it can cancel cleanly).
    res.flushHeaders();
    let delivered = 0;
    const cutAfter = fault && (fault.kind === 'drop-watch' || fault.kind === 'end-watch') ? (fault.afterEvents ?? 0) : undefined;
    let closed = false;
    const finish = (how: 'end' | 'destroy'): void => {
      if (closed) return;
      closed = true;
      unsubscribe();
      if (timer) clearTimeout(timer);
      if (how === 'destroy') res.socket?.destroy();
      else res.end();
    };
    let cutting = false;
    const write = (type: string, object: unknown): void => {
      if (closed || cutting) return;
      delivered++;
      const last = cutAfter !== undefined && delivered >= cutAfter;
      if (last) cutting = true;
      // The cut comes once this event is on the wire (a dropped watch loses what follows, not what came before).
      res.write(`${JSON.stringify({ type, object })}\n`, last ? () => finish(fault!.kind === 'drop-watch' ? 'destroy' : 'end') : undefined);
    };
    const deliver = (e: StoredEvent): void => {
      const now = matches(e.object);
      if (e.type === 'MODIFIED' && e.previous) {
        const before = matches(e.previous);
        if (before && !now) return write('DELETED', e.object);
        if (!before && now) return write('ADDED', e.object);
      }
      if (now) write(e.type, e.object);
    };
    const buffered: StoredEvent[] = [];
    let live = false;
    const unsubscribe = store.watch({ resource: type.resource, ...(namespace ? { namespace } : {}), send: (e) => (live ? deliver(e) : buffered.push(e)) });
    const timeoutSeconds = Number(url.searchParams.get('timeoutSeconds') ?? 0);
    const timer = timeoutSeconds > 0 ? setTimeout(() => finish('end'), timeoutSeconds * 1000) : undefined;
    timer?.unref();
    req.on('close', () => finish('end'));
    res.on('close', () => finish('end'));
    if (fault?.kind === 'gone') {
      write(
        'ERROR',
        new ApiStatusError(410, 'Expired', `too old resource version: ${url.searchParams.get('resourceVersion') ?? '0'} (${store.resourceVersion})`).body(),
      );
      return finish('end');
    }
    const rv = url.searchParams.get('resourceVersion');
    if (!rv || rv === '0') {
      for (const o of store.list(type.resource, namespace)) if (matches(o)) write('ADDED', clone(o));
    } else {
      const since = store.since(type.resource, Number(rv));
      if (since === 'expired') {
        write('ERROR', new ApiStatusError(410, 'Expired', `too old resource version: ${rv} (${store.oldestResumable})`).body());
        return finish('end');
      }
      for (const e of since) deliver(e);
    }
    live = true;
    for (const e of buffered.splice(0)) deliver(e);
    if (cutAfter === 0 && !closed) finish(fault!.kind === 'drop-watch' ? 'destroy' : 'end');
  }

  // ---------- subresources ----------
  function podLogs(pod: Pod, url: URL): string {
    const containers = pod.spec.containers ?? [];
    let container = url.searchParams.get('container') ?? undefined;
    if (!container) {
      if (containers.length !== 1) {
        throw badRequest(`a container name must be specified for pod ${pod.metadata.name}, choose one of: [${containers.map((c) => c.name).join(' ')}]`);
      }
      container = containers[0]!.name;
    }
    const c = containers.find((x) => x.name === container);
    if (!c) throw badRequest(`container ${container} is not valid for pod ${pod.metadata.name}`);
    const view = podView(pod, images, clock.now());
    const cv = view.containers.find((x) => x.name === container);
    const previous = url.searchParams.get('previous') === 'true';
    if (!view.scheduled) throw badRequest(`container "${container}" in pod "${pod.metadata.name}" is waiting to start: ContainerCreating`);
    if (previous && !cv?.hasPrevious) throw badRequest(`previous terminated container "${container}" in pod "${pod.metadata.name}" not found`);
    if (!previous && !cv?.running && !cv?.hasPrevious) {
      const reason = cv?.waitingReason ?? 'ContainerCreating';
      const why = reason === 'ErrImagePull' ? "image can't be pulled" : reason === 'ImagePullBackOff' ? 'trying and failing to pull image' : reason;
      throw badRequest(`container "${container}" in pod "${pod.metadata.name}" is waiting to start: ${why}`);
    }
    let lines = images.get(c.image).logs ?? [];
    const tail = url.searchParams.get('tailLines');
    if (tail !== null && Number(tail) >= 0) lines = lines.slice(Math.max(0, lines.length - Number(tail)));
    if (url.searchParams.get('timestamps') === 'true') {
      const start = Date.parse(pod.status?.startTime ?? clock.iso());
      lines = lines.map((l, i) => `${new Date(start + i * 1000).toISOString()} ${l}`);
    }
    return lines.map((l) => `${l}\n`).join('');
  }

  async function proxy(
    res: ServerResponse,
    record: K8sRequestRecord,
    namespace: string,
    nameAndPort: string,
    rest: string,
    method: string,
    url: URL,
  ): Promise<void> {
    const parts = nameAndPort.split(':');
    const name = parts.length === 3 ? parts[1]! : parts[0]!;
    const svc = store.get('services', namespace, name) as Service | undefined;
    const type = typeByResource('', 'services')!;
    if (!svc) throw notFound(type, name);
    const pods = (store.list('pods', namespace) as Pod[]).filter(
      (p) => svc.spec.selector && matchesLabelSelector({ matchLabels: svc.spec.selector }, p.metadata.labels) && podView(p, images, clock.now()).ready,
    );
    if (pods.length === 0) throw new ApiStatusError(503, 'ServiceUnavailable', `no endpoints available for service "${nameAndPort}"`);
    const pod = pods[proxyTurn++ % pods.length]!;
    const spec = images.get(pod.spec.containers[0]?.image);
    const answer =
      typeof spec.http === 'function'
        ? spec.http({ method, path: `/${rest}`, query: url.search, podName: pod.metadata.name })
        : (spec.http ?? { status: 404, body: '404 page not found\n', headers: { 'content-type': 'text/plain; charset=utf-8' } });
    const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? '');
    send(res, record, answer.status, body, {
      'content-type': typeof answer.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json',
      ...(answer.headers ?? {}),
    });
  }
  let proxyTurn = 0;

  function scaleOf(d: Deployment): object {
    return {
      kind: 'Scale',
      apiVersion: 'autoscaling/v1',
      metadata: {
        name: d.metadata.name,
        namespace: d.metadata.namespace,
        uid: d.metadata.uid,
        resourceVersion: d.metadata.resourceVersion,
        creationTimestamp: d.metadata.creationTimestamp,
      },
      spec: { replicas: d.spec.replicas },
      status: {
        replicas: d.status?.replicas ?? 0,
        selector: Object.entries(d.spec.selector.matchLabels ?? {})
          .map(([k, v]) => `${k}=${v}`)
          .join(','),
      },
    };
  }

  // ---------- the handler ----------
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    const route = parsePath(url.pathname);
    const isWatch = route?.watchPrefix || url.searchParams.get('watch') === 'true' || url.searchParams.get('watch') === '1';
    const verb = !route?.type
      ? method.toLowerCase()
      : route.subresource === 'proxy'
        ? method.toLowerCase()
        : method === 'GET'
          ? route.name
            ? isWatch
              ? 'watch'
              : 'get'
            : isWatch
              ? 'watch'
              : 'list'
          : method === 'POST'
            ? 'create'
            : method === 'PUT'
              ? 'update'
              : method === 'PATCH'
                ? 'patch'
                : method === 'DELETE'
                  ? route.name
                    ? 'delete'
                    : 'deletecollection'
                  : method.toLowerCase();
    const namespace = route?.type?.resource === 'namespaces' ? undefined : route?.namespace;
    const record: K8sRequestRecord = {
      at: Date.now(),
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      verb,
      ...(route?.type ? { resource: route.type.resource } : {}),
      ...(route?.subresource ? { subresource: route.subresource } : {}),
      ...(namespace ? { namespace } : {}),
      ...(route?.name ? { name: route.name } : {}),
      ...(req.headers['content-type'] ? { contentType: String(req.headers['content-type']) } : {}),
      ...(url.searchParams.get('fieldManager') ? { fieldManager: url.searchParams.get('fieldManager')! } : {}),
      ...(req.headers['user-agent'] ? { userAgent: String(req.headers['user-agent']) } : {}),
      status: 0,
    };
    requests.push(record);
    for (const w of waiters) {
      if (w.match(record)) {
        waiters.delete(w);
        w.resolve(record);
      }
    }
    try {
      const identity = await authenticate(req);
      if (!identity) throw UNAUTHORIZED;
      record.user = identity.arn;
      const attrs: RequestAttributes = {
        verb,
        ...(route?.type ? { resource: route.type.resource, group: route.type.group } : {}),
        ...(route?.subresource ? { subresource: route.subresource } : {}),
        ...(namespace ? { namespace } : {}),
        ...(route?.name ? { name: route.name } : {}),
      };
      const decision = authorize(identity, attrs);
      if (decision === 'unauthorized') throw UNAUTHORIZED;
      if (decision === 'forbidden') {
        const resourceName = route?.type ? `${route.type.resource}${route.subresource ? `/${route.subresource}` : ''}` : url.pathname;
        throw forbidden(route?.type, resourceName, route?.name, identity.arn, verb, namespace);
      }
      const fault = route?.type ? faults.take(attrs, 'before') : undefined;
      if (fault) {
        record.fault = fault.kind;
        switch (fault.kind) {
          case 'http500':
            throw new ApiStatusError(500, 'InternalError', 'Internal error occurred: etcdserver: request timed out', {
              causes: [{ message: 'etcdserver: request timed out' }],
            });
          case 'http503':
            throw new ApiStatusError(503, 'ServiceUnavailable', 'the server is currently unable to handle the request');
          case 'throttle': {
            const after = fault.retryAfterSeconds ?? 1;
            throw new ApiStatusError(
              429,
              'TooManyRequests',
              'Too many requests, please try again later.',
              { retryAfterSeconds: after },
              { 'retry-after': String(after) },
            );
          }
          case 'hang':
            return;
          case 'reset':
            req.socket.destroy();
            return;
          case 'latency':
            await new Promise((r) => setTimeout(r, fault.latencyMs ?? 1000));
            break;
          default:
            break;
        }
      }
      const after = route?.type && verb !== 'watch' && !fault ? faults.take(attrs, 'after') : undefined;
      if (after) {
        record.fault = after.kind;
        const original = send;
        const lose = (): void => {
          if (after.kind === 'reset') req.socket.destroy();
          else if (after.kind === 'hang') return;
          else
            original(
              res,
              record,
              after.kind === 'http500' ? 500 : 503,
              new ApiStatusError(
                after.kind === 'http500' ? 500 : 503,
                after.kind === 'http500' ? 'InternalError' : 'ServiceUnavailable',
                after.kind === 'http500' ? 'Internal error occurred: etcdserver: request timed out' : 'the server is currently unable to handle the request',
              ).body(),
            );
        };
        await route_(req, res, record, route, verb, namespace, url, raw, fault, (status) => {
          record.status = 0;
          (record as { lostStatus?: number }).lostStatus = status;
          lose();
        });
        return;
      }
      await route_(req, res, record, route, verb, namespace, url, raw, fault);
    } catch (error) {
      if (error instanceof ApiStatusError) return sendError(res, record, error);
      if (error instanceof PatchError)
        return sendError(res, record, new ApiStatusError(error.status, error.status === 422 ? 'Invalid' : 'BadRequest', error.message));
      if (error instanceof SelectorError) return sendError(res, record, badRequest(error.message));
      sendError(res, record, new ApiStatusError(500, 'InternalError', `Internal error occurred: ${(error as Error).message}`));
    }
  }

  async function route_(
    req: IncomingMessage,
    res: ServerResponse,
    record: K8sRequestRecord,
    route: Route | undefined,
    verb: string,
    namespace: string | undefined,
    url: URL,
    raw: Buffer,
    fault: K8sFaultSpec | undefined,
    lose?: (status: number) => void,
  ): Promise<void> {
    const reply = (status: number, body: unknown, headers?: Record<string, string>): void => {
      if (lose) return lose(status);
      send(res, record, status, body, headers);
    };
    const p = url.pathname.replace(/\/$/, '') || '/';
    if (!route?.type) {
      if (req.method !== 'GET') throw new ApiStatusError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
      const address = new URL(serverUrl).host;
      const doc =
        p === '/version'
          ? versionInfo(options.minor ?? '32', `v1.${options.minor ?? '32'}.9-eks-3025e55`)
          : p === '/api'
            ? apiVersions(address)
            : p === '/apis'
              ? apiGroupList()
              : p === '/api/v1'
                ? apiResourceList('v1')
                : p === '/apis/apps'
                  ? apiGroup('apps')
                  : p === '/apis/apps/v1'
                    ? apiResourceList('apps/v1')
                    : p === '/openapi/v3'
                      ? openApiRoot()
                      : p.startsWith('/openapi/v3/')
                        ? openApiDocument(p.slice('/openapi/v3/'.length))
                        : p === '/healthz' || p === '/livez' || p === '/readyz'
                          ? 'ok'
                          : undefined;
      if (doc === undefined) throw new ApiStatusError(404, 'NotFound', 'the server could not find the requested resource', {});
      if (doc === 'ok') return send(res, record, 200, 'ok', { 'content-type': 'text/plain; charset=utf-8' });
      return reply(200, doc);
    }
    const type = route.type;
    const name = route.name;
    const dryRun = url.searchParams.getAll('dryRun').includes('All');
    const contentType = String(req.headers['content-type'] ?? 'application/json')
      .split(';')[0]!
      .trim();
    const manager = url.searchParams.get('fieldManager') ?? defaultManager(String(req.headers['user-agent'] ?? ''), verb);
    const ns = type.namespaced ? namespace : undefined;
    if (type.namespaced && name && !namespace && verb !== 'list' && verb !== 'watch')
      throw new ApiStatusError(404, 'NotFound', 'the server could not find the requested resource');
    if (type.resource === 'namespaces' && route.name === undefined && route.namespace) {
      // unreachable: parsePath puts namespaces/{name} into name
    }

    // Subresources
    if (route.subresource === 'log' && type.resource === 'pods') {
      const pod = store.get('pods', ns, name!) as Pod | undefined;
      if (!pod) throw notFound(type, name!);
      return lose ? lose(200) : send(res, record, 200, podLogs(pod, url), { 'content-type': 'text/plain' });
    }
    if (route.subresource === 'proxy' && type.resource === 'services') return proxy(res, record, ns!, name!, route.rest ?? '', req.method ?? 'GET', url);
    if (route.subresource === 'scale' && type.resource === 'deployments') {
      const d = store.get('deployments', ns, name!) as Deployment | undefined;
      if (!d) throw notFound(type, name!);
      if (verb === 'get') return reply(200, scaleOf(d));
      const body = parseBody(raw, contentType);
      const current = scaleOf(d);
      const patched = (verb === 'update' ? body : applyPatchBody(contentType, current, body)) as { spec?: { replicas?: number } };
      const next = clone(d);
      next.spec.replicas = patched.spec?.replicas ?? next.spec.replicas;
      const stored = writeObject(type, prepare(type, next, ns), d, { dryRun, manager, operation: 'Update' }) as Deployment;
      return reply(200, scaleOf(stored));
    }
    if (route.subresource && route.subresource !== 'status') throw new ApiStatusError(404, 'NotFound', 'the server could not find the requested resource');

    if (verb === 'watch') return serveWatch(req, res, record, type, ns, url, fault?.verb === 'watch' ? fault : undefined);
    if (verb === 'list') {
      const labels = labelSelectorMatcher(url.searchParams.get('labelSelector'));
      const fields = fieldSelectorMatcher(url.searchParams.get('fieldSelector'));
      const matching = store.list(type.resource, ns).filter((o) => labels(o) && fields(o));
      const table = wantsTable(req.headers.accept) ? toTable(type.kind, matching, clock.now(), String(store.resourceVersion)) : undefined;
      if (table) return reply(200, table);
      const items = matching.map((o) => stripForList(clone(o)));
      return reply(200, { kind: listKind(type), apiVersion: apiVersionOf(type), metadata: { resourceVersion: String(store.resourceVersion) }, items });
    }
    if (verb === 'get') {
      const obj = store.get(type.resource, ns, name!);
      if (!obj) throw notFound(type, name!);
      const table = wantsTable(req.headers.accept) ? toTable(type.kind, [obj], clock.now(), obj.metadata.resourceVersion ?? '') : undefined;
      return reply(200, table ?? obj);
    }
    if (verb === 'create') {
      const body = parseBody(raw, contentType);
      if (!isRecord(body)) throw badRequest('Object in request body is not an object');
      const obj = body as K8sObject;
      if (type.namespaced && obj.metadata?.namespace && obj.metadata.namespace !== ns) {
        throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
      }
      if (type.namespaced && ns) requireNamespace(ns);
      const stored = writeObject(type, prepare(type, clone(obj), ns), undefined, { dryRun, manager, operation: 'Update' });
      return reply(201, stored);
    }
    if (verb === 'update') {
      const body = parseBody(raw, contentType);
      if (!isRecord(body)) throw badRequest('Object in request body is not an object');
      const obj = body as K8sObject;
      if (obj.metadata?.name && obj.metadata.name !== name)
        throw badRequest(`the name of the object (${obj.metadata.name}) does not match the name on the URL (${name})`);
      const current = store.get(type.resource, ns, name!);
      if (!current) throw notFound(type, name!);
      const next = prepare(type, clone(obj), ns);
      next.metadata.name = name!;
      if (route.subresource === 'status') {
        const merged = clone(current);
        merged.status = next.status;
        return reply(200, writeStatus(type, merged, current, obj.metadata?.resourceVersion, dryRun));
      }
      const stored = writeObject(type, next, current, {
        dryRun,
        manager,
        operation: 'Update',
        ...(obj.metadata?.resourceVersion ? { expectRv: obj.metadata.resourceVersion } : {}),
      });
      return reply(200, stored);
    }
    if (verb === 'patch') {
      const body = parseBody(raw, contentType);
      record.body = body;
      const current = store.get(type.resource, ns, name!);
      if (contentType === 'application/apply-patch+yaml' || contentType === 'application/apply-patch+cbor') {
        if (!url.searchParams.get('fieldManager')) {
          throw new ApiStatusError(422, 'Invalid', 'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch', {
            group: 'meta.k8s.io',
            kind: 'PatchOptions',
            causes: [{ reason: 'FieldValueRequired', message: 'Required value: is required for apply patch', field: 'fieldManager' }],
          });
        }
        if (!isRecord(body)) throw badRequest('error decoding YAML: the apply configuration must be an object');
        const applied = body as K8sObject;
        if (applied.kind !== type.kind || applied.apiVersion !== apiVersionOf(type)) {
          throw badRequest(`the API version in the data (${String(applied.apiVersion)}) does not match the expected API version (${apiVersionOf(type)})`);
        }
        if (applied.metadata?.name && applied.metadata.name !== name)
          throw badRequest(`the name of the object (${applied.metadata.name}) does not match the name on the URL (${name})`);
        const force = url.searchParams.get('force') === 'true';
        const result = applyPatch(type, current, applied, manager, force, managed);
        result.metadata.name = name!;
        if (type.namespaced && ns && !current) requireNamespace(ns);
        const stored = writeObject(type, prepare(type, result, ns), current, { dryRun, manager, operation: 'Apply' });
        return reply(current ? 200 : 201, stored);
      }
      if (!current) throw notFound(type, name!);
      const patched = applyPatchBody(contentType, current, body) as K8sObject;
      if (!isRecord(patched) || !isRecord(patched.metadata)) throw badRequest('the patch produced an object without metadata');
      if (patched.metadata.name !== name)
        throw badRequest(`the name of the object (${String(patched.metadata.name)}) does not match the name on the URL (${name})`);
      if (route.subresource === 'status') {
        const merged = clone(current);
        merged.status = patched.status;
        return reply(200, writeStatus(type, merged, current, undefined, dryRun));
      }
      const expectRv =
        isRecord(body) && isRecord(body.metadata) && typeof body.metadata.resourceVersion === 'string' ? body.metadata.resourceVersion : undefined;
      const stored = writeObject(type, prepare(type, patched, ns), current, { dryRun, manager, operation: 'Update', ...(expectRv ? { expectRv } : {}) });
      return reply(200, stored);
    }
    if (verb === 'delete') {
      const current = store.get(type.resource, ns, name!);
      if (!current) throw notFound(type, name!);
      let propagation = url.searchParams.get('propagationPolicy');
      if (raw.length > 0) {
        const opts = parseBody(raw, contentType);
        if (isRecord(opts) && typeof opts.propagationPolicy === 'string') propagation = opts.propagationPolicy;
      }
      if (dryRun)
        return reply(200, {
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Success',
          details: { name, group: type.group, kind: type.resource, uid: current.metadata.uid },
        });
      if (propagation === 'Orphan') orphanDependents(current);
      store.delete(type, ns, name!);
      kick();
      return reply(200, {
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Success',
        details: { name, ...(type.group ? { group: type.group } : {}), kind: type.resource, uid: current.metadata.uid },
      });
    }
    if (verb === 'deletecollection') {
      const labels = labelSelectorMatcher(url.searchParams.get('labelSelector'));
      const gone = store.list(type.resource, ns).filter(labels);
      for (const o of gone) store.delete(type, o.metadata.namespace, o.metadata.name);
      kick();
      return reply(200, {
        kind: listKind(type),
        apiVersion: apiVersionOf(type),
        metadata: { resourceVersion: String(store.resourceVersion) },
        items: gone.map(stripForList),
      });
    }
    throw new ApiStatusError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
  }

  function writeStatus(type: ResourceType, merged: K8sObject, current: K8sObject, expectRv: string | undefined, dryRun: boolean): K8sObject {
    if (dryRun) return merged;
    try {
      const stored = store.update(type, merged, expectRv);
      kick();
      return stored;
    } catch (error) {
      storeError(type, current.metadata.name, error);
    }
  }

  function orphanDependents(owner: K8sObject): void {
    for (const t of RESOURCE_TYPES) {
      for (const o of store.list(t.resource, owner.metadata.namespace)) {
        const refs = o.metadata.ownerReferences ?? [];
        if (!refs.some((r) => r.uid === owner.metadata.uid)) continue;
        const next = clone(o);
        next.metadata.ownerReferences = refs.filter((r) => r.uid !== owner.metadata.uid);
        if (next.metadata.ownerReferences.length === 0) delete next.metadata.ownerReferences;
        store.update(t, next);
      }
    }
  }

  function applyPatchBody(contentType: string, current: unknown, body: unknown): unknown {
    switch (contentType) {
      case 'application/json-patch+json':
        return jsonPatch(current, body);
      case 'application/merge-patch+json':
        return mergePatch(current, body);
      case 'application/strategic-merge-patch+json':
        return strategicMergePatch(current, body);
      default:
        throw new ApiStatusError(
          415,
          'UnsupportedMediaType',
          `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json`,
        );
    }
  }

  // ---------- server ----------
  const server: Server = createServer({ key: cert.key, cert: cert.cert }, (req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const serverUrl = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const harnessManager = 'testkit-harness';
  let closed: Promise<void> | undefined;
  const world: K8sWorld = {
    server: serverUrl,
    clusterName,
    caPem: cert.cert,
    caData,
    clock,
    images,
    faults: { add: (f) => faults.add(f), clear: () => faults.clear(), pending: () => faults.pending() },
    access: {
      add: (rule) => rules.push(rule),
      deny: (arnPart, status, verbs) =>
        rules.push((identity, attrs) =>
          identity.arn.includes(arnPart) && (!verbs || verbs.includes(attrs.verb)) ? (status === 401 ? 'unauthorized' : 'forbidden') : undefined,
        ),
      clear: () => {
        rules.length = 0;
      },
    },
    requests,
    authFailures,
    nextRequest: (match) =>
      new Promise((resolve) => {
        waiters.add({
          match: (r) => Object.entries(match).every(([k, v]) => (r as unknown as Record<string, unknown>)[k] === v),
          resolve,
        });
      }),
    apply(obj) {
      const type = RESOURCE_TYPES.find((t) => apiVersionOf(t) === obj.apiVersion && t.kind === obj.kind);
      if (!type) throw new Error(`the k8s world does not serve ${obj.apiVersion}/${obj.kind}`);
      const ns = type.namespaced ? (obj.metadata.namespace ?? 'default') : undefined;
      if (ns) ensureNamespace(ns);
      const current = store.get(type.resource, ns, obj.metadata.name);
      const next = prepare(type, clone(obj), ns);
      if (current) {
        next.metadata = { ...current.metadata, ...next.metadata, resourceVersion: current.metadata.resourceVersion };
      }
      const stored = writeObject(type, next, current, { dryRun: false, manager: harnessManager, operation: 'Update' });
      plane.reconcile();
      return stored;
    },
    get: (resource, namespace, name) => {
      const type = RESOURCE_TYPES.find((t) => t.resource === resource);
      return store.get(resource, type?.namespaced ? namespace : undefined, name) as never;
    },
    list: (resource, namespace) => store.list(resource, namespace).map((o) => clone(o)) as never,
    settle: () => plane.reconcile(),
    compact: () => store.compact(),
    staticToken(username = 'kubernetes-admin') {
      const token = `testkit-${randomBytes(24).toString('hex')}`;
      staticTokens.set(token, username);
      return token;
    },
    kubeconfig(user, o = {}) {
      const context = o.context ?? clusterName;
      return toYaml({
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [{ name: clusterName, cluster: { server: serverUrl, 'certificate-authority-data': caData } }],
        users: [{ name: 'testkit', user: 'token' in user ? { token: user.token } : { exec: user.exec } }],
        contexts: [{ name: context, context: { cluster: clusterName, user: 'testkit', ...(o.namespace ? { namespace: o.namespace } : {}) } }],
        'current-context': context,
      });
    },
    writeKubeconfig(user, o = {}) {
      const dir = mkdtempSync(path.join(tmpdir(), 'k8s-world-kubeconfig-'));
      const file = path.join(dir, 'config');
      writeFileSync(file, world.kubeconfig(user, o), { mode: 0o600 });
      return file;
    },
    async registerInAws(target) {
      aws = target ?? aws;
      if (!aws) throw new Error('registerInAws needs an AwsWorld (pass it here or as options.aws)');
      await aws.eks.registerCluster({ name: clusterName, endpoint: serverUrl, certificateAuthorityData: caData });
    },
    close: () => {
      closed ??= (async () => {
        if (ticker) clearInterval(ticker);
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      })();
      return closed;
    },
  };
  return world;
}

/** What the API server calls a writer that named no fieldManager: the user agent's program name. */
function defaultManager(userAgent: string, _verb: string): string {
  const program = userAgent.split('/')[0]?.trim();
  return program || 'unknown';
}

export { qualifiedName };
