// How many AWS calls a wait makes, counted as the requests the bundle sends to the world: one call per status
// check while steps run (ListPipelineExecutionSteps); DescribePipelineExecution only when the execution's status
// can be other than Executing (first check, no step running, a step Stopping). The calls per hour of a long wait
// are the bench's (`npm run bench`, bench/lib/polling.mjs).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { calls, newPipeline, runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
});
afterAll(async () => worlds?.close());

describe('polling cost', () => {
  test('one call per status check while steps run; the execution is described only when it can have left Executing', async () => {
    // The churn pipeline runs 4 steps (its condition is true): 4 x 8 ticks = 32 status checks.
    const { name } = await newPipeline(worlds, { ticksPerStep: 8 });
    const since = worlds.aws.requests.length;
    const result = await runStep(worlds, { 'pipeline-name': name, 'poll-interval': '200ms' });
    expect(result.exitCode, result.main.stderr).toBe(0);
    const checks = Number(/Finished after (\d+) status checks/.exec(result.main.log.join('\n'))?.[1]);
    expect(checks).toBe(32);
    expect(calls(worlds, 'ListPipelineExecutionSteps', since)).toBe(checks);
    // In the world the next step starts in the tick its dependency finishes, so a step runs on every check but
    // the last: Describe on the first check and on the last only. Reading both on every check would be 32.
    expect(calls(worlds, 'DescribePipelineExecution', since)).toBe(2);
    expect(result.outputs.status).toBe('Succeeded');
    const progress = result.main.log.filter((l) => l.startsWith('Execution '));
    expect(progress.at(-1)).toBe('Execution Succeeded: 4 steps succeeded');
  });
});
