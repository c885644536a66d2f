import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import { checkArnRegion, parseNameOrArn, parseRoleArn, readSessionInputs, type Arn, type SessionOptions } from '@mlops-actions/shared/aws';
import { parsePipelineExecutionArn } from '@mlops-actions/shared/aws/sagemaker';
import { runContext, withProvenance, type RunContext } from '@mlops-actions/shared/github';
import { getBoolean, getDuration, getInteger, getList, getMap, getRequiredString, getString } from '@mlops-actions/shared/inputs';
import { InputError } from '@mlops-actions/shared/runtime';
import { INPUT_DEFAULTS } from './defaults.js';
import { parseDefinition, type PipelineGraph } from './definition.js';

/** Everything start-pipeline was asked to do, validated before any AWS call. */
export type StepInputs = Inputs | AttachInputs;

/** Start an execution (and follow it). */
export interface Inputs {
  mode: 'start';
  session: SessionOptions;
  /** What to pass as PipelineName: the ARN when one was given (cross-account pipelines), else the name. */
  pipeline: string;
  pipelineName: string;
  parameters: Map<string, string>;
  displayName: string;
  description: string;
  maxParallelSteps?: number;
  selectedSteps: string[];
  sourceExecutionArn?: string;
  definition?: { file: string; text: string; graph: PipelineGraph };
  pipelineRoleArn?: string;
  wait: boolean;
  timeoutMs: number;
  pollIntervalMs: number;
  stopOnCancel: boolean;
  run: RunContext;
}

/**
 * execution-arn: attach to an execution something else started (the sagemaker-pipeline-finished event of infra/,
 * a job that ran with wait: false) and report it as if this step had started it, starting and changing nothing.
 */
export interface AttachInputs {
  mode: 'attach';
  session: SessionOptions;
  executionArn: string;
  /** As the user wrote it in pipeline-name, else as SageMaker writes it in the ARN (lower case). */
  pipelineName: string;
  wait: boolean;
  timeoutMs: number;
  pollIntervalMs: number;
  run: RunContext;
}

/** The inputs that start an execution: with execution-arn, one of them is a mistake, not a detail to ignore. */
const START_INPUTS = [
  'parameters',
  'display-name',
  'description',
  'max-parallel-steps',
  'selected-steps',
  'source-execution-arn',
  'pipeline-definition',
  'pipeline-role-arn',
] as const;

const EXECUTION_ARN_FORM = 'a pipeline execution ARN like arn:aws:sagemaker:us-east-1:123456789012:pipeline/NAME/execution/ID';

// SageMaker's patterns do not count hyphen runs, so the length limits are separate checks.
const PIPELINE_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$/;
const DISPLAY_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,81}$/;
/** The SageMaker PipelineDefinition string limit; larger definitions must go through S3. */
const MAX_DEFINITION_BYTES = 1_048_576;

export async function readInputs(): Promise<StepInputs> {
  const session = readSessionInputs('start-pipeline');
  const run = runContext();
  const executionArn = getString('execution-arn');
  if (executionArn) return readAttachInputs(executionArn, session, run);
  const pipeline = getRequiredString('pipeline-name', { expected: 'a pipeline name or ARN (or execution-arn, to attach to an execution already started)' });
  const { name, arn } = parsePipeline(pipeline, session.region);

  const selectedSteps = getList('selected-steps', { expected: 'step names, one per line or comma-separated', unique: true });
  const sourceExecutionArn = getString('source-execution-arn');
  if (sourceExecutionArn) checkSourceExecution(sourceExecutionArn, { name, arn, region: session.region }, selectedSteps);

  const definitionFile = getString('pipeline-definition');
  const pipelineRoleArn = getString('pipeline-role-arn');
  if (pipelineRoleArn) parseRoleArn('pipeline-role-arn', pipelineRoleArn, session.region);
  if (pipelineRoleArn && !definitionFile) {
    throw new InputError(
      'pipeline-role-arn',
      'is set without pipeline-definition',
      'it only together with pipeline-definition (the role of a pipeline created or updated by this step)',
    );
  }

  const inputs: Inputs = {
    mode: 'start',
    session,
    pipeline: arn ? pipeline : name,
    pipelineName: name,
    parameters: await getMap('parameters'),
    displayName:
      getString('display-name', {
        pattern: DISPLAY_NAME,
        maxLength: 82,
        expected: 'letters, digits and hyphens, starting and ending with a letter or digit, at most 82 characters',
      }) ?? defaultDisplayName(run),
    // The run link and GITHUB_TRIGGERING_ACTOR always close the description (wait-approval follows them back from
    // a model package to refuse self-approval); a description too long for both is cut before them.
    description: withProvenance(getString('description', { maxLength: 3072 }) ?? defaultDescription(run), run, 3072),
    selectedSteps,
    ...readWaitRules(),
    stopOnCancel: getBoolean('stop-on-cancel', INPUT_DEFAULTS['stop-on-cancel']),
    run,
  };
  const maxParallelSteps = getInteger('max-parallel-steps', { min: 1, max: 256 });
  if (maxParallelSteps !== undefined) inputs.maxParallelSteps = maxParallelSteps;
  if (sourceExecutionArn) inputs.sourceExecutionArn = sourceExecutionArn;
  if (pipelineRoleArn) inputs.pipelineRoleArn = pipelineRoleArn;
  if (definitionFile) inputs.definition = readDefinitionFile(definitionFile);
  return inputs;
}

function parsePipeline(pipeline: string, region: string): { name: string; arn?: Arn | undefined } {
  return parseNameOrArn('pipeline-name', pipeline, {
    service: 'sagemaker',
    resourceType: 'pipeline',
    namePattern: PIPELINE_NAME,
    maxNameLength: 256,
    nameForm: 'a pipeline name (letters, digits and hyphens, at most 256)',
    region,
  });
}

function readAttachInputs(executionArn: string, session: SessionOptions, run: RunContext): AttachInputs {
  const alsoSet = START_INPUTS.filter((name) => getString(name) !== undefined);
  if (alsoSet.length) {
    throw new InputError(
      'execution-arn',
      `is set together with ${alsoSet.join(', ')}, which start an execution`,
      'either execution-arn (attach to an execution already started; pipeline-name may name its pipeline as a check) or the inputs that start one, not both',
    );
  }
  const execution = parsePipelineExecutionArn(executionArn);
  if (!execution) throw new InputError('execution-arn', `is '${executionArn}'`, EXECUTION_ARN_FORM);
  checkArnRegion('execution-arn', execution.arn, session.region);
  // pipeline-name, when given, is the pipeline the execution must belong to: an ARN from an event payload is
  // checked against the pipeline the workflow trusts before anything is read.
  const pipeline = getString('pipeline-name');
  const given = pipeline ? parsePipeline(pipeline, session.region) : undefined;
  if (given) {
    const { name, arn } = given;
    // SageMaker keeps pipeline names lower-case inside ARNs.
    if (execution.pipelineName.toLowerCase() !== name.toLowerCase())
      throw new InputError('execution-arn', `is an execution of pipeline '${execution.pipelineName}'`, `an execution of ${name} (pipeline-name)`);
    if (arn && execution.arn.accountId !== arn.accountId)
      throw new InputError('execution-arn', `is in account ${execution.arn.accountId}`, `an execution in the pipeline's account ${arn.accountId}`);
  }
  return {
    mode: 'attach',
    session,
    executionArn,
    pipelineName: given?.name ?? execution.pipelineName,
    ...readWaitRules(),
    run,
  };
}

/** wait, timeout, poll-interval: the same rules whether this step started the execution or attached to it. */
function readWaitRules(): { wait: boolean; timeoutMs: number; pollIntervalMs: number } {
  return {
    wait: getBoolean('wait', INPUT_DEFAULTS.wait),
    timeoutMs: getDuration('timeout', { fallback: INPUT_DEFAULTS.timeout, min: 1_000, max: 5 * 86_400_000 }),
    pollIntervalMs: getDuration('poll-interval', { fallback: INPUT_DEFAULTS['poll-interval'], min: 100, max: 600_000 }),
  };
}

/** The form and place of source-execution-arn; that it exists and has finished is checked with AWS before anything changes. */
function checkSourceExecution(value: string, pipeline: { name: string; arn: Arn | undefined; region: string }, selectedSteps: string[]): void {
  const execution = parsePipelineExecutionArn(value);
  if (!execution) {
    throw new InputError('source-execution-arn', `is '${value}'`, EXECUTION_ARN_FORM);
  }
  const { arn } = execution;
  checkArnRegion('source-execution-arn', arn, pipeline.region);
  // SageMaker keeps pipeline names lower-case inside ARNs.
  if (execution.pipelineName.toLowerCase() !== pipeline.name.toLowerCase()) {
    throw new InputError('source-execution-arn', `is an execution of pipeline '${execution.pipelineName}'`, `an execution of ${pipeline.name}`);
  }
  if (pipeline.arn && arn.accountId !== pipeline.arn.accountId) {
    throw new InputError('source-execution-arn', `is in account ${arn.accountId}`, `an execution in the pipeline's account ${pipeline.arn.accountId}`);
  }
  if (selectedSteps.length === 0) {
    throw new InputError('source-execution-arn', 'is set without selected-steps', 'it only with selected-steps (a selective execution)');
  }
}

const DEFINITION_FORM = 'the path of a regular JSON file of at most 1 MiB, relative to the workspace (GITHUB_WORKSPACE) or absolute';

function readDefinitionFile(file: string): { file: string; text: string; graph: PipelineGraph } {
  const full = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), file);
  let bytes: Buffer;
  try {
    bytes = readRegularFile(full, MAX_DEFINITION_BYTES);
  } catch (error) {
    if (error instanceof NotRegularFile)
      throw new InputError('pipeline-definition', `is '${file}', which is ${error.kind}, not a regular file`, DEFINITION_FORM);
    if (error instanceof TooLarge)
      throw new InputError(
        'pipeline-definition',
        `is '${file}', which is larger than ${MAX_DEFINITION_BYTES} bytes`,
        `${DEFINITION_FORM} (SageMaker's limit for inline definitions)`,
      );
    throw new InputError(
      'pipeline-definition',
      `is '${file}', which cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      DEFINITION_FORM,
    );
  }
  const text = bytes.toString('utf8');
  return { file, text, graph: parseDefinition(text, { input: 'pipeline-definition', file }) };
}

class NotRegularFile extends Error {
  constructor(readonly kind: string) {
    super(kind);
  }
}
class TooLarge extends Error {}

/**
 * At most `limit` bytes of a regular file. It is opened without blocking and checked with fstat on that same
 * descriptor before anything is read: a FIFO would otherwise block the step until a writer comes, and a device
 * such as /dev/zero never ends; reading stops at limit + 1 bytes, so a file that grows cannot exhaust memory.
 */
function readRegularFile(full: string, limit: number): Buffer {
  const fd = openSync(full, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new NotRegularFile(fileKind(stat));
    // Read until end of file, never past limit + 1: the size fstat gave can be wrong (a file that grows, /proc).
    const buffer = Buffer.allocUnsafe(limit + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > limit) throw new TooLarge();
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function fileKind(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'a special file';
}

/** owner-repo-run-attempt, squeezed into SageMaker's display-name pattern. */
export function defaultDisplayName(run: RunContext): string {
  const raw = `${run.repository}-${run.runId}-${run.runAttempt}`.replace(/[^a-zA-Z0-9-]+/g, '-');
  const tail = `-${run.runId}-${run.runAttempt}`.replace(/[^a-zA-Z0-9-]+/g, '-');
  const fitted = raw.length <= 82 ? raw : raw.slice(0, 82 - tail.length).replace(/-+$/, '') + tail;
  return fitted.replace(/^-+/, '').replace(/-+$/, '') || 'github-actions';
}

function defaultDescription(run: RunContext): string {
  const parts = [`Started by GitHub Actions: ${run.workflow || 'workflow'} on ${run.repository}`];
  if (run.ref) parts.push(`ref ${run.ref}`);
  if (run.sha) parts.push(`commit ${run.sha.slice(0, 12)}`);
  return parts.join(', ');
}

/**
 * The idempotency token of StartPipelineExecution. It is the same for every try of this step in one run attempt
 * (so a retried step follows the execution it already started) and differs for a re-run attempt, another step,
 * another job or matrix leg with other parameters.
 */
export function startToken(inputs: Inputs): string {
  const { run } = inputs;
  const identity = JSON.stringify([
    run.repository,
    run.runId,
    run.runAttempt,
    run.job,
    run.stepId,
    inputs.pipeline,
    [...inputs.parameters].sort(([a], [b]) => a.localeCompare(b)),
    inputs.selectedSteps,
  ]);
  return createHash('sha256').update(identity).digest('hex');
}

/** The StopPipelineExecution token: main and the post step send the same one, so a stop happens once. */
export function stopToken(executionArn: string): string {
  return createHash('sha256').update(`stop:${executionArn}`).digest('hex');
}
