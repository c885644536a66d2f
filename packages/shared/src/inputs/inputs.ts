import * as core from '../core/index.js';
import { type Document, type Scalar, type YAMLError, isAlias, isMap, isNode, isScalar, parseDocument } from 'yaml';
import { InputError } from '../runtime/errors.js';
import { formatDuration } from '../runtime/duration.js';
import { parseDuration } from './duration.js';
import { jsonMembers } from './json-members.js';
import { jsonSyntaxError, lineAndColumn } from './json-location.js';

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

/**
 * YAML 1.2 core-schema booleans, the same set `core.getBooleanInput` accepts, with our error wording. The fallback
 * may be written as in action.yml ('true'), so an action's defaults table is read like a value the user gives.
 */
export function getBoolean(name: string, fallback: boolean | string): boolean {
  const value = raw(name);
  if (value === '') return typeof fallback === 'boolean' ? fallback : parseDefault(name, fallback, (text) => (TRUE.has(text) ? true : FALSE.has(text) ? false : undefined));
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

const MAP_FORMS = 'a YAML mapping (Name: value), a JSON object ({"Name": "value"}) or Name=Value lines';

/**
 * A string-to-string map given as a YAML mapping, a JSON object, or `Name=Value` lines: the three forms users
 * paste into `with:`. Values stay exactly as written (`0.10` stays `0.10`, `1.0` stays `1.0`, `no` stays `no`,
 * `12345678901234567890` keeps every digit): YAML is read with the failsafe schema, and JSON numbers are taken
 * from the source text rather than through a double. A name given twice is refused in every form. In YAML,
 * whatever the parser would turn into something other than the text written is refused (see checkAsWritten):
 * ' #' after a plain value, tags, text folded over lines. `Name=Value` lines take everything after the first
 * `=` (trimmed), `#` included. Text built from untrusted values belongs in the JSON form, made with toJSON().
 */
export function getMap(name: string): Map<string, string> {
  const text = raw(name);
  const result = new Map<string, string>();
  if (text === '') return result;
  if (text.startsWith('{')) return mapFromJsonOrFlowYaml(name, text);
  if (looksLikeNameValueLines(text)) return mapFromNameValueLines(name, text);
  return mapFromYaml(name, text, readYaml(name, text));
}

/**
 * Text starting with `{` is read as JSON. When it is not JSON but is a well-formed YAML flow mapping
 * (`{InputDataUrl: s3://x, UseSpot: true}`) it is read as YAML; when it is neither, the JSON error stands,
 * since that is what most people writing `{` meant.
 */
function mapFromJsonOrFlowYaml(name: string, text: string): Map<string, string> {
  try {
    JSON.parse(text);
  } catch {
    let document: Document.Parsed | undefined;
    try {
      document = readYaml(name, text);
    } catch {
      document = undefined;
    }
    if (document && document.errors.length === 0 && isMap(document.contents)) return mapFromYaml(name, text, document);
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

function twice(name: string, key: string): InputError {
  return new InputError(name, `sets '${key}' twice`, `${MAP_FORMS} with each name once`);
}

function nested(name: string, key: string): InputError {
  return new InputError(name, `has a nested value for '${key}'`, `${MAP_FORMS} whose values are plain strings`);
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

function readYaml(name: string, text: string): Document.Parsed {
  try {
    // Duplicate keys are found below, where the key can be named; aliases are resolved below too, one level,
    // never by expanding the document (toJS), so an alias bomb costs nothing.
    return parseDocument(text, { schema: 'failsafe', uniqueKeys: false, prettyErrors: false });
  } catch {
    throw new InputError(name, 'cannot be read as YAML', MAP_FORMS);
  }
}

function mapFromYaml(name: string, text: string, document: Document.Parsed): Map<string, string> {
  const [error] = document.errors;
  if (error) throw new InputError(name, yamlProblem(text, error), MAP_FORMS);
  const root = document.contents;
  if (!isMap(root)) throw new InputError(name, `is '${firstLine(text)}'`, MAP_FORMS);
  // Anchors seen so far, in document order (an alias refers to the last anchor of its name before it). Only
  // top-level keys and values can be anchors that resolve to something usable: any other anchor sits inside a
  // nested value, which is refused before a later alias could refer to it.
  const anchors = new Map<string, unknown>();
  if (root.anchor) anchors.set(root.anchor, root);
  const resolve = (node: unknown): unknown => {
    if (isAlias(node)) {
      if (!anchors.has(node.source)) throw new InputError(name, `uses the alias '*${node.source}' without an anchor '&${node.source}' before it`, MAP_FORMS);
      return anchors.get(node.source);
    }
    if (isNode(node) && node.anchor) anchors.set(node.anchor, node);
    return node;
  };
  const result = new Map<string, string>();
  for (const pair of root.items) {
    const keyNode = resolve(pair.key);
    if (keyNode !== null && keyNode !== undefined && !isScalar(keyNode)) {
      throw new InputError(name, 'has a list or mapping as a name', `${MAP_FORMS} whose names are plain strings`);
    }
    if (isScalar(keyNode)) checkAsWritten(name, text, keyNode, 'a name');
    const key = scalarText(keyNode);
    if (result.has(key)) throw twice(name, key);
    const valueNode = resolve(pair.value);
    if (valueNode !== null && valueNode !== undefined && !isScalar(valueNode)) throw nested(name, key);
    if (isScalar(valueNode)) checkAsWritten(name, text, valueNode, `the value of '${key}'`);
    result.set(key, scalarText(valueNode));
  }
  return result;
}

const AS_WRITTEN = 'a YAML mapping whose values YAML keeps as written: plain or quoted text on one line (in quotes when it holds " #"), or a literal block (|) for several lines; no tags; comments on lines of their own';

/**
 * The YAML form passes values exactly as written, so whatever YAML would silently turn into something else is
 * refused rather than guessed at: a tag (`!!binary` decodes base64, `!!str` and custom tags change the type);
 * ' #' after a plain value (YAML starts a comment there, so `s3://b/my data #1/x.csv` would arrive cut to
 * `s3://b/my data`; the writer may have meant either); a plain or quoted value broken over lines or a folded
 * block (YAML joins the lines with spaces).
 */
function checkAsWritten(name: string, text: string, node: Scalar, what: string): void {
  const [start, valueEnd, nodeEnd] = node.range ?? [0, 0, 0];
  const line = lineAndColumn(text, start).line;
  if (node.tag) throw new InputError(name, `gives ${what} the YAML tag '${shortTag(node.tag)}' (line ${line})`, AS_WRITTEN);
  if (node.type === 'PLAIN' && /^[ \t]+#/.test(text.slice(valueEnd, nodeEnd))) {
    throw new InputError(name, `has ' #' after ${what} (line ${line}), where YAML starts a comment and cuts the value short`, AS_WRITTEN);
  }
  const multiline = text.slice(start, valueEnd).includes('\n');
  if (node.type === 'BLOCK_FOLDED' || (multiline && node.type !== 'BLOCK_LITERAL')) {
    throw new InputError(name, `gives ${what} text over several lines (line ${line}), which YAML joins with spaces`, AS_WRITTEN);
  }
}

function shortTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

function scalarText(node: unknown): string {
  if (!isScalar(node)) return '';
  const value = node.value;
  return value === null || value === undefined ? '' : String(value);
}

/** The yaml library's message, with a position and without its API advice or token jargon. */
function yamlProblem(text: string, error: YAMLError): string {
  if (error.code === 'MULTIPLE_DOCS') return 'has several YAML documents';
  let message = (error.message.split('\n')[0] ?? '').trim();
  if (/call stack/i.test(message)) return 'is nested too deeply to read';
  message = message
    .replace(/^Unexpected ([a-z-]+) token in YAML stream: (".*")$/, 'Unexpected $2')
    .replace(/\b(map-value-ind|seq-item-ind|explicit-key-ind|flow-map-start|flow-map-end|flow-seq-start|flow-seq-end|comma|doc-start|doc-end|block-scalar|flow-error-end)\b( token)?/g, (_all, type: string) => TOKEN_NAMES[type] ?? type)
    .replace(/\.$/, '');
  const { line, column } = lineAndColumn(text, error.pos[0]);
  return `is not a valid mapping (line ${line} column ${column}: ${message})`;
}

const TOKEN_NAMES: Record<string, string> = {
  'map-value-ind': "':'",
  'seq-item-ind': "'-'",
  'explicit-key-ind': "'?'",
  'flow-map-start': "'{'",
  'flow-map-end': "'}'",
  'flow-seq-start': "'['",
  'flow-seq-end': "']'",
  comma: "','",
  'doc-start': "'---'",
  'doc-end': "'...'",
  'block-scalar': 'block scalar',
  'flow-error-end': 'end of flow collection',
};

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}
