// Cold start = process start to first AWS request: from the harness's `main.startedAt` (taken just before it
// spawns the action's node) to the arrival `time` the AWS world recorded for the run's first request that is
// not the harness's own key. Both clocks are this machine's Date.now().
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HARNESS_ACCESS_KEY_ID, runAction } from '@mlops-actions/testkit';

const PRELOAD = path.join(path.dirname(new URL(import.meta.url).pathname), 'phases-preload.mjs');

/** The node floor: what `node -e` needs to make one HTTP request to the world. */
export const FLOOR_SCRIPT = "require('node:http').get(process.argv[1], (res) => res.resume())";

function firstRequest(aws, since, from, to) {
  return aws.requests.slice(since).find((r) => r.accessKeyId !== HARNESS_ACCESS_KEY_ID && r.time >= from && r.time <= to + 1000);
}

/**
 * One run of a variant. Variants: { kind: 'action', actionDir, inputs } run through the harness's runAction;
 * { kind: 'node' } spawns `node -e` with the environment of an earlier harness run (the runner's variables).
 * `phases: true` adds the marks of ./phases-preload.mjs (diagnostic runs only).
 */
export async function runOnce(aws, variant, ctx, { phases = false } = {}) {
  const since = aws.requests.length;
  const scratch = phases ? mkdtempSync(path.join(os.tmpdir(), 'mlops-bench-phases-')) : undefined;
  const phaseEnv = phases ? { NODE_OPTIONS: `--import=${PRELOAD}`, BENCH_PHASES_FILE: path.join(scratch, 'marks.json') } : {};
  try {
    let startedAt,
      endedAt,
      failed = false,
      error,
      env,
      nodePath;
    if (variant.kind === 'action') {
      const result = await runAction({
        actionDir: variant.actionDir,
        inputs: variant.inputs,
        env: { ...aws.env(), ...aws.staticCredentials(), ...variant.env, ...phaseEnv },
        timeoutMs: 30_000,
      });
      ({ startedAt, endedAt } = result.main);
      failed = result.failed;
      error = result.failed ? (result.errors[0] ?? result.main.stderr.trim().split('\n').pop() ?? `exit ${result.exitCode}`).split('\n')[0] : undefined;
      env = result.main.env;
      nodePath = result.main.argv[0];
    } else {
      if (!ctx.runnerEnv) throw new Error('the node floor needs the environment of an earlier harness run');
      ({ startedAt, endedAt, failed, error } = await spawnFloor(ctx.nodePath, { ...ctx.runnerEnv, ...phaseEnv }, aws.endpoint));
    }
    const first = firstRequest(aws, since, startedAt, endedAt);
    const out = {
      ms: first ? first.time - startedAt : NaN,
      operation: first?.operation,
      failed,
      error,
      env,
      nodePath,
    };
    if (phases) {
      try {
        const marks = JSON.parse(readFileSync(phaseEnv.BENCH_PHASES_FILE, 'utf8'));
        out.phases = phaseSplit(marks, startedAt, first?.time);
      } catch {
        out.phases = undefined;
      }
    }
    return out;
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

function spawnFloor(nodePath, env, endpoint) {
  return new Promise((resolve) => {
    const startedAt = Date.now();
    const child = spawn(nodePath, ['-e', FLOOR_SCRIPT, endpoint], { env, cwd: os.tmpdir(), stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.end();
    let stderr = '';
    child.stdout.resume();
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) =>
      resolve({ startedAt, endedAt: Date.now(), failed: code !== 0, error: code !== 0 ? stderr.trim() || `exit ${code}` : undefined }),
    );
  });
}

/** ms spent in each phase (NaN where a mark is missing, e.g. no INPUT_* read by the node floor). */
function phaseSplit(m, startedAt, arrivedAt) {
  const codeStart = m.firstInput ?? m.preload;
  return {
    boot: m.preload - startedAt, //                     spawn -> Node booted (preload runs)
    load: (m.firstInput ?? NaN) - (m.mainLoad ?? NaN), // bundle read, compiled, static module graph evaluated
    toConnect: (m.firstConnect ?? NaN) - codeStart, //  action code + SDK builds and signs the first request
    network: (arrivedAt ?? NaN) - (m.firstConnect ?? NaN), // connect -> the world records the request
    total: (arrivedAt ?? NaN) - startedAt,
  };
}
