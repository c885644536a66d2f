// pipeline-definition: only a regular file is read (at most 1 MiB + 1 byte of it), a name set twice in one
// object is refused with its place, and the path may be relative to the workspace or absolute, as the docs say.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { churnDefinition, PIPELINE_ROLE } from '@mlops-actions/testkit';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACTION_DIR, calls, executionsOf, newPipeline, runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
const workspace = mkdtempSync(path.join(tmpdir(), 'ws-definition-file-'));
const FORM = 'Expected the path of a regular JSON file of at most 1 MiB, relative to the workspace (GITHUB_WORKSPACE) or absolute.';

beforeAll(async () => {
  worlds = await startWorlds();
  execFileSync('mkfifo', [path.join(workspace, 'pipeline.fifo')]);
  mkdirSync(path.join(workspace, 'pipelines'));
});
afterAll(async () => worlds?.close());

/** Runs the step; the input is refused before any AWS call. */
async function refused(definition: string): Promise<string[]> {
  const since = worlds.aws.requests.length;
  const result = await runStep(
    worlds,
    { 'pipeline-name': 'never-created', 'pipeline-definition': definition, 'pipeline-role-arn': PIPELINE_ROLE },
    { workspace },
  );
  expect(result.exitCode).toBe(1);
  expect(worlds.aws.requests.slice(since).map((r) => r.operation)).toEqual([]);
  return result.errors;
}

describe('a pipeline-definition that is not a regular file is refused at once', () => {
  // Today's main: a FIFO blocks the read until a writer comes (the step hangs), and /dev/zero is read until memory runs out.
  test.each([
    ['a named pipe (FIFO)', 'pipeline.fifo', "is 'pipeline.fifo', which is a named pipe (FIFO), not a regular file"],
    ['/dev/zero, a character device', '/dev/zero', "is '/dev/zero', which is a character device, not a regular file"],
    ['a directory', 'pipelines', "is 'pipelines', which is a directory, not a regular file"],
  ])('%s', async (_what, definition, problem) => {
    expect(await refused(definition)).toEqual([`Input 'pipeline-definition' ${problem}. ${FORM}`]);
  });

  test('a file over 1 MiB', async () => {
    writeFileSync(path.join(workspace, 'huge.json'), `{"Steps": [], "Pad": "${'x'.repeat(1_048_576)}"}`);
    expect(await refused('huge.json')).toEqual([
      `Input 'pipeline-definition' is 'huge.json', which is larger than 1048576 bytes. ${FORM.replace(/\.$/, '')} (SageMaker's limit for inline definitions).`,
    ]);
  });
});

describe('a name set twice in one object of the definition', () => {
  test.each([
    ['at the top', '{\n  "Version": "2020-12-01",\n  "Steps": [{"Name": "A", "Type": "Fail"}],\n  "Version": "2021-01-01"\n}', 'Version', 4, 3],
    ['inside a step', '{"Steps": [{"Name": "A", "Type": "Fail", "Name": "B"}]}', 'Name', 1, 42],
    [
      'spelled differently but the same once decoded',
      '{"Steps": [{"Name": "A", "Type": "Fail"}], "Par\\u0061meters": [], "Parameters": []}',
      'Parameters',
      1,
      67,
    ],
  ])('%s: refused with the name, the line and the column', async (_what, text, key, line, column) => {
    writeFileSync(path.join(workspace, 'twice.json'), text);
    const errors = await refused('twice.json');
    expect(errors).toEqual([
      `Input 'pipeline-definition' sets '${key}' twice in one object (line ${line} column ${column}). Expected a SageMaker pipeline definition: a JSON object with a Steps array of {Name, Type, Arguments}.`,
    ]);
  });

  test('the same name in different objects is fine', async () => {
    const { name } = await newPipeline(worlds);
    writeFileSync(path.join(workspace, 'fine.json'), JSON.stringify(churnDefinition(`${name}-models`)));
    const result = await runStep(worlds, { 'pipeline-name': name, 'pipeline-definition': 'fine.json', wait: 'false' }, { workspace });
    expect(result.errors).toEqual([]);
    expect(executionsOf(worlds, name)).toHaveLength(1);
  });
});

describe('relative to the workspace, or absolute', () => {
  test('an absolute path outside the workspace is read, and action.yml and the README say it is allowed', async () => {
    const { name } = await newPipeline(worlds);
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'runner-temp-'));
    const file = path.join(elsewhere, 'pipeline.json');
    writeFileSync(file, JSON.stringify(churnDefinition(`${name}-models`)));
    const since = worlds.aws.requests.length;
    const result = await runStep(worlds, { 'pipeline-name': name, 'pipeline-definition': file, wait: 'false' }, { workspace });
    expect(result.errors).toEqual([]);
    expect(calls(worlds, 'UpdatePipeline', since)).toBe(1);

    const manifest = parse(readFileSync(path.join(ACTION_DIR, 'action.yml'), 'utf8')) as { inputs: Record<string, { description: string }> };
    expect(manifest.inputs['pipeline-definition']?.description).toContain('relative to the workspace, or absolute');
    expect(readFileSync(path.join(ACTION_DIR, 'README.md'), 'utf8')).toContain('relative to the workspace, or absolute');
  });
});
