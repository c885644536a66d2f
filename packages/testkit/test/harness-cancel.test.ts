import { describe, expect, it } from 'vitest';
import { DEFAULT_SIGNAL_GRACE_MS, RUNNER_CANCEL_DELAYS, runAction, type SignalRecord } from '../src/index.js';
import { fixture } from './fixtures/paths.js';

const longRunning = fixture('long-running');
// The fixture prints this once its signal handlers are installed: signals are sent after it, never on a timer
// alone (under load, loading Node took longer than the 300 ms a timer gave it, and SIGINT killed it outright).
const started = { logMatches: 'waiting for the pipeline' };
const fast = { sigintToSigtermMs: 300, sigtermToKillMs: 200 };

/** ms between consecutive signals. */
const gaps = (signals: SignalRecord[]): number[] => signals.slice(1).map((s, i) => s.at - (signals[i] as SignalRecord).at);

describe('cancellation, as the runner cancels a step', () => {
  it("by default escalates with the runner's ProcessInvoker delays: SIGINT, then SIGTERM 7.5 s later", async () => {
    // The real sequence, not the constants: a process that ignores SIGINT gets SIGTERM after the runner's 7.5 s.
    const result = await runAction({ actionDir: longRunning, inputs: { ignore: 'SIGINT' }, cancel: { when: started } });
    expect(result.main.signalsSent.map((s) => s.signal)).toEqual(['SIGINT', 'SIGTERM']);
    const [gap = 0] = gaps(result.main.signalsSent);
    expect(gap).toBeGreaterThanOrEqual(7495);
    expect(result.main.exitCode).toBe(143);
  }, 30_000);

  it('runner mode: a process that honours SIGINT gets only SIGINT, and its outputs still count', async () => {
    const result = await runAction({ actionDir: longRunning, cancel: { when: started } });
    expect(result.main.signalsSent.map((s) => s.signal)).toEqual(['SIGINT']);
    expect(result.main.exitCode).toBe(130);
    expect(result.main.cancelled).toBe(true);
    expect(result.main.conclusion).toBe('cancelled');
    expect(result.failed).toBe(true);
    expect(result.outputs).toEqual({ 'stopped-by': 'SIGINT' });
    expect(result.main.log.slice(-2)).toEqual(['received SIGINT, cleaning up', '##[error]The operation was canceled.']);
  });

  it('runner mode: SIGTERM follows an ignored SIGINT after the SIGINT delay', async () => {
    // SIGKILL far off: the fixture exits on SIGTERM, and under load that can take longer than a short kill delay.
    const result = await runAction({
      actionDir: longRunning,
      inputs: { ignore: 'SIGINT' },
      cancel: { when: started, delays: { ...fast, sigtermToKillMs: 30_000 } },
    });
    expect(result.main.signalsSent.map((s) => s.signal)).toEqual(['SIGINT', 'SIGTERM']);
    const [gap = 0] = gaps(result.main.signalsSent);
    // The override took (the runner's own delay is 7.5 s); no upper bound tighter than that: timers run late under load.
    expect(gap).toBeGreaterThanOrEqual(295);
    expect(gap).toBeLessThan(RUNNER_CANCEL_DELAYS.sigintToSigtermMs);
    expect(result.main.exitCode).toBe(143);
    expect(result.main.log).toContain('ignoring SIGINT');
    expect(result.outputs['stopped-by']).toBe('SIGTERM');
  });

  it('runner mode: SIGKILL follows an ignored SIGTERM after the SIGTERM delay', async () => {
    const result = await runAction({
      actionDir: longRunning,
      inputs: { ignore: 'SIGINT,SIGTERM' },
      cancel: { when: started, mode: 'runner', delays: fast },
    });
    expect(result.main.signalsSent.map((s) => s.signal)).toEqual(['SIGINT', 'SIGTERM', 'SIGKILL']);
    const [first = 0, second = 0] = gaps(result.main.signalsSent);
    expect(first).toBeGreaterThanOrEqual(295);
    expect(second).toBeGreaterThanOrEqual(195);
    expect(second).toBeLessThan(RUNNER_CANCEL_DELAYS.sigtermToKillMs);
    expect(result.main.exitCode).toBeNull();
    expect(result.main.signal).toBe('SIGKILL');
    expect(result.main.conclusion).toBe('cancelled');
  });

  it('SIGTERM mode sends just SIGTERM', async () => {
    const result = await runAction({ actionDir: longRunning, cancel: { when: started, mode: 'SIGTERM' } });
    expect(result.main.signalsSent.map((s) => s.signal)).toEqual(['SIGTERM']);
    expect(result.main.exitCode).toBe(143);
  });

  it('SIGINT mode sends SIGKILL after the grace period when SIGINT is ignored', async () => {
    const result = await runAction({
      actionDir: longRunning,
      inputs: { ignore: 'SIGINT' },
      cancel: { when: started, mode: 'SIGINT', graceMs: 250 },
    });
    expect(result.main.signalsSent.map((s) => s.signal)).toEqual(['SIGINT', 'SIGKILL']);
    const [gap = 0] = gaps(result.main.signalsSent);
    expect(gap).toBeGreaterThanOrEqual(245);
    expect(gap).toBeLessThan(DEFAULT_SIGNAL_GRACE_MS);
    expect(result.main.signal).toBe('SIGKILL');
  });

  it('afterMs cancels that long after spawn; with logMatches, that long after the match', async () => {
    // On purpose a bare timer: this tests the timer itself, so only when the signal went out is asserted (the
    // process may or may not have installed its handlers by then).
    const timed = await runAction({ actionDir: longRunning, cancel: { when: { afterMs: 400 } } });
    const sent = (timed.main.signalsSent[0] as SignalRecord).at - timed.main.startedAt;
    expect(sent).toBeGreaterThanOrEqual(395);

    const both = await runAction({ actionDir: longRunning, cancel: { when: { logMatches: /still waiting/, afterMs: 250 } } });
    const at = (both.main.signalsSent[0] as SignalRecord).at - both.main.startedAt;
    // The first "still waiting" comes ~100 ms after start (plus node start-up).
    expect(at).toBeGreaterThanOrEqual(350);
    const waits = both.main.log.filter((l) => l === 'still waiting').length;
    expect(waits).toBeGreaterThanOrEqual(2);
  });

  it('runs post after a cancelled main (post-if: always()), with the state main saved', async () => {
    const result = await runAction({ actionDir: longRunning, cancel: { when: started }, post: true });
    expect(result.main.conclusion).toBe('cancelled');
    expect(result.post?.log).toEqual(['Post job cleanup.', 'post after main: began=yes']);
    expect(result.post?.signalsSent).toEqual([]);
  });
});

describe('timeout', () => {
  it('cancels like the runner on timeout-minutes and reports it', async () => {
    const result = await runAction({ actionDir: longRunning, timeoutMs: 500 });
    expect(result.main.timedOut).toBe(true);
    expect(result.main.cancelled).toBe(false);
    expect(result.main.conclusion).toBe('failure');
    expect(result.main.signalsSent.map((s) => s.signal)).toEqual(['SIGINT']);
    expect((result.main.signalsSent[0] as SignalRecord).at - result.main.startedAt).toBeGreaterThanOrEqual(495);
    expect(result.errors).toEqual([expect.stringMatching(/^The action '.*long-running' has timed out after 0\.008 minutes\.$/)]);
  });

  it('kills a process that ignores every signal, after the (overridable) runner delays', async () => {
    // Cancelled once the fixture shows its handlers exist. A step timeout counts from spawn, as the runner's
    // does, so a timeout cannot wait for that; the timeout above shares this escalation (the same terminate()).
    const result = await runAction({
      actionDir: longRunning,
      inputs: { ignore: 'SIGINT,SIGTERM' },
      cancel: { when: started },
      cancelDelays: { sigintToSigtermMs: 150, sigtermToKillMs: 150 },
    });
    expect(result.main.signalsSent.map((s) => s.signal)).toEqual(['SIGINT', 'SIGTERM', 'SIGKILL']);
    expect(result.main.log).toEqual(expect.arrayContaining(['ignoring SIGINT', 'ignoring SIGTERM']));
    expect(result.main.signal).toBe('SIGKILL');
    const [first = 0, second = 0] = gaps(result.main.signalsSent);
    expect(first).toBeGreaterThanOrEqual(145);
    expect(second).toBeGreaterThanOrEqual(145);
  });

  it('an event (a request the world received, a promise) cancels when it happens; not together with logMatches', async () => {
    let ready!: () => void;
    const event = new Promise<void>((resolve) => (ready = resolve));
    const run = runAction({ actionDir: longRunning, cancel: { when: { event }, mode: 'SIGTERM' } });
    const before = Date.now();
    ready();
    const result = await run;
    expect(result.main.signalsSent.map((s) => s.signal)).toEqual(['SIGTERM']);
    expect((result.main.signalsSent[0] as SignalRecord).at).toBeGreaterThanOrEqual(before);
    await expect(runAction({ actionDir: longRunning, cancel: { when: { event, logMatches: 'x' } } })).rejects.toThrow('give logMatches or event, not both');
  });
});

describe('stream drain after exit', () => {
  it('stops waiting for stdout a while after the process exits when a child still holds it (runner: 5 s)', async () => {
    const result = await runAction({ actionDir: fixture('stream-holder'), streamDrainMs: 300 });
    expect(result.main.exitCode).toBe(0);
    expect(result.main.log).toContain('main exiting');
    // The child prints 'child done' 3 s later on the same stdout: had the harness waited for it, it would be here.
    expect(result.main.log).not.toContain('child done');
  });
});
