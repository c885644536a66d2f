import * as core from '../core/index.js';

/**
 * The runner cancels a step by sending SIGINT, then SIGTERM 7.5 s later, then killing the process 2.5 s after
 * that. Installing handlers keeps Node alive on the first signal so the action can clean up (stop what it
 * started) inside that window; every wait and AWS call takes this signal.
 */
export interface Cancellation {
  signal: AbortSignal;
  /** Which signal cancelled the step, once one has. */
  reason(): string | undefined;
  dispose(): void;
}

export function onRunnerCancel(): Cancellation {
  const controller = new AbortController();
  let received: string | undefined;
  const handler = (name: NodeJS.Signals): void => {
    if (received) {
      core.info(`Received ${name} again; still cleaning up.`);
      return;
    }
    received = name;
    core.warning(`Received ${name}: the job was cancelled.`);
    controller.abort(new Error(`cancelled by ${name}`));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    signal: controller.signal,
    reason: () => received,
    dispose() {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}

/** Resolves after `ms`, or rejects with the abort reason as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError(signal));
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortError(signal as AbortSignal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function abortError(signal: AbortSignal): Error {
  const error = new Error(signal.reason instanceof Error ? signal.reason.message : 'aborted');
  error.name = 'AbortError';
  return error;
}

/** An AbortSignal fired (the runner cancelled, or a deadline passed): not a failure of the thing polled. */
export function isAbort(error: unknown): boolean {
  // Also through wrappers (an error whose cause is the abort), as services' error helpers wrap what they throw.
  let inner = error;
  for (let depth = 0; inner && typeof inner === 'object' && depth < 5; depth += 1) {
    if ((inner as { name?: unknown }).name === 'AbortError') return true;
    inner = (inner as { cause?: unknown }).cause;
  }
  return false;
}
