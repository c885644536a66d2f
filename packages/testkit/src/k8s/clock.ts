// The world's clock. Everything time-dependent in the Kubernetes world (pod readiness, crash back-offs, the
// progress deadline, token age) reads it, so a test can jump ten minutes ahead instead of sleeping them.
//
// - 'real' (default): wall-clock time plus whatever the test added with advance(); the world also ticks
//   on a short real timer so "ready after 2 s" happens by itself while an action or kubectl watches.
// - 'manual': time stands still until the test calls advance(); nothing changes on its own.

export type ClockMode = 'real' | 'manual';

export class WorldClock {
  #offset = 0;
  readonly #start: number;
  #listeners = new Set<(now: number) => void>();

  constructor(
    readonly mode: ClockMode = 'real',
    start = Date.now(),
  ) {
    this.#start = start;
  }

  /** Milliseconds since the epoch, by the world's reckoning. */
  now(): number {
    return (this.mode === 'real' ? Date.now() : this.#start) + this.#offset;
  }

  date(): Date {
    return new Date(this.now());
  }

  /** RFC 3339 with second precision, as metav1.Time marshals. */
  iso(ms = this.now()): string {
    return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  }

  /**
   * Moves time forward by `ms`, in steps of at most `stepMs` so controllers see every intermediate moment
   * (a pod that became ready at +5 s is noticed at +5 s, not only at the end).
   */
  advance(ms: number, stepMs = 1000): void {
    if (!(ms >= 0)) throw new Error(`advance needs a non-negative duration, got ${ms}`);
    let left = ms;
    while (left > 0) {
      const step = Math.min(stepMs, left);
      this.#offset += step;
      left -= step;
      for (const listener of this.#listeners) listener(this.now());
    }
  }

  onAdvance(listener: (now: number) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
