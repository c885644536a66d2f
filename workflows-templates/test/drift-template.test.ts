// drift-check.yml run whole through runWorkflow ("Run workflow", as the schedule would start it) against the local AWS
// and GitHub worlds, then the loop closed: the retrain dispatch the GitHub world recorded is the event of a
// runWorkflow run of ml-build-deploy.yml, whose first job starts the SageMaker pipeline on the pinned data.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DescribeModelPackageCommand } from '@aws-sdk/client-sagemaker';
import {
  HARNESS_ACCESS_KEY_ID,
  PIPELINE_ROLE,
  churnDefinition,
  runWorkflow,
  startAwsWorld,
  startGitHubWorld,
  type AwsWorld,
  type GitHubWorld,
  type WorkflowRunResult,
} from '@mlops-actions/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROLE = 'arn:aws:iam::123456789012:role/github-mlops';
const PIPELINE = 'churn-training';
const GROUP = 'churn-models';
const DATASET = { uri: 's3://churn-data/datasets/2026-11-30/churn.csv', sha256: 'cd'.repeat(32) };
const vars = {
  AWS_ROLE_ARN: ROLE,
  AWS_REGION: 'us-east-1',
  // drift-check.yml
  DRIFT_BASELINE: 's3://ml-data/baselines/churn/train.csv',
  DATA_CAPTURE_PREFIX: 's3://ml-data/datacapture/churn-endpoint/',
  // ml-build-deploy.yml (its first two jobs) and model-approval.yml
  SAGEMAKER_PIPELINE_NAME: PIPELINE,
  PIPELINE_POLL_INTERVAL: '2s',
  MODEL_PACKAGE_GROUP: GROUP,
  MODEL_APPROVERS: 'hubot',
};

let aws: AwsWorld;
let gh: GitHubWorld;
let repo: string;
beforeAll(async () => {
  [aws, gh] = await Promise.all([startAwsWorld(), startGitHubWorld({ github: { workflowPath: '.github/workflows/drift-check.yml' } })]);
  aws.trustWebIdentity({ roleArn: ROLE, jwks: gh.oidc.jwks, issuer: gh.oidc.issuer, audience: 'sts.amazonaws.com', subjects: ['repo:octo-org/churn-model:*'] });
  await aws.createPipeline(PIPELINE, churnDefinition(GROUP), { roleArn: PIPELINE_ROLE });
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
    // The last hour of endpoint traffic, every column shifted away from the training data.
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
  // The repository at the dispatched ref: the dataset pin ml-build-deploy.yml's first job reads.
  repo = mkdtempSync(path.join(os.tmpdir(), 'drift-retrain-repo-'));
  mkdirSync(path.join(repo, 'data'));
  writeFileSync(path.join(repo, 'data', 'dataset.json'), `${JSON.stringify(DATASET, null, 2)}\n`);
}, 180_000);
afterAll(async () => {
  await Promise.all([aws?.close(), gh?.close()]);
});

/** One run of drift-check.yml as "Run workflow" starts it (the schedule runs the same job with the same defaults). */
function driftCheck(runId: string): Promise<WorkflowRunResult> {
  return runWorkflow({
    workflow: path.join(here, 'drift-check.yml'),
    event: { name: 'workflow_dispatch' },
    github: { workflowPath: '.github/workflows/drift-check.yml', runId, actor: 'octocat', triggeringActor: 'octocat' },
    vars,
    env: { ...aws.env(), ...gh.env() },
    actions: { 'actions/upload-artifact': path.join(here, 'test', 'fixtures', 'upload-artifact') },
  });
}

const workflowDispatches = () => gh.state.dispatches.filter((d) => d.kind === 'workflow_dispatch');
const commentsOn = (issue: number) => gh.state.comments.filter((c) => c.issue_number === issue);

describe('drift-check.yml -> issue -> retrain dispatch -> ml-build-deploy.yml', () => {
  test('drift opens one issue and dispatches ml-build-deploy.yml; a later run comments and retrains again, one inside the cooldown does neither; the dispatch starts the pipeline', async () => {
    // 1. First run: drift found, the issue opened, retraining dispatched.
    const first = await driftCheck('7001');
    expect(first.order).toEqual(['drift']);
    const job = first.jobs.drift!;
    expect(job.steps.map((s) => [s.id, s.conclusion])).toEqual([
      ['drift', 'success'],
      ['__actions_upload-artifact', 'success'],
    ]);
    expect(job.steps[0]?.inputs).toMatchObject({ window: '24h', 'current-format': 'data-capture', issue: 'close-when-resolved' });
    expect(job.outputs['drift-detected']).toBe('true');
    expect(Number(job.outputs['drift-share'])).toBeGreaterThanOrEqual(0.5);
    expect(job.steps[0]?.outputs['retrain-dispatched']).toBe('true');
    expect(Number(job.steps[1]?.outputs.bytes)).toBeGreaterThan(100);
    expect(gh.state.issues).toEqual([expect.objectContaining({ title: 'Data drift: churn-endpoint', state: 'open', labels: ['drift'] })]);
    const issue = gh.state.issues[0]!;
    expect(commentsOn(issue.number)).toEqual([]);
    expect(aws.requests.filter((r) => r.operation === 'PutMetricData' && r.accessKeyId !== HARNESS_ACCESS_KEY_ID).map((r) => r.status)).toEqual([200]);
    expect(workflowDispatches()).toEqual([
      expect.objectContaining({ workflow_id: 'ml-build-deploy.yml', ref: 'main', inputs: { reason: 'data drift (drift-check.yml run 7001)' } }),
    ]);

    // 2. The next day's run (the issue was opened 7 hours ago, past the 6h cooldown): a comment, and retraining again.
    const earlier = new Date(Date.now() - 7 * 3_600_000).toISOString();
    issue.created_at = earlier;
    issue.updated_at = earlier;
    const second = await driftCheck('7002');
    expect(second.jobs.drift?.conclusion).toBe('success');
    expect(gh.state.issues).toHaveLength(1);
    expect(commentsOn(issue.number)).toHaveLength(1);
    expect(second.jobs.drift?.steps[0]?.outputs['retrain-dispatched']).toBe('true');
    expect(workflowDispatches().map((d) => d.kind === 'workflow_dispatch' && d.inputs.reason)).toEqual([
      'data drift (drift-check.yml run 7001)',
      'data drift (drift-check.yml run 7002)',
    ]);

    // 3. A manual run right after it: inside the cooldown, the issue body is refreshed; no comment, no third training.
    const third = await driftCheck('7003');
    expect(third.jobs.drift?.steps[0]?.outputs['retrain-dispatched']).toBe('false');
    expect(commentsOn(issue.number)).toHaveLength(1);
    expect(workflowDispatches()).toHaveLength(2);

    // 4. The loop closed: the recorded dispatch is the event of ml-build-deploy.yml. Its inputs must be ones that
    // workflow declares (runWorkflow refuses others, as GitHub answers 422). The pipeline trains on the pinned data
    // and a reviewer approves through model-approval.yml; image build and rollouts are not run here (their results
    // are given: ml-build-deploy.test.ts runs them), so the lineage shows the retraining's own stages.
    const [dispatch] = workflowDispatches();
    if (dispatch?.kind !== 'workflow_dispatch') throw new Error('no workflow_dispatch recorded');
    const executionsBefore = aws.executions().length;
    const retrain = await runWorkflow({
      workflow: path.join(here, dispatch.workflow_id),
      event: { name: 'workflow_dispatch', ref: `refs/heads/${dispatch.ref}`, inputs: dispatch.inputs as Record<string, string> },
      github: {
        workflowPath: `.github/workflows/${dispatch.workflow_id}`,
        runId: '7101',
        actor: 'github-actions[bot]',
        triggeringActor: 'github-actions[bot]',
      },
      vars,
      env: { ...aws.env(), ...gh.env() },
      checkout: repo,
      given: {
        'build-push-ecr': { result: 'skipped' },
        'deploy-staging': { result: 'skipped' },
        'deploy-production': { result: 'skipped' },
      },
      onJob: async (finished) => {
        if (finished.job !== 'start-pipeline' || finished.conclusion !== 'success') return;
        const review = await runWorkflow({
          workflow: path.join(here, 'model-approval.yml'),
          event: {
            name: 'workflow_dispatch',
            inputs: { decision: 'approve', comment: 'retrained on drift', 'model-package-arn': finished.outputs['model-package-arn'] ?? '' },
          },
          vars,
          env: { ...aws.env(), ...gh.env() },
          github: { workflowPath: '.github/workflows/model-approval.yml', actor: 'hubot', triggeringActor: 'hubot' },
        });
        expect(review.jobs.decide?.outputs['approval-status']).toBe('Approved');
      },
    });
    expect(retrain.timeline.map((t) => [t.job, t.conclusion])).toEqual([
      ['start-pipeline', 'success'],
      ['wait-approval', 'success'],
      ['build-push-ecr', 'skipped'],
      ['deploy-staging', 'skipped'],
      ['deploy-production', 'skipped'],
      ['lineage', 'success'],
    ]);
    expect(retrain.jobs['start-pipeline']?.github.eventName).toBe('workflow_dispatch');
    const started = retrain.jobs['start-pipeline']?.outputs ?? {};
    expect(aws.executions()).toHaveLength(executionsBefore + 1);
    const execution = aws.executions().find((e) => e.arn === started['execution-arn']);
    expect(execution?.parameters.InputDataUrl).toBe(DATASET.uri);
    expect(started.status).toBe('Succeeded');
    const packageArn = started['model-package-arn'] ?? '';
    expect(packageArn).toMatch(new RegExp(`:model-package/${GROUP}/\\d+$`));
    expect(retrain.jobs['wait-approval']?.outputs).toMatchObject({ 'approval-status': 'Approved', 'model-package-arn': packageArn, 'decided-by': 'hubot' });
    const registered = await aws.sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: packageArn }));
    expect(registered.ModelApprovalStatus).toBe('Approved');
    const summary = retrain.jobs.lineage?.summary ?? '';
    expect(summary).toContain('| Commit | workflow_dispatch (data drift (drift-check.yml run 7001)) |');
    expect(summary).toContain(`| Model package | Approved by hubot | ${packageArn} |`);
  }, 240_000);
});
