// The execution's display name: the default derived from the repository and run (squeezed into SageMaker's
// PipelineExecutionDisplayName: ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,81}, at most 82 characters), and a user-given one,
// which must already fit. Asserted on what reached AWS: the StartPipelineExecution request and DescribePipelineExecution.
import { DescribePipelineExecutionCommand } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunContext } from '@mlops-actions/shared/github';
import { defaultDisplayName } from '../src/context.js';
import { calls, executionsOf, newPipeline, runStep, startWorlds, type Worlds } from './worlds.js';

/** SageMaker's constraints on PipelineExecutionDisplayName: the pattern, and a length of 1 to 82. */
const SAGEMAKER_DISPLAY_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,81}$/;
const MAX = 82;
const EXPECTED_FORM = 'Expected letters, digits and hyphens, starting and ending with a letter or digit, at most 82 characters.';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
});
afterAll(async () => worlds?.close());

/** Runs the action (without waiting) and returns the display name StartPipelineExecution sent, and what AWS stored. */
async function startedWith(
  inputs: Record<string, string>,
  github: { repository?: string; runId?: string; runAttempt?: string },
): Promise<{ sent: unknown; stored: string | undefined; execution: ReturnType<typeof executionsOf>[number] | undefined }> {
  const { name } = await newPipeline(worlds);
  const since = worlds.aws.requests.length;
  const result = await runStep(worlds, { 'pipeline-name': name, wait: 'false', ...inputs }, { github });
  expect(result.errors).toEqual([]);
  expect(result.exitCode).toBe(0);
  const starts = worlds.aws.requests.slice(since).filter((r) => r.operation === 'StartPipelineExecution');
  expect(starts).toHaveLength(1);
  const sent = (JSON.parse(starts[0]?.body ?? '{}') as { PipelineExecutionDisplayName?: unknown }).PipelineExecutionDisplayName;
  const described = await worlds.aws.sagemaker.send(new DescribePipelineExecutionCommand({ PipelineExecutionArn: result.outputs['execution-arn'] }));
  return { sent, stored: described.PipelineExecutionDisplayName, execution: executionsOf(worlds, name)[0] };
}

describe('the default display name, from the repository and the run', () => {
  // [what, repository, run id, expected display name]
  const cases: Array<[string, string, string, string]> = [
    ['dots and underscores in the repository name', 'octo-org/churn_model.v2', '900101', 'octo-org-churn-model-v2-900101-1'],
    ['dots and underscores in the owner too', 'octo_org.eu/churn.model', '900102', 'octo-org-eu-churn-model-900102-1'],
    ['a repository whose name starts with a dot (a run of separators becomes one hyphen)', 'octo-org/.github', '900103', 'octo-org-github-900103-1'],
    ['a leading non-alphanumeric character is dropped', '_octo/churn-model', '900104', 'octo-churn-model-900104-1'],
    ['several leading non-alphanumeric characters are dropped', '-._octo/churn-model', '900105', 'octo-churn-model-900105-1'],
    // 'octo-org-' (9) + 100 letters + '-900106-1' (9) = 118 > 82: the repository part is cut to 82 - 9 = 73 characters.
    [
      'a long repository is cut to 82 characters, keeping the run id and attempt',
      `octo-org/${'a'.repeat(100)}`,
      '900106',
      `octo-org-${'a'.repeat(64)}-900106-1`,
    ],
    // The cut (after 73 characters) falls right after the '.': the hyphen it became is dropped, not doubled.
    [
      'a cut that lands on a separator leaves no dangling hyphen',
      `octo-org/${'a'.repeat(63)}.${'b'.repeat(40)}`,
      '900107',
      `octo-org-${'a'.repeat(63)}-900107-1`,
    ],
  ];

  test.each(cases)('%s', async (_what, repository, runId, expected) => {
    expect(expected).toMatch(SAGEMAKER_DISPLAY_NAME);
    expect(expected.length).toBeLessThanOrEqual(MAX);
    const { sent, stored, execution } = await startedWith({}, { repository, runId, runAttempt: '1' });
    expect(sent).toBe(expected);
    expect(stored).toBe(expected);
    expect(execution?.displayName).toBe(expected);
  });
});

describe('defaultDisplayName (unit)', () => {
  const run = (repository: string, runId = '14503987201', runAttempt = '1'): RunContext => ({
    repository,
    runId,
    runAttempt,
    job: 'mlops',
    stepId: 'start',
    serverUrl: 'https://github.com',
    sha: '',
    ref: '',
    workflow: '',
  });

  test('a name of exactly 82 characters is kept whole; one of 83 is cut, keeping the run id and attempt', () => {
    const tail = '-14503987201-1';
    const exact = `octo-org/${'x'.repeat(MAX - 'octo-org-'.length - tail.length)}`;
    expect(defaultDisplayName(run(exact))).toBe(`${exact.replace('/', '-')}${tail}`);
    expect(defaultDisplayName(run(exact))).toHaveLength(MAX);
    const longer = `${exact}y`;
    expect(defaultDisplayName(run(longer))).toBe(`${exact.replace('/', '-')}${tail}`);
  });

  test('every GitHub-shaped repository yields a name SageMaker accepts, ending with the run id and attempt', () => {
    // Owners: up to 39 letters, digits and hyphens; repositories: up to 100 letters, digits, '-', '_' and '.'.
    const owners = ['o', 'octo-org', 'a'.repeat(39), 'x-y-z'];
    const repos = ['r', '.github', '_private', 'churn.model_v2', '...', 'a'.repeat(100), `${'b'.repeat(60)}.-_${'c'.repeat(37)}`, `-${'d'.repeat(99)}`];
    for (const owner of owners) {
      for (const repo of repos) {
        for (const [runId, attempt] of [
          ['1', '1'],
          ['14503987201', '3'],
          ['99999999999', '12'],
        ] as const) {
          const name = defaultDisplayName(run(`${owner}/${repo}`, runId, attempt));
          expect(name, `${owner}/${repo}`).toMatch(SAGEMAKER_DISPLAY_NAME);
          expect(name.length, `${owner}/${repo}`).toBeLessThanOrEqual(MAX);
          expect(name.endsWith(`-${runId}-${attempt}`), `${owner}/${repo} -> ${name}`).toBe(true);
        }
      }
    }
  });
});

describe('a user-given display-name', () => {
  test('one of exactly 82 characters is sent as given', async () => {
    const given = `nightly-${'r'.repeat(MAX - 'nightly-'.length)}`;
    expect(given).toHaveLength(MAX);
    const { sent, stored } = await startedWith({ 'display-name': given }, { runId: '900201' });
    expect(sent).toBe(given);
    expect(stored).toBe(given);
  });

  // Each must be rejected before any AWS call: one error naming the input and the expected form, nothing started.
  const rejected: Array<[string, string]> = [
    ['an underscore', 'nightly_run'],
    ['a dot', 'nightly.run'],
    ['a space', 'nightly run'],
    ['a leading hyphen', '-nightly'],
    ['a trailing hyphen', 'nightly-'],
    ['83 characters', 'n'.repeat(MAX + 1)],
  ];

  test.each(rejected)('with %s is rejected with one clear error and starts nothing', async (_what, given) => {
    const { name } = await newPipeline(worlds);
    const since = worlds.aws.requests.length;
    const result = await runStep(worlds, { 'pipeline-name': name, 'display-name': given });
    expect(result.exitCode).toBe(1);
    const problem = given.length > MAX ? `is ${given.length} characters long` : `is '${given}'`;
    expect(result.errors).toEqual([`Input 'display-name' ${problem}. ${EXPECTED_FORM}`]);
    expect(result.main.stdout + result.main.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(worlds.aws.requests.slice(since)).toEqual([]);
    expect(calls(worlds, 'StartPipelineExecution', since)).toBe(0);
    expect(executionsOf(worlds, name)).toEqual([]);
  });

  // SageMaker's pattern does not count hyphen runs; the 82-character limit is a separate constraint.
  test('with hyphen runs that take it past 82 characters is rejected too', async () => {
    const given = `a${'-'.repeat(MAX)}b`;
    expect(given).toMatch(SAGEMAKER_DISPLAY_NAME);
    expect(given.length).toBeGreaterThan(MAX);
    const { name } = await newPipeline(worlds);
    const since = worlds.aws.requests.length;
    const result = await runStep(worlds, { 'pipeline-name': name, 'display-name': given });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([`Input 'display-name' is ${given.length} characters long. ${EXPECTED_FORM}`]);
    expect(worlds.aws.requests.slice(since)).toEqual([]);
  });
});
