// Errors about inputs stay short and literal: an oversized value is quoted as a short prefix and its length,
// hints print no escape sequences, and an input that would be ignored is refused rather than dropped.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEPLOY_ROLE, newPipeline, runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
let pipeline: string;
beforeAll(async () => {
  worlds = await startWorlds();
  pipeline = (await newPipeline(worlds)).name;
});
afterAll(async () => worlds?.close());

/** Runs the step, expects one error and no AWS call, and returns the error and what the action printed (the runner's own header lists the inputs). */
async function refused(inputs: Record<string, string>, options: Parameters<typeof runStep>[2] = {}): Promise<{ error: string; printed: string }> {
  const since = worlds.aws.requests.length;
  const result = await runStep(worlds, { 'pipeline-name': pipeline, ...inputs }, options);
  expect(result.exitCode).toBe(1);
  expect(result.errors).toHaveLength(1);
  expect(worlds.aws.requests.slice(since).map((r) => r.operation)).toEqual([]);
  return { error: result.errors[0] as string, printed: result.main.stdout + result.main.stderr };
}

describe('an oversized value is quoted as a short prefix and its length', () => {
  // 100 KB: today's main echoes all of it, in the log and in the annotation.
  const big = `tok_${'A1b2'.repeat(25_600)}`;
  test.each([
    ['audience', 'an OIDC audience such as sts.amazonaws.com'],
    ['wait', 'true or false'],
    ['timeout', 'a duration with a unit'],
    ['max-attempts', 'a whole number from 1 to 20'],
  ])('%s', async (input, expected) => {
    const { error, printed } = await refused({ [input]: big });
    expect(error).toMatch(new RegExp(`^Input '${input}' is '${big.slice(0, 40)}…' \\(${big.length} characters\\)\\. Expected ${expected}`));
    expect(error.length).toBeLessThan(400);
    expect(printed).not.toContain(big.slice(0, 200));
  });

  test('a long parameter value of the wrong type', async () => {
    const value = `1${'0'.repeat(1_000)}`;
    const since = worlds.aws.requests.length;
    const result = await runStep(worlds, { 'pipeline-name': pipeline, parameters: `TrainingInstanceCount: ${value}` });
    expect(result.errors).toEqual([
      `Input 'parameters' gives Integer parameter 'TrainingInstanceCount' the value '${value.slice(0, 40)}…' (1001 characters). Expected a whole number from -9223372036854775808 to 9223372036854775807.`,
    ]);
    expect(worlds.aws.requests.slice(since).map((r) => r.operation)).toEqual(['DescribePipeline']);
  });

  test('a short value is still quoted whole', async () => {
    const { error } = await refused({ wait: 'yes please' });
    expect(error).toBe("Input 'wait' is 'yes please'. Expected true or false.");
  });
});

describe('small ones', () => {
  test('role-session-name without role-to-assume is refused, not silently ignored', async () => {
    const { error } = await refused({ 'role-session-name': 'nightly-train' });
    expect(error).toBe(
      "Input 'role-session-name' is set without role-to-assume. Expected it only together with role-to-assume (the name of the session the action assumes).",
    );
  });

  test('the hint for a job without id-token: write prints line breaks as text, not as a literal \\n', async () => {
    const { error } = await refused({ 'role-to-assume': DEPLOY_ROLE }, { auth: 'none', env: worlds.github.env({ idToken: false }) });
    expect(error).toContain(
      "Hint: Give the job the 'id-token: write' permission (in the workflow or the job: permissions: { id-token: write, contents: read }).",
    );
    expect(error).not.toContain('\\n');
  });
});
