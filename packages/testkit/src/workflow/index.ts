/**
 * The local workflow-job runner: one job of a workflow file, step by step, the way GitHub runs it, against the
 * local worlds.
 *
 * ```ts
 * const [aws, github] = await Promise.all([startAwsWorld(), startGitHubWorld()]);
 * const job = await runWorkflowJob({
 *   workflow: 'workflows-templates/sagemaker-train.yml',
 *   job: 'train',
 *   vars: { AWS_ROLE_ARN: role, AWS_REGION: 'us-east-1', SAGEMAKER_PIPELINE_NAME: 'churn', DATA_BUCKET: 'data' },
 *   secrets: { SLACK_WEBHOOK: '...' },        // masked everywhere; secrets.GITHUB_TOKEN is github.token
 *   inputs: { 'input-data-url': 's3://...' }, // workflow_dispatch: declared defaults fill the rest, typed
 *   needs: { build: { result: 'success', outputs: { image: '...' } } },
 *   env: { ...aws.env(), ...github.env() },   // the runner machine's environment (not the env context)
 *   github: { eventName: 'push' },            // also pass it to startGitHubWorld so token claims agree
 *   // repository_dispatch: github: { eventName: 'repository_dispatch', event: { action: TYPE, client_payload: {...} } }
 *   onStep: (step) => console.log(step.log.join('\n')),
 * });
 * job.conclusion                              // 'success' | 'failure' | 'skipped'
 * job.outputs['model-package-arn']            // job outputs, evaluated after the last step
 * job.steps[1].outputs / outcome / conclusion / log / summary / inputs / env / post
 * job.summaries                               // [{ step, markdown }] in step order; job.summary joins them
 * ```
 *
 * How a job runs:
 * - The file is validated with GitHub's parser (@actions/workflow-parser, which also names steps `__run`,
 *   `__actions_checkout`, `__run_2`...); an invalid workflow throws with the parser's messages.
 * - `${{ }}` in `if:`, `name:`, `with:`, `env:`, `run:`, `continue-on-error:`, `timeout-minutes:`, job `env:`,
 *   `if:` and `outputs:` is evaluated by @actions/expressions over github, vars, secrets, inputs, needs, strategy,
 *   matrix, job, runner, env, steps (each where GitHub allows it). Embedded expressions become format() calls
 *   like the runner's template reader builds them; `if:` without a status function is `success() && (...)`;
 *   success(), failure(), cancelled(), always() and hashFiles() are provided.
 * - `uses:` -> `actions/checkout@*` is a no-op (the workspace is given); `<owner>/mlops-actions/<name>@ref` runs the
 *   root-level alias `<root>/<name>`, `<owner>/mlops-actions/actions/<name>@ref` runs `actions/<name>`, `./<path>`
 *   resolves against options.repository (default: the monorepo root), options.actions maps other `owner/repo`
 *   to stand-ins; anything else throws "not available locally" before the first step, as "Set up job" would
 *   fail. Actions run with the harness's runAction (inputs = evaluated `with:`, step id = GITHUB_ACTION).
 * - `run:` -> the evaluated script in a file under RUNNER_TEMP, run with the runner's shell templates (default
 *   `bash -e {0}`; `shell: bash` adds `--noprofile --norc -eo pipefail`; sh, python, `cmd {0}`), its output
 *   through the same command processor and masker as actions, and GITHUB_OUTPUT/ENV/PATH/STEP_SUMMARY read back.
 * - GITHUB_ENV and GITHUB_PATH additions, `::add-mask::` values and the job's secrets carry over to later steps.
 * - Step outcome/conclusion honour `continue-on-error`; a failed step makes later `success()` steps skip.
 * - Job outputs containing a secret are dropped with the runner's "Skip output 'x' since it may contain secret."
 *
 * - Dispatched runs are checked as GitHub checks them before a run exists (these throw): a repository_dispatch
 *   whose event_type (github.event.action) is not in on.repository_dispatch.types; a workflow_dispatch with a
 *   required input missing, a choice input outside its options, or an undeclared input.
 *
 * - Post steps run after the job's last step, the last-started action's first, each judged on the job's status then.
 * - `timeout-minutes` of the job is a deadline: each step gets what is left (and its own timeout-minutes below
 *   that); a step still running at the deadline is stopped, later steps do not start, post steps still run, the
 *   job fails with the runner's "exceeded the maximum execution time" error (job.timedOut).
 * - `environment:` (name or { name }) is evaluated after the job's `if:`; options.environments stands in for the
 *   deployment review: 'reject' fails the job before its first step (job.errors says so), 'approve' or an
 *   unlisted environment runs it. With options.oidc (the GitHub world's world.oidc) the job's OIDC tokens carry
 *   its environment (sub repo:OWNER/REPO:environment:NAME) as on GitHub.
 * - `actions/checkout@*` copies options.checkout (the repository at github.sha) into the workspace (or `with:
 *   path:`), a no-op without it; outputs ref and commit.
 * - `aws-actions/configure-aws-credentials@*` is a stand-in (configure-aws-credentials.ts): OIDC token from the
 *   job's endpoint -> STS AssumeRoleWithWebIdentity at AWS_ENDPOINT_URL (or static keys as given) -> AWS_* in the
 *   environment of the later steps, masked; output aws-account-id. Inputs it does not model are refused by name.
 *
 * Not modelled: cancellation, containers and services, reusable workflows, matrix expansion (one leg via
 * options.matrix), composite actions, `concurrency` (one run at a time), environment secrets/variables.
 *
 * A whole workflow: runWorkflow (run-workflow.ts) for one event, jobs in `needs` order, outputs handed on:
 *
 * ```ts
 * const run = await runWorkflow({
 *   workflow: 'workflows-templates/ml-build-deploy.yml',
 *   event: { name: 'push', changedFiles: ['data/dataset.json'] },   // or workflow_dispatch { inputs },
 *                                                                    // repository_dispatch { type, clientPayload }
 *   vars, secrets, env: { ...aws.env(), ...github.env() }, checkout: repoFolder,
 *   environments: { production: 'approve' },                        // deployment review stand-in
 *   given: { 'build-image': { result: 'success', outputs: { ... } } }, // a job not run here
 *   onJob: async (job) => { ... },                                   // e.g. approve in the registry after a job
 * });
 * run.triggered / run.conclusion / run.order / run.jobs['deploy'].outputs / run.timeline / run.summary
 * ```
 * Before any job runs, the wiring is checked (workflowWiringProblems): `needs.<job>.outputs.<name>` must name a job
 * in `needs:` and an output it declares, `steps.<id>.outputs.<name>` a step of the job and, for this repository's
 * actions, an output in its action.yml; otherwise runWorkflow throws listing every problem. A job whose needs did not
 * all succeed is skipped unless its `if:` uses a status function (always(), failure()...), as on GitHub.
 */
export { runWorkflowJob } from './run-workflow-job.js';
export { runWorkflow, jobOrder, triggerMismatch, type RunWorkflowOptions, type WorkflowEvent, type WorkflowRunResult } from './run-workflow.js';
export { workflowWiringProblems } from './workflow-wiring.js';
export { configureAwsCredentials } from './configure-aws-credentials.js';
export {
  evaluateExpression,
  evaluateValue,
  evaluateText,
  evaluateCondition,
  normalizeCondition,
  templateExpression,
  splitTemplate,
  toExpressionData,
  toText,
  hashFiles,
  type Contexts as ExpressionContexts,
  type EvaluationScope,
  type JobStatus,
} from './expressions.js';
export { renderLog, renderSummary, renderTable, visibleWidth, type TerminalStyle } from './terminal.js';
export { loadWorkflowParser, parseWorkflowFile } from './workflow-parser.js';
export type { EnvironmentDecision, NeededJob, RunWorkflowJobOptions, StepOutcome, WorkflowJobResult, WorkflowStepResult } from './types.js';
