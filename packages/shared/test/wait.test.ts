import { describe, expect, test, vi } from 'vitest';
import { classifyAwsFailure } from '@mlops-actions/shared/aws';
import { CancelledError, TimeoutError, waitFor, type WaitOptions } from '@mlops-actions/shared/runtime';

function sdkError(name: string, status: number): Error {
  return Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status }, $fault: status >= 500 ? 'server' : 'client' });
}

function options<T>(overrides: Partial<WaitOptions<T>> & Pick<WaitOptions<T>, 'poll' | 'done'>): WaitOptions<T> {
  return {
    what: 'the thing',
    progress: (v) => String(v),
    timeoutMs: 5_000,
    minDelayMs: 1,
    maxDelayMs: 4,
    signal: new AbortController().signal,
    random: () => 1,
    classify: classifyAwsFailure,
    ...overrides,
  };
}

describe('waitFor', () => {
  test('polls until done and counts polls', async () => {
    let n = 0;
    const result = await waitFor(options({ poll: async () => ++n, done: (v) => v === 3 }));
    expect(result.value).toBe(3);
    expect(result.polls).toBe(3);
  });

  test('delays grow while nothing changes, up to the cap, and reset on change', async () => {
    const sleeps: number[] = [];
    const values = [1, 1, 1, 1, 1, 2, 2, 3];
    let i = 0;
    const now = 0;
    const sleep = vi.spyOn(globalThis, 'setTimeout');
    await waitFor(
      options({
        poll: async () => values[i++] as number,
        done: (v) => v === 3,
        minDelayMs: 10,
        maxDelayMs: 30,
        now: () => now,
      }),
    );
    for (const call of sleep.mock.calls) sleeps.push(call[1] as number);
    sleep.mockRestore();
    // random() = 1 gives the full delay: 10, 16, 25.6, 30 (cap), 30, then reset to 10 on change, 16, then done.
    expect(sleeps.map(Math.round)).toEqual([10, 16, 26, 30, 30, 10, 16]);
    expect(now).toBe(0);
  });

  test('jitter keeps each pause between 80 % and all of the delay', async () => {
    const sleep = vi.spyOn(globalThis, 'setTimeout');
    let n = 0;
    await waitFor(options({ poll: async () => ++n, done: (v) => v === 4, progress: () => 'same', minDelayMs: 20, maxDelayMs: 20, random: () => 0 }));
    const delays = sleep.mock.calls.map((c) => c[1]);
    sleep.mockRestore();
    expect(delays).toEqual([16, 16, 16]);
  });

  test('transient errors (throttling, 5xx, resets) are waited out', async () => {
    const errors = [sdkError('ThrottlingException', 400), sdkError('InternalFailure', 500), Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })];
    let calls = 0;
    const result = await waitFor(
      options({
        poll: async () => {
          calls += 1;
          const error = errors.shift();
          if (error) throw error;
          return 'ok';
        },
        done: () => true,
      }),
    );
    expect(result.value).toBe('ok');
    expect(result.transientErrors).toBe(3);
    expect(calls).toBe(4);
  });

  test('other errors end the wait at once', async () => {
    let calls = 0;
    const denied = sdkError('AccessDeniedException', 400);
    await expect(
      waitFor(
        options({
          poll: async () => {
            calls += 1;
            throw denied;
          },
          done: () => true,
        }),
      ),
    ).rejects.toBe(denied);
    expect(calls).toBe(1);
  });

  test('expired credentials are renewed once, then the poll is repeated', async () => {
    const renew = vi.fn(async () => true);
    let calls = 0;
    const result = await waitFor(
      options({
        poll: async () => {
          calls += 1;
          if (calls === 1) throw sdkError('ExpiredTokenException', 400);
          return calls;
        },
        done: () => true,
        renewCredentials: renew,
      }),
    );
    expect(renew).toHaveBeenCalledTimes(1);
    expect(result.value).toBe(2);
  });

  test('credentials expired again right after renewal end the wait', async () => {
    const expired = sdkError('ExpiredTokenException', 400);
    const renew = vi.fn(async () => true);
    await expect(waitFor(options({ poll: async () => Promise.reject(expired), done: () => true, renewCredentials: renew }))).rejects.toBe(expired);
    expect(renew).toHaveBeenCalledTimes(1);
  });

  test('times out at the deadline with the last progress in the message', async () => {
    let clock = 0;
    const error = await waitFor(
      options({
        poll: async () => 'Executing',
        done: () => false,
        timeoutMs: 100,
        minDelayMs: 40,
        maxDelayMs: 40,
        now: () => (clock += 30),
      }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/^Timed out after .* waiting for the thing \(last seen: Executing\)\.$/);
  });

  test('cancellation interrupts a pause at once', async () => {
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 50);
    const error = await waitFor(options({ poll: async () => 1, done: () => false, minDelayMs: 60_000, maxDelayMs: 60_000, signal: controller.signal })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CancelledError);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test('cancellation during a poll is a cancellation, not a failure', async () => {
    const controller = new AbortController();
    const error = await waitFor(
      options({
        poll: async () => {
          controller.abort();
          throw Object.assign(new Error('aborted'), { name: 'AbortError' });
        },
        done: () => true,
        signal: controller.signal,
      }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CancelledError);
  });

  test('a status check still in flight at the deadline is abandoned: the wait times out, not the request', async () => {
    const seen: AbortSignal[] = [];
    const error = await waitFor(
      options({
        // A poll that hangs until aborted, as an SDK call whose retries would outlast the deadline.
        poll: (signal) => {
          seen.push(signal);
          return new Promise((_, reject) => signal.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }))));
        },
        done: () => true,
        timeoutMs: 50,
        lastPollGraceMs: 20,
      }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/^Timed out after .* waiting for the thing; the last status check did not answer in time\.$/);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.aborted).toBe(true);
  });

  test('a slow status check that answers within the deadline is not abandoned', async () => {
    let n = 0;
    const result = await waitFor(
      options({
        poll: (signal) =>
          new Promise<number>((resolve, reject) => {
            const t = setTimeout(() => resolve(++n), 30);
            signal.addEventListener('abort', () => (clearTimeout(t), reject(new Error('aborted'))));
          }),
        done: (v) => v === 2,
        timeoutMs: 2_000,
        lastPollGraceMs: 0,
      }),
    );
    expect(result.value).toBe(2);
  });
});

describe('waitFor takes the service from its classifier', () => {
  // A classifier of another service (here: HTTP-status based, like a Kubernetes or GitHub one would be).
  class HttpFailure extends Error {
    constructor(readonly status: number) {
      super(`HTTP ${status}`);
    }
  }
  const byStatus: WaitOptions<string>['classify'] = (error) => {
    const status = error instanceof HttpFailure ? error.status : 0;
    if (status === 401) return { kind: 'renew-credentials', label: 'Unauthorized' };
    return { kind: status === 429 || status >= 500 ? 'transient' : 'fatal', label: `HTTP ${status}` };
  };

  test.each([
    [[429, 503], 'transient failures are waited out', 3],
    [[404], 'a fatal failure ends the wait at the first poll', 1],
    [[503, 403], 'a fatal failure after a transient one ends the wait there', 2],
  ] as const)('%j: %s', async (statuses, _what, expectedPolls) => {
    const failures = [...statuses];
    let polls = 0;
    const outcome = await waitFor(
      options<string>({
        classify: byStatus,
        poll: async () => {
          polls += 1;
          const status = failures.shift();
          if (status !== undefined) throw new HttpFailure(status);
          return 'ok';
        },
        done: () => true,
      }),
    ).then(
      (r) => r.value,
      (e: unknown) => e,
    );
    expect(polls).toBe(expectedPolls);
    if (statuses.some((s) => s < 500 && s !== 429)) expect(outcome).toBeInstanceOf(HttpFailure);
    else expect(outcome).toBe('ok');
  });

  test('renew-credentials renews once, then polls again', async () => {
    let renewals = 0;
    let polls = 0;
    const result = await waitFor(
      options<string>({
        classify: byStatus,
        renewCredentials: async () => {
          renewals += 1;
          return true;
        },
        poll: async () => {
          polls += 1;
          if (polls === 1) throw new HttpFailure(401);
          return 'ok';
        },
        done: () => true,
      }),
    );
    expect(result.value).toBe('ok');
    expect({ renewals, polls }).toEqual({ renewals: 1, polls: 2 });
  });
});
