// Injected API server failures: the next `count` matching requests fail in a chosen way. `before` faults
// refuse the request (nothing happens); `after` faults let a write take effect and lose its answer.

export type K8sFaultKind =
  /** 500 InternalError Status. */
  | 'http500'
  /** 503 ServiceUnavailable Status. */
  | 'http503'
  /** 429 TooManyRequests with Retry-After (client-go retries these by itself, up to 10 times). */
  | 'throttle'
  /** No answer at all until the client gives up. */
  | 'hang'
  /** The connection is destroyed without an answer. */
  | 'reset'
  /** Answers normally after `latencyMs`. */
  | 'latency'
  /** A watch: the stream is cut (connection destroyed) after `afterEvents` events. */
  | 'drop-watch'
  /** A watch: the stream ends cleanly after `afterEvents` events (a server-side watch timeout). */
  | 'end-watch'
  /** A watch: answered with an ERROR event 410 Expired (too old resource version), as after a compaction. */
  | 'gone';

export interface K8sFaultSpec {
  kind: K8sFaultKind;
  /** get | list | watch | create | update | patch | delete | deletecollection | proxy | log; any when omitted. */
  verb?: string;
  /** Plural resource (deployments, pods, ...); any when omitted. */
  resource?: string;
  /** Object name; any when omitted. */
  name?: string;
  namespace?: string;
  count?: number;
  when?: 'before' | 'after';
  retryAfterSeconds?: number;
  latencyMs?: number;
  /** drop-watch / end-watch: events delivered before the cut (default 0: right after the initial ones). */
  afterEvents?: number;
}

export interface RequestAttributes {
  verb: string;
  resource?: string;
  subresource?: string;
  namespace?: string;
  name?: string;
  group?: string;
}

const WATCH_ONLY: K8sFaultKind[] = ['drop-watch', 'end-watch', 'gone'];
const AFTER_KINDS: K8sFaultKind[] = ['http500', 'http503', 'hang', 'reset'];

export class K8sFaults {
  #faults: Array<Required<Pick<K8sFaultSpec, 'count'>> & K8sFaultSpec> = [];

  add(spec: K8sFaultSpec): void {
    const count = spec.count ?? 1;
    if (!Number.isInteger(count) || count < 1) throw new Error(`fault count must be a positive integer, got ${count}`);
    if (WATCH_ONLY.includes(spec.kind) && spec.verb !== undefined && spec.verb !== 'watch') throw new Error(`${spec.kind} applies to watches (verb 'watch')`);
    if (spec.when === 'after' && !AFTER_KINDS.includes(spec.kind))
      throw new Error(`an after fault loses the answer: kind must be one of ${AFTER_KINDS.join(', ')}`);
    this.#faults.push({ ...spec, count, ...(WATCH_ONLY.includes(spec.kind) ? { verb: 'watch' } : {}) });
  }

  clear(): void {
    this.#faults = [];
  }

  pending(): K8sFaultSpec[] {
    return this.#faults.map((f) => ({ ...f }));
  }

  take(attrs: RequestAttributes, when: 'before' | 'after'): K8sFaultSpec | undefined {
    const verb = attrs.subresource === 'proxy' ? 'proxy' : attrs.subresource === 'log' ? 'log' : attrs.verb;
    const index = this.#faults.findIndex(
      (f) =>
        (f.when ?? 'before') === when &&
        (f.verb === undefined || f.verb === verb) &&
        (f.resource === undefined || f.resource === attrs.resource) &&
        (f.name === undefined || f.name === attrs.name) &&
        (f.namespace === undefined || f.namespace === attrs.namespace),
    );
    if (index < 0) return undefined;
    const fault = this.#faults[index]!;
    fault.count -= 1;
    if (fault.count === 0) this.#faults.splice(index, 1);
    return { ...fault, count: 1 };
  }
}
