import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CommandProcessor } from './command-processor.js';
import { createFileCommandFiles, fileCommandEnvironment, readFileCommands, removeFileCommandFiles } from './file-commands.js';
import { randomToken, repositoryOwner, resolveGitHubContext, type GitHubRunContext } from './github-context.js';
import { resolveInputs } from './inputs.js';
import { loadManifest, type ActionManifest } from './manifest.js';
import { nodeForRuntime } from './node-runtime.js';
import { repoRoot } from './repo.js';
import { SecretMasker } from './secret-masker.js';
import { reportFileCommands, timedOutMessage } from './step-report.js';
import { buildStepEnvironment, githubContextOverrides, type RunnerPaths } from './step-environment.js';
import { RUNNER_CANCEL_DELAYS, RUNNER_STREAM_DRAIN_MS, runStepProcess } from './step-process.js';
import type { Conclusion, RunActionOptions, RunResult, StepResult } from './types.js';

const DEFAULT_TIMEOUT_MS = 60_000;

interface RunSetup {
  options: RunActionOptions;
  manifest: ActionManifest;
  ctx: GitHubRunContext;
  paths: RunnerPaths;
  masker: SecretMasker;
  inputs: Array<[string, string]>;
  inputWarnings: string[];
  nodePath: string;
  stepId: string;
  runtimeToken: string;
}

/**
 * Runs a JavaScript action's main (and optionally post) script the way the GitHub runner does: a Node child
 * process with INPUT_* and runner variables, file commands, workflow commands parsed from its output, secrets
 * masked in the log, and the runner's signals on cancellation or timeout.
 */
export async function runAction(options: RunActionOptions): Promise<RunResult> {
  const run = await startAction(options);
  try {
    // Alone in its job, the step's conclusion is the job's status that post-if is judged on.
    const post = options.post ? await run.runPost(run.main.conclusion) : undefined;
    return run.result(post);
  } finally {
    await run.dispose();
  }
}

/** An action whose main has run; its post step runs when the job ends (ActionRunner: post steps run last). */
export interface StartedAction {
  main: StepResult;
  /** Runs `runs.post` if the action has one and its post-if holds for the job's status; undefined otherwise. */
  runPost(jobStatus: Conclusion): Promise<StepResult | undefined>;
  result(post?: StepResult): RunResult;
  /** Removes the run's temp folders (unless keepTemp). */
  dispose(): Promise<void>;
}

/** Runs main now and leaves post for later: what a job of several steps needs (post steps at the end, in reverse). */
export async function startAction(options: RunActionOptions): Promise<StartedAction> {
  const manifest = await loadManifest(options.actionDir);
  // Fail before running anything when post-if is beyond what the harness evaluates.
  if (options.post && manifest.post) postConditionHolds(manifest.postIf, 'success');
  const userEnv = options.env ?? {};
  const ctx = resolveGitHubContext({ ...githubContextOverrides(userEnv), ...options.github }, userEnv.GITHUB_TOKEN);
  const { root, paths } = await createRunFolders(ctx, options.workspace);
  const dispose = async (): Promise<void> => {
    if (!options.keepTemp) await rm(root, { recursive: true, force: true });
  };
  try {
    const setup: RunSetup = {
      options,
      manifest,
      ctx,
      paths,
      masker: jobSecretMasker(ctx, options),
      ...inputsOf(manifest, options, ctx, paths),
      nodePath: nodeForRuntime(manifest.using, options.nodePath),
      stepId: options.stepId ?? path.basename(manifest.dir),
      runtimeToken: randomToken(40),
    };
    setup.masker.add(setup.runtimeToken);
    await writeFile(paths.eventPath, JSON.stringify(ctx.event, null, 2));
    const main = await runStage(setup, 'main');
    return {
      main,
      runPost: async (jobStatus) => (manifest.post && postConditionHolds(manifest.postIf, jobStatus) ? runStage(setup, 'post', main) : undefined),
      result: (post) => ({
        main,
        post,
        outputs: main.outputs,
        summary: main.summary,
        exitCode: main.exitCode,
        failed: main.conclusion !== 'success',
        errors: [...main.annotations, ...(post?.annotations ?? [])].filter((a) => a.level === 'error').map((a) => a.message),
        paths: { root, workspace: paths.workspace, runnerTemp: paths.runnerTemp, eventPath: paths.eventPath },
      }),
      dispose,
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}

function inputsOf(
  manifest: ActionManifest,
  options: RunActionOptions,
  ctx: GitHubRunContext,
  paths: RunnerPaths,
): { inputs: Array<[string, string]>; inputWarnings: string[] } {
  const contexts = {
    github: {
      token: ctx.token,
      repository: ctx.repository,
      repository_owner: repositoryOwner(ctx.repository),
      ref: ctx.ref,
      sha: ctx.sha,
      run_id: ctx.runId,
      run_number: ctx.runNumber,
      run_attempt: ctx.runAttempt,
      workspace: paths.workspace,
      actor: ctx.actor,
      event_name: ctx.eventName,
      server_url: ctx.serverUrl,
      api_url: ctx.apiUrl,
      job: ctx.job,
      workflow: ctx.workflow,
    },
    runner: { os: 'Linux', arch: 'X64', temp: paths.runnerTemp, tool_cache: paths.toolCache },
    env: options.env ?? {},
  };
  const resolved = resolveInputs(manifest, options.inputs ?? {}, contexts);
  return { inputs: resolved.values, inputWarnings: resolved.warnings };
}

// The job's masker: the runner registers every secret and the job's tokens before the first step runs.
function jobSecretMasker(ctx: GitHubRunContext, options: RunActionOptions): SecretMasker {
  const masker = new SecretMasker();
  for (const secret of options.secrets ?? []) masker.add(secret);
  masker.add(ctx.token);
  masker.add(Buffer.from(`x-access-token:${ctx.token}`).toString('base64'));
  const idTokenRequestToken = options.env?.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (idTokenRequestToken) masker.add(idTokenRequestToken);
  return masker;
}

// Mirrors a hosted runner's layout: <work>/<repo>/<repo> is the workspace, <work>/_temp is RUNNER_TEMP.
async function createRunFolders(ctx: GitHubRunContext, workspace?: string): Promise<{ root: string; paths: RunnerPaths }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'mlops-harness-'));
  const repoName = ctx.repository.split('/')[1] ?? 'repo';
  const runnerWorkspace = path.join(root, 'work', repoName);
  const paths: RunnerPaths = {
    workspace: workspace ? path.resolve(workspace) : path.join(runnerWorkspace, repoName),
    runnerWorkspace,
    runnerTemp: path.join(root, 'work', '_temp'),
    toolCache: path.join(root, 'hostedtoolcache'),
    eventPath: path.join(root, 'work', '_temp', '_github_workflow', 'event.json'),
  };
  await Promise.all([paths.workspace, paths.runnerTemp, paths.toolCache, path.dirname(paths.eventPath)].map((d) => mkdir(d, { recursive: true })));
  return { root, paths };
}

async function runStage(setup: RunSetup, stage: 'main' | 'post', main?: StepResult): Promise<StepResult> {
  const { options, manifest, ctx, paths, masker } = setup;
  const files = await createFileCommandFiles(paths.runnerTemp);
  const env = buildStepEnvironment({
    ctx,
    paths,
    stepId: setup.stepId,
    actionRepository: remoteActionReference(options.uses),
    debug: options.debug ?? false,
    inputs: setup.inputs,
    fileCommands: fileCommandEnvironment(files),
    state: main?.state,
    envAdditions: main?.envAdditions,
    pathAdditions: main?.pathAdditions,
    runtimeToken: setup.runtimeToken,
    userEnv: options.env ?? {},
  });
  const processor = new CommandProcessor({
    masker,
    debug: options.debug ?? false,
    env,
    workspace: paths.workspace,
    repository: ctx.repository,
  });
  writeStepHeader(processor, setup, stage);
  const outcome = await runStepProcess({
    nodePath: setup.nodePath,
    script: stage === 'main' ? manifest.main : (manifest.post as string),
    env,
    cwd: paths.workspace,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    cancel: stage === 'main' ? options.cancel : undefined,
    runnerDelays: { ...RUNNER_CANCEL_DELAYS, ...options.cancelDelays, ...(stage === 'main' ? options.cancel?.delays : {}) },
    streamDrainMs: options.streamDrainMs ?? RUNNER_STREAM_DRAIN_MS,
    onLine: (line) => {
      const before = processor.log.length;
      processor.processLine(line);
      return processor.log.length > before ? processor.log[processor.log.length - 1] : undefined;
    },
  });
  // The runner processes file commands in a `finally`, so even a cancelled step's outputs count.
  const fileResults = await readFileCommands(files);
  await removeFileCommandFiles(files);
  reportFileCommands(processor, fileResults);
  if (outcome.timedOut) {
    processor.addIssue('error', timedOutMessage(displayName(setup), options.timeoutMs ?? DEFAULT_TIMEOUT_MS));
  } else if (outcome.cancelled) {
    processor.addIssue('error', 'The operation was canceled.');
  }
  const conclusion: Conclusion = outcome.cancelled
    ? 'cancelled'
    : outcome.timedOut || outcome.exitCode !== 0 || processor.commandFailed
      ? 'failure'
      : 'success';
  return {
    stage,
    exitCode: outcome.exitCode,
    signal: outcome.signal,
    conclusion,
    commandFailed: processor.commandFailed,
    cancelled: outcome.cancelled,
    timedOut: outcome.timedOut,
    outputs: { ...processor.outputs, ...fileResults.outputs },
    state: { ...processor.state, ...fileResults.state },
    envAdditions: fileResults.envAdditions,
    pathAdditions: fileResults.pathAdditions,
    summary: fileResults.summary,
    summaryRendered: fileResults.summary
      .split('\n')
      .map((line) => masker.mask(line))
      .join('\n'),
    stdout: outcome.stdout,
    stderr: outcome.stderr,
    log: processor.log,
    annotations: processor.annotations,
    masks: masker.values,
    debug: processor.debugMessages,
    startedAt: outcome.startedAt,
    endedAt: outcome.endedAt,
    argv: outcome.argv,
    env,
    signalsSent: outcome.signalsSent,
  };
}

// Handler.PrintActionDetails: a `Run <action>` group with the inputs (masked like every log line); post steps
// only say "Post job cleanup.".
function writeStepHeader(processor: CommandProcessor, setup: RunSetup, stage: 'main' | 'post'): void {
  if (stage === 'post') {
    processor.output('Post job cleanup.');
    return;
  }
  processor.output(`##[group]Run ${displayName(setup)}`);
  const shown = setup.inputs.filter(([, value]) => value !== '');
  if (setup.inputs.length > 0) processor.output('with:');
  for (const [name, value] of shown) processor.output(`  ${name}: ${value}`);
  const env = Object.entries(setup.options.env ?? {});
  if (env.length > 0) {
    processor.output('env:');
    for (const [name, value] of env) processor.output(`  ${name}: ${value}`);
  }
  processor.output('##[endgroup]');
  for (const warning of setup.inputWarnings) processor.addIssue('warning', warning);
}

function displayName(setup: RunSetup): string {
  if (setup.options.uses) return setup.options.uses;
  const relative = path.relative(repoRoot(), setup.manifest.dir);
  return relative.startsWith('..') || path.isAbsolute(relative) ? setup.manifest.dir : `./${relative.split(path.sep).join('/')}`;
}

// `owner/repo[/path]@ref` -> GITHUB_ACTION_REPOSITORY/REF; local (`./x`) actions set neither.
function remoteActionReference(uses?: string): { name: string; ref: string } | undefined {
  const match = uses ? /^([^./][^/]*\/[^/@]+)(?:\/[^@]*)?@(.+)$/.exec(uses) : null;
  return match ? { name: match[1] as string, ref: match[2] as string } : undefined;
}

// runs.post-if, evaluated for the status functions only (the runner's default is always()), on the JOB's status:
// success() is false after any failed step of the job, not only after this action's main.
function postConditionHolds(condition: string, mainConclusion: Conclusion): boolean {
  const expression = condition.replace(/^\s*\$\{\{\s*|\s*\}\}\s*$/g, '').trim();
  switch (expression) {
    case 'always()':
      return true;
    case 'success()':
      return mainConclusion === 'success';
    case 'failure()':
      return mainConclusion === 'failure';
    case 'cancelled()':
      return mainConclusion === 'cancelled';
    case '!cancelled()':
      return mainConclusion !== 'cancelled';
    default:
      throw new Error(`The harness evaluates post-if only as always(), success(), failure(), cancelled() or !cancelled(); got '${condition}'`);
  }
}
