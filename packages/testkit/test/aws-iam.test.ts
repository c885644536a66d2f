// The local IAM evaluation an enforcing AWS world applies (aws/iam.ts), as AWS evaluates identity policies.
import { DescribePipelineCommand, ListModelPackageGroupsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import { AUTHORIZATION_RULES, evaluateIamPolicies as evaluate, startAwsWorld, type PolicyDocument, type PolicyStatement } from '../src/aws/index.js';

const PIPELINE = 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/churn';
const allow = (Action: string | string[], Resource: string | string[], Condition?: PolicyStatement['Condition']): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action, Resource, ...(Condition ? { Condition } : {}) }],
});

describe('IAM evaluation', () => {
  it('needs an Allow whose action and resource match (actions case-insensitive, wildcards in both)', () => {
    expect(evaluate([allow('sagemaker:DescribePipeline', PIPELINE)], { action: 'sagemaker:DescribePipeline', resource: PIPELINE })).toBe('allow');
    expect(evaluate([allow('SageMaker:describepipeline', PIPELINE)], { action: 'sagemaker:DescribePipeline', resource: PIPELINE })).toBe('allow');
    expect(
      evaluate([allow('sagemaker:Describe*', `${PIPELINE}*`)], { action: 'sagemaker:DescribePipelineExecution', resource: `${PIPELINE}/execution/x` }),
    ).toBe('allow');
    expect(evaluate([allow('sagemaker:DescribePipeline', PIPELINE)], { action: 'sagemaker:StartPipelineExecution', resource: PIPELINE })).toBe('implicit-deny');
    expect(evaluate([allow('sagemaker:DescribePipeline', `${PIPELINE}-2`)], { action: 'sagemaker:DescribePipeline', resource: PIPELINE })).toBe(
      'implicit-deny',
    );
    expect(evaluate([], { action: 'sagemaker:DescribePipeline', resource: PIPELINE })).toBe('implicit-deny');
  });

  it('an explicit Deny wins over any Allow; NotAction and NotResource invert the match', () => {
    const deny: PolicyDocument = { Statement: [{ Effect: 'Deny', NotAction: 'sagemaker:Describe*', Resource: '*' }] };
    const all = allow('*', '*');
    expect(evaluate([all, deny], { action: 'sagemaker:StopPipelineExecution', resource: PIPELINE })).toBe('explicit-deny');
    expect(evaluate([all, deny], { action: 'sagemaker:DescribePipeline', resource: PIPELINE })).toBe('allow');
    const notThere: PolicyDocument = { Statement: [{ Effect: 'Allow', Action: '*', NotResource: PIPELINE }] };
    expect(evaluate([notThere], { action: 'sagemaker:DescribePipeline', resource: PIPELINE })).toBe('implicit-deny');
  });

  it('conditions: iam:PassedToService as AWS supplies it for iam:PassRole; IfExists; unknown operators are refused, not ignored', () => {
    const passRole = allow('iam:PassRole', 'arn:aws:iam::123456789012:role/exec', { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } });
    const request = { action: 'iam:PassRole', resource: 'arn:aws:iam::123456789012:role/exec' };
    expect(evaluate([passRole], { ...request, context: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } })).toBe('allow');
    expect(evaluate([passRole], { ...request, context: { 'iam:PassedToService': 'lambda.amazonaws.com' } })).toBe('implicit-deny');
    expect(evaluate([passRole], request)).toBe('implicit-deny');
    const ifExists = allow('iam:PassRole', '*', { StringEqualsIfExists: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } });
    expect(evaluate([ifExists], request)).toBe('allow');
    expect(() => evaluate([allow('*', '*', { DateGreaterThan: { 'aws:CurrentTime': '2020-01-01' } })], request)).toThrow(
      'does not evaluate the condition operator DateGreaterThan',
    );
  });

  it('Bool conditions (aws:SecureTransport in queue policies) compare true/false case-insensitively, booleans included', () => {
    const request = { action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:123456789012:dlq' };
    const denyPlain: PolicyDocument = {
      Statement: [{ Effect: 'Deny', Action: 'sqs:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
    };
    const all = allow('sqs:SendMessage', '*');
    expect(evaluate([all, denyPlain], { ...request, context: { 'aws:SecureTransport': 'false' } })).toBe('explicit-deny');
    expect(evaluate([all, denyPlain], { ...request, context: { 'aws:SecureTransport': 'true' } })).toBe('allow');
    const requireTls = allow('sqs:SendMessage', '*', { Bool: { 'aws:SecureTransport': true as unknown as string } });
    expect(evaluate([requireTls], { ...request, context: { 'aws:SecureTransport': 'TRUE' } })).toBe('allow');
    expect(evaluate([requireTls], { ...request, context: { 'aws:SecureTransport': 'false' } })).toBe('implicit-deny');
  });

  it('CreatePipeline/UpdatePipeline also need iam:PassRole on the role they pass; execution calls are on the execution ARN', () => {
    const needs = AUTHORIZATION_RULES['sagemaker:UpdatePipeline']!(
      { PipelineName: 'Churn', RoleArn: 'arn:aws:iam::123456789012:role/exec' },
      'us-east-1',
      '123456789012',
    );
    expect(needs).toEqual([
      { action: 'sagemaker:UpdatePipeline', resource: PIPELINE },
      { action: 'iam:PassRole', resource: 'arn:aws:iam::123456789012:role/exec', context: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } },
    ]);
    expect(AUTHORIZATION_RULES['sagemaker:StopPipelineExecution']!({ PipelineExecutionArn: `${PIPELINE}/execution/x` }, 'us-east-1', '123456789012')).toEqual([
      { action: 'sagemaker:StopPipelineExecution', resource: `${PIPELINE}/execution/x` },
    ]);
  });
});

describe('an IAM-enforcing world', () => {
  it('does not know keys that no role session owns, and refuses calls it has no rule for instead of allowing them', async () => {
    const world = await startAwsWorld({ enforceIam: true });
    const client = new SageMakerClient({ ...world.clientConfig(), maxAttempts: 1 });
    try {
      await expect(client.send(new DescribePipelineCommand({ PipelineName: 'churn' }))).rejects.toMatchObject({ name: 'UnrecognizedClientException' });
      await expect(client.send(new ListModelPackageGroupsCommand({}))).rejects.toMatchObject({
        $metadata: { httpStatusCode: 500 },
        message: expect.stringContaining('no IAM rule for sagemaker:ListModelPackageGroups; add one to AUTHORIZATION_RULES'),
      });
      // The world's own client is its instrument, never checked.
      await expect(world.sagemaker.send(new ListModelPackageGroupsCommand({}))).resolves.toMatchObject({
        ModelPackageGroupSummaryList: [],
      });
    } finally {
      client.destroy();
      await world.close();
    }
  });
});
