import { ActionError } from '@mlops-actions/shared/runtime';
import type { ModelPackage, ModelRegistry } from '@mlops-actions/shared/aws/sagemaker';
import type { Selection } from './context.js';
import { statusOf } from './audit.js';

/** The package the inputs name, read whole; a clear error when there is none. */
export async function selectPackage(registry: ModelRegistry, selection: Selection, region: string): Promise<ModelPackage> {
  const where = `in region ${region}`;
  let arn: string;
  if (selection.kind === 'arn') {
    arn = selection.arn;
  } else if (selection.kind === 'latest') {
    const newest = await registry.latest(selection.group, selection.status);
    if (!newest?.ModelPackageArn) {
      const among = selection.status ? ` in status ${selection.status}` : '';
      throw new ActionError(`Model package group '${selection.group}' has no versions${among} ${where}.`, {
        hint: 'Check model-package-group and aws-region (and status), or that the pipeline registered a model.',
      });
    }
    arn = newest.ModelPackageArn;
  } else {
    const found = await registry.version(selection.group, selection.version);
    if (!found?.ModelPackageArn) {
      throw new ActionError(`Model package group '${selection.group}' has no version ${selection.version} ${where}.`, {
        hint: 'Check model-package-group, version and aws-region; version: latest takes the newest.',
      });
    }
    arn = found.ModelPackageArn;
  }
  const pkg = await registry.find(arn);
  if (!pkg) {
    throw new ActionError(`Model package ${arn} does not exist.`, {
      hint: 'Check model-package-arn and aws-region (and the account the credentials belong to).',
    });
  }
  // latest already picked among the status; a named version or ARN must be in it.
  if (selection.status && selection.kind !== 'latest' && statusOf(pkg) !== selection.status) {
    throw new ActionError(`Model package ${arn} is ${statusOf(pkg)}, not ${selection.status}.`, {
      hint: 'Leave status empty to take the package whatever its status, or name another version.',
    });
  }
  return pkg;
}
