import { parseModelPackageArn } from '@mlops-actions/shared/aws/sagemaker';
import type { RunContext } from '@mlops-actions/shared/github';

/** The label that records the build fingerprint (see fingerprint.ts). */
export const FINGERPRINT_LABEL = 'org.mlops-actions.build-fingerprint';
export const MODEL_PACKAGE_ARN_LABEL = 'org.mlops-actions.model-package-arn';
export const MODEL_PACKAGE_VERSION_LABEL = 'org.mlops-actions.model-package-version';
export const PIPELINE_EXECUTION_LABEL = 'org.mlops-actions.pipeline-execution-arn';
export const CREATED_LABEL = 'org.opencontainers.image.created';

/**
 * The lineage labels: OCI source/revision/created, then the model package and pipeline execution. User labels
 * come last and may replace any of them except the fingerprint, which the action owns.
 */
export function lineageLabels(input: {
  run: RunContext;
  sha: string;
  modelPackageArn?: string;
  pipelineExecutionArn?: string;
  created: Date;
}): Map<string, string> {
  const labels = new Map<string, string>();
  labels.set('org.opencontainers.image.source', `${input.run.serverUrl}/${input.run.repository}`);
  if (input.sha) labels.set('org.opencontainers.image.revision', input.sha);
  labels.set(CREATED_LABEL, input.created.toISOString().replace(/\.\d{3}Z$/, 'Z'));
  if (input.modelPackageArn) {
    labels.set(MODEL_PACKAGE_ARN_LABEL, input.modelPackageArn);
    const version = parseModelPackageArn(input.modelPackageArn)?.version;
    if (version !== undefined) labels.set(MODEL_PACKAGE_VERSION_LABEL, String(version));
  }
  if (input.pipelineExecutionArn) labels.set(PIPELINE_EXECUTION_LABEL, input.pipelineExecutionArn);
  return labels;
}
