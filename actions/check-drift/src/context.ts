import { createHash } from 'node:crypto';
import * as path from 'node:path';
import * as core from '@mlops-actions/shared/core';
import { parseS3Url, type S3Location } from '@mlops-actions/shared/aws/s3';
import { runContext, type RunContext } from '@mlops-actions/shared/github';
import { getBoolean, getDuration, getList, getMap, getString } from '@mlops-actions/shared/inputs';
import { InputError } from '@mlops-actions/shared/runtime';
import { INPUT_DEFAULTS } from './defaults.js';

export type FileFormat = 'csv' | 'jsonl' | 'parquet';
export type Format = 'auto' | FileFormat;
export type ColumnType = 'numeric' | 'categorical';
/** The engine's method names (packages/drift METHOD_NAMES), and auto. */
export const METHODS = ['ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi', 'linf'] as const;
export type Method = (typeof METHODS)[number];

/** Where data comes from: a file in the workspace, or S3 (an object, or a prefix when the key ends in '/'). */
export type Source = { kind: 'file'; path: string; shown: string } | { kind: 's3'; location: S3Location; shown: string };

export interface DataMode {
  mode: 'data';
  baseline: Source;
  baselineFormat: Format;
  current: Source;
  currentFormat: Format | 'data-capture';
  capture?: { windowMs: number; side: 'input' | 'output'; columns: string[] };
}

export interface MonitorMode {
  mode: 'model-monitor';
  schedule: string;
}

export interface Inputs {
  source: DataMode | MonitorMode;
  columns: string[];
  ignoreColumns: string[];
  columnTypes: Map<string, ColumnType>;
  method: Method | 'auto';
  threshold?: number;
  columnMethods: Map<string, Method>;
  columnThresholds: Map<string, number>;
  driftShare: number;
  /** Numeric values kept per column for exact statistics; past it a quantile sketch (bounded memory). */
  exactLimit: number;
  saveProfile?: string;
  onBadRows: 'fail' | 'skip';
  failOnDrift: boolean;
  modelName: string;
  issue: 'open' | 'close-when-resolved' | 'off';
  githubToken?: string;
  labels: string[];
  assignees: string[];
  cooldownMs: number;
  cloudwatchNamespace?: string;
  retrain?: { kind: 'workflow_dispatch'; workflow: string; ref: string; inputs: Map<string, string> } | { kind: 'repository_dispatch'; eventType: string };
  /** Whether any part needs AWS (S3 sources, Model Monitor, CloudWatch): only then are the credential inputs read. */
  needsAws: boolean;
  workspace: string;
  run: RunContext;
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = getString(name) ?? fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new InputError(name, `is '${value}'`, allowed.join(', '));
  return value as T;
}

function number(name: string, value: string, range: { min: number; max: number }): number {
  const parsed = /^\s*-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isFinite(parsed) || parsed < range.min || parsed > range.max) {
    throw new InputError(name, `is '${value}'`, `a number from ${range.min} to ${range.max}`);
  }
  return parsed;
}

function integer(name: string, value: string, range: { min: number; max: number }): number {
  const parsed = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(parsed) || parsed < range.min || parsed > range.max) {
    throw new InputError(name, `is '${value}'`, `a whole number from ${range.min} to ${range.max}`);
  }
  return parsed;
}

const SOURCE_FORM = 'a path in the workspace, or an s3://bucket/key URL (a key ending in / is a prefix: every object under it)';

function readSource(name: string, workspace: string): Source | undefined {
  const value = getString(name);
  if (!value) return undefined;
  if (value.startsWith('s3://') || value.startsWith('S3://')) {
    const location = parseS3Url(value.replace(/^S3/, 's3'));
    if (!location) throw new InputError(name, `is '${value}', which is no valid s3:// URL`, SOURCE_FORM);
    return { kind: 's3', location, shown: value };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) throw new InputError(name, `is '${value}'`, SOURCE_FORM);
  const full = path.resolve(workspace, value);
  const inside = path.relative(workspace, full);
  if (inside.startsWith('..') || path.isAbsolute(inside)) throw new InputError(name, `is '${value}', outside the workspace`, SOURCE_FORM);
  return { kind: 'file', path: full, shown: value };
}

/** Reads and checks every input before any file, AWS or GitHub call. */
export async function readInputs(): Promise<Inputs> {
  const run = runContext();
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const schedule = getString('monitoring-schedule', {
    pattern: /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/,
    expected: 'a monitoring schedule name (letters, digits and hyphens, at most 63)',
  });
  const baseline = readSource('baseline', workspace);
  const current = readSource('current', workspace);
  const currentFormat = oneOf('current-format', ['auto', 'csv', 'jsonl', 'parquet', 'data-capture'] as const, INPUT_DEFAULTS['current-format']);
  const baselineFormat = oneOf('baseline-format', ['auto', 'csv', 'jsonl', 'parquet'] as const, INPUT_DEFAULTS['baseline-format']);

  let source: DataMode | MonitorMode;
  if (schedule) {
    for (const name of ['baseline', 'current'] as const) {
      if (getString(name))
        throw new InputError(name, 'is set together with monitoring-schedule', `either monitoring-schedule (Model Monitor mode) or baseline and current`);
    }
    source = { mode: 'model-monitor', schedule };
  } else {
    if (!baseline) throw new InputError('baseline', 'is required but empty', `${SOURCE_FORM}; or set monitoring-schedule to read Model Monitor results`);
    if (!current) throw new InputError('current', 'is required but empty', SOURCE_FORM);
    source = { mode: 'data', baseline, baselineFormat, current, currentFormat };
    if (currentFormat === 'data-capture') {
      if (current.kind !== 's3')
        throw new InputError(
          'current',
          `is '${current.shown}'`,
          'with current-format: data-capture, an s3:// Data Capture prefix (s3://bucket/prefix/ENDPOINT/)',
        );
      source.capture = {
        windowMs: getDuration('window', { fallback: INPUT_DEFAULTS.window, min: 60_000, max: 90 * 86_400_000 }),
        side: oneOf('capture-side', ['input', 'output'] as const, INPUT_DEFAULTS['capture-side']),
        columns: getList('capture-columns', { expected: 'column names, comma or newline separated', unique: true }),
      };
    }
  }

  const method = oneOf('method', ['auto', ...METHODS] as const, INPUT_DEFAULTS.method);
  const thresholdText = getString('threshold');
  const columnMethods = new Map<string, Method>();
  for (const [column, value] of await getMap('column-methods')) {
    if (!(METHODS as readonly string[]).includes(value))
      throw new InputError('column-methods', `gives column '${column}' the method '${value}'`, `one of ${METHODS.join(', ')} per column`);
    columnMethods.set(column, value as Method);
  }
  const columnThresholds = new Map<string, number>();
  for (const [column, value] of await getMap('column-thresholds')) {
    columnThresholds.set(column, number('column-thresholds', value, { min: 0, max: 1e6 }));
  }
  const columnTypes = new Map<string, ColumnType>();
  for (const [column, value] of await getMap('column-types')) {
    if (value !== 'numeric' && value !== 'categorical')
      throw new InputError('column-types', `gives column '${column}' the type '${value}'`, 'numeric or categorical per column');
    columnTypes.set(column, value);
  }

  const issue = oneOf('issue', ['open', 'close-when-resolved', 'off'] as const, INPUT_DEFAULTS.issue);
  const githubToken = core.getInput('github-token');
  if (githubToken) core.setSecret(githubToken);
  const retrainWorkflow = getString('retrain-workflow', {
    pattern: /^([\w.-]+\.ya?ml|\d+)$/,
    expected: 'a workflow file name such as train.yml, or a workflow id',
  });
  const retrainEvent = getString('retrain-event', {
    pattern: /^[\w.:/-]{1,100}$/,
    expected: 'an event type of at most 100 characters (letters, digits, . _ - : /)',
  });
  if (retrainWorkflow && retrainEvent)
    throw new InputError(
      'retrain-event',
      'is set together with retrain-workflow',
      'one of retrain-workflow (workflow_dispatch) or retrain-event (repository_dispatch)',
    );
  const retrainInputs = await getMap('retrain-inputs');
  if (retrainInputs.size > 25) throw new InputError('retrain-inputs', `has ${retrainInputs.size} inputs`, 'at most 25 inputs (the workflow_dispatch limit)');
  if (retrainInputs.size && !retrainWorkflow)
    throw new InputError('retrain-inputs', 'is set without retrain-workflow', 'it only together with retrain-workflow');
  const retrainRef = getString('retrain-ref');
  if (retrainRef && !retrainWorkflow) throw new InputError('retrain-ref', 'is set without retrain-workflow', 'it only together with retrain-workflow');
  if ((issue !== 'off' || retrainWorkflow || retrainEvent) && !githubToken) {
    throw new InputError('github-token', 'is empty', 'a token with issues: write (the default, ${{ github.token }}), or issue: off');
  }
  const cloudwatchNamespace = getString('cloudwatch-namespace', {
    pattern: /^(?!AWS\/)[\w.#:/-]{1,255}$/,
    expected: "a CloudWatch namespace (at most 255 of letters, digits and . - _ / # :, not starting with 'AWS/')",
  });

  const inputs: Inputs = {
    source,
    columns: getList('columns', { expected: 'column names, comma or newline separated', unique: true }),
    ignoreColumns: getList('ignore-columns', { expected: 'column names, comma or newline separated', unique: true }),
    columnTypes,
    method,
    columnMethods,
    columnThresholds,
    driftShare: number('drift-share', getString('drift-share') ?? INPUT_DEFAULTS['drift-share'], { min: 0, max: 1 }),
    exactLimit: integer('exact-limit', getString('exact-limit') ?? INPUT_DEFAULTS['exact-limit'], { min: 1000, max: 100_000_000 }),
    onBadRows: oneOf('on-bad-rows', ['fail', 'skip'] as const, INPUT_DEFAULTS['on-bad-rows']),
    failOnDrift: getBoolean('fail-on-drift', INPUT_DEFAULTS['fail-on-drift']),
    modelName: getString('model-name', { maxLength: 200 }) ?? defaultModelName(source),
    issue,
    labels: getList('labels', { expected: 'label names, comma or newline separated', unique: true }),
    assignees: getList('assignees', { expected: 'GitHub user names, comma or newline separated', unique: true }),
    cooldownMs: getDuration('cooldown', { fallback: INPUT_DEFAULTS.cooldown, min: 0, max: 30 * 86_400_000 }),
    needsAws: false,
    workspace,
    run,
  };
  if (thresholdText) inputs.threshold = number('threshold', thresholdText, { min: 0, max: 1e6 });
  if (githubToken) inputs.githubToken = githubToken;
  if (cloudwatchNamespace) inputs.cloudwatchNamespace = cloudwatchNamespace;
  const saveProfile = readSource('save-profile', workspace);
  if (saveProfile) {
    if (saveProfile.kind !== 'file')
      throw new InputError('save-profile', `is '${saveProfile.shown}'`, 'a path in the workspace (upload it to S3 in a later step if needed)');
    if (source.mode !== 'data') throw new InputError('save-profile', 'is set with monitoring-schedule', 'it only with baseline and current');
    inputs.saveProfile = saveProfile.path;
  }
  // The runner passes action.yml's default when the workflow leaves an input out: only another value was set.
  const exactLimit = getString('exact-limit');
  if (source.mode !== 'data' && exactLimit !== undefined && exactLimit.trim() !== INPUT_DEFAULTS['exact-limit'])
    throw new InputError('exact-limit', 'is set with monitoring-schedule', 'it only with baseline and current (Model Monitor mode reads no data)');
  if (retrainWorkflow) inputs.retrain = { kind: 'workflow_dispatch', workflow: retrainWorkflow, ref: retrainRef ?? defaultRef(run), inputs: retrainInputs };
  if (retrainEvent) inputs.retrain = { kind: 'repository_dispatch', eventType: retrainEvent };
  inputs.needsAws =
    source.mode === 'model-monitor' || source.baseline.kind === 's3' || source.current.kind === 's3' || inputs.cloudwatchNamespace !== undefined;
  return inputs;
}

function defaultRef(run: RunContext): string {
  return run.ref.replace(/^refs\/(heads|tags)\//, '') || 'main';
}

/** The endpoint of a Data Capture prefix (…/ENDPOINT/ or …/ENDPOINT/VARIANT/ is told apart later), the schedule, or the input. */
export function defaultModelName(source: DataMode | MonitorMode): string {
  if (source.mode === 'model-monitor') return source.schedule;
  if (source.current.kind === 's3') {
    const parts = source.current.location.key.split('/').filter(Boolean);
    if (source.currentFormat === 'data-capture' && parts.length) {
      // …/ENDPOINT/VARIANT/: SageMaker's default variant name is AllTraffic; any other last part is taken as the endpoint.
      const last = parts.at(-1)!;
      return last === 'AllTraffic' && parts.length > 1 ? parts.at(-2)! : last;
    }
    return `${source.current.location.bucket}/${parts.join('/')}`;
  }
  return source.current.shown;
}

/** The issue fingerprint: one per repository and model, whatever the title or labels become. */
export function fingerprint(inputs: Pick<Inputs, 'modelName' | 'run'>): string {
  return `drift-${createHash('sha256').update(`check-drift\n${inputs.run.repository}\n${inputs.modelName}`).digest('hex').slice(0, 24)}`;
}
