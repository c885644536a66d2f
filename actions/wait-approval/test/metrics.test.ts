// The `metrics` output and the summary's metrics table: each registered ModelMetrics report that points at S3 is
// read with the step's credentials (real S3 API of moto); one that cannot be read is named with the reason, and
// the step still reports the decision.
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { HARNESS_ACCESS_KEY_ID } from '@mlops-actions/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newGroupName, registerPackage, runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
let s3: S3Client;
const BUCKET = 'churn-metrics';
beforeAll(async () => {
  worlds = await startWorlds();
  s3 = new S3Client({ ...worlds.aws.clientConfig({ accessKeyId: HARNESS_ACCESS_KEY_ID, secretAccessKey: 'unchecked' }), forcePathStyle: true });
  await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
});
afterAll(async () => {
  s3?.destroy();
  await worlds?.close();
});

const QUALITY = { binary_classification_metrics: { auc: { value: 0.9137, standard_deviation: 0.0042 }, f1: { value: 0.8125 } } };

describe('metrics', () => {
  test('a model quality report on S3 is read into the output and the summary; a missing one is named, not fatal', async () => {
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'eval/quality.json', Body: JSON.stringify(QUALITY) }));
    const arn = await registerPackage(worlds, newGroupName(), {
      status: 'Approved',
      metrics: {
        ModelQuality: { Statistics: { ContentType: 'application/json', S3Uri: `s3://${BUCKET}/eval/quality.json` } },
        ModelDataQuality: { Constraints: { ContentType: 'application/json', S3Uri: `s3://${BUCKET}/eval/missing.json` } },
      },
    });
    const result = await runStep(worlds, { 'model-package-arn': arn });
    expect(result.errors).toEqual([]);
    const metrics = JSON.parse(result.outputs.metrics ?? '{}') as Record<string, { s3Uri?: string; content?: unknown; error?: string }>;
    expect(metrics['ModelQuality.Statistics']).toEqual({ s3Uri: `s3://${BUCKET}/eval/quality.json`, contentType: 'application/json', content: QUALITY });
    expect(metrics['ModelDataQuality.Constraints']).toMatchObject({ s3Uri: `s3://${BUCKET}/eval/missing.json`, error: 'no such object' });
    expect(result.summary).toMatch(/auc<\/td>\s*<td>0\.9137<\/td>/);
    expect(result.summary).toContain('not read: no such object');
  });
});
