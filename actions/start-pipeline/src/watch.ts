import * as core from '@mlops-actions/shared/core';
import { classifyAwsFailure, type AwsSession } from '@mlops-actions/shared/aws';
import { FINAL_STATUSES, STEP_STATUS, type Execution, type SageMakerPipelines } from '@mlops-actions/shared/aws/sagemaker';
import { waitFor, type WaitOptions } from '@mlops-actions/shared/runtime';
import type { PipelineGraph } from './definition.js';
import { StepLog, describeSteps, progressLine, type StepReport } from './steps.js';

export interface Snapshot {
  execution: Execution;
  steps: StepReport[];
}

/** While a step is in one of these and none is Stopping, the execution is Executing (it ends after its steps). */
const RUNNING_STEP: ReadonlySet<string> = new Set(
  Object.entries(STEP_STATUS)
    .filter(([, look]) => look.node === 'running')
    .map(([status]) => status),
);

/** Virtual time for simulations of a long wait (bench/): the wait's clock, pauses and jitter. */
export type WaitClock = Pick<WaitOptions<Snapshot>, 'now' | 'sleep' | 'random'>;

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

  /** The execution and its steps, both read now (two calls). */
  async snapshot(signal?: AbortSignal): Promise<Snapshot> {
    const execution = await this.pipelines.describeExecution(this.executionArn, signal);
    return this.record(execution, await this.listSteps(signal));
  }

  /**
   * One status check of a wait, in one call while steps run. The steps are read every time: only they show a
   * step's progress. The execution is described on the first check and whenever its status can differ from
   * Executing: when no step is running (between steps, or finished: an execution ends after its last running
   * step, also when one failed) or a step is Stopping (someone stopped it). While a step runs and none is
   * Stopping, the execution is Executing, so describing it again would tell nothing new.
   */
  async check(signal?: AbortSignal): Promise<Snapshot> {
    let steps = await this.listSteps(signal);
    const running = steps.some((s) => RUNNING_STEP.has(s.status));
    const stopping = steps.some((s) => s.status === 'Stopping');
    if (this.latest && running && !stopping) return this.record(this.latest.execution, steps);
    const execution = await this.pipelines.describeExecution(this.executionArn, signal);
    // Finished between the two calls: read the steps again so the final report shows them finished too.
    if (FINAL_STATUSES.has(execution.PipelineExecutionStatus ?? '') && running) steps = await this.listSteps(signal);
    return this.record(execution, steps);
  }

  async untilFinished(options: { timeoutMs: number; pollIntervalMs: number; signal: AbortSignal; clock?: WaitClock }): Promise<Snapshot> {
    // With a Condition step only one branch runs, so the number of steps to expect is unknown.
    const total = this.graph && !this.graph.steps.some((s) => s.type === 'Condition') ? this.graph.steps.length : undefined;
    const result = await waitFor<Snapshot>({
      what: `pipeline execution ${this.executionArn}`,
      poll: (signal) => this.check(signal),
      done: (s) => FINAL_STATUSES.has(s.execution.PipelineExecutionStatus ?? ''),
      progress: (s) => progressLine(s.execution.PipelineExecutionStatus, s.steps, total),
      timeoutMs: options.timeoutMs,
      minDelayMs: Math.min(5_000, options.pollIntervalMs),
      maxDelayMs: options.pollIntervalMs,
      signal: options.signal,
      classify: classifyAwsFailure,
      renewCredentials: () => this.session.renewCredentials(),
      ...options.clock,
    });
    core.info(`Finished after ${result.polls} status checks${result.transientErrors ? ` (${result.transientErrors} transient AWS errors waited out)` : ''}.`);
    return result.value;
  }

  private async listSteps(signal?: AbortSignal): Promise<StepReport[]> {
    return describeSteps(await this.pipelines.listSteps(this.executionArn, signal), this.graph);
  }

  private record(execution: Execution, steps: StepReport[]): Snapshot {
    this.stepLog.update(steps);
    this.latest = { execution, steps };
    return this.latest;
  }
}
