// drift-check.yml run the way GitHub would (runWorkflowJob) on its schedule, against the local AWS and GitHub
// worlds: the template's vars and with: wiring, OIDC to AWS, the bundled check-drift reading Data Capture from
// S3, the issue it opens, the metrics it sends and the report handed to the upload step.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { HARNESS_ACCESS_KEY_ID, runWorkflowJob, startAwsWorld, startGitHubWorld, type AwsWorld, type GitHubWorld } from '@mlops-actions/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROLE = 'arn:aws:iam::123456789012:role/github-drift';
const github = { eventName: 'schedule', workflowPath: '.github/workflows/drift-check.yml', job: 'drift' };

let aws: AwsWorld;
let gh: GitHubWorld;
beforeAll(async () => {
  [aws, gh] = await Promise.all([startAwsWorld(), startGitHubWorld({ github })]);
  aws.trustWebIdentity({ roleArn: ROLE, jwks: gh.oidc.jwks, issuer: gh.oidc.issuer, audience: 'sts.amazonaws.com', subjects: ['repo:octo-org/churn-model:*'] });
  const s3 = new S3Client({ ...aws.clientConfig({ accessKeyId: HARNESS_ACCESS_KEY_ID, secretAccessKey: 'unchecked' }), forcePathStyle: true });
  try {
    await s3.send(new CreateBucketCommand({ Bucket: 'ml-data' }));
    const rows = Array.from({ length: 200 }, (_, i) => [i % 72, 20 + (i % 50), i % 3 === 0 ? 'two_year' : 'month']);
    await s3.send(
      new PutObjectCommand({
        Bucket: 'ml-data',
        Key: 'baselines/churn/train.csv',
        Body: `tenure,monthly_charges,contract\n${rows.map((r) => r.join(',')).join('\n')}\n`,
      }),
    );
    const at = new Date(Date.now() - 3_600_000);
    const hour = at.toISOString().slice(0, 13).replace(/-/g, '/').replace('T', '/');
    const lines = rows.map(([t, m]) =>
      JSON.stringify({
        captureData: {
          endpointInput: { observedContentType: 'text/csv', mode: 'INPUT', data: `${Number(t) + 30},${Number(m) + 60},one_year`, encoding: 'CSV' },
        },
        eventMetadata: { eventId: String(t), inferenceTime: at.toISOString() },
        eventVersion: '0',
      }),
    );
    await s3.send(new PutObjectCommand({ Bucket: 'ml-data', Key: `datacapture/churn-endpoint/AllTraffic/${hour}/capture.jsonl`, Body: lines.join('\n') }));
  } finally {
    s3.destroy();
  }
}, 180_000);
afterAll(async () => {
  await Promise.all([aws?.close(), gh?.close()]);
});

describe('drift-check.yml, job drift, on its schedule', () => {
  test('reads the last day of Data Capture through OIDC, opens the drift issue, sends metrics and hands the report on', async () => {
    const job = await runWorkflowJob({
      workflow: path.join(here, 'drift-check.yml'),
      job: 'drift',
      vars: {
        AWS_ROLE_ARN: ROLE,
        AWS_REGION: 'us-east-1',
        DRIFT_BASELINE: 's3://ml-data/baselines/churn/train.csv',
        DATA_CAPTURE_PREFIX: 's3://ml-data/datacapture/churn-endpoint/',
      },
      env: { ...aws.env(), ...gh.env() },
      github,
      actions: { 'actions/upload-artifact': path.join(here, 'test', 'fixtures', 'upload-artifact') },
    });
    expect(job.steps.map((s) => [s.id, s.conclusion])).toEqual([
      ['drift', 'success'],
      ['__actions_upload-artifact', 'success'],
    ]);
    const drift = job.steps[0]!;
    expect(drift.inputs).toMatchObject({ window: '24h', 'current-format': 'data-capture', issue: 'close-when-resolved' });
    expect(job.outputs['drift-detected']).toBe('true');
    expect(Number(job.outputs['drift-share'])).toBeGreaterThanOrEqual(0.5);
    expect(gh.state.issues).toEqual([expect.objectContaining({ title: 'Data drift: churn-endpoint', state: 'open', labels: ['drift'] })]);
    expect(aws.requests.filter((r) => r.operation === 'PutMetricData' && r.accessKeyId !== HARNESS_ACCESS_KEY_ID).map((r) => r.status)).toEqual([200]);
    expect(aws.requests.filter((r) => r.operation === 'AssumeRoleWithWebIdentity').map((r) => r.status)).toEqual([200]);
    expect(Number(job.steps[1]!.outputs.bytes)).toBeGreaterThan(100);
  }, 180_000);
});
