import * as core from '@actions/core';
import { parse as parseYaml, isMap, parseDocument } from 'yaml';
import { InputError } from '../errors.js';
import { formatDuration, parseDuration } from './duration.js';

/**
 * Typed input readers. Each one validates up front and throws an InputError that names the input and the
 * expected form, so an action can read all its inputs before it touches any service.
 */

function raw(name: string): string {
  return core.getInput(name, { trimWhitespace: true });
}

export function getString(
  name: string,
  options: { required?: boolean; pattern?: RegExp; expected?: string; maxLength?: number } = {},
): string | undefined {
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

/** YAML 1.2 core-schema booleans, the same set `core.getBooleanInput` accepts, with our error wording. */
export function getBoolean(name: string, fallback: boolean): boolean {
  const value = raw(name);
  if (value === '') return fallback;
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
    throw new InputError(name, `is ${parsed}`, `a whole number${range}`);
  }
  return parsed;
}

function describeRange(min?: number, max?: number): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return '';
}

/** A duration like `45m`, `1h30m` or `90s`, in milliseconds, checked against a range. */
export function getDuration(name: string, options: { fallback: number; min?: number; max?: number }): number {
  const value = raw(name);
  if (value === '') return options.fallback;
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
    throw new InputError(name, `is ${formatDuration(ms)}`, expected);
  }
  return ms;
}

/** A list given one item per line or comma-separated; empty items are dropped. */
export function getList(name: string): string[] {
  return raw(name)
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '' && !item.startsWith('#'));
}

const MAP_FORMS = 'a YAML mapping (Name: value), a JSON object ({"Name": "value"}) or Name=Value lines';

/**
 * A string-to-string map given as a YAML mapping, a JSON object, or `Name=Value` lines: the three forms users
 * paste into `with:`. YAML is read with the failsafe schema so values stay exactly as written (`0.10` stays
 * `0.10`, `1.0` stays `1.0`, `no` stays `no`) instead of being coerced to numbers and booleans.
 */
export function getMap(name: string): Map<string, string> {
  const text = raw(name);
  const result = new Map<string, string>();
  if (text === '') return result;
  if (text.startsWith('{')) return mapFromJson(name, text);
  if (looksLikeNameValueLines(text)) return mapFromNameValueLines(name, text);
  return mapFromYaml(name, text);
}

function mapFromJson(name: string, text: string): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InputError(name, `is not valid JSON (${(error as Error).message})`, MAP_FORMS);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InputError(name, 'is JSON but not an object', MAP_FORMS);
  }
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(parsed)) {
    if (value !== null && typeof value === 'object') {
      throw new InputError(name, `has a nested value for '${key}'`, `${MAP_FORMS} whose values are plain strings`);
    }
    result.set(key, value === null ? '' : String(value));
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
    if (result.has(key)) throw new InputError(name, `sets '${key}' twice`, `${MAP_FORMS} with each name once`);
    result.set(key, line.slice(at + 1).trim());
  }
  return result;
}

function mapFromYaml(name: string, text: string): Map<string, string> {
  const document = parseDocument(text, { schema: 'failsafe', uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) {
    const first = document.errors[0] as { message: string };
    const duplicate = /duplicate|unique/i.test(first.message);
    throw new InputError(
      name,
      duplicate ? 'sets the same name twice' : `is not a valid mapping (${first.message.split('\n')[0]})`,
      MAP_FORMS,
    );
  }
  if (!isMap(document.contents)) {
    throw new InputError(name, `is '${firstLine(text)}'`, MAP_FORMS);
  }
  const result = new Map<string, string>();
  const plain = parseYaml(text, { schema: 'failsafe' }) as Record<string, unknown>;
  for (const [key, value] of Object.entries(plain)) {
    if (value !== null && typeof value === 'object') {
      throw new InputError(name, `has a nested value for '${key}'`, `${MAP_FORMS} whose values are plain strings`);
    }
    result.set(key, value === null || value === undefined ? '' : String(value));
  }
  return result;
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}
