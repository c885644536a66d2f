import { afterEach, describe, expect, test } from 'vitest';
import { consoleOrigin, parseArn, parseNameOrArn, parseRoleArn, partitionOf, resolveRegion } from '@mlops-actions/shared/aws';
import { ActionError, InputError } from '@mlops-actions/shared/runtime';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

const pipelineSpec = {
  service: 'sagemaker',
  resourceType: 'pipeline',
  namePattern: /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$/,
  nameForm: 'a pipeline name',
  region: 'us-east-1',
};

describe('ARNs', () => {
  test('parses the parts', () => {
    expect(parseArn('arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn')).toEqual({
      partition: 'aws',
      service: 'sagemaker',
      region: 'us-east-1',
      accountId: '123456789012',
      resource: 'pipeline/churn',
    });
    expect(parseArn('arn:aws:iam::123456789012:role/x')?.region).toBe('');
    expect(parseArn('arn:aws:sagemaker:us-east-1:12345:pipeline/x')).toBeUndefined();
    expect(parseArn('not-an-arn')).toBeUndefined();
  });

  test('name or ARN: names pass through, ARNs give the name', () => {
    expect(parseNameOrArn('pipeline-name', 'churn-training', pipelineSpec)).toEqual({ name: 'churn-training' });
    expect(parseNameOrArn('pipeline-name', 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn-training', pipelineSpec).name).toBe('churn-training');
  });

  test('an ARN from another region is refused with the fix', () => {
    const call = (): unknown => parseNameOrArn('pipeline-name', 'arn:aws:sagemaker:eu-west-1:123456789012:pipeline/churn', pipelineSpec);
    expect(call).toThrow(InputError);
    expect(call).toThrow(
      "Input 'pipeline-name' is an ARN in region eu-west-1, but the action works in region us-east-1. Expected an ARN in us-east-1, or set aws-region: eu-west-1.",
    );
  });

  test('an ARN of another service or resource type is refused', () => {
    expect(() => parseNameOrArn('pipeline-name', 'arn:aws:s3:us-east-1:123456789012:pipeline/x', pipelineSpec)).toThrow(/not a sagemaker pipeline ARN/);
    expect(() => parseNameOrArn('pipeline-name', 'arn:aws:sagemaker:us-east-1:123456789012:model-package/x/1', pipelineSpec)).toThrow(
      /not a sagemaker pipeline ARN/,
    );
    expect(() => parseNameOrArn('pipeline-name', 'bad name!', pipelineSpec)).toThrow(
      "Input 'pipeline-name' is 'bad name!'. Expected a pipeline name, or its ARN.",
    );
  });

  test('a length limit the name pattern does not express is checked too, for names and ARNs', () => {
    const spec = { ...pipelineSpec, maxNameLength: 8 };
    expect(parseNameOrArn('pipeline-name', 'a------b', spec)).toEqual({ name: 'a------b' });
    expect(() => parseNameOrArn('pipeline-name', 'a-------b', spec)).toThrow(
      "Input 'pipeline-name' is 9 characters long. Expected a pipeline name, or its ARN.",
    );
    expect(() => parseNameOrArn('pipeline-name', 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/a-------b', spec)).toThrow(
      "Input 'pipeline-name' names 'a-------b'. Expected a pipeline name, or its ARN.",
    );
  });

  test('ARNs of another partition are refused, with the partition the region needs', () => {
    expect(() => parseNameOrArn('pipeline-name', 'arn:aws-cn:sagemaker:us-east-1:123456789012:pipeline/churn', pipelineSpec)).toThrow(
      "Input 'pipeline-name' is an ARN in partition aws-cn, but region us-east-1 is in partition aws. Expected an ARN starting arn:aws:, or set aws-region.",
    );
    expect(() => parseRoleArn('role-to-assume', 'arn:aws:iam::123456789012:role/r', 'cn-north-1')).toThrow(
      "Input 'role-to-assume' is an ARN in partition aws, but region cn-north-1 is in partition aws-cn. Expected an IAM role ARN like arn:aws-cn:iam::123456789012:role/github-mlops.",
    );
    expect(parseRoleArn('role-to-assume', 'arn:aws-cn:iam::123456789012:role/r', 'cn-north-1').partition).toBe('aws-cn');
    expect(parseRoleArn('role-to-assume', 'arn:aws-cn:iam::123456789012:role/r').partition).toBe('aws-cn'); // no region: form only
  });

  test('role ARNs', () => {
    expect(parseRoleArn('role-to-assume', 'arn:aws:iam::123456789012:role/ci/github-mlops').accountId).toBe('123456789012');
    expect(() => parseRoleArn('role-to-assume', 'github-mlops')).toThrow(/^Input 'role-to-assume' is 'github-mlops'\. Expected an IAM role ARN/);
    expect(() => parseRoleArn('role-to-assume', 'arn:aws:iam::123456789012:user/bob')).toThrow(/names 'user\/bob', which is not a role/);
  });
});

describe('regions', () => {
  test('input first, then AWS_REGION, then AWS_DEFAULT_REGION', () => {
    process.env.AWS_DEFAULT_REGION = 'eu-west-1';
    expect(resolveRegion()).toBe('eu-west-1');
    process.env.AWS_REGION = 'eu-central-1';
    expect(resolveRegion()).toBe('eu-central-1');
    process.env['INPUT_AWS-REGION'] = 'ap-southeast-2';
    expect(resolveRegion()).toBe('ap-southeast-2');
  });
  test('missing or malformed', () => {
    delete process.env.AWS_REGION;
    delete process.env.AWS_DEFAULT_REGION;
    expect(resolveRegion).toThrow(ActionError);
    expect(resolveRegion).toThrow(/No AWS region/);
    process.env['INPUT_AWS-REGION'] = 'Virginia';
    expect(resolveRegion).toThrow("Input 'aws-region' is 'Virginia'. Expected an AWS region code like us-east-1 or eu-west-2.");
  });
  test('partitions and console origins', () => {
    expect(partitionOf('cn-north-1')).toBe('aws-cn');
    expect(partitionOf('us-gov-west-1')).toBe('aws-us-gov');
    expect(consoleOrigin('eu-west-1')).toBe('https://eu-west-1.console.aws.amazon.com');
    expect(consoleOrigin('cn-north-1')).toBe('https://cn-north-1.console.amazonaws.cn');
  });
});
