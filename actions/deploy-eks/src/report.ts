import * as core from '@mlops-actions/shared/core';
import { conditionOf, type KubeEvent, type Pod, revisionOf } from '@mlops-actions/shared/k8s';
import { JobSummary, code, escapeHtml, htmlText, link, mermaidLabel, truncate } from '@mlops-actions/shared/report';
import type { Inputs } from './context.js';
import type { Outcome, Target } from './deploy.js';

/** The step's outputs, from what was seen (never guessed). */
export function setOutputs(outcome: Outcome): void {
  const first: Target | undefined = outcome.targets[0];
  const revision = first?.observed ? revisionOf(first.observed.deployment) : first?.revision;
  core.setOutput('revision', revision !== undefined ? String(revision) : '');
  core.setOutput('previous-revision', first ? String(first.previousRevision) : '');
  core.setOutput('previous-image', first?.changes[0]?.from ?? '');
  core.setOutput(
    'rolled-back',
    String(outcome.result === 'rolled-back' || (outcome.result === 'cancelled' && outcome.rollbacks.some((r) => r.ok && r.toRevision !== undefined))),
  );
  core.setOutput('failure-reason', outcome.failure ? `${outcome.failure.reason}: ${outcome.failure.message}` : '');
  core.setOutput('image-digest', first?.changes[0]?.digests?.join(',') ?? '');
  core.setOutput('deployments', JSON.stringify(outcome.targets.map((t) => deploymentRecord(outcome, t))));
}

/** One entry of the `deployments` output: every Deployment the step followed, and every container it changed. */
export interface DeploymentRecord {
  namespace: string;
  name: string;
  /** Its revision when the step ended (after a rollback: the one running now). */
  revision: number | null;
  previousRevision: number;
  rolledBack: boolean;
  containers: Array<{ name: string; image: string; previousImage: string; digest: string | null }>;
}

function deploymentRecord(outcome: Outcome, t: Target): DeploymentRecord {
  const revision = t.observed ? revisionOf(t.observed.deployment) : t.revision;
  return {
    namespace: t.namespace,
    name: t.name,
    revision: revision ?? null,
    previousRevision: t.previousRevision,
    rolledBack: outcome.rollbacks.some((r) => r.target === t.name && r.undone === true),
    containers: t.changes.map((c) => ({ name: c.container, image: c.to, previousImage: c.from, digest: c.digests?.join(',') ?? null })),
  };
}

const ICON: Record<NonNullable<Outcome['result']>, string> = {
  success: '✅',
  unchanged: '✅',
  'rolled-back': '↩️',
  failed: '❌',
  cancelled: '⏹️',
};

function headline(outcome: Outcome, inputs: Inputs): string {
  const names = outcome.targets.map((t) => t.name).join(', ') || inputs.deployment || 'manifests';
  switch (outcome.result) {
    case 'success':
      return `${names}: rolled out`;
    case 'unchanged':
      return `${names}: already up to date`;
    case 'rolled-back':
      return `${names}: rollout failed (${outcome.failure?.reason ?? 'failure'}), rolled back`;
    case 'cancelled':
      return `${names}: cancelled`;
    default:
      return `${names}: ${outcome.failure ? `rollout failed (${outcome.failure.reason})` : 'failed'}`;
  }
}

/** A mermaid gantt of the step's phases (milliseconds since the start, so no time zone is involved). */
export function timeline(outcome: Outcome): string {
  const start = outcome.started;
  const lines = ['gantt', '  dateFormat x', '  axisFormat %M:%S', '  section deploy-eks'];
  for (const [i, p] of outcome.phases.entries()) {
    const tag = p.result === 'failed' ? 'crit, ' : p.result === 'active' ? 'active, ' : p.result === 'cancelled' ? 'crit, ' : 'done, ';
    const from = p.start - start;
    const to = Math.max((p.end ?? Date.now()) - start, from + 1);
    const seconds = ((to - from) / 1000).toFixed(1);
    lines.push(`  ${mermaidLabel(`${p.name} (${seconds} s)`)} :${tag}p${i}, ${from}, ${to}`);
  }
  return lines.join('\n');
}

function podRow(pod: Pod): string[] {
  const statuses = pod.status?.containerStatuses ?? [];
  const ready = `${statuses.filter((s) => s.ready).length}/${statuses.length || (pod.spec?.containers?.length ?? 0)}`;
  const restarts = statuses.reduce((n, s) => n + (s.restartCount ?? 0), 0);
  const scheduled = conditionOf(pod.status?.conditions, 'PodScheduled');
  const reasons = statuses
    .map((s) => {
      const w = s.state?.waiting;
      const t = s.state?.terminated ?? s.lastState?.terminated;
      if (w?.reason) return `${s.name}: ${w.reason}${w.message ? ` — ${w.message}` : ''}`;
      if (t && (t.exitCode ?? 0) !== 0) return `${s.name}: last exit ${t.exitCode}${t.reason ? ` (${t.reason})` : ''}`;
      return '';
    })
    .filter(Boolean);
  if (scheduled?.status === 'False') reasons.unshift(`${scheduled.reason ?? 'not scheduled'}${scheduled.message ? ` — ${scheduled.message}` : ''}`);
  const image = pod.spec?.containers?.map((c) => c.image ?? '').join(', ') ?? '';
  return [
    code(pod.metadata?.name ?? '?'),
    htmlText(truncate(image, 80)),
    htmlText(pod.status?.phase ?? ''),
    htmlText(ready),
    htmlText(String(restarts)),
    htmlText(truncate(reasons.join('; '), 300)),
  ];
}

function eventTime(e: KubeEvent): string {
  const t = e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp;
  if (!t) return '';
  const d = t instanceof Date ? t : new Date(t);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(11, 19);
}

export function buildSummary(inputs: Inputs, outcome: Outcome): JobSummary {
  const summary = new JobSummary().heading(`${ICON[outcome.result ?? 'failed']} deploy-eks: ${headline(outcome, inputs)}`);
  const rows: Array<[string, string | undefined]> = [
    ['Cluster', outcome.cluster ? htmlText(outcome.cluster) : undefined],
    ['Namespace', code(inputs.namespace)],
  ];
  for (const t of outcome.targets) {
    const now = t.observed ? revisionOf(t.observed.deployment) : t.revision;
    const changes = t.changes.map((c) => `${code(c.container)}: ${code(c.from || '(none)')} → ${code(c.to)}`).join('<br/>');
    rows.push([
      `Deployment ${t.name}`,
      `revision ${t.previousRevision}${now !== undefined && now !== t.previousRevision ? ` → ${now}` : ''}${changes ? `<br/>${changes}` : ''}`,
    ]);
  }
  if (outcome.applied.length) rows.push(['Applied (server-side)', outcome.applied.map((a) => code(a)).join(' ')]);
  if (outcome.failure) rows.push(['Why it failed', htmlText(`${outcome.failure.reason}: ${outcome.failure.message}`)]);
  for (const r of outcome.rollbacks) rows.push([`Rollback ${r.target}`, htmlText(r.note)]);
  if (outcome.health) {
    const passed = outcome.health.measurements.filter((m) => m.ok).length;
    rows.push([
      'Health checks',
      htmlText(`${passed} of ${outcome.health.measurements.length} passed${outcome.health.reason ? `: ${outcome.health.reason}` : ''}`),
    ]);
  }
  if (outcome.note) rows.push(['Note', htmlText(outcome.note)]);
  if (inputs.modelPackageArn)
    rows.push(['Model package', code(`${inputs.modelPackageArn}${inputs.modelPackageVersion ? ` (version ${inputs.modelPackageVersion})` : ''}`)]);
  if (outcome.github) rows.push(['GitHub Deployment', htmlText(`${outcome.github.id} in environment ${outcome.github.environment}: ${outcome.github.state}`)]);
  rows.push(['Run', link(inputs.runUrl, inputs.runUrl)]);
  summary.facts(rows);
  if (outcome.phases.length) summary.mermaid(timeline(outcome));

  const pods = outcome.diagnostics?.pods ?? outcome.targets.flatMap((t) => t.observed?.pods ?? []);
  if (pods.length) {
    summary.heading('Pods', 3);
    summary.table(['Pod', 'Image', 'Phase', 'Ready', 'Restarts', 'Reason'], pods.slice(0, 30).map(podRow));
  }
  const events = outcome.diagnostics?.events ?? [];
  if (events.length) {
    summary.heading('Events', 3);
    const sorted = [...events].sort((a, b) => eventTime(a).localeCompare(eventTime(b))).slice(-20);
    summary.table(
      ['Time', 'Type', 'Reason', 'Object', 'Message'],
      sorted.map((e) => [
        htmlText(eventTime(e)),
        htmlText(e.type ?? ''),
        htmlText(e.reason ?? ''),
        code(`${e.involvedObject?.kind ?? ''}/${e.involvedObject?.name ?? ''}`),
        htmlText(truncate(`${e.message ?? ''}${(e.count ?? 1) > 1 ? ` (×${e.count})` : ''}`, 300)),
      ]),
    );
  }
  const logs = outcome.diagnostics?.logs;
  if (logs?.lines.length) {
    summary.heading(`Last log lines of ${logs.container} in ${logs.pod}${logs.previous ? ' (previous run)' : ''}`, 3);
    // One line per log line, none of them empty: a blank line would end the HTML block and let the rest be markdown.
    const lines = logs.lines.map((l) => escapeHtml(truncate(l.replace(/[\r\u2028\u2029]/g, ' '), 400)) || '&#8203;');
    summary.paragraph(`<pre>${lines.join('\n')}</pre>`);
  }
  return summary;
}
