// CloudWatch metrics (@mlops-actions/shared/aws/cloudwatch): PutMetricData in batches within the API's limits.
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { awsCall } from './service-errors.js';
import type { AwsSession } from './session.js';

type CloudWatchSdk = typeof import('./cloudwatch-sdk.js');
let sdkLoading: Promise<CloudWatchSdk> | undefined;
const loadSdk = (): Promise<CloudWatchSdk> => (sdkLoading ??= import('./cloudwatch-sdk.js'));

export interface MetricDatum {
  name: string;
  value: number;
  unit?: 'None' | 'Count' | 'Percent';
  /** At most 30 dimensions (CloudWatch's limit); names and values 1-255 characters. */
  dimensions: Record<string, string>;
  timestamp?: Date;
}

/**
 * PutMetricData limits: at most 1000 metrics per request and 1 MB of request payload (AWS raised these from 20
 * metrics and 40 KB in 2023). Batches stay under both with room to spare.
 */
export const METRICS_PER_REQUEST = 1000;
export const MAX_REQUEST_BYTES = 1_000_000;
export const MAX_DIMENSIONS = 30;

/** Splits data into requests within the limits (size estimated from the JSON of each datum, with a margin). */
export function metricBatches(data: MetricDatum[]): MetricDatum[][] {
  const batches: MetricDatum[][] = [];
  let current: MetricDatum[] = [];
  let bytes = 0;
  for (const datum of data) {
    const size = JSON.stringify(datum).length * 2 + 200;
    if (current.length > 0 && (current.length >= METRICS_PER_REQUEST || bytes + size > MAX_REQUEST_BYTES / 2)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(datum);
    bytes += size;
  }
  if (current.length) batches.push(current);
  return batches;
}

/** The one CloudWatch call the actions make. */
export class CloudWatchMetrics {
  constructor(private readonly session: AwsSession) {}

  /** Sends every datum (batched); returns the number of requests made. */
  async put(namespace: string, data: MetricDatum[], signal?: AbortSignal): Promise<number> {
    const sdk = await loadSdk();
    const client: CloudWatchClient = this.session.client(sdk.CloudWatchClient);
    const batches = metricBatches(data);
    for (const batch of batches) {
      await awsCall({ action: 'cloudwatch:PutMetricData', resource: `namespace ${namespace}` }, () =>
        client.send(
          new sdk.PutMetricDataCommand({
            Namespace: namespace,
            MetricData: batch.map((d) => ({
              MetricName: d.name,
              Value: d.value,
              Unit: d.unit ?? 'None',
              Dimensions: Object.entries(d.dimensions)
                .slice(0, MAX_DIMENSIONS)
                .map(([Name, Value]) => ({ Name, Value })),
              ...(d.timestamp ? { Timestamp: d.timestamp } : {}),
            })),
          }),
          signal ? { abortSignal: signal } : {},
        ),
      );
    }
    return batches.length;
  }
}
