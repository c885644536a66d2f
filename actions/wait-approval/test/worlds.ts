// Shared setup for wait-approval's tests: the local AWS world (moto + scenario layer) and GitHub world, model
// packages registered the way a pipeline registers them, and runs of the bundled action as the runner runs it.
import {
  CreateModelPackageCommand,
  CreateModelPackageGroupCommand,
  DescribeModelPackageCommand,
  StartPipelineExecutionCommand,
  UpdateModelPackageCommand,
  type DescribeModelPackageCommandOutput,
  type ModelApprovalStatus,
} from '@aws-sdk/client-sagemaker';
import {
  HARNESS_ACCESS_KEY_ID,
  actionDir,
  churnDefinition,
  runAction,
  startAwsWorld,
  startGitHubWorld,
  type AwsWorld,
  type AwsWorldOptions,
  type GitHubWorld,
  type RunActionOptions,
  type RunResult,
} from '@mlops-actions/testkit';

export const ACTION_DIR = actionDir('wait-approval');
export const START_PIPELINE_DIR = actionDir('start-pipeline');
export const IMAGE = `123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-serving@sha256:${'a'.repeat(64)}`;

export interface Worlds {
  aws: AwsWorld;
  github: GitHubWorld;
  close(): Promise<void>;
}

export async function startWorlds(awsOptions: AwsWorldOptions = {}): Promise<Worlds> {
  const [aws, github] = await Promise.all([startAwsWorld(awsOptions), startGitHubWorld()]);
  return { aws, github, close: async () => void (await Promise.all([aws.close(), github.close()])) };
}

let counter = 0;
export function newGroupName(prefix = 'churn-models'): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

export interface PackageSpec {
  status?: ModelApprovalStatus;
  /** The pipeline execution that made it (MetadataProperties.GeneratedBy). */
  generatedBy?: string;
  metadata?: Record<string, string>;
  metrics?: Record<string, unknown>;
}

/** Registers a new version in `group` (creating the group the first time) with the harness key; returns its ARN. */
export async function registerPackage(worlds: Worlds, group: string, spec: PackageSpec = {}): Promise<string> {
  await worlds.aws.sagemaker.send(new CreateModelPackageGroupCommand({ ModelPackageGroupName: group })).catch(() => undefined);
  const created = await worlds.aws.sagemaker.send(
    new CreateModelPackageCommand({
      ModelPackageGroupName: group,
      ModelApprovalStatus: spec.status ?? 'PendingManualApproval',
      InferenceSpecification: {
        Containers: [{ Image: IMAGE, ModelDataUrl: `s3://churn-data/models/${group}/model.tar.gz` }],
        SupportedContentTypes: ['text/csv'],
        SupportedResponseMIMETypes: ['text/csv'],
      },
      ...(spec.generatedBy ? { MetadataProperties: { GeneratedBy: spec.generatedBy } } : {}),
      ...(spec.metadata ? { CustomerMetadataProperties: spec.metadata } : {}),
      ...(spec.metrics ? { ModelMetrics: spec.metrics } : {}),
    }),
  );
  return created.ModelPackageArn as string;
}

/** Reads a package with the harness key (never faulted). */
export async function readPackage(worlds: Worlds, arn: string): Promise<DescribeModelPackageCommandOutput> {
  return worlds.aws.sagemaker.send(new DescribeModelPackageCommand({ ModelPackageName: arn }));
}

/** Another process (a person in the console) decides: status and description, as the console writes them. */
export async function decideElsewhere(worlds: Worlds, arn: string, status: ModelApprovalStatus, description: string): Promise<void> {
  await worlds.aws.sagemaker.send(new UpdateModelPackageCommand({ ModelPackageArn: arn, ModelApprovalStatus: status, ApprovalDescription: description }));
}

/** A pipeline execution whose description names a GitHub run triggered by `actor` (as start-pipeline writes it). */
export async function executionTriggeredBy(worlds: Worlds, actor: string | undefined, description?: string): Promise<string> {
  counter += 1;
  const pipeline = `churn-training-${counter}`;
  await worlds.aws.createPipeline(pipeline, churnDefinition(`${pipeline}-models`));
  const started = await worlds.aws.sagemaker.send(
    new StartPipelineExecutionCommand({
      PipelineName: pipeline,
      ClientRequestToken: `token-${pipeline}-0123456789abcdef0123456789`,
      PipelineExecutionDescription:
        description ??
        `Started by GitHub Actions\ngithub-run: https://github.com/octo-org/churn-model/actions/runs/77/attempts/1\ngithub-triggering-actor: ${actor}`,
    }),
  );
  return started.PipelineExecutionArn as string;
}

export interface StepOptions extends Partial<Omit<RunActionOptions, 'actionDir' | 'inputs'>> {
  /** GITHUB_TRIGGERING_ACTOR of the run (GITHUB_ACTOR stays 'octocat', the original author, unless github.actor is given). */
  actor?: string;
}

/** Runs the bundled action with static credentials; fast polling. */
export function runStep(worlds: Worlds, inputs: Record<string, string>, options: StepOptions = {}): Promise<RunResult> {
  const { actor, env, github, ...rest } = options;
  return runAction({
    actionDir: ACTION_DIR,
    inputs: { 'poll-interval': '200ms', ...inputs },
    env: { ...worlds.aws.env(), ...worlds.aws.staticCredentials(), ...worlds.github.env(), ...env },
    github: { ...(actor ? { triggeringActor: actor } : {}), ...github },
    timeoutMs: 60_000,
    ...rest,
  });
}

/** The requests the code under test made (the world's own instrument client excluded), by operation. */
export function calls(worlds: Worlds, operation: string, since = 0): number {
  return worlds.aws.requests.slice(since).filter((r) => r.operation === operation && r.accessKeyId !== HARNESS_ACCESS_KEY_ID).length;
}
