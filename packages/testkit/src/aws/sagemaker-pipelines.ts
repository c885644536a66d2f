// SageMaker Pipelines executions: what moto lacks (its executions are Succeeded at once, have no steps,
// cannot be stopped). The layer owns executions entirely; pipelines (definitions) stay in moto, which is
// read when an execution starts. Progress is deterministic and driven by polling: every status check
// advances that execution one tick, so a test knows exactly how many polls a run takes and never sleeps.
// A status check is a DescribePipelineExecution or a first-page ListPipelineExecutionSteps; the two right
// after each other (either order, same caller) are one check, so a client that reads both per check and one
// that reads only the steps (and describes only when they change) see the same progress per check.
import type { CredentialBook } from './credentials.js';
import { motoJson, type MotoAnswer } from './moto-http.js';
import { randomId, runStep } from './pipeline-steps.js';
import {
  DefinitionError,
  buildGraph,
  checkParameterValue,
  parseDefinition,
  resolveValue,
  typedParameter,
  type ParameterDef,
  type ResolveContext,
  type StepNode,
} from './pipeline-definition.js';
import type { AwsError } from './protocol.js';

export interface PipelineScenario {
  /** Ticks (DescribePipelineExecution polls) each step takes, default 1. */
  ticksPerStep?: number;
  /** This step fails with FailureReason `reason` (the execution then fails). */
  failAt?: { step: string; reason: string };
  /** Outcome of Condition steps by step name (default true: the IfSteps run). */
  conditionOutcomes?: Record<string, boolean>;
}

export type StepStatus = 'Starting' | 'Executing' | 'Stopping' | 'Stopped' | 'Failed' | 'Succeeded';
export type ExecutionStatus = 'Executing' | 'Stopping' | 'Stopped' | 'Failed' | 'Succeeded';

export interface StepView {
  name: string;
  type: string;
  status: StepStatus;
  failureReason?: string;
  attemptCount: number;
  metadata: Record<string, unknown>;
}

export interface ExecutionView {
  arn: string;
  pipelineName: string;
  pipelineArn: string;
  status: ExecutionStatus;
  failureReason?: string;
  /** As supplied to StartPipelineExecution (name -> value). */
  parameters: Record<string, string>;
  clientRequestToken?: string;
  displayName: string;
  description?: string;
  /** Effective MaxParallelExecutionSteps (request, else the pipeline's), if any. */
  parallelism?: number;
  selectedSteps?: string[];
  sourceExecutionArn?: string;
  /** Steps that started, in start order. */
  steps: StepView[];
  /** Accepted StopPipelineExecution calls (idempotent replays not counted). */
  stopRequests: number;
  /** Status checks seen (ticks: DescribePipelineExecution or first-page ListPipelineExecutionSteps, see #check). */
  ticks: number;
}

/** Real SageMaker's execution-level reason for any step failure: the step's own reason is only in the steps. */
export const STEP_FAILURE_REASON = 'Step failure: One or multiple steps failed.';

// The pipeline-execution operations the layer answers itself, and those it fixes on the way to moto.
const OWNED = new Set([
  'StartPipelineExecution',
  'DescribePipelineExecution',
  'ListPipelineExecutions',
  'ListPipelineExecutionSteps',
  'StopPipelineExecution',
  'DescribePipelineDefinitionForExecution',
  'ListPipelineParametersForExecution',
  'DescribePipeline',
  'CreatePipeline',
  'UpdatePipeline',
]);

export class ApiError extends Error {
  constructor(readonly error: AwsError) {
    super(error.message);
  }
}

const validation = (message: string): ApiError => new ApiError({ status: 400, code: 'ValidationException', message });

/** AWS's wording for a request member that breaks its model constraint. */
const constraint = (value: unknown, member: string, rule: string): ApiError =>
  validation(
    `1 validation error detected: Value ${value === undefined ? 'null' : `'${String(value)}'`} at '${member}' failed to satisfy constraint: Member must ${rule}`,
  );

const DISPLAY_NAME_RE = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,81}$/;
const TERMINAL: ReadonlySet<string> = new Set(['Succeeded', 'Failed', 'Stopped']);

type RunStatus = StepStatus | 'Pending' | 'Skipped' | 'Reused';

interface StepRun {
  node: StepNode;
  status: RunStatus;
  seq: number;
  ticks: number;
  startTime?: number;
  endTime?: number;
  failureReason?: string;
  attemptCount: number;
  metadata: Record<string, unknown>;
  /** What later steps can `Get` from this one (Steps.NAME.*). */
  properties?: Record<string, unknown>;
  /** Condition steps: the branch taken. */
  outcome?: boolean;
}

interface Execution {
  id: string;
  arn: string;
  pipelineName: string;
  pipelineArn: string;
  region: string;
  account: string;
  definitionText: string;
  supplied: Array<{ Name: string; Value: string }>;
  parameters: Record<string, unknown>;
  status: ExecutionStatus;
  failureReason?: string;
  creationTime: number;
  lastModifiedTime: number;
  displayName: string;
  description?: string;
  clientRequestToken?: string;
  parallelism?: number;
  selective?: { SelectedSteps: Array<{ StepName: string }>; SourcePipelineExecutionArn?: string };
  scenario: Required<Pick<PipelineScenario, 'ticksPerStep' | 'conditionOutcomes'>> & Pick<PipelineScenario, 'failAt'>;
  runs: Map<string, StepRun>;
  seq: number;
  stopTokens: Set<string>;
  stopRequests: number;
  stopObserved: boolean;
  ticks: number;
  /** Which kind of status check made the last tick and whose it was, until a call of the other kind joins it. */
  lastCheck?: { kind: 'describe' | 'list'; caller: string | undefined };
  /** The key that started it: moto calls made for it (RegisterModel) land in the same moto account. */
  motoKey: string;
  principalArn: string;
  /** Serialises ticks and stops of this execution (a tick may wait on moto). */
  lock: Promise<unknown>;
}

interface PipelineInfo {
  name: string;
  arn: string;
  definition: string;
  parallelism?: number;
  describe: Record<string, unknown>;
}

/** One version of a pipeline: what CreatePipeline (version 1) or an UpdatePipeline (each a new version, as on AWS) wrote. */
export interface PipelineVersionView {
  version: number;
  definition: string;
  roleArn?: string;
}

export interface PipelinesOptions {
  motoEndpoint: string;
  accountId: string;
  credentials: CredentialBook;
  /**
   * false: ClientRequestToken is ignored (every StartPipelineExecution starts, every StopPipelineExecution and
   * CreatePipeline acts again). Only to prove that an idempotency test can fail.
   */
  honourClientTokens?: boolean;
}

export interface CallContext {
  operation: string;
  params: Record<string, unknown>;
  region: string;
  accessKeyId?: string;
}

const nowSeconds = (): number => Date.now() / 1000;

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export class SageMakerPipelines {
  readonly #scenarios = new Map<string, PipelineScenario>();
  readonly #executions: Execution[] = [];
  readonly #tokens = new Map<string, string>();
  /** Versions by lower-cased pipeline name (SageMaker names are case-insensitive). */
  readonly #versions = new Map<string, PipelineVersionView[]>();
  readonly #honourTokens: boolean;

  constructor(private readonly deps: PipelinesOptions) {
    this.#honourTokens = deps.honourClientTokens ?? true;
  }

  /** Every version of the pipeline the layer saw written, oldest first. */
  versions(pipelineName: string): PipelineVersionView[] {
    return structuredClone(this.#versions.get(pipelineName.toLowerCase()) ?? []);
  }

  #addVersion(name: string, definition: unknown, roleArn: unknown): number {
    const list = this.#versions.get(name.toLowerCase()) ?? [];
    list.push({ version: list.length + 1, definition: String(definition ?? ''), ...(typeof roleArn === 'string' ? { roleArn } : {}) });
    this.#versions.set(name.toLowerCase(), list);
    return list.length;
  }

  handles(operation: string): boolean {
    return OWNED.has(operation);
  }

  scenario(pipelineName: string, scenario: PipelineScenario): void {
    this.#scenarios.set(pipelineName, structuredClone(scenario));
  }

  /** Answer one owned operation: the JSON payload, or an ApiError to send. */
  async handle(call: CallContext): Promise<Record<string, unknown>> {
    switch (call.operation) {
      case 'StartPipelineExecution':
        return this.#start(call);
      case 'DescribePipelineExecution':
        return this.#describeExecution(call);
      case 'ListPipelineExecutions':
        return this.#listExecutions(call);
      case 'ListPipelineExecutionSteps':
        return this.#listSteps(call);
      case 'StopPipelineExecution':
        return this.#stop(call);
      case 'DescribePipelineDefinitionForExecution': {
        const exec = this.#find(call.params.PipelineExecutionArn);
        return { PipelineDefinition: exec.definitionText, CreationTime: exec.creationTime };
      }
      case 'ListPipelineParametersForExecution': {
        const exec = this.#find(call.params.PipelineExecutionArn);
        return { PipelineParameters: exec.supplied };
      }
      case 'DescribePipeline':
        return this.#describePipeline(call);
      case 'CreatePipeline':
        return this.#createPipeline(call);
      case 'UpdatePipeline':
        return this.#updatePipeline(call);
      default:
        throw new ApiError({ status: 400, code: 'UnknownOperationException', message: `Unknown operation ${call.operation}` });
    }
  }

  view(): ExecutionView[] {
    return this.#executions.map((e) => ({
      arn: e.arn,
      pipelineName: e.pipelineName,
      pipelineArn: e.pipelineArn,
      status: e.status,
      failureReason: e.failureReason,
      parameters: Object.fromEntries(e.supplied.map((p) => [p.Name, p.Value])),
      clientRequestToken: e.clientRequestToken,
      displayName: e.displayName,
      description: e.description,
      parallelism: e.parallelism,
      selectedSteps: e.selective?.SelectedSteps.map((s) => s.StepName),
      sourceExecutionArn: e.selective?.SourcePipelineExecutionArn,
      steps: this.#listed(e)
        .sort((a, b) => a.seq - b.seq)
        .map((r) => ({
          name: r.node.name,
          type: r.node.type,
          status: r.status as StepStatus,
          failureReason: r.failureReason,
          attemptCount: r.attemptCount,
          metadata: structuredClone(r.metadata),
        })),
      stopRequests: e.stopRequests,
      ticks: e.ticks,
    }));
  }

  // -------------------------------------------------------------------------------------------------
  // Pipelines (in moto)

  #moto(operation: string, body: unknown, region: string, accessKeyId: string): Promise<MotoAnswer> {
    return motoJson(this.deps.motoEndpoint, { service: 'sagemaker', targetPrefix: 'SageMaker', operation, region, accessKeyId, body });
  }

  #notFound(nameOrArn: string, region: string): ApiError {
    const arn = nameOrArn.startsWith('arn:') ? nameOrArn : `arn:aws:sagemaker:${region}:${this.deps.accountId}:pipeline/${nameOrArn}`;
    return new ApiError({ status: 400, code: 'ResourceNotFound', message: `Pipeline '${arn}' does not exist.` });
  }

  /** Pipeline by name or ARN (AWS accepts both; moto only names), or undefined when it does not exist. */
  async #resolvePipeline(nameOrArn: unknown, region: string, key: string): Promise<PipelineInfo | undefined> {
    if (typeof nameOrArn !== 'string' || nameOrArn === '') throw constraint(undefined, 'pipelineName', 'not be null');
    let name = nameOrArn;
    if (nameOrArn.startsWith('arn:')) {
      const list = await this.#moto('ListPipelines', {}, region, key);
      const summaries = (list.json().PipelineSummaries ?? []) as Array<{ PipelineArn?: string; PipelineName?: string }>;
      const match = summaries.find((p) => p.PipelineArn?.toLowerCase() === nameOrArn.toLowerCase());
      if (!match?.PipelineName) return undefined;
      name = match.PipelineName;
    }
    const answer = await this.#moto('DescribePipeline', { PipelineName: name }, region, key);
    if (answer.status !== 200) {
      if (answer.errorCode() === 'ValidationException' && /Could not find pipeline/.test(answer.errorMessage() ?? '')) return undefined;
      throw new ApiError({ status: answer.status, code: answer.errorCode() ?? 'InternalFailure', message: answer.errorMessage() ?? answer.text });
    }
    const describe = answer.json();
    const parallelism = (describe.ParallelismConfiguration as { MaxParallelExecutionSteps?: number } | undefined)?.MaxParallelExecutionSteps;
    // Real SageMaker lower-cases the pipeline name inside pipeline and execution ARNs
    // (arn:...:pipeline/abalonepipeline/execution/4wemqw2sucgh for "AbalonePipeline"); moto keeps the case.
    const arn = String(describe.PipelineArn).replace(/:pipeline\/(.+)$/, (_m, n: string) => `:pipeline/${n.toLowerCase()}`);
    return { name, arn, definition: String(describe.PipelineDefinition ?? ''), parallelism, describe };
  }

  async #describePipeline(call: CallContext): Promise<Record<string, unknown>> {
    const key = this.#key(call);
    const pipeline = await this.#resolvePipeline(call.params.PipelineName, call.region, key);
    if (!pipeline) throw this.#notFound(String(call.params.PipelineName), call.region);
    // moto never sees our executions: give LastRunTime the value AWS would have.
    const last = this.#executions.filter((e) => e.pipelineArn === pipeline.arn).at(-1);
    return last ? { ...pipeline.describe, LastRunTime: last.creationTime } : pipeline.describe;
  }

  async #updatePipeline(call: CallContext): Promise<Record<string, unknown>> {
    const key = this.#key(call);
    const pipeline = await this.#resolvePipeline(call.params.PipelineName, call.region, key);
    if (!pipeline) throw this.#notFound(String(call.params.PipelineName), call.region);
    const answer = await this.#moto('UpdatePipeline', { ...call.params, PipelineName: pipeline.name }, call.region, key);
    if (answer.status !== 200) {
      throw new ApiError({ status: answer.status, code: answer.errorCode() ?? 'InternalFailure', message: answer.errorMessage() ?? answer.text });
    }
    // UpdatePipeline has no ClientRequestToken on AWS: every accepted call is a new version, a retry included.
    const version = this.#addVersion(pipeline.name, call.params.PipelineDefinition ?? pipeline.definition, call.params.RoleArn ?? pipeline.describe.RoleArn);
    return { ...answer.json(), PipelineVersionId: version };
  }

  /**
   * CreatePipeline with AWS's idempotency: the same ClientRequestToken for the same name answers the pipeline
   * it created (moto would say "already exists" to a retry whose first answer was lost).
   */
  async #createPipeline(call: CallContext): Promise<Record<string, unknown>> {
    const name = str(call.params.PipelineName);
    if (name === undefined || name === '') throw constraint(undefined, 'pipelineName', 'not be null');
    const token = str(call.params.ClientRequestToken);
    if (token !== undefined && (token.length < 32 || token.length > 128)) {
      throw constraint(token, 'clientRequestToken', `have length ${token.length < 32 ? 'greater than or equal to 32' : 'less than or equal to 128'}`);
    }
    const tokenKey = token === undefined || !this.#honourTokens ? undefined : `create\u0000${call.region}\u0000${name.toLowerCase()}\u0000${token}`;
    const created = tokenKey === undefined ? undefined : this.#tokens.get(tokenKey);
    if (created !== undefined) return { PipelineArn: created };
    const answer = await this.#moto('CreatePipeline', call.params, call.region, this.#key(call));
    if (answer.status !== 200) {
      throw new ApiError({ status: answer.status, code: answer.errorCode() ?? 'InternalFailure', message: answer.errorMessage() ?? answer.text });
    }
    const arn = String(answer.json().PipelineArn);
    if (tokenKey !== undefined) this.#tokens.set(tokenKey, arn);
    this.#addVersion(name, call.params.PipelineDefinition, call.params.RoleArn);
    return answer.json();
  }

  #key(call: CallContext): string {
    return call.accessKeyId ?? 'AKIAIOSFODNN7EXAMPLE';
  }

  // -------------------------------------------------------------------------------------------------
  // Executions

  #find(arn: unknown): Execution {
    const exec = typeof arn === 'string' ? this.#executions.find((e) => e.arn === arn) : undefined;
    if (!exec) {
      if (typeof arn !== 'string') throw constraint(undefined, 'pipelineExecutionArn', 'not be null');
      throw new ApiError({ status: 400, code: 'ResourceNotFound', message: `Pipeline execution '${arn}' does not exist.` });
    }
    return exec;
  }

  async #start(call: CallContext): Promise<Record<string, unknown>> {
    const p = call.params;
    const token = str(p.ClientRequestToken);
    if (token !== undefined && (token.length < 32 || token.length > 128)) {
      throw constraint(token, 'clientRequestToken', `have length ${token.length < 32 ? 'greater than or equal to 32' : 'less than or equal to 128'}`);
    }
    const displayName = str(p.PipelineExecutionDisplayName);
    if (displayName !== undefined && !DISPLAY_NAME_RE.test(displayName)) {
      throw constraint(displayName, 'pipelineExecutionDisplayName', 'satisfy regular expression pattern: ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,81}');
    }
    if (displayName !== undefined && displayName.length > 82) {
      throw constraint(displayName, 'pipelineExecutionDisplayName', 'have length less than or equal to 82');
    }
    const description = str(p.PipelineExecutionDescription);
    if (description !== undefined && description.length > 3072) {
      throw constraint(`${description.slice(0, 20)}...`, 'pipelineExecutionDescription', 'have length less than or equal to 3072');
    }
    const requestedParallelism = (p.ParallelismConfiguration as { MaxParallelExecutionSteps?: unknown } | undefined)?.MaxParallelExecutionSteps;
    if (requestedParallelism !== undefined && (typeof requestedParallelism !== 'number' || requestedParallelism < 1)) {
      throw constraint(requestedParallelism, 'parallelismConfiguration.maxParallelExecutionSteps', 'have value greater than or equal to 1');
    }

    const key = this.#key(call);
    const pipeline = await this.#resolvePipeline(p.PipelineName, call.region, key);
    if (!pipeline) throw this.#notFound(String(p.PipelineName), call.region);

    let graph: Map<string, StepNode>;
    let declared: ParameterDef[];
    try {
      const definition = parseDefinition(pipeline.definition);
      graph = buildGraph(definition);
      declared = definition.Parameters;
    } catch (error) {
      if (error instanceof DefinitionError) throw validation(error.message);
      throw error;
    }

    // Parameters: every name must be declared, once, with a value of the declared type.
    const supplied = (Array.isArray(p.PipelineParameters) ? p.PipelineParameters : []) as Array<{ Name?: unknown; Value?: unknown }>;
    const byName = new Map(declared.map((d) => [d.Name, d]));
    const undeclared = supplied.map((s) => String(s.Name)).filter((n) => !byName.has(n));
    if (undeclared.length > 0) {
      throw validation(`Pipeline parameters [${undeclared.join(', ')}] are not declared in the pipeline definition of ${pipeline.arn}.`);
    }
    const seen = new Set<string>();
    const parameters: Record<string, unknown> = {};
    for (const d of declared) if (d.DefaultValue !== undefined) parameters[d.Name] = d.DefaultValue;
    for (const s of supplied) {
      const name = String(s.Name);
      if (seen.has(name)) throw validation(`Pipeline parameter ${name} is given more than once.`);
      seen.add(name);
      if (typeof s.Value !== 'string') throw constraint(undefined, 'pipelineParameters.member.value', 'not be null');
      if (s.Value.length > 1024) throw constraint(`${s.Value.slice(0, 20)}...`, 'pipelineParameters.member.value', 'have length less than or equal to 1024');
      const def = byName.get(name)!;
      const problem = checkParameterValue(def, s.Value);
      if (problem) throw validation(problem);
      parameters[name] = typedParameter(def, s.Value);
    }

    // Selective execution: the selected steps must exist; the source must be an earlier run of this pipeline.
    const selective = p.SelectiveExecutionConfig as { SelectedSteps?: Array<{ StepName?: string }>; SourcePipelineExecutionArn?: string } | undefined;
    let source: Execution | undefined;
    if (selective) {
      const names = (selective.SelectedSteps ?? []).map((s) => String(s.StepName));
      if (names.length === 0) throw constraint('[]', 'selectiveExecutionConfig.selectedSteps', 'have length greater than or equal to 1');
      const unknown = names.filter((n) => !graph.has(n));
      if (unknown.length > 0) throw validation(`Selected steps [${unknown.join(', ')}] do not exist in the pipeline definition.`);
      if (selective.SourcePipelineExecutionArn !== undefined) {
        source = this.#executions.find((e) => e.arn === selective.SourcePipelineExecutionArn);
        if (!source || source.pipelineArn !== pipeline.arn) {
          throw validation(`Source pipeline execution ${selective.SourcePipelineExecutionArn} is not an execution of pipeline ${pipeline.arn}.`);
        }
        if (source.status !== 'Succeeded' && source.status !== 'Failed') {
          throw validation(`Source pipeline execution ${source.arn} must be Succeeded or Failed, not ${source.status}.`);
        }
      }
    }

    // Idempotency, checked after the last await so that concurrent retries cannot both start.
    const tokenKey = token === undefined || !this.#honourTokens ? undefined : `${pipeline.arn}\u0000${token}`;
    if (tokenKey !== undefined && this.#tokens.has(tokenKey)) return { PipelineExecutionArn: this.#tokens.get(tokenKey) };

    const id = randomId(12);
    const [, , , region = call.region, account = this.deps.accountId] = pipeline.arn.split(':');
    const scenario = this.#scenarios.get(pipeline.name) ?? {};
    const created = nowSeconds();
    const exec: Execution = {
      id,
      arn: `${pipeline.arn}/execution/${id}`,
      pipelineName: pipeline.name,
      pipelineArn: pipeline.arn,
      region,
      account,
      definitionText: pipeline.definition,
      supplied: supplied.map((s) => ({ Name: String(s.Name), Value: String(s.Value) })),
      parameters,
      status: 'Executing',
      creationTime: created,
      lastModifiedTime: created,
      displayName: displayName ?? `execution-${Date.now()}`,
      description,
      clientRequestToken: token,
      parallelism: (requestedParallelism as number | undefined) ?? pipeline.parallelism,
      selective: selective
        ? {
            SelectedSteps: (selective.SelectedSteps ?? []).map((s) => ({ StepName: String(s.StepName) })),
            SourcePipelineExecutionArn: selective.SourcePipelineExecutionArn,
          }
        : undefined,
      scenario: {
        ticksPerStep: Math.max(1, Math.floor(scenario.ticksPerStep ?? 1)),
        conditionOutcomes: { ...(scenario.conditionOutcomes ?? {}) },
        failAt: scenario.failAt ? { ...scenario.failAt } : undefined,
      },
      runs: new Map(),
      seq: 0,
      stopTokens: new Set(),
      stopRequests: 0,
      stopObserved: false,
      ticks: 0,
      motoKey: key,
      principalArn: this.deps.credentials.principalArn(call.accessKeyId),
      lock: Promise.resolve(),
    };
    const selected = exec.selective ? new Set(exec.selective.SelectedSteps.map((s) => s.StepName)) : undefined;
    for (const node of graph.values()) {
      const run: StepRun = { node, status: 'Pending', seq: 0, ticks: 0, attemptCount: 0, metadata: {} };
      if (selected && !selected.has(node.name)) {
        // Not selected: its results are reused from the source execution, it does not run or show.
        run.status = 'Reused';
        const from = source?.runs.get(node.name);
        run.properties = from?.properties;
        run.outcome = from?.outcome ?? exec.scenario.conditionOutcomes[node.name] ?? true;
      }
      exec.runs.set(node.name, run);
    }
    if (tokenKey !== undefined) this.#tokens.set(tokenKey, exec.arn);
    this.#executions.push(exec);
    this.#settle(exec);
    return { PipelineExecutionArn: exec.arn };
  }

  #serialise<T>(exec: Execution, work: () => Promise<T> | T): Promise<T> {
    const next = exec.lock.then(work, work);
    exec.lock = next.catch(() => undefined);
    return next;
  }

  async #describeExecution(call: CallContext): Promise<Record<string, unknown>> {
    const exec = this.#find(call.params.PipelineExecutionArn);
    await this.#serialise(exec, () => this.#check(exec, 'describe', call.accessKeyId));
    const identity = { IamIdentity: { Arn: exec.principalArn } };
    return {
      PipelineArn: exec.pipelineArn,
      PipelineExecutionArn: exec.arn,
      PipelineExecutionDisplayName: exec.displayName,
      PipelineExecutionStatus: exec.status,
      ...(exec.description !== undefined ? { PipelineExecutionDescription: exec.description } : {}),
      PipelineExperimentConfig: { ExperimentName: exec.pipelineName.toLowerCase(), TrialName: exec.id },
      ...(exec.failureReason !== undefined ? { FailureReason: exec.failureReason } : {}),
      CreationTime: exec.creationTime,
      LastModifiedTime: exec.lastModifiedTime,
      CreatedBy: identity,
      LastModifiedBy: identity,
      ...(exec.parallelism !== undefined ? { ParallelismConfiguration: { MaxParallelExecutionSteps: exec.parallelism } } : {}),
      ...(exec.selective ? { SelectiveExecutionConfig: exec.selective } : {}),
    };
  }

  async #listExecutions(call: CallContext): Promise<Record<string, unknown>> {
    const p = call.params;
    const pipeline = await this.#resolvePipeline(p.PipelineName, call.region, this.#key(call));
    if (!pipeline) throw this.#notFound(String(p.PipelineName), call.region);
    const after = typeof p.CreatedAfter === 'number' ? p.CreatedAfter : undefined;
    const before = typeof p.CreatedBefore === 'number' ? p.CreatedBefore : undefined;
    const byArn = p.SortBy === 'PipelineExecutionArn';
    const ascending = p.SortOrder === 'Ascending';
    const items = this.#executions
      .filter((e) => e.pipelineArn === pipeline.arn)
      .filter((e) => (after === undefined || e.creationTime > after) && (before === undefined || e.creationTime < before))
      .sort((a, b) => {
        const order = byArn ? a.arn.localeCompare(b.arn) : a.creationTime - b.creationTime || this.#executions.indexOf(a) - this.#executions.indexOf(b);
        return ascending ? order : -order;
      });
    const page = paginate(items, p, `executions:${pipeline.arn}`);
    return {
      PipelineExecutionSummaries: page.items.map((e) => ({
        PipelineExecutionArn: e.arn,
        StartTime: e.creationTime,
        PipelineExecutionStatus: e.status,
        ...(e.description !== undefined ? { PipelineExecutionDescription: e.description } : {}),
        PipelineExecutionDisplayName: e.displayName,
        ...(e.failureReason !== undefined ? { PipelineExecutionFailureReason: e.failureReason } : {}),
      })),
      ...(page.nextToken ? { NextToken: page.nextToken } : {}),
    };
  }

  #listed(exec: Execution): StepRun[] {
    return [...exec.runs.values()].filter((r) => r.status !== 'Pending' && r.status !== 'Skipped' && r.status !== 'Reused');
  }

  async #listSteps(call: CallContext): Promise<Record<string, unknown>> {
    const exec = this.#find(call.params.PipelineExecutionArn);
    // A later page belongs to the check its first page made (and must not see the execution move on).
    if (call.params.NextToken === undefined) await this.#serialise(exec, () => this.#check(exec, 'list', call.accessKeyId));
    // Newest first by start time, like AWS (SortOrder defaults to Descending).
    const ascending = call.params.SortOrder === 'Ascending';
    const runs = this.#listed(exec).sort((a, b) => (ascending ? a.seq - b.seq : b.seq - a.seq));
    const page = paginate(runs, call.params, `steps:${exec.arn}`);
    return {
      PipelineExecutionSteps: page.items.map((r) => ({
        StepName: r.node.name,
        ...(r.node.def.DisplayName !== undefined ? { StepDisplayName: r.node.def.DisplayName } : {}),
        ...(r.node.def.Description !== undefined ? { StepDescription: r.node.def.Description } : {}),
        StartTime: r.startTime,
        ...(r.endTime !== undefined ? { EndTime: r.endTime } : {}),
        StepStatus: r.status,
        ...(r.failureReason !== undefined ? { FailureReason: r.failureReason } : {}),
        Metadata: r.metadata,
        AttemptCount: r.attemptCount,
      })),
      ...(page.nextToken ? { NextToken: page.nextToken } : {}),
    };
  }

  async #stop(call: CallContext): Promise<Record<string, unknown>> {
    const token = str(call.params.ClientRequestToken);
    if (token === undefined) throw constraint(undefined, 'clientRequestToken', 'not be null');
    if (token.length < 32 || token.length > 128) {
      throw constraint(token, 'clientRequestToken', `have length ${token.length < 32 ? 'greater than or equal to 32' : 'less than or equal to 128'}`);
    }
    const exec = this.#find(call.params.PipelineExecutionArn);
    return this.#serialise(exec, () => {
      // A replay of an accepted stop (same token) answers the same, even once the execution has stopped.
      if (this.#honourTokens && exec.stopTokens.has(token)) return { PipelineExecutionArn: exec.arn };
      if (TERMINAL.has(exec.status)) {
        throw validation(`Pipeline execution with ARN ${exec.arn} is in ${exec.status} status and cannot be stopped.`);
      }
      exec.stopTokens.add(token);
      exec.stopRequests += 1;
      if (exec.status === 'Executing') {
        exec.status = 'Stopping';
        exec.lastModifiedTime = nowSeconds();
        for (const run of exec.runs.values()) if (run.status === 'Starting' || run.status === 'Executing') run.status = 'Stopping';
      }
      return { PipelineExecutionArn: exec.arn };
    });
  }

  // -------------------------------------------------------------------------------------------------
  // Progress

  /** A status check of one kind: a tick, unless it joins the check that the same caller's other kind just made. */
  async #check(exec: Execution, kind: 'describe' | 'list', caller: string | undefined): Promise<void> {
    const last = exec.lastCheck;
    if (last !== undefined && last.kind !== kind && last.caller === caller) {
      exec.lastCheck = undefined;
      return;
    }
    exec.lastCheck = { kind, caller };
    await this.#tick(exec);
  }

  async #tick(exec: Execution): Promise<void> {
    exec.ticks += 1;
    if (TERMINAL.has(exec.status)) return;
    const now = nowSeconds();
    if (exec.status === 'Stopping') {
      // The first poll after a stop still sees Stopping (clients get to observe it); the next, Stopped.
      if (!exec.stopObserved) {
        exec.stopObserved = true;
        return;
      }
      for (const run of exec.runs.values()) {
        if (run.status === 'Starting' || run.status === 'Executing' || run.status === 'Stopping') {
          run.status = 'Stopped';
          run.endTime = now;
        }
      }
      exec.status = 'Stopped';
      exec.lastModifiedTime = now;
      return;
    }
    const running = [...exec.runs.values()].filter((r) => r.status === 'Starting' || r.status === 'Executing').sort((a, b) => a.seq - b.seq);
    for (const run of running) {
      run.ticks += 1;
      if (run.ticks >= exec.scenario.ticksPerStep) await this.#complete(exec, run);
      else run.status = 'Executing';
    }
    this.#settle(exec);
  }

  /** Skip what cannot run, finish the execution, or start the steps whose dependencies are done. */
  #settle(exec: Execution): void {
    const runs = [...exec.runs.values()];
    const done = (name: string): boolean => {
      const r = exec.runs.get(name)!;
      return r.status === 'Succeeded' || r.status === 'Reused';
    };
    // Branches not taken, and everything downstream of them, never run (and never show).
    for (let changed = true; changed; ) {
      changed = false;
      for (const run of runs) {
        if (run.status !== 'Pending') continue;
        const branch = run.node.branchOf;
        const cond = branch ? exec.runs.get(branch.condition)! : undefined;
        const branchNotTaken = cond !== undefined && done(cond.node.name) && (cond.outcome ? 'if' : 'else') !== branch!.branch;
        if (branchNotTaken || run.node.deps.some((d) => exec.runs.get(d)!.status === 'Skipped')) {
          run.status = 'Skipped';
          changed = true;
        }
      }
    }
    const active = runs.filter((r) => r.status === 'Starting' || r.status === 'Executing');
    if (runs.some((r) => r.status === 'Failed')) {
      // No new steps after a failure; the execution fails once the running ones are done.
      if (active.length === 0) this.#finish(exec, 'Failed', STEP_FAILURE_REASON);
      return;
    }
    const capacity = exec.parallelism === undefined ? Infinity : exec.parallelism - active.length;
    const ready = runs.filter((r) => r.status === 'Pending' && r.node.deps.every(done)).sort((a, b) => a.node.order - b.node.order);
    const now = nowSeconds();
    for (const run of ready.slice(0, Math.max(0, capacity))) {
      exec.seq += 1;
      Object.assign(run, { status: 'Starting', seq: exec.seq, ticks: 0, startTime: now, attemptCount: 1 });
    }
    if (active.length === 0 && ready.length === 0) this.#finish(exec, 'Succeeded');
  }

  #finish(exec: Execution, status: ExecutionStatus, failureReason?: string): void {
    exec.status = status;
    exec.failureReason = failureReason;
    exec.lastModifiedTime = nowSeconds();
  }

  #context(exec: Execution): ResolveContext {
    return {
      parameters: exec.parameters,
      execution: { id: exec.id, arn: exec.arn, pipelineName: exec.pipelineName, pipelineArn: exec.pipelineArn, startTime: new Date(exec.creationTime * 1000) },
      stepProperties: (name) => {
        const run = exec.runs.get(name);
        return run && (run.status === 'Succeeded' || run.status === 'Reused') ? (run.properties ?? {}) : undefined;
      },
    };
  }

  async #complete(exec: Execution, run: StepRun): Promise<void> {
    const node = run.node;
    const rawArgs = (node.def.Arguments ?? {}) as Record<string, unknown>;
    // A Condition's branches are steps of their own, resolved when (if) they run.
    const args = resolveValue(node.type === 'Condition' ? { ...rawArgs, IfSteps: undefined, ElseSteps: undefined } : rawArgs, this.#context(exec)) as Record<
      string,
      unknown
    >;
    const failAt = exec.scenario.failAt?.step === node.name ? exec.scenario.failAt : undefined;
    const result = await runStep({
      node,
      args,
      execution: { id: exec.id, arn: exec.arn, region: exec.region, account: exec.account },
      conditionOutcome: exec.scenario.conditionOutcomes[node.name] ?? true,
      failAt,
      sagemaker: (operation, body) => this.#moto(operation, body, exec.region, exec.motoKey),
    });
    run.metadata = result.metadata;
    run.outcome = result.outcome;
    run.endTime = nowSeconds();
    if (result.failure !== undefined) {
      run.status = 'Failed';
      // A Fail step without an ErrorMessage has no FailureReason at all (Metadata.Fail.ErrorMessage is "").
      if (result.failure !== '') run.failureReason = result.failure;
      run.properties = undefined;
    } else {
      run.status = 'Succeeded';
      run.properties = result.properties;
    }
  }
}

/** NextToken/MaxResults paging over a list that is rebuilt on every call (tokens carry the offset). */
function paginate<T>(items: T[], params: Record<string, unknown>, scope: string): { items: T[]; nextToken?: string } {
  const max = params.MaxResults === undefined ? 10 : Number(params.MaxResults);
  if (!Number.isInteger(max) || max < 1 || max > 100) throw constraint(params.MaxResults, 'maxResults', 'have value between 1 and 100');
  let offset = 0;
  if (params.NextToken !== undefined) {
    try {
      const decoded = JSON.parse(Buffer.from(String(params.NextToken), 'base64url').toString('utf8')) as { scope?: string; offset?: number };
      if (decoded.scope !== scope || typeof decoded.offset !== 'number') throw new Error('foreign token');
      offset = decoded.offset;
    } catch {
      throw validation('Invalid pagination token.');
    }
  }
  const slice = items.slice(offset, offset + max);
  const next = offset + max < items.length ? Buffer.from(JSON.stringify({ scope, offset: offset + max })).toString('base64url') : undefined;
  return { items: slice, nextToken: next };
}
