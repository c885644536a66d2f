// `npm start` (its `node scripts/start-local.mjs` half; turbo builds testkit first): the whole loop run locally,
// each scenario as a child process the way a user runs it. Asserted on what the user reads (the timeline: one line
// per step and per job with its result and duration, the total time), on the one report file it points to (every
// job summary) and on the exit code; a SIGINT mid-run must leave no process of the run behind.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCRIPT = path.join('scripts', 'start-local.mjs');
const MODEL_PACKAGE_ARN = /arn:aws:sagemaker:us-east-1:123456789012:model-package\/churn-models\/\d+/;
const RUNNING_IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-serving:v1';
const DURATION = String.raw`\d+\.\ds`;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  tmp: string;
}

const temps: string[] = [];
function start(args: string[], env: Record<string, string> = {}): { child: ChildProcess; done: Promise<Run> } {
  // Our own TMPDIR: the report and the run's temp folders land there, out of the shared temp dir.
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'mlops-start-test-'));
  temps.push(tmp);
  const child = spawn(process.execPath, [SCRIPT, ...args], {
    cwd: ROOT,
    env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run: Run = { code: null, signal: null, stdout: '', stderr: '', tmp };
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (run.stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (run.stderr += chunk));
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(Object.assign(run, { code, signal })));
  });
  return { child, done };
}

// Two runs at a time (the machine has two cores); each scenario once, shared by its tests.
const RUNS = {
  happy: [[]],
  rollback: [['--scenario', 'rollback']],
  rejected: [['--scenario', 'rejected']],
  drift: [['--scenario', 'drift']],
  noBuildah: [[], { NO_BUILDAH: '1' }],
} as const satisfies Record<string, readonly [string[], Record<string, string>?]>;
const results = {} as Record<keyof typeof RUNS, Run>;
beforeAll(async () => {
  const queue = Object.entries(RUNS) as Array<[keyof typeof RUNS, readonly [string[], Record<string, string>?]]>;
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [name, [args, env]] = next;
      results[name] = await start([...args], env).done;
    }
  };
  await Promise.all([worker(), worker()]);
}, 600_000);
afterAll(() => {
  for (const tmp of temps) rmSync(tmp, { recursive: true, force: true });
});

function succeeded(run: Run): void {
  expect(run.signal).toBeNull();
  expect(run.code, `stdout:\n${run.stdout}\nstderr:\n${run.stderr}`).toBe(0);
  expect(run.stdout).not.toMatch(/\u001b\[/); // NO_COLOR and a pipe: plain text
}

/** The timeline block at the end: job -> result. */
function timeline(run: Run): Array<[string, string]> {
  const lines = run.stdout.split('\n');
  const from = lines.indexOf('Timeline');
  expect(from, `no Timeline in:\n${run.stdout}`).toBeGreaterThan(0);
  const rows: Array<[string, string]> = [];
  for (const line of lines.slice(from + 1)) {
    const m = new RegExp(String.raw`^  [✓✗○] +\+${DURATION} +${DURATION}  (\S+) +(success|failure|skipped) +\S`).exec(line);
    if (!m) break;
    rows.push([m[1]!, m[2]!]);
  }
  return rows;
}

/** The job's line as printed when it ended (result, duration, its one fact). */
function jobLine(run: Run, label: string): string {
  const line = run.stdout.split('\n').find((l) => new RegExp(`^[✓✗○] ${label}: (success|failure|skipped) ${DURATION}`).test(l));
  expect(line, `no job line for ${label} in:\n${run.stdout}`).toBeDefined();
  return line!;
}

/** The report the run points to: in its TMPDIR, one Markdown file. */
function report(run: Run): string {
  const file = /^Report \(every job summary\): (.+)$/m.exec(run.stdout)?.[1];
  expect(file, 'no "Report" line').toBeDefined();
  expect(path.dirname(file!)).toBe(run.tmp);
  expect(existsSync(file!)).toBe(true);
  return readFileSync(file!, 'utf8');
}

describe('npm start: the happy loop', () => {
  test('every job succeeds, in order, each with a timeline line; the total time is printed', () => {
    const run = results.happy;
    succeeded(run);
    expect(timeline(run)).toEqual([
      ['train', 'success'],
      ['decide', 'success'],
      ['gate', 'success'],
      ['build', 'success'],
      ['deploy', 'success'],
      ['drift', 'success'],
    ]);
    expect(run.stdout).toMatch(new RegExp(`^Scenario happy: as expected\\. Total ${DURATION}\\.$`, 'm'));
    // A line per step with its duration, under each job.
    for (const step of [
      'Run your-org/mlops-actions/start-pipeline@v1',
      'Run your-org/mlops-actions/wait-approval@v1',
      'The dispatched package is the one checked',
      'Run your-org/mlops-actions/build-push-ecr@v1',
      'Run your-org/mlops-actions/deploy-eks@v1',
      'Run your-org/mlops-actions/check-drift@v1',
    ]) {
      expect(run.stdout).toMatch(new RegExp(`^ {4}✓ ${step.replace(/[./@]/g, '\\$&')} ${DURATION}$`, 'm'));
    }
  });

  test('the model package trained is the one approved, built into the image that staging then runs', () => {
    const run = results.happy;
    const trained = MODEL_PACKAGE_ARN.exec(jobLine(run, 'train'))?.[0];
    expect(trained).toBeDefined();
    expect(jobLine(run, 'decide')).toMatch(/ Approved by octocat$/);
    expect(jobLine(run, 'gate')).toContain(trained!);
    const image = /127\.0\.0\.1:\d+\/churn-serving@sha256:[0-9a-f]{64}/.exec(jobLine(run, 'build'))?.[0];
    expect(image, 'the build line names the pushed image by digest').toBeDefined();
    expect(jobLine(run, 'deploy')).toMatch(/ revision 2 \(was 1\)$/);
    expect(run.stdout).toContain(`    staging runs ${image}\n`);
    expect(jobLine(run, 'drift')).toMatch(/ drift true \(share [\d.]+\)$/);
    expect(run.stdout).toMatch(/^ {4}issue #1 open: Data drift: churn-serving \[drift\]$/m);
  });

  test('the report holds the timeline and every job summary: pipeline, approval, image, rollout with health checks, drift', () => {
    const markdown = report(results.happy);
    expect(markdown).toMatch(/^# mlops-actions local loop: scenario happy$/m);
    for (const job of ['train', 'decide', 'gate', 'build', 'deploy', 'drift']) {
      expect(markdown).toMatch(new RegExp(`^\\| ${job} \\| .+ \\| \\+${DURATION} \\| ${DURATION} \\| success \\| success \\|$`, 'm'));
    }
    expect(markdown).toContain('## ✅ SageMaker pipeline churn-training: Succeeded');
    expect(markdown).toMatch(/## ✅ Model package churn-models v\d+: Approved/);
    expect(markdown).toContain('## ✅ Image churn-serving: pushed');
    expect(markdown).toContain('## ✅ deploy-eks: churn-serving: rolled out');
    expect(markdown).toContain('<b>Health checks</b></td><td>3 of 3 passed');
    expect(markdown).toMatch(/## 🔴 Drift check churn-serving: dataset drift/);
  });
});

describe('npm start without buildah', () => {
  test('says so, skips the build and deploys the known image, which passes its health checks', () => {
    const run = results.noBuildah;
    succeeded(run);
    expect(run.stdout).toContain('buildah is not installed (not on PATH): the image build is skipped');
    expect(timeline(run)).toEqual([
      ['train', 'success'],
      ['decide', 'success'],
      ['gate', 'success'],
      ['build', 'skipped'],
      ['deploy', 'success'],
      ['drift', 'success'],
    ]);
    expect(jobLine(run, 'build')).toMatch(/buildah is not installed: deploying the known image \S+:known-good$/);
    expect(run.stdout).toContain('    staging runs 123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-serving:known-good\n');
    expect(report(run)).toContain('buildah is not installed: the image build was skipped.');
  });
});

describe('npm start -- --scenario rollback', () => {
  test('the new image fails its health check: deploy-eks rolls staging back to revision 1, as the scenario expects', () => {
    const run = results.rollback;
    succeeded(run);
    expect(timeline(run)).toEqual([
      ['train', 'success'],
      ['decide', 'success'],
      ['gate', 'success'],
      ['build', 'success'],
      ['deploy', 'failure'],
    ]);
    expect(jobLine(run, 'deploy')).toMatch(/ rolled back: HealthCheckFailed: .*health checks on service churn-serving:8080\/healthz failed: HTTP 503/);
    expect(run.stdout).toContain(`    staging runs ${RUNNING_IMAGE} (rolled back)\n`);
    const markdown = report(run);
    expect(markdown).toMatch(/^\| deploy \| .+ \| failure \| failure \|$/m);
    expect(markdown).toMatch(/rolled back to revision 1/);
  });
});

describe('npm start -- --scenario rejected', () => {
  test('the reviewer rejects: the gate refuses the approval event, nothing is built or deployed', () => {
    const run = results.rejected;
    succeeded(run);
    expect(timeline(run)).toEqual([
      ['train', 'success'],
      ['decide', 'success'],
      ['gate', 'failure'],
      ['build', 'skipped'],
      ['deploy', 'skipped'],
    ]);
    expect(jobLine(run, 'decide')).toMatch(/ Rejected by octocat$/);
    expect(run.stdout).toMatch(/Error: Model package \S+ is Rejected, not Approved\./);
    expect(run.stdout).toContain(`    staging still runs ${RUNNING_IMAGE} (unchanged)\n`);
    expect(run.stdout).not.toContain('Run your-org/mlops-actions/build-push-ecr@v1');
    const markdown = report(run);
    expect(markdown).toMatch(/^## ⛔ Model package churn-models v\d+: Rejected$/m);
    expect(markdown).toMatch(/^\| gate \| .+ \| failure \| failure \|$/m);
    expect(markdown).toMatch(/^\| deploy \| .+ \| skipped \| skipped \|$/m);
  });
});

describe('npm start -- --scenario drift', () => {
  test('drifted traffic opens an issue and dispatches ml-build-deploy.yml, whose first job retrains and registers a model package', () => {
    const run = results.drift;
    succeeded(run);
    expect(timeline(run)).toEqual([
      ['drift', 'success'],
      ['retrain', 'success'],
    ]);
    expect(run.stdout).toMatch(/^ {4}issue #1 open: Data drift: churn-serving \[drift\]$/m);
    expect(run.stdout).toMatch(
      /^ {4}retrain dispatch recorded: workflow ml-build-deploy\.yml on main, inputs \{"reason":"data drift \(drift-check\.yml run \d+\)"\}$/m,
    );
    expect(jobLine(run, 'retrain')).toMatch(MODEL_PACKAGE_ARN);
    const markdown = report(run);
    expect(markdown).toContain('## ✅ SageMaker pipeline churn-training: Succeeded');
    expect(markdown).toMatch(/Drift check churn-serving: dataset drift/);
  });
});

describe('npm start: bad arguments and Ctrl-C', () => {
  test('an unknown scenario: one clear error naming --scenario and the choices, exit 2, nothing started', async () => {
    const run = await start(['--scenario', 'sideways']).done;
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('npm start: --scenario must be one of happy, rollback, rejected, drift; got "sideways"');
    expect(run.stdout).toBe('');
  });

  test('SIGINT mid-run: exit 130, and every process the run started (worlds, step processes) is gone', async () => {
    const { child, done } = start([]);
    // Mid-run: once the pipeline has trained, while the approval and the rest are ahead.
    let seen = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', (chunk: string) => {
        seen += chunk;
        if (/^✓ train: success/m.test(seen)) resolve();
      });
      child.on('close', () => reject(new Error(`the run ended before its train job did:\n${seen}`)));
    });
    const started = descendantsOf(child.pid!);
    expect(
      started.some((p) => p.command.includes('moto_server')),
      `no moto_server among ${JSON.stringify(started)}`,
    ).toBe(true);
    child.kill('SIGINT');
    const run = await done;
    expect(run.signal).toBeNull();
    expect(run.code, run.stderr).toBe(130);
    expect(run.stdout).toContain('SIGINT: done, nothing left running.');
    expect(run.stdout).not.toContain('Timeline');
    // The supervisors end moto and the registry once their pipe closes: wait for that, with a deadline.
    const deadline = Date.now() + 30_000;
    let left = started.filter((p) => alive(p.pid));
    while (left.length > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      left = left.filter((p) => alive(p.pid));
    }
    expect(left).toEqual([]);
    // The run's temp folder is removed too (only the report would stay, and none was written).
    expect(readdirSync(run.tmp).filter((name) => name.startsWith('mlops-start-'))).toEqual([]);
  }, 180_000);
});

/** The live processes below `root` (Linux /proc), with their command lines. */
function descendantsOf(root: number): Array<{ pid: number; command: string }> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // ended meanwhile
    }
  }
  const found: Array<{ pid: number; command: string }> = [];
  const queue = [root];
  while (queue.length > 0) {
    for (const pid of children.get(queue.shift()!) ?? []) {
      let command = '';
      try {
        command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      } catch {
        continue;
      }
      found.push({ pid, command });
      queue.push(pid);
    }
  }
  return found;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
