import * as core from '../core/index.js';
import { ActionError, InputError } from '../runtime/errors.js';

const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

/** The region from the `aws-region` input, else AWS_REGION / AWS_DEFAULT_REGION (set by configure-aws-credentials). */
export function resolveRegion(inputName = 'aws-region'): string {
  const fromInput = core.getInput(inputName).trim();
  const value = fromInput || process.env.AWS_REGION?.trim() || process.env.AWS_DEFAULT_REGION?.trim() || '';
  if (value === '') {
    throw new ActionError('No AWS region: the aws-region input is empty and AWS_REGION is not set.', {
      hint: `Set '${inputName}: us-east-1' (your region) on this step, or run aws-actions/configure-aws-credentials before it.`,
    });
  }
  if (!REGION.test(value)) {
    if (fromInput) throw new InputError(inputName, `is '${value}'`, 'an AWS region code like us-east-1 or eu-west-2');
    throw new ActionError(`AWS_REGION is '${value}', which is not an AWS region code like us-east-1.`);
  }
  return value;
}

/** The partition a region belongs to; decides ARN prefixes and console domains. */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('us-isob-')) return 'aws-iso-b';
  if (region.startsWith('us-iso-')) return 'aws-iso';
  return 'aws';
}

/** The AWS console origin for a region, e.g. https://eu-west-1.console.aws.amazon.com. */
export function consoleOrigin(region: string): string {
  switch (partitionOf(region)) {
    case 'aws-cn':
      return `https://${region}.console.amazonaws.cn`;
    case 'aws-us-gov':
      return `https://${region}.console.amazonaws-us-gov.com`;
    default:
      return `https://${region}.console.aws.amazon.com`;
  }
}
