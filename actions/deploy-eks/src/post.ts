import * as core from '@mlops-actions/shared/core';
import { JobSummary, htmlText } from '@mlops-actions/shared/report';
import { errorMessage } from '@mlops-actions/shared/runtime';
import { connect } from './connect.js';
import { readInputs } from './context.js';
import { newOutcome, rollBack, type Target } from './deploy.js';
import { type ChangedDeployment, STATE } from './state.js';

/**
 * Safety net for cancellation: when the runner killed main after it changed Deployments and before it finished
 * (or rolled back), roll them back to the revision they ran before, as main would have (on-cancel: rollback).
 * Does nothing when main finished on its own, already rolled back, or was told to leave the rollout.
 */
export async function post(): Promise<void> {
  const changedText = core.getState(STATE.changed);
  if (!changedText || core.getState(STATE.finished) === 'true' || core.getState(STATE.rolledBack) === 'true') return;
  if (core.getState(STATE.onCancel) !== 'rollback') return;
  const changed = JSON.parse(changedText) as ChangedDeployment[];
  const inputs = readInputs();
  const outcome = newOutcome(inputs);
  outcome.targets = changed.map((c): Target => ({ namespace: c.namespace, name: c.name, previousRevision: c.revision, changes: [] }));
  const connection = await connect(inputs.access, AbortSignal.timeout(20_000)).catch((error: unknown) => {
    core.warning(`The main step was stopped mid-rollout, and the post step could not reach the cluster to roll back: ${errorMessage(error)}`);
    return undefined;
  });
  if (!connection) return;
  try {
    await rollBack(inputs, connection.kube, outcome, AbortSignal.timeout(20_000), { follow: false, toRevision: (t) => t.previousRevision });
    const notes = outcome.rollbacks.map((r) => `${r.target}: ${r.note}`).join('; ');
    core.warning(`The main step was stopped mid-rollout (cancelled); the post step rolled back: ${notes}.`);
    await new JobSummary().heading('Cancelled mid-rollout: rolled back by the post step', 3).html(htmlText(notes)).write();
  } catch (error) {
    core.warning(`The main step was stopped mid-rollout, and the rollback failed: ${errorMessage(error)}. Run kubectl rollout undo.`);
  } finally {
    connection.close();
  }
}
