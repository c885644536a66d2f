// SageMaker pipeline definition JSON (schema 2020-12-01): the step graph and the expression language
// (`{"Get": ...}`, `{"Std:Join": ...}`) that executions evaluate. Only what the local world needs to run
// a definition faithfully: ordering, branches, and the values a RegisterModel or Fail step sees.

export interface StepDef {
  Name: string;
  Type: string;
  Arguments?: unknown;
  DependsOn?: string[];
  DisplayName?: string;
  Description?: string;
}

export interface ParameterDef {
  Name: string;
  Type?: string;
  DefaultValue?: unknown;
  EnumValues?: string[];
}

export interface PipelineDefinition {
  Version?: string;
  Parameters: ParameterDef[];
  Steps: StepDef[];
}

export interface StepNode {
  name: string;
  type: string;
  def: StepDef;
  /** Steps that must have finished (DependsOn, property references, the enclosing Condition). */
  deps: string[];
  /** Set for steps nested in a Condition's IfSteps/ElseSteps: they run only if that branch is taken. */
  branchOf?: { condition: string; branch: 'if' | 'else' };
  /** Position in the flattened definition; the order in which ready steps start. */
  order: number;
}

export class DefinitionError extends Error {}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseDefinition(text: string): PipelineDefinition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new DefinitionError('Unable to parse pipeline definition.');
  }
  if (!isObject(parsed) || !Array.isArray(parsed.Steps)) throw new DefinitionError('Invalid pipeline definition: Steps is missing.');
  const params = Array.isArray(parsed.Parameters) ? (parsed.Parameters as ParameterDef[]) : [];
  return { Version: parsed.Version as string | undefined, Parameters: params, Steps: parsed.Steps as StepDef[] };
}

/** Names of the steps referenced by `{"Get": "Steps.NAME..."}` anywhere inside `value`. */
export function stepReferences(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) stepReferences(item, into);
  } else if (isObject(value)) {
    if (typeof value.Get === 'string' && value.Get.startsWith('Steps.')) {
      const name = /^Steps\.([^.[]+)/.exec(value.Get)?.[1];
      if (name) into.add(name);
    }
    for (const item of Object.values(value)) stepReferences(item, into);
  }
  return into;
}

/** Flatten the definition (Condition branches included) into nodes with their dependencies. */
export function buildGraph(definition: PipelineDefinition): Map<string, StepNode> {
  const nodes = new Map<string, StepNode>();
  const visit = (step: StepDef, branchOf?: StepNode['branchOf']): void => {
    if (!isObject(step) || typeof step.Name !== 'string' || typeof step.Type !== 'string') {
      throw new DefinitionError('Invalid pipeline definition: every step needs a Name and a Type.');
    }
    if (nodes.has(step.Name)) throw new DefinitionError(`Invalid pipeline definition: duplicate step name ${step.Name}.`);
    const args = isObject(step.Arguments) ? step.Arguments : {};
    // A Condition's own dependencies exclude its branches: those belong to the nested steps.
    const scanned = step.Type === 'Condition' ? { ...args, IfSteps: undefined, ElseSteps: undefined } : args;
    const deps = new Set<string>([...(step.DependsOn ?? []), ...stepReferences(scanned)]);
    if (branchOf) deps.add(branchOf.condition);
    deps.delete(step.Name);
    nodes.set(step.Name, { name: step.Name, type: step.Type, def: step, deps: [...deps], branchOf, order: nodes.size });
    if (step.Type === 'Condition') {
      for (const s of (Array.isArray(args.IfSteps) ? args.IfSteps : []) as StepDef[]) visit(s, { condition: step.Name, branch: 'if' });
      for (const s of (Array.isArray(args.ElseSteps) ? args.ElseSteps : []) as StepDef[]) visit(s, { condition: step.Name, branch: 'else' });
    }
  };
  for (const step of definition.Steps) visit(step);

  for (const node of nodes.values()) {
    for (const dep of node.deps) {
      if (!nodes.has(dep)) throw new DefinitionError(`Invalid pipeline definition: step ${node.name} depends on unknown step ${dep}.`);
    }
  }
  // Cycle check (a definition with a cycle could never finish).
  const state = new Map<string, 'visiting' | 'done'>();
  const dfs = (name: string): void => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') throw new DefinitionError(`Invalid pipeline definition: cyclic dependency through step ${name}.`);
    state.set(name, 'visiting');
    for (const dep of nodes.get(name)!.deps) dfs(dep);
    state.set(name, 'done');
  };
  for (const name of nodes.keys()) dfs(name);
  return nodes;
}

// ---------------------------------------------------------------------------------------------------
// Parameters

/** Type a parameter value the way the pipeline sees it (PipelineParameters values are strings). */
export function typedParameter(def: ParameterDef, value: string): unknown {
  switch (def.Type) {
    case 'Integer':
      return Number.parseInt(value, 10);
    case 'Float':
      return Number.parseFloat(value);
    case 'Boolean':
      return value === 'true';
    default:
      return value;
  }
}

/** A message naming what is wrong with a supplied value for this parameter, or undefined. */
export function checkParameterValue(def: ParameterDef, value: string): string | undefined {
  if (def.Type === 'Integer' && !/^-?\d+$/.test(value)) return `Value '${value}' of parameter ${def.Name} is not a valid Integer.`;
  if (def.Type === 'Float' && (value.trim() === '' || Number.isNaN(Number(value)))) return `Value '${value}' of parameter ${def.Name} is not a valid Float.`;
  if (def.Type === 'Boolean' && value !== 'true' && value !== 'false') return `Value '${value}' of parameter ${def.Name} is not a valid Boolean.`;
  if (def.EnumValues && !def.EnumValues.includes(value)) return `Value '${value}' of parameter ${def.Name} is not one of [${def.EnumValues.join(', ')}].`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Expressions

export interface ResolveContext {
  parameters: Record<string, unknown>;
  execution: {
    id: string;
    arn: string;
    pipelineName: string;
    pipelineArn: string;
    startTime: Date;
  };
  /** The properties of a finished step (job names and ARNs, ModelArtifacts, Outcome, its arguments). */
  stepProperties(stepName: string): Record<string, unknown> | undefined;
}

/** `A.B['x'].C[0]` -> ['A', 'B', 'x', 'C', 0] */
export function parsePath(path: string): Array<string | number> {
  const tokens: Array<string | number> = [];
  const re = /([^.[\]]+)|\[\s*(?:'([^']*)'|"([^"]*)"|(\d+))\s*\]/g;
  for (let m = re.exec(path); m; m = re.exec(path)) {
    if (m[1] !== undefined) tokens.push(m[1]);
    else if (m[4] !== undefined) tokens.push(Number(m[4]));
    else tokens.push(m[2] ?? m[3] ?? '');
  }
  return tokens;
}

/** Walk properties; a string key on a list picks the item whose *Name matches (Outputs['train']). */
export function navigate(value: unknown, tokens: Array<string | number>): unknown {
  let current = value;
  for (const token of tokens) {
    if (Array.isArray(current)) {
      if (typeof token === 'number') current = current[token];
      else current = current.find((item) => isObject(item) && Object.entries(item).some(([k, v]) => k.endsWith('Name') && v === token));
    } else if (isObject(current)) {
      current = current[String(token)];
    } else {
      return undefined;
    }
  }
  return current;
}

function stringify(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function resolveGet(path: string, ctx: ResolveContext): unknown {
  if (path.startsWith('Parameters.')) return ctx.parameters[path.slice('Parameters.'.length)];
  if (path.startsWith('Execution.')) {
    const e = ctx.execution;
    switch (path.slice('Execution.'.length)) {
      case 'PipelineExecutionId':
        return e.id;
      case 'PipelineExecutionArn':
        return e.arn;
      case 'PipelineName':
        return e.pipelineName;
      case 'PipelineArn':
        return e.pipelineArn;
      case 'StartDateTime':
        return e.startTime.toISOString();
      case 'CurrentDateTime':
        return new Date().toISOString();
      default:
        return undefined;
    }
  }
  if (path.startsWith('Steps.')) {
    const [, name, ...rest] = parsePath(path);
    const props = ctx.stepProperties(String(name));
    if (props === undefined) return undefined;
    return navigate(props, rest);
  }
  return undefined;
}

/** Evaluate every expression inside `value` (objects and lists are rebuilt, literals kept). */
export function resolveValue(value: unknown, ctx: ResolveContext): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveValue(v, ctx));
  if (!isObject(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1) {
    if (typeof value.Get === 'string') return resolveGet(value.Get, ctx);
    if (isObject(value['Std:Join'])) {
      const join = value['Std:Join'];
      const parts = Array.isArray(join.Values) ? join.Values : [];
      return parts.map((p) => stringify(resolveValue(p, ctx))).join(typeof join.On === 'string' ? join.On : '');
    }
    // Std:JsonGet reads a property file in S3 that no step of this world writes: it has no value.
    if ('Std:JsonGet' in value) return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const resolved = resolveValue(v, ctx);
    if (resolved !== undefined) out[k] = resolved;
  }
  return out;
}
