import type { GitHubRunContext } from '../harness/github-context.js';
import type { Annotation, InputValue, RunResult } from '../harness/types.js';

export type StepOutcome = 'success' | 'failure' | 'cancelled' | 'skipped';

/** What a job that this one `needs:` left behind (the `needs` context). */
export interface NeededJob {
  result?: 'success' | 'failure' | 'cancelled' | 'skipped';
  outputs?: Record<string, string>;
}

export type EnvironmentDecision = 'approve' | 'reject';

export interface RunWorkflowJobOptions {
  /** Path of the workflow file (.yml). */
  workflow: string;
  /** The job id under `jobs:`. */
  job: string;
  /** `vars` context (repository/organization configuration variables). */
  vars?: Record<string, string>;
  /** `secrets` context; every value is masked in logs from the first line. GITHUB_TOKEN is added (github.token). */
  secrets?: Record<string, string>;
  /**
   * `inputs` context. For workflow_dispatch / workflow_call runs the defaults declared under `on:` fill the inputs
   * not given, typed as declared (boolean, number, string); github.event.inputs gets them as strings.
   */
  inputs?: Record<string, InputValue>;
  /** `needs` context: one entry for every job in the job's `needs:` (missing ones throw). */
  needs?: Record<string, NeededJob>;
  /** `matrix` context, required when the job has strategy.matrix (one leg is run). */
  matrix?: Record<string, unknown>;
  /**
   * The runner machine's environment for every step, e.g. `{ ...aws.env(), ...github.env() }`. It is not the `env`
   * context. GITHUB_* variables in it describe the run (like runAction's env); GITHUB_TOKEN becomes github.token
   * and is not passed on (the runner sets no GITHUB_TOKEN variable). ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN are
   * dropped unless the workflow or job grants `permissions: id-token: write` (or write-all), as on GitHub.
   */
  env?: Record<string, string>;
  /** The `github` context (event, ref, sha, run ids...); job, workflow and workflowPath default from the file. */
  github?: Partial<GitHubRunContext>;
  /** GITHUB_WORKSPACE for every step (actions/checkout is a no-op); a fresh temp folder by default. */
  workspace?: string;
  /** The checked-out repository `uses: ./path` resolves against. Default: the monorepo root. */
  repository?: string;
  /** Stand-ins for other actions: `owner/repo[/path]` (no @ref) -> local action folder (action.yml, node24). */
  actions?: Record<string, string>;
  /** Run each action's `runs.post` (default true): after the job's last step, in reverse order, as the runner does. */
  post?: boolean;
  /** Step debug logging (ACTIONS_STEP_DEBUG). */
  debug?: boolean;
  /** Local cap on every step's timeout (timeout-minutes still applies below it). Default 600 000 ms. */
  stepTimeoutMs?: number;
  /**
   * What `actions/checkout` checks out: this folder (the repository at github.sha) is copied into the job's workspace
   * (or into `with: path:` under it). Without it checkout is a no-op on the workspace as given.
   */
  checkout?: string;
  /**
   * The stand-in for deployment reviews of a job's `environment:` (evaluated after the job's `if:`): 'approve' runs
   * the job, 'reject' fails it before any step, like a rejected review. Environments not listed have no protection
   * rules: the job runs. A function decides per environment name and job id.
   */
  environments?: Record<string, EnvironmentDecision> | ((environment: string, job: string) => EnvironmentDecision);
  /**
   * The GitHub world's OIDC provider (world.oidc): while a job with an `environment:` runs, its tokens carry the
   * environment claim and the subject `repo:OWNER/REPO:environment:NAME`, as on GitHub; other jobs get the world's
   * claims without one. Without it, tokens come from the world as configured.
   */
  oidc?: { setClaims(claims: { environment?: string }): void };
  /** Keep the job's temp folders (workspace, RUNNER_TEMP, scripts). */
  keepTemp?: boolean;
  /** Called after each step (including skipped ones), e.g. to print progress. */
  onStep?: (step: WorkflowStepResult) => void;
}

export interface WorkflowStepResult {
  /** The step's `id`, or the id GitHub generates (`__run`, `__actions_checkout`, `__run_2`, ...). */
  id: string;
  /** `name:` (evaluated), else `Run <uses>` / `Run <first line of run>`, as the runner names steps. */
  name: string;
  kind: 'action' | 'run' | 'checkout' | 'configure-aws-credentials';
  uses?: string;
  /** Before continue-on-error (steps.<id>.outcome). */
  outcome: StepOutcome;
  /** After continue-on-error (steps.<id>.conclusion). */
  conclusion: StepOutcome;
  outputs: Record<string, string>;
  /** The step log as the runner shows it (commands consumed, secrets masked); empty for a skipped step. */
  log: string[];
  /** The step's job summary as uploaded (masked line by line); '' when none. */
  summary: string;
  annotations: Annotation[];
  /** Error annotation messages. */
  errors: string[];
  /** Evaluated `with:` (action steps). */
  inputs?: Record<string, string>;
  /** The step's `env` context (workflow + job env, GITHUB_ENV additions, step env). */
  env: Record<string, string>;
  /** The evaluated script (run steps). */
  script?: string;
  /**
   * The action's post step: run after the job's last step (the last-started action's first), its post-if judged on
   * the job's status then; the runner lists it as `Post <name>`. A failed post step fails the job.
   */
  post?: { conclusion: StepOutcome; log: string[]; errors: string[] };
  /** The harness result of an action step. */
  action?: RunResult;
  /** ms since epoch (a skipped step starts and ends at once). */
  startedAt: number;
  endedAt: number;
}

export interface WorkflowJobResult {
  job: string;
  /** The job's `name:` or its id. */
  name: string;
  /** failure when a step (or post step) failed without continue-on-error; skipped when the job's `if:` was false. */
  conclusion: 'success' | 'failure' | 'skipped';
  steps: WorkflowStepResult[];
  /** Job outputs, evaluated after the last step; an output that contains a secret is left out, as on GitHub. */
  outputs: Record<string, string>;
  /** Non-empty step summaries in step order, as the run page shows them. */
  summaries: Array<{ step: string; markdown: string }>;
  /** The summaries joined, as one markdown document. */
  summary: string;
  /** Runner warnings about the job itself (e.g. a skipped secret output). */
  warnings: string[];
  /** Job-level errors (a rejected deployment review, the job's timeout-minutes exceeded). */
  errors: string[];
  /** The job's evaluated `environment:` and the review decision, when it has one. */
  environment?: { name: string; decision: EnvironmentDecision };
  /** The job ran past its `timeout-minutes` (steps after the deadline did not start). */
  timedOut?: boolean;
  /** The `github` context the job ran with. */
  github: GitHubRunContext;
  workspace: string;
}
