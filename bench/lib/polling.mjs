// The polling cost of a long wait: start-pipeline's own watch code (actions/start-pipeline/lib/watch.js, the tsc
// output the bundle is made of) follows a simulated 2-hour execution on a virtual clock. Its AWS calls go to a
// fake SageMakerPipelines whose answers follow a fixed timeline, and are counted; pauses advance the virtual
// clock instead of sleeping, and the jitter comes from a seeded generator, so the figures are exact and repeat.
// (That the bundle makes the same calls per check against the AWS world is start-pipeline's test/polling.test.ts.)
import { ExecutionWatch } from '../../actions/start-pipeline/lib/watch.js';

const MIN = 60_000;
const ARN = 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/bench-churn/execution/simulated0001';

/**
 * A 2-hour training pipeline: short steps around a long training job, a few seconds between a step's end and
 * the next one's start (as on AWS), and the execution Succeeded shortly after its last step.
 */
export const TIMELINE = {
  steps: [
    { name: 'Preprocess', start: 0, end: 14 * MIN },
    { name: 'Train', start: 14 * MIN + 8_000, end: 104 * MIN },
    { name: 'Evaluate', start: 104 * MIN + 6_000, end: 115 * MIN },
    { name: 'CheckAccuracy', start: 115 * MIN + 5_000, end: 115 * MIN + 9_000 },
    { name: 'RegisterChurnModel', start: 115 * MIN + 15_000, end: 119 * MIN + 40_000 },
  ],
  startingMs: 20_000, // a step is Starting this long before it is Executing
  finishedAt: 119 * MIN + 48_000,
};

/** Every change an observer can see, with the call that shows it: [time, call, what]. */
function changes(timeline) {
  const out = [];
  for (const s of timeline.steps) {
    out.push([s.start, 'ListPipelineExecutionSteps', `${s.name} Starting`]);
    if (s.start + timeline.startingMs < s.end) out.push([s.start + timeline.startingMs, 'ListPipelineExecutionSteps', `${s.name} Executing`]);
    out.push([s.end, 'ListPipelineExecutionSteps', `${s.name} Succeeded`]);
  }
  out.push([timeline.finishedAt, 'DescribePipelineExecution', 'execution Succeeded']);
  return out.sort((a, b) => a[0] - b[0]);
}

/** A fake SageMakerPipelines answering from the timeline at the virtual time, recording each call. */
function fakePipelines(timeline, clock, calls) {
  const stepStatus = (s, t) => (t >= s.end ? 'Succeeded' : t >= s.start + timeline.startingMs ? 'Executing' : 'Starting');
  return {
    async describeExecution() {
      calls.push({ t: clock.t, operation: 'DescribePipelineExecution' });
      return { PipelineExecutionArn: ARN, PipelineExecutionStatus: clock.t >= timeline.finishedAt ? 'Succeeded' : 'Executing' };
    },
    async listSteps() {
      calls.push({ t: clock.t, operation: 'ListPipelineExecutionSteps' });
      return timeline.steps
        .filter((s) => s.start <= clock.t)
        .map((s) => ({
          StepName: s.name,
          StepStatus: stepStatus(s, clock.t),
          StartTime: new Date(clock.epoch + s.start),
          ...(clock.t >= s.end ? { EndTime: new Date(clock.epoch + s.end) } : {}),
          Metadata: {},
        }));
    },
  };
}

/** mulberry32: a small seeded generator, so the jitter (and so every figure) is the same on every run. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs the watch over the timeline with poll-interval `pollIntervalMs` (the action's default, 30 s). Returns the
 * calls by operation, calls per hour of waiting, status checks, and for every change the delay until the first
 * call that could show it (the detection latency), with the worst one.
 */
export async function simulatePolling({ timeline = TIMELINE, pollIntervalMs = 30_000, seed = 1 } = {}) {
  const clock = { t: 0, epoch: Date.UTC(2026, 0, 1) };
  const calls = [];
  const watch = new ExecutionWatch(fakePipelines(timeline, clock, calls), { renewCredentials: async () => false }, ARN, undefined);
  const log = [];
  const write = process.stdout.write;
  process.stdout.write = (chunk, ...rest) => {
    log.push(String(chunk)); // core.info: the watch's step and progress lines
    const cb = rest.find((r) => typeof r === 'function');
    if (cb) cb();
    return true;
  };
  let result;
  try {
    result = await watch.untilFinished({
      timeoutMs: 3 * 60 * MIN,
      pollIntervalMs,
      signal: new AbortController().signal,
      clock: {
        now: () => clock.epoch + clock.t,
        sleep: async (ms) => {
          clock.t += Math.round(ms); // whole milliseconds, as timers have
        },
        random: seeded(seed),
      },
    });
  } finally {
    process.stdout.write = write;
  }
  const hours = clock.t / (60 * MIN);
  const count = (op) => calls.filter((c) => c.operation === op).length;
  const detections = changes(timeline).map(([at, operation, what]) => {
    const seen = calls.find((c) => c.operation === operation && c.t >= at);
    return { what, at, latencyMs: seen ? seen.t - at : Infinity };
  });
  const lines = log.join('').split('\n');
  return {
    status: result.execution.PipelineExecutionStatus,
    virtualMs: clock.t,
    pollIntervalMs,
    checks: count('ListPipelineExecutionSteps'),
    describes: count('DescribePipelineExecution'),
    lists: count('ListPipelineExecutionSteps'),
    calls: calls.length,
    callsPerHour: calls.length / hours,
    detections,
    maxLatencyMs: Math.max(...detections.map((d) => d.latencyMs)),
    stepLines: lines.filter((l) => /^ {2}\S+ /.test(l)).length,
    finishedLine: lines.find((l) => l.startsWith('Finished after ')),
  };
}
