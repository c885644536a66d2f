/**
 * A Kubernetes API client for one cluster, from {server, caData, token()} (the token asked for on every request,
 * so a provider that refreshes it keeps long waits working) or from a kubeconfig. Built on the lower-level pieces
 * of @kubernetes/client-node 2.x (ESM, undici): its KubeConfig (auth providers, exec and OIDC users, TLS, proxies),
 * its RequestContext and fetch-based HTTP library, its ApiException and its Watch, for the dozen endpoints deploy-eks
 * calls. Not its generated AppsV1Api/CoreV1Api/KubernetesObjectApi: each of those classes carries every operation
 * of its API group and the model serializer, ~5 MB of a bundle that uses a tenth of it. Objects are plain JSON (the
 * shapes in objects.ts). Every call has a deadline and takes the caller's AbortSignal, and transient failures (5xx,
 * 429 with Retry-After, timeouts, dropped connections) are retried here with backoff.
 */
import { KubeConfig } from '@kubernetes/client-node/dist/config.js';
import type { User } from '@kubernetes/client-node/dist/config_types.js';
import { ApiException } from '@kubernetes/client-node/dist/gen/apis/exception.js';
import { HttpMethod, IsomorphicFetchHttpLibrary, RequestContext } from '@kubernetes/client-node/dist/gen/http/http.js';
import { PatchStrategy } from '@kubernetes/client-node/dist/patch.js';
import type { KubernetesObject } from '@kubernetes/client-node/dist/types.js';
import { Watch } from '@kubernetes/client-node/dist/watch.js';
import * as core from '../core/index.js';
import { sleep } from '../runtime/cancellation.js';
import { classifyKubeFailure, describeKubeError, KubeCallTimeout, type KubeCallContext, retryAfterMs } from './errors.js';
import type { Deployment, KubeEvent, Pod, ReplicaSet } from './objects.js';

export type { KubeConfig, KubernetesObject };

export interface ClusterAccess {
  /** https://host[:port] of the API server. */
  server: string;
  /** The cluster CA, base64 PEM (EKS's certificateAuthority.data as is). */
  caData?: string;
  /** A bearer token; called before each request, so it may refresh itself. */
  token: () => Promise<string>;
  /** Drop a cached token (after a 401), so the next call makes a new one. */
  invalidate?: () => void;
  /** Who the token stands for, for 401/403 hints. */
  identity?: () => Promise<string | undefined>;
  /** How that identity is given access to the cluster, for 401/403 hints. */
  accessHint?: string;
  name?: string;
}

const AUTH_PROVIDER = 'mlops-actions-token';

/** A KubeConfig whose user gets `Authorization: Bearer <token()>` on every request (API calls and watches). */
export function kubeConfigFor(access: ClusterAccess): KubeConfig {
  const kc = new KubeConfig();
  const name = access.name ?? 'cluster';
  kc.loadFromClusterAndUser(
    { name, server: access.server, skipTLSVerify: false, ...(access.caData ? { caData: access.caData } : {}) },
    { name: `${name}-user`, authProvider: { name: AUTH_PROVIDER, config: {} } },
  );
  kc.addAuthenticator({
    isAuthProvider: (user: User) => (user.authProvider as { name?: string } | undefined)?.name === AUTH_PROVIDER,
    applyAuthentication: async (_user, opts) => {
      const headers = (opts.headers ?? {}) as Record<string, string>;
      headers.Authorization = `Bearer ${await access.token()}`;
      opts.headers = headers;
    },
  });
  return kc;
}

/** A KubeConfig from kubeconfig YAML (its current context). */
export function kubeConfigFromText(text: string): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromString(text);
  if (!kc.getCurrentCluster()) throw new Error('the kubeconfig has no current context with a cluster');
  return kc;
}

export interface KubeOptions {
  /** Tries per call for transient failures (default 5). */
  maxAttempts?: number;
  /** Deadline of one try (default 10 s). */
  callTimeoutMs?: number;
  /** Longest pause between tries (default 10 s; a Retry-After up to 30 s is honoured). */
  maxBackoffMs?: number;
}

export interface ProxyAnswer {
  status: number;
  body: string;
}

/** The Kubernetes calls deploy-eks makes, each with retries, a deadline, cancellation and a described error. */
export class Kube {
  private readonly http = new IsomorphicFetchHttpLibrary();
  /** Discovery answers per apiVersion (server-side apply of any kind needs its resource name and scope). */
  private readonly discovered = new Map<string, APIResource[]>();
  private identityText: string | undefined;
  private identityLooked = false;

  constructor(
    readonly config: KubeConfig,
    private readonly access: Pick<ClusterAccess, 'invalidate' | 'identity' | 'accessHint'> = {},
    private readonly opts: KubeOptions = {},
  ) {}

  get server(): string {
    return this.config.getCurrentCluster()?.server ?? '';
  }

  /** Who the action is to the cluster (looked up once, on the first 401/403). */
  private async identity(): Promise<string | undefined> {
    if (!this.identityLooked) {
      this.identityLooked = true;
      this.identityText = await this.access.identity?.().catch(() => undefined);
    }
    return this.identityText;
  }

  /**
   * One call with retries: transient failures are tried again (Retry-After honoured) up to maxAttempts; a 401 makes
   * a new token once; anything else is described and thrown at once.
   */
  async call<T>(context: KubeCallContext, signal: AbortSignal, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const maxAttempts = this.opts.maxAttempts ?? 5;
    const timeoutMs = this.opts.callTimeoutMs ?? 10_000;
    let renewed = false;
    let delay = 500;
    for (let attempt = 1; ; attempt += 1) {
      const deadline = AbortSignal.timeout(timeoutMs);
      const combined = AbortSignal.any([signal, deadline]);
      try {
        return await race(run(combined), combined, () =>
          deadline.aborted && !signal.aborted ? new KubeCallTimeout(`${context.verb} ${context.resource}`, timeoutMs) : undefined,
        );
      } catch (raw) {
        if (signal.aborted) throw raw;
        const error = deadline.aborted ? new KubeCallTimeout(`${context.verb} ${context.resource}`, timeoutMs) : raw;
        const { kind, label } = classifyKubeFailure(error);
        if (kind === 'renew-credentials' && !renewed && this.access.invalidate) {
          renewed = true;
          this.access.invalidate();
          core.info(`${label}: made a new token and trying again.`);
          continue;
        }
        if (kind !== 'transient' || attempt >= maxAttempts) {
          const identity = kind === 'renew-credentials' || /HTTP 403/.test(label) ? await this.identity() : undefined;
          throw describeKubeError(error, {
            ...context,
            ...(identity ? { identity } : {}),
            ...(this.access.accessHint ? { accessHint: this.access.accessHint } : {}),
          });
        }
        const wait = retryAfterMs(error) ?? delay * (0.8 + Math.random() * 0.2);
        core.info(
          `Kubernetes API: ${context.verb} ${context.resource} failed with ${label}; trying again in ${(wait / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${maxAttempts}).`,
        );
        await sleep(wait, signal);
        delay = Math.min(delay * 2, this.opts.maxBackoffMs ?? 10_000);
      }
    }
  }

  /**
   * One HTTP exchange, as client-node's generated calls make it: a RequestContext, the KubeConfig's authentication
   * (headers and the TLS dispatcher), and client-node's fetch library. Any status is returned.
   */
  private async exchange(request: KubeRequest, signal: AbortSignal): Promise<{ status: number; headers: Record<string, string>; text: string }> {
    const context = new RequestContext(`${this.server.replace(/\/+$/, '')}${request.path}`, request.method);
    for (const [key, value] of Object.entries(request.query ?? {})) if (value !== undefined) context.setQueryParam(key, String(value));
    context.setHeaderParam('Accept', request.accept ?? 'application/json, */*;q=0.8');
    if (request.body !== undefined) {
      context.setHeaderParam('Content-Type', request.contentType ?? 'application/json');
      context.setBody(JSON.stringify(request.body));
    }
    context.setSignal(signal);
    await this.config.applySecurityAuthentication(context);
    const response = await this.http.send(context).toPromise();
    return { status: response.httpStatusCode, headers: response.headers, text: await response.body.text() };
  }

  /** A call whose non-2xx answer is an ApiException carrying the API server's Status (what errors.ts reads). */
  private async request(request: KubeRequest, signal: AbortSignal): Promise<string> {
    const { status, headers, text } = await this.exchange(request, signal);
    if (status >= 200 && status <= 299) return text;
    throw new ApiException(status, `${request.method} ${request.path}`, parseJson(text) ?? text, headers);
  }

  private async json<T>(request: KubeRequest, signal: AbortSignal): Promise<T> {
    return JSON.parse(await this.request(request, signal)) as T;
  }

  readDeployment(namespace: string, name: string, signal: AbortSignal): Promise<Deployment> {
    return this.call({ verb: 'get', resource: 'deployments', namespace, name }, signal, (s) =>
      this.json<Deployment>({ method: HttpMethod.GET, path: `${appsPath(namespace, 'deployments')}/${encodeURIComponent(name)}` }, s),
    );
  }

  listReplicaSets(namespace: string, labelSelector: string, signal: AbortSignal): Promise<ReplicaSet[]> {
    return this.call({ verb: 'list', resource: 'replicasets', namespace }, signal, async (s) => {
      const list = await this.json<{ items?: ReplicaSet[] }>({ method: HttpMethod.GET, path: appsPath(namespace, 'replicasets'), query: { labelSelector } }, s);
      return list.items ?? [];
    });
  }

  listPods(namespace: string, labelSelector: string, signal: AbortSignal): Promise<Pod[]> {
    return this.call({ verb: 'list', resource: 'pods', namespace }, signal, async (s) => {
      const list = await this.json<{ items?: Pod[] }>({ method: HttpMethod.GET, path: corePath(namespace, 'pods'), query: { labelSelector } }, s);
      return list.items ?? [];
    });
  }

  listEvents(namespace: string, fieldSelector: string | undefined, signal: AbortSignal): Promise<KubeEvent[]> {
    return this.call({ verb: 'list', resource: 'events', namespace }, signal, async (s) => {
      const list = await this.json<{ items?: KubeEvent[] }>({ method: HttpMethod.GET, path: corePath(namespace, 'events'), query: { fieldSelector } }, s);
      return list.items ?? [];
    });
  }

  podLog(namespace: string, pod: string, container: string, opts: { tailLines: number; previous?: boolean }, signal: AbortSignal): Promise<string> {
    return this.call({ verb: 'get', resource: 'pods/log', namespace, name: pod }, signal, (s) =>
      this.request(
        {
          method: HttpMethod.GET,
          path: `${corePath(namespace, 'pods')}/${encodeURIComponent(pod)}/log`,
          query: { container, tailLines: opts.tailLines, ...(opts.previous ? { previous: true } : {}) },
          accept: 'text/plain, */*',
        },
        s,
      ),
    );
  }

  /** A strategic merge patch (what `kubectl set image` / `rollout restart` send). */
  patchDeployment(namespace: string, name: string, body: object, signal: AbortSignal): Promise<Deployment> {
    return this.patch(namespace, name, body, PatchStrategy.StrategicMergePatch, signal);
  }

  /** A JSON Patch (what `kubectl rollout undo` sends). */
  jsonPatchDeployment(namespace: string, name: string, patch: object[], signal: AbortSignal): Promise<Deployment> {
    return this.patch(namespace, name, patch, PatchStrategy.JsonPatch, signal);
  }

  private patch(namespace: string, name: string, body: unknown, contentType: string, signal: AbortSignal): Promise<Deployment> {
    return this.call({ verb: 'patch', resource: 'deployments', namespace, name }, signal, (s) =>
      this.json<Deployment>(
        {
          method: HttpMethod.PATCH,
          path: `${appsPath(namespace, 'deployments')}/${encodeURIComponent(name)}`,
          query: { fieldManager: 'mlops-actions-deploy-eks' },
          body,
          contentType,
        },
        s,
      ),
    );
  }

  /** Server-side apply of one object (what `kubectl apply --server-side --force-conflicts` does); dryRun: checked only. */
  apply(object: KubernetesObject, fieldManager: string, signal: AbortSignal, options: { dryRun?: boolean } = {}): Promise<KubernetesObject> {
    const kind = object.kind ?? 'object';
    return this.call(
      {
        verb: 'patch',
        resource: `${kind.toLowerCase()}s`,
        ...(object.metadata?.namespace ? { namespace: object.metadata.namespace } : {}),
        ...(object.metadata?.name ? { name: object.metadata.name } : {}),
      },
      signal,
      async (s) =>
        this.json<KubernetesObject>(
          {
            method: HttpMethod.PATCH,
            path: await this.objectPath(object, s),
            query: { fieldManager, force: true, ...(options.dryRun ? { dryRun: 'All' } : {}) },
            body: object,
            contentType: PatchStrategy.ServerSideApply,
          },
          s,
        ),
    );
  }

  /** /api[s]/GROUP/VERSION[/namespaces/NS]/RESOURCE/NAME for any kind, from the API server's discovery (cached). */
  private async objectPath(object: KubernetesObject, signal: AbortSignal): Promise<string> {
    const apiVersion = object.apiVersion ?? 'v1';
    const base = `/${apiVersion.includes('/') ? 'apis' : 'api'}/${apiVersion}`;
    let resources = this.discovered.get(apiVersion);
    if (!resources) {
      resources = (await this.json<{ resources?: APIResource[] }>({ method: HttpMethod.GET, path: base }, signal)).resources ?? [];
      this.discovered.set(apiVersion, resources);
    }
    const resource = resources.find((r) => r.kind === object.kind && !r.name.includes('/'));
    if (!resource) throw new Error(`Unrecognized API version and kind: ${apiVersion} ${object.kind}`);
    const name = object.metadata?.name;
    if (!name) throw new Error('Required spec property name is not set');
    const namespace = resource.namespaced ? `/namespaces/${encodeURIComponent(object.metadata?.namespace ?? 'default')}` : '';
    return `${base}${namespace}/${resource.name}/${encodeURIComponent(name)}`;
  }

  /** GET through the API server's service proxy; any HTTP answer of the service is returned, not thrown. */
  async proxyGet(namespace: string, service: string, port: string, path: string, signal: AbortSignal): Promise<ProxyAnswer> {
    const name = port ? `${service}:${port}` : service;
    const trimmed = path.replace(/^\/+/, '');
    return this.call({ verb: 'get', resource: 'services/proxy', namespace, name: service }, signal, async (s) => {
      const answer = await this.exchange(
        { method: HttpMethod.GET, path: `${corePath(namespace, 'services')}/${encodeURIComponent(name)}/proxy/${trimmed}`, accept: '*/*' },
        s,
      );
      // The service's own answer (not the API server's): 401/403/429/5xx of the app are results, not failures
      // of the call. The API server's refusals carry a Status object with kind Status.
      if ((answer.status < 200 || answer.status > 299) && isApiServerStatus(answer.text)) {
        throw new ApiException(answer.status, `GET ${name}/proxy`, parseJson(answer.text), answer.headers);
      }
      return { status: answer.status, body: answer.text };
    });
  }

  /**
   * Watches one Deployment until the signal aborts or the watch ends (client-node ends every watch after 30 s
   * without data, and servers drop them): the caller then polls and watches again. `onChange` gets each event's
   * object (a new watch first lists what exists as ADDED events).
   */
  watchDeployment(
    namespace: string,
    name: string,
    resourceVersion: string | undefined,
    onChange: (object: KubernetesObject) => void,
    signal: AbortSignal,
  ): Promise<void> {
    return this.watch(
      `/apis/apps/v1/namespaces/${encodeURIComponent(namespace)}/deployments`,
      { fieldSelector: `metadata.name=${name}`, ...(resourceVersion ? { resourceVersion } : {}) },
      onChange,
      signal,
    );
  }

  /** Watches the pods a selector picks (a pod's status changes, e.g. ErrImagePull, never touch its Deployment). */
  watchPods(namespace: string, labelSelector: string, onChange: (object: KubernetesObject) => void, signal: AbortSignal): Promise<void> {
    return this.watch(`/api/v1/namespaces/${encodeURIComponent(namespace)}/pods`, { labelSelector }, onChange, signal);
  }

  private watch(path: string, query: Record<string, string>, onChange: (object: KubernetesObject) => void, signal: AbortSignal): Promise<void> {
    return new Promise<void>((resolve) => {
      const watch = new Watch(this.config);
      let request: { abort(): void } | undefined;
      const stop = (): void => {
        request?.abort();
        resolve();
      };
      signal.addEventListener('abort', stop, { once: true });
      watch
        .watch(
          path,
          { ...query, allowWatchBookmarks: false },
          (_phase: string, object: KubernetesObject) => onChange(object),
          () => {
            signal.removeEventListener('abort', stop);
            resolve();
          },
        )
        .then(
          (r) => {
            request = r as { abort(): void };
            if (signal.aborted) r.abort();
          },
          () => resolve(),
        );
    });
  }
}

interface KubeRequest {
  method: HttpMethod;
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  contentType?: string;
  accept?: string;
}

/** An entry of a discovery document (GET /apis/GROUP/VERSION). */
interface APIResource {
  name: string;
  kind: string;
  namespaced: boolean;
}

const appsPath = (namespace: string, resource: string): string => `/apis/apps/v1/namespaces/${encodeURIComponent(namespace)}/${resource}`;
const corePath = (namespace: string, resource: string): string => `/api/v1/namespaces/${encodeURIComponent(namespace)}/${resource}`;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isApiServerStatus(body: unknown): boolean {
  let parsed = body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body);
    } catch {
      return false;
    }
  }
  return Boolean(
    parsed && typeof parsed === 'object' && (parsed as { kind?: unknown }).kind === 'Status' && (parsed as { apiVersion?: unknown }).apiVersion === 'v1',
  );
}

/** The promise, or a rejection as soon as the signal aborts (a call client-node cannot abort still ends here). */
function race<T>(promise: Promise<T>, signal: AbortSignal, timeoutError: () => Error | undefined): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(timeoutError() ?? Object.assign(new Error('aborted'), { name: 'AbortError' }));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
