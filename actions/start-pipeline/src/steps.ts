import { stepStatus, type ExecutionStep } from '@mlops-actions/shared/aws/sagemaker';
import { logText } from '@mlops-actions/shared/report';
import { formatDuration } from '@mlops-actions/shared/runtime';
import type { PipelineGraph } from './definition.js';

/** One step as the action reports it (the `steps` output and the summary table). */
export interface StepReport {
  name: string;
  displayName?: string;
  type: string;
  status: string;
  startTime?: string;
  endTime?: string;
  durationSeconds?: number;
  attempts?: number;
  cacheHit?: boolean;
  failureReason?: string;
  /** The interesting metadata: job ARNs, condition outcome, the registered model package, a Fail step's message. */
  details: Record<string, string>;
}

export function describeSteps(steps: ExecutionStep[], graph: PipelineGraph | undefined): StepReport[] {
  const typeOf = new Map(graph?.steps.map((s) => [s.name, s.type]) ?? []);
  return [...steps]
    .sort((a, b) => (a.StartTime?.getTime() ?? 0) - (b.StartTime?.getTime() ?? 0))
    .map((step) => {
      const name = step.StepName ?? '?';
      const report: StepReport = {
        name,
        type: typeOf.get(name) ?? typeFromMetadata(step),
        status: step.StepStatus ?? 'Unknown',
        details: details(step),
      };
      if (step.StepDisplayName) report.displayName = step.StepDisplayName;
      if (step.StartTime) report.startTime = step.StartTime.toISOString();
      if (step.EndTime) report.endTime = step.EndTime.toISOString();
      if (step.StartTime && step.EndTime) report.durationSeconds = Math.round((step.EndTime.getTime() - step.StartTime.getTime()) / 1000);
      if (step.AttemptCount !== undefined) report.attempts = step.AttemptCount;
      if (step.CacheHitResult?.SourcePipelineExecutionArn) report.cacheHit = true;
      if (step.FailureReason) report.failureReason = step.FailureReason;
      return report;
    });
}

function typeFromMetadata(step: ExecutionStep): string {
  const metadata = (step.Metadata ?? {}) as Record<string, unknown>;
  const key = Object.keys(metadata).find((k) => metadata[k] !== undefined);
  return key ?? 'Unknown';
}

/** Step metadata worth reporting: [metadata member, its field, our name for it]. */
const DETAILS: Array<[string, string, string]> = [
  ['RegisterModel', 'Arn', 'modelPackageArn'],
  ['TrainingJob', 'Arn', 'trainingJobArn'],
  ['ProcessingJob', 'Arn', 'processingJobArn'],
  ['TransformJob', 'Arn', 'transformJobArn'],
  ['TuningJob', 'Arn', 'tuningJobArn'],
  ['Model', 'Arn', 'modelArn'],
  ['Condition', 'Outcome', 'conditionOutcome'],
  ['Fail', 'ErrorMessage', 'errorMessage'],
  ['Lambda', 'Arn', 'lambdaArn'],
  ['Callback', 'CallbackToken', 'callbackToken'],
  ['QualityCheck', 'ViolationReport', 'violationReport'],
  ['ClarifyCheck', 'ViolationReport', 'violationReport'],
  ['EMR', 'StepId', 'emrStepId'],
];

function details(step: ExecutionStep): Record<string, string> {
  const metadata = (step.Metadata ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const out: Record<string, string> = {};
  for (const [member, field, name] of DETAILS) {
    const value = metadata[member]?.[field];
    if (typeof value === 'string' && value !== '') out[name] = value;
  }
  return out;
}

/** The model package the execution registered: the last RegisterModel step that succeeded. */
export function registeredModelPackage(steps: StepReport[]): { arn?: string; others: string[] } {
  const registered = steps.filter((s) => s.status === 'Succeeded' && s.details.modelPackageArn).map((s) => s.details.modelPackageArn as string);
  const last = registered.at(-1);
  return last ? { arn: last, others: registered.slice(0, -1) } : { others: [] };
}

/**
 * Logs each step's transitions once, as they happen, so the log reads like the pipeline's own timeline
 * rather than one line per poll.
 */
export class StepLog {
  private readonly seen = new Map<string, string>();

  constructor(private readonly write: (line: string) => void) {}

  update(steps: StepReport[]): void {
    for (const step of steps) {
      if (this.seen.get(step.name) === step.status) continue;
      this.seen.set(step.name, step.status);
      this.write(stepLine(step));
    }
  }
}

/** Step durations are whole seconds (rounded): a step shorter than half a second reads "<1s", not "0ms". */
export function stepDuration(seconds: number): string {
  return seconds === 0 ? '<1s' : formatDuration(seconds * 1000);
}

function stepLine(step: StepReport): string {
  const label = `${step.name} (${step.type})`;
  const took = step.durationSeconds !== undefined ? ` after ${stepDuration(step.durationSeconds)}` : '';
  const extra = step.failureReason
    ? `: ${step.failureReason}`
    : step.details.conditionOutcome
      ? `: outcome ${step.details.conditionOutcome}`
      : step.details.modelPackageArn
        ? `: registered ${step.details.modelPackageArn}`
        : step.cacheHit
          ? ' (cache hit)'
          : '';
  // A failure reason is SageMaker's (often the user's own code's) text: one log line, never a workflow command.
  return logText(`  ${stepStatus(step.status).mark} ${label} ${step.status}${stepStatus(step.status).node === 'running' ? '' : took}${extra}`);
}

/** "Execution Executing: 2/5 steps succeeded, running Train": logged when the overall picture changes. */
export function progressLine(status: string | undefined, steps: StepReport[], total: number | undefined): string {
  const done = steps.filter((s) => s.status === 'Succeeded').length;
  const running = steps.filter((s) => stepStatus(s.status).node === 'running').map((s) => s.name);
  const count = total !== undefined ? `${done}/${Math.max(total, steps.length)}` : String(done);
  return `Execution ${status ?? 'Unknown'}: ${count} step${done === 1 && total === undefined ? '' : 's'} succeeded${running.length ? `, running ${running.join(', ')}` : ''}`;
}
