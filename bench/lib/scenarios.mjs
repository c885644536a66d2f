// What each action needs for a cold-start run against the AWS world: its inputs (and any world state). The
// measured span ends at the action's first AWS request, so a scenario only has to get the action that far,
// and should keep the run short (no waiting). An action without an entry here is still picked up: it gets the
// generic scenario (every required input without a default set to a placeholder), and the benchmark reports
// "n/a" for it if that makes no AWS request. Add an entry when a new action lands.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateModelPackageCommand, CreateModelPackageGroupCommand, CreateProcessingJobCommand } from '@aws-sdk/client-sagemaker';
import { buildahEnv, churnDefinition, HARNESS_ACCESS_KEY_ID, PIPELINE_ROLE, startK8sWorld } from '@mlops-actions/testkit';
import { rebuildContext } from './ecr-rebuild.mjs';

/** Worlds a scenario started beside the AWS world, closed by the bench at its end (closeScenarios). */
const cleanups = [];

export async function closeScenarios() {
  await Promise.all(cleanups.splice(0).map((close) => close()));
}

export const scenarios = {
  'start-pipeline': {
    async setup(aws) {
      const name = 'bench-churn-training';
      await aws.createPipeline(name, churnDefinition('bench-churn-models'), { roleArn: PIPELINE_ROLE });
      return { inputs: { 'pipeline-name': name, wait: 'false' } };
    },
  },
  // A real build and push (buildah into the world's ECR registry) on the first run; every later run of the same
  // inputs finds the image by its build fingerprint and pushes nothing (its first AWS call is DescribeRepositories).
  'build-push-ecr': {
    async setup() {
      const buildah = await buildahEnv();
      const work = mkdtempSync(path.join(os.tmpdir(), 'bench-ecr-coldstart-'));
      rebuildContext(path.join(work, 'app'));
      process.once('exit', () => {
        rmSync(work, { recursive: true, force: true });
        rmSync(buildah.dir, { recursive: true, force: true });
      });
      return {
        inputs: { repository: 'bench-serving', context: path.join(work, 'app'), builder: 'buildah', 'fail-on-severity': 'none' },
        env: buildah.env,
      };
    },
  },
  // An Approved package: the run reads it (DescribeModelPackage is its first AWS request) and succeeds at once.
  'wait-approval': {
    async setup(aws) {
      const group = 'bench-churn-models';
      await aws.sagemaker.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: group }));
      const created = await aws.sagemaker.send(
        new CreateModelPackageCommand({
          ModelPackageGroupName: group,
          ModelApprovalStatus: 'Approved',
          InferenceSpecification: {
            Containers: [{ Image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-serving:1', ModelDataUrl: 's3://bench/model.tar.gz' }],
            SupportedContentTypes: ['text/csv'],
            SupportedResponseMIMETypes: ['text/csv'],
          },
        }),
      );
      return { inputs: { 'model-package-arn': created.ModelPackageArn } };
    },
  },
  // A cluster in the Kubernetes world whose Deployment already runs the image: the run connects (DescribeCluster is
  // its first AWS request), finds nothing to change and succeeds without a rollout.
  'deploy-eks': {
    async setup(aws) {
      const image = '123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-serving:1';
      const k8s = await startK8sWorld({ clusterName: 'bench-cluster', aws });
      cleanups.push(() => k8s.close());
      await k8s.registerInAws(aws);
      k8s.images.set(image, { behaviour: { kind: 'ready', afterSeconds: 0 } });
      k8s.apply({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'churn-serving', namespace: 'default' },
        spec: {
          replicas: 1,
          selector: { matchLabels: { app: 'churn-serving' } },
          template: { metadata: { labels: { app: 'churn-serving' } }, spec: { containers: [{ name: 'serving', image }] } },
        },
      });
      k8s.settle();
      return { inputs: { 'cluster-name': 'bench-cluster', deployment: 'churn-serving', container: 'serving', image } };
    },
  },
  // Model Monitor mode: the latest execution of the schedule has a report without violations in S3; the run lists
  // the executions (ListMonitoringExecutions is its first AWS request), reads the report and finds no drift.
  // `issue: off` keeps GitHub out of the measurement.
  'check-drift': {
    async setup(aws) {
      const schedule = 'bench-churn-monitor';
      const bucket = 'bench-monitoring';
      const output = `monitoring/${schedule}/1`;
      const s3 = new S3Client({ ...aws.clientConfig({ accessKeyId: HARNESS_ACCESS_KEY_ID, secretAccessKey: 'unchecked' }), forcePathStyle: true });
      await s3.send(new CreateBucketCommand({ Bucket: bucket }));
      const statistics = { version: 0, dataset: { item_count: 1000 }, features: [{ name: 'tenure', inferred_type: 'Fractional' }] };
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `${output}/statistics.json`, Body: JSON.stringify(statistics) }));
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `${output}/constraint_violations.json`, Body: JSON.stringify({ violations: [] }) }));
      s3.destroy();
      const job = await aws.sagemaker.send(
        new CreateProcessingJobCommand({
          ProcessingJobName: `${schedule}-job-1`,
          RoleArn: 'arn:aws:iam::123456789012:role/monitor',
          AppSpecification: { ImageUri: '156813124566.dkr.ecr.us-east-1.amazonaws.com/sagemaker-model-monitor-analyzer' },
          ProcessingResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.xlarge', VolumeSizeInGB: 20 } },
          ProcessingOutputConfig: {
            Outputs: [
              { OutputName: 'result', S3Output: { S3Uri: `s3://${bucket}/${output}`, LocalPath: '/opt/ml/processing/output', S3UploadMode: 'EndOfJob' } },
            ],
          },
        }),
      );
      aws.monitoring.addExecution({
        scheduleName: schedule,
        status: 'Completed',
        scheduledTime: new Date(Date.now() - 60_000),
        processingJobArn: job.ProcessingJobArn,
      });
      return { inputs: { 'monitoring-schedule': schedule, issue: 'off' } };
    },
  },
};

/** The scenario of an action: its entry above, or placeholders for its required inputs. */
export async function scenarioFor(name, manifestInputs, aws) {
  const known = scenarios[name];
  if (known) return { generic: false, ...(await known.setup(aws)) };
  const inputs = {};
  for (const [input, spec] of Object.entries(manifestInputs ?? {})) {
    if (spec?.required && spec.default === undefined) inputs[input] = 'bench';
  }
  return { generic: true, inputs };
}
