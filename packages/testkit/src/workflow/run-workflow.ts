// Runs a whole workflow file the way GitHub would: checks the trigger, orders the jobs by `needs`, runs each with
// runWorkflowJob (which evaluates its `if:`, environment review, steps, post steps, timeout and outputs) and hands
// each job's result and outputs to the jobs that need it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { GitHubRunContext } from '../harness/github-context.js';
import type { InputValue } from '../harness/types.js';
import { evaluateCondition } from './expressions.js';
import { runWorkflowJob } from './run-workflow-job.js';
import type { NeededJob, RunWorkflowJobOptions, WorkflowJobResult, WorkflowStepResult } from './types.js';
import { parseWorkflowFile } from './workflow-parser.js';
import { neededJobs, workflowWiringProblems } from './workflow-wiring.js';

/** The event that starts the run. */
export type WorkflowEvent =
  /** A push to `ref` (default refs/heads/main) changing `changedFiles` (checked against on.push.paths / paths-ignore). */
  | { name: 'push'; ref?: string; changedFiles?: string[] }
  /** "Run workflow": inputs as typed into the form (declared defaults fill the rest). */
  | { name: 'workflow_dispatch'; ref?: string; inputs?: Record<string, InputValue> }
  /** POST /repos/{owner}/{repo}/dispatches: github.event.action = type, github.event.client_payload = clientPayload. */
  | { name: 'repository_dispatch'; type: string; clientPayload?: Record<string, unknown> };

export interface RunWorkflowOptions extends Omit<RunWorkflowJobOptions, 'job' | 'needs' | 'matrix' | 'onStep' | 'inputs' | 'workspace' | 'github'> {
  event: WorkflowEvent;
  /** More of the `github` context (sha, actor, run ids...); eventName, event and ref come from `event`. */
  github?: Partial<Omit<GitHubRunContext, 'eventName' | 'event'>>;
  /**
   * Jobs that are not run but taken as finished with this result and these outputs (default result: success), e.g.
   * a job whose tool is missing on this machine; one whose needs did not succeed is skipped all the same (its `if:`
   * judged as GitHub would). The run result lists them with `given: true`.
   */
  given?: Record<string, NeededJob>;
  /** Called before a job starts (not for skipped or given jobs), e.g. to act as the person the job waits for. */
  onJobStart?: (job: string) => void | Promise<void>;
  /** Called when a job has finished (also skipped and given ones), before the next starts. */
  onJob?: (job: WorkflowJobResult) => void | Promise<void>;
  onStep?: (job: string, step: WorkflowStepResult) => void;
}

export interface WorkflowRunResult {
  /** Whether the event starts this workflow (on:, branches, paths); when false no job ran. */
  triggered: boolean;
  /** Why the event does not start the workflow. */
  notTriggeredReason?: string;
  /** failure when a job failed; success otherwise (skipped jobs included); skipped when not triggered. */
  conclusion: 'success' | 'failure' | 'skipped';
  /** Job results by id, in the order they ran. */
  jobs: Record<string, WorkflowJobResult & { given?: boolean }>;
  order: string[];
  timeline: Array<{ job: string; conclusion: WorkflowJobResult['conclusion']; startedAt: number; endedAt: number }>;
  /** Every job's summary in run order, as the run page shows them. */
  summary: string;
}

type Mapping = Record<string, unknown>;
interface WorkflowYaml {
  on?: unknown;
  jobs?: Record<string, { needs?: string | string[]; outputs?: Mapping | null; name?: unknown; if?: unknown }>;
}

/**
 * Runs every job of a workflow file for one event. Jobs run one at a time in `needs` order (GitHub would run
 * independent jobs in parallel; the order among them is the file's). Wiring mistakes (a `needs.x.outputs.y` that x
 * does not declare, a job outside `needs:`, a step output the action does not declare) throw before any job runs.
 */
export async function runWorkflow(options: RunWorkflowOptions): Promise<WorkflowRunResult> {
  const file = path.resolve(options.workflow);
  const content = await readFile(file, 'utf8');
  await parseWorkflowFile(path.basename(file), content);
  const workflow = parseYaml(content) as WorkflowYaml;
  const jobs = workflow.jobs ?? {};
  const problems = workflowWiringProblems(workflow as never, { ...(options.repository ? { repository: options.repository } : {}) });
  if (problems.length > 0) throw new Error(`${path.basename(file)} is wired wrong:\n  ${problems.join('\n  ')}`);
  const unknownGiven = Object.keys(options.given ?? {}).filter((id) => !jobs[id]);
  if (unknownGiven.length > 0) throw new Error(`options.given names no job of ${path.basename(file)}: ${unknownGiven.join(', ')}`);

  const order = jobOrder(jobs);
  const result: WorkflowRunResult = { triggered: true, conclusion: 'success', jobs: {}, order: [], timeline: [], summary: '' };
  const notTriggered = triggerMismatch(workflow.on, options.event);
  if (notTriggered) return { ...result, triggered: false, notTriggeredReason: notTriggered, conclusion: 'skipped' };

  const { github, inputs } = eventContext(options.event, options.github);
  const { event: _event, given, onJobStart, onJob, onStep, ...jobOptions } = options;
  for (const id of order) {
    const needs = Object.fromEntries(
      neededJobs(jobs[id] ?? {}).map((n) => [n, { result: result.jobs[n]?.conclusion, outputs: result.jobs[n]?.outputs ?? {} }]),
    );
    const startedAt = Date.now();
    let job: WorkflowJobResult & { given?: boolean };
    const stated = given?.[id];
    if (stated) {
      job = givenJob(id, skippedByNeeds(jobs[id] ?? {}, needs, options.vars ?? {}, inputs ?? {}) ? { result: 'skipped' } : stated, github);
    } else {
      await onJobStart?.(id);
      job = await runWorkflowJob({ ...jobOptions, job: id, needs, inputs, github: { ...github, job: id }, onStep: (step) => onStep?.(id, step) });
    }
    result.jobs[id] = job;
    result.order.push(id);
    result.timeline.push({ job: id, conclusion: job.conclusion, startedAt, endedAt: Date.now() });
    if (job.conclusion === 'failure') result.conclusion = 'failure';
    await onJob?.(job);
  }
  result.summary = result.order
    .map((id) => result.jobs[id]?.summary ?? '')
    .filter((s) => s.trim())
    .join('\n');
  return result;
}

/** Topological order of the jobs by `needs:`, ties in file order; a cycle throws. */
export function jobOrder(jobs: Record<string, { needs?: string | string[] }>): string[] {
  const ids = Object.keys(jobs);
  const order: string[] = [];
  const done = new Set<string>();
  while (order.length < ids.length) {
    const next = ids.find((id) => !done.has(id) && neededJobs(jobs[id] ?? {}).every((n) => done.has(n)));
    if (!next) throw new Error(`The jobs' needs form a cycle: ${ids.filter((id) => !done.has(id)).join(', ')}`);
    order.push(next);
    done.add(next);
  }
  return order;
}

/**
 * Whether GitHub would skip a job because of its needs: its `if:` (implicitly success()) judged on the needed jobs'
 * results, over the needs, vars and inputs contexts; when the condition reads more than that, a job whose needs did
 * not all succeed is skipped.
 */
function skippedByNeeds(job: { if?: unknown }, needs: Record<string, NeededJob>, vars: Record<string, string>, inputs: Record<string, InputValue>): boolean {
  const results = Object.values(needs).map((n) => n.result ?? 'success');
  const status = results.includes('failure') ? 'failure' : results.includes('cancelled') ? 'cancelled' : results.includes('skipped') ? 'skipped' : 'success';
  try {
    return !evaluateCondition(job.if, { contexts: { needs, vars, inputs }, status: { status } });
  } catch {
    return status !== 'success';
  }
}

function givenJob(id: string, stated: NeededJob, github: Partial<GitHubRunContext>): WorkflowJobResult & { given: true } {
  return {
    job: id,
    name: id,
    conclusion: stated.result === 'failure' || stated.result === 'cancelled' ? 'failure' : (stated.result ?? 'success'),
    steps: [],
    outputs: { ...(stated.outputs ?? {}) },
    summaries: [],
    summary: '',
    warnings: [`Job '${id}' was not run: its result and outputs were given (options.given).`],
    errors: [],
    github: github as GitHubRunContext,
    workspace: '',
    given: true,
  };
}

function eventContext(
  event: WorkflowEvent,
  github: RunWorkflowOptions['github'] = {},
): { github: Partial<GitHubRunContext>; inputs: Record<string, InputValue> | undefined } {
  switch (event.name) {
    case 'push': {
      const ref = event.ref ?? github.ref ?? 'refs/heads/main';
      const commits = event.changedFiles ? [{ id: github.sha, added: [], removed: [], modified: event.changedFiles }] : [];
      return { github: { ...github, eventName: 'push', ref, event: { ref, commits } }, inputs: undefined };
    }
    case 'workflow_dispatch':
      return { github: { ...github, eventName: 'workflow_dispatch', ...(event.ref ? { ref: event.ref } : {}) }, inputs: event.inputs ?? {} };
    case 'repository_dispatch':
      // Dispatches run on the default branch.
      return {
        github: {
          ...github,
          eventName: 'repository_dispatch',
          ref: 'refs/heads/main',
          event: { action: event.type, client_payload: event.clientPayload ?? {} },
        },
        inputs: undefined,
      };
  }
}

/** Why the event does not start a workflow with this `on:`; undefined when it does. */
export function triggerMismatch(on: unknown, event: WorkflowEvent): string | undefined {
  const triggers: Mapping =
    typeof on === 'string' ? { [on]: null } : Array.isArray(on) ? Object.fromEntries(on.map((e) => [String(e), null])) : ((on ?? {}) as Mapping);
  if (!(event.name in triggers)) return `on: has no ${event.name} (${Object.keys(triggers).join(', ')})`;
  const filters = (triggers[event.name] ?? {}) as Mapping;
  if (event.name === 'repository_dispatch') {
    const types = filters.types === undefined ? undefined : ([] as unknown[]).concat(filters.types).map(String);
    if (types && !types.includes(event.type)) return `repository_dispatch type '${event.type}' is not in on.repository_dispatch.types (${types.join(', ')})`;
  }
  if (event.name !== 'push') return undefined;
  const branch = (event.ref ?? 'refs/heads/main').replace(/^refs\/heads\//, '');
  const list = (key: string): string[] | undefined =>
    filters[key] === undefined ? undefined : ([] as unknown[]).concat(filters[key]).map((p) => String(p).replace(/\$default-branch/g, 'main'));
  const branches = list('branches');
  if (branches && !filterMatches(branches, [branch])) return `branch '${branch}' is not in on.push.branches (${branches.join(', ')})`;
  const ignoredBranches = list('branches-ignore');
  if (ignoredBranches && filterMatches(ignoredBranches, [branch])) return `branch '${branch}' is in on.push.branches-ignore`;
  if (!event.changedFiles) return undefined;
  const paths = list('paths');
  if (paths && !filterMatches(paths, event.changedFiles)) return `no changed file matches on.push.paths (${paths.join(', ')})`;
  const ignored = list('paths-ignore');
  if (ignored && event.changedFiles.every((f) => filterMatches(ignored, [f]))) return 'every changed file matches on.push.paths-ignore';
  return undefined;
}

/** GitHub's filter pattern rule: a name matches when the last pattern that matches it is not a `!` pattern. */
function filterMatches(patterns: string[], names: string[]): boolean {
  return names.some((name) => {
    let matched = false;
    for (const pattern of patterns) {
      const negated = pattern.startsWith('!');
      if (path.posix.matchesGlob(name, negated ? pattern.slice(1) : pattern)) matched = !negated;
    }
    return matched;
  });
}
