// Injected faults: the next `count` matching requests fail in a chosen way, then the world is healthy
// again. That is exactly what a retry policy must survive (and what a too-short one must not).
//
// A fault strikes at one of two moments:
// - `before` (default): the request never reaches the service: nothing happens, the client sees an error.
// - `after`: the service handles the request (an execution starts, a pipeline version is written) and only
//   then is the answer lost: the connection is reset, a 5xx replaces it, the body is cut short, or it never
//   comes and the client times out. Only these prove that a retry does not do the thing twice: with a
//   `before` fault, a retry is harmless even when idempotency tokens are ignored.

import { FOREIGN_ANSWER_KINDS, type ForeignAnswerKind } from './foreign-answers.js';

export type FaultKind =
  | 'throttle'
  | 'http500'
  | 'http503'
  | 'reset'
  | 'latency'
  | 'expired-token'
  | 'access-denied'
  | 'idp-communication'
  | 'truncate'
  | 'hang'
  | ForeignAnswerKind;

export type FaultMoment = 'before' | 'after';

export interface FaultSpec {
  /** SigV4 signing name, e.g. `sagemaker`, `sts`; any service when omitted. */
  service?: string;
  /** Operation name, e.g. `DescribePipelineExecution`; `*` matches every operation. */
  operation: string;
  kind: FaultKind;
  /** How many matching requests to fault. */
  count: number;
  /** `before` (default: nothing happens) or `after` the request took effect (its answer is lost). */
  when?: FaultMoment;
  /** `latency` only: delay before answering normally (default 1000 ms). */
  latencyMs?: number;
}

export const FAULT_KINDS: readonly FaultKind[] = [
  'throttle',
  'http500',
  'http503',
  'reset',
  'latency',
  'expired-token',
  'access-denied',
  'idp-communication',
  'truncate',
  'hang',
  ...FOREIGN_ANSWER_KINDS,
];

/** What can happen to an answer once the request took effect. An error code (throttle, access-denied) after the effect would be a lie AWS never tells. */
export const AFTER_FAULT_KINDS: readonly FaultKind[] = ['reset', 'http500', 'http503', 'truncate', 'hang'];

/** `truncate` cuts an answer that exists: before the request is handled there is none. */
const AFTER_ONLY: readonly FaultKind[] = ['truncate'];

export class FaultBook {
  #faults: FaultSpec[] = [];

  add(fault: FaultSpec): void {
    if (!FAULT_KINDS.includes(fault.kind)) throw new Error(`unknown fault kind ${String(fault.kind)} (one of ${FAULT_KINDS.join(', ')})`);
    if (!Number.isInteger(fault.count) || fault.count < 1) throw new Error(`fault count must be a positive integer, got ${fault.count}`);
    if (!fault.operation) throw new Error('fault operation is required (use "*" for any)');
    const when = fault.when ?? 'before';
    if (when !== 'before' && when !== 'after') throw new Error(`fault when must be "before" or "after", got ${String(fault.when)}`);
    if (when === 'after' && !AFTER_FAULT_KINDS.includes(fault.kind)) {
      throw new Error(`a fault after the request took effect loses the answer: kind must be one of ${AFTER_FAULT_KINDS.join(', ')}, got ${fault.kind}`);
    }
    if (when === 'before' && AFTER_ONLY.includes(fault.kind)) throw new Error(`${fault.kind} cuts an answer short: use it with when: "after"`);
    this.#faults.push({ ...fault });
  }

  clear(): void {
    this.#faults = [];
  }

  /** Faults still armed, with `count` = how many requests each will still fail. */
  pending(): FaultSpec[] {
    return this.#faults.map((f) => ({ ...f }));
  }

  /** Consume one use of the first fault of that moment matching this request (faults fire in the order added). */
  take(service: string, operation: string, when: FaultMoment = 'before'): FaultSpec | undefined {
    const index = this.#faults.findIndex(
      (f) => (f.when ?? 'before') === when && (f.service === undefined || f.service === service) && (f.operation === '*' || f.operation === operation),
    );
    if (index < 0) return undefined;
    const fault = this.#faults[index]!;
    fault.count -= 1;
    if (fault.count === 0) this.#faults.splice(index, 1);
    return { ...fault, count: 1 };
  }
}
