import * as core from '@mlops-actions/shared/core';
import { AwsSession, SageMakerPipelines, sagemakerConsole } from '@mlops-actions/shared/aws';
import { ActionError, CancelledError, InputError, TimeoutError, errorMessage, formatDuration, onRunnerCancel, type Cancellation } from '@mlops-actions/shared/runtime';
import { readInputs, startToken, stopToken, type Inputs } from './context.js';
import { checkParameters, checkSelectedSteps, parseDefinition, type PipelineGraph } from './definition.js';
import { buildSummary, setOutputs, type Outcome } from './report.js';
import { describeSteps, registeredModelPackage } from './steps.js';
import { ExecutionWatch, type Snapshot } from './watch.js';
import { STATE } from './state.js';

/** start-pipeline: upsert (optional) -> validate -> start -> watch -> outputs and summary. */
export async function main(): Promise<void> {
  const inputs = readInputs();
  const cancellation = onRunnerCancel();
  try {
    const session = await AwsSession.open(inputs.session);
    try {
      await run(inputs, session, cancellation);
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

  const outcome: Outcome = { executionArn, consoleUrl, status: 'Executing', steps: [], ...(pipelineChange ? { pipelineChange } : {}) };
  if (!inputs.wait) return reportStarted(inputs, graph, pipelines, outcome);
  const watch = new ExecutionWatch(pipelines, session, executionArn, graph);
  try {
    if (cancellation.signal.aborted) throw new CancelledError('starting the execution');
    fill(outcome, await watch.untilFinished({ timeoutMs: inputs.timeoutMs, pollIntervalMs: inputs.pollIntervalMs, signal: cancellation.signal }));
    if (outcome.status !== 'Succeeded') throw executionFailed(outcome);
  } catch (error) {
    if (watch.latest) fill(outcome, watch.latest);
    if (error instanceof TimeoutError) {
      outcome.ending = 'timed-out';
      outcome.note = `Timed out after ${formatDuration(inputs.timeoutMs)}; the execution keeps running.`;
      throw new ActionError(error.message, { hint: `The execution keeps running; see ${consoleUrl}. Raise 'timeout' to wait longer, or stop it there.` });
    }
    if (error instanceof CancelledError) throw await cancelled(inputs, pipelines, watch, outcome, cancellation);
    throw error;
  } finally {
    core.saveState(STATE.finished, 'true');
    setOutputs(outcome);
    await buildSummary(inputs, graph, outcome).write();
  }
  core.info(outcome.modelPackageArn ? `Registered model package ${outcome.modelPackageArn}` : 'The execution registered no model package.');
}

/**
 * wait: false. The execution runs from here on whatever happens next, so the step succeeds: a read that fails
 * now (a missing permission, a 5xx that outlasts the retries, an API the endpoint lacks) becomes a warning and
 * the outputs say what is known. Failing here would invite "Re-run failed jobs", which starts a second execution.
 */
async function reportStarted(inputs: Inputs, graph: PipelineGraph | undefined, pipelines: SageMakerPipelines, outcome: Outcome): Promise<void> {
  outcome.ending = 'not-waiting';
  outcome.note = 'Not waiting (wait: false): the execution continues after this step.';
  const unread: string[] = [];
  const read = async <T>(what: string, call: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await call();
    } catch (error) {
      unread.push(what);
      core.warning(`Started ${outcome.executionArn}, but could not read ${what}: ${errorReport(error)}`);
      return undefined;
    }
  };
  const execution = await read('its status', () => pipelines.describeExecution(outcome.executionArn));
  const steps = await read('its steps', () => pipelines.listSteps(outcome.executionArn));
  if (execution) fill(outcome, { execution, steps: steps ? describeSteps(steps, graph) : [] });
  else outcome.status = '';
  if (unread.length) outcome.note = `Started; not waiting (wait: false). Could not read ${unread.join(' or ')} (see the warnings); the console shows them.`;
  setOutputs(outcome);
  await buildSummary(inputs, graph, outcome).write();
}

function errorReport(error: unknown): string {
  return error instanceof ActionError ? error.report() : errorMessage(error);
}

/** Upserts the definition when one is given, and checks parameters and selected steps before anything starts. */
async function preparePipeline(inputs: Inputs, pipelines: SageMakerPipelines): Promise<{ graph: PipelineGraph | undefined; pipelineChange?: 'created' | 'updated' }> {
  const existing = await pipelines.find(inputs.pipeline);
  let graph: PipelineGraph | undefined;
  if (inputs.definition) {
    graph = inputs.definition.graph;
  } else if (!existing) {
    throw new ActionError(`Pipeline '${inputs.pipeline}' does not exist in region ${inputs.session.region}.`, {
      hint: "Check pipeline-name and aws-region, or give pipeline-definition (and pipeline-role-arn) so the action creates it.",
    });
  } else {
    try {
      graph = parseDefinition(existing.definition, { pipeline: existing.name });
    } catch (error) {
      core.warning(`Could not read the definition of ${existing.name} (${errorMessage(error)}); parameters are not checked before starting.`);
    }
  }
  if (graph) {
    checkParameters('parameters', inputs.parameters, graph, inputs.definition ? `the definition in ${inputs.definition.file}` : `pipeline ${inputs.pipelineName}`);
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
  if (status !== 'Succeeded' && status !== 'Failed') throw new InputError('source-execution-arn', `names an execution that is ${status ?? 'in an unknown state'}`, expected);
}

function fill(outcome: Outcome, snapshot: Snapshot): void {
  const { execution, steps } = snapshot;
  outcome.status = execution.PipelineExecutionStatus ?? outcome.status;
  outcome.steps = steps;
  if (execution.CreationTime) outcome.startedAt = execution.CreationTime;
  if (execution.LastModifiedTime && outcome.status !== 'Executing') outcome.endedAt = execution.LastModifiedTime;
  const registered = registeredModelPackage(steps);
  if (registered.arn) outcome.modelPackageArn = registered.arn;
  if (registered.others.length) core.warning(`Several RegisterModel steps succeeded; model-package-arn is the last one. Others: ${registered.others.join(', ')}`);
  const failedSteps = steps.filter((s) => s.status === 'Failed');
  if (failedSteps.length) {
    outcome.failureReason = failedSteps.map((s) => `Step '${s.name}' (${s.type}) failed: ${s.failureReason ?? s.details.errorMessage ?? 'no reason given'}`).join('; ');
  } else if (execution.FailureReason) {
    outcome.failureReason = execution.FailureReason;
  }
}

function executionFailed(outcome: Outcome): ActionError {
  const reason = outcome.failureReason ? `: ${outcome.failureReason}` : '';
  return new ActionError(`Pipeline execution ${outcome.executionArn} ${outcome.status}${reason}`, { hint: `Details: ${outcome.consoleUrl}` });
}

/** The job was cancelled while waiting: stop the execution (once; the post step checks the saved state). */
async function cancelled(inputs: Inputs, pipelines: SageMakerPipelines, watch: ExecutionWatch, outcome: Outcome, cancellation: Cancellation): Promise<ActionError> {
  const by = cancellation.reason() ?? 'the runner';
  outcome.ending = 'cancelled';
  if (!inputs.stopOnCancel) {
    outcome.note = `The run was cancelled (${by}); the execution keeps running (stop-on-cancel: false).`;
    return new CancelledError(`waiting for ${outcome.executionArn}; it keeps running (stop-on-cancel: false)`);
  }
  try {
    // The runner kills the process about 10 s after the first signal: keep the stop inside that window.
    await pipelines.stop(outcome.executionArn, stopToken(outcome.executionArn));
    core.saveState(STATE.stopRequested, 'true');
    core.info(`Stop requested for ${outcome.executionArn}.`);
    try {
      fill(outcome, await watch.snapshot(AbortSignal.timeout(3_000)));
    } catch {
      outcome.status = 'Stopping';
    }
    outcome.note = `The run was cancelled (${by}); the execution was stopped (status ${outcome.status}).`;
    return new CancelledError(`waiting for ${outcome.executionArn}; stop requested, status ${outcome.status}`);
  } catch (error) {
    outcome.ending = 'stop-failed';
    // Main still finishes (so `finished` is saved), but owes the stop: the post step sees this and tries again.
    core.saveState(STATE.stopOwed, 'true');
    outcome.note = `The run was cancelled (${by}), and stopping the execution failed: ${errorMessage(error)}. The post step tries again; its summary says how that went.`;
    return new ActionError(`Cancelled, but stopping ${outcome.executionArn} failed: ${errorMessage(error)}`, {
      hint: 'The post step tries again; otherwise stop it in the SageMaker console.',
    });
  }
}
