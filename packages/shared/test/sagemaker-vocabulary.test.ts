import { PipelineExecutionStatus, StepStatus, ModelApprovalStatus } from '@aws-sdk/client-sagemaker';
import { describe, expect, test } from 'vitest';
import {
  APPROVAL_STATUS,
  EXECUTION_STATUS,
  FINAL_STATUSES,
  STEP_STATUS,
  UNKNOWN_STATUS,
  approvalStatus,
  executionStatus,
  modelPackageLabel,
  parseModelPackageArn,
  parseModelPackageGroupArn,
  parsePipelineArn,
  parsePipelineExecutionArn,
  sagemakerConsole,
  stepStatus,
} from '@mlops-actions/shared/aws/sagemaker';

const ACCOUNT = '123456789012';

describe('SageMaker ARN parsers', () => {
  test.each([
    [
      `arn:aws:sagemaker:us-east-1:${ACCOUNT}:pipeline/churn/execution/abc123def456`,
      { pipelineName: 'churn', executionId: 'abc123def456', region: 'us-east-1' },
    ],
    [`arn:aws-cn:sagemaker:cn-north-1:${ACCOUNT}:pipeline/a-b/execution/0z`, { pipelineName: 'a-b', executionId: '0z', region: 'cn-north-1' }],
  ])('execution %s', (text, expected) => {
    const parsed = parsePipelineExecutionArn(text);
    expect(parsed && { pipelineName: parsed.pipelineName, executionId: parsed.executionId, region: parsed.arn.region }).toEqual(expected);
  });

  test.each([
    `arn:aws:sagemaker:us-east-1:${ACCOUNT}:pipeline/churn`,
    `arn:aws:sagemaker:us-east-1:${ACCOUNT}:pipeline/churn/execution/`,
    `arn:aws:sagemaker:us-east-1:${ACCOUNT}:pipeline/churn/execution/ABC`,
    `arn:aws:sagemaker:us-east-1:${ACCOUNT}:pipeline/churn/execution/abc/extra`,
    `arn:aws:states:us-east-1:${ACCOUNT}:pipeline/churn/execution/abc`,
    `arn:aws:sagemaker:us-east-1::pipeline/churn/execution/abc`,
    'pipeline/churn/execution/abc',
  ])('not an execution: %s', (text) => {
    expect(parsePipelineExecutionArn(text)).toBeUndefined();
  });

  test.each([
    [`arn:aws:sagemaker:eu-west-1:${ACCOUNT}:pipeline/churn`, 'churn'],
    [`arn:aws:sagemaker:eu-west-1:${ACCOUNT}:pipeline/churn/execution/abc`, undefined],
    [`arn:aws:sagemaker:eu-west-1:${ACCOUNT}:model-package/churn/1`, undefined],
  ])('pipeline %s', (text, name) => {
    expect(parsePipelineArn(text)?.pipelineName).toBe(name);
  });

  test.each([
    [`arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package/churn-models/3`, { name: 'churn-models', version: 3 }, 'churn-models v3'],
    [
      `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package/standalone`,
      { name: 'standalone' },
      `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package/standalone`,
    ],
    [
      `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package-group/churn-models`,
      undefined,
      `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package-group/churn-models`,
    ],
    [`arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package/a/b/3`, undefined, `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package/a/b/3`],
  ])('model package %s', (text, expected, label) => {
    const parsed = parseModelPackageArn(text);
    expect(parsed && { name: parsed.name, ...(parsed.version !== undefined ? { version: parsed.version } : {}) }).toEqual(expected);
    expect(modelPackageLabel(text)).toBe(label);
  });

  test.each([
    [`arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package-group/churn-models`, 'churn-models'],
    [`arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package/churn-models/3`, undefined],
  ])('model package group %s', (text, group) => {
    expect(parseModelPackageGroupArn(text)?.groupName).toBe(group);
  });

  test('console links use the parsed parts, and fall back to the registry for an unversioned package', () => {
    expect(sagemakerConsole.execution('us-east-1', `arn:aws:sagemaker:us-east-1:${ACCOUNT}:pipeline/churn/execution/abc123`)).toMatch(
      /#\/pipelines\/churn\/executions\/abc123$/,
    );
    expect(sagemakerConsole.modelPackage('us-east-1', `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package/churn-models/3`)).toMatch(
      /#\/model-registry\/churn-models\/versions\/3$/,
    );
    expect(sagemakerConsole.modelPackage('us-east-1', `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model-package/standalone`)).toMatch(/#\/model-registry$/);
  });
});

describe('the status table', () => {
  // The SDK's own enum objects: a status the SDK knows must have a row (the Record types enforce it at compile time;
  // this checks the runtime tables agree with the SDK build that is installed).
  test.each([
    ['execution', Object.values(PipelineExecutionStatus), EXECUTION_STATUS],
    ['step', Object.values(StepStatus), STEP_STATUS],
    ['approval', Object.values(ModelApprovalStatus), APPROVAL_STATUS],
  ] as const)('every %s status of the SDK has exactly one row', (_kind, sdk, table) => {
    expect(Object.keys(table).sort()).toEqual([...sdk].sort());
  });

  test.each([
    ['Succeeded', '✅', '✔', 'succeeded', true],
    ['Failed', '❌', '✖', 'failed', true],
    ['Stopped', '⏹️', '■', 'stopped', true],
    ['Stopping', '⏹️', '■', 'stopped', false],
    ['Executing', '⏳', '▶', 'running', false],
    ['Starting', '⏳', '▶', 'running', false],
  ])('step %s: icon %s, mark %s, node %s, final %s', (status, icon, mark, node, final) => {
    expect(stepStatus(status)).toEqual({ icon, mark, node, final });
    if (status !== 'Starting') expect(executionStatus(status)).toEqual({ icon, mark, node, final });
  });

  test.each([
    ['Approved', 'succeeded'],
    ['Rejected', 'failed'],
    ['PendingManualApproval', 'pending'],
  ])('approval %s is drawn %s', (status, node) => {
    expect(approvalStatus(status).node).toBe(node);
  });

  test.each([undefined, 'Paused', 'toString', '__proto__', 'Starting'])('an unknown execution status (%s) is shown neutrally and never final', (status) => {
    expect(executionStatus(status)).toBe(UNKNOWN_STATUS);
  });

  test('the final execution statuses come from the table', () => {
    expect([...FINAL_STATUSES].sort()).toEqual(['Failed', 'Stopped', 'Succeeded']);
  });
});
