import * as core from '@mlops-actions/shared/core';
import { AwsSession, classifyAwsFailure, readSessionInputs } from '@mlops-actions/shared/aws';
import { FINAL_STATUSES, SageMakerPipelines } from '@mlops-actions/shared/aws/sagemaker';
import { JobSummary, code, htmlText } from '@mlops-actions/shared/report';
import { ActionError, errorMessage, onRunnerCancel, waitFor } from '@mlops-actions/shared/runtime';
import { stopToken } from './context.js';
import { STATE } from './state.js';

/**
 * Safety net for cancellation. Stops the execution main left running when main was killed while it waited (the
 * runner gives a cancelled step about 10 s before SIGKILL), or when main's own stop failed. Does nothing when
 * main finished without owing a stop, or already had its stop accepted (so the execution is stopped once), or
 * was told not to stop (wait: false, stop-on-cancel: false).
 */
export async function post(): Promise<void> {
  const executionArn = core.getState(STATE.executionArn);
  if (!executionArn || core.getState(STATE.stopOnCancel) !== 'true' || core.getState(STATE.stopRequested) === 'true') return;
  const owed = core.getState(STATE.stopOwed) === 'true';
  if (core.getState(STATE.finished) === 'true' && !owed) return;
  const why = owed ? 'the main step could not stop it after the run was cancelled' : 'the main step ended before the execution finished (cancelled)';
  // Opened inside the try: a credentials or OIDC failure here still ends with a summary that says what to do.
  let session: AwsSession | undefined;
  try {
    session = await AwsSession.open(readSessionInputs('start-pipeline'));
    const pipelines = new SageMakerPipelines(session);
    const status = (await pipelines.describeExecution(executionArn)).PipelineExecutionStatus ?? '';
    if (FINAL_STATUSES.has(status) || status === 'Stopping') {
      core.info(`Execution ${executionArn} is ${status}; nothing to stop.`);
      await summarize(executionArn, status, `${why}; the post step found it ${status}, nothing left to stop.`);
      return;
    }
    await stopOnce(pipelines, executionArn, why);
  } catch (error) {
    core.warning(`Could not stop ${executionArn} after the step was cancelled: ${errorReport(error)}`);
    await summarize(
      executionArn,
      'not stopped',
      `${why}, and the post step could not stop it either (${errorMessage(error)}). Stop it in the SageMaker console.`,
    );
  } finally {
    session?.close();
  }
}

/** Stops the execution; when the stop's answer is lost after it took effect, the status read back says so. */
async function stopOnce(pipelines: SageMakerPipelines, executionArn: string, why: string): Promise<void> {
  try {
    await pipelines.stop(executionArn, stopToken(executionArn));
  } catch (error) {
    const now = await pipelines.describeExecution(executionArn, AbortSignal.timeout(5_000)).then(
      (e) => e.PipelineExecutionStatus ?? '',
      () => '',
    );
    if (now !== 'Stopping' && now !== 'Stopped') throw error;
  }
  const after = await statusAfterStop(pipelines, executionArn);
  core.warning(`The main step ended before the execution finished (cancelled); stopped ${executionArn} (status ${after}).`);
  await summarize(executionArn, after, `${why}; the post step stopped it.`);
}

function errorReport(error: unknown): string {
  return error instanceof ActionError ? error.report() : errorMessage(error);
}

/**
 * Where the stop leads: SageMaker moves a stopped execution from Stopping to Stopped once its running jobs have
 * stopped. Followed with the shared waiter for about 15 s at most, so the summary can say Stopped; 'Stopping'
 * when it takes longer or cannot be read (the stop was accepted either way).
 */
async function statusAfterStop(pipelines: SageMakerPipelines, executionArn: string): Promise<string> {
  const cancellation = onRunnerCancel();
  try {
    const { value } = await waitFor({
      what: `${executionArn} to stop`,
      poll: async (signal) => (await pipelines.describeExecution(executionArn, signal)).PipelineExecutionStatus ?? 'Stopping',
      done: (status) => FINAL_STATUSES.has(status),
      progress: (status) => `Execution ${executionArn} is ${status}.`,
      timeoutMs: 15_000,
      minDelayMs: 500,
      maxDelayMs: 8_000,
      lastPollGraceMs: 1_000,
      signal: cancellation.signal,
      classify: classifyAwsFailure,
    });
    return value;
  } catch {
    return 'Stopping';
  } finally {
    cancellation.dispose();
  }
}

/** The post step's own part of the job summary: where the execution ended up. */
async function summarize(executionArn: string, status: string, what: string): Promise<void> {
  await new JobSummary()
    .heading(`Cancelled run: execution ${status}`, 3)
    .html(`${code(executionArn)}: ${htmlText(what)}`)
    .write();
}
