// @mlops-actions/shared/core speaks the runner's protocol exactly as @actions/core does: the same calls on both,
// with the same environment, must write the same bytes to stdout, GITHUB_OUTPUT, GITHUB_STATE and the job
// summary, and throw the same errors (delimiters are random in both, so they are compared as a placeholder).
import * as actionsCore from '@actions/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import * as ours from '@mlops-actions/shared/core';

type Core = typeof ours;
interface Trace {
  stdout: string;
  files: Record<string, string>;
  results: unknown[];
  exitCode: typeof process.exitCode;
}

const FILES = ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'] as const;
const homes = new Map<unknown, string>();
afterAll(() => {
  for (const d of homes.values()) rmSync(d, { recursive: true, force: true });
});

/** Runs `script` against one implementation with `env` set (and the runner's files, unless `noFiles`). */
async function trace(core: Core, env: Record<string, string>, script: (core: Core) => unknown, noFiles = false): Promise<Trace> {
  // One directory per implementation for the whole file: @actions/core keeps the summary path of its first
  // write for the life of the process (on a runner it never changes).
  const dir = (homes.get(core) ?? homes.set(core, mkdtempSync(path.join(os.tmpdir(), 'core-protocol-'))).get(core))!;
  const saved = { ...process.env };
  const savedExit = process.exitCode;
  const write = process.stdout.write;
  let stdout = '';
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write;
  for (const f of FILES) delete process.env[f];
  if (!noFiles) {
    for (const f of FILES) {
      writeFileSync(path.join(dir, f), '');
      process.env[f] = path.join(dir, f);
    }
  }
  Object.assign(process.env, env);
  process.exitCode = undefined;
  const results: unknown[] = [];
  try {
    for (const step of [script].flat()) {
      try {
        results.push(await step(core));
      } catch (error) {
        results.push({ threw: (error as Error).constructor.name, message: (error as Error).message });
      }
    }
  } finally {
    process.stdout.write = write;
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
  const exitCode = process.exitCode;
  process.exitCode = savedExit;
  const files = noFiles ? {} : Object.fromEntries(FILES.map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
  const normalise = (s: string) => s.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_<uuid>');
  return {
    stdout: normalise(stdout),
    files: Object.fromEntries(Object.entries(files).map(([k, v]) => [k, normalise(v)])),
    results: JSON.parse(JSON.stringify(results, (_k, v) => (typeof v === 'string' ? normalise(v) : v))),
    exitCode,
  };
}

async function same(env: Record<string, string>, script: (core: Core) => unknown, noFiles = false): Promise<Trace> {
  const theirs = await trace(actionsCore as unknown as Core, env, script, noFiles);
  const mine = await trace(ours, env, script, noFiles);
  expect(mine).toEqual(theirs);
  return mine;
}

describe('the runner protocol, as @actions/core writes it', () => {
  test('inputs: names with spaces, trimming, required, booleans and their errors', async () => {
    const t = await same({ 'INPUT_PIPELINE-NAME': '  churn  ', INPUT_MY_INPUT: 'x', INPUT_WAIT: 'True', INPUT_BAD: 'yes' }, (c) => [
      c.getInput('pipeline-name'),
      c.getInput('pipeline-name', { trimWhitespace: false }),
      c.getInput('my input'),
      c.getInput('absent'),
      c.getBooleanInput('wait'),
      (() => {
        try {
          return c.getInput('absent', { required: true });
        } catch (e) {
          return (e as Error).message;
        }
      })(),
      (() => {
        try {
          return c.getBooleanInput('bad');
        } catch (e) {
          return `${(e as Error).name}: ${(e as Error).message}`;
        }
      })(),
    ]);
    expect(t.results[0]).toEqual([
      'churn',
      '  churn  ',
      'x',
      '',
      true,
      'Input required and not supplied: absent',
      expect.stringContaining('TypeError: Input does not meet'),
    ]);
  });

  test('outputs and state go to their files with a random delimiter; state reads back from STATE_*', async () => {
    const t = await same({ STATE_executionArn: 'arn:x' }, (c) => {
      c.setOutput('status', 'Succeeded');
      c.setOutput('steps', [{ name: 'Train', status: 'Succeeded' }]);
      c.setOutput('multi', 'line one\nline two');
      c.saveState('finished', true);
      return c.getState('executionArn') + c.getState('missing');
    });
    expect(t.files.GITHUB_OUTPUT).toContain('status<<ghadelimiter_<uuid>\nSucceeded\nghadelimiter_<uuid>\n');
    expect(t.results).toEqual(['arn:x']);
  });

  test('without the runner files: the ::set-output / ::save-state commands', async () => {
    const t = await same(
      {},
      (c) => {
        c.setOutput('status', 'a%b\r\nc');
        c.saveState('k', 'v');
      },
      true,
    );
    expect(t.stdout).toContain('::set-output name=status::a%25b%0D%0Ac');
  });

  test('log lines, annotations with escaped properties, masks, debug and setFailed', async () => {
    const t = await same({}, (c) => {
      c.info('plain: 100% done\nsecond line');
      c.debug('details');
      c.warning('careful, 50%');
      c.warning(new Error('as an error'));
      c.warning('annotated', { title: 'a: b, c', file: 'x.yml', startLine: 3, endLine: 4, startColumn: 1, endColumn: 9 });
      c.warning('no values', { title: '' });
      c.error('failed\r\nbadly');
      c.notice('note');
      c.setSecret('s3cr3t%value');
      c.setFailed('the end');
    });
    expect(t.exitCode).toBe(1);
    expect(t.stdout).toContain('::warning title=a%3A b%2C c,file=x.yml,line=3,endLine=4,col=1,endColumn=9::annotated');
  });

  test('the job summary: appended, overwritten, and the errors without a usable file', async () => {
    const t = await same({}, async (c) => {
      await c.summary.addRaw('## one', true).write();
      await c.summary.addRaw('two').write();
      return c.summary.stringify();
    });
    expect(t.files.GITHUB_STEP_SUMMARY).toBe('## one\ntwo');
    const over = await same({}, async (c) => {
      await c.summary.addRaw('old').write();
      await c.summary.addRaw('new').write({ overwrite: true });
    });
    expect(over.files.GITHUB_STEP_SUMMARY).toBe('new');
    // @actions/core remembers the file of its first write, so its errors are only seen in a fresh process: ours
    // says what it says there.
    const missing = await trace(ours, {}, (c) => c.summary.addRaw('x').write(), true);
    expect(missing.results).toEqual([
      { threw: 'Error', message: 'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.' },
    ]);
    const unusable = await trace(ours, { GITHUB_STEP_SUMMARY: '/nonexistent/summary.md' }, (c) => c.summary.write(), true);
    expect(unusable.results).toEqual([
      { threw: 'Error', message: "Unable to access summary file: '/nonexistent/summary.md'. Check if the file has correct read/write permissions." },
    ]);
  });
});
