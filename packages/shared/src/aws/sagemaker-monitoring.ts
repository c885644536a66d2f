// Model Monitor reads: the latest execution of a monitoring schedule, its processing job's output folder, and the
// constraint_violations.json it wrote there (read with aws/s3; parsed here, where the file format is known).
import type { MonitoringExecutionSummary, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { awsCall } from './service-errors.js';
import type { AwsSession } from './session.js';

type SageMakerSdk = typeof import('./sagemaker-sdk.js');
let sdkLoading: Promise<SageMakerSdk> | undefined;
const loadSdk = (): Promise<SageMakerSdk> => (sdkLoading ??= import('./sagemaker-sdk.js'));

/** The statuses of a monitoring execution that wrote a report (the others did not, or not yet). */
export const MONITORING_REPORT_STATUSES = new Set(['Completed', 'CompletedWithViolations']);

export interface MonitoringExecution {
  scheduleName: string;
  status: string;
  scheduledTime?: Date;
  processingJobArn?: string;
  failureReason?: string;
}

export interface MonitoringReport {
  execution: MonitoringExecution;
  /** s3://.../ the processing job's output folder, holding constraint_violations.json and statistics.json. */
  outputUri: string;
}

/** The violation check types Model Monitor writes (data quality); others are kept as written. */
export type ViolationCheck =
  | 'data_type_check'
  | 'completeness_check'
  | 'baseline_drift_check'
  | 'missing_column_check'
  | 'extra_column_check'
  | 'categorical_values_check'
  | (string & {});

export interface ConstraintViolation {
  featureName: string;
  checkType: ViolationCheck;
  description: string;
  /** From a baseline_drift_check description ("... distance: 0.27 exceeds ... threshold: 0.1"). */
  distance?: number;
  threshold?: number;
}

export class SageMakerMonitoring {
  constructor(private readonly session: AwsSession) {}

  private async sdk(): Promise<{ client: SageMakerClient; sdk: SageMakerSdk }> {
    const sdk = await loadSdk();
    return { client: this.session.client(sdk.SageMakerClient), sdk };
  }

  /** The newest executions of a schedule (ScheduledTime descending), at most `max`. */
  async executions(scheduleName: string, max = 10, signal?: AbortSignal): Promise<MonitoringExecution[]> {
    const { client, sdk } = await this.sdk();
    const answer = await awsCall({ action: 'sagemaker:ListMonitoringExecutions', resource: `monitoring schedule ${scheduleName}` }, () =>
      client.send(
        new sdk.ListMonitoringExecutionsCommand({ MonitoringScheduleName: scheduleName, SortBy: 'ScheduledTime', SortOrder: 'Descending', MaxResults: max }),
        signal ? { abortSignal: signal } : {},
      ),
    );
    return (answer.MonitoringExecutionSummaries ?? []).map((s) => summary(scheduleName, s));
  }

  /**
   * The report of the newest execution that wrote one (Completed or CompletedWithViolations), with the executions
   * newer than it that did not (still running, failed): undefined report when none of the newest `max` did.
   */
  async latestReport(scheduleName: string, signal?: AbortSignal): Promise<{ report?: MonitoringReport; skipped: MonitoringExecution[] }> {
    const executions = await this.executions(scheduleName, 10, signal);
    const skipped: MonitoringExecution[] = [];
    for (const execution of executions) {
      if (!MONITORING_REPORT_STATUSES.has(execution.status) || !execution.processingJobArn) {
        skipped.push(execution);
        continue;
      }
      const outputUri = await this.outputUri(execution.processingJobArn, signal);
      if (!outputUri) {
        skipped.push(execution);
        continue;
      }
      return { report: { execution, outputUri }, skipped };
    }
    return { skipped };
  }

  /** ProcessingOutputConfig.Outputs[0].S3Output.S3Uri of a processing job, with a trailing '/'. */
  async outputUri(processingJobArn: string, signal?: AbortSignal): Promise<string | undefined> {
    const { client, sdk } = await this.sdk();
    const name = processingJobArn.slice(processingJobArn.lastIndexOf('/') + 1);
    const job = await awsCall({ action: 'sagemaker:DescribeProcessingJob', resource: processingJobArn }, () =>
      client.send(new sdk.DescribeProcessingJobCommand({ ProcessingJobName: name }), signal ? { abortSignal: signal } : {}),
    );
    const uri = job.ProcessingOutputConfig?.Outputs?.[0]?.S3Output?.S3Uri;
    if (!uri) return undefined;
    return uri.endsWith('/') ? uri : `${uri}/`;
  }
}

function summary(scheduleName: string, s: MonitoringExecutionSummary): MonitoringExecution {
  return {
    scheduleName: s.MonitoringScheduleName ?? scheduleName,
    status: s.MonitoringExecutionStatus ?? 'Unknown',
    ...(s.ScheduledTime ? { scheduledTime: s.ScheduledTime } : {}),
    ...(s.ProcessingJobArn ? { processingJobArn: s.ProcessingJobArn } : {}),
    ...(s.FailureReason ? { failureReason: s.FailureReason } : {}),
  };
}

export class ViolationsFormatError extends Error {}

/**
 * constraint_violations.json: {"violations":[{feature_name, constraint_check_type, description}]}. Throws
 * ViolationsFormatError (with what is wrong) for anything else, never a TypeError.
 */
export function parseConstraintViolations(text: string): ConstraintViolation[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ViolationsFormatError(`is not JSON (${(error as Error).message})`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new ViolationsFormatError('is not a JSON object');
  const list = (parsed as { violations?: unknown }).violations;
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new ViolationsFormatError("has a 'violations' member that is not an array");
  return list.map((item, i) => {
    if (!item || typeof item !== 'object') throw new ViolationsFormatError(`has violation ${i} that is not an object`);
    const v = item as Record<string, unknown>;
    const featureName = typeof v.feature_name === 'string' ? v.feature_name : '';
    const checkType = typeof v.constraint_check_type === 'string' ? v.constraint_check_type : '';
    if (!checkType) throw new ViolationsFormatError(`has violation ${i} without a constraint_check_type`);
    const description = typeof v.description === 'string' ? v.description : '';
    const numbers = /distance:\s*([-+0-9.eE]+).*?threshold:\s*([-+0-9.eE]+)/i.exec(description);
    const distance = numbers ? Number(numbers[1]) : Number.NaN;
    const threshold = numbers ? Number(numbers[2]) : Number.NaN;
    return {
      featureName,
      checkType,
      description,
      ...(Number.isFinite(distance) ? { distance } : {}),
      ...(Number.isFinite(threshold) ? { threshold } : {}),
    };
  });
}
