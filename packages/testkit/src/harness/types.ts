import type { GitHubRunContext } from './github-context.js';

export type InputValue = string | number | boolean;

/** Delays of the runner's cancellation of a step process (ProcessInvoker: SIGINT, 7.5 s, SIGTERM, 2.5 s, kill). */
export interface RunnerCancelDelays {
  /** Wait after SIGINT before SIGTERM. Runner: 7500 ms. */
  sigintToSigtermMs: number;
  /** Wait after SIGTERM before SIGKILL. Runner: 2500 ms. */
  sigtermToKillMs: number;
}

export interface CancelSpec {
  /**
   * When to cancel. `afterMs` alone: that long after spawn. `logMatches` alone: on the first stdout/stderr line
   * that matches (raw or as rendered). Both: `afterMs` after the first matching line. `event`: when the promise
   * resolves, e.g. `world.nextRequest({ operation: 'DescribePipeline' })` (the process has shown it is running
   * its code, so its signal handlers exist); with `afterMs`, that long after. Prefer a line or an event to a
   * bare `afterMs`: on a loaded machine a process may not have loaded its code yet when a timer fires.
   */
  when: { afterMs?: number; logMatches?: RegExp | string; event?: Promise<unknown> };
  /** 'runner' (default) reproduces the runner; 'SIGTERM'/'SIGINT' send just that signal, then SIGKILL after `graceMs`. */
  mode?: 'runner' | 'SIGTERM' | 'SIGINT';
  /** Overrides of the runner's delays for this cancellation (mode 'runner'), for fast tests. */
  delays?: Partial<RunnerCancelDelays>;
  /** SIGTERM/SIGINT modes: wait before SIGKILL. Default 10 000 ms. */
  graceMs?: number;
}

export interface RunActionOptions {
  /** Folder holding action.yml (or action.yaml). */
  actionDir: string;
  /** The step's `with:`; every name must be declared in action.yml (case-insensitive, like the runner). */
  inputs?: Record<string, InputValue>;
  /**
   * The step's environment (`env:` of workflow/job/step). Like on GitHub it cannot override what the runner sets
   * (the github/runner context variables, the file command paths, ACTIONS_RUNTIME_*); GITHUB_* entries that
   * describe the run (GITHUB_REPOSITORY, GITHUB_API_URL, ...) are taken as the github context instead, and
   * ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN stand for the job's `id-token: write`.
   */
  env?: Record<string, string>;
  /** GITHUB_WORKSPACE and the working directory; a fresh temp folder by default. */
  workspace?: string;
  /** Step timeout (like `timeout-minutes`): cancels the way the runner does. Default 60 000 ms. */
  timeoutMs?: number;
  /** The runner's SIGINT -> SIGTERM -> SIGKILL delays, for timeouts and 'runner' cancellation. */
  cancelDelays?: Partial<RunnerCancelDelays>;
  /** Also run `runs.post` after main, the way the runner runs post-job steps. */
  post?: boolean;
  cancel?: CancelSpec;
  /** The runner closes a step's stdin at once; so does the harness. */
  stdin?: never;
  /** The `github` context (repository, ref, sha, event, run ids, ...); defaults describe a push to main. */
  github?: Partial<GitHubRunContext>;
  /** Values the workflow holds as secrets: masked from the first line, like `${{ secrets.* }}` are. */
  secrets?: string[];
  /** Step debug logging (ACTIONS_STEP_DEBUG): RUNNER_DEBUG=1 and `##[debug]` lines in the log. */
  debug?: boolean;
  /** How the workflow refers to the action, for the `Run ...` log header. Default `./<path from repo root>`. */
  uses?: string;
  /** The step id (GITHUB_ACTION). Default: the action folder name. */
  stepId?: string;
  /** Keep the run's temp folders (workspace, RUNNER_TEMP, event file) instead of deleting them. */
  keepTemp?: boolean;
  /** How long to wait for stdout/stderr to close after the process exits. Runner: 5000 ms. */
  streamDrainMs?: number;
  /** Node binary to run the action with. Default: this process's node if its major matches `runs.using`. */
  nodePath?: string;
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  /** As the runner records it: masked, at most 4096 characters. */
  message: string;
  /** title, file (made relative to the workspace when inside it, plus `repo`), line, col, endLine, endColumn. */
  properties: Record<string, string>;
}

export interface SignalRecord {
  signal: string;
  /** ms since epoch. */
  at: number;
}

export type Conclusion = 'success' | 'failure' | 'cancelled';

export interface StepResult {
  stage: 'main' | 'post';
  exitCode: number | null;
  signal: string | null;
  /** The runner's verdict: failure on a non-zero exit or a failed workflow/file command; cancelled when cancelled. */
  conclusion: Conclusion;
  /** A workflow or file command failed (e.g. `::set-env::`, a malformed GITHUB_OUTPUT); fails the step. */
  commandFailed: boolean;
  cancelled: boolean;
  timedOut: boolean;
  /** GITHUB_OUTPUT (and deprecated `::set-output`) values of this step. */
  outputs: Record<string, string>;
  /** GITHUB_STATE (and deprecated `::save-state`) values of this step; post gets main's as STATE_<name>. */
  state: Record<string, string>;
  /** GITHUB_ENV additions of this step (post's environment includes main's). */
  envAdditions: Record<string, string>;
  /** GITHUB_PATH additions of this step, in the order written (post's PATH starts with main's, latest first). */
  pathAdditions: string[];
  /** GITHUB_STEP_SUMMARY as the action wrote it. */
  summary: string;
  /** The summary as the runner uploads it: masked line by line. */
  summaryRendered: string;
  /** Raw, unmasked process output. */
  stdout: string;
  stderr: string;
  /** The step log as the runner shows it: one entry per log write, commands consumed, secrets masked. */
  log: string[];
  annotations: Annotation[];
  /** Every value the masker knows at the end of this step (workflow secrets, tokens, add-mask values). */
  masks: string[];
  /** Messages of the step's `::debug::` commands (recorded even when step debug is off). */
  debug: string[];
  startedAt: number;
  endedAt: number;
  argv: string[];
  /** Exactly the environment the process got. */
  env: Record<string, string>;
  signalsSent: SignalRecord[];
}

export interface RunPaths {
  /** The run's temp root (removed after the run unless keepTemp). */
  root: string;
  workspace: string;
  runnerTemp: string;
  eventPath: string;
}

export interface RunResult {
  main: StepResult;
  /** Present when `post: true`, the action has `runs.post` and its `post-if` held. */
  post?: StepResult;
  /** main's outputs. */
  outputs: Record<string, string>;
  /** main's summary. */
  summary: string;
  /** main's exit code. */
  exitCode: number | null;
  /** main did not succeed (non-zero exit, failed command, cancelled, timed out). */
  failed: boolean;
  /** Error annotation messages of main, then post. */
  errors: string[];
  paths: RunPaths;
}
