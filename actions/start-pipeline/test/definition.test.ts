// Pure logic of start-pipeline: reading definitions, checking parameters, describing steps.
import { describe, expect, test } from 'vitest';
import { churnDefinition } from '@mlops-actions/testkit';
import { checkParameters, checkSelectedSteps, parseDefinition } from '../src/definition.js';
import { StepLog, progressLine, registeredModelPackage, type StepReport } from '../src/steps.js';

const graph = parseDefinition(JSON.stringify(churnDefinition('g')), { pipeline: 'churn' });

describe('parseDefinition', () => {
  test('flattens condition branches and finds data dependencies, DependsOn and branch edges', () => {
    expect(graph.steps.map((s) => `${s.name}:${s.type}`)).toEqual([
      'Preprocess:Processing',
      'Train:Training',
      'CheckAccuracy:Condition',
      'RegisterChurnModel:RegisterModel',
      'AccuracyTooLow:Fail',
    ]);
    expect(graph.edges).toEqual([
      { from: 'Preprocess', to: 'Train', kind: 'data' },
      { from: 'Train', to: 'CheckAccuracy', kind: 'data' },
      { from: 'CheckAccuracy', to: 'RegisterChurnModel', branch: 'if' },
      { from: 'CheckAccuracy', to: 'AccuracyTooLow', branch: 'else' },
      { from: 'Train', to: 'RegisterChurnModel', kind: 'data' },
    ]);
    expect(graph.parameters.map((p) => `${p.name}:${p.type}`)).toEqual(['ModelApprovalStatus:String', 'InputDataUrl:String', 'TrainingInstanceCount:Integer']);
  });

  test('explicit DependsOn and unknown references', () => {
    const g = parseDefinition(
      JSON.stringify({
        Steps: [
          { Name: 'A', Type: 'Processing' },
          { Name: 'B', Type: 'Lambda', DependsOn: ['A', 'Ghost'], Arguments: { X: { Get: 'Steps.Nope.Out' } } },
        ],
      }),
      { pipeline: 'p' },
    );
    expect(g.edges).toEqual([{ from: 'A', to: 'B' }]);
  });

  test('a step both listed in DependsOn and read from is a run-order edge, not a data edge', () => {
    const g = parseDefinition(
      JSON.stringify({
        Steps: [
          { Name: 'A', Type: 'Processing' },
          { Name: 'B', Type: 'Lambda', DependsOn: ['A'], Arguments: { X: { Get: 'Steps.A.Out' } } },
          { Name: 'C', Type: 'Lambda', Arguments: { X: { Get: 'Steps.B.Out' } } },
        ],
      }),
      { pipeline: 'p' },
    );
    expect(g.edges).toEqual([
      { from: 'A', to: 'B' },
      { from: 'B', to: 'C', kind: 'data' },
    ]);
  });

  test('bad definitions from the pipeline and from the input are told apart', () => {
    expect(() => parseDefinition('{"Steps": []}', { pipeline: 'churn' })).toThrow('The definition of pipeline churn has no Steps array.');
    expect(() => parseDefinition('{"Steps": [{"Name": "A"}]}', { input: 'pipeline-definition' })).toThrow(
      /^Input 'pipeline-definition' has a step without Name and Type in Steps\./,
    );
    expect(() => parseDefinition('{"Steps": [{"Name": "A", "Type": "X"}, {"Name": "A", "Type": "Y"}]}', { input: 'pipeline-definition' })).toThrow(
      /has two steps named 'A'/,
    );
  });
});

describe('a definition that is not JSON', () => {
  const refused = (text: string, source: { input?: string; file?: string; pipeline?: string }): { message: string; location?: unknown } => {
    try {
      parseDefinition(text, source);
    } catch (error) {
      return error as { message: string; location?: unknown };
    }
    throw new Error('expected an error');
  };
  test('a secrets file given by mistake: the error says where and what kind, and quotes none of it', () => {
    const error = refused('AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n', {
      input: 'pipeline-definition',
      file: '.env',
    });
    expect(error.message).toBe(
      "Input 'pipeline-definition' is not valid JSON (line 1 column 1: Unexpected token (a letter), expected a value). Expected a SageMaker pipeline definition: a JSON object with a Steps array of {Name, Type, Arguments}.",
    );
    expect(error.location).toEqual({ file: '.env', line: 1, column: 1 });
    expect(error.message).not.toMatch(/AWS|AKIA|wJalr/);
  });
  test.each([
    ['{"Steps": [{"Name": "Train", "Type": "Training", "Arguments": {"Token": "s3cr3t-value\n"}}]}', 'line 1 column 86: Line break inside a string'],
    ['{"Steps": [], password: "hunter2"}', 'line 1 column 15: Unexpected token (a letter), expected a property name in double quotes'],
    ['{"Steps": []} trailing-secret', 'line 1 column 15: Unexpected token (a letter) after the end of the JSON value'],
  ])('%j: position and kind only', (text, describe) => {
    const error = refused(text, { input: 'pipeline-definition', file: 'pipeline.json' });
    expect(error.message).toBe(
      `Input 'pipeline-definition' is not valid JSON (${describe}). Expected a SageMaker pipeline definition: a JSON object with a Steps array of {Name, Type, Arguments}.`,
    );
    expect(error.message).not.toMatch(/s3cr3t|hunter2|password|trailing-secret/);
  });
  test('a registered definition that is not JSON is described the same way', () => {
    expect(refused('DB_PASSWORD=hunter2', { pipeline: 'churn' }).message).toBe(
      'The definition of pipeline churn is not valid JSON (line 1 column 1: Unexpected token (a letter), expected a value).',
    );
  });
});

describe('checkParameters and checkSelectedSteps', () => {
  test('declared names with values of the declared type pass', () => {
    expect(() =>
      checkParameters(
        'parameters',
        new Map([
          ['TrainingInstanceCount', '3'],
          ['InputDataUrl', 's3://x'],
        ]),
        graph,
        'pipeline churn',
      ),
    ).not.toThrow();
  });
  test.each([
    [{ Rate: '0.1' }, /names 'Rate', not declared by pipeline churn/],
    [
      { TrainingInstanceCount: '2.5' },
      /gives Integer parameter 'TrainingInstanceCount' the value '2\.5'\. Expected a whole number from -9223372036854775808 to 9223372036854775807\./,
    ],
    [{ InputDataUrl: 'x'.repeat(1025) }, /a value of 1025 characters\. Expected values of at most 1024 characters\./],
  ])('%j is refused', (given, message) => {
    expect(() => checkParameters('parameters', new Map(Object.entries(given)), graph, 'pipeline churn')).toThrow(message);
  });
  test('Float and Boolean parameters', () => {
    const g = parseDefinition(
      JSON.stringify({
        Parameters: [
          { Name: 'F', Type: 'Float' },
          { Name: 'B', Type: 'Boolean' },
        ],
        Steps: [{ Name: 'A', Type: 'X' }],
      }),
      { pipeline: 'p' },
    );
    expect(() =>
      checkParameters(
        'parameters',
        new Map([
          ['F', '1e-3'],
          ['B', 'True'],
        ]),
        g,
        'p',
      ),
    ).not.toThrow();
    expect(() => checkParameters('parameters', new Map([['F', 'fast']]), g, 'p')).toThrow(/Float parameter 'F'/);
    expect(() => checkParameters('parameters', new Map([['B', 'yes']]), g, 'p')).toThrow(/Boolean parameter 'B'/);
  });
  test('selected steps must exist, branch steps included', () => {
    expect(() => checkSelectedSteps('selected-steps', ['Train', 'RegisterChurnModel'], graph)).not.toThrow();
    expect(() => checkSelectedSteps('selected-steps', ['Deploy'], graph)).toThrow(/names 'Deploy', not steps of the pipeline/);
  });
});

const step = (name: string, status: string, details: Record<string, string> = {}, extra: Partial<StepReport> = {}): StepReport => ({
  name,
  type: 'Training',
  status,
  details,
  ...extra,
});

describe('steps', () => {
  test('progress line with and without a known total', () => {
    const steps = [step('A', 'Succeeded'), step('B', 'Executing')];
    expect(progressLine('Executing', steps, 4)).toBe('Execution Executing: 1/4 steps succeeded, running B');
    expect(progressLine('Executing', steps, undefined)).toBe('Execution Executing: 1 step succeeded, running B');
    expect(progressLine('Succeeded', [step('A', 'Succeeded'), step('B', 'Succeeded')], undefined)).toBe('Execution Succeeded: 2 steps succeeded');
  });
  test('the registered model package is the last RegisterModel step that succeeded', () => {
    const steps = [
      step('R1', 'Succeeded', { modelPackageArn: 'arn:1' }),
      step('R2', 'Failed', { modelPackageArn: 'arn:2' }),
      step('R3', 'Succeeded', { modelPackageArn: 'arn:3' }),
    ];
    expect(registeredModelPackage(steps)).toEqual({ arn: 'arn:3', others: ['arn:1'] });
    expect(registeredModelPackage([step('T', 'Succeeded')])).toEqual({ others: [] });
  });
  test('the step log writes each transition once', () => {
    const lines: string[] = [];
    const log = new StepLog((line) => lines.push(line));
    log.update([step('Train', 'Executing')]);
    log.update([step('Train', 'Executing')]);
    log.update([step('Train', 'Failed', {}, { durationSeconds: 90, failureReason: 'OOM' })]);
    expect(lines).toEqual(['  ▶ Train (Training) Executing', '  ✖ Train (Training) Failed after 1m 30s: OOM']);
  });
});
