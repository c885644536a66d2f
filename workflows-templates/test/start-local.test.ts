// `npm start` (its `node scripts/start-local.mjs` half; turbo builds testkit first): the train job of
// sagemaker-train.yml run locally end to end. The script must exit 0 and print what a user reads: the step log of
// start-pipeline (OIDC, the execution it started, the pipeline steps, the model package it registered), the job
// outputs and the job summary. The ARNs are read from each section and must agree, so a break anywhere in the chain
// (workflow wiring, the bundled action, the worlds, the rendering) fails here.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ACCOUNT_REGION = 'us-east-1:123456789012';
const EXECUTION_ARN = new RegExp(`arn:aws:sagemaker:${ACCOUNT_REGION}:pipeline/churn-training/execution/[a-z0-9]+`);
const MODEL_PACKAGE_ARN = new RegExp(`arn:aws:sagemaker:${ACCOUNT_REGION}:model-package/churn-models/\\d+`);
const anchored = (re: RegExp) => new RegExp(`^${re.source}$`);

let tmp: string;
let code: number | null;
let signal: NodeJS.Signals | null;
let stdout = '';
let stderr = '';
beforeAll(async () => {
  // The script writes the raw summary markdown under os.tmpdir(): our own TMPDIR keeps it (and the harness's
  // workspaces) out of the shared temp dir and lets the test read it back.
  tmp = mkdtempSync(path.join(os.tmpdir(), 'mlops-start-test-'));
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join('scripts', 'start-local.mjs')], {
      cwd: ROOT,
      env: { ...process.env, TMPDIR: tmp, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (c, s) => {
      code = c;
      signal = s;
      resolve();
    });
  });
}, 120_000);
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** The lines of stdout after the first one starting with `from`, up to the next one starting with `to` (or the end). */
function section(from: string, to?: string): string[] {
  const lines = stdout.split('\n');
  const start = lines.findIndex((l) => l.startsWith(from));
  expect(start, `no "${from}" line in:\n${stdout}`).toBeGreaterThanOrEqual(0);
  const end = to === undefined ? lines.length : lines.findIndex((l, i) => i > start && l.startsWith(to));
  expect(end, `no "${to}" line after "${from}" in:\n${stdout}`).toBeGreaterThan(start);
  return lines.slice(start + 1, end);
}

describe('npm start (node scripts/start-local.mjs)', () => {
  test('exits 0 with the job a success', () => {
    expect(signal).toBeNull();
    expect(code, `stdout:\n${stdout}\nstderr:\n${stderr}`).toBe(0);
    expect(stdout).toContain('mlops-actions: local run of workflows-templates/sagemaker-train.yml, job train');
    expect(stdout).toMatch(/^Job train: success \(\d+\.\ds in all\)$/m);
    expect(stdout).not.toMatch(/\u001b\[/); // NO_COLOR and a pipe: plain text
  });

  test('prints the step log of start-pipeline: OIDC, the execution, its steps, the registered model package', () => {
    const log = section('Ready in ', 'Job train: ').join('\n');
    expect(log).toMatch(/^✓ Run actions\/checkout@[0-9a-f]{40} \d+\.\ds$/m);
    expect(log).toMatch(/^✓ Run your-org\/mlops-actions\/start-pipeline@v1 \d+\.\ds$/m);
    expect(log).toMatch(/^ {4}Assumed arn:aws:sts::123456789012:assumed-role\/github-mlops\/\S+ via GitHub OIDC/m);
    expect(log).toMatch(new RegExp(`^ {4}Started pipeline execution ${EXECUTION_ARN.source}$`, 'm'));
    for (const step of ['Preprocess (Processing)', 'Train (Training)', 'CheckAccuracy (Condition)', 'RegisterChurnModel (RegisterModel)']) {
      expect(log).toContain(`✔ ${step} Succeeded`);
    }
    expect(log).toMatch(/^ {4}Execution Succeeded: 4 steps succeeded$/m);
    expect(log).toMatch(new RegExp(`^ {4}Registered model package ${MODEL_PACKAGE_ARN.source}$`, 'm'));
    // The Report step got the output through steps.pipeline.outputs -> env; the post step ran.
    expect(log).toMatch(/^✓ Report \d+\.\ds$/m);
    expect(log).toMatch(/^✓ Post Run your-org\/mlops-actions\/start-pipeline@v1$/m);
    expect(log).not.toMatch(/^[✗⊘?] /m);
  });

  test('prints the job outputs, which name the execution and the model package of the step log', () => {
    const outputs = Object.fromEntries(
      section('Job outputs', 'Job summary')
        .filter((l) => l.trim() !== '')
        .map((l) => {
          const m = /^ {2}(\S+)\s+(\S.*)$/.exec(l);
          expect(m, `not an output line: ${JSON.stringify(l)}`).not.toBeNull();
          return [m![1], m![2]];
        }),
    );
    expect(Object.keys(outputs).sort()).toEqual(['execution-arn', 'model-package-arn']);
    expect(outputs['execution-arn']).toMatch(anchored(EXECUTION_ARN));
    expect(outputs['model-package-arn']).toMatch(anchored(MODEL_PACKAGE_ARN));
    expect(stdout).toContain(`Started pipeline execution ${outputs['execution-arn']}\n`);
    expect(stdout).toContain(`Registered model package ${outputs['model-package-arn']}\n`);
  });

  test('prints the job summary: its heading, the model package, the steps table and a mermaid graph', () => {
    const summary = section('Job summary');
    const text = summary.join('\n');
    expect(summary[0]).toBe('  ## ✅ SageMaker pipeline churn-training: Succeeded');
    expect(text).toMatch(new RegExp(`^ {2}Model package +churn-models v\\d+\\n +${MODEL_PACKAGE_ARN.source}$`, 'm'));
    expect(text).toContain('  ### Steps');

    const open = summary.indexOf('  ```mermaid');
    expect(open, `no mermaid block in the summary:\n${text}`).toBeGreaterThan(0);
    const close = summary.indexOf('  ```', open + 1);
    expect(close, 'the mermaid block is not closed').toBeGreaterThan(open + 1);
    const graph = summary.slice(open + 1, close).map((l) => l.trim());
    expect(graph[0]).toBe('flowchart LR');
    for (const node of ['Preprocess', 'Train', 'CheckAccuracy', 'RegisterChurnModel']) {
      expect(
        graph.some((l) => l.startsWith(`n_${node}`)),
        `no node ${node} in the graph`,
      ).toBe(true);
    }
    expect(graph).toContain('n_CheckAccuracy -->|"true"| n_RegisterChurnModel');

    // And the raw markdown the script points to (written under our TMPDIR).
    const raw = /^Raw summary markdown: (.+)$/m.exec(stdout)?.[1];
    expect(raw, 'no "Raw summary markdown:" line').toBeDefined();
    expect(path.dirname(raw!)).toBe(tmp);
    expect(existsSync(raw!)).toBe(true);
    const markdown = readFileSync(raw!, 'utf8');
    expect(markdown).toContain('## ✅ SageMaker pipeline churn-training: Succeeded');
    expect(markdown).toMatch(/```mermaid\nflowchart LR\n[\s\S]*?\n```/);
  });
});
