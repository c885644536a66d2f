// Runs one job of a workflow file step by step, the way GitHub would, against the local worlds.
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { githubEnvironment, refName, refType, repositoryOwner, resolveGitHubContext, workflowRef, type GitHubRunContext } from '../harness/github-context.js';
import { actionDir, repoRoot } from '../harness/repo.js';
import { startAction, type StartedAction } from '../harness/run-action.js';
import { SecretMasker } from '../harness/secret-masker.js';
import { githubContextOverrides, hostBasics, type RunnerPaths } from '../harness/step-environment.js';
import type { InputValue, StepResult } from '../harness/types.js';
import { evaluateCondition, evaluateText, evaluateValue, isTruthy, toText, type Contexts, type EvaluationScope, type JobStatus } from './expressions.js';
import { configureAwsCredentials } from './configure-aws-credentials.js';
import { runName, runScriptStep } from './script-step.js';
import type { EnvironmentDecision, RunWorkflowJobOptions, StepOutcome, WorkflowJobResult, WorkflowStepResult } from './types.js';
import { parseWorkflowFile } from './workflow-parser.js';

const DEFAULT_STEP_TIMEOUT_MS = 600_000;
const DEFAULT_JOB_TIMEOUT_MINUTES = 360;

type Mapping = Record<string, unknown>;

interface StepYaml {
  id?: string;
  name?: unknown;
  uses?: string;
  run?: unknown;
  with?: Mapping | null;
  env?: Mapping | null;
  if?: unknown;
  shell?: string;
  'working-directory'?: unknown;
  'continue-on-error'?: unknown;
  'timeout-minutes'?: unknown;
}

interface JobYaml {
  name?: unknown;
  needs?: string | string[];
  if?: unknown;
  env?: Mapping | null;
  outputs?: Mapping | null;
  steps?: StepYaml[];
  strategy?: { matrix?: unknown };
  container?: unknown;
  services?: unknown;
  uses?: string;
  permissions?: unknown;
  environment?: unknown;
  defaults?: { run?: { shell?: string; 'working-directory'?: string } };
  'timeout-minutes'?: unknown;
}

interface WorkflowYaml {
  name?: string;
  on?: unknown;
  env?: Mapping | null;
  permissions?: unknown;
  defaults?: { run?: { shell?: string; 'working-directory'?: string } };
  jobs?: Record<string, JobYaml>;
}

type ResolvedUses = { kind: 'checkout' } | { kind: 'configure-aws-credentials' } | { kind: 'action'; dir: string } | { kind: 'run' };

/**
 * Runs job `options.job` of a workflow file: validates the file with GitHub's parser, evaluates `if:`, `with:`,
 * `env:`, `run:`, `name:` and job `outputs:` with GitHub's expression evaluator, runs our actions with the
 * runner-faithful harness (runAction) and `run:` scripts with the runner's shell conventions.
 */
export async function runWorkflowJob(options: RunWorkflowJobOptions): Promise<WorkflowJobResult> {
  const file = path.resolve(options.workflow);
  const content = await readFile(file, 'utf8');
  const template = await parseWorkflowFile(path.basename(file), content);
  const workflow = parseYaml(content) as WorkflowYaml;
  const jobYaml = workflow.jobs?.[options.job];
  const jobModel = template.jobs.find((j) => j.id.value === options.job);
  if (!jobYaml || !jobModel) {
    throw new Error(`${path.basename(file)} has no job '${options.job}' (jobs: ${Object.keys(workflow.jobs ?? {}).join(', ')})`);
  }
  if (jobModel.type !== 'job' || jobYaml.uses) throw new Error(`Job '${options.job}' calls a reusable workflow, which is not available locally`);
  if (jobYaml.container !== undefined) throw new Error(`Job '${options.job}' runs in a container, which is not available locally`);
  if (jobYaml.services !== undefined) throw new Error(`Job '${options.job}' has service containers, which are not available locally`);
  if (jobYaml.strategy?.matrix !== undefined && !options.matrix) {
    throw new Error(`Job '${options.job}' has a strategy.matrix: pass the leg to run as options.matrix`);
  }
  const needed = jobYaml.needs === undefined ? [] : Array.isArray(jobYaml.needs) ? jobYaml.needs : [jobYaml.needs];
  const missing = needed.filter((n) => !options.needs?.[n]);
  if (missing.length > 0)
    throw new Error(`Job '${options.job}' needs ${missing.map((n) => `'${n}'`).join(', ')}: pass their result and outputs as options.needs`);

  const rawSteps = jobYaml.steps ?? [];
  const stepIds = jobModel.steps.map((s) => s.id);
  // Like "Set up job": every action is resolved before the first step runs.
  const resolved = rawSteps.map((step, index) => resolveStep(step, index, options));

  // The run: github context, machine environment, token, masker.
  const machineEnv = { ...(options.env ?? {}) };
  const token = options.github?.token ?? machineEnv.GITHUB_TOKEN ?? undefined;
  if (!idTokenGranted(jobYaml.permissions ?? workflow.permissions)) {
    delete machineEnv.ACTIONS_ID_TOKEN_REQUEST_URL;
    delete machineEnv.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  }
  const eventName = options.github?.eventName ?? machineEnv.GITHUB_EVENT_NAME ?? 'push';
  checkDispatch(workflow, eventName, options);
  const inputs = inputsContext(workflow, options.inputs ?? {}, eventName);
  const baseGithub: Partial<GitHubRunContext> = {
    job: options.job,
    workflow: typeof workflow.name === 'string' ? workflow.name : `.github/workflows/${path.basename(file)}`,
    workflowPath: `.github/workflows/${path.basename(file)}`,
    ...githubContextOverrides(machineEnv),
    ...options.github,
  };
  if (baseGithub.eventName === 'workflow_dispatch' && !(options.github?.event && 'inputs' in options.github.event)) {
    baseGithub.event = { ...(options.github?.event ?? {}), inputs: Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v)])) };
  }
  const ctx = resolveGitHubContext(baseGithub, token);
  // What the harness derives from the github context again is not machine environment (and GITHUB_TOKEN is no
  // runner variable at all).
  const derived = githubEnvironment(ctx);
  delete machineEnv.GITHUB_TOKEN;
  for (const [name, value] of Object.entries(derived)) if (machineEnv[name] === value) delete machineEnv[name];

  const root = await mkdtemp(path.join(os.tmpdir(), 'mlops-workflow-'));
  const repoName = ctx.repository.split('/')[1] ?? 'repo';
  const paths: RunnerPaths = {
    workspace: options.workspace ? path.resolve(options.workspace) : path.join(root, 'work', repoName, repoName),
    runnerWorkspace: path.join(root, 'work', repoName),
    runnerTemp: path.join(root, 'work', '_temp'),
    toolCache: path.join(root, 'hostedtoolcache'),
    eventPath: path.join(root, 'work', '_temp', '_github_workflow', 'event.json'),
  };
  try {
    await Promise.all([paths.workspace, paths.runnerTemp, paths.toolCache, path.dirname(paths.eventPath)].map((d) => mkdir(d, { recursive: true })));
    await writeFile(paths.eventPath, JSON.stringify(ctx.event, null, 2));
    const secrets = { ...(options.secrets ?? {}), GITHUB_TOKEN: ctx.token };
    const masker = new SecretMasker();
    for (const value of Object.values(options.secrets ?? {})) masker.add(value);
    masker.add(ctx.token);
    masker.add(Buffer.from(`x-access-token:${ctx.token}`).toString('base64'));
    if (machineEnv.ACTIONS_ID_TOKEN_REQUEST_TOKEN) masker.add(machineEnv.ACTIONS_ID_TOKEN_REQUEST_TOKEN);

    const run = new JobRun(options, ctx, paths, masker, machineEnv);
    const workflowContexts: Contexts = { github: run.githubData(), vars: options.vars ?? {}, secrets, inputs };
    const jobContexts: Contexts = {
      ...workflowContexts,
      needs: Object.fromEntries(needed.map((n) => [n, { result: options.needs?.[n]?.result ?? 'success', outputs: options.needs?.[n]?.outputs ?? {} }])),
      strategy: options.matrix ? { 'fail-fast': true, 'job-index': 0, 'job-total': 1, 'max-parallel': 1 } : {},
      matrix: options.matrix ?? null,
    };
    const result: WorkflowJobResult = {
      job: options.job,
      name: jobYaml.name === undefined ? options.job : evaluateText(jobYaml.name, { contexts: jobContexts }),
      conclusion: 'success',
      steps: [],
      outputs: {},
      summaries: [],
      summary: '',
      warnings: [],
      errors: [],
      github: ctx,
      workspace: paths.workspace,
    };
    const needsStatus = needsJobStatus(needed.map((n) => options.needs?.[n]?.result ?? 'success'));
    if (!evaluateCondition(jobYaml.if, { contexts: jobContexts, status: needsStatus })) {
      result.conclusion = 'skipped';
      return result;
    }
    // Deployment review (the environment's protection rules) comes after if:, before the job gets a runner.
    const environment = jobEnvironment(jobYaml.environment, { contexts: jobContexts }, options, options.job);
    if (environment) {
      result.environment = environment;
      if (environment.decision === 'reject') {
        result.conclusion = 'failure';
        result.errors.push(`Deployment review for environment '${environment.name}' was rejected; job '${options.job}' did not run.`);
        return result;
      }
    }
    const workflowEnv = evaluateMapping(workflow.env, { contexts: workflowContexts });
    run.envBase = { ...workflowEnv, ...evaluateMapping(jobYaml.env, { contexts: jobContexts }) };
    run.jobContexts = jobContexts;
    const timeoutMinutes = Number(evaluateText(jobYaml['timeout-minutes'] ?? DEFAULT_JOB_TIMEOUT_MINUTES, { contexts: jobContexts }));
    run.jobTimeoutMs = timeoutMinutes * 60_000;
    // timeout-minutes bounds the whole job: each step gets what is left of it, not the full amount again.
    run.deadline = Date.now() + run.jobTimeoutMs;
    run.defaults = { ...workflow.defaults?.run, ...jobYaml.defaults?.run };

    try {
      // The job's OIDC tokens name its environment (sub repo:O/R:environment:NAME), or none.
      options.oidc?.setClaims({ environment: environment?.name });
      for (const [index, step] of rawSteps.entries()) {
        const stepResult = await run.step(step, stepIds[index] ?? `__step_${index}`, resolved[index] as ResolvedUses);
        result.steps.push(stepResult);
        if (stepResult.summary) result.summaries.push({ step: stepResult.id, markdown: stepResult.summary });
        options.onStep?.(stepResult);
      }

      if (run.timedOut) {
        result.timedOut = true;
        result.errors.push(`The job running on runner GitHub Actions 2 has exceeded the maximum execution time of ${timeoutMinutes} minutes.`);
      }
      await run.runPosts();

      // Job outputs: evaluated after the last step; values holding a secret are dropped with the runner's warning.
      const outputScope = run.scope({
        ...jobContexts,
        job: { status: run.status.status },
        runner: run.runnerData(),
        env: run.envBase,
        steps: run.stepsContext,
      });
      for (const [name, value] of Object.entries(jobYaml.outputs ?? {})) {
        const text = evaluateText(value, outputScope);
        if (masker.mask(text) !== text) {
          result.warnings.push(`Skip output '${name}' since it may contain secret.`);
          continue;
        }
        result.outputs[name] = text;
      }
      result.conclusion = run.status.status === 'success' ? 'success' : 'failure';
      result.summary = result.summaries.map((s) => s.markdown).join('\n');
      return result;
    } finally {
      await run.dispose();
      options.oidc?.setClaims({ environment: undefined });
    }
  } finally {
    if (!options.keepTemp) await rm(root, { recursive: true, force: true });
  }
}

class JobRun {
  readonly status: JobStatus = { status: 'success' };
  /** Actions whose main ran, in order: their post steps run at the end of the job. */
  readonly started: Array<{ result: WorkflowStepResult; run: StartedAction }> = [];
  readonly stepsContext: Record<string, { outputs: Record<string, string>; outcome: StepOutcome; conclusion: StepOutcome }> = {};
  envBase: Record<string, string> = {};
  jobContexts: Contexts = {};
  jobTimeoutMs = DEFAULT_JOB_TIMEOUT_MINUTES * 60_000;
  deadline = Number.POSITIVE_INFINITY;
  timedOut = false;
  defaults: { shell?: string; 'working-directory'?: string } = {};
  private readonly githubEnv: Record<string, string> = {};
  private pathAdditions: string[] = [];

  constructor(
    private readonly options: RunWorkflowJobOptions,
    private readonly ctx: GitHubRunContext,
    private readonly paths: RunnerPaths,
    private readonly masker: SecretMasker,
    private readonly machineEnv: Record<string, string>,
  ) {}

  githubData(action = ''): Record<string, unknown> {
    const ctx = this.ctx;
    return {
      action,
      action_path: '',
      action_ref: '',
      action_repository: '',
      actor: ctx.actor,
      actor_id: ctx.actorId,
      api_url: ctx.apiUrl,
      base_ref: ctx.baseRef,
      event: ctx.event,
      event_name: ctx.eventName,
      event_path: this.paths.eventPath,
      graphql_url: ctx.graphqlUrl,
      head_ref: ctx.headRef,
      job: ctx.job,
      ref: ctx.ref,
      ref_name: refName(ctx.ref),
      ref_protected: ctx.refProtected,
      ref_type: refType(ctx.ref),
      repository: ctx.repository,
      repository_id: ctx.repositoryId,
      repository_owner: repositoryOwner(ctx.repository),
      repository_owner_id: ctx.repositoryOwnerId,
      repositoryUrl: `git://github.com/${ctx.repository}.git`,
      retention_days: ctx.retentionDays,
      run_attempt: ctx.runAttempt,
      run_id: ctx.runId,
      run_number: ctx.runNumber,
      secret_source: 'Actions',
      server_url: ctx.serverUrl,
      sha: ctx.sha,
      token: ctx.token,
      triggering_actor: ctx.triggeringActor,
      workflow: ctx.workflow,
      workflow_ref: workflowRef(ctx),
      workflow_sha: ctx.sha,
      workspace: this.paths.workspace,
    };
  }

  runnerData(): Record<string, unknown> {
    return {
      name: 'GitHub Actions 2',
      os: 'Linux',
      arch: 'X64',
      environment: 'github-hosted',
      temp: this.paths.runnerTemp,
      tool_cache: this.paths.toolCache,
      ...(this.options.debug ? { debug: '1' } : {}),
    };
  }

  scope(contexts: Contexts): EvaluationScope {
    return { contexts, status: this.status, workspace: this.paths.workspace };
  }

  async step(step: StepYaml, id: string, uses: ResolvedUses): Promise<WorkflowStepResult> {
    const envContext: Record<string, string> = { ...this.envBase, ...this.githubEnv };
    const contexts: Contexts = {
      ...this.jobContexts,
      github: this.githubData(id),
      job: { status: this.status.status },
      runner: this.runnerData(),
      env: envContext,
      steps: this.stepsContext,
    };
    const scope = this.scope(contexts);
    const kind = uses.kind;
    const result: WorkflowStepResult = {
      id,
      name: step.uses ? `Run ${step.uses}` : runName(typeof step.run === 'string' ? step.run : String(step.run ?? '')),
      kind,
      ...(step.uses ? { uses: step.uses } : {}),
      outcome: 'skipped',
      conclusion: 'skipped',
      outputs: {},
      log: [],
      summary: '',
      annotations: [],
      errors: [],
      env: envContext,
      startedAt: Date.now(),
      endedAt: 0,
    };
    let continueOnError = false;
    if (this.timedOut || Date.now() >= this.deadline) {
      // Past the job's deadline nothing more starts (the job is cancelled); post steps still clean up.
      this.timedOut = true;
      this.status.status = 'failure';
      result.endedAt = Date.now();
      this.record(result);
      return result;
    }
    try {
      if (step.name !== undefined) result.name = evaluateText(step.name, scope);
      if (!evaluateCondition(step.if, scope)) {
        result.endedAt = Date.now();
        this.record(result);
        return result;
      }
      const stepEnv = evaluateMapping(step.env, scope);
      Object.assign(envContext, stepEnv);
      continueOnError = step['continue-on-error'] === undefined ? false : isTruthy(evaluateValue(step['continue-on-error'], scope));
      const timeoutMinutes = step['timeout-minutes'] === undefined ? undefined : Number(evaluateText(step['timeout-minutes'], scope));
      const timeoutMs = Math.max(
        1,
        Math.min(
          timeoutMinutes === undefined ? this.jobTimeoutMs : timeoutMinutes * 60_000,
          this.deadline - Date.now(),
          this.options.stepTimeoutMs ?? DEFAULT_STEP_TIMEOUT_MS,
        ),
      );
      if (uses.kind === 'checkout') await this.checkout(result, step, scope);
      else if (uses.kind === 'configure-aws-credentials') await this.configureAws(result, step, scope, timeoutMs);
      else if (uses.kind === 'action') await this.action(result, step, scope, envContext, uses.dir, timeoutMs);
      else await this.script(result, step, scope, envContext, timeoutMs);
    } catch (error) {
      // An expression that cannot be evaluated fails the step, as on the runner.
      if (isHarnessMisuse(error)) throw error;
      result.outcome = 'failure';
      const message = (error as Error).message;
      result.log.push(this.masker.mask(`##[error]${message}`));
      result.annotations.push({ level: 'error', message: this.masker.mask(message), properties: {} });
      result.errors.push(this.masker.mask(message));
    }
    result.endedAt = Date.now();
    if (result.outcome === 'failure' && result.endedAt >= this.deadline) this.timedOut = true;
    result.conclusion = result.outcome === 'failure' && continueOnError && !this.timedOut ? 'success' : result.outcome;
    if (result.conclusion === 'failure') this.status.status = 'failure';
    this.record(result);
    return result;
  }

  private record(result: WorkflowStepResult): void {
    this.stepsContext[result.id] = { outputs: result.outputs, outcome: result.outcome, conclusion: result.conclusion };
  }

  /** actions/checkout: copies options.checkout (the repository at github.sha) into the workspace, else a no-op. */
  private async checkout(result: WorkflowStepResult, step: StepYaml, scope: EvaluationScope): Promise<void> {
    result.log.push(`##[group]Run ${step.uses}`, '##[endgroup]');
    if (this.options.checkout) {
      const subPath = step.with?.path === undefined ? '' : evaluateText(step.with.path, scope);
      const target = path.resolve(this.paths.workspace, subPath);
      if (path.relative(this.paths.workspace, target).startsWith('..')) throw new Error(`Repository path '${subPath}' is not under '${this.paths.workspace}'`);
      await cp(this.options.checkout, target, { recursive: true });
      result.log.push(`Copied ${this.options.checkout} (${this.ctx.repository}@${this.ctx.sha}) into ${target}`);
    } else {
      result.log.push(`actions/checkout is a no-op locally: the workspace is ${this.paths.workspace}`);
    }
    result.outputs = { ref: this.ctx.ref, commit: this.ctx.sha };
    result.outcome = 'success';
  }

  /** aws-actions/configure-aws-credentials: credentials into the environment of the later steps (see its module). */
  private async configureAws(result: WorkflowStepResult, step: StepYaml, scope: EvaluationScope, timeoutMs: number): Promise<void> {
    const inputs: Record<string, string> = {};
    for (const [name, value] of Object.entries(step.with ?? {})) inputs[name] = evaluateText(value, scope);
    result.inputs = inputs;
    result.log.push(`##[group]Run ${step.uses}`, '##[endgroup]');
    const configured = await configureAwsCredentials(inputs, this.stepMachineEnv(), timeoutMs);
    for (const value of configured.secrets) this.masker.add(value);
    Object.assign(this.githubEnv, configured.env);
    result.outputs = configured.outputs;
    result.log.push(...configured.log.map((line) => this.masker.mask(line)));
    result.outcome = 'success';
  }

  private stepMachineEnv(): Record<string, string> {
    if (this.pathAdditions.length === 0) return this.machineEnv;
    const base = this.machineEnv.PATH ?? hostBasics().PATH ?? '';
    return { ...this.machineEnv, PATH: [...this.pathAdditions].reverse().join(':') + (base ? `:${base}` : '') };
  }

  private async action(
    result: WorkflowStepResult,
    step: StepYaml,
    scope: EvaluationScope,
    envContext: Record<string, string>,
    dir: string,
    timeoutMs: number,
  ): Promise<void> {
    const inputs: Record<string, InputValue> = {};
    for (const [name, value] of Object.entries(step.with ?? {})) inputs[name] = evaluateText(value, scope);
    result.inputs = inputs as Record<string, string>;
    const run = await startAction({
      actionDir: dir,
      inputs,
      env: { ...this.stepMachineEnv(), ...envContext },
      workspace: this.paths.workspace,
      github: this.ctx,
      secrets: this.masker.values,
      stepId: result.id,
      uses: step.uses,
      post: this.options.post ?? true,
      keepTemp: this.options.keepTemp ?? false,
      debug: this.options.debug ?? false,
      timeoutMs,
    }).catch((error: unknown) => {
      throw new HarnessMisuse(`Step ${result.id} (uses: ${step.uses}): ${(error as Error).message}`);
    });
    this.started.push({ result, run });
    this.absorb(run.main);
    result.action = run.result();
    result.outcome = run.main.conclusion;
    result.outputs = run.main.outputs;
    result.log = run.main.log;
    result.summary = run.main.summaryRendered;
    result.annotations = run.main.annotations;
    result.errors = run.main.annotations.filter((a) => a.level === 'error').map((a) => a.message);
  }

  /** Masks, GITHUB_ENV and GITHUB_PATH of a finished stage apply to what runs after it. */
  private absorb(stage: StepResult): void {
    for (const value of stage.masks) this.masker.add(value);
    Object.assign(this.githubEnv, stage.envAdditions);
    this.addPaths(stage.pathAdditions);
  }

  /**
   * The post steps, as the runner runs them: after the last step of the job, the last-started action's first,
   * each judged (post-if) on the job's status at that point.
   */
  async runPosts(): Promise<void> {
    if (!(this.options.post ?? true)) return;
    for (const { result, run } of [...this.started].reverse()) {
      const post = await run.runPost(this.status.status === 'success' ? 'success' : 'failure');
      if (!post) continue;
      this.absorb(post);
      result.action = run.result(post);
      result.post = { conclusion: post.conclusion, log: post.log, errors: post.annotations.filter((a) => a.level === 'error').map((a) => a.message) };
      if (post.conclusion === 'failure') this.status.status = 'failure';
    }
  }

  async dispose(): Promise<void> {
    await Promise.all(this.started.map(({ run }) => run.dispose()));
  }

  private async script(
    result: WorkflowStepResult,
    step: StepYaml,
    scope: EvaluationScope,
    envContext: Record<string, string>,
    timeoutMs: number,
  ): Promise<void> {
    const script = evaluateText(step.run, scope);
    result.script = script;
    result.name = step.name === undefined ? runName(script) : result.name;
    const workingDirectory = step['working-directory'] ?? this.defaults['working-directory'];
    const run = await runScriptStep({
      id: result.id,
      script,
      shell: step.shell ?? this.defaults.shell,
      workingDirectory: workingDirectory === undefined ? undefined : evaluateText(workingDirectory, scope),
      envContext,
      machineEnv: this.stepMachineEnv(),
      ctx: this.ctx,
      paths: this.paths,
      masker: this.masker,
      pathAdditions: [],
      debug: this.options.debug ?? false,
      timeoutMs,
    });
    Object.assign(this.githubEnv, run.envAdditions);
    this.addPaths(run.pathAdditions);
    result.outcome = run.conclusion;
    result.outputs = run.outputs;
    result.log = run.log;
    result.summary = run.summaryRendered;
    result.annotations = run.annotations;
    result.errors = run.annotations.filter((a) => a.level === 'error').map((a) => a.message);
  }

  private addPaths(additions: string[]): void {
    for (const entry of additions) {
      this.pathAdditions = this.pathAdditions.filter((p) => p !== entry);
      this.pathAdditions.push(entry);
    }
  }
}

class HarnessMisuse extends Error {}

function isHarnessMisuse(error: unknown): boolean {
  // runAction throws (where the runner would only warn) on undeclared inputs and on unusable manifests; such
  // mistakes in the workflow or the test propagate instead of passing as a failed step.
  return error instanceof HarnessMisuse;
}

function resolveStep(step: StepYaml, index: number, options: RunWorkflowJobOptions): ResolvedUses {
  if (step.uses === undefined) {
    if (step.run === undefined) throw new HarnessMisuse(`Step ${index + 1} has neither uses nor run`);
    return { kind: 'run' };
  }
  const uses = step.uses.trim();
  const where = `Step ${index + 1}${step.id ? ` (${step.id})` : ''}: uses: ${uses}`;
  if (/^actions\/checkout@/.test(uses)) return { kind: 'checkout' };
  const bare = uses.replace(/@.*$/, '');
  let dir: string | undefined = options.actions?.[bare];
  // The built-in stand-in, unless the test brings its own in options.actions.
  if (!dir && /^aws-actions\/configure-aws-credentials@/.test(uses)) return { kind: 'configure-aws-credentials' };
  if (!dir && uses.startsWith('./')) dir = path.resolve(options.repository ?? repoRoot(), uses);
  const ours = /^[^/@]+\/mlops-actions\/(?:(actions)\/)?([^/@]+)@.+$/.exec(uses);
  if (!dir && ours) {
    const name = ours[2] as string;
    // owner/mlops-actions/<name>@ref is served by the root-level alias <name>/action.yml, like on GitHub.
    dir = ours[1] ? actionDir(name) : path.join(repoRoot(), name);
  }
  if (!dir) {
    throw new HarnessMisuse(
      `${where} is not available locally: runWorkflowJob runs actions/checkout and aws-actions/configure-aws-credentials (stand-ins), this repository's actions ` +
        `(<owner>/mlops-actions/<name>@ref, <owner>/mlops-actions/actions/<name>@ref, ./<path>) and the stand-ins given in options.actions`,
    );
  }
  if (!['action.yml', 'action.yaml'].some((f) => existsSync(path.join(dir, f)))) {
    throw new HarnessMisuse(`${where}: no action.yml in ${dir}${ours && !ours[1] ? ' (run `npm run sync-aliases` to write the root-level alias)' : ''}`);
  }
  return { kind: 'action', dir };
}

/** The job's `environment:` (a name, or { name, url }) and the review decision for it; undefined when it has none. */
function jobEnvironment(value: unknown, scope: EvaluationScope, options: RunWorkflowJobOptions, job: string): WorkflowJobResult['environment'] | undefined {
  if (value === undefined || value === null) return undefined;
  const spec = typeof value === 'object' ? (value as Mapping) : { name: value };
  const name = evaluateText(spec.name, scope).trim();
  if (!name) return undefined;
  // (environment.url may read steps.*, known only after the job: it is not evaluated here.)
  const rules = options.environments;
  const decision: EnvironmentDecision = (typeof rules === 'function' ? rules(name, job) : rules?.[name]) ?? 'approve';
  return { name, decision };
}

function evaluateMapping(mapping: Mapping | null | undefined, scope: EvaluationScope): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(mapping ?? {})) out[name] = toText(evaluateValue(value, scope));
  return out;
}

/** GitHub gives a job an OIDC token only with `id-token: write` (or write-all); the default is none. */
function idTokenGranted(permissions: unknown): boolean {
  if (permissions === 'write-all') return true;
  return typeof permissions === 'object' && permissions !== null && (permissions as Mapping)['id-token'] === 'write';
}

function needsJobStatus(results: string[]): JobStatus {
  // success() after needs: every needed job succeeded; a skipped one makes neither success() nor failure() true.
  if (results.includes('failure')) return { status: 'failure' };
  if (results.includes('cancelled')) return { status: 'cancelled' };
  if (results.includes('skipped')) return { status: 'skipped' };
  return { status: 'success' };
}

/**
 * What GitHub checks before a dispatched run exists: a repository_dispatch whose event_type is not among the
 * workflow's `types` starts nothing, and a workflow_dispatch with a required input missing or a choice input outside
 * its options is refused (HTTP 422) with these messages. Such a run never reaches a runner, so this throws.
 */
function checkDispatch(workflow: WorkflowYaml, eventName: string, options: RunWorkflowJobOptions): void {
  const on = workflow.on;
  const trigger = (typeof on === 'object' && on !== null && !Array.isArray(on) ? (on as Mapping)[eventName] : undefined) as Mapping | null | undefined;
  if (eventName === 'repository_dispatch') {
    const types = trigger?.types === undefined ? undefined : ([] as unknown[]).concat(trigger.types).map(String);
    const action = String(options.github?.event?.action ?? 'dispatch');
    if (types && !types.includes(action)) {
      throw new HarnessMisuse(`repository_dispatch event_type '${action}' does not start this workflow (on.repository_dispatch.types: ${types.join(', ')})`);
    }
  }
  if (eventName === 'workflow_dispatch' && trigger) {
    const declared = (trigger.inputs ?? {}) as Record<string, { type?: string; required?: boolean; default?: unknown; options?: unknown[] } | null>;
    const given = options.inputs ?? {};
    for (const [name, spec] of Object.entries(declared)) {
      const value = name in given ? given[name] : spec?.default;
      if (spec?.required && (value === undefined || value === null || value === '')) throw new HarnessMisuse(`Required input '${name}' not provided`);
      if (spec?.type === 'choice' && value !== undefined && !(spec.options ?? []).map(String).includes(String(value))) {
        throw new HarnessMisuse(`Provided value '${String(value)}' for input '${name}' not in the list of allowed values`);
      }
    }
    const unexpected = Object.keys(given).filter((name) => !(name in declared));
    if (unexpected.length > 0) throw new HarnessMisuse(`Unexpected inputs provided: ${JSON.stringify(unexpected)}`);
  }
}

// workflow_dispatch / workflow_call: declared defaults fill what was not given, typed as declared.
function inputsContext(workflow: WorkflowYaml, given: Record<string, InputValue>, eventName: string): Record<string, InputValue> {
  if (eventName !== 'workflow_dispatch' && eventName !== 'workflow_call') return { ...given };
  const on = (workflow.on ?? {}) as Mapping;
  const declared = ((on[eventName] as Mapping | null | undefined)?.inputs ?? {}) as Record<string, { type?: string; default?: unknown } | null>;
  const out: Record<string, InputValue> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const value = name in given ? given[name] : spec?.default;
    if (value === undefined || value === null) continue;
    if (spec?.type === 'boolean') out[name] = value === true || String(value).toLowerCase() === 'true';
    else if (spec?.type === 'number') out[name] = Number(value);
    else out[name] = String(value);
  }
  for (const [name, value] of Object.entries(given)) if (!(name in out)) out[name] = value;
  return out;
}
