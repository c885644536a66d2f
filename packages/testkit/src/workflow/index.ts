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
 * Not modelled: post steps run right after their main step (runAction runs both in one call; the result keeps
 * them apart in `step.post`), cancellation, `environment:` (OIDC claims come from the GitHub world's options),
 * containers and services, reusable workflows, matrix expansion (one leg via options.matrix), composite actions.
 */
export { runWorkflowJob } from './run-workflow-job.js';
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
export type { NeededJob, RunWorkflowJobOptions, StepOutcome, WorkflowJobResult, WorkflowStepResult } from './types.js';
