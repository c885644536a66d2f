// The shared IssueTracker (packages/shared/src/github/issues.ts) against the GitHub world: real Octokit (the
// shared client) over real HTTP, one clock for the world and the tracker so cooldowns are exact without sleeping.
import { createGitHubClient, IssueTracker, type IssueTrackerOptions } from '@mlops-actions/shared/github';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubWorld, type GitHubWorld } from '../src/index.js';

const HOUR = 3_600_000;
let world: GitHubWorld;
let clock: number;
const now = (): Date => new Date(clock);

beforeEach(async () => {
  clock = Date.UTC(2026, 11, 2, 9, 0, 0);
  world = await startGitHubWorld({ now });
});
afterEach(async () => world?.close());

function tracker(options: Partial<IssueTrackerOptions> = {}, lines: string[] = []): IssueTracker {
  const client = createGitHubClient({ token: world.token, baseUrl: world.apiUrl, log: (l) => lines.push(l), retryAfterBaseValueMs: 1, pacingMs: 0 });
  return new IssueTracker({
    client,
    repository: world.repository,
    fingerprint: 'drift-0123456789abcdef',
    labels: ['drift', 'ml'],
    assignees: ['octocat'],
    cooldownMs: HOUR,
    runKey: `run-${clock}`,
    log: (l) => lines.push(l),
    now,
    ...options,
  });
}

const report = (n: number) => ({ title: 'Data drift: churn', body: `report ${n}`, comment: `still drifting ${n}` });
const openIssues = () => world.state.issues.filter((i) => i.state === 'open');
const commentsOn = (n: number) => world.state.comments.filter((c) => c.issue_number === n);

describe('IssueTracker', () => {
  it('opens one issue (labels, assignees, hidden fingerprint), then comments once per cooldown, then closes when resolved', async () => {
    const first = await tracker().raise(report(1));
    expect(first).toMatchObject({ action: 'opened', issue: { number: 1 }, duplicatesClosed: [] });
    expect(world.state.issues[0]).toMatchObject({ title: 'Data drift: churn', labels: ['drift', 'ml'], assignees: ['octocat'] });
    expect(world.state.issues[0]?.body).toContain('<!-- mlops-actions:issue fingerprint=drift-0123456789abcdef -->');

    clock += 2 * HOUR;
    expect((await tracker().raise(report(2))).action).toBe('commented');
    clock += 10 * 60_000; // inside the cooldown: body updated, no comment
    expect((await tracker().raise(report(3))).action).toBe('updated-quietly');
    expect(world.state.issues[0]?.body).toContain('report 3');
    clock += 2 * HOUR;
    expect((await tracker().raise(report(4))).action).toBe('commented');
    expect(openIssues()).toHaveLength(1);
    expect(commentsOn(1).map((c) => c.body.split('\n')[0])).toEqual(['still drifting 2', 'still drifting 4']);

    clock += HOUR;
    expect(await tracker().resolve({ comment: 'gone', close: false })).toMatchObject({ action: 'none', issue: { number: 1 } });
    expect(openIssues()).toHaveLength(1);
    expect(await tracker().resolve({ comment: 'gone', close: true })).toMatchObject({ action: 'closed', issue: { number: 1 } });
    expect(world.state.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(commentsOn(1).at(-1)?.body).toMatch(/^gone/);
  });

  it('a re-try of the same run does not comment twice', async () => {
    await tracker().raise(report(1));
    clock += 2 * HOUR;
    const again = tracker({ runKey: 'run-x' });
    expect((await again.raise(report(2))).action).toBe('commented');
    expect((await tracker({ runKey: 'run-x' }).raise(report(2))).action).toBe('already-commented');
    expect(commentsOn(1)).toHaveLength(1);
  });

  it('a note is hidden in the issue body and carried over by later body updates, quiet or not, and a reopen', async () => {
    const first = tracker();
    expect((await first.raise(report(1))).notes).toEqual({});
    await first.note('retrain-run', '7100.1.delivered');
    const body = (): string => world.state.issues[0]?.body ?? '';
    expect(body()).toContain('report 1');
    expect(body()).toContain('<!-- mlops-actions:note fingerprint=drift-0123456789abcdef retrain-run=7100.1.delivered -->');
    clock += 10 * 60_000;
    expect(await tracker().raise(report(2))).toMatchObject({ action: 'updated-quietly', notes: { 'retrain-run': '7100.1.delivered' } });
    clock += 2 * HOUR;
    const third = tracker();
    expect(await third.raise(report(3))).toMatchObject({ action: 'commented', notes: { 'retrain-run': '7100.1.delivered' } });
    await third.note('retrain-run', '7101.1.unknown');
    expect(body()).toContain('report 3');
    expect(body()).not.toContain('7100.1');
    await tracker().resolve({ comment: 'gone', close: true });
    clock += 10 * 60_000;
    expect(await tracker().raise(report(4))).toMatchObject({ action: 'reopened', notes: { 'retrain-run': '7101.1.unknown' } });
    expect(body()).toContain('retrain-run=7101.1.unknown -->');
    await expect(tracker().note('retrain-run', 'x')).rejects.toThrow(/raise\(\) has not reported on an issue yet/);
    await expect(third.note('Bad Key', 'x')).rejects.toThrow(/key must be/);
  });

  it('drift back within the cooldown after closing reopens the issue instead of opening another (a flapping column)', async () => {
    await tracker().raise(report(1));
    await tracker().resolve({ comment: 'gone', close: true });
    clock += 10 * 60_000;
    expect(await tracker().raise(report(2))).toMatchObject({ action: 'reopened', issue: { number: 1 } });
    expect(world.state.issues).toHaveLength(1);
    expect(world.state.issues[0]?.state).toBe('open');
    // Long after a close, drift is a new episode: a new issue.
    await tracker().resolve({ comment: 'gone', close: true });
    clock += 3 * HOUR;
    expect(await tracker().raise(report(3))).toMatchObject({ action: 'opened', issue: { number: 2 } });
  });

  it('finds the issue through the list API when search lags (and when search is rate limited)', async () => {
    await world.close();
    world = await startGitHubWorld({ now, searchIndexDelayMs: 24 * HOUR });
    await tracker().raise(report(1));
    clock += 2 * HOUR;
    expect((await tracker().raise(report(2))).action).toBe('commented');
    world.rateLimits.exhaust('search');
    clock += 2 * HOUR;
    expect((await tracker().raise(report(3))).action).toBe('commented');
    expect(world.state.issues).toHaveLength(1);
  });

  it('finds it even when someone took the label off', async () => {
    await tracker().raise(report(1));
    world.state.issues[0]!.labels = [];
    clock += 2 * HOUR;
    expect((await tracker().raise(report(2))).action).toBe('commented');
    expect(world.state.issues).toHaveLength(1);
  });

  it('an issue without the fingerprint (same title, another subject) is not taken', async () => {
    world.seedIssue({ title: 'Data drift: churn', body: 'written by a person', labels: ['drift'] });
    expect((await tracker().raise(report(1))).action).toBe('opened');
    expect(openIssues()).toHaveLength(2);
  });

  it('two concurrent runs leave one open issue: the younger is closed as a duplicate pointing at the older', async () => {
    const lines: string[] = [];
    const [a, b] = await Promise.all([tracker({ runKey: 'a' }, lines).raise(report(1)), tracker({ runKey: 'b' }, lines).raise(report(2))]);
    expect(openIssues()).toHaveLength(1);
    const kept = openIssues()[0]!.number;
    const closed = world.state.issues.find((i) => i.state === 'closed');
    // Both creates may or may not have happened (search/list interleaving); when both did, one was closed.
    if (closed) {
      expect(closed.state_reason).toBe('duplicate');
      expect(commentsOn(closed.number).map((c) => c.body)).toEqual([`Duplicate of #${kept}: another run opened the same issue at the same time.`]);
      expect([...a.duplicatesClosed, ...b.duplicatesClosed]).toEqual([closed.number]);
    }
    expect([a.issue?.number, b.issue?.number]).toEqual([kept, kept]);
  });

  it('two concurrent creates (both past the lookup) still end with one open issue', async () => {
    // Hold both lookups until both runs have made them, so both create: the re-list must settle it.
    const client = createGitHubClient({ token: world.token, baseUrl: world.apiUrl, retryAfterBaseValueMs: 1, pacingMs: 0 });
    let arrived = 0;
    let release!: () => void;
    const bothLooked = new Promise<void>((r) => (release = r));
    const gate = client.hook.before.bind(client.hook);
    gate('request', async (options) => {
      if (options.method === 'POST' && String(options.url).endsWith('/issues')) {
        arrived += 1;
        if (arrived === 2) release();
        await bothLooked;
      }
    });
    const make = (runKey: string) =>
      new IssueTracker({ client, repository: world.repository, fingerprint: 'drift-0123456789abcdef', labels: ['drift'], cooldownMs: HOUR, runKey, now });
    const [a, b] = await Promise.all([make('a').raise(report(1)), make('b').raise(report(2))]);
    expect(world.state.issues).toHaveLength(2);
    expect(openIssues().map((i) => i.number)).toEqual([1]);
    expect(world.state.issues[1]).toMatchObject({ number: 2, state: 'closed', state_reason: 'duplicate' });
    expect([a.issue?.number, b.issue?.number]).toEqual([1, 1]);
    expect([a.action, b.action].sort()).toEqual(['opened', 'updated-quietly']);
  });

  it('survives secondary rate limits and 5xx on every write it makes', async () => {
    world.faults.secondaryRateLimit('POST /repos/{owner}/{repo}/issues', { retryAfterSeconds: 1 });
    world.faults.add({ route: 'GET /repos/{owner}/{repo}/issues', status: 502, count: 1 });
    world.faults.add({ route: 'GET /search/issues', status: 503, count: 1 });
    expect((await tracker().raise(report(1))).action).toBe('opened');
    clock += 2 * HOUR;
    world.faults.add({ route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', status: 500, count: 2 });
    world.faults.secondaryRateLimit('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { retryAfterSeconds: 1, status: 429 });
    expect((await tracker().raise(report(2))).action).toBe('commented');
    expect(world.state.issues).toHaveLength(1);
    expect(commentsOn(1)).toHaveLength(1);
    expect(world.faults.active.every((f) => f.remaining === 0)).toBe(true);
  });
});
