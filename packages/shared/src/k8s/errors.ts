/**
 * What a failed Kubernetes API call means: the status and reason the API server gave, a retry classification for
 * the shared wait loop (5xx, 429 with Retry-After, timeouts, dropped connections and watches are waited out),
 * and a hint per status, 401/403 included, that says which identity needs what. Knows nothing about AWS: the
 * caller passes how its identity is granted access (for EKS: access entries or aws-auth).
 */

import { ActionError, errorMessage } from '../runtime/errors.js';
import type { ClassifiedFailure } from '../runtime/wait.js';

/** The API server's Status object (the body of every error answer). */
export interface KubeStatus {
  code: number;
  reason: string;
  message: string;
  /** Seconds, from the Retry-After header or Status.details.retryAfterSeconds. */
  retryAfterSeconds?: number;
}

interface ApiExceptionShape {
  code?: unknown;
  body?: unknown;
  headers?: Record<string, string>;
}

/** The Status of an ApiException from @kubernetes/client-node (code + JSON body), or undefined for other errors. */
export function kubeStatus(error: unknown): KubeStatus | undefined {
  const e = error as ApiExceptionShape | undefined;
  if (!e || typeof e !== 'object' || typeof e.code !== 'number' || e.code < 100 || e.code > 599) return undefined;
  let body: { reason?: unknown; message?: unknown; details?: { retryAfterSeconds?: unknown } } = {};
  if (typeof e.body === 'string') {
    try {
      body = JSON.parse(e.body) as typeof body;
    } catch {
      body = { message: e.body.slice(0, 300) };
    }
  } else if (e.body && typeof e.body === 'object') {
    body = e.body as typeof body;
  }
  const header = Object.entries(e.headers ?? {}).find(([k]) => k.toLowerCase() === 'retry-after')?.[1];
  const fromHeader = header !== undefined && /^\d+$/.test(header.trim()) ? Number(header.trim()) : undefined;
  const fromBody = typeof body.details?.retryAfterSeconds === 'number' ? body.details.retryAfterSeconds : undefined;
  const retryAfterSeconds = fromHeader ?? fromBody;
  return {
    code: e.code,
    reason: typeof body.reason === 'string' && body.reason ? body.reason : (STATUS_TEXT[e.code] ?? ''),
    message: typeof body.message === 'string' ? body.message : '',
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  };
}

const STATUS_TEXT: Record<number, string> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

/** The network-level code of an error (undici wraps it: TypeError('fetch failed') with a cause). */
function networkCode(error: unknown): string | undefined {
  let inner = error;
  for (let depth = 0; inner && typeof inner === 'object' && depth < 5; depth += 1) {
    const code = (inner as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
    if ((inner as { name?: unknown }).name === 'TimeoutError') return 'TimeoutError';
    inner = (inner as { cause?: unknown }).cause;
  }
  const message = errorMessage(error);
  if (/\b(?:ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE)\b|socket hang up|other side closed|fetch failed|terminated/.test(message)) return 'network';
  return undefined;
}

/** A call that timed out on our side (our per-call deadline), as opposed to a cancellation. */
export class KubeCallTimeout extends Error {
  constructor(what: string, ms: number) {
    super(`${what} did not answer within ${Math.round(ms / 1000)} s`);
    this.name = 'KubeCallTimeout';
  }
}

/** The retry classifier of Kubernetes API calls for runtime's wait loop. */
export function classifyKubeFailure(error: unknown): ClassifiedFailure {
  if (error instanceof KubeCallTimeout) return { kind: 'transient', label: 'timeout' };
  let inner = error;
  while (inner instanceof ActionError && inner.cause !== undefined) inner = inner.cause;
  const status = kubeStatus(inner);
  if (status) {
    // 401 from EKS: the token expired (it lives 15 min); a fresh one is made on the next call.
    const label = `HTTP ${status.code}${status.reason ? ` ${status.reason}` : ''}`;
    if (status.code === 401) return { kind: 'renew-credentials', label };
    if (status.code === 429 || status.code >= 500) return { kind: 'transient', label };
    return { kind: 'fatal', label };
  }
  const code = networkCode(inner);
  if (code) return { kind: 'transient', label: code };
  return { kind: 'fatal', label: (inner as { name?: string } | undefined)?.name ?? 'Error' };
}

/** How long to wait before trying a call again, honouring Retry-After (capped), else undefined. */
export function retryAfterMs(error: unknown, capMs = 30_000): number | undefined {
  const seconds = kubeStatus(error)?.retryAfterSeconds;
  return seconds === undefined ? undefined : Math.min(seconds * 1000, capMs);
}

export interface KubeCallContext {
  /** e.g. 'patch deployments', the RBAC verb and resource. */
  verb: string;
  resource: string;
  namespace?: string;
  name?: string;
  /** Who the action is to the cluster, e.g. an IAM role ARN; named in 401/403 hints. */
  identity?: string;
  /** How that identity is granted access to the cluster (EKS: access entries, aws-auth). */
  accessHint?: string;
}

function target(call: KubeCallContext): string {
  const ns = call.namespace ? ` in namespace ${call.namespace}` : '';
  return `${call.resource}${call.name ? `/${call.name}` : ''}${ns}`;
}

/** Turns a failed call into an ActionError that says what failed and what to do. ActionErrors pass unchanged. */
export function describeKubeError(error: unknown, call: KubeCallContext): ActionError {
  if (error instanceof ActionError) return error;
  const what = `${call.verb} ${target(call)}`;
  const status = kubeStatus(error);
  const who = call.identity ? ` (${call.identity})` : '';
  if (!status) {
    if (error instanceof KubeCallTimeout) {
      return new ActionError(`Kubernetes API: ${what} failed: ${error.message}`, {
        cause: error,
        hint: 'The API server did not answer in time; check the cluster endpoint is reachable from the runner.',
      });
    }
    const code = networkCode(error);
    return new ActionError(
      `Kubernetes API: ${what} failed: ${code ? `could not reach the API server (${code}: ${errorMessage(error)})` : errorMessage(error)}`,
      {
        cause: error,
        ...(code
          ? {
              hint: 'Check that the runner can reach the cluster endpoint (a private endpoint needs a runner inside the VPC; set HTTPS_PROXY / NO_PROXY if traffic goes through a proxy).',
            }
          : {}),
      },
    );
  }
  const detail = status.message && status.message !== status.reason ? `: ${status.message}` : '';
  const base = `Kubernetes API: ${what} failed: HTTP ${status.code}${status.reason ? ` ${status.reason}` : ''}${detail}`;
  if (status.code === 401) {
    return new ActionError(base, {
      cause: error,
      hint: `The cluster did not accept the identity${who}. ${call.accessHint ?? 'Check the credentials in the kubeconfig.'}`,
    });
  }
  if (status.code === 403) {
    return new ActionError(base, {
      cause: error,
      hint: `The identity${who} may not ${call.verb} ${call.resource}${call.namespace ? ` in namespace ${call.namespace}` : ''}: grant it with Kubernetes RBAC (the action README lists the rules). ${call.accessHint ?? ''}`.trim(),
    });
  }
  if (status.code === 404) return new ActionError(base, { cause: error, hint: `Check the name and the namespace: there is no ${target(call)}.` });
  if (status.code === 409) return new ActionError(base, { cause: error, hint: 'Another change to the same object got there first; re-run the step.' });
  if (status.code === 422 || status.code === 400)
    return new ActionError(base, { cause: error, hint: 'The API server refused the object as invalid; the message names the field.' });
  if (status.code === 429 || status.code >= 500)
    return new ActionError(base, { cause: error, hint: 'The API server kept failing or throttling after retries; this is usually temporary: re-run the job.' });
  return new ActionError(base, { cause: error });
}

/** True for a 404 answer. */
export function isKubeNotFound(error: unknown): boolean {
  let inner = error;
  while (inner instanceof ActionError && inner.cause !== undefined) inner = inner.cause;
  return kubeStatus(inner)?.code === 404;
}
