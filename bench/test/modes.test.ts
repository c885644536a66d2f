// The polling side of the README's "Polling or events" comparison, computed, not timed: start-pipeline's own watch
// code follows the case, a 3-hour training pipeline, on the virtual clock of lib/polling.mjs (exact counts,
// seeded jitter, 20 seeds). The event-driven side needs no simulation: its jobs make a fixed set of calls whatever
// the execution's length, asserted call by call in workflows-templates/test/event-driven-template.test.ts.
// A change to the wait rules moves these figures: update the README table with them.
import { describe, expect, test } from 'vitest';
import { TIMELINE, simulatePolling } from '../lib/polling.mjs';

const MIN = 60_000;
const SEEDS = 20;

interface Step {
  name: string;
  start: number;
  end: number;
}

/** TIMELINE with its training step `extraMs` longer (the steps after it move by as much). */
function longerTraining(extraMs: number): typeof TIMELINE {
  const steps = (TIMELINE.steps as Step[]).map((s, i) =>
    i === 0 ? s : i === 1 ? { ...s, end: s.end + extraMs } : { ...s, start: s.start + extraMs, end: s.end + extraMs },
  );
  return { ...TIMELINE, steps, finishedAt: TIMELINE.finishedAt + extraMs };
}

describe('polling a 3-hour pipeline execution (start-pipeline wait: true, poll-interval 30s)', async () => {
  const timeline = longerTraining(60 * MIN);
  // One after another: a simulation captures process.stdout while it runs.
  const runs: Awaited<ReturnType<typeof simulatePolling>>[] = [];
  for (let seed = 1; seed <= SEEDS; seed += 1) runs.push(await simulatePolling({ timeline, seed }));
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const calls = sorted(runs.map((r) => r.calls));
  const endSeen = sorted(runs.map((r) => r.detections.at(-1)?.latencyMs ?? Number.POSITIVE_INFINITY));

  test('the runner is held for the whole execution: 180 minutes', () => {
    for (const run of runs) expect(run.status).toBe('Succeeded');
    expect(Math.round((runs[0]?.virtualMs ?? 0) / MIN)).toBe(180);
  });

  test('about 420 SageMaker calls (410 to 422 over 20 seeds), about 140 per hour', () => {
    expect([calls[0], calls[SEEDS / 2], calls[SEEDS - 1]]).toEqual([410, 418, 422]);
  });

  test('the end is seen within the poll interval: 9.3 s (median), 12 s at worst', () => {
    expect(endSeen[SEEDS / 2]).toBe(9_349);
    expect(endSeen[SEEDS - 1]).toBeLessThanOrEqual(30_000);
    expect(endSeen[SEEDS - 1]).toBe(12_000);
  });
});
