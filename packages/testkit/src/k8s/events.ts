// core/v1 Events as the kubelet, the scheduler and the controllers record them: one Event per (object, reason,
// message), whose count and lastTimestamp grow when it repeats (the client-go event correlator's aggregation).
import { typeByResource } from './resources.js';
import type { ObjectStore } from './store.js';
import type { K8sObject } from './types.js';

const EVENTS = typeByResource('', 'events')!;

export interface EventSpec {
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  component: string;
  host?: string;
  fieldPath?: string;
  /** World ms. */
  at: number;
}

export class EventRecorder {
  readonly #byKey = new Map<string, string>();
  #seq = 0;

  constructor(
    private readonly store: ObjectStore,
    private readonly iso: (ms: number) => string,
  ) {}

  record(involved: K8sObject, e: EventSpec): void {
    const ns = involved.metadata.namespace ?? 'default';
    const key = `${involved.metadata.uid}|${e.fieldPath ?? ''}|${e.type}|${e.reason}|${e.message}|${e.component}`;
    const existingName = this.#byKey.get(key);
    const existing = existingName ? this.store.get('events', ns, existingName) : undefined;
    if (existing) {
      existing.count = Number(existing.count ?? 1) + 1;
      existing.lastTimestamp = this.iso(e.at);
      this.store.update(EVENTS, existing);
      return;
    }
    // The recorder's naming: "<object>.<UnixNano in hex>", so names sort in time order (as kubectl's lists show).
    const nanos = BigInt(Math.floor(e.at)) * 1_000_000n + BigInt(this.#seq++ % 1_000_000);
    const name = `${involved.metadata.name}.${nanos.toString(16)}`;
    this.#byKey.set(key, name);
    this.store.create(EVENTS, {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace: ns },
      involvedObject: {
        kind: involved.kind,
        namespace: ns,
        name: involved.metadata.name,
        uid: involved.metadata.uid,
        apiVersion: involved.apiVersion,
        resourceVersion: involved.metadata.resourceVersion,
        ...(e.fieldPath ? { fieldPath: e.fieldPath } : {}),
      },
      reason: e.reason,
      message: e.message,
      source: { component: e.component, ...(e.host ? { host: e.host } : {}) },
      firstTimestamp: this.iso(e.at),
      lastTimestamp: this.iso(e.at),
      count: 1,
      type: e.type,
      eventTime: null,
      reportingComponent: e.component,
      reportingInstance: e.host ?? '',
    });
  }
}
