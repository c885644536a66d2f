// The world's etcd: objects by resource/namespace/name, one global resourceVersion counter, and a bounded
// history of changes so a watch can resume from a resourceVersion (or be told 410 Gone when it is too old).
import { randomUUID } from 'node:crypto';
import { apiVersionOf, type ResourceType } from './resources.js';
import { clone, type K8sObject } from './types.js';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface StoredEvent {
  rv: number;
  type: WatchEventType;
  resource: string;
  object: K8sObject;
  /** MODIFIED: the object before (a filtered watch turns leaving/entering the selection into DELETED/ADDED). */
  previous?: K8sObject;
}

export interface Watcher {
  resource: string;
  namespace?: string;
  send(event: StoredEvent): void;
}

export class StoreError extends Error {
  constructor(
    readonly reason: 'NotFound' | 'AlreadyExists' | 'Conflict',
    message: string,
  ) {
    super(message);
  }
}

function key(resource: string, namespace: string | undefined, name: string): string {
  return `${resource}/${namespace ?? ''}/${name}`;
}

export class ObjectStore {
  #rv = 1000;
  readonly #objects = new Map<string, K8sObject>();
  readonly #history: StoredEvent[] = [];
  readonly #watchers = new Set<Watcher>();
  /** A watch from a resourceVersion below this one cannot be resumed (410 Gone). */
  #floor = 0;

  constructor(
    private readonly now: () => string,
    /** How many changes a watch can resume across (older resourceVersions get 410 Gone). */
    private readonly historyLimit = 5000,
  ) {}

  get resourceVersion(): number {
    return this.#rv;
  }

  /** The oldest resourceVersion a watch can still start from. */
  get oldestResumable(): number {
    return this.#floor;
  }

  get(resource: string, namespace: string | undefined, name: string): K8sObject | undefined {
    const obj = this.#objects.get(key(resource, namespace, name));
    return obj ? clone(obj) : undefined;
  }

  /** Live reference (controllers read a lot; they never mutate it). */
  peek(resource: string, namespace: string | undefined, name: string): K8sObject | undefined {
    return this.#objects.get(key(resource, namespace, name));
  }

  list(resource: string, namespace?: string): K8sObject[] {
    const out: K8sObject[] = [];
    for (const [k, obj] of this.#objects) {
      if (!k.startsWith(`${resource}/`)) continue;
      if (namespace !== undefined && obj.metadata.namespace !== namespace) continue;
      out.push(obj);
    }
    return out.sort((a, b) => `${a.metadata.namespace}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace}/${b.metadata.name}`));
  }

  create(type: ResourceType, input: K8sObject): K8sObject {
    const obj = clone(input);
    obj.apiVersion = apiVersionOf(type);
    obj.kind = type.kind;
    const meta = obj.metadata;
    if (!meta.name && meta.generateName) meta.name = `${meta.generateName}${randomSuffix()}`;
    const k = key(type.resource, meta.namespace, meta.name);
    if (this.#objects.has(k)) throw new StoreError('AlreadyExists', `${meta.name} already exists`);
    meta.uid = randomUUID();
    meta.creationTimestamp = this.now();
    if (type.generation) meta.generation = 1;
    else delete meta.generation;
    delete meta.deletionTimestamp;
    meta.resourceVersion = String(++this.#rv);
    this.#objects.set(k, obj);
    this.#record('ADDED', type.resource, obj);
    return clone(obj);
  }

  /**
   * Replaces an object. `expectRv`: optimistic concurrency (409 when stale). Generation is bumped when the
   * spec changed. Returns the stored object, or the same one unchanged (no new resourceVersion) when nothing differs.
   */
  update(type: ResourceType, input: K8sObject, expectRv?: string): K8sObject {
    const k = key(type.resource, input.metadata.namespace, input.metadata.name);
    const current = this.#objects.get(k);
    if (!current) throw new StoreError('NotFound', `${input.metadata.name} not found`);
    if (expectRv && expectRv !== current.metadata.resourceVersion) {
      throw new StoreError('Conflict', 'the object has been modified; please apply your changes to the latest version and try again');
    }
    const obj = clone(input);
    obj.apiVersion = apiVersionOf(type);
    obj.kind = type.kind;
    // Immutable metadata.
    obj.metadata.uid = current.metadata.uid;
    obj.metadata.creationTimestamp = current.metadata.creationTimestamp;
    if (current.metadata.deletionTimestamp) obj.metadata.deletionTimestamp = current.metadata.deletionTimestamp;
    if (type.generation) {
      const specChanged = JSON.stringify(obj.spec) !== JSON.stringify(current.spec);
      obj.metadata.generation = (current.metadata.generation ?? 1) + (specChanged ? 1 : 0);
    } else delete obj.metadata.generation;
    obj.metadata.resourceVersion = current.metadata.resourceVersion;
    if (JSON.stringify(obj) === JSON.stringify(current)) return clone(current);
    obj.metadata.resourceVersion = String(++this.#rv);
    this.#objects.set(k, obj);
    this.#record('MODIFIED', type.resource, obj, current);
    return clone(obj);
  }

  delete(type: ResourceType, namespace: string | undefined, name: string): K8sObject {
    const k = key(type.resource, namespace, name);
    const current = this.#objects.get(k);
    if (!current) throw new StoreError('NotFound', `${name} not found`);
    this.#objects.delete(k);
    const gone = clone(current);
    gone.metadata.resourceVersion = String(++this.#rv);
    this.#record('DELETED', type.resource, gone);
    return clone(gone);
  }

  /**
   * Changes after `rv` for a resource, or 'expired' when the history no longer reaches back that far
   * (what a real API server answers with 410 Gone "too old resource version").
   */
  since(resource: string, rv: number): StoredEvent[] | 'expired' {
    if (rv < this.#floor) return 'expired';
    return this.#history.filter((e) => e.rv > rv && e.resource === resource).map((e) => ({ ...e, object: clone(e.object) }));
  }

  watch(watcher: Watcher): () => void {
    this.#watchers.add(watcher);
    return () => this.#watchers.delete(watcher);
  }

  /** Forgets the change history (a compaction): watches from any earlier resourceVersion now get 410 Gone. */
  compact(): void {
    this.#history.length = 0;
    this.#floor = this.#rv;
  }

  #record(type: WatchEventType, resource: string, obj: K8sObject, previous?: K8sObject): void {
    const event: StoredEvent = { rv: Number(obj.metadata.resourceVersion), type, resource, object: clone(obj), ...(previous ? { previous } : {}) };
    this.#history.push(event);
    if (this.#history.length > this.historyLimit) this.#floor = this.#history.shift()!.rv;
    for (const w of this.#watchers) {
      if (w.resource !== resource) continue;
      if (w.namespace !== undefined && w.namespace !== obj.metadata.namespace) continue;
      w.send({ ...event, object: clone(obj) });
    }
  }
}

const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** Five characters from the alphabet the API server uses for generateName suffixes. */
export function randomSuffix(length = 5): string {
  let out = '';
  for (let i = 0; i < length; i++) out += SAFE_ALPHABET[Math.floor(Math.random() * SAFE_ALPHABET.length)];
  return out;
}

/** rand.SafeEncodeString: each byte of a number's decimal string mapped into the safe alphabet (pod-template-hash). */
export function safeEncode(text: string): string {
  let out = '';
  for (const ch of text) out += SAFE_ALPHABET[ch.charCodeAt(0) % SAFE_ALPHABET.length];
  return out;
}
