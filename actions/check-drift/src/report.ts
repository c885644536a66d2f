import { runUrl } from '@mlops-actions/shared/github';
import { JobSummary, code, htmlText, link, markdownText, mermaidLabel, truncate } from '@mlops-actions/shared/report';
import type { ConstraintViolation } from '@mlops-actions/shared/aws/sagemaker';
import type { IssueOutcome } from '@mlops-actions/shared/github';
import type { Inputs } from './context.js';
import type { ReadStats } from './read.js';

/** One column's verdict: the engine's ColumnDrift, or a Model Monitor drift violation in the same shape. */
export interface ColumnResult {
  name: string;
  type: string;
  method: string;
  kind: 'p-value' | 'distance';
  statistic: number;
  pValue?: number;
  distance?: number;
  threshold: number;
  drifted: boolean;
  basis?: string;
  /** From sketches: bound on |statistic - exact|, intervals holding the exact values, and whether the verdict could differ. */
  errorBound?: number;
  statisticRange?: [number, number];
  pValueRange?: [number, number];
  uncertain?: boolean;
  detail?: string;
  nReference?: number;
  nCurrent?: number;
}

export interface Chart {
  column: string;
  labels: string[];
  reference: number[];
  current: number[];
}

export interface Outcome {
  mode: 'data' | 'model-monitor';
  model: string;
  detected: boolean;
  /** Unknown in Model Monitor mode without statistics.json. */
  share?: number;
  driftShare: number;
  compared: number;
  drifted: string[];
  columns: ColumnResult[];
  missingInCurrent: string[];
  missingInReference: string[];
  baseline?: ReadStats & { source: string; profile: boolean; profileKind?: string };
  current?: ReadStats & { source: string };
  monitor?: {
    schedule: string;
    status: string;
    scheduledTime: string;
    processingJobArn: string;
    violationsUri: string;
    otherViolations: ConstraintViolation[];
  };
  charts: Chart[];
  metrics?: { namespace: string; requests: number };
  issue?: IssueOutcome;
  retrain?: Retraining;
}

/** The retrain trigger of a run with drift: `unknown` when the dispatch was sent but GitHub's answer was lost. */
export interface Retraining {
  dispatched: 'true' | 'false' | 'unknown';
  /** What was (or was not) dispatched, and why, for the summary and the report. */
  detail: string;
}

const fmt = (n: number | undefined): string =>
  n === undefined || !Number.isFinite(n) ? '–' : Math.abs(n) >= 1e-3 || n === 0 ? n.toFixed(4) : n.toExponential(2);
const percent = (n: number | undefined): string => (n === undefined ? 'unknown' : `${(n * 100).toFixed(1)}%`);

/** The table of every column (drifted first), all values escaped. */
function columnTable(outcome: Outcome, only?: 'drifted'): { header: string[]; rows: string[][] } {
  const columns = [...outcome.columns].filter((c) => !only || c.drifted).sort((a, b) => Number(b.drifted) - Number(a.drifted));
  return {
    header: ['Column', 'Type', 'Method', 'Statistic', 'p-value / distance', 'Threshold', 'Drift'],
    rows: columns.map((c) => [
      code(truncate(c.name, 80)),
      htmlText(c.type),
      htmlText(c.method + (c.basis === 'sketch' ? ` (sketch ±${fmt(c.errorBound)})` : '')),
      htmlText(fmt(c.statistic)),
      htmlText(
        c.kind === 'p-value'
          ? `p = ${fmt(c.pValue)}${c.pValueRange ? ` (${fmt(c.pValueRange[0])}–${fmt(c.pValueRange[1])})` : ''}`
          : fmt(c.distance ?? c.statistic),
      ),
      htmlText(`${c.kind === 'p-value' ? 'p < ' : '≥ '}${fmt(c.threshold)}`),
      // a sketch's interval straddling the threshold: reported stable (conservative), but it could be either
      c.drifted ? '🔴 drifted' : c.uncertain ? '🟡 stable within the sketch error' : '🟢 stable',
    ]),
  };
}

/** A mermaid xychart: reference proportions as bars, current as a line, per bin or category. */
export function xychart(chart: Chart): string {
  const labels = chart.labels.map((l) => `"${mermaidLabel(truncate(l, 18))}"`).join(', ');
  const top = Math.max(0.01, ...chart.reference, ...chart.current);
  const values = (xs: number[]): string => xs.map((x) => (Number.isFinite(x) ? Number(x.toFixed(4)) : 0)).join(', ');
  return [
    'xychart-beta',
    `  title "${mermaidLabel(truncate(chart.column, 60))}"`,
    `  x-axis [${labels}]`,
    `  y-axis "share of rows" 0 --> ${Number((top * 1.1).toFixed(3))}`,
    `  bar [${values(chart.reference)}]`,
    `  line [${values(chart.current)}]`,
  ].join('\n');
}

function sourceFacts(outcome: Outcome): Array<[string, string | undefined]> {
  const read = (s: (ReadStats & { source: string; profile?: boolean; profileKind?: string }) | undefined): string | undefined => {
    if (!s) return undefined;
    if (s.profile) return `${code(s.source)} (${htmlText(s.profileKind ?? 'saved profile')})`;
    const bad = s.badRows ? `, <b>${s.badRows} malformed rows skipped</b>` : '';
    const outside = s.outsideWindow ? `, ${s.outsideWindow} events before the window left out` : '';
    const hours = s.hours !== undefined ? `, ${s.hours} hour folders` : '';
    return `${code(s.source)}<br/>${s.rows.toLocaleString('en-US')} rows from ${s.files} file(s)${hours}${bad}${outside}`;
  };
  return [
    ['Baseline', read(outcome.baseline)],
    ['Current', read(outcome.current)],
  ];
}

export function buildSummary(inputs: Inputs, outcome: Outcome): JobSummary {
  const icon = outcome.detected ? '🔴' : outcome.drifted.length ? '🟡' : '🟢';
  const verdict = outcome.detected ? 'dataset drift' : outcome.drifted.length ? 'some columns drifted, below the dataset share' : 'no drift';
  const summary = new JobSummary().heading(`${icon} Drift check ${inputs.modelName}: ${verdict}`);
  const facts: Array<[string, string | undefined]> = [
    ['Drifted columns', `${outcome.drifted.length} of ${outcome.compared} (${percent(outcome.share)}; dataset drift at ≥ ${percent(outcome.driftShare)})`],
    ...sourceFacts(outcome),
  ];
  if (outcome.monitor) {
    const m = outcome.monitor;
    facts.push([
      'Model Monitor',
      `schedule ${code(m.schedule)}, execution of ${htmlText(m.scheduledTime)}: ${htmlText(m.status)}<br/>${code(m.violationsUri)}`,
    ]);
  }
  if (outcome.missingInCurrent.length) facts.push(['Missing in current', outcome.missingInCurrent.map((c) => code(c)).join(', ')]);
  if (outcome.missingInReference.length) facts.push(['New in current', outcome.missingInReference.map((c) => code(c)).join(', ')]);
  if (outcome.issue?.issue) facts.push(['Issue', `${link(`#${outcome.issue.issue.number}`, outcome.issue.issue.url)} (${htmlText(outcome.issue.action)})`]);
  if (outcome.metrics) facts.push(['CloudWatch', `namespace ${code(outcome.metrics.namespace)}`]);
  if (outcome.retrain) facts.push(['Retraining', `${outcome.retrain.dispatched === 'unknown' ? '⚠️ ' : ''}${htmlText(outcome.retrain.detail)}`]);
  summary.facts(facts);
  const table = columnTable(outcome);
  if (table.rows.length) summary.heading('Columns', 3).table(table.header, table.rows);
  const other = outcome.monitor?.otherViolations ?? [];
  if (other.length) {
    summary.heading('Other Model Monitor violations', 3).table(
      ['Column', 'Check', 'Description'],
      other.map((v) => [code(v.featureName), htmlText(v.checkType), htmlText(truncate(v.description, 300))]),
    );
  }
  const samples = [...(outcome.baseline?.badSamples ?? []), ...(outcome.current?.badSamples ?? [])];
  if (samples.length) {
    summary.heading('Malformed rows (examples)', 3).table(
      ['File', 'Line', 'Why'],
      samples.map((s) => [code(truncate(s.file, 120)), s.line === undefined ? '' : htmlText(String(s.line)), htmlText(truncate(s.reason, 200))]),
    );
  }
  if (outcome.charts.length) {
    summary.heading('Distributions of the most drifted columns', 3);
    summary.paragraph('<sub>Bars: reference (baseline); line: current. Share of rows per bin or category.</sub>');
    for (const chart of outcome.charts) summary.mermaid(xychart(chart));
  }
  summary.html(`Run: ${link(`${inputs.run.workflow || 'workflow'} #${inputs.run.runId}`, runUrl(inputs.run))}`);
  return summary;
}

/** The issue: title and body (the body is kept up to date with the latest run that found drift). */
export function issueReport(inputs: Inputs, outcome: Outcome): { title: string; body: string } {
  const table = columnTable(outcome, 'drifted');
  const rows = table.rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  const body = [
    `## Data drift: ${markdownText(inputs.modelName)}`,
    '',
    `<p>Latest check: ${link(`run ${inputs.run.runId}`, runUrl(inputs.run))} found ${outcome.drifted.length} of ${outcome.compared} columns drifted (${htmlText(percent(outcome.share))}; dataset drift at ≥ ${htmlText(percent(outcome.driftShare))}).</p>`,
    '',
    `<table><tr>${table.header.map((h) => `<th>${htmlText(h)}</th>`).join('')}</tr>${rows}</table>`,
    '',
    '<sub>Opened and kept up to date by check-drift: later runs comment here (at most once per cooldown) instead of opening another issue.</sub>',
  ].join('\n');
  return { title: `Data drift: ${truncate(inputs.modelName, 200)}`, body };
}

export function issueComment(inputs: Inputs, outcome: Outcome): string {
  return `Drift still present in ${link(`run ${inputs.run.runId}`, runUrl(inputs.run))}: ${outcome.drifted.length} of ${outcome.compared} columns (${htmlText(percent(outcome.share))}): ${outcome.drifted.map((c) => code(c)).join(', ')}.`;
}

export function resolvedComment(inputs: Inputs, outcome: Outcome): string {
  return `No dataset drift in ${link(`run ${inputs.run.runId}`, runUrl(inputs.run))} (${outcome.drifted.length} of ${outcome.compared} columns drifted, ${htmlText(percent(outcome.share))}): closing.`;
}
