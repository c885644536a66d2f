import * as core from '../core/index.js';
import { CancelledError, TimeoutError, errorMessage } from './errors.js';
import { formatDuration } from './duration.js';
import { isAbort, sleep } from './cancellation.js';

/**
 * What a failed poll means for the wait: try again later, renew the credentials then try again, or give up.
 * Each service area (aws/, later k8s/ and github/) provides one, so this loop knows no service.
 */
export type FailureKind = 'transient' | 'renew-credentials' | 'fatal';

export interface ClassifiedFailure {
  kind: FailureKind;
  /** A short name for logs, e.g. the service's error code ('ThrottlingException', 'ECONNRESET'). */
  label: string;
}

export type FailureClassifier = (error: unknown) => ClassifiedFailure;

export interface WaitOptions<T> {
  /** What is being waited for, for messages: "pipeline execution churn/abc123 to finish". */
  what: string;
  /**
   * One poll. Its signal aborts on cancellation and shortly after the deadline, so an in-flight request (whose
   * SDK retries could otherwise outlast the deadline by minutes) is abandoned.
   */
  poll: (signal: AbortSignal) => Promise<T>;
  /** True when the wait is over (successfully or not: the caller judges the value). */
  done: (value: T) => boolean;
  /** A one-line progress description; it is logged only when it changes, never once per poll. */
  progress: (value: T) => string;
  timeoutMs: number;
  /** First delay between polls, and the delay again after each change. */
  minDelayMs: number;
  /** The cap the delay grows to while nothing changes. */
  maxDelayMs: number;
  signal: AbortSignal;
  /** Tells a failed poll that is worth waiting out from one that ends the wait (the service's retry classifier). */
  classify: FailureClassifier;
  /** Called when a poll fails with expired credentials; the next poll runs with renewed ones. */
  renewCredentials?: () => Promise<boolean>;
  /** How long past the deadline a poll may still run (default 5 s). */
  lastPollGraceMs?: number;
  /** Deterministic jitter for tests and simulations; production uses Math.random. */
  random?: () => number;
  /** The clock of the deadline, for tests; the abort of a poll still in flight at the deadline uses real time. */
  now?: () => number;
  /** The pause between polls, for simulations on a virtual clock (with `now`); production uses real timers. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export interface WaitResult<T> {
  value: T;
  polls: number;
  elapsedMs: number;
  transientErrors: number;
}

const GROWTH = 1.6;
/**
 * The random share of each pause: pauses fall in [1 - JITTER, 1] x the delay. Enough to spread the polls of
 * many jobs, small enough that a pause at the cap stays close to it: at a 30 s cap a wait makes ~133 checks an
 * hour (equal jitter, [0.5, 1], made 160) while a change is still seen within the cap.
 */
const JITTER = 0.2;
/** How long past the deadline the last poll may take: enough to see a status that changed at the last moment. */
const LAST_POLL_GRACE_MS = 5_000;

/**
 * Polls until `done`, with a deadline, jittered exponential backoff capped at maxDelayMs, reset to minDelayMs
 * whenever progress changes, and cancellation. Failures the classifier calls transient (throttling, 5xx, network)
 * are waited out with the same backoff because a long wait must survive a bad minute of the API; anything else
 * ends the wait at once.
 */
export async function waitFor<T>(options: WaitOptions<T>): Promise<WaitResult<T>> {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const started = now();
  const deadline = started + options.timeoutMs;
  let delay = options.minDelayMs;
  let polls = 0;
  let transientErrors = 0;
  let lastProgress: string | undefined;
  let lastErrorCode: string | undefined;
  let justRenewed = false;
  const timedOut = (detail = '') =>
    new TimeoutError(
      `Timed out after ${formatDuration(now() - started)} waiting for ${options.what}` + (lastProgress ? ` (last seen: ${lastProgress})` : '') + detail + '.',
    );

  for (;;) {
    if (options.signal.aborted) throw new CancelledError(`waiting for ${options.what}`);
    polls += 1;
    const pollDeadline = AbortSignal.timeout(Math.max(deadline - now(), 0) + (options.lastPollGraceMs ?? LAST_POLL_GRACE_MS));
    try {
      const value = await options.poll(AbortSignal.any([options.signal, pollDeadline]));
      justRenewed = false;
      if (lastErrorCode) core.info(`Recovered after ${lastErrorCode}.`);
      lastErrorCode = undefined;
      const progress = options.progress(value);
      if (progress !== lastProgress) {
        core.info(progress);
        lastProgress = progress;
        delay = options.minDelayMs;
      } else {
        delay = Math.min(delay * GROWTH, options.maxDelayMs);
      }
      if (options.done(value)) return { value, polls, elapsedMs: now() - started, transientErrors };
    } catch (error) {
      if (options.signal.aborted) throw new CancelledError(`waiting for ${options.what}`);
      if (pollDeadline.aborted) throw timedOut('; the last status check did not answer in time');
      if (isAbort(error)) throw new CancelledError(`waiting for ${options.what}`);
      const { kind, label: code } = options.classify(error);
      // Renew once per expiry: credentials that are expired again right after renewal mean a clock or policy
      // problem that renewing again will not fix.
      if (kind === 'renew-credentials' && !justRenewed && options.renewCredentials && (await options.renewCredentials())) {
        core.info(`${code}: renewed the credentials.`);
        justRenewed = true;
        continue;
      }
      if (kind !== 'transient') throw error;
      transientErrors += 1;
      if (code !== lastErrorCode) core.warning(`Polling ${options.what} failed with ${code} (${errorMessage(error)}); backing off and trying again.`);
      lastErrorCode = code;
      delay = Math.min(Math.max(delay, options.minDelayMs) * 2, options.maxDelayMs);
    }
    const remaining = deadline - now();
    if (remaining <= 0) throw timedOut();
    const jittered = delay * (1 - JITTER) + random() * delay * JITTER;
    try {
      await (options.sleep ?? sleep)(Math.min(jittered, remaining), options.signal);
    } catch {
      throw new CancelledError(`waiting for ${options.what}`);
    }
  }
}
