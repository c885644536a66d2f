// The runner's side of an action — inputs, outputs, state, log commands, the job summary — as @actions/core
// writes them, byte for byte (test/core-protocol.test.ts runs both and compares). Not @actions/core itself:
// importing it loads its HTTP client and undici (~1 MB, over a quarter of a bundle) for the one thing that needs
// them, the OIDC token request, which aws/oidc-token.ts makes with node:https instead. Imports no service.
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { access, appendFile, constants, writeFile } from 'node:fs/promises';
import { EOL } from 'node:os';

export interface InputOptions {
  required?: boolean;
  trimWhitespace?: boolean;
}

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** How @actions/core turns any value into command text: strings as they are, anything else as JSON. */
function toCommandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  if (typeof input === 'string' || input instanceof String) return String(input);
  return JSON.stringify(input);
}

const escapeData = (s: unknown): string => toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: unknown): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::command key=value,...::message` on stdout, properties without a value left out. */
export function issueCommand(command: string, properties: Record<string, unknown>, message: unknown): void {
  const props = Object.entries(properties)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',');
  // The space comes with any property key, even when no property has a value (as @actions/core writes it).
  const head = Object.keys(properties).length > 0 ? `${command} ${props}` : command;
  process.stdout.write(`::${head}::${escapeData(message)}${EOL}`);
}

function issueFileCommand(command: string, message: string): void {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(filePath)) throw new Error(`Missing file at path: ${filePath}`);
  appendFileSync(filePath, `${message}${EOL}`, { encoding: 'utf8' });
}

/** `name<<delimiter`, the value, `delimiter`: a random delimiter, so no value can end the entry early. */
function keyValueMessage(key: string, value: unknown): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const converted = toCommandValue(value);
  if (key.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (converted.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${key}<<${delimiter}${EOL}${converted}${EOL}${delimiter}`;
}

export function getInput(name: string, options?: InputOptions): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
  if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`);
  return options?.trimWhitespace === false ? value : value.trim();
}

export function getBooleanInput(name: string, options?: InputOptions): boolean {
  const value = getInput(name, options);
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new TypeError(
    `Input does not meet YAML 1.2 "Core Schema" specification: ${name}\nSupport boolean input list: \`true | True | TRUE | false | False | FALSE\``,
  );
}

export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) return issueFileCommand('OUTPUT', keyValueMessage(name, value));
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

export function saveState(name: string, value: unknown): void {
  if (process.env.GITHUB_STATE) return issueFileCommand('STATE', keyValueMessage(name, value));
  issueCommand('save-state', { name }, toCommandValue(value));
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] || '';
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

function annotation(properties: AnnotationProperties): Record<string, unknown> {
  if (Object.keys(properties).length === 0) return {};
  const { title, file, startLine: line, endLine, startColumn: col, endColumn } = properties;
  return { title, file, line, endLine, col, endColumn };
}

export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('error', annotation(properties), message instanceof Error ? message.toString() : message);
}

export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('warning', annotation(properties), message instanceof Error ? message.toString() : message);
}

export function notice(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('notice', annotation(properties), message instanceof Error ? message.toString() : message);
}

export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

/** The job summary: text collected, then appended to $GITHUB_STEP_SUMMARY (or written over it). */
class Summary {
  private buffer = '';

  addRaw(text: string, addEOL = false): this {
    this.buffer += text + (addEOL ? EOL : '');
    return this;
  }

  stringify(): string {
    return this.buffer;
  }

  async write(options?: { overwrite?: boolean }): Promise<this> {
    const filePath = process.env.GITHUB_STEP_SUMMARY;
    if (!filePath) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    try {
      await access(filePath, constants.R_OK | constants.W_OK);
    } catch {
      throw new Error(`Unable to access summary file: '${filePath}'. Check if the file has correct read/write permissions.`);
    }
    await (options?.overwrite ? writeFile : appendFile)(filePath, this.buffer, { encoding: 'utf8' });
    this.buffer = '';
    return this;
  }
}

export const summary = new Summary();
