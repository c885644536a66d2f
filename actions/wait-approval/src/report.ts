import * as core from '@mlops-actions/shared/core';
import { approvalStatus, modelPackageLabel, sagemakerConsole, type ModelPackage } from '@mlops-actions/shared/aws/sagemaker';
import { JobSummary, code, htmlText, link, truncate } from '@mlops-actions/shared/report';
import { approvalsOf, decidedBy, rejectionsOf, statusOf, type Approval } from './audit.js';
import type { Inputs } from './context.js';
import type { Lineage } from './lineage.js';
import type { MetricsReport } from './metrics.js';

/** What the step came to: the material for outputs and the summary. */
export interface Outcome {
  /** The package as last read (absent when it was never read). */
  pkg?: ModelPackage;
  /** A sentence for the summary: what was done, or why the step stopped. */
  note?: string;
  ending?: 'timed-out' | 'cancelled' | 'read-failed' | 'refused' | 'rejected';
  /** Who decided in this step, and how they qualified. */
  decision?: { actor: string; via: string };
  lineage?: Lineage;
  metrics?: MetricsReport;
}

const firstContainer = (pkg: ModelPackage | undefined) => pkg?.InferenceSpecification?.Containers?.[0];

export function approvalsJson(approvals: Approval[]): string {
  return JSON.stringify(approvals.map((a) => ({ login: a.login, at: a.at, run: a.run })));
}

export function setOutputs(outcome: Outcome): void {
  const { pkg } = outcome;
  const container = firstContainer(pkg);
  core.setOutput('approval-status', pkg ? statusOf(pkg) : '');
  core.setOutput('model-package-arn', pkg?.ModelPackageArn ?? '');
  core.setOutput('model-package-group', pkg?.ModelPackageGroupName ?? '');
  core.setOutput('model-package-version', pkg?.ModelPackageVersion !== undefined ? String(pkg.ModelPackageVersion) : '');
  core.setOutput('image', container?.Image ?? '');
  core.setOutput('model-data-url', container?.ModelDataUrl ?? '');
  core.setOutput('approval-description', pkg?.ApprovalDescription ?? '');
  const by = pkg ? decidedBy(pkg) : undefined;
  core.setOutput('decided-by', by?.github ?? by?.iamArn ?? by?.userProfile ?? '');
  core.setOutput('approvals', approvalsJson(approvalsOf(pkg?.CustomerMetadataProperties)));
  core.setOutput('metrics', JSON.stringify(outcome.metrics?.json ?? {}));
}

function headline(inputs: Inputs, outcome: Outcome): string {
  const status = outcome.pkg ? statusOf(outcome.pkg) : 'not read';
  switch (outcome.ending) {
    case 'timed-out':
      return `timed out waiting for a decision, still ${status}`;
    case 'cancelled':
      return `cancelled while waiting, ${status}`;
    case 'read-failed':
      return `the package could not be read${outcome.pkg ? `, last seen ${status}` : ''}`;
    case 'refused':
      return `${inputs.mode} refused, ${status}`;
    default:
      return status;
  }
}

function icon(outcome: Outcome): string {
  if (outcome.ending === 'refused' || outcome.ending === 'read-failed' || outcome.ending === 'timed-out' || outcome.ending === 'cancelled') return '⚠️';
  return approvalStatus(outcome.pkg?.ModelApprovalStatus ?? 'PendingManualApproval').icon;
}

const time = (d: Date | undefined): string | undefined => (d ? htmlText(d.toISOString().replace(/\.\d+Z$/, 'Z')) : undefined);

/** A login as a link to its GitHub profile. */
function person(login: string, serverUrl: string): string {
  return /^[A-Za-z0-9-]+(\[bot\])?$/.test(login) ? link(`@${login}`, `${serverUrl}/${login.replace(/\[bot\]$/, '')}`) : htmlText(login);
}

function decider(by: ReturnType<typeof decidedBy>, serverUrl: string): string | undefined {
  if (by?.github) return person(by.github, serverUrl);
  if (by?.iamArn) return code(by.iamArn);
  return by?.userProfile ? htmlText(`SageMaker user profile ${by.userProfile}`) : undefined;
}

function approvalList(approvals: Approval[], serverUrl: string): string | undefined {
  if (approvals.length === 0) return undefined;
  return approvals.map((a) => `${person(a.login, serverUrl)} ${htmlText(a.at)}${/^https?:\/\//.test(a.run) ? ` · ${link('run', a.run)}` : ''}`).join('<br/>');
}

function lineageCell(lineage: Lineage | undefined, region: string, serverUrl: string): string | undefined {
  if (!lineage) return undefined;
  const execution = lineage.executionArn
    ? link(truncate(lineage.executionArn.split('/').slice(-3).join('/'), 80), sagemakerConsole.execution(region, lineage.executionArn))
    : '';
  if (lineage.known) {
    const run = /^https?:\/\//.test(lineage.provenance.runUrl) ? link('GitHub run', lineage.provenance.runUrl) : htmlText(lineage.provenance.runUrl);
    return `${execution}<br/>${run} triggered by ${person(lineage.provenance.triggeringActor, serverUrl)}`;
  }
  return `${execution ? `${execution}<br/>` : ''}<i>${htmlText(`Not known: ${lineage.why}.`)}</i>`;
}

export function buildSummary(inputs: Inputs, outcome: Outcome): JobSummary {
  const { pkg } = outcome;
  const region = inputs.session.region;
  const serverUrl = inputs.run.serverUrl;
  const label = pkg?.ModelPackageArn ? modelPackageLabel(pkg.ModelPackageArn) : describeSelection(inputs);
  const summary = new JobSummary().heading(`${icon(outcome)} Model package ${label}: ${headline(inputs, outcome)}`);
  if (outcome.note) summary.html(htmlText(outcome.note));
  if (!pkg) return summary;
  const container = firstContainer(pkg);
  const status = statusOf(pkg);
  summary.facts([
    [
      'Package',
      pkg.ModelPackageArn ? `${link(label, sagemakerConsole.modelPackage(region, pkg.ModelPackageArn))}<br/>${code(pkg.ModelPackageArn)}` : undefined,
    ],
    ['Status', `${approvalStatus(status).icon} ${htmlText(status)}`],
    ['Created', time(pkg.CreationTime)],
    ['Lineage', lineageCell(outcome.lineage, region, serverUrl)],
    ['Image', container?.Image ? code(container.Image) : undefined],
    ['Model data', container?.ModelDataUrl ? code(container.ModelDataUrl) : undefined],
    ['Decision', pkg.ApprovalDescription ? htmlText(pkg.ApprovalDescription) : undefined],
    ['Decided by', decider(decidedBy(pkg), serverUrl)],
    ['Approvals', approvalList(approvalsOf(pkg.CustomerMetadataProperties), serverUrl)],
    ['Rejections', approvalList(rejectionsOf(pkg.CustomerMetadataProperties), serverUrl)],
    ['This step', outcome.decision ? `${person(outcome.decision.actor, serverUrl)} (${htmlText(outcome.decision.via)})` : undefined],
  ]);
  outcome.metrics?.addTo(summary);
  return summary;
}

export function describeSelection(inputs: Inputs): string {
  const s = inputs.selection;
  if (s.kind === 'arn') return s.arn;
  return s.kind === 'latest' ? `${s.group} (latest${s.status ? ` ${s.status}` : ''})` : `${s.group} v${s.version}`;
}
