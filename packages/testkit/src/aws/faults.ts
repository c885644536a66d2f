// Injected faults: the next `count` matching requests fail in a chosen way, then the world is healthy
// again. That is exactly what a retry policy must survive (and what a too-short one must not).

import { FOREIGN_ANSWER_KINDS, type ForeignAnswerKind } from './foreign-answers.js';

export type FaultKind = 'throttle' | 'http500' | 'http503' | 'reset' | 'latency' | 'expired-token' | 'access-denied' | 'idp-communication' | ForeignAnswerKind;

export interface FaultSpec {
  /** SigV4 signing name, e.g. `sagemaker`, `sts`; any service when omitted. */
  service?: string;
  /** Operation name, e.g. `DescribePipelineExecution`; `*` matches every operation. */
  operation: string;
  kind: FaultKind;
  /** How many matching requests to fault. */
  count: number;
  /** `latency` only: delay before answering normally (default 1000 ms). */
  latencyMs?: number;
}

export const FAULT_KINDS: readonly FaultKind[] = ['throttle', 'http500', 'http503', 'reset', 'latency', 'expired-token', 'access-denied', 'idp-communication', ...FOREIGN_ANSWER_KINDS];

export class FaultBook {
  #faults: FaultSpec[] = [];

  add(fault: FaultSpec): void {
    if (!FAULT_KINDS.includes(fault.kind)) throw new Error(`unknown fault kind ${String(fault.kind)} (one of ${FAULT_KINDS.join(', ')})`);
    if (!Number.isInteger(fault.count) || fault.count < 1) throw new Error(`fault count must be a positive integer, got ${fault.count}`);
    if (!fault.operation) throw new Error('fault operation is required (use "*" for any)');
    this.#faults.push({ ...fault });
  }

  clear(): void {
    this.#faults = [];
  }

  /** Faults still armed, with `count` = how many requests each will still fail. */
  pending(): FaultSpec[] {
    return this.#faults.map((f) => ({ ...f }));
  }

  /** Consume one use of the first fault matching this request (faults fire in the order added). */
  take(service: string, operation: string): FaultSpec | undefined {
    const index = this.#faults.findIndex(
      (f) => (f.service === undefined || f.service === service) && (f.operation === '*' || f.operation === operation),
    );
    if (index < 0) return undefined;
    const fault = this.#faults[index]!;
    fault.count -= 1;
    if (fault.count === 0) this.#faults.splice(index, 1);
    return { ...fault, count: 1 };
  }
}
