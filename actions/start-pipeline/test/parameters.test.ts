// The `parameters` input as it reaches SageMaker, in the bundled action: values exactly as written in every form,
// a name given twice refused, a YAML flow mapping accepted; and a pipeline-definition that is not JSON reported
// without quoting the file. Asserted on the StartPipelineExecution request the action sent.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { churnDefinition, PIPELINE_ROLE } from '@mlops-actions/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { calls, executionsOf, runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
const workspace = mkdtempSync(path.join(tmpdir(), 'ws-parameters-'));
beforeAll(async () => {
  worlds = await startWorlds();
});
afterAll(async () => worlds?.close());

let counter = 0;
/** A pipeline declaring the churn parameters plus a Float LearningRate. */
async function pipelineWithLearningRate(): Promise<string> {
  counter += 1;
  const name = `parameters-${counter}-${Date.now()}`;
  const definition = churnDefinition(`${name}-models`) as { Parameters: object[] };
  definition.Parameters.push({ Name: 'LearningRate', Type: 'Float', DefaultValue: 0.1 });
  await worlds.aws.createPipeline(name, definition, { roleArn: PIPELINE_ROLE });
  return name;
}

/** Runs the action without waiting; returns the PipelineParameters of the one StartPipelineExecution it sent. */
async function sentParameters(name: string, parameters: string): Promise<{ sent: Record<string, string>; body: string }> {
  const since = worlds.aws.requests.length;
  const result = await runStep(worlds, { 'pipeline-name': name, wait: 'false', parameters });
  expect(result.errors).toEqual([]);
  expect(result.exitCode).toBe(0);
  const starts = worlds.aws.requests.slice(since).filter((r) => r.operation === 'StartPipelineExecution');
  expect(starts).toHaveLength(1);
  const body = starts[0]?.body ?? '{}';
  const list = (JSON.parse(body) as { PipelineParameters?: Array<{ Name: string; Value: string }> }).PipelineParameters ?? [];
  return { sent: Object.fromEntries(list.map((p) => [p.Name, p.Value])), body };
}

const FORMS = 'a YAML mapping (Name: value), a JSON object ({"Name": "value"}) or Name=Value lines';

describe('values reach SageMaker exactly as written', () => {
  test('JSON numbers keep every digit and trailing zero', async () => {
    const name = await pipelineWithLearningRate();
    // 2^63 - 1, the largest Integer SageMaker takes; a double would make it 9223372036854775808.
    const { sent, body } = await sentParameters(name, '{"TrainingInstanceCount": 9223372036854775807, "LearningRate": 0.10}');
    expect(sent).toEqual({ TrainingInstanceCount: '9223372036854775807', LearningRate: '0.10' });
    expect(body).toContain('"Value":"9223372036854775807"');
    expect(body).toContain('"Value":"0.10"');
    expect(body).not.toContain('9223372036854775808');
    expect(executionsOf(worlds, name)[0]?.parameters).toMatchObject({ TrainingInstanceCount: '9223372036854775807', LearningRate: '0.10' });
  });

  test('JSON strings are decoded, and null is an empty value', async () => {
    const name = await pipelineWithLearningRate();
    const { sent } = await sentParameters(
      name,
      '{"InputDataUrl": "s3://churn-data/in\\u0070ut/\\"q\\".csv", "ModelApprovalStatus": "Approved", "LearningRate": 1e-3}',
    );
    expect(sent).toEqual({ InputDataUrl: 's3://churn-data/input/"q".csv', ModelApprovalStatus: 'Approved', LearningRate: '1e-3' });
  });

  test('a YAML flow mapping (not JSON) is read as YAML, values as written', async () => {
    const name = await pipelineWithLearningRate();
    const { sent } = await sentParameters(name, '{InputDataUrl: s3://churn-data/input/x.csv, LearningRate: 0.10, TrainingInstanceCount: 3}');
    expect(sent).toEqual({ InputDataUrl: 's3://churn-data/input/x.csv', LearningRate: '0.10', TrainingInstanceCount: '3' });
  });
});

describe('the YAML form keeps values as written, or refuses what YAML would change', () => {
  const AS_WRITTEN =
    'Expected a YAML mapping whose values YAML keeps as written: plain or quoted text on one line (in quotes when it holds " #"), or a literal block (|) for several lines; no tags; comments on lines of their own.';

  test('" #" inside a quoted value, in Name=Value lines and in JSON reaches SageMaker whole; comments on their own lines are dropped', async () => {
    const name = await pipelineWithLearningRate();
    const url = 's3://b/my data #1/x.csv';
    expect((await sentParameters(name, `# where the data is\nInputDataUrl: "${url}"  # quoted, so this is a comment\nLearningRate: '0.10'`)).sent).toEqual({
      InputDataUrl: url,
      LearningRate: '0.10',
    });
    expect((await sentParameters(name, `InputDataUrl=${url}`)).sent).toEqual({ InputDataUrl: url });
    expect((await sentParameters(name, JSON.stringify({ InputDataUrl: url }))).sent).toEqual({ InputDataUrl: url });
    expect((await sentParameters(name, 'InputDataUrl: |-\n  s3://b/one\n  s3://b/two')).sent).toEqual({ InputDataUrl: 's3://b/one\ns3://b/two' });
  });

  test.each([
    [
      '" #" after a plain value (today it reaches SageMaker as s3://b/my data)',
      'InputDataUrl: s3://b/my data #1/x.csv',
      "has ' #' after the value of 'InputDataUrl' (line 1), where YAML starts a comment and cuts the value short",
    ],
    [
      'a comment after a plain value',
      'LearningRate: 0.1\nTrainingInstanceCount: 2 # two',
      "has ' #' after the value of 'TrainingInstanceCount' (line 2), where YAML starts a comment and cuts the value short",
    ],
    ['!!binary (today decoded from base64)', 'InputDataUrl: !!binary czM6Ly9iL3g=', "gives the value of 'InputDataUrl' the YAML tag '!!binary' (line 1)"],
    ['!!str', 'LearningRate: !!str 0.1', "gives the value of 'LearningRate' the YAML tag '!!str' (line 1)"],
    ['a custom tag on a name', '!secret InputDataUrl: s3://b/x', "gives a name the YAML tag '!secret' (line 1)"],
    [
      'a plain value over two lines (YAML would join them)',
      'InputDataUrl: s3://b/\n  x.csv',
      "gives the value of 'InputDataUrl' text over several lines (line 1), which YAML joins with spaces",
    ],
    [
      'a folded block',
      'InputDataUrl: >\n  s3://b/\n  x.csv',
      "gives the value of 'InputDataUrl' text over several lines (line 1), which YAML joins with spaces",
    ],
    [
      'a flow mapping with a comment after a value',
      '{InputDataUrl: s3://b/x #y\n}',
      "has ' #' after the value of 'InputDataUrl' (line 1), where YAML starts a comment and cuts the value short",
    ],
  ])('%s is refused, nothing called', async (_what, parameters, problem) => {
    const name = await pipelineWithLearningRate();
    const since = worlds.aws.requests.length;
    const result = await runStep(worlds, { 'pipeline-name': name, parameters });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([`Input 'parameters' ${problem}. ${AS_WRITTEN}`]);
    expect(worlds.aws.requests.slice(since)).toEqual([]);
  });
});

describe('refused before anything is called: one error, nothing created, updated or started', () => {
  beforeAll(() => {
    writeFileSync(path.join(workspace, 'pipeline.json'), JSON.stringify(churnDefinition('churn-models-parameters')));
    writeFileSync(
      path.join(workspace, 'secrets.env'),
      'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n',
    );
  });

  async function refused(name: string, inputs: Record<string, string>): Promise<Awaited<ReturnType<typeof runStep>>> {
    const since = worlds.aws.requests.length;
    const role = inputs['pipeline-definition'] ? { 'pipeline-role-arn': PIPELINE_ROLE } : {};
    const result = await runStep(worlds, { 'pipeline-name': name, ...role, ...inputs }, { workspace });
    expect(result.exitCode).toBe(1);
    expect(worlds.aws.requests.slice(since).map((r) => r.operation)).toEqual([]);
    for (const operation of ['CreatePipeline', 'UpdatePipeline', 'StartPipelineExecution']) expect(calls(worlds, operation, since)).toBe(0);
    // No stack trace reaches the user.
    expect(result.main.stdout + result.main.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    return result;
  }

  test('a JSON object that names a parameter twice', async () => {
    const name = await pipelineWithLearningRate();
    const result = await refused(name, {
      'pipeline-definition': 'pipeline.json',
      parameters: '{"InputDataUrl": "s3://a/1.csv", "InputDataUrl": "s3://a/2.csv"}',
    });
    expect(result.errors).toEqual([`Input 'parameters' sets 'InputDataUrl' twice. Expected ${FORMS} with each name once.`]);
    expect(executionsOf(worlds, name)).toEqual([]);
  });

  test('a YAML mapping that names a parameter twice', async () => {
    const name = await pipelineWithLearningRate();
    const result = await refused(name, { parameters: 'LearningRate: 0.1\nLearningRate: 0.2' });
    expect(result.errors).toEqual([`Input 'parameters' sets 'LearningRate' twice. Expected ${FORMS} with each name once.`]);
  });

  test('text starting with { that is neither JSON nor a YAML mapping keeps the JSON error', async () => {
    const name = await pipelineWithLearningRate();
    const result = await refused(name, { parameters: '{"InputDataUrl": "s3://a/1.csv" "LearningRate": 0.1}' });
    expect(result.errors).toEqual([`Input 'parameters' is not valid JSON (line 1 column 33: Unexpected token '"', expected ',' or '}'). Expected ${FORMS}.`]);
  });

  test('a pipeline-definition that is a secrets file: position and kind, none of its content', async () => {
    const name = `never-created-${Date.now()}`;
    const result = await refused(name, { 'pipeline-definition': 'secrets.env' });
    expect(result.errors).toEqual([
      "Input 'pipeline-definition' is not valid JSON (line 1 column 1: Unexpected token (a letter), expected a value). Expected a SageMaker pipeline definition: a JSON object with a Steps array of {Name, Type, Arguments}.",
    ]);
    const [annotation] = result.main.annotations.filter((a) => a.level === 'error');
    expect(annotation?.properties).toMatchObject({ file: 'secrets.env', line: '1', col: '1' });
    const everything = [result.main.stdout, result.main.stderr, ...result.main.log, ...result.main.debug, result.summary].join('\n');
    expect(everything).toContain('is not valid JSON');
    expect(everything).not.toMatch(/AKIAIOSFODNN7|wJalrXUtnFEMI|EXAMPLEKEY/);
  });

  test.each([
    [
      'an Integer one past the signed 64-bit range',
      'TrainingInstanceCount: 9223372036854775808',
      "gives Integer parameter 'TrainingInstanceCount' the value '9223372036854775808'",
      'a whole number from -9223372036854775808 to 9223372036854775807',
    ],
    [
      'an Integer far outside it',
      '{"TrainingInstanceCount": 12345678901234567890}',
      "gives Integer parameter 'TrainingInstanceCount' the value '12345678901234567890'",
      'a whole number from -9223372036854775808 to 9223372036854775807',
    ],
    [
      'an Integer one below it',
      'TrainingInstanceCount=-9223372036854775809',
      "gives Integer parameter 'TrainingInstanceCount' the value '-9223372036854775809'",
      'a whole number from -9223372036854775808 to 9223372036854775807',
    ],
    [
      'a Float that overflows to Infinity',
      'LearningRate: 1e400',
      "gives Float parameter 'LearningRate' the value '1e400'",
      'a finite number (magnitude below about 1.8e308)',
    ],
    [
      'a negative Float that overflows',
      '{"LearningRate": -2e308}',
      "gives Float parameter 'LearningRate' the value '-2e308'",
      'a finite number (magnitude below about 1.8e308)',
    ],
  ])('%s: checked against the pipeline (one DescribePipeline), nothing started', async (_what, parameters, problem, expected) => {
    const name = await pipelineWithLearningRate();
    const since = worlds.aws.requests.length;
    const result = await runStep(worlds, { 'pipeline-name': name, parameters });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([`Input 'parameters' ${problem}. Expected ${expected}.`]);
    expect(worlds.aws.requests.slice(since).map((r) => r.operation)).toEqual(['DescribePipeline']);
    expect(executionsOf(worlds, name)).toEqual([]);
  });

  test('the edges of the range are taken', async () => {
    const name = await pipelineWithLearningRate();
    expect((await sentParameters(name, 'TrainingInstanceCount: -9223372036854775808\nLearningRate: 1.7976931348623157e308')).sent).toEqual({
      TrainingInstanceCount: '-9223372036854775808',
      LearningRate: '1.7976931348623157e308',
    });
  });
});
