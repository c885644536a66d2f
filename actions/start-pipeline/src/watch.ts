import * as core from '@actions/core';
import { FINAL_STATUSES, classifyAwsFailure, type AwsSession, type Execution, type SageMakerPipelines } from '@mlops-actions/shared/aws';
import { waitFor } from '@mlops-actions/shared/runtime';
import type { PipelineGraph } from './definition.js';
import { StepLog, describeSteps, progressLine, type StepReport } from './steps.js';

export interface Snapshot {
  execution: Execution;
  steps: StepReport[];
}

/**
 * Follows an execution to a final status, logging each step transition once. `latest` always holds the last
 * snapshot, so a timeout or a cancellation can still report where the execution was.
 */
export class ExecutionWatch {
  latest: Snapshot | undefined;
  private readonly stepLog = new StepLog((line) => core.info(line));

  constructor(
    private readonly pipelines: SageMakerPipelines,
    private readonly session: AwsSession,
    private readonly executionArn: string,
    private readonly graph: PipelineGraph | undefined,
  ) {}

  async snapshot(signal?: AbortSignal): Promise<Snapshot> {
    const execution = await this.pipelines.describeExecution(this.executionArn, signal);
    const steps = describeSteps(await this.pipelines.listSteps(this.executionArn, signal), this.graph);
    this.stepLog.update(steps);
    this.latest = { execution, steps };
    return this.latest;
  }

  async untilFinished(options: { timeoutMs: number; pollIntervalMs: number; signal: AbortSignal }): Promise<Snapshot> {
    // With a Condition step only one branch runs, so the number of steps to expect is unknown.
    const total = this.graph && !this.graph.steps.some((s) => s.type === 'Condition') ? this.graph.steps.length : undefined;
    const result = await waitFor<Snapshot>({
      what: `pipeline execution ${this.executionArn}`,
      poll: (signal) => this.snapshot(signal),
      done: (s) => FINAL_STATUSES.has(s.execution.PipelineExecutionStatus ?? ''),
      progress: (s) => progressLine(s.execution.PipelineExecutionStatus, s.steps, total),
      timeoutMs: options.timeoutMs,
      minDelayMs: Math.min(5_000, options.pollIntervalMs),
      maxDelayMs: options.pollIntervalMs,
      signal: options.signal,
      classify: classifyAwsFailure,
      renewCredentials: () => this.session.renewCredentials(),
    });
    core.info(`Finished after ${result.polls} status checks${result.transientErrors ? ` (${result.transientErrors} transient AWS errors waited out)` : ''}.`);
    return result.value;
  }
}
