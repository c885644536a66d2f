import { createHash } from 'node:crypto';
import * as core from '@mlops-actions/shared/core';
import { AwsSession, classifyAwsFailure } from '@mlops-actions/shared/aws';
import { S3Reader, parseS3Url } from '@mlops-actions/shared/aws/s3';
import { MAX_CLIENT_TOKEN, ModelRegistry, SageMakerPipelines, modelPackageLabel, type ModelPackage } from '@mlops-actions/shared/aws/sagemaker';
import { runUrl } from '@mlops-actions/shared/github';
import { ActionError, CancelledError, TimeoutError, formatDuration, onRunnerCancel, waitFor, type Cancellation } from '@mlops-actions/shared/runtime';
import { approvalsOf, plan, statusOf, type Decision } from './audit.js';
import { authorize } from './authorize.js';
import { readInputs, type Inputs } from './context.js';
import { readLineage } from './lineage.js';
import { readMetrics } from './metrics.js';
import { buildSummary, setOutputs, type Outcome } from './report.js';
import { selectPackage } from './select.js';

/** wait-approval: select the package -> (approve | reject: authorize, record) | (wait: until decided) -> outputs and summary. */
export async function main(): Promise<void> {
  const inputs = readInputs();
  const cancellation = onRunnerCancel();
  const outcome: Outcome = {};
  try {
    const session = await AwsSession.open(inputs.session);
    try {
      await run(inputs, session, outcome, cancellation);
    } finally {
      session.close();
    }
  } finally {
    cancellation.dispose();
  }
}

async function run(inputs: Inputs, session: AwsSession, outcome: Outcome, cancellation: Cancellation): Promise<void> {
  const registry = new ModelRegistry(session);
  try {
    outcome.pkg = await selectPackage(registry, inputs.selection, inputs.session.region);
    core.info(`Model package ${outcome.pkg.ModelPackageArn}: ${statusOf(outcome.pkg)}`);
    outcome.lineage = await readLineage(outcome.pkg, new SageMakerPipelines(session));
    if (!outcome.lineage.known) core.info(`Lineage: not known (${outcome.lineage.why}).`);
    if (inputs.mode === 'wait') await waitForDecision(inputs, registry, outcome, cancellation);
    else await decide(inputs, registry, outcome);
  } catch (error) {
    if (error instanceof CancelledError) outcome.ending ??= 'cancelled';
    else if (!(error instanceof TimeoutError) && !outcome.ending) outcome.ending = outcome.pkg ? 'read-failed' : undefined;
    throw error;
  } finally {
    if (outcome.pkg) outcome.metrics = await readMetrics(outcome.pkg, s3TextReader(session));
    setOutputs(outcome);
    await buildSummary(inputs, outcome).write();
  }
}

/** Metric reports are small JSON files; a larger one is named, not read. */
const MAX_METRICS_REPORT_BYTES = 1024 * 1024;

function s3TextReader(session: AwsSession): (uri: string) => Promise<string> {
  const reader = new S3Reader(session);
  return async (uri) => {
    const location = parseS3Url(uri);
    if (!location) throw new Error(`${uri} is not an s3:// URL`);
    const text = await reader.readText(location, MAX_METRICS_REPORT_BYTES);
    if (text === undefined) throw new Error('no such object');
    return text;
  };
}

/** The same token for every try of one write (a retry after a lost answer), another for other content. */
function clientToken(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, Math.min(32, MAX_CLIENT_TOKEN));
}

/** Reads, plans, writes, and reads back until the package shows this decision; a concurrent decision is merged in. */
const MAX_ROUNDS = 3;

async function decide(inputs: Inputs, registry: ModelRegistry, outcome: Outcome): Promise<void> {
  const mode = inputs.mode as 'approve' | 'reject';
  const actor = inputs.run.triggeringActor;
  if (!actor) {
    throw new ActionError('Cannot tell who triggered this run: GITHUB_TRIGGERING_ACTOR and GITHUB_ACTOR are empty. Nothing was written.', {
      hint: 'Run the action in a GitHub Actions workflow (the runner sets GITHUB_TRIGGERING_ACTOR).',
    });
  }
  const allowed = await authorize(inputs, actor, mode);
  outcome.decision = { actor, via: allowed.via };
  core.info(`@${actor} may ${mode} (${allowed.via}).`);
  let pkg = outcome.pkg as ModelPackage;
  const label = modelPackageLabel(pkg.ModelPackageArn ?? '');

  if (mode === 'approve' && !inputs.allowSelfApproval) {
    const lineage = outcome.lineage;
    if (lineage?.known && lineage.provenance.triggeringActor.toLowerCase() === actor.toLowerCase()) {
      outcome.ending = 'refused';
      outcome.note = `@${actor} triggered the training run that made ${label} (${lineage.provenance.runUrl}), so may not approve it.`;
      throw new ActionError(`${outcome.note} Nothing was written.`, {
        hint: 'Another approver must approve it; set allow-self-approval: true only where one person may train and release.',
      });
    }
    if (!lineage?.known) core.warning(`Self-approval could not be checked for ${label}: the training run is not known (${lineage?.why ?? 'not read'}).`);
  }

  const decision: Decision = {
    mode,
    actor,
    at: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    runUrl: runUrl(inputs.run),
    comment: inputs.comment,
    minApprovals: inputs.minApprovals,
    allowOverride: inputs.allowOverride,
  };
  for (let round = 1; ; round += 1) {
    const next = plan(pkg, decision);
    if (next.kind === 'refuse') {
      outcome.ending = 'refused';
      outcome.note = next.message;
      throw new ActionError(`${next.message} Nothing was written.`, { hint: next.hint });
    }
    if (next.kind === 'nothing') {
      outcome.note = next.note;
      core.info(next.note);
      return;
    }
    const arn = pkg.ModelPackageArn as string;
    await registry.update({
      arn,
      status: next.status,
      description: next.description,
      metadata: next.metadata,
      clientToken: clientToken([arn, next.status, next.description, next.metadata]),
    });
    pkg = await registry.describe(arn);
    outcome.pkg = pkg;
    // Read back: the status meant, and this person's entry, are there (another approver may have written meanwhile).
    const settled = plan(pkg, decision);
    if (settled.kind !== 'write') {
      outcome.note = next.note;
      core.info(next.note);
      return;
    }
    if (round >= MAX_ROUNDS) {
      throw new ActionError(`The decision on ${label} did not settle after ${MAX_ROUNDS} writes: other writers keep changing the package.`, {
        hint: 'Re-run the step; it reads the package again and records the decision once.',
      });
    }
    core.info(`${label} changed while the decision was written (another approver?); recording it again on top of that.`);
  }
}

function progressLine(pkg: ModelPackage, minApprovals: number): string {
  const status = statusOf(pkg);
  const approvals = approvalsOf(pkg.CustomerMetadataProperties);
  const tally = status === 'PendingManualApproval' && approvals.length > 0 ? ` (${approvals.length} of ${minApprovals} approvals)` : '';
  const description = status !== 'PendingManualApproval' && pkg.ApprovalDescription ? `: ${pkg.ApprovalDescription}` : '';
  return `${modelPackageLabel(pkg.ModelPackageArn ?? '')} is ${status}${tally}${description}`;
}

async function waitForDecision(inputs: Inputs, registry: ModelRegistry, outcome: Outcome, cancellation: Cancellation): Promise<void> {
  const pkg = outcome.pkg as ModelPackage;
  const arn = pkg.ModelPackageArn as string;
  const label = modelPackageLabel(arn);
  const decided = (p: ModelPackage): boolean => statusOf(p) !== 'PendingManualApproval';
  if (!decided(pkg)) {
    core.info(
      `Waiting up to ${formatDuration(inputs.timeoutMs)} for ${label} to be approved or rejected (checking at least every ${formatDuration(inputs.pollIntervalMs)}).`,
    );
    try {
      const result = await waitFor<ModelPackage>({
        what: `a decision on ${label}`,
        poll: async (signal) => {
          const latest = await registry.describe(arn, signal);
          outcome.pkg = latest;
          return latest;
        },
        done: decided,
        progress: (p) => progressLine(p, inputs.minApprovals),
        timeoutMs: inputs.timeoutMs,
        minDelayMs: Math.min(5_000, inputs.pollIntervalMs),
        maxDelayMs: inputs.pollIntervalMs,
        signal: cancellation.signal,
        classify: classifyAwsFailure,
      });
      outcome.pkg = result.value;
    } catch (error) {
      if (error instanceof TimeoutError) {
        outcome.ending = 'timed-out';
        outcome.note = `No decision within ${formatDuration(inputs.timeoutMs)}: ${label} is still ${outcome.pkg ? statusOf(outcome.pkg) : 'unknown'}.`;
        throw new ActionError(
          `Timed out after ${formatDuration(inputs.timeoutMs)} waiting for ${label} to be approved or rejected; it is still ${outcome.pkg ? statusOf(outcome.pkg) : 'unknown'}.`,
          {
            hint: `Approve or reject it in the Model Registry (or with mode: approve/reject), or raise 'timeout'.`,
          },
        );
      }
      throw error;
    }
  }
  const final = outcome.pkg as ModelPackage;
  if (statusOf(final) === 'Rejected') {
    outcome.ending = 'rejected';
    const reason = final.ApprovalDescription ? `: ${final.ApprovalDescription}` : ' (no ApprovalDescription given)';
    outcome.note = `${label} was rejected${reason}`;
    if (inputs.failOnReject)
      throw new ActionError(`Model package ${label} was rejected${reason}`, {
        hint: 'Set fail-on-reject: false to let the job go on and read approval-status instead.',
      });
    core.warning(`Model package ${label} was rejected${reason}`);
    return;
  }
  core.info(`Model package ${label} is Approved${final.ApprovalDescription ? `: ${final.ApprovalDescription}` : ''}.`);
}
