import * as core from '@mlops-actions/shared/core';
import { parseArn } from '@mlops-actions/shared/aws';
import { executionStatus, modelPackageLabel, sagemakerConsole, stepStatus } from '@mlops-actions/shared/aws/sagemaker';
import { parseProvenance, runUrl, type RunContext } from '@mlops-actions/shared/github';
import { JobSummary, code, flowchart, htmlText, link, longestPath, truncate, type FlowEdge, type FlowNode } from '@mlops-actions/shared/report';
import { formatDuration } from '@mlops-actions/shared/runtime';
import type { PipelineGraph, StepEdge } from './definition.js';
import { stepDuration, type StepReport } from './steps.js';

/** What the run came to: the material for outputs and the summary. */
export interface Outcome {
  executionArn: string;
  status: string;
  consoleUrl: string;
  steps: StepReport[];
  modelPackageArn?: string;
  failureReason?: string;
  startedAt?: Date;
  endedAt?: Date;
  /** A note for the summary, e.g. "timed out", "cancelled, stop requested". */
  note?: string;
  pipelineChange?: 'created' | 'updated';
  /** This step attached to an execution something else started (execution-arn). */
  attached?: boolean;
  /** Why the step stopped watching before the execution finished; absent when it saw the end. */
  ending?: 'timed-out' | 'cancelled' | 'stop-failed' | 'not-waiting' | 'read-failed';
}

/**
 * What the summary says about the execution: from the inputs when this step started it, from SageMaker (its
 * display name, description, parameters, selected steps) when it attached to one.
 */
export interface RunDescription {
  region: string;
  pipelineName: string;
  displayName: string;
  description: string;
  parameters: Map<string, string>;
  selectedSteps: string[];
  /** The pipeline-definition file the pipeline was created or updated from. */
  definitionFile?: string;
  /** This run. */
  run: RunContext;
  /** Set when attached: this step started nothing. */
  attached?: boolean;
}

export function setOutputs(outcome: Outcome): void {
  core.setOutput('execution-arn', outcome.executionArn);
  core.setOutput('status', outcome.status);
  core.setOutput('console-url', outcome.consoleUrl);
  core.setOutput('model-package-arn', outcome.modelPackageArn ?? '');
  core.setOutput('failure-reason', outcome.failureReason ?? '');
  core.setOutput('steps', JSON.stringify(outcome.steps));
}

/** Beyond this many steps along the longest path, a left-to-right graph gets too wide to read: draw it top-down. */
const MAX_STEPS_ACROSS = 6;
/** Labels longer than this are cut (the table below has the whole name). */
const MAX_LABEL = 60;
/** Parameter values longer than this are cut in the summary (outputs and the execution keep them whole). */
const MAX_VALUE = 300;

export function buildSummary(about: RunDescription, graph: PipelineGraph | undefined, outcome: Outcome): JobSummary {
  const summary = new JobSummary().heading(`${headlineIcon(outcome)} SageMaker pipeline ${about.pipelineName}: ${headline(outcome)}`);
  if (outcome.note) summary.html(htmlText(outcome.note));
  if (outcome.failureReason) summary.html(`<b>Failure:</b> ${htmlText(outcome.failureReason)}`);
  summary.facts(runFacts(about, outcome));
  if (outcome.steps.length > 0) {
    summary.heading('Steps', 3).table(
      ['Step', 'Type', 'Status', 'Started', 'Duration', 'Details'],
      outcome.steps.map((step) => stepRow(step, about.region)),
    );
  }
  if (graph) {
    const chart = stepGraph(graph, outcome);
    summary.mermaid(chart.text);
    if (chart.dotted)
      summary.paragraph('<sub>Solid arrows: the order steps run in (dependencies, condition branches). Dotted: data a step takes from an earlier step.</sub>');
  }
  return summary;
}

/** The run table: every value from outside goes through htmlText/code/link. */
function runFacts(about: RunDescription, outcome: Outcome): Array<[string, string | undefined]> {
  const region = about.region;
  const duration = outcome.startedAt ? formatDuration((outcome.endedAt ?? new Date()).getTime() - outcome.startedAt.getTime()) : undefined;
  const parameters = [...about.parameters].map(([k, v]) => `${code(k)} = ${code(truncate(v, MAX_VALUE))}`).join('<br/>');
  const change = outcome.pipelineChange ? ` (definition ${htmlText(outcome.pipelineChange)} from ${code(about.definitionFile ?? '')})` : '';
  const thisRun = link(`run ${about.run.runId} attempt ${about.run.runAttempt}`, runUrl(about.run));
  return [
    ['Execution', `${link(about.displayName, outcome.consoleUrl)}<br/>${code(outcome.executionArn)}`],
    // An empty status: the execution was never read after it started (wait: false, or the first check failed).
    ['Status', htmlText(outcome.status || 'unknown (could not be read)')],
    ['Duration', duration && htmlText(duration)],
    ['Model package', outcome.modelPackageArn && `${packageLink(outcome.modelPackageArn, region)}<br/>${code(outcome.modelPackageArn)}`],
    ['Parameters', parameters || undefined],
    ['Description', about.description ? htmlText(about.description) : undefined],
    ['Selected steps', about.selectedSteps.length ? htmlText(about.selectedSteps.join(', ')) : undefined],
    ['Pipeline', `${link(about.pipelineName, sagemakerConsole.pipeline(region, about.pipelineName))}${change}`],
    ['Started by', about.attached ? startedElsewhere(about.description) : thisRun],
    ['Attached by', about.attached ? thisRun : undefined],
  ];
}

/** Who started an execution this step attached to: the run start-pipeline wrote into its description, if any. */
function startedElsewhere(description: string): string {
  const provenance = parseProvenance(description);
  if (!provenance) return htmlText('unknown (its description names no GitHub run)');
  return `${link(provenance.runUrl, provenance.runUrl)} (${htmlText(provenance.triggeringActor)})`;
}

function stepRow(step: StepReport, region: string): string[] {
  return [
    htmlText(step.displayName ?? step.name),
    htmlText(step.type),
    `${stepStatus(step.status).icon} ${htmlText(step.status)}`,
    step.startTime ? htmlText(step.startTime.replace('T', ' ').replace(/\.\d+Z$/, 'Z')) : '',
    step.durationSeconds !== undefined ? htmlText(stepDuration(step.durationSeconds)) : '',
    stepDetails(step, region),
  ];
}

/** "churn-models v3", linked to its page in the Model Registry. */
function packageLink(arn: string, region: string): string {
  return link(modelPackageLabel(arn), sagemakerConsole.modelPackage(region, arn));
}

/** What the heading says happened: SageMaker's status when the step saw the end, else why it stopped watching. */
export function headline(outcome: Outcome): string {
  const { status } = outcome;
  if (!status) return unreadHeadline(outcome.ending);
  const still = status === 'Executing' ? 'the execution is still running' : `the execution was last seen ${status}`;
  switch (outcome.ending) {
    case 'timed-out':
      return `timed out waiting, ${still}`;
    case 'read-failed':
      return `its status could no longer be read, the execution was last seen ${status}`;
    case 'not-waiting': {
      const done = outcome.attached ? 'attached' : 'started';
      return status === 'Executing'
        ? `${done}, not waiting (wait: false), the execution is running`
        : `${done}, not waiting (wait: false), the execution ${status}`;
    }
    case 'stop-failed':
      return `cancelled, stopping the execution failed, ${still}`;
    case 'cancelled':
      if (status === 'Stopped') return 'cancelled, the execution was stopped';
      if (status === 'Stopping') return 'cancelled, the execution is stopping';
      return status === 'Executing' ? `cancelled, ${still}` : `cancelled, the execution had ${status}`;
    default:
      return status;
  }
}

/** The status was never read: say so, and never guess one (the execution may be running, or long finished). */
function unreadHeadline(ending: Outcome['ending']): string {
  switch (ending) {
    case 'timed-out':
      return 'timed out waiting, the status could not be read';
    case 'cancelled':
      return 'cancelled, the status could not be read';
    case 'stop-failed':
      return 'cancelled, stopping the execution failed, the status could not be read';
    default:
      return 'started, but its status could not be read';
  }
}

function headlineIcon(outcome: Outcome): string {
  if (!outcome.status || outcome.ending === 'stop-failed' || outcome.ending === 'read-failed') return '⚠️';
  if (outcome.ending === 'not-waiting') return '▶️';
  if (outcome.ending === 'cancelled' && outcome.status === 'Executing') return '⚠️';
  return executionStatus(outcome.status).icon;
}

/** The jobs a step runs, by the detail that holds their ARN: the console page and, where SageMaker logs, the log group. */
const JOBS: Array<{ key: string; console: (region: string, name: string) => string; logGroup?: string }> = [
  { key: 'trainingJobArn', console: (r, n) => sagemakerConsole.trainingJob(r, n), logGroup: '/aws/sagemaker/TrainingJobs' },
  { key: 'processingJobArn', console: (r, n) => sagemakerConsole.processingJob(r, n), logGroup: '/aws/sagemaker/ProcessingJobs' },
  { key: 'transformJobArn', console: (r, n) => sagemakerConsole.transformJob(r, n), logGroup: '/aws/sagemaker/TransformJobs' },
  { key: 'tuningJobArn', console: (r, n) => sagemakerConsole.tuningJob(r, n) },
];

/** A job's name from its ARN (arn:aws:sagemaker:REGION:ACCOUNT:training-job/NAME); the text itself if it is no ARN. */
function jobName(arn: string): string {
  const resource = parseArn(arn)?.resource ?? arn;
  return resource.slice(resource.indexOf('/') + 1);
}

function stepDetails(step: StepReport, region: string): string {
  const parts: string[] = [];
  if (step.failureReason) parts.push(`<b>${htmlText(step.failureReason)}</b>`);
  if (step.details.conditionOutcome) parts.push(`outcome ${htmlText(step.details.conditionOutcome)}`);
  const registered = step.details.modelPackageArn;
  if (registered) parts.push(`registered ${packageLink(registered, region)}`);
  for (const job of JOBS) {
    const arn = step.details[job.key];
    if (!arn) continue;
    const name = jobName(arn);
    const logs = job.logGroup ? ` · ${link('logs', sagemakerConsole.logStreams(region, job.logGroup, name))}` : '';
    parts.push(`${link(name, job.console(region, name))}${logs}`);
  }
  if (step.cacheHit) parts.push('cache hit');
  if (step.attempts && step.attempts > 1) parts.push(`${step.attempts} attempts`);
  return parts.join('<br/>');
}

/** The step graph of the definition, each step coloured by how it went; steps that never ran are dashed. */
function stepGraph(graph: PipelineGraph, outcome: Outcome): { text: string; dotted: boolean } {
  const byName = new Map(outcome.steps.map((s) => [s.name, s]));
  const finished = executionStatus(outcome.status).final;
  const nodes: FlowNode[] = graph.steps.map((step) => {
    const report = byName.get(step.name);
    const took = report?.durationSeconds !== undefined ? ` · ${stepDuration(report.durationSeconds)}` : '';
    return {
      id: step.name,
      label: `${truncate(step.displayName ?? step.name, MAX_LABEL)}\n${step.type}${took}`,
      status: report ? stepStatus(report.status).node : finished ? 'skipped' : 'pending',
      ...(step.type === 'Condition' ? { shape: 'diamond' as const } : {}),
    };
  });
  const edges: FlowEdge[] = graph.edges.map((e) => ({
    from: e.from,
    to: e.to,
    ...(e.branch ? { label: e.branch === 'if' ? 'true' : 'false' } : {}),
    ...(impliedByOrder(e, graph.edges) ? { style: 'dotted' as const } : {}),
  }));
  const direction = longestPath(nodes, graph.edges) > MAX_STEPS_ACROSS ? 'TD' : 'LR';
  return { text: flowchart(nodes, edges, direction), dotted: edges.some((e) => e.style === 'dotted') };
}

/**
 * A data dependency whose target the other edges already reach from its source (Train -> RegisterModel past the
 * Condition step): drawn solid, it would read as if the target ran straight after the source, unconditionally.
 */
function impliedByOrder(edge: StepEdge, edges: StepEdge[]): boolean {
  if (edge.kind !== 'data') return false;
  const others = edges.filter((e) => e !== edge);
  const seen = new Set([edge.from]);
  const queue = [edge.from];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const next of others.filter((e) => e.from === id).map((e) => e.to)) {
      if (next === edge.to) return true;
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return false;
}
