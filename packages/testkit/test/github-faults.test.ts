import { describe, expect, it } from 'vitest';
import { SECONDARY_RATE_LIMIT_MESSAGE } from '../src/index.js';
import { repo, useGitHubWorld } from './fixtures/github-world.js';

const gh = useGitHubWorld();

describe('fault injection', () => {
  it('fails the next `count` requests of a route with the given status, then recovers', async () => {
    const fault = gh.world.faults.add({ route: 'POST /repos/{owner}/{repo}/issues', status: 502, count: 2 });
    for (let i = 0; i < 2; i++) {
      await expect(gh.octokit.rest.issues.create({ ...repo, title: 'x' })).rejects.toMatchObject({ status: 502 });
    }
    expect((await gh.octokit.rest.issues.create({ ...repo, title: 'x' })).status).toBe(201);
    expect(fault.hits).toBe(2);
    expect(gh.world.state.issues).toHaveLength(1); // failed requests had no side effect
    expect(gh.world.requests.map((r) => r.status)).toEqual([502, 502, 201]);
  });

  it("answers GitHub's secondary rate limit: 403 with retry-after and the documented message", async () => {
    gh.world.faults.secondaryRateLimit('GET /search/issues', { retryAfterSeconds: 2 });
    const error = await gh.octokit.rest.search.issuesAndPullRequests({ q: 'is:issue drift' }).catch((e: unknown) => e);
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
    expect((await gh.octokit.rest.search.issuesAndPullRequests({ q: 'is:issue drift' })).status).toBe(200);
  });

  it('supports 429, 500, custom headers and bodies, concrete paths and `*`', async () => {
    gh.world.faults.add({ route: 'GET /repos/octo-org/churn-model/issues/1', status: 429, headers: { 'retry-after': '1' } });
    gh.world.faults.add({ route: '*', status: 500, body: { message: 'boom' } });
    gh.world.seedIssue({ title: 'x' });
    await expect(gh.octokit.rest.issues.get({ ...repo, issue_number: 1 })).rejects.toMatchObject({
      status: 429,
      response: { headers: { 'retry-after': '1' } },
    });
    await expect(gh.octokit.rest.issues.listLabelsForRepo(repo)).rejects.toMatchObject({ status: 500, response: { data: { message: 'boom' } } });
    expect((await gh.octokit.rest.issues.get({ ...repo, issue_number: 1 })).status).toBe(200);
    gh.world.faults.add({ route: '*', status: 503, count: 5 });
    gh.world.faults.clear();
    expect((await gh.octokit.rest.issues.get({ ...repo, issue_number: 1 })).status).toBe(200);
  });

  it('can delay a faulted answer', async () => {
    gh.world.faults.add({ route: 'GET /repos/{owner}/{repo}', status: 503, delayMs: 150 });
    const start = Date.now();
    await expect(gh.octokit.rest.repos.get(repo)).rejects.toMatchObject({ status: 503 });
    expect(Date.now() - start).toBeGreaterThanOrEqual(145);
  });
});
