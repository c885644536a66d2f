import { duplicateJsonKey, jsonSyntaxError } from '@mlops-actions/shared/inputs';
import { ActionError, InputError } from '@mlops-actions/shared/runtime';

/**
 * What the action needs from a SageMaker pipeline definition (the JSON the SageMaker SDK generates): declared
 * parameters, to check the `parameters` input before anything starts, and the step graph, for the summary.
 */

export interface DeclaredParameter {
  name: string;
  type: string;
  defaultValue?: unknown;
}

export interface DefinedStep {
  name: string;
  type: string;
  displayName?: string;
}

export interface StepEdge {
  from: string;
  to: string;
  /** 'if' / 'else' for the branches of a Condition step. */
  branch?: 'if' | 'else';
  /** 'data' when the step only reads the other's properties (no DependsOn, no branch); the summary draws it dotted. */
  kind?: 'data';
}

export interface PipelineGraph {
  parameters: DeclaredParameter[];
  steps: DefinedStep[];
  edges: StepEdge[];
}

interface RawStep {
  Name?: unknown;
  Type?: unknown;
  DisplayName?: unknown;
  DependsOn?: unknown;
  Arguments?: { IfSteps?: unknown; ElseSteps?: unknown; [key: string]: unknown };
  [key: string]: unknown;
}

/**
 * Parses a definition; `source` says where it came from for the error: an input and its file, or the pipeline
 * whose registered definition this is.
 */
export function parseDefinition(text: string, source: { input?: string; file?: string; pipeline?: string }): PipelineGraph {
  const fail = (problem: string, line?: number, column?: number): never => {
    if (source.input) {
      const location = source.file ? { file: source.file, ...(line ? { line } : {}), ...(column ? { column } : {}) } : undefined;
      throw new InputError(source.input, problem, 'a SageMaker pipeline definition: a JSON object with a Steps array of {Name, Type, Arguments}', location);
    }
    throw new ActionError(`The definition of pipeline ${source.pipeline} ${problem}.`);
  };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    // Position and kind only: V8's own message quotes the text's first bytes, a leak when the file is, say, a
    // .env given by mistake.
    const error = jsonSyntaxError(text);
    return fail(`is not valid JSON (${error.describe})`, error.line, error.column);
  }
  if (document === null || typeof document !== 'object' || Array.isArray(document)) return fail('is not a JSON object');
  if (source.input) {
    // A registered definition is SageMaker's own; a file is checked before it is sent anywhere.
    const twice = duplicateJsonKey(text);
    if (twice) return fail(`sets '${twice.key}' twice in one object (line ${twice.line} column ${twice.column})`, twice.line, twice.column);
  }
  const root = document as { Parameters?: unknown; Steps?: unknown };
  if (!Array.isArray(root.Steps) || root.Steps.length === 0) return fail('has no Steps array');

  const parameters: DeclaredParameter[] = [];
  for (const raw of Array.isArray(root.Parameters) ? root.Parameters : []) {
    const p = raw as { Name?: unknown; Type?: unknown; DefaultValue?: unknown };
    if (typeof p.Name !== 'string') return fail('declares a parameter without a Name');
    parameters.push({
      name: p.Name,
      type: typeof p.Type === 'string' ? p.Type : 'String',
      ...(p.DefaultValue !== undefined ? { defaultValue: p.DefaultValue } : {}),
    });
  }

  const steps: DefinedStep[] = [];
  const edges: StepEdge[] = [];
  const rawSteps: RawStep[] = [];
  const visit = (list: unknown, where: string): void => {
    if (!Array.isArray(list)) return;
    for (const item of list) {
      const step = item as RawStep;
      if (typeof step?.Name !== 'string' || typeof step.Type !== 'string') fail(`has a step without Name and Type in ${where}`);
      if (steps.some((s) => s.name === step.Name)) fail(`has two steps named '${step.Name as string}'`);
      steps.push({ name: step.Name as string, type: step.Type as string, ...(typeof step.DisplayName === 'string' ? { displayName: step.DisplayName } : {}) });
      rawSteps.push(step);
      if (step.Type === 'Condition') {
        visit(step.Arguments?.IfSteps, `the IfSteps of ${step.Name as string}`);
        visit(step.Arguments?.ElseSteps, `the ElseSteps of ${step.Name as string}`);
      }
    }
  };
  visit(root.Steps, 'Steps');

  const names = new Set(steps.map((s) => s.name));
  const add = (edge: StepEdge): void => {
    if (names.has(edge.from) && edge.from !== edge.to && !edges.some((e) => e.from === edge.from && e.to === edge.to)) edges.push(edge);
  };
  for (const step of rawSteps) {
    const name = step.Name as string;
    for (const dependency of Array.isArray(step.DependsOn) ? step.DependsOn : []) {
      if (typeof dependency === 'string') add({ from: dependency, to: name });
    }
    // Data dependencies: {"Get": "Steps.Train.ModelArtifacts..."} anywhere in the arguments, except inside the
    // nested branch steps, which carry their own.
    const { IfSteps: _if, ElseSteps: _else, ...ownArguments } = step.Arguments ?? {};
    for (const dependency of referencedSteps(ownArguments)) add({ from: dependency, to: name, kind: 'data' });
    if (step.Type === 'Condition') {
      for (const [branch, list] of [
        ['if', step.Arguments?.IfSteps],
        ['else', step.Arguments?.ElseSteps],
      ] as const) {
        for (const child of Array.isArray(list) ? (list as RawStep[]) : []) {
          if (typeof child.Name === 'string') add({ from: name, to: child.Name, branch });
        }
      }
    }
  }
  return { parameters, steps, edges };
}

function referencedSteps(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const match = /^Steps\.([^.[\]]+)/.exec(value);
    if (match) found.add(match[1] as string);
  } else if (Array.isArray(value)) {
    for (const item of value) referencedSteps(item, found);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'Get' && typeof item === 'string') referencedSteps(item, found);
      else if (key !== 'Get') referencedSteps(item, found);
    }
  }
  return found;
}

/**
 * Checks the `parameters` input against the declared parameters: unknown names and values of the wrong type.
 * `source` says where the declarations come from: "pipeline churn" or "the definition in pipeline.json".
 */
export function checkParameters(input: string, given: Map<string, string>, graph: PipelineGraph, source: string): void {
  const declared = new Map(graph.parameters.map((p) => [p.name, p]));
  const unknown = [...given.keys()].filter((name) => !declared.has(name));
  if (unknown.length > 0) {
    const list = graph.parameters.map((p) => p.name).join(', ') || 'none';
    throw new InputError(input, `names ${unknown.map((u) => `'${u}'`).join(', ')}, not declared by ${source}`, `declared parameters (${list})`);
  }
  for (const [name, value] of given) {
    const type = declared.get(name)?.type;
    if (value.length > 1024) throw new InputError(input, `gives '${name}' a value of ${value.length} characters`, 'values of at most 1024 characters');
    if (type === 'Integer' && !isInt64(value))
      throw new InputError(input, `gives Integer parameter '${name}' the value '${value}'`, `a whole number from ${INT64_MIN} to ${INT64_MAX}`);
    if (type === 'Float' && !isFiniteNumber(value))
      throw new InputError(input, `gives Float parameter '${name}' the value '${value}'`, 'a finite number (magnitude below about 1.8e308)');
    if (type === 'Boolean' && !/^(true|false)$/i.test(value))
      throw new InputError(input, `gives Boolean parameter '${name}' the value '${value}'`, 'true or false');
  }
}

// SageMaker does not document the range of an Integer parameter; the service is Java, where integers that
// large are longs, so anything outside a signed 64-bit integer is refused rather than left to round or overflow.
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

function isInt64(value: string): boolean {
  if (!/^-?\d+$/.test(value)) return false;
  const n = BigInt(value);
  return n >= INT64_MIN && n <= INT64_MAX;
}

/** A decimal number that a double holds without overflowing to Infinity (`1e400` does). */
function isFiniteNumber(value: string): boolean {
  return /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(value) && Number.isFinite(Number(value));
}

export function checkSelectedSteps(input: string, selected: string[], graph: PipelineGraph): void {
  const known = new Set(graph.steps.map((s) => s.name));
  const unknown = selected.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new InputError(input, `names ${unknown.map((u) => `'${u}'`).join(', ')}, not steps of the pipeline`, `step names from: ${[...known].join(', ')}`);
  }
}
