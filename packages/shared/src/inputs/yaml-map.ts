// The YAML form of a map input (see getMap in ./inputs.ts), in a module of its own: ./inputs.ts imports it
// only when a map is written in YAML, so the yaml library stays out of an action's start otherwise.
import { type Document, type Scalar, type YAMLError, isAlias, isMap, isNode, isScalar, parseDocument } from 'yaml';
import { InputError } from '../runtime/errors.js';
import { lineAndColumn } from './json-location.js';
import { MAP_FORMS, firstLine, nested, twice } from './map-forms.js';

/** A map written as a YAML block or flow mapping, every value as written; an InputError otherwise. */
export function yamlMap(name: string, text: string): Map<string, string> {
  return mapFromYaml(name, text, readYaml(name, text));
}

/** Text that is not JSON but may be a YAML flow mapping (`{InputDataUrl: s3://x}`): its map, or undefined. */
export function flowYamlMap(name: string, text: string): Map<string, string> | undefined {
  let document: Document.Parsed | undefined;
  try {
    document = readYaml(name, text);
  } catch {
    return undefined;
  }
  return document.errors.length === 0 && isMap(document.contents) ? mapFromYaml(name, text, document) : undefined;
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

const AS_WRITTEN =
  'a YAML mapping whose values YAML keeps as written: plain or quoted text on one line (in quotes when it holds " #"), or a literal block (|) for several lines; no tags; comments on lines of their own';

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
    .replace(
      /\b(map-value-ind|seq-item-ind|explicit-key-ind|flow-map-start|flow-map-end|flow-seq-start|flow-seq-end|comma|doc-start|doc-end|block-scalar|flow-error-end)\b( token)?/g,
      (_all, type: string) => TOKEN_NAMES[type] ?? type,
    )
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
