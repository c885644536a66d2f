// What check-drift needs from the AWS world: S3 listings paged through the layer, Model Monitor executions from
// the scenario layer with their processing jobs in moto, CloudWatch PutMetricData (JSON 1.0) to moto, and IAM
// rules for all of them.
import { CloudWatchClient, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateProcessingJobCommand, DescribeProcessingJobCommand, ListMonitoringExecutionsCommand } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTHORIZATION_RULES, evaluateIamPolicies as evaluate, HARNESS_ACCESS_KEY_ID, startAwsWorld, type AwsWorld } from '../src/aws/index.js';

let world: AwsWorld;
let s3: S3Client;
beforeAll(async () => {
  world = await startAwsWorld();
  s3 = new S3Client({ ...world.clientConfig(), forcePathStyle: true });
});
afterAll(async () => {
  s3?.destroy();
  await world?.close();
});

describe('S3 through the layer', () => {
  it('pages a prefix of 2500 objects with ContinuationToken and names the operations', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'many' }));
    for (let i = 0; i < 2500; i += 250) {
      await Promise.all(
        Array.from({ length: 250 }, (_, j) => s3.send(new PutObjectCommand({ Bucket: 'many', Key: `p/${String(i + j).padStart(5, '0')}`, Body: 'x' }))),
      );
    }
    const keys: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await s3.send(new ListObjectsV2Command({ Bucket: 'many', Prefix: 'p/', ...(token ? { ContinuationToken: token } : {}) }));
      keys.push(...(page.Contents ?? []).map((c) => c.Key!));
      token = page.NextContinuationToken;
      pages += 1;
    } while (token);
    expect(keys).toHaveLength(2500);
    expect(pages).toBe(3);
    const listed = world.requests.filter((r) => r.operation === 'ListObjectsV2');
    expect(listed).toHaveLength(3);
    const got = await s3.send(new GetObjectCommand({ Bucket: 'many', Key: 'p/00007' }));
    expect(await got.Body?.transformToString()).toBe('x');
    expect(world.requests.at(-1)?.operation).toBe('GetObject');
  }, 120_000);
});

describe('Model Monitor executions', () => {
  it('answers ListMonitoringExecutions from the scenario, newest first, paged; the processing job is moto’s', async () => {
    const created = await world.sagemaker.send(
      new CreateProcessingJobCommand({
        ProcessingJobName: 'monitor-job-1',
        RoleArn: 'arn:aws:iam::123456789012:role/monitor',
        AppSpecification: { ImageUri: '156813124566.dkr.ecr.us-east-1.amazonaws.com/sagemaker-model-monitor-analyzer' },
        ProcessingResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.xlarge', VolumeSizeInGB: 20 } },
        ProcessingOutputConfig: {
          Outputs: [{ OutputName: 'result', S3Output: { S3Uri: 's3://monitor/reports/1', LocalPath: '/opt/ml/processing/output', S3UploadMode: 'EndOfJob' } }],
        },
      }),
    );
    const t0 = Date.UTC(2026, 11, 1, 10);
    world.monitoring.addExecution({
      scheduleName: 'churn-monitor',
      status: 'Completed',
      scheduledTime: new Date(t0),
      processingJobArn: created.ProcessingJobArn!,
    });
    world.monitoring.addExecution({ scheduleName: 'churn-monitor', status: 'InProgress', scheduledTime: new Date(t0 + 3_600_000) });
    world.monitoring.addExecution({ scheduleName: 'other', status: 'Failed', scheduledTime: new Date(t0 + 7_200_000), failureReason: 'x' });
    const first = await world.sagemaker.send(
      new ListMonitoringExecutionsCommand({ MonitoringScheduleName: 'churn-monitor', SortBy: 'ScheduledTime', SortOrder: 'Descending', MaxResults: 1 }),
    );
    expect(first.MonitoringExecutionSummaries?.map((e) => e.MonitoringExecutionStatus)).toEqual(['InProgress']);
    expect(first.MonitoringExecutionSummaries?.[0]?.ScheduledTime).toEqual(new Date(t0 + 3_600_000));
    const second = await world.sagemaker.send(
      new ListMonitoringExecutionsCommand({ MonitoringScheduleName: 'churn-monitor', SortOrder: 'Descending', MaxResults: 1, NextToken: first.NextToken! }),
    );
    expect(second.MonitoringExecutionSummaries?.map((e) => e.ProcessingJobArn)).toEqual([created.ProcessingJobArn]);
    expect(second.NextToken).toBeUndefined();
    const job = await world.sagemaker.send(new DescribeProcessingJobCommand({ ProcessingJobName: 'monitor-job-1' }));
    expect(job.ProcessingOutputConfig?.Outputs?.[0]?.S3Output?.S3Uri).toBe('s3://monitor/reports/1');
  });
});

describe('CloudWatch', () => {
  it('PutMetricData (JSON 1.0) reaches moto and is logged by operation', async () => {
    const client = new CloudWatchClient({ ...world.clientConfig(), maxAttempts: 1 });
    try {
      await client.send(
        new PutMetricDataCommand({
          Namespace: 'MLOps/Drift',
          // 1000 metrics: over 10 KB, so the SDK gzips the body (CloudWatch's request compression); the layer inflates it for moto.
          MetricData: Array.from({ length: 1000 }, (_, i) => ({ MetricName: 'DriftScore', Value: i, Dimensions: [{ Name: 'Column', Value: `f${i}` }] })),
        }),
      );
      const record = world.requests.filter((r) => r.operation === 'PutMetricData').at(-1);
      expect(record).toMatchObject({ service: 'monitoring', status: 200 });
      expect(record?.accessKeyId).not.toBe(HARNESS_ACCESS_KEY_ID);
    } finally {
      client.destroy();
    }
  });
});

describe('IAM rules for these calls', () => {
  const account = '123456789012';
  it('S3 listing is s3:ListBucket on the bucket with s3:prefix; reading is s3:GetObject on the object', () => {
    const list = AUTHORIZATION_RULES['s3:ListObjectsV2']!({ Bucket: 'b', Prefix: 'capture/ep/' }, 'us-east-1', account);
    expect(list).toEqual([{ action: 's3:ListBucket', resource: 'arn:aws:s3:::b', context: { 's3:prefix': 'capture/ep/' } }]);
    const policy = {
      Statement: [{ Effect: 'Allow' as const, Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b', Condition: { StringLike: { 's3:prefix': ['capture/*'] } } }],
    };
    expect(evaluate([policy], list[0]!)).toBe('allow');
    expect(evaluate([policy], { ...list[0]!, context: { 's3:prefix': 'other/' } })).toBe('implicit-deny');
    expect(AUTHORIZATION_RULES['s3:GetObject']!({ Bucket: 'b', Key: 'k/x.jsonl' }, 'us-east-1', account)).toEqual([
      { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k/x.jsonl' },
    ]);
  });

  it('CloudWatch and Model Monitor reads', () => {
    expect(AUTHORIZATION_RULES['monitoring:PutMetricData']!({ Namespace: 'MLOps/Drift' }, 'us-east-1', account)).toEqual([
      { action: 'cloudwatch:PutMetricData', resource: '*', context: { 'cloudwatch:namespace': 'MLOps/Drift' } },
    ]);
    expect(AUTHORIZATION_RULES['sagemaker:DescribeProcessingJob']!({ ProcessingJobName: 'Job-1' }, 'us-east-1', account)).toEqual([
      { action: 'sagemaker:DescribeProcessingJob', resource: 'arn:aws:sagemaker:us-east-1:123456789012:processing-job/job-1' },
    ]);
  });
});
