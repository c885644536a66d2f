import * as core from '@actions/core';
import { AwsSession, FINAL_STATUSES, SageMakerPipelines, readSessionInputs } from '@mlops-actions/shared/aws';
import { errorMessage } from '@mlops-actions/shared/runtime';
import { stopToken } from './context.js';
import { STATE } from './state.js';

/**
 * Safety net for cancellation: if the main step was killed while it waited (the runner gives a cancelled step
 * about 10 s before SIGKILL), stop the execution it left running. Does nothing when main finished, or already
 * asked for the stop (so the execution is stopped once), or was told not to stop (wait: false, stop-on-cancel: false).
 */
export async function post(): Promise<void> {
  const executionArn = core.getState(STATE.executionArn);
  if (!executionArn || core.getState(STATE.stopOnCancel) !== 'true') return;
  if (core.getState(STATE.finished) === 'true' || core.getState(STATE.stopRequested) === 'true') return;
  const session = await AwsSession.open(readSessionInputs('start-pipeline'));
  try {
    const pipelines = new SageMakerPipelines(session);
    const status = (await pipelines.describeExecution(executionArn)).PipelineExecutionStatus ?? '';
    if (FINAL_STATUSES.has(status) || status === 'Stopping') {
      core.info(`Execution ${executionArn} is ${status}; nothing to stop.`);
      return;
    }
    await pipelines.stop(executionArn, stopToken(executionArn));
    core.warning(`The main step ended before the execution finished (cancelled); stopped ${executionArn}.`);
  } catch (error) {
    core.warning(`Could not stop ${executionArn} after the step was cancelled: ${errorMessage(error)}`);
  } finally {
    session.close();
  }
}
