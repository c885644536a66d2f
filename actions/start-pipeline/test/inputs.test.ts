// Bad input gets one clear error that names the input and the expected form, and starts nothing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { StartPipelineExecutionCommand } from '@aws-sdk/client-sagemaker';
import { churnDefinition } from '@mlops-actions/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { calls, newPipeline, runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
let pipeline: string;
const workspace = mkdtempSync(path.join(tmpdir(), 'ws-inputs-'));
beforeAll(async () => {
  worlds = await startWorlds();
  pipeline = (await newPipeline(worlds)).name;
  writeFileSync(path.join(workspace, 'broken.json'), '{"Steps": [');
  writeFileSync(path.join(workspace, 'no-steps.json'), '{"Version": "2020-12-01"}');
});
afterAll(async () => worlds?.close());

const OTHER_EXECUTION = 'arn:aws:sagemaker:us-east-1:123456789012:pipeline/other-pipeline/execution/abcdef123456';

// [what, inputs, expected error (exact start), AWS calls allowed before the error]
const cases: Array<[string, Record<string, string>, RegExp, 'none' | 'describe']> = [
  [
    'a bad pipeline name',
    { 'pipeline-name': 'churn training!' },
    /^Input 'pipeline-name' is 'churn training!'\. Expected a pipeline name \(letters, digits and hyphens, at most 256\), or its ARN\.$/,
    'none',
  ],
  [
    'unparseable parameters',
    { parameters: 'InputDataUrl: [s3://a' },
    /^Input 'parameters' is not a valid mapping \(.+\)\. Expected a YAML mapping \(Name: value\), a JSON object \(\{"Name": "value"\}\) or Name=Value lines\.$/,
    'none',
  ],
  ['parameters that are a list', { parameters: '- a\n- b' }, /^Input 'parameters' is '- a'\. Expected a YAML mapping/, 'none'],
  [
    'a duration without a unit',
    { timeout: '30' },
    /^Input 'timeout' is '30', a number without a unit\. Expected a duration with a unit, like 90s, 45m, 1h30m or 2h \(at least 1s, at most 5d\)\.$/,
    'none',
  ],
  ['a malformed duration', { 'poll-interval': 'soon' }, /^Input 'poll-interval' is 'soon'\. Expected a duration/, 'none'],
  [
    'a pipeline name over 256 characters (the pattern alone would let hyphen runs through)',
    { 'pipeline-name': `a${'-'.repeat(256)}b` },
    /^Input 'pipeline-name' is 258 characters long\. Expected a pipeline name \(letters, digits and hyphens, at most 256\), or its ARN\.$/,
    'none',
  ],
  [
    'a pipeline ARN of another partition',
    { 'pipeline-name': 'arn:aws-cn:sagemaker:us-east-1:123456789012:pipeline/churn' },
    /^Input 'pipeline-name' is an ARN in partition aws-cn, but region us-east-1 is in partition aws\. Expected an ARN starting arn:aws:, or set aws-region\.$/,
    'none',
  ],
  [
    'a role of another partition',
    { 'role-to-assume': 'arn:aws-cn:iam::123456789012:role/github-mlops' },
    /^Input 'role-to-assume' is an ARN in partition aws-cn, but region us-east-1 is in partition aws\. Expected an IAM role ARN like arn:aws:iam::123456789012:role\/github-mlops\.$/,
    'none',
  ],
  [
    'a source execution in another region',
    { 'selected-steps': 'Train', 'source-execution-arn': 'arn:aws:sagemaker:eu-west-1:123456789012:pipeline/PIPELINE/execution/abcdef123456' },
    /^Input 'source-execution-arn' is an ARN in region eu-west-1, but the action works in region us-east-1\. Expected an ARN in us-east-1, or set aws-region: eu-west-1\.$/,
    'none',
  ],
  [
    'a pipeline ARN from another region',
    { 'pipeline-name': 'arn:aws:sagemaker:eu-west-1:123456789012:pipeline/churn' },
    /^Input 'pipeline-name' is an ARN in region eu-west-1, but the action works in region us-east-1\. Expected an ARN in us-east-1, or set aws-region: eu-west-1\.$/,
    'none',
  ],
  ['a non-boolean wait', { wait: 'yes' }, /^Input 'wait' is 'yes'\. Expected true or false\.$/, 'none'],
  ['a zero max-parallel-steps', { 'max-parallel-steps': '0' }, /^Input 'max-parallel-steps' is 0\. Expected a whole number from 1 to 256\.$/, 'none'],
  ['a bad display name', { 'display-name': 'nightly_run' }, /^Input 'display-name' is 'nightly_run'\. Expected letters, digits and hyphens/, 'none'],
  [
    'a bad role ARN',
    { 'role-to-assume': 'github-mlops' },
    /^Input 'role-to-assume' is 'github-mlops'\. Expected an IAM role ARN like arn:aws:iam::123456789012:role\/github-mlops\.$/,
    'none',
  ],
  ['a role duration over 12h', { 'role-duration': '13h' }, /^Input 'role-duration' is '13h'\. Expected a duration .*at most 12h/, 'none'],
  ['a region that is not a region', { 'aws-region': 'Virginia' }, /^Input 'aws-region' is 'Virginia'\. Expected an AWS region code/, 'none'],
  [
    'a source execution of another pipeline',
    { 'selected-steps': 'Train', 'source-execution-arn': OTHER_EXECUTION },
    /^Input 'source-execution-arn' is an execution of pipeline 'other-pipeline'\. Expected an execution of churn-training-\d+\.$/,
    'none',
  ],
  [
    'a source execution without selected steps',
    { 'source-execution-arn': OTHER_EXECUTION.replace('other-pipeline', 'PIPELINE') },
    /^Input 'source-execution-arn' is set without selected-steps/,
    'none',
  ],
  [
    'a pipeline role without a definition',
    { 'pipeline-role-arn': 'arn:aws:iam::123456789012:role/x' },
    /^Input 'pipeline-role-arn' is set without pipeline-definition/,
    'none',
  ],
  [
    'a definition file that does not exist',
    { 'pipeline-definition': 'missing.json' },
    /^Input 'pipeline-definition' is 'missing\.json', which cannot be read \(ENOENT\)\. Expected the path of a regular JSON file of at most 1 MiB, relative to the workspace \(GITHUB_WORKSPACE\) or absolute\.$/,
    'none',
  ],
  [
    'a definition that is not JSON',
    { 'pipeline-definition': 'broken.json' },
    /^Input 'pipeline-definition' is not valid JSON \(.+\)\. Expected a SageMaker pipeline definition/,
    'none',
  ],
  [
    'a definition without steps',
    { 'pipeline-definition': 'no-steps.json' },
    /^Input 'pipeline-definition' has no Steps array\. Expected a SageMaker pipeline definition/,
    'none',
  ],
  [
    'a parameter the pipeline does not declare',
    { parameters: 'InputDataUrl: s3://x\nLearningRate: 0.1' },
    /^Input 'parameters' names 'LearningRate', not declared by pipeline churn-training-\d+\. Expected declared parameters \(ModelApprovalStatus, InputDataUrl, TrainingInstanceCount\)\.$/,
    'describe',
  ],
  [
    'an Integer parameter given a word',
    { parameters: 'TrainingInstanceCount: two' },
    /^Input 'parameters' gives Integer parameter 'TrainingInstanceCount' the value 'two'\. Expected a whole number from -9223372036854775808 to 9223372036854775807\.$/,
    'describe',
  ],
  [
    'a selected step that does not exist',
    { 'selected-steps': 'Train, Deploy' },
    /^Input 'selected-steps' names 'Deploy', not steps of the pipeline\. Expected step names from: Preprocess, Train, CheckAccuracy, RegisterChurnModel, AccuracyTooLow\.$/,
    'describe',
  ],
];

describe.each(cases)('%s', (_what, inputs, expected, allowed) => {
  test('fails with one clear error and starts nothing', async () => {
    const since = worlds.aws.requests.length;
    const withPipeline: Record<string, string> = { 'pipeline-name': pipeline, ...inputs };
    if (withPipeline['source-execution-arn']?.includes('PIPELINE'))
      withPipeline['source-execution-arn'] = withPipeline['source-execution-arn'].replace('PIPELINE', pipeline);
    const result = await runStep(worlds, withPipeline, { workspace });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(expected);
    // No stack trace reaches the user.
    expect(result.main.stdout + result.main.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    const made = worlds.aws.requests.slice(since).map((r) => r.operation);
    if (allowed === 'none') expect(made).toEqual([]);
    else expect(made).toEqual(['DescribePipeline']);
    expect(calls(worlds, 'StartPipelineExecution', since)).toBe(0);
  });
});

test('an unknown pipeline is reported as such and nothing starts', async () => {
  const since = worlds.aws.requests.length;
  const result = await runStep(worlds, { 'pipeline-name': 'no-such-pipeline' });
  expect(result.exitCode).toBe(1);
  expect(result.errors).toEqual([
    "Pipeline 'no-such-pipeline' does not exist in region us-east-1.\nHint: Check pipeline-name and aws-region, or give pipeline-definition (and pipeline-role-arn) so the action creates it.",
  ]);
  expect(worlds.aws.requests.slice(since).map((r) => r.operation)).toEqual(['DescribePipeline']);
});

test('a missing pipeline-name is required', async () => {
  const result = await runStep(worlds, {});
  expect(result.errors).toEqual([
    "Input 'pipeline-name' is required but empty. Expected a pipeline name or ARN (or execution-arn, to attach to an execution already started).",
  ]);
});

test('a new pipeline from a definition needs a role, and nothing is created', async () => {
  writeFileSync(path.join(workspace, 'good.json'), JSON.stringify({ Version: '2020-12-01', Steps: [{ Name: 'Only', Type: 'Processing', Arguments: {} }] }));
  const since = worlds.aws.requests.length;
  const result = await runStep(worlds, { 'pipeline-name': 'brand-new-pipeline', 'pipeline-definition': 'good.json' }, { workspace });
  expect(result.errors).toEqual([
    "Pipeline 'brand-new-pipeline' does not exist yet, and creating it needs a role.\nHint: Set pipeline-role-arn to the IAM role the pipeline runs as.",
  ]);
  expect(worlds.aws.requests.slice(since).map((r) => r.operation)).toEqual(['DescribePipeline']);
});

test('a definition with a JSON syntax error is annotated at its file and line', async () => {
  writeFileSync(path.join(workspace, 'typo.json'), '{\n  "Version": "2020-12-01",\n  "Steps": [\n    {"Name": "Train", "Type": }\n  ]\n}\n');
  const result = await runStep(worlds, { 'pipeline-name': pipeline, 'pipeline-definition': 'typo.json' }, { workspace });
  expect(result.exitCode).toBe(1);
  const [annotation, ...others] = result.main.annotations.filter((a) => a.level === 'error');
  expect(others).toEqual([]);
  expect(annotation?.message).toMatch(/^Input 'pipeline-definition' is not valid JSON \(line 4 column 31: Unexpected token/);
  expect(annotation?.properties).toMatchObject({ file: 'typo.json', line: '4', col: '31' });
});

describe('the source of a selective execution is checked with AWS before anything changes', () => {
  const missing = (name: string): string => `arn:aws:sagemaker:us-east-1:123456789012:pipeline/${name}/execution/zzz999`;

  test('one that does not exist: one error, and with pipeline-definition the pipeline is not updated', async () => {
    writeFileSync(path.join(workspace, 'good.json'), JSON.stringify(churnDefinition('churn-models-source-check')));
    const since = worlds.aws.requests.length;
    const result = await runStep(
      worlds,
      { 'pipeline-name': pipeline, 'pipeline-definition': 'good.json', 'selected-steps': 'Train', 'source-execution-arn': missing(pipeline) },
      { workspace },
    );
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      `Input 'source-execution-arn' names an execution that does not exist. Expected an execution of ${pipeline} that Succeeded or Failed.`,
    ]);
    expect(worlds.aws.requests.slice(since).map((r) => r.operation)).toEqual(['DescribePipeline', 'DescribePipelineExecution']);
  });

  test('one still executing: one error, nothing started', async () => {
    const { name } = await newPipeline(worlds, { ticksPerStep: 50 });
    const { PipelineExecutionArn: running } = await worlds.aws.sagemaker.send(new StartPipelineExecutionCommand({ PipelineName: name }));
    const since = worlds.aws.requests.length;
    const result = await runStep(worlds, { 'pipeline-name': name, 'selected-steps': 'Train', 'source-execution-arn': running as string });
    expect(result.errors).toEqual([
      `Input 'source-execution-arn' names an execution that is Executing. Expected an execution of ${name} that Succeeded or Failed.`,
    ]);
    expect(calls(worlds, 'StartPipelineExecution', since)).toBe(0);
  });
});

describe('lists', () => {
  test.each([
    [
      'selected-steps with no step in it',
      { 'selected-steps': ' , ' },
      "Input 'selected-steps' has no items. Expected step names, one per line or comma-separated.",
    ],
    [
      'selected-steps naming a step twice',
      { 'selected-steps': 'Train, Train' },
      "Input 'selected-steps' names 'Train' twice. Expected step names, one per line or comma-separated, each once.",
    ],
  ])('%s: one error, nothing called', async (_what, inputs, expected) => {
    const since = worlds.aws.requests.length;
    const result = await runStep(worlds, { 'pipeline-name': pipeline, ...inputs });
    expect(result.errors).toEqual([expected]);
    expect(worlds.aws.requests.slice(since)).toEqual([]);
  });
});
