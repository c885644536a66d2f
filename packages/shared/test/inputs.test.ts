import { afterEach, describe, expect, test } from 'vitest';
import {
  duplicateJsonKey,
  getBoolean,
  getDuration,
  getInteger,
  getList,
  getMap,
  getString,
  jsonSyntaxError,
  parseDuration,
} from '@mlops-actions/shared/inputs';
import { InputError, formatDuration } from '@mlops-actions/shared/runtime';

const set = (name: string, value: string): void => {
  process.env[`INPUT_${name.toUpperCase()}`] = value;
};
afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
});

/** The InputError getMap rejects with (it is async: the YAML reader is loaded on demand). */
async function mapErrorOf(name: string): Promise<InputError> {
  try {
    await getMap(name);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

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
    ['1d2h3m4s5ms', 93_784_005],
    ['1h 30m', 5_400_000],
    ['1.5h', 5_400_000],
    ['250ms', 250],
    ['2d', 172_800_000],
    ['1H', 3_600_000],
  ])('%s is %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  test.each(['30', '', 'abc', '5 minutes', '1h-30m', 'm5', '1y', '5m5m', '30m1h', '1s500ms1s'])('%j is not a duration', (text) =>
    expect(parseDuration(text)).toBeUndefined(),
  );

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
    expect(errorOf(() => getDuration('timeout', { fallback: 1, max: 86_400_000 })).message).toMatch(/^Input 'timeout' is '10d'\. Expected .*at most 1d/);
    set('timeout', '');
    expect(getDuration('timeout', { fallback: 42 })).toBe(42);
  });

  test.each([
    ['0s', "Input 'timeout' is '0s'. Expected a duration with a unit, like 90s, 45m, 1h30m or 2h (at least 1s, at most 5d)."],
    ['100000d', "Input 'timeout' is '100000d'. Expected a duration with a unit, like 90s, 45m, 1h30m or 2h (at least 1s, at most 5d)."],
    ['0.4s', "Input 'timeout' is '0.4s'. Expected a duration with a unit, like 90s, 45m, 1h30m or 2h (at least 1s, at most 5d)."],
    ['5d 1ms', "Input 'timeout' is '5d 1ms'. Expected a duration with a unit, like 90s, 45m, 1h30m or 2h (at least 1s, at most 5d)."],
  ])('an out-of-range duration %j is echoed as written', (text, message) => {
    set('timeout', text);
    expect(errorOf(() => getDuration('timeout', { fallback: 1, min: 1_000, max: 5 * 86_400_000 })).message).toBe(message);
  });
});

describe('maps', () => {
  const expected = new Map([
    ['InputDataUrl', 's3://bucket/data/abc'],
    ['ModelApprovalStatus', 'PendingManualApproval'],
  ]);
  test('YAML mapping', async () => {
    set('parameters', 'InputDataUrl: s3://bucket/data/abc\nModelApprovalStatus: PendingManualApproval\n');
    expect(await getMap('parameters')).toEqual(expected);
  });
  test('JSON object', async () => {
    set('parameters', '{"InputDataUrl": "s3://bucket/data/abc", "ModelApprovalStatus": "PendingManualApproval"}');
    expect(await getMap('parameters')).toEqual(expected);
  });
  test('Name=Value lines, with comments and blank lines', async () => {
    set('parameters', '# data\nInputDataUrl=s3://bucket/data/abc\n\nModelApprovalStatus = PendingManualApproval');
    expect(await getMap('parameters')).toEqual(expected);
  });
  test('YAML values stay exactly as written (no number or boolean coercion)', async () => {
    set('parameters', 'Threshold: 0.10\nVersion: 1.0\nEnabled: no\nCount: 007');
    expect(Object.fromEntries(await getMap('parameters'))).toEqual({ Threshold: '0.10', Version: '1.0', Enabled: 'no', Count: '007' });
  });
  test('JSON numbers become strings', async () => {
    set('parameters', '{"Epochs": 10, "Rate": 0.5, "Flag": true}');
    expect(Object.fromEntries(await getMap('parameters'))).toEqual({ Epochs: '10', Rate: '0.5', Flag: 'true' });
  });
  test('JSON numbers keep their source text exactly (no trip through a double)', async () => {
    set('parameters', '{"TrainingInstanceCount": 12345678901234567890, "LearningRate": 0.10, "Big": 1E+400, "Neg": -0.0, "Exp": 2.50e-3}');
    expect(Object.fromEntries(await getMap('parameters'))).toEqual({
      TrainingInstanceCount: '12345678901234567890',
      LearningRate: '0.10',
      Big: '1E+400',
      Neg: '-0.0',
      Exp: '2.50e-3',
    });
  });
  test('JSON strings are decoded as JSON, null is empty, and spacing and line breaks do not matter', async () => {
    set('parameters', '{\n\t"Url": "s3://b/k\\u00e9y\\"q\\"",\n\t"Note": "a\\nb",  "Empty": null,\n  "Flag" :false\n}');
    expect(Object.fromEntries(await getMap('parameters'))).toEqual({ Url: 's3://b/k\u00e9y"q"', Note: 'a\nb', Empty: '', Flag: 'false' });
  });
  test.each([
    ['{"A":"1","A":"2"}', 'A'],
    ['{"A": 1, "B": 2, "A": 1}', 'A'],
    ['{"A": "1", "\\u0041": "2"}', 'A'],
  ])('a JSON object naming a key twice (%s) is refused with the key named', async (text, key) => {
    set('parameters', text);
    expect((await mapErrorOf('parameters')).message).toBe(
      `Input 'parameters' sets '${key}' twice. Expected a YAML mapping (Name: value), a JSON object ({"Name": "value"}) or Name=Value lines with each name once.`,
    );
  });
  test('a YAML mapping naming a key twice is refused with the key named, in the Name=Value wording', async () => {
    set('parameters', 'InputDataUrl: s3://a\nLearningRate: 0.1\nInputDataUrl: s3://b');
    expect((await mapErrorOf('parameters')).message).toBe(
      'Input \'parameters\' sets \'InputDataUrl\' twice. Expected a YAML mapping (Name: value), a JSON object ({"Name": "value"}) or Name=Value lines with each name once.',
    );
    set('parameters', '{A: 1, "A": 2}');
    expect((await mapErrorOf('parameters')).message).toMatch(/^Input 'parameters' sets 'A' twice\. /);
  });
  test('a YAML flow mapping that is not JSON is read as YAML, values as written', async () => {
    set('parameters', '{InputDataUrl: s3://x, UseSpot: true, Rate: 0.10}');
    expect(Object.fromEntries(await getMap('parameters'))).toEqual({ InputDataUrl: 's3://x', UseSpot: 'true', Rate: '0.10' });
    set('parameters', "{'Quoted': 'it''s', Trailing: comma,}");
    expect(Object.fromEntries(await getMap('parameters'))).toEqual({ Quoted: "it's", Trailing: 'comma' });
  });
  test.each([
    ['{"a": 1 "b": 2}', "Input 'parameters' is not valid JSON (line 1 column 9: Unexpected token '\"', expected ',' or '}'). Expected a YAML mapping"],
    [
      '{a: 1}\nb: 2',
      "Input 'parameters' is not valid JSON (line 1 column 2: Unexpected token (a letter), expected a property name in double quotes or '}'). Expected",
    ],
    ['{"a": ', "Input 'parameters' is not valid JSON (line 1 column 6: Unexpected end of input, expected a value). Expected"],
  ])('text starting with { that is neither JSON nor a YAML mapping keeps the JSON error: %j', async (text, start) => {
    set('parameters', text);
    expect((await mapErrorOf('parameters')).message.startsWith(start)).toBe(true);
  });
  test('a YAML alias bomb (a billion laughs of nested lists) is one InputError naming the input', async () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i += 1) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    set('parameters', levels.join('\n'));
    const error = await mapErrorOf('parameters');
    expect(error.input).toBe('parameters');
    expect(error.message).toBe(
      'Input \'parameters\' has a nested value for \'a\'. Expected a YAML mapping (Name: value), a JSON object ({"Name": "value"}) or Name=Value lines whose values are plain strings.',
    );
  });
  test('YAML aliases of plain values resolve, any number of times; an alias without an anchor is an error', async () => {
    const many = Array.from({ length: 150 }, (_, i) => `P${i}: *v`).join('\n');
    set('parameters', `Base: &v s3://bucket/data\n${many}`);
    const map = await getMap('parameters');
    expect(map.size).toBe(151);
    expect(map.get('P149')).toBe('s3://bucket/data');
    set('parameters', 'A: *nowhere');
    expect((await mapErrorOf('parameters')).message).toMatch(
      /^Input 'parameters' uses the alias '\*nowhere' without an anchor '&nowhere' before it\. Expected a YAML mapping/,
    );
    set('parameters', '? [a, b]\n: 1');
    expect((await mapErrorOf('parameters')).message).toMatch(/^Input 'parameters' has a list or mapping as a name\. /);
  });
  test('several YAML documents are named as such, without the library advice', async () => {
    set('parameters', 'A: 1\n---\nB: 2');
    const message = (await mapErrorOf('parameters')).message;
    expect(message).toBe(
      'Input \'parameters\' has several YAML documents. Expected a YAML mapping (Name: value), a JSON object ({"Name": "value"}) or Name=Value lines.',
    );
    expect(message).not.toMatch(/parseAllDocuments|please/);
  });
  test('YAML syntax errors say where, in plain words', async () => {
    set('parameters', 'A: 1\nB: b: c');
    expect((await mapErrorOf('parameters')).message).toMatch(
      /^Input 'parameters' is not a valid mapping \(line 2 column 4: Nested mappings are not allowed in compact mappings\)\. Expected/,
    );
    set('parameters', `A: ${'['.repeat(20_000)}${']'.repeat(20_000)}`);
    expect((await mapErrorOf('parameters')).message).toMatch(/^Input 'parameters' is nested too deeply to read\. /);
  });
  test('empty input is an empty map', async () => {
    expect((await getMap('parameters')).size).toBe(0);
  });
  test.each([
    ['{"a": ', /is not valid JSON/],
    ['[1, 2]', /is '\[1, 2\]'\. Expected a YAML mapping/],
    ['just some words', /is 'just some words'\. Expected a YAML mapping/],
    ['a: [1, 2]', /has a nested value for 'a'/],
    ['{"a": {"b": 1}}', /has a nested value for 'a'/],
    ['a: 1\na: 2', /sets 'a' twice/],
    ['a=1\na=2', /sets 'a' twice/],
    ['a: b: c', /is not a valid mapping/],
  ])('%j is refused with one clear error', async (text, message) => {
    set('parameters', text);
    const error = await mapErrorOf('parameters');
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
    set('max-parallel-steps', '12345678901234567890');
    expect(errorOf(() => getInteger('max-parallel-steps', { min: 1, max: 8 })).message).toBe(
      "Input 'max-parallel-steps' is 12345678901234567890. Expected a whole number from 1 to 8.",
    );
  });
  test('strings: required, pattern, length', () => {
    expect(errorOf(() => getString('pipeline-name', { required: true, expected: 'a name' })).message).toBe(
      "Input 'pipeline-name' is required but empty. Expected a name.",
    );
    set('display-name', 'bad_name');
    expect(errorOf(() => getString('display-name', { pattern: /^[a-z-]+$/, expected: 'letters' })).message).toBe(
      "Input 'display-name' is 'bad_name'. Expected letters.",
    );
    set('description', 'x'.repeat(11));
    expect(errorOf(() => getString('description', { maxLength: 10 })).message).toMatch(/is 11 characters long\. Expected at most 10/);
  });
  test('lists split on commas and newlines', () => {
    set('selected-steps', 'Train, Evaluate\nRegister\n\n');
    expect(getList('selected-steps')).toEqual(['Train', 'Evaluate', 'Register']);
  });
  test('a list input that is set but holds no item is an error; comments alone are not', () => {
    set('selected-steps', ' , \n');
    expect(errorOf(() => getList('selected-steps', { expected: 'step names' })).message).toBe("Input 'selected-steps' has no items. Expected step names.");
    set('selected-steps', '# Train');
    expect(getList('selected-steps')).toEqual([]);
  });
  test('unique lists name the item given twice', () => {
    set('selected-steps', 'Train, Evaluate\nTrain');
    expect(errorOf(() => getList('selected-steps', { expected: 'step names', unique: true })).message).toBe(
      "Input 'selected-steps' names 'Train' twice. Expected step names, each once.",
    );
    expect(getList('selected-steps')).toEqual(['Train', 'Evaluate', 'Train']);
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
    expect(jsonSyntaxError(text)).toMatchObject(at);
  });
  test.each([
    ['AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG\n', 'line 1 column 1: Unexpected token (a letter), expected a value'],
    ['{"Steps": [\n  {"Name": "A", "Type": }\n]}', "line 2 column 25: Unexpected token '}', expected a value"],
    ["{'Steps': []}", "line 1 column 2: Unexpected token (a single quote), expected a property name in double quotes or '}'"],
    ['{"a": "x\\q"}', 'line 1 column 9: Invalid escape sequence in a string'],
    ['{"a": "x\ny"}', 'line 1 column 9: Line break inside a string'],
    ['{"a": 01}', 'line 1 column 7: Invalid number'],
    ['{"a": 1}}', "line 1 column 9: Unexpected token '}' after the end of the JSON value"],
    ['\uFEFF{}', 'line 1 column 1: Unexpected byte order mark, expected a value'],
    ['{"a": "secret', 'line 1 column 14: Unexpected end of input inside a string'],
  ])('%j is described by position and kind, never by its content', (text, describe) => {
    expect(() => JSON.parse(text)).toThrow();
    const error = jsonSyntaxError(text);
    expect(error.describe).toBe(describe);
    expect(error.describe).not.toMatch(/AWS|wJalr|secret|Steps|Name/);
  });
  test('deep nesting is located without overflowing the stack', () => {
    const text = '['.repeat(200_000);
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonSyntaxError(text)).toMatchObject({ line: 1, column: 200_001 });
  });
  test('valid JSON has no error location', () => {
    expect(jsonSyntaxError('{"a": [1, -2.5e3, true, null, "x\\"y"]}')).toEqual({ problem: 'position unknown', describe: 'position unknown' });
  });
});

describe('defaults written as in action.yml', () => {
  test.each([
    ['2h', 7_200_000],
    ['30s', 30_000],
  ])('an empty duration input falls back to %s, read by the same parser', (fallback, ms) => {
    set('timeout', '');
    expect(getDuration('timeout', { fallback })).toBe(ms);
  });

  test.each([
    ['true', true],
    ['false', false],
    ['False', false],
  ])('an empty boolean input falls back to %s', (fallback, value) => {
    expect(getBoolean('wait', fallback)).toBe(value);
  });

  test('a set input wins over the default', () => {
    set('timeout', '5m');
    set('wait', 'false');
    expect(getDuration('timeout', { fallback: '2h' })).toBe(300_000);
    expect(getBoolean('wait', 'true')).toBe(false);
  });

  test('a default the parser refuses is a bug of the action, not an InputError', () => {
    expect(() => getDuration('timeout', { fallback: '2 hours' })).toThrow("The default of input 'timeout' ('2 hours') is not a valid value.");
    expect(() => getBoolean('wait', 'yes')).toThrow("The default of input 'wait' ('yes') is not a valid value.");
    expect(() => getBoolean('wait', 'yes')).not.toThrow(InputError);
  });
});

describe('YAML values as written', () => {
  test.each([
    ['A: x # c', "has ' #' after the value of 'A' (line 1)"],
    ['A: x\t# c', "has ' #' after the value of 'A' (line 1)"],
    ['A: !!binary aGk=', "gives the value of 'A' the YAML tag '!!binary' (line 1)"],
    ['A: !!int 1', "gives the value of 'A' the YAML tag '!!int' (line 1)"],
    ['B: 1\nA: "x\n  y"', "gives the value of 'A' text over several lines (line 2)"],
    ['A: &v !!str x\nB: *v', "gives the value of 'A' the YAML tag '!!str' (line 1)"],
  ])('%j is refused', async (text, problem) => {
    set('parameters', text);
    expect((await mapErrorOf('parameters')).message).toMatch(new RegExp(`^Input 'parameters' ${problem.replace(/[()]/g, '\\$&')}`));
  });
  test.each([
    ['A: x#y', { A: 'x#y' }],
    ['A: "x # y" # why', { A: 'x # y' }],
    ["A: 'x # y'", { A: 'x # y' }],
    ['# first\nA: x\n  # indented comment\nB: y', { A: 'x', B: 'y' }],
    ['A: |-\n  x # y\n  z', { A: 'x # y\nz' }],
    ['A: x #1', undefined],
  ])('%j', async (text, expected) => {
    set('parameters', text);
    if (expected) expect(Object.fromEntries(await getMap('parameters'))).toEqual(expected);
    else await expect(getMap('parameters')).rejects.toThrow(InputError);
  });
});

describe('InputError quotes long values as a prefix and a length', () => {
  test('one long value among short ones', () => {
    const long = 'x'.repeat(5_000);
    expect(new InputError('p', `gives 'Name' the value '${long}'`, 'text').message).toBe(
      `Input 'p' gives 'Name' the value '${'x'.repeat(40)}…' (5000 characters). Expected text.`,
    );
  });
  test('characters, not UTF-16 units, are counted and never split', () => {
    const long = '😀'.repeat(100);
    expect(new InputError('p', `is '${long}'`, 'text').message).toBe(`Input 'p' is '${'😀'.repeat(40)}…' (100 characters). Expected text.`);
  });
  test('a long value full of quotes is still bounded', () => {
    const long = "a'b".repeat(10_000);
    expect(new InputError('p', `is '${long}'`, 'text').message.length).toBeLessThan(450);
  });
});

describe('duplicateJsonKey', () => {
  test.each([
    ['{"a": 1, "b": {"a": 2}, "c": [{"a": 1}, {"a": 2}]}', undefined],
    ['{"a": {"x": 1, "y": 2, "x": 3}}', { key: 'x', line: 1, column: 24 }],
    ['[{"k": 1}, {"k": 1, "k": 2}]', { key: 'k', line: 1, column: 21 }],
    ['{"s": "a\\"b", "s\\"": 1, "s\\u0022": 2}', { key: 's"', line: 1, column: 25 }],
    ['{}', undefined],
  ])('%j', (text, expected) => {
    expect(duplicateJsonKey(text)).toEqual(expected);
  });
});
