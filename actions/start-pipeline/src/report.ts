import * as core from '@actions/core';
import { executionStatus, modelPackageLabel, sagemakerConsole, stepStatus } from '@mlops-actions/shared/aws';
import { runUrl } from '@mlops-actions/shared/github';
import { JobSummary, code, escapeHtml, flowchart, link, type FlowEdge, type FlowNode } from '@mlops-actions/shared/report';
import { formatDuration } from '@mlops-actions/shared/runtime';
import type { Inputs } from './context.js';
import type { PipelineGraph } from './definition.js';
import type { StepReport } from './steps.js';

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
}

export function setOutputs(outcome: Outcome): void {
  core.setOutput('execution-arn', outcome.executionArn);
  core.setOutput('status', outcome.status);
  core.setOutput('console-url', outcome.consoleUrl);
  core.setOutput('model-package-arn', outcome.modelPackageArn ?? '');
  core.setOutput('failure-reason', outcome.failureReason ?? '');
  core.setOutput('steps', JSON.stringify(outcome.steps));
}

export function buildSummary(inputs: Inputs, graph: PipelineGraph | undefined, outcome: Outcome): JobSummary {
  const region = inputs.session.region;
  // An empty status: wait: false, and the execution could not be read after it started.
  const status = outcome.status || 'started, status unknown';
  const summary = new JobSummary().heading(`${executionStatus(outcome.status).icon} SageMaker pipeline ${escapeHtml(inputs.pipelineName)}: ${escapeHtml(status)}`);
  if (outcome.note) summary.paragraph(`> ${escapeHtml(outcome.note)}`);
  if (outcome.failureReason) summary.paragraph(`**Failure:** ${escapeHtml(outcome.failureReason)}`);
  const duration = outcome.startedAt ? formatDuration((outcome.endedAt ?? new Date()).getTime() - outcome.startedAt.getTime()) : undefined;
  summary.facts([
    ['Execution', `${link(inputs.displayName, outcome.consoleUrl)}<br/>${code(outcome.executionArn)}`],
    ['Status', escapeHtml(status)],
    ['Duration', duration && escapeHtml(duration)],
    ['Model package', outcome.modelPackageArn && `${link(modelPackageLabel(outcome.modelPackageArn), sagemakerConsole.modelPackage(region, outcome.modelPackageArn))}<br/>${code(outcome.modelPackageArn)}`],
    ['Parameters', inputs.parameters.size ? [...inputs.parameters].map(([k, v]) => `${code(k)} = ${code(v)}`).join('<br/>') : undefined],
    ['Selected steps', inputs.selectedSteps.length ? escapeHtml(inputs.selectedSteps.join(', ')) : undefined],
    ['Pipeline', `${link(inputs.pipelineName, sagemakerConsole.pipeline(region, inputs.pipelineName))}${outcome.pipelineChange ? ` (definition ${outcome.pipelineChange} from ${code(inputs.definition?.file ?? '')})` : ''}`],
    ['Started by', `${link(`run ${inputs.run.runId} attempt ${inputs.run.runAttempt}`, runUrl(inputs.run))}`],
  ]);
  if (outcome.steps.length > 0) {
    summary.heading('Steps', 3).table(
      ['Step', 'Type', 'Status', 'Started', 'Duration', 'Details'],
      outcome.steps.map((step) => [
        escapeHtml(step.displayName ?? step.name),
        escapeHtml(step.type),
        `${stepStatus(step.status).icon} ${escapeHtml(step.status)}`,
        step.startTime ? escapeHtml(step.startTime.replace('T', ' ').replace(/\.\d+Z$/, 'Z')) : '',
        step.durationSeconds !== undefined ? escapeHtml(formatDuration(step.durationSeconds * 1000)) : '',
        stepDetails(step),
      ]),
    );
  }
  if (graph) summary.mermaid(stepGraph(graph, outcome));
  return summary;
}

function stepDetails(step: StepReport): string {
  const parts: string[] = [];
  if (step.failureReason) parts.push(`<b>${escapeHtml(step.failureReason)}</b>`);
  if (step.details.conditionOutcome) parts.push(`outcome ${escapeHtml(step.details.conditionOutcome)}`);
  if (step.details.modelPackageArn) parts.push(`registered ${code(step.details.modelPackageArn)}`);
  for (const key of ['trainingJobArn', 'processingJobArn', 'transformJobArn', 'tuningJobArn']) {
    const arn = step.details[key];
    if (arn) parts.push(code(arn.replace(/^arn:[^/]+\//, '')));
  }
  if (step.cacheHit) parts.push('cache hit');
  if (step.attempts && step.attempts > 1) parts.push(`${step.attempts} attempts`);
  return parts.join('<br/>');
}

/** The step graph of the definition, each step coloured by how it went; steps that never ran are dashed. */
function stepGraph(graph: PipelineGraph, outcome: Outcome): string {
  const byName = new Map(outcome.steps.map((s) => [s.name, s]));
  const finished = outcome.status !== 'Executing';
  const nodes: FlowNode[] = graph.steps.map((step) => {
    const report = byName.get(step.name);
    const took = report?.durationSeconds !== undefined ? ` · ${formatDuration(report.durationSeconds * 1000)}` : '';
    return {
      id: step.name,
      label: `${step.displayName ?? step.name}\n${step.type}${took}`,
      status: report ? stepStatus(report.status).node : finished ? 'skipped' : 'pending',
      ...(step.type === 'Condition' ? { shape: 'diamond' as const } : {}),
    };
  });
  const edges: FlowEdge[] = graph.edges.map((e) => ({ from: e.from, to: e.to, ...(e.branch ? { label: e.branch === 'if' ? 'true' : 'false' } : {}) }));
  return flowchart(nodes, edges);
}
