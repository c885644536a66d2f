// Model Monitor executions: moto 5.2.1 has no monitoring schedules or executions, so the layer answers
// ListMonitoringExecutions from what a test puts here. Each execution points at a processing job that lives in
// moto (CreateProcessingJob there; DescribeProcessingJob is moto's), whose output folder holds the reports.
import type { AwsError } from './protocol.js';

export type MonitoringExecutionStatus = 'Pending' | 'Completed' | 'CompletedWithViolations' | 'InProgress' | 'Failed' | 'Stopping' | 'Stopped';

export interface MonitoringExecutionSpec {
  scheduleName: string;
  status: MonitoringExecutionStatus;
  scheduledTime: Date;
  /** The processing job's ARN (absent for a Pending execution, as on AWS). */
  processingJobArn?: string;
  failureReason?: string;
  endpointName?: string;
}

export class MonitoringExecutions {
  private readonly executions: MonitoringExecutionSpec[] = [];

  add(spec: MonitoringExecutionSpec): void {
    this.executions.push(structuredClone(spec));
  }

  /** ListMonitoringExecutions: filter by schedule, sort by ScheduledTime (or CreationTime), page with NextToken. */
  list(params: Record<string, unknown>, region: string, accountId: string): Record<string, unknown> {
    const schedule = typeof params.MonitoringScheduleName === 'string' ? params.MonitoringScheduleName : undefined;
    const descending = params.SortOrder !== 'Ascending';
    const max = typeof params.MaxResults === 'number' ? params.MaxResults : 10;
    if (max < 1 || max > 100) throw new MonitoringApiError({ status: 400, code: 'ValidationException', message: 'MaxResults must be from 1 to 100' });
    const start = typeof params.NextToken === 'string' ? Number(params.NextToken) : 0;
    const matching = this.executions
      .filter((e) => !schedule || e.scheduleName === schedule)
      .sort((a, b) => (a.scheduledTime.getTime() - b.scheduledTime.getTime()) * (descending ? -1 : 1));
    const page = matching.slice(start, start + max);
    const seconds = (d: Date): number => d.getTime() / 1000;
    return {
      MonitoringExecutionSummaries: page.map((e) => ({
        MonitoringScheduleName: e.scheduleName,
        ScheduledTime: seconds(e.scheduledTime),
        CreationTime: seconds(e.scheduledTime),
        LastModifiedTime: seconds(e.scheduledTime),
        MonitoringExecutionStatus: e.status,
        ...(e.processingJobArn ? { ProcessingJobArn: e.processingJobArn } : {}),
        ...(e.endpointName ? { EndpointName: e.endpointName } : {}),
        ...(e.failureReason ? { FailureReason: e.failureReason } : {}),
        MonitoringType: 'DataQuality',
        MonitoringScheduleArn: `arn:aws:sagemaker:${region}:${accountId}:monitoring-schedule/${e.scheduleName}`,
      })),
      ...(start + max < matching.length ? { NextToken: String(start + max) } : {}),
    };
  }
}

export class MonitoringApiError extends Error {
  constructor(readonly error: AwsError) {
    super(error.message);
  }
}
