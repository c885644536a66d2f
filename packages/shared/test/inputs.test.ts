import { afterEach, describe, expect, test } from 'vitest';
import { InputError, formatDuration, getBoolean, getDuration, getInteger, getList, getMap, getString, jsonErrorLocation, parseDuration } from '../src/index.js';

const set = (name: string, value: string): void => {
  process.env[`INPUT_${name.toUpperCase()}`] = value;
};
afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
});

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('durations', () => {
  test.each([
    ['90s', 90_000],
    ['45m', 2_700_000],
    ['1h30m', 5_400_000],
    ['1h 30m', 5_400_000],
    ['1.5h', 5_400_000],
    ['250ms', 250],
    ['2d', 172_800_000],
    ['1H', 3_600_000],
  ])('%s is %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  test.each(['30', '', 'abc', '5 minutes', '1h-30m', 'm5', '1y'])('%j is not a duration', (text) => expect(parseDuration(text)).toBeUndefined());

  test('formats back for people', () => {
    expect(formatDuration(5_025_000)).toBe('1h 23m 45s');
    expect(formatDuration(250)).toBe('250ms');
    expect(formatDuration(60_000)).toBe('1m');
    expect(formatDuration(0)).toBe('0ms');
  });

  test('getDuration names the input, the value and the expected form', () => {
    set('timeout', '30');
    expect(errorOf(() => getDuration('timeout', { fallback: 1 })).message).toBe(
      "Input 'timeout' is '30', a number without a unit. Expected a duration with a unit, like 90s, 45m, 1h30m or 2h.",
    );
    set('timeout', '10d');
    expect(errorOf(() => getDuration('timeout', { fallback: 1, max: 86_400_000 })).message).toMatch(/^Input 'timeout' is 10d\. Expected .*at most 1d/);
    set('timeout', '');
    expect(getDuration('timeout', { fallback: 42 })).toBe(42);
  });
});

describe('maps', () => {
  const expected = new Map([
    ['InputDataUrl', 's3://bucket/data/abc'],
    ['ModelApprovalStatus', 'PendingManualApproval'],
  ]);
  test('YAML mapping', () => {
    set('parameters', 'InputDataUrl: s3://bucket/data/abc\nModelApprovalStatus: PendingManualApproval\n');
    expect(getMap('parameters')).toEqual(expected);
  });
  test('JSON object', () => {
    set('parameters', '{"InputDataUrl": "s3://bucket/data/abc", "ModelApprovalStatus": "PendingManualApproval"}');
    expect(getMap('parameters')).toEqual(expected);
  });
  test('Name=Value lines, with comments and blank lines', () => {
    set('parameters', '# data\nInputDataUrl=s3://bucket/data/abc\n\nModelApprovalStatus = PendingManualApproval');
    expect(getMap('parameters')).toEqual(expected);
  });
  test('YAML values stay exactly as written (no number or boolean coercion)', () => {
    set('parameters', 'Threshold: 0.10\nVersion: 1.0\nEnabled: no\nCount: 007');
    expect(Object.fromEntries(getMap('parameters'))).toEqual({ Threshold: '0.10', Version: '1.0', Enabled: 'no', Count: '007' });
  });
  test('JSON numbers become strings', () => {
    set('parameters', '{"Epochs": 10, "Rate": 0.5, "Flag": true}');
    expect(Object.fromEntries(getMap('parameters'))).toEqual({ Epochs: '10', Rate: '0.5', Flag: 'true' });
  });
  test('empty input is an empty map', () => {
    expect(getMap('parameters').size).toBe(0);
  });
  test.each([
    ['{"a": ', /is not valid JSON/],
    ['[1, 2]', /is '\[1, 2\]'\. Expected a YAML mapping/],
    ['just some words', /is 'just some words'\. Expected a YAML mapping/],
    ['a: [1, 2]', /has a nested value for 'a'/],
    ['{"a": {"b": 1}}', /has a nested value for 'a'/],
    ['a: 1\na: 2', /sets the same name twice/],
    ['a=1\na=2', /sets 'a' twice/],
    ['a: b: c', /is not a valid mapping/],
  ])('%j is refused with one clear error', (text, message) => {
    set('parameters', text);
    const error = errorOf(() => getMap('parameters'));
    expect(error.input).toBe('parameters');
    expect(error.message).toMatch(/^Input 'parameters' /);
    expect(error.message).toMatch(message);
  });
});

describe('scalars', () => {
  test('booleans accept the YAML 1.2 core forms only', () => {
    for (const t of ['true', 'True', 'TRUE']) {
      set('wait', t);
      expect(getBoolean('wait', false)).toBe(true);
    }
    set('wait', 'FALSE');
    expect(getBoolean('wait', true)).toBe(false);
    set('wait', 'yes');
    expect(errorOf(() => getBoolean('wait', true)).message).toBe("Input 'wait' is 'yes'. Expected true or false.");
  });
  test('integers with a range', () => {
    set('max-parallel-steps', '4');
    expect(getInteger('max-parallel-steps', { min: 1 })).toBe(4);
    set('max-parallel-steps', '0');
    expect(errorOf(() => getInteger('max-parallel-steps', { min: 1, max: 8 })).message).toBe(
      "Input 'max-parallel-steps' is 0. Expected a whole number from 1 to 8.",
    );
    set('max-parallel-steps', '2.5');
    expect(errorOf(() => getInteger('max-parallel-steps', { min: 1 })).message).toMatch(/is '2.5'\. Expected a whole number of at least 1/);
  });
  test('strings: required, pattern, length', () => {
    expect(errorOf(() => getString('pipeline-name', { required: true, expected: 'a name' })).message).toBe(
      "Input 'pipeline-name' is required but empty. Expected a name.",
    );
    set('display-name', 'bad_name');
    expect(errorOf(() => getString('display-name', { pattern: /^[a-z-]+$/, expected: 'letters' })).message).toBe("Input 'display-name' is 'bad_name'. Expected letters.");
    set('description', 'x'.repeat(11));
    expect(errorOf(() => getString('description', { maxLength: 10 })).message).toMatch(/is 11 characters long\. Expected at most 10/);
  });
  test('lists split on commas and newlines', () => {
    set('selected-steps', 'Train, Evaluate\nRegister\n\n');
    expect(getList('selected-steps')).toEqual(['Train', 'Evaluate', 'Register']);
  });
});

describe('JSON error locations', () => {
  test.each([
    ['{\n  "a": 1,\n  "b": }\n', { line: 3, column: 8 }],
    ['{"a": [1, 2,]}', { line: 1, column: 13 }],
    ['{"a": "x"', { line: 1, column: 10 }],
    ['{"a": tru}', { line: 1, column: 7 }],
    ['{} extra', { line: 1, column: 4 }],
  ])('%j fails at %j', (text, at) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorLocation(text)).toEqual(at);
  });
  test('valid JSON has no error location', () => {
    expect(jsonErrorLocation('{"a": [1, -2.5e3, true, null, "x\\"y"]}')).toBeUndefined();
  });
});
