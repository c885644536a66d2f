// The drift issue through the bundled action against the GitHub world (real Octokit over HTTP): three drifting
// runs -> one issue with two update comments; a clean run closes it when asked; two concurrent runs -> still one
// open issue; secondary rate limits and 5xx survived; the token never printed. Drift comes from Model Monitor
// executions (the AWS world's scenario layer), so each run's verdict is set by the test.
import { secretLeaks } from '@mlops-actions/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { driftViolation, monitorRun, runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
});
afterAll(async () => worlds?.close());

const FEATURES = ['tenure', 'monthly_charges', 'total_charges', 'contract'];
let n = 0;
let schedule: string;
beforeEach(() => {
  schedule = `churn-endpoint-${++n}`;
});
const drifting = () =>
  monitorRun(worlds, schedule, { features: FEATURES, violations: { violations: [driftViolation('tenure', 0.3), driftViolation('contract', 0.4)] } });
const clean = () => monitorRun(worlds, schedule, { features: FEATURES });
const issuesOf = () => worlds.github.state.issues.filter((i) => i.title === `Data drift: ${schedule}`);
const commentsOf = (number: number) => worlds.github.state.comments.filter((c) => c.issue_number === number);
const step = (inputs: Record<string, string> = {}, runId = String(1000 + n * 10 + Math.floor(Math.random() * 10))) =>
  runStep(worlds, { 'monitoring-schedule': schedule, cooldown: '0s', labels: 'drift, ml', assignees: 'octocat', ...inputs }, { github: { runId } });

describe('the drift issue', () => {
  test('three runs with drift: one issue with two update comments; a run without drift closes it (close-when-resolved)', async () => {
    await drifting();
    const first = await step({}, '501');
    expect(first.errors).toEqual([]);
    expect(first.outputs['issue-number']).toMatch(/^\d+$/);
    const [issue] = issuesOf();
    expect(issue).toMatchObject({ state: 'open', labels: ['drift', 'ml'], assignees: ['octocat'] });
    expect(issue?.body).toMatch(/<!-- mlops-actions:issue fingerprint=drift-[0-9a-f]{24} -->/);
    expect(issue?.body).toContain('<code>tenure</code>');

    await drifting();
    expect((await step({}, '502')).errors).toEqual([]);
    await drifting();
    const third = await step({}, '503');
    expect(third.errors).toEqual([]);
    expect(third.summary).toMatch(/#\d+<\/a> \(commented\)/);
    expect(issuesOf()).toHaveLength(1);
    expect(commentsOf(issue!.number).map((c) => c.body.split('\n')[0])).toEqual([
      expect.stringMatching(
        /^Drift still present in <a href=".*\/runs\/502\/attempts\/1">run 502<\/a>: 2 of 4 columns \(50\.0%\): <code>tenure<\/code>, <code>contract<\/code>\.$/,
      ),
      expect.stringMatching(/^Drift still present in <a .*run 503<\/a>/),
    ]);

    // issue: open leaves it open on a clean run; close-when-resolved closes it with a comment.
    await clean();
    const stays = await step({ issue: 'open' }, '504');
    expect(stays.outputs['drift-detected']).toBe('false');
    expect(issuesOf()[0]?.state).toBe('open');
    await clean();
    const closes = await step({ issue: 'close-when-resolved' }, '505');
    expect(closes.errors).toEqual([]);
    expect(issuesOf()[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(commentsOf(issue!.number).at(-1)?.body).toMatch(/^No dataset drift in <a .*run 505<\/a>.*: closing\./);
    expect(closes.outputs['issue-number']).toBe(String(issue!.number));
  }, 180_000);

  test('inside the cooldown a run only refreshes the body: a flapping column does not spam comments', async () => {
    await drifting();
    await step({ cooldown: '6h' }, '601');
    for (const runId of ['602', '603']) {
      await drifting();
      const result = await step({ cooldown: '6h' }, runId);
      expect(result.summary).toContain('(updated-quietly)');
    }
    expect(issuesOf()).toHaveLength(1);
    expect(commentsOf(issuesOf()[0]!.number)).toEqual([]);
    expect(issuesOf()[0]?.body).toContain('run 603');
  }, 180_000);

  test('two concurrent runs: still one open issue', async () => {
    await drifting();
    const [a, b] = await Promise.all([step({}, '701'), step({}, '702')]);
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    const open = issuesOf().filter((i) => i.state === 'open');
    expect(open).toHaveLength(1);
    expect(a.outputs['issue-number']).toBe(String(open[0]!.number));
    expect(b.outputs['issue-number']).toBe(String(open[0]!.number));
    // A duplicate, if both runs got past the lookup, is closed and points at the kept one.
    for (const dup of issuesOf().filter((i) => i.state === 'closed')) {
      expect(dup.state_reason).toBe('duplicate');
      expect(commentsOf(dup.number)[0]?.body).toBe(`Duplicate of #${open[0]!.number}: another run opened the same issue at the same time.`);
    }
  }, 180_000);

  test('secondary rate limits and 5xx on every GitHub call are survived; the token is never printed', async () => {
    await drifting();
    const gh = worlds.github;
    gh.faults.add({ route: 'GET /search/issues', status: 502, count: 1 });
    gh.faults.secondaryRateLimit('GET /repos/{owner}/{repo}/issues', { retryAfterSeconds: 1 });
    gh.faults.secondaryRateLimit('POST /repos/{owner}/{repo}/issues', { retryAfterSeconds: 1, status: 429 });
    const first = await step({}, '801');
    expect(first.errors).toEqual([]);
    expect(first.main.log.join('\n')).toMatch(/secondary rate limit on GET .*waiting 1 s/);
    await drifting();
    gh.faults.add({ route: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', status: 503, count: 1 });
    gh.faults.add({ route: 'PATCH /repos/{owner}/{repo}/issues/{issue_number}', status: 500, count: 2 });
    gh.faults.secondaryRateLimit('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { retryAfterSeconds: 1 });
    const second = await step({}, '802');
    expect(second.errors).toEqual([]);
    expect(gh.faults.active.every((f) => f.remaining === 0)).toBe(true);
    expect(issuesOf()).toHaveLength(1);
    expect(commentsOf(issuesOf()[0]!.number)).toHaveLength(1);
    for (const result of [first, second]) {
      expect(secretLeaks(result, [gh.token])).toEqual([]);
      expect(result.main.masks).toContain(gh.token);
    }
  }, 180_000);

  test('a failing GitHub (5xx beyond the retries) fails the step as a check failure: drift-detected is empty', async () => {
    await drifting();
    worlds.github.faults.add({ route: 'POST /repos/{owner}/{repo}/issues', status: 502, count: 10 });
    const result = await step({}, '901');
    expect(result.exitCode).toBe(1);
    expect(result.outputs['drift-detected']).toBe('');
    worlds.github.faults.clear();
  }, 180_000);
});
