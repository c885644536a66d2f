// Runs one step process the way the runner's ProcessInvoker does: stdin closed at once, stdout/stderr read line by
// line, cancellation by signals sent to the process itself (not its group: on Linux the runner calls
// kill(pid, SIGINT), kill(pid, SIGTERM), then Process.Kill(), which kills only that process).
import { spawn } from 'node:child_process';
import { LineSplitter } from './line-splitter.js';
import type { CancelSpec, RunnerCancelDelays, SignalRecord } from './types.js';
import { watchChild } from './watch-child.js';

/** ProcessInvoker._sigintTimeout / _sigtermTimeout. */
export const RUNNER_CANCEL_DELAYS: Readonly<RunnerCancelDelays> = { sigintToSigtermMs: 7500, sigtermToKillMs: 2500 };
/** After the process exits, the runner waits this long for stdout/stderr to close (ProcessExitedHandler). */
export const RUNNER_STREAM_DRAIN_MS = 5000;
export const DEFAULT_SIGNAL_GRACE_MS = 10_000;

export interface StepProcessOptions {
  nodePath: string;
  script: string;
  env: Record<string, string>;
  cwd: string;
  timeoutMs: number;
  cancel?: CancelSpec;
  /** Delays of the runner's signal sequence (timeouts, and cancel mode 'runner'). */
  runnerDelays: RunnerCancelDelays;
  streamDrainMs: number;
  /** Every line of stdout and stderr, in arrival order; returns the line as rendered (for `logMatches`). */
  onLine: (line: string) => string | undefined;
}

export interface StepProcessOutcome {
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  startedAt: number;
  endedAt: number;
  argv: string[];
  signalsSent: SignalRecord[];
  cancelled: boolean;
  timedOut: boolean;
}

export function runStepProcess(options: StepProcessOptions): Promise<StepProcessOutcome> {
  if (options.cancel?.when.event !== undefined && options.cancel.when.logMatches !== undefined) {
    return Promise.reject(new Error('cancel.when: give logMatches or event, not both'));
  }
  const argv = [options.nodePath, options.script];
  const signalsSent: SignalRecord[] = [];
  const timers: NodeJS.Timeout[] = [];
  let finished = false;
  const later = (ms: number, fn: () => void): void => {
    if (!finished) timers.push(setTimeout(fn, ms));
  };
  // Raw bytes, decoded once at the end so that a UTF-8 character split across chunks stays intact.
  const stdoutChunks: Buffer[] = [];
  const stderrChunks: Buffer[] = [];
  let exited = false;
  let terminating = false;
  let cancelled = false;
  let timedOut = false;
  let cancelArmed = false;

  const startedAt = Date.now();
  const child = spawn(options.nodePath, [options.script], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  // The runner closes STDIN so that nothing blocks waiting for input.
  child.stdin.end();
  child.stdin.on('error', () => undefined);

  const send = (signal: NodeJS.Signals): void => {
    if (exited) return;
    signalsSent.push({ signal, at: Date.now() });
    child.kill(signal);
  };

  const terminate = (mode: 'runner' | 'SIGTERM' | 'SIGINT'): void => {
    if (terminating || exited) return;
    terminating = true;
    if (mode === 'runner') {
      const delays = options.runnerDelays;
      send('SIGINT');
      later(delays.sigintToSigtermMs, () => {
        send('SIGTERM');
        later(delays.sigtermToKillMs, () => send('SIGKILL'));
      });
    } else {
      send(mode);
      later(options.cancel?.graceMs ?? DEFAULT_SIGNAL_GRACE_MS, () => send('SIGKILL'));
    }
  };

  const cancelNow = (): void => {
    if (cancelled || timedOut) return;
    cancelled = true;
    terminate(options.cancel?.mode ?? 'runner');
  };

  const when = options.cancel?.when;
  const pattern = when?.logMatches;
  const matches = (line: string): boolean =>
    typeof pattern === 'string'
      ? line.includes(pattern)
      : pattern instanceof RegExp
        ? new RegExp(pattern.source, pattern.flags.replace('g', '')).test(line)
        : false;
  const trigger = (): void => {
    if (when?.afterMs !== undefined) later(when.afterMs, cancelNow);
    else cancelNow();
  };
  if (when?.event !== undefined) {
    when.event.then(trigger, () => undefined);
  } else if (when && pattern === undefined) {
    trigger();
  }

  const handleLine = (line: string): void => {
    const rendered = options.onLine(line);
    if (pattern !== undefined && !cancelArmed && (matches(line) || (rendered !== undefined && matches(rendered)))) {
      cancelArmed = true;
      trigger();
    }
  };
  const outSplitter = new LineSplitter(handleLine);
  const errSplitter = new LineSplitter(handleLine);
  child.stdout.on('data', (chunk: Buffer) => {
    stdoutChunks.push(chunk);
    outSplitter.write(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderrChunks.push(chunk);
    errSplitter.write(chunk);
  });

  // A step timeout cancels exactly like a job cancellation does (the step's cancellation token fires).
  later(options.timeoutMs, () => {
    if (exited || cancelled) return;
    timedOut = true;
    terminate('runner');
  });

  return watchChild(child, {
    drainMs: options.streamDrainMs,
    onExit: () => {
      exited = true;
    },
    onSettle: () => {
      for (const t of timers) clearTimeout(t);
    },
  }).then(({ exitCode, signal }) => {
    finished = true;
    outSplitter.end();
    errSplitter.end();
    return {
      exitCode,
      signal,
      stdout: Buffer.concat(stdoutChunks).toString('utf8'),
      stderr: Buffer.concat(stderrChunks).toString('utf8'),
      startedAt,
      endedAt: Date.now(),
      argv,
      signalsSent,
      cancelled,
      timedOut,
    };
  });
}
