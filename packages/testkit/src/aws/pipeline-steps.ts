// What each pipeline step type does when it completes in the local world: the Metadata AWS lists for
// it, the properties later steps can `Get`, and the one real side effect (RegisterModel creates a
// model package in moto). Jobs are not created: their ARNs are plausible names only.
import { randomBytes } from 'node:crypto';
import type { MotoAnswer } from './moto-http.js';
import type { StepNode } from './pipeline-definition.js';

export interface StepInput {
  node: StepNode;
  /** The step's Arguments with every expression resolved. */
  args: Record<string, unknown>;
  execution: { id: string; arn: string; region: string; account: string };
  /** Condition steps: the branch to take. */
  conditionOutcome: boolean;
  /** Set when the scenario makes this step fail. */
  failAt?: { reason: string };
  /** A SageMaker JSON call to moto, in the execution's account. */
  sagemaker(operation: string, body: unknown): Promise<MotoAnswer>;
}

export interface StepResult {
  metadata: Record<string, unknown>;
  /** What `{"Get": "Steps.NAME.*"}` sees (only kept when the step succeeds). */
  properties?: Record<string, unknown>;
  outcome?: boolean;
  /** Set when the step fails: its FailureReason ('' for a Fail step without ErrorMessage). */
  failure?: string;
}

/** Lower-case alphanumeric, the alphabet of SageMaker execution ids and job-name suffixes. */
export function randomId(length: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(length)].map((b) => alphabet[b % alphabet.length]).join('');
}

function jobName(execId: string, stepName: string): string {
  // SageMaker names pipeline jobs pipelines-<execution id>-<step>-<random>, within 63 characters;
  // ARNs are lower case.
  const step = stepName
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-')
    .slice(0, 63 - 'pipelines-'.length - execId.length - 12);
  return `pipelines-${execId}-${step}-${randomId(10)}`;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export async function runStep(input: StepInput): Promise<StepResult> {
  const result = await complete(input);
  // failAt keeps the step's Metadata (its job did start) but nothing downstream may use it.
  return input.failAt ? { ...result, properties: undefined, failure: input.failAt.reason } : result;
}

async function complete(input: StepInput): Promise<StepResult> {
  const { node, args, execution: e } = input;
  const arn = (kind: string, name: string): string => `arn:aws:sagemaker:${e.region}:${e.account}:${kind}/${name}`;

  switch (node.type) {
    case 'Processing': {
      const name = jobName(e.id, node.name);
      return {
        metadata: { ProcessingJob: { Arn: arn('processing-job', name) } },
        properties: { ...args, ProcessingJobName: name, ProcessingJobArn: arn('processing-job', name), ProcessingJobStatus: 'Completed' },
      };
    }
    case 'Training': {
      const name = jobName(e.id, node.name);
      const outputPath = str((args.OutputDataConfig as Record<string, unknown> | undefined)?.S3OutputPath) ?? `s3://sagemaker-${e.region}-${e.account}`;
      return {
        metadata: { TrainingJob: { Arn: arn('training-job', name) } },
        properties: {
          ...args,
          TrainingJobName: name,
          TrainingJobArn: arn('training-job', name),
          TrainingJobStatus: 'Completed',
          ModelArtifacts: { S3ModelArtifacts: `${outputPath.replace(/\/+$/, '')}/${name}/output/model.tar.gz` },
        },
      };
    }
    case 'Transform': {
      const name = jobName(e.id, node.name);
      return {
        metadata: { TransformJob: { Arn: arn('transform-job', name) } },
        properties: { ...args, TransformJobName: name, TransformJobArn: arn('transform-job', name), TransformJobStatus: 'Completed' },
      };
    }
    case 'Tuning': {
      const name = `${e.id}-${randomId(19)}`; // tuning job names are limited to 32 characters
      return {
        metadata: { TuningJob: { Arn: arn('hyper-parameter-tuning-job', name) } },
        properties: { ...args, HyperParameterTuningJobName: name, HyperParameterTuningJobArn: arn('hyper-parameter-tuning-job', name) },
      };
    }
    case 'Model': {
      const name = jobName(e.id, node.name);
      return { metadata: { Model: { Arn: arn('model', name) } }, properties: { ...args, ModelName: name } };
    }
    case 'Condition':
      return {
        metadata: { Condition: { Outcome: input.conditionOutcome ? 'True' : 'False' } },
        properties: { Outcome: input.conditionOutcome },
        outcome: input.conditionOutcome,
      };
    case 'Fail': {
      const message = args.ErrorMessage === undefined ? '' : String(args.ErrorMessage);
      return { metadata: { Fail: { ErrorMessage: message } }, failure: message };
    }
    case 'RegisterModel': {
      if (input.failAt) return { metadata: {} }; // the scenario fails it before anything is registered
      const registered = await registerModel(input);
      if ('failure' in registered) return { metadata: {}, failure: registered.failure };
      return { metadata: { RegisterModel: { Arn: registered.arn } }, properties: { ...args, ModelPackageArn: registered.arn } };
    }
    default:
      // Unknown types (Lambda, Callback, QualityCheck, EMR, ...) just succeed.
      return { metadata: {}, properties: { ...args } };
  }
}

/** A RegisterModel step really creates the model package in moto (creating the group if needed). */
async function registerModel(input: StepInput): Promise<{ arn: string } | { failure: string }> {
  const { args, sagemaker } = input;
  // The wording SageMaker uses when a step's own API call fails.
  const clientError = (operation: string, answer: MotoAnswer): { failure: string } => ({
    failure: `ClientError: Failed to invoke sagemaker:${operation}. Error Details: ${answer.errorMessage() ?? answer.text}`,
  });
  const groupArg = str(args.ModelPackageGroupName);
  if (!groupArg) return { failure: 'ClientError: ModelPackageGroupName is required for a RegisterModel step.' };
  const group = groupArg.startsWith('arn:') ? groupArg.slice(groupArg.lastIndexOf('/') + 1) : groupArg;
  const existing = await sagemaker('DescribeModelPackageGroup', { ModelPackageGroupName: group });
  if (existing.status !== 200) {
    const created = await sagemaker('CreateModelPackageGroup', { ModelPackageGroupName: group });
    if (created.status !== 200) return clientError('CreateModelPackageGroup', created);
  }
  const answer = await sagemaker('CreateModelPackage', {
    ...args,
    ModelPackageGroupName: group,
    // A package registered without a status is PendingManualApproval on AWS; moto would leave it unset.
    ModelApprovalStatus: args.ModelApprovalStatus ?? 'PendingManualApproval',
    MetadataProperties: args.MetadataProperties ?? { GeneratedBy: input.execution.arn },
  });
  if (answer.status !== 200) return clientError('CreateModelPackage', answer);
  return { arn: String(answer.json().ModelPackageArn) };
}
