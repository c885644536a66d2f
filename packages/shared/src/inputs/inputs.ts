import * as core from '../core/index.js';
import { InputError } from '../runtime/errors.js';
import { formatDuration } from '../runtime/duration.js';
import { parseDuration } from './duration.js';
import { jsonMembers } from './json-members.js';
import { jsonSyntaxError } from './json-location.js';
import { MAP_FORMS, nested, twice } from './map-forms.js';

/**
 * Typed input readers. Each one validates up front and throws an InputError that names the input and the
 * expected form, so an action can read all its inputs before it touches any service.
 */

function raw(name: string): string {
  return core.getInput(name, { trimWhitespace: true });
}

export function getString(name: string, options: { required?: boolean; pattern?: RegExp; expected?: string; maxLength?: number } = {}): string | undefined {
  const value = raw(name);
  if (value === '') {
    if (options.required) throw new InputError(name, 'is required but empty', options.expected ?? 'a value');
    return undefined;
  }
  if (options.maxLength !== undefined && value.length > options.maxLength) {
    throw new InputError(name, `is ${value.length} characters long`, options.expected ?? `at most ${options.maxLength} characters`);
  }
  if (options.pattern && !options.pattern.test(value)) {
    throw new InputError(name, `is '${value}'`, options.expected ?? `a value matching ${options.pattern}`);
  }
  return value;
}

export function getRequiredString(name: string, options: { pattern?: RegExp; expected?: string } = {}): string {
  return getString(name, { ...options, required: true }) as string;
}

const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);

/**
 * YAML 1.2 core-schema booleans, the same set `core.getBooleanInput` accepts, with our error wording. The fallback
 * may be written as in action.yml ('true'), so an action's defaults table is read like a value the user gives.
 */
export function getBoolean(name: string, fallback: boolean | string): boolean {
  const value = raw(name);
  if (value === '')
    return typeof fallback === 'boolean' ? fallback : parseDefault(name, fallback, (text) => (TRUE.has(text) ? true : FALSE.has(text) ? false : undefined));
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  throw new InputError(name, `is '${value}'`, 'true or false');
}

export function getInteger(name: string, options: { min?: number; max?: number } = {}): number | undefined {
  const value = raw(name);
  if (value === '') return undefined;
  const range = describeRange(options.min, options.max);
  if (!/^-?\d+$/.test(value)) throw new InputError(name, `is '${value}'`, `a whole number${range}`);
  const parsed = Number(value);
  if ((options.min !== undefined && parsed < options.min) || (options.max !== undefined && parsed > options.max)) {
    // The value as written: `Number` would print 12345678901234567890 as 12345678901234567000.
    throw new InputError(name, `is ${value}`, `a whole number${range}`);
  }
  return parsed;
}

/** A default the action itself declares: one it cannot read is a bug of the action, not a bad input. */
function parseDefault<T>(name: string, text: string, parse: (text: string) => T | undefined): T {
  const value = parse(text);
  if (value === undefined) throw new Error(`The default of input '${name}' ('${text}') is not a valid value.`);
  return value;
}

function describeRange(min?: number, max?: number): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return '';
}

/** A duration like `45m`, `1h30m` or `90s`, in milliseconds, checked against a range. */
export function getDuration(name: string, options: { fallback: number | string; min?: number; max?: number }): number {
  const value = raw(name);
  if (value === '') return typeof options.fallback === 'number' ? options.fallback : parseDefault(name, options.fallback, parseDuration);
  const expected =
    'a duration with a unit, like 90s, 45m, 1h30m or 2h' +
    (options.min !== undefined || options.max !== undefined
      ? ` (${options.min !== undefined ? `at least ${formatDuration(options.min)}` : ''}${
          options.min !== undefined && options.max !== undefined ? ', ' : ''
        }${options.max !== undefined ? `at most ${formatDuration(options.max)}` : ''})`
      : '');
  const ms = parseDuration(value);
  if (ms === undefined) {
    const problem = /^\d+(\.\d+)?$/.test(value) ? `is '${value}', a number without a unit` : `is '${value}'`;
    throw new InputError(name, problem, expected);
  }
  if ((options.min !== undefined && ms < options.min) || (options.max !== undefined && ms > options.max)) {
    throw new InputError(name, `is '${value}'`, expected);
  }
  return ms;
}

/**
 * A list given one item per line or comma-separated; empty items and # comments are dropped. An input that is
 * set but holds no item is an error rather than "no list" (which usually means "everything").
 */
export function getList(name: string, options: { expected?: string; unique?: boolean } = {}): string[] {
  const text = raw(name);
  const items = text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '' && !item.startsWith('#'));
  const expected = options.expected ?? 'items, one per line or comma-separated';
  if (text !== '' && items.length === 0 && !/^\s*#/m.test(text)) throw new InputError(name, 'has no items', expected);
  if (options.unique) {
    const twice = items.find((item, i) => items.indexOf(item) !== i);
    if (twice !== undefined) throw new InputError(name, `names '${twice}' twice`, `${expected}, each once`);
  }
  return items;
}

/**
 * A string-to-string map given as a YAML mapping, a JSON object, or `Name=Value` lines: the three forms users
 * paste into `with:`. Values stay exactly as written (`0.10` stays `0.10`, `1.0` stays `1.0`, `no` stays `no`,
 * `12345678901234567890` keeps every digit): YAML is read with the failsafe schema, and JSON numbers are taken
 * from the source text rather than through a double. A name given twice is refused in every form. In YAML,
 * whatever the parser would turn into something other than the text written is refused (see checkAsWritten):
 * ' #' after a plain value, tags, text folded over lines. `Name=Value` lines take everything after the first
 * `=` (trimmed), `#` included. Text built from untrusted values belongs in the JSON form, made with toJSON().
 */
export async function getMap(name: string): Promise<Map<string, string>> {
  const text = raw(name);
  const result = new Map<string, string>();
  if (text === '') return result;
  if (text.startsWith('{')) return mapFromJsonOrFlowYaml(name, text);
  if (looksLikeNameValueLines(text)) return mapFromNameValueLines(name, text);
  return (await loadYaml()).yamlMap(name, text);
}

/**
 * The YAML reader (the yaml library is most of an action's entry file) is loaded only for a map written in
 * YAML, so an action whose map input is empty, JSON or Name=Value lines starts without it.
 */
const loadYaml = () => import('./yaml-map.js');

/**
 * Text starting with `{` is read as JSON. When it is not JSON but is a well-formed YAML flow mapping
 * (`{InputDataUrl: s3://x, UseSpot: true}`) it is read as YAML; when it is neither, the JSON error stands,
 * since that is what most people writing `{` meant.
 */
async function mapFromJsonOrFlowYaml(name: string, text: string): Promise<Map<string, string>> {
  try {
    JSON.parse(text);
  } catch {
    const flow = (await loadYaml()).flowYamlMap(name, text);
    if (flow) return flow;
    throw new InputError(name, `is not valid JSON (${jsonSyntaxError(text).describe})`, MAP_FORMS);
  }
  const result = new Map<string, string>();
  for (const { key, value } of jsonMembers(text)) {
    if (result.has(key)) throw twice(name, key);
    if (value !== null && typeof value === 'object') throw nested(name, key);
    result.set(key, value ?? '');
  }
  return result;
}

function looksLikeNameValueLines(text: string): boolean {
  const lines = contentLines(text);
  return lines.length > 0 && lines.every((line) => /^[^\s=:{}[\]]+\s*=/.test(line));
}

function contentLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

function mapFromNameValueLines(name: string, text: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const line of contentLines(text)) {
    const at = line.indexOf('=');
    const key = line.slice(0, at).trim();
    if (result.has(key)) throw twice(name, key);
    result.set(key, line.slice(at + 1).trim());
  }
  return result;
}
