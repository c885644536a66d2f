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
      { from: 'Preprocess', to: 'Train' },
      { from: 'Train', to: 'CheckAccuracy' },
      { from: 'CheckAccuracy', to: 'RegisterChurnModel', branch: 'if' },
      { from: 'CheckAccuracy', to: 'AccuracyTooLow', branch: 'else' },
      { from: 'Train', to: 'RegisterChurnModel' },
    ]);
    expect(graph.parameters.map((p) => `${p.name}:${p.type}`)).toEqual(['ModelApprovalStatus:String', 'InputDataUrl:String', 'TrainingInstanceCount:Integer']);
  });

  test('explicit DependsOn and unknown references', () => {
    const g = parseDefinition(
      JSON.stringify({ Steps: [{ Name: 'A', Type: 'Processing' }, { Name: 'B', Type: 'Lambda', DependsOn: ['A', 'Ghost'], Arguments: { X: { Get: 'Steps.Nope.Out' } } }] }),
      { pipeline: 'p' },
    );
    expect(g.edges).toEqual([{ from: 'A', to: 'B' }]);
  });

  test('bad definitions from the pipeline and from the input are told apart', () => {
    expect(() => parseDefinition('{"Steps": []}', { pipeline: 'churn' })).toThrow('The definition of pipeline churn has no Steps array.');
    expect(() => parseDefinition('{"Steps": [{"Name": "A"}]}', { input: 'pipeline-definition' })).toThrow(/^Input 'pipeline-definition' has a step without Name and Type in Steps\./);
    expect(() => parseDefinition('{"Steps": [{"Name": "A", "Type": "X"}, {"Name": "A", "Type": "Y"}]}', { input: 'pipeline-definition' })).toThrow(/has two steps named 'A'/);
  });
});

describe('checkParameters and checkSelectedSteps', () => {
  test('declared names with values of the declared type pass', () => {
    expect(() => checkParameters('parameters', new Map([['TrainingInstanceCount', '3'], ['InputDataUrl', 's3://x']]), graph, 'churn')).not.toThrow();
  });
  test.each([
    [{ Rate: '0.1' }, /names 'Rate', not declared by pipeline churn/],
    [{ TrainingInstanceCount: '2.5' }, /gives Integer parameter 'TrainingInstanceCount' the value '2\.5'\. Expected a whole number\./],
    [{ InputDataUrl: 'x'.repeat(1025) }, /a value of 1025 characters\. Expected values of at most 1024 characters\./],
  ])('%j is refused', (given, message) => {
    expect(() => checkParameters('parameters', new Map(Object.entries(given)), graph, 'churn')).toThrow(message);
  });
  test('Float and Boolean parameters', () => {
    const g = parseDefinition(JSON.stringify({ Parameters: [{ Name: 'F', Type: 'Float' }, { Name: 'B', Type: 'Boolean' }], Steps: [{ Name: 'A', Type: 'X' }] }), { pipeline: 'p' });
    expect(() => checkParameters('parameters', new Map([['F', '1e-3'], ['B', 'True']]), g, 'p')).not.toThrow();
    expect(() => checkParameters('parameters', new Map([['F', 'fast']]), g, 'p')).toThrow(/Float parameter 'F'/);
    expect(() => checkParameters('parameters', new Map([['B', 'yes']]), g, 'p')).toThrow(/Boolean parameter 'B'/);
  });
  test('selected steps must exist, branch steps included', () => {
    expect(() => checkSelectedSteps('selected-steps', ['Train', 'RegisterChurnModel'], graph)).not.toThrow();
    expect(() => checkSelectedSteps('selected-steps', ['Deploy'], graph)).toThrow(/names 'Deploy', not steps of the pipeline/);
  });
});

const step = (name: string, status: string, details: Record<string, string> = {}, extra: Partial<StepReport> = {}): StepReport => ({ name, type: 'Training', status, details, ...extra });

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
