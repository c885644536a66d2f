// Static wiring checks of a workflow, run before any job starts: on GitHub a misspelt `needs.<job>.outputs.<name>` or
// `steps.<id>.outputs.<name>` quietly evaluates to '' and the mistake surfaces (if at all) jobs later as an odd
// value. Locally such a reference is a loud error naming the job, the reference and what exists instead.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { actionDir, repoRoot } from '../harness/repo.js';
import { splitTemplate } from './expressions.js';

type Mapping = Record<string, unknown>;

interface StepYaml {
  id?: string;
  uses?: string;
  if?: unknown;
}

interface JobYaml {
  needs?: string | string[];
  if?: unknown;
  outputs?: Mapping | null;
  steps?: StepYaml[];
}

const NEEDS_REF = /\bneeds\.([A-Za-z_][\w-]*)(?:\.outputs\.([A-Za-z_][\w-]*))?/g;
const STEPS_REF = /\bsteps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g;

export function neededJobs(job: { needs?: string | string[] }): string[] {
  return job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];
}

/**
 * Every `needs.<job>[.outputs.<name>]` must name a job in this job's `needs:` and an output that job declares; every
 * `steps.<id>.outputs.<name>` must name a step of this job, and an output its action.yml declares when the step runs
 * one of this repository's actions (`run:` steps set outputs at run time and are not checked). Returns the problems.
 */
export function workflowWiringProblems(workflow: { jobs?: Record<string, JobYaml> }, options: { repository?: string } = {}): string[] {
  const jobs = workflow.jobs ?? {};
  const problems: string[] = [];
  for (const [id, job] of Object.entries(jobs)) {
    const needs = neededJobs(job);
    for (const need of needs) if (!jobs[need]) problems.push(`job '${id}' needs '${need}', which is not a job of this workflow`);
    const expressions = expressionsOf(job);
    for (const expression of expressions) {
      for (const [, need = '', output] of expression.matchAll(NEEDS_REF)) {
        if (!needs.includes(need)) {
          problems.push(
            `job '${id}' reads needs.${need}${output ? `.outputs.${output}` : ''} but '${need}' is not in its needs (${needs.join(', ') || 'none'})`,
          );
          continue;
        }
        const declared = Object.keys(jobs[need]?.outputs ?? {});
        if (output && !declared.includes(output)) {
          problems.push(`job '${id}' reads needs.${need}.outputs.${output}, which job '${need}' does not declare (outputs: ${declared.join(', ') || 'none'})`);
        }
      }
      for (const [, stepId = '', output = ''] of expression.matchAll(STEPS_REF)) {
        const step = (job.steps ?? []).find((s) => s.id === stepId);
        if (!step) {
          problems.push(`job '${id}' reads steps.${stepId}.outputs.${output}, but it has no step with id '${stepId}'`);
          continue;
        }
        const declared = actionOutputs(step.uses, options.repository);
        if (declared && !declared.includes(output)) {
          problems.push(`job '${id}' reads steps.${stepId}.outputs.${output}, which ${step.uses} does not declare (outputs: ${declared.join(', ')})`);
        }
      }
    }
  }
  return problems;
}

/** The text of every `${{ }}` in the job, plus its `if:` conditions (where `${{ }}` is optional). */
function expressionsOf(job: JobYaml): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const segment of splitTemplate(value) ?? []) if ('expression' in segment) found.push(segment.expression);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(job);
  for (const condition of [job.if, ...(job.steps ?? []).map((s) => s.if)]) if (typeof condition === 'string') found.push(condition);
  return found;
}

/** Outputs declared by one of this repository's actions (alias, actions/<name> or ./path); undefined otherwise. */
function actionOutputs(uses: string | undefined, repository = repoRoot()): string[] | undefined {
  if (!uses) return undefined;
  const ours = /^[^/@]+\/mlops-actions\/(?:(actions)\/)?([^/@]+)@.+$/.exec(uses);
  const dir = ours
    ? ours[1]
      ? actionDir(ours[2] as string)
      : path.join(repoRoot(), ours[2] as string)
    : uses.startsWith('./')
      ? path.resolve(repository, uses)
      : undefined;
  if (!dir) return undefined;
  for (const file of ['action.yml', 'action.yaml']) {
    try {
      const manifest = parseYaml(readFileSync(path.join(dir, file), 'utf8')) as { outputs?: Mapping | null };
      return Object.keys(manifest.outputs ?? {});
    } catch {
      // try the next name
    }
  }
  return undefined;
}
