import { InputError } from '../runtime/errors.js';
import { partitionOf } from './region.js';

export interface Arn {
  partition: string;
  service: string;
  region: string;
  accountId: string;
  resource: string;
}

const ARN = /^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b|aws-iso-e|aws-iso-f|aws-eusc):([a-z0-9-]+):([a-z0-9-]*):(\d{12}|):(.+)$/;

export function parseArn(text: string): Arn | undefined {
  const match = ARN.exec(text);
  if (!match) return undefined;
  const [, partition, service, region, accountId, resource] = match as unknown as string[];
  return {
    partition: partition as string,
    service: service as string,
    region: region as string,
    accountId: accountId as string,
    resource: resource as string,
  };
}

/** IAM role ARN, e.g. arn:aws:iam::123456789012:role/path/github-mlops. */
export function parseRoleArn(input: string, value: string, region?: string): Arn {
  const arn = parseArn(value);
  const partition = region ? partitionOf(region) : 'aws';
  const expected = `an IAM role ARN like arn:${partition}:iam::123456789012:role/github-mlops`;
  if (arn?.service !== 'iam' || arn.region !== '' || arn.accountId === '') {
    throw new InputError(input, `is '${value}'`, expected);
  }
  if (!/^role\/([\x21-\x7e]+\/)*[\w+=,.@-]{1,64}$/.test(arn.resource)) {
    throw new InputError(input, `names '${arn.resource}', which is not a role`, expected);
  }
  // A role of another partition can never be assumed from this region's endpoints.
  if (region) checkArnPartition(input, arn, region, expected);
  return arn;
}

function checkArnPartition(input: string, arn: Arn, region: string, expected: string): void {
  const partition = partitionOf(region);
  if (arn.partition !== partition) {
    throw new InputError(input, `is an ARN in partition ${arn.partition}, but region ${region} is in partition ${partition}`, expected);
  }
}

/**
 * An ARN must name a resource where the action works: the same partition and region. Otherwise AWS answers
 * with a confusing "does not exist" (or, worse, only after something was changed).
 */
export function checkArnRegion(input: string, arn: Arn, region: string): void {
  checkArnPartition(input, arn, region, `an ARN starting arn:${partitionOf(region)}:, or set aws-region`);
  if (arn.region !== region) {
    throw new InputError(
      input,
      `is an ARN in region ${arn.region}, but the action works in region ${region}`,
      `an ARN in ${region}, or set aws-region: ${arn.region}`,
    );
  }
}

/**
 * A resource given by name or by ARN. The ARN must be for `service` and `resourceType` in `region`: a pipeline
 * ARN from another region would otherwise fail later with a confusing "does not exist".
 */
export function parseNameOrArn(
  input: string,
  value: string,
  spec: { service: string; resourceType: string; namePattern: RegExp; maxNameLength?: number; nameForm: string; region: string },
): { name: string; arn?: Arn } {
  // AWS name patterns often leave the length to a separate limit (hyphen runs are not counted).
  const tooLong = (name: string): boolean => spec.maxNameLength !== undefined && name.length > spec.maxNameLength;
  if (!value.startsWith('arn:')) {
    if (!spec.namePattern.test(value)) throw new InputError(input, `is '${value}'`, `${spec.nameForm}, or its ARN`);
    if (tooLong(value)) throw new InputError(input, `is ${value.length} characters long`, `${spec.nameForm}, or its ARN`);
    return { name: value };
  }
  const arn = parseArn(value);
  const example = `arn:aws:${spec.service}:${spec.region}:123456789012:${spec.resourceType}/NAME`;
  if (!arn || arn.service !== spec.service || !arn.resource.startsWith(`${spec.resourceType}/`) || !arn.accountId) {
    throw new InputError(input, `is '${value}', not a ${spec.service} ${spec.resourceType} ARN`, `a name or an ARN like ${example}`);
  }
  checkArnRegion(input, arn, spec.region);
  const name = arn.resource.slice(spec.resourceType.length + 1);
  if (!spec.namePattern.test(name) || tooLong(name)) {
    throw new InputError(input, `names '${name}'`, `${spec.nameForm}, or its ARN`);
  }
  return { name, arn };
}
