// Shared setup for check-drift's tests: the local AWS world (moto + scenario layer) and GitHub world, S3 data and
// Model Monitor executions in them, and runs of the BUNDLED action the way the runner runs it.
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateProcessingJobCommand } from '@aws-sdk/client-sagemaker';
import {
  HARNESS_ACCESS_KEY_ID,
  actionDir,
  runAction,
  startAwsWorld,
  startGitHubWorld,
  type AwsWorld,
  type AwsWorldOptions,
  type GitHubWorld,
  type MonitoringExecutionStatus,
  type RunActionOptions,
  type RunResult,
} from '@mlops-actions/testkit';

export const ACTION_DIR = actionDir('check-drift');
export const ROLE = 'arn:aws:iam::123456789012:role/github-drift';
export const BUCKET = 'ml-data';

export interface Worlds {
  aws: AwsWorld;
  github: GitHubWorld;
  s3: S3Client;
  close(): Promise<void>;
}

export async function startWorlds(awsOptions: AwsWorldOptions = {}): Promise<Worlds> {
  const [aws, github] = await Promise.all([startAwsWorld(awsOptions), startGitHubWorld()]);
  aws.trustWebIdentity({
    roleArn: ROLE,
    jwks: github.oidc.jwks,
    issuer: github.oidc.issuer,
    audience: 'sts.amazonaws.com',
    subjects: ['repo:octo-org/churn-model:*'],
  });
  // The harness key: S3 setup is the world's own instrument, never faulted or IAM-checked.
  const s3 = new S3Client({ ...aws.clientConfig({ accessKeyId: HARNESS_ACCESS_KEY_ID, secretAccessKey: 'unchecked' }), forcePathStyle: true });
  await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
  return {
    aws,
    github,
    s3,
    close: async () => {
      s3.destroy();
      await Promise.all([aws.close(), github.close()]);
    },
  };
}

export async function put(worlds: Worlds, key: string, body: string | Uint8Array): Promise<void> {
  await worlds.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body }));
}

let jobs = 0;

/**
 * A finished Model Monitor execution of `schedule`: a processing job in moto whose output folder holds the given
 * constraint_violations.json / statistics.json (undefined: not written), and the execution in the scenario layer.
 */
export async function monitorRun(
  worlds: Worlds,
  schedule: string,
  files: { violations?: unknown; features?: string[]; status?: MonitoringExecutionStatus; at?: Date },
): Promise<string> {
  jobs += 1;
  const name = `${schedule}-job-${jobs}`;
  const output = `monitoring/${schedule}/${jobs}`;
  const job = await worlds.aws.sagemaker.send(
    new CreateProcessingJobCommand({
      ProcessingJobName: name,
      RoleArn: 'arn:aws:iam::123456789012:role/monitor',
      AppSpecification: { ImageUri: '156813124566.dkr.ecr.us-east-1.amazonaws.com/sagemaker-model-monitor-analyzer' },
      ProcessingResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.xlarge', VolumeSizeInGB: 20 } },
      ProcessingOutputConfig: {
        Outputs: [{ OutputName: 'result', S3Output: { S3Uri: `s3://${BUCKET}/${output}`, LocalPath: '/opt/ml/processing/output', S3UploadMode: 'EndOfJob' } }],
      },
    }),
  );
  if (files.violations !== undefined) {
    await put(worlds, `${output}/constraint_violations.json`, typeof files.violations === 'string' ? files.violations : JSON.stringify(files.violations));
  }
  if (files.features) {
    await put(
      worlds,
      `${output}/statistics.json`,
      JSON.stringify({ version: 0, dataset: { item_count: 1000 }, features: files.features.map((f) => ({ name: f, inferred_type: 'Fractional' })) }),
    );
  }
  worlds.aws.monitoring.addExecution({
    scheduleName: schedule,
    status: files.status ?? (files.violations ? 'CompletedWithViolations' : 'Completed'),
    scheduledTime: files.at ?? new Date(Date.now() - 60_000 + jobs),
    processingJobArn: job.ProcessingJobArn!,
  });
  return job.ProcessingJobArn!;
}

/** Model Monitor's own words for a drift violation. */
export function driftViolation(feature: string, distance: number, threshold = 0.1): object {
  return {
    feature_name: feature,
    constraint_check_type: 'baseline_drift_check',
    description: `Baseline drift distance: ${distance} exceeds threshold: ${threshold}`,
  };
}

export interface StepOptions extends Partial<Omit<RunActionOptions, 'actionDir' | 'inputs'>> {
  auth?: 'static' | 'oidc' | 'none';
}

/** Runs the bundled action with static AWS keys (or OIDC) and the GitHub world's token and API. */
export function runStep(worlds: Worlds, inputs: Record<string, string>, options: StepOptions = {}): Promise<RunResult> {
  const auth = options.auth ?? 'static';
  const { auth: _auth, env, ...rest } = options;
  return runAction({
    actionDir: ACTION_DIR,
    inputs: { ...(auth === 'oidc' ? { 'role-to-assume': ROLE } : {}), ...inputs },
    env: {
      ...worlds.aws.env(),
      ...(auth === 'static' ? worlds.aws.staticCredentials() : {}),
      ...worlds.github.env(),
      ...env,
    },
    timeoutMs: 120_000,
    ...rest,
  });
}
