import { type Arn, parseArn } from './arn.js';

/**
 * SageMaker's ARN shapes, written once. Each parser returns undefined for anything else (another service, another
 * resource type, a malformed ARN), so callers decide how to report it.
 */

export interface PipelineArn {
  arn: Arn;
  /** As SageMaker writes it inside ARNs: lower-case. */
  pipelineName: string;
}

export interface PipelineExecutionArn extends PipelineArn {
  executionId: string;
}

export interface ModelPackageArn {
  arn: Arn;
  /** The group of a versioned package, or the name of an unversioned one. */
  name: string;
  /** Set for a versioned package (model-package/GROUP/N), the kind a RegisterModel step creates. */
  version?: number;
}

export interface ModelPackageGroupArn {
  arn: Arn;
  groupName: string;
}

const PIPELINE = /^pipeline\/([^/]+)$/;
const EXECUTION = /^pipeline\/([^/]+)\/execution\/([a-z0-9]+)$/;
const MODEL_PACKAGE = /^model-package\/([^/]+)(?:\/(\d+))?$/;
const MODEL_PACKAGE_GROUP = /^model-package-group\/([^/]+)$/;

function sagemakerResource(text: string, pattern: RegExp): { arn: Arn; match: RegExpExecArray } | undefined {
  const arn = parseArn(text);
  if (arn?.service !== 'sagemaker' || arn.accountId === '') return undefined;
  const match = pattern.exec(arn.resource);
  return match ? { arn, match } : undefined;
}

export function parsePipelineArn(text: string): PipelineArn | undefined {
  const found = sagemakerResource(text, PIPELINE);
  return found && { arn: found.arn, pipelineName: found.match[1] as string };
}

export function parsePipelineExecutionArn(text: string): PipelineExecutionArn | undefined {
  const found = sagemakerResource(text, EXECUTION);
  return found && { arn: found.arn, pipelineName: found.match[1] as string, executionId: found.match[2] as string };
}

export function parseModelPackageArn(text: string): ModelPackageArn | undefined {
  const found = sagemakerResource(text, MODEL_PACKAGE);
  if (!found) return undefined;
  const version = found.match[2];
  return { arn: found.arn, name: found.match[1] as string, ...(version !== undefined ? { version: Number(version) } : {}) };
}

export function parseModelPackageGroupArn(text: string): ModelPackageGroupArn | undefined {
  const found = sagemakerResource(text, MODEL_PACKAGE_GROUP);
  return found && { arn: found.arn, groupName: found.match[1] as string };
}

/** `churn-models v3` for a versioned package; the ARN itself otherwise. */
export function modelPackageLabel(text: string): string {
  const parsed = parseModelPackageArn(text);
  return parsed?.version !== undefined ? `${parsed.name} v${parsed.version}` : text;
}
