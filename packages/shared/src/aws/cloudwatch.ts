// CloudWatch metrics (@mlops-actions/shared/aws/cloudwatch): PutMetricData in batches within the API's limits.
//
// Retries and duplicates. PutMetricData takes no idempotency token: a request whose answer is lost after CloudWatch
// stored it (a reset, a 5xx, a timeout) and that the SDK then retries is stored twice. The alternative, no retries
// once a request may have taken effect, would lose the datapoint to any such blip, and a missing datapoint is what
// an alarm cannot tell from "no drift" (or turns into INSUFFICIENT_DATA). So the SDK's retries stay, and a
// duplicate is made harmless instead: every datum of one put carries the same explicit Timestamp (the caller's,
// one per run), so both copies are the same value at the same time. Maximum, Minimum, Average and percentiles of a
// period are unchanged by that; only Sum and SampleCount double. Alarms on these metrics should use Maximum (the
// action's README says so and its example alarm does).
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

  /**
   * Sends every datum (batched), all stamped with `timestamp` (one per run: a retried copy then lands on the same
   * time with the same value, see above); returns the number of requests made.
   */
  async put(namespace: string, data: MetricDatum[], timestamp: Date, signal?: AbortSignal): Promise<number> {
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
              Timestamp: timestamp,
            })),
          }),
          signal ? { abortSignal: signal } : {},
        ),
      );
    }
    return batches.length;
  }
}
