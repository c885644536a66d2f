import * as core from '@mlops-actions/shared/core';
import { ActionError, CancelledError, errorMessage, isAbort, onRunnerCancel } from '@mlops-actions/shared/runtime';
import { connect, type Connection } from './connect.js';
import { readInputs } from './context.js';
import { cancelled, deploy, newOutcome, type Outcome } from './deploy.js';
import { GitHubDeployment } from './github-deployment.js';
import { buildSummary, setOutputs } from './report.js';
import { STATE } from './state.js';

/**
 * The step, as a workflow reads it: check the inputs, connect to the cluster, change the Deployment(s), follow the
 * rollout with kubectl's rule while pod evidence may call it doomed early, check health, and roll back on failure.
 */
export async function main(): Promise<void> {
  const inputs = readInputs();
  const cancellation = onRunnerCancel();
  const outcome = newOutcome(inputs);
  let connection: Connection | undefined;
  let failure: unknown;
  let github: GitHubDeployment | undefined;
  try {
    connection = await connect(inputs.access, cancellation.signal);
    outcome.cluster = connection.label;
    await deploy(inputs, connection.kube, outcome, cancellation.signal, {
      changing: async (description) => {
        github = await GitHubDeployment.start(inputs, description);
      },
    });
  } catch (error) {
    failure = error;
    if (cancellation.signal.aborted && (isAbort(error) || error instanceof CancelledError)) {
      failure = connection
        ? await cancelled(inputs, connection.kube, outcome, cancellation.reason() ?? 'the runner')
        : new CancelledError('connecting to the cluster; nothing was changed');
    } else if (!outcome.result) {
      outcome.result = 'failed';
    }
  } finally {
    setOutputs(outcome);
    if (github) {
      const [state, description] = githubResult(outcome);
      await github.finish(state, description);
      outcome.github = { id: github.id, environment: inputs.environment ?? '', state };
    }
    try {
      await buildSummary(inputs, outcome).write();
    } catch (error) {
      core.warning(`Could not write the job summary: ${errorMessage(error)}`);
    }
    core.saveState(STATE.finished, 'true');
    connection?.close();
    cancellation.dispose();
  }
  if (failure !== undefined) throw failure instanceof Error ? failure : new ActionError(String(failure));
}

/** The GitHub Deployment's final state and description. */
function githubResult(outcome: Outcome): ['success' | 'failure' | 'error', string] {
  const reason = outcome.failure?.reason ?? 'failed';
  switch (outcome.result) {
    case 'success':
      return ['success', 'Rolled out'];
    case 'cancelled':
      return ['error', 'Cancelled mid-rollout'];
    case 'rolled-back':
      return ['failure', `Rollout failed (${reason}), rolled back`];
    default:
      return ['failure', `Rollout failed (${reason})`];
  }
}
