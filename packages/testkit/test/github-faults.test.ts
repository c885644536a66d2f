import type { Octokit } from '@octokit/rest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SECONDARY_RATE_LIMIT_MESSAGE, startGitHubWorld, type GitHubWorld } from '../src/index.js';
import { octokitFor } from './fixtures/octokit.js';

let world: GitHubWorld;
let octokit: Octokit;
const repo = { owner: 'octo-org', repo: 'churn-model' };

beforeEach(async () => {
  world = await startGitHubWorld();
  octokit = octokitFor(world);
});
afterEach(async () => {
  await world.close();
});

describe('fault injection', () => {
  it('fails the next `count` requests of a route with the given status, then recovers', async () => {
    const fault = world.faults.add({ route: 'POST /repos/{owner}/{repo}/issues', status: 502, count: 2 });
    for (let i = 0; i < 2; i++) {
      await expect(octokit.rest.issues.create({ ...repo, title: 'x' })).rejects.toMatchObject({ status: 502 });
    }
    expect((await octokit.rest.issues.create({ ...repo, title: 'x' })).status).toBe(201);
    expect(fault.hits).toBe(2);
    expect(world.state.issues).toHaveLength(1); // failed requests had no side effect
    expect(world.requests.map((r) => r.status)).toEqual([502, 502, 201]);
  });

  it('answers GitHub\'s secondary rate limit: 403 with retry-after and the documented message', async () => {
    world.faults.secondaryRateLimit('GET /search/issues', { retryAfterSeconds: 2 });
    const error = await octokit.rest.search.issuesAndPullRequests({ q: 'is:issue drift' }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 403,
      response: {
        headers: { 'retry-after': '2' },
        data: {
          message: expect.stringContaining(SECONDARY_RATE_LIMIT_MESSAGE),
          documentation_url: expect.stringContaining('secondary-rate-limits'),
        },
      },
    });
    expect((await octokit.rest.search.issuesAndPullRequests({ q: 'is:issue drift' })).status).toBe(200);
  });

  it('supports 429, 500, custom headers and bodies, concrete paths and `*`', async () => {
    world.faults.add({ route: 'GET /repos/octo-org/churn-model/issues/1', status: 429, headers: { 'retry-after': '1' } });
    world.faults.add({ route: '*', status: 500, body: { message: 'boom' } });
    world.seedIssue({ title: 'x' });
    await expect(octokit.rest.issues.get({ ...repo, issue_number: 1 })).rejects.toMatchObject({
      status: 429,
      response: { headers: { 'retry-after': '1' } },
    });
    await expect(octokit.rest.issues.listLabelsForRepo(repo)).rejects.toMatchObject({ status: 500, response: { data: { message: 'boom' } } });
    expect((await octokit.rest.issues.get({ ...repo, issue_number: 1 })).status).toBe(200);
    world.faults.add({ route: '*', status: 503, count: 5 });
    world.faults.clear();
    expect((await octokit.rest.issues.get({ ...repo, issue_number: 1 })).status).toBe(200);
  });

  it('can delay a faulted answer', async () => {
    world.faults.add({ route: 'GET /repos/{owner}/{repo}', status: 503, delayMs: 150 });
    const start = Date.now();
    await expect(octokit.rest.repos.get(repo)).rejects.toMatchObject({ status: 503 });
    expect(Date.now() - start).toBeGreaterThanOrEqual(145);
  });
});
