import * as core from '@mlops-actions/shared/core';
import { AwsSession, isTransient } from '@mlops-actions/shared/aws';
import { FINAL_STATUSES, SageMakerPipelines, sagemakerConsole, type Execution } from '@mlops-actions/shared/aws/sagemaker';
import {
  ActionError,
  CancelledError,
  InputError,
  TimeoutError,
  errorMessage,
  formatDuration,
  onRunnerCancel,
  type Cancellation,
} from '@mlops-actions/shared/runtime';
import { readInputs, startToken, stopToken, type AttachInputs, type Inputs } from './context.js';
import { checkParameters, checkSelectedSteps, parseDefinition, type PipelineGraph } from './definition.js';
import { buildSummary, setOutputs, type Outcome, type RunDescription } from './report.js';
import { describeSteps, registeredModelPackage } from './steps.js';
import { ExecutionWatch, type Snapshot } from './watch.js';
import { STATE } from './state.js';

/**
 * start-pipeline: upsert (optional) -> validate -> start -> watch -> outputs and summary; or, with execution-arn,
 * attach -> watch -> the same outputs and summary.
 */
export async function main(): Promise<void> {
  const inputs = await readInputs();
  const cancellation = onRunnerCancel();
  try {
    const session = await AwsSession.open(inputs.session);
    try {
      if (inputs.mode === 'attach') await attach(inputs, session, cancellation);
      else await run(inputs, session, cancellation);
    } finally {
      session.close();
    }
  } finally {
    cancellation.dispose();
  }
}

async function run(inputs: Inputs, session: AwsSession, cancellation: Cancellation): Promise<void> {
  const pipelines = new SageMakerPipelines(session);
  const { graph, pipelineChange } = await preparePipeline(inputs, pipelines);
  if (cancellation.signal.aborted) throw new CancelledError('preparing the pipeline; nothing was started');

  const executionArn = await pipelines.start({
    pipeline: inputs.pipeline,
    parameters: inputs.parameters,
    displayName: inputs.displayName,
    description: inputs.description,
    selectedSteps: inputs.selectedSteps,
    clientToken: startToken(inputs),
    ...(inputs.maxParallelSteps ? { maxParallelSteps: inputs.maxParallelSteps } : {}),
    ...(inputs.sourceExecutionArn ? { sourceExecutionArn: inputs.sourceExecutionArn } : {}),
  });
  core.saveState(STATE.executionArn, executionArn);
  core.saveState(STATE.stopOnCancel, String(inputs.stopOnCancel && inputs.wait));
  const consoleUrl = sagemakerConsole.execution(inputs.session.region, executionArn);
  core.setOutput('execution-arn', executionArn);
  core.setOutput('console-url', consoleUrl);
  core.info(`Started pipeline execution ${executionArn}\n  ${consoleUrl}`);

  // No status until one is read: '' is "unknown", never a guess such as Executing.
  const outcome: Outcome = { executionArn, consoleUrl, status: '', steps: [], ...(pipelineChange ? { pipelineChange } : {}) };
  const about = startedRun(inputs);
  if (!inputs.wait) return reportStarted(about, graph, pipelines, outcome);
  const watch = new ExecutionWatch(pipelines, session, executionArn, graph);
  await follow({ rules: inputs, about, graph, pipelines, watch, outcome, cancellation });
}

/**
 * execution-arn: an execution something else started (a job with wait: false; the sagemaker-pipeline-finished
 * event). Nothing is started, changed or stopped: the step reads the execution, waits while it runs (the same
 * rules as after a start) and reports it with the same outputs and summary. Run twice, it reports the same.
 */
async function attach(inputs: AttachInputs, session: AwsSession, cancellation: Cancellation): Promise<void> {
  const pipelines = new SageMakerPipelines(session);
  const { region } = inputs.session;
  const execution = await pipelines.findExecution(inputs.executionArn);
  if (!execution) {
    throw new InputError(
      'execution-arn',
      `names an execution that does not exist in region ${region}`,
      "an execution of a pipeline in the role's account and region",
    );
  }
  const graph = await executionGraph(pipelines, inputs);
  const about = attachedRun(inputs, execution, await pipelines.parametersForExecution(inputs.executionArn));
  const consoleUrl = sagemakerConsole.execution(region, inputs.executionArn);
  core.setOutput('execution-arn', inputs.executionArn);
  core.setOutput('console-url', consoleUrl);
  const status = execution.PipelineExecutionStatus ?? '';
  core.info(`Attached to pipeline execution ${inputs.executionArn} (${status || 'status unknown'}); this step starts nothing.\n  ${consoleUrl}`);

  const outcome: Outcome = { executionArn: inputs.executionArn, consoleUrl, status: '', steps: [], attached: true };
  const watch = new ExecutionWatch(pipelines, session, inputs.executionArn, graph);
  if (!inputs.wait && !FINAL_STATUSES.has(status)) return reportRunning(about, graph, watch, outcome);
  await follow({ rules: { ...inputs, stopOnCancel: false }, about, graph, pipelines, watch, outcome, cancellation });
}

/** Attached with wait: false to an execution still running: report it as it is now; the step succeeds. */
async function reportRunning(about: RunDescription, graph: PipelineGraph | undefined, watch: ExecutionWatch, outcome: Outcome): Promise<void> {
  fill(outcome, await watch.snapshot());
  outcome.ending = 'not-waiting';
  outcome.note = 'Not waiting (wait: false): the execution continues after this step.';
  setOutputs(outcome);
  await buildSummary(about, graph, outcome).write();
}

/** The step graph of what the execution runs: its own definition (the pipeline's may have changed since). */
async function executionGraph(pipelines: SageMakerPipelines, inputs: AttachInputs): Promise<PipelineGraph | undefined> {
  const definition = await pipelines.definitionForExecution(inputs.executionArn);
  try {
    return parseDefinition(definition, { pipeline: inputs.pipelineName });
  } catch (error) {
    core.warning(`Could not read the definition of ${inputs.executionArn} (${errorMessage(error)}); the summary has no step graph.`);
    return undefined;
  }
}

function startedRun(inputs: Inputs): RunDescription {
  return {
    region: inputs.session.region,
    pipelineName: inputs.pipelineName,
    displayName: inputs.displayName,
    description: inputs.description,
    parameters: inputs.parameters,
    selectedSteps: inputs.selectedSteps,
    ...(inputs.definition ? { definitionFile: inputs.definition.file } : {}),
    run: inputs.run,
  };
}

function attachedRun(inputs: AttachInputs, execution: Execution, parameters: Map<string, string>): RunDescription {
  return {
    region: inputs.session.region,
    pipelineName: inputs.pipelineName,
    displayName: execution.PipelineExecutionDisplayName ?? inputs.executionArn.split('/').at(-1) ?? '',
    description: execution.PipelineExecutionDescription ?? '',
    parameters,
    selectedSteps: execution.SelectiveExecutionConfig?.SelectedSteps?.map((s) => s.StepName ?? '?') ?? [],
    run: inputs.run,
    attached: true,
  };
}

interface Following {
  rules: { timeoutMs: number; pollIntervalMs: number; stopOnCancel: boolean };
  about: RunDescription;
  graph: PipelineGraph | undefined;
  pipelines: SageMakerPipelines;
  watch: ExecutionWatch;
  outcome: Outcome;
  cancellation: Cancellation;
}

/** Waits for the execution to finish, then outputs and summary; fails the step unless it Succeeded. */
async function follow(f: Following): Promise<void> {
  const { outcome, watch, cancellation } = f;
  try {
    if (cancellation.signal.aborted) throw new CancelledError(outcome.attached ? 'attaching to the execution' : 'starting the execution');
    fill(outcome, await watch.untilFinished({ timeoutMs: f.rules.timeoutMs, pollIntervalMs: f.rules.pollIntervalMs, signal: cancellation.signal }));
  } catch (error) {
    if (watch.latest) fill(outcome, watch.latest);
    throw await stoppedWatching(error, f);
  } finally {
    core.saveState(STATE.finished, 'true');
    setOutputs(outcome);
    await buildSummary(f.about, f.graph, outcome).write();
  }
  if (outcome.status !== 'Succeeded') throw executionFailed(outcome);
  core.info(outcome.modelPackageArn ? `Registered model package ${outcome.modelPackageArn}` : 'The execution registered no model package.');
}

/** The wait ended before the execution did: say why in the outcome, and return the error to fail the step with. */
async function stoppedWatching(error: unknown, f: Following): Promise<unknown> {
  const { rules, outcome } = f;
  const lastSeen = outcome.status ? `it was last seen ${outcome.status}` : 'its status was never read';
  if (error instanceof TimeoutError) {
    outcome.ending = 'timed-out';
    outcome.note = `Timed out after ${formatDuration(rules.timeoutMs)}; ${outcome.status ? 'the execution keeps running' : `${lastSeen}, so it may still be running`}.`;
    return new ActionError(error.message, {
      hint: `The execution keeps running; see ${outcome.consoleUrl}. Raise 'timeout' to wait longer, or stop it there.`,
    });
  }
  if (error instanceof CancelledError) return cancelled(f);
  outcome.ending = 'read-failed';
  outcome.note = `The execution's status could not be read (see the error); ${lastSeen}. The console shows where it is.`;
  return error;
}

/** wait: false: how long the reads after the start may take in all (the execution runs whatever they say). */
const READS_AFTER_START_MS = 12_000;

/**
 * wait: false. The execution runs from here on whatever happens next, so the step succeeds: a read that fails
 * now (a missing permission, a 5xx that outlasts the retries, an API the endpoint lacks) becomes a warning and
 * the outputs say what is known. Failing here would invite "Re-run failed jobs", which starts a second execution.
 */
async function reportStarted(about: RunDescription, graph: PipelineGraph | undefined, pipelines: SageMakerPipelines, outcome: Outcome): Promise<void> {
  outcome.ending = 'not-waiting';
  outcome.note = 'Not waiting (wait: false): the execution continues after this step.';
  const unread: string[] = [];
  // One deadline for both reads: a hung endpoint must not hold the step for the SDK's timeout times max-attempts.
  const deadline = AbortSignal.timeout(READS_AFTER_START_MS);
  const read = async <T>(what: string, call: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> => {
    try {
      return await call(deadline);
    } catch (error) {
      unread.push(what);
      const why = deadline.aborted ? `no answer within ${formatDuration(READS_AFTER_START_MS)}` : errorReport(error);
      core.warning(`Started ${outcome.executionArn}, but could not read ${what}: ${why}`);
      return undefined;
    }
  };
  const execution = await read('its status', (signal) => pipelines.describeExecution(outcome.executionArn, signal));
  const steps = await read('its steps', (signal) => pipelines.listSteps(outcome.executionArn, signal));
  if (execution) fill(outcome, { execution, steps: steps ? describeSteps(steps, graph) : [] });
  if (unread.length) outcome.note = `Started; not waiting (wait: false). Could not read ${unread.join(' or ')} (see the warnings); the console shows them.`;
  setOutputs(outcome);
  await buildSummary(about, graph, outcome).write();
}

function errorReport(error: unknown): string {
  return error instanceof ActionError ? error.report() : errorMessage(error);
}

/** Upserts the definition when one is given, and checks parameters and selected steps before anything starts. */
async function preparePipeline(
  inputs: Inputs,
  pipelines: SageMakerPipelines,
): Promise<{ graph: PipelineGraph | undefined; pipelineChange?: 'created' | 'updated' }> {
  const existing = await pipelines.find(inputs.pipeline);
  let graph: PipelineGraph | undefined;
  if (inputs.definition) {
    graph = inputs.definition.graph;
  } else if (!existing) {
    throw new ActionError(`Pipeline '${inputs.pipeline}' does not exist in region ${inputs.session.region}.`, {
      hint: 'Check pipeline-name and aws-region, or give pipeline-definition (and pipeline-role-arn) so the action creates it.',
    });
  } else {
    try {
      graph = parseDefinition(existing.definition, { pipeline: existing.name });
    } catch (error) {
      core.warning(`Could not read the definition of ${existing.name} (${errorMessage(error)}); parameters are not checked before starting.`);
    }
  }
  if (graph) {
    checkParameters(
      'parameters',
      inputs.parameters,
      graph,
      inputs.definition ? `the definition in ${inputs.definition.file}` : `pipeline ${inputs.pipelineName}`,
    );
    checkSelectedSteps('selected-steps', inputs.selectedSteps, graph);
  }
  if (inputs.sourceExecutionArn) await checkSourceFinished(pipelines, inputs.sourceExecutionArn, inputs.pipelineName);
  if (!inputs.definition) return { graph };

  const roleArn = inputs.pipelineRoleArn ?? existing?.roleArn;
  if (!roleArn) {
    throw new ActionError(`Pipeline '${inputs.pipelineName}' does not exist yet, and creating it needs a role.`, {
      hint: 'Set pipeline-role-arn to the IAM role the pipeline runs as.',
    });
  }
  const pipelineChange = await pipelines.upsert({
    name: inputs.pipelineName,
    definition: inputs.definition.text,
    roleArn,
    clientToken: startToken(inputs),
    exists: existing !== undefined,
  });
  core.info(`Pipeline ${inputs.pipelineName} ${pipelineChange} from ${inputs.definition.file}.`);
  return { graph, pipelineChange };
}

/** SageMaker copies a selective execution's inputs from a source execution that Succeeded or Failed. */
async function checkSourceFinished(pipelines: SageMakerPipelines, arn: string, pipeline: string): Promise<void> {
  const expected = `an execution of ${pipeline} that Succeeded or Failed`;
  const source = await pipelines.findExecution(arn);
  if (!source) throw new InputError('source-execution-arn', 'names an execution that does not exist', expected);
  const status = source.PipelineExecutionStatus;
  if (status !== 'Succeeded' && status !== 'Failed')
    throw new InputError('source-execution-arn', `names an execution that is ${status ?? 'in an unknown state'}`, expected);
}

function fill(outcome: Outcome, snapshot: Snapshot): void {
  const { execution, steps } = snapshot;
  outcome.status = execution.PipelineExecutionStatus ?? outcome.status;
  outcome.steps = steps;
  if (execution.CreationTime) outcome.startedAt = execution.CreationTime;
  if (execution.LastModifiedTime && outcome.status !== 'Executing') outcome.endedAt = execution.LastModifiedTime;
  const registered = registeredModelPackage(steps);
  if (registered.arn) outcome.modelPackageArn = registered.arn;
  if (registered.others.length)
    core.warning(`Several RegisterModel steps succeeded; model-package-arn is the last one. Others: ${registered.others.join(', ')}`);
  const failedSteps = steps.filter((s) => s.status === 'Failed');
  if (failedSteps.length) {
    outcome.failureReason = failedSteps
      .map((s) => `Step '${s.name}' (${s.type}) failed: ${s.failureReason ?? s.details.errorMessage ?? 'no reason given'}`)
      .join('; ');
  } else if (execution.FailureReason) {
    outcome.failureReason = execution.FailureReason;
  }
}

function executionFailed(outcome: Outcome): ActionError {
  const reason = outcome.failureReason ? `: ${outcome.failureReason}` : '';
  return new ActionError(`Pipeline execution ${outcome.executionArn} ${outcome.status}${reason}`, { hint: `Details: ${outcome.consoleUrl}` });
}

/**
 * The job was cancelled while waiting: stop the execution (once; the post step checks the saved state). An
 * execution this step attached to is left running: it belongs to whoever started it.
 */
async function cancelled({ rules, pipelines, watch, outcome, cancellation }: Following): Promise<ActionError> {
  const by = cancellation.reason() ?? 'the runner';
  outcome.ending = 'cancelled';
  if (!rules.stopOnCancel) {
    const why = outcome.attached ? 'this step attached to it, it did not start it' : 'stop-on-cancel: false';
    outcome.note = `The run was cancelled (${by}); the execution keeps running (${why}).`;
    return new CancelledError(`waiting for ${outcome.executionArn}; it keeps running (${why})`);
  }
  let stopError: unknown;
  try {
    // The runner kills the process about 10 s after the first signal: keep the stop inside that window.
    await pipelines.stop(outcome.executionArn, stopToken(outcome.executionArn));
  } catch (error) {
    stopError = error;
  }
  // Read back where the stop led. After a failed stop this decides: a stop whose answer was lost took effect.
  const seen = await watch.snapshot(AbortSignal.timeout(3_000)).catch(() => undefined);
  if (seen) fill(outcome, seen);
  const status = outcome.status;
  const ended = status === 'Stopping' || FINAL_STATUSES.has(status);
  if (stopError !== undefined && !(seen && ended)) return stopFailed(outcome, by, stopError);
  if (!seen) outcome.status = 'Stopping';
  core.saveState(STATE.stopRequested, 'true');
  core.info(stopError === undefined ? `Stop requested for ${outcome.executionArn}.` : `The stop's answer was an error, but the execution is ${status}.`);
  const stopped = stopError === undefined || status === 'Stopping' || status === 'Stopped';
  outcome.note = `The run was cancelled (${by}); ${stopped ? `the execution was stopped (status ${outcome.status})` : `the execution had already ended (status ${outcome.status})`}.`;
  return new CancelledError(`waiting for ${outcome.executionArn}; ${stopped ? 'stop requested' : 'it had ended'}, status ${outcome.status}`);
}

/**
 * The stop failed and the execution still runs. A transient failure (throttling, a 5xx, the network) may pass,
 * so the post step owes the stop; any other answer (e.g. no sagemaker:StopPipelineExecution permission) would be
 * the same there, so the hint from the AWS error stands and no retry is promised.
 */
function stopFailed(outcome: Outcome, by: string, error: unknown): ActionError {
  outcome.ending = 'stop-failed';
  const retry = isTransient(error);
  // Main still finishes (so `finished` is saved), but owes the stop: the post step sees this and tries again.
  if (retry) core.saveState(STATE.stopOwed, 'true');
  const next = retry ? 'The post step tries again; its summary says how that went.' : 'Stop it in the SageMaker console.';
  outcome.note = `The run was cancelled (${by}), and stopping the execution failed: ${errorMessage(error)}. ${next}`;
  const awsHint = error instanceof ActionError ? error.hint : undefined;
  const hint = retry
    ? `The post step tries again; otherwise stop it in the SageMaker console: ${outcome.consoleUrl}`
    : [awsHint, `Stop it in the SageMaker console: ${outcome.consoleUrl}`].filter(Boolean).join(' ');
  return new ActionError(`Cancelled, but the execution could not be stopped: ${errorMessage(error)}`, { hint });
}
