import { beforeEach, describe, expect, it } from 'vitest';
import { startGitHubWorld } from '../src/index.js';
import { useGitHubWorld } from './fixtures/github-world.js';
import { octokitFor } from './fixtures/octokit.js';

const gh = useGitHubWorld();

beforeEach(() => {
  gh.world.seedIssue({ title: 'Model drift detected: churn-model', body: 'PSI above threshold', labels: ['drift', 'churn-model'] });
  gh.world.seedIssue({ title: 'Retrain churn-model', body: 'Scheduled retrain after drift', labels: ['retrain'] });
  gh.world.seedIssue({ title: 'Old drift report', body: 'resolved', labels: ['drift'], state: 'closed' });
  gh.world.seedIssue({ title: 'Docs typo', body: 'model drift detected in README wording' });
  gh.world.seedComment(2, 'Drift confirmed by the data team');
});

const numbers = async (q: string): Promise<number[]> =>
  (await gh.octokit.rest.search.issuesAndPullRequests({ q })).data.items.map((i) => i.number).sort((a, b) => a - b);

describe('GET /search/issues', () => {
  it('returns total_count, incomplete_results and items in the issue shape with a score', async () => {
    const res = await gh.octokit.rest.search.issuesAndPullRequests({ q: 'repo:octo-org/churn-model is:issue is:open drift' });
    expect(res.status).toBe(200);
    expect(res.data.total_count).toBe(3);
    expect(res.data.incomplete_results).toBe(false);
    expect(res.data.items[0]).toMatchObject({ score: 1, state: 'open', repository_url: `${gh.world.apiUrl}/repos/octo-org/churn-model` });
    expect(res.headers['x-ratelimit-resource']).toBe('search');
    expect(res.headers['x-ratelimit-limit']).toBe('30');
    expect(res.headers['x-ratelimit-remaining']).toBe('29');
  });

  it('supports repo:, is:open|closed, label:, -label:, in:title and "quoted phrases"', async () => {
    const base = 'repo:octo-org/churn-model is:issue';
    expect(await numbers(`${base} drift`)).toEqual([1, 2, 3, 4]); // title, body or comments
    expect(await numbers(`${base} is:closed drift`)).toEqual([3]);
    expect(await numbers(`${base} state:open label:drift`)).toEqual([1]);
    expect(await numbers(`${base} label:drift label:churn-model`)).toEqual([1]);
    expect(await numbers(`${base} drift -label:drift`)).toEqual([2, 4]);
    expect(await numbers(`${base} "model drift detected"`)).toEqual([1, 4]);
    expect(await numbers(`${base} "model drift detected" in:title`)).toEqual([1]);
    expect(await numbers(`${base} "drift detected: churn-model" in:title`)).toEqual([1]);
    expect(await numbers(`${base} confirmed in:comments`)).toEqual([2]);
    expect(await numbers('repo:octo-org/other is:issue drift')).toEqual([]);
    expect(await numbers(`${base} no:label`)).toEqual([4]);
  });

  it('requires q, and is:issue or is:pull-request in it, with 422 Validation Failed', async () => {
    await expect(gh.octokit.rest.search.issuesAndPullRequests({ q: '' })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: 'Search', field: 'q', code: 'missing' }] } },
    });
    await expect(gh.octokit.rest.search.issuesAndPullRequests({ q: 'repo:octo-org/churn-model drift' })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ message: "Query must include 'is:issue' or 'is:pull-request'" }] } },
    });
  });

  it('paginates search results', async () => {
    for (let i = 0; i < 5; i++) gh.world.seedIssue({ title: `flaky metric ${i}` });
    const page = await gh.octokit.rest.search.issuesAndPullRequests({ q: 'is:issue flaky', per_page: 2 });
    expect(page.data.total_count).toBe(5);
    expect(page.data.items).toHaveLength(2);
    expect(page.headers.link).toContain('rel="last"');
    const all = await gh.octokit.paginate(gh.octokit.rest.search.issuesAndPullRequests, { q: 'is:issue flaky', per_page: 2 });
    expect(all).toHaveLength(5);
  });

  it('has its own limit of 30 per minute; the 31st request gets 403 with x-ratelimit-remaining 0', async () => {
    for (let i = 0; i < 30; i++) await gh.octokit.rest.search.issuesAndPullRequests({ q: 'is:issue drift' });
    const error = await gh.octokit.rest.search.issuesAndPullRequests({ q: 'is:issue drift' }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 403,
      response: {
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-resource': 'search' },
        data: { message: expect.stringMatching(/^API rate limit exceeded/) },
      },
    });
    // The core limit is separate.
    expect((await gh.octokit.rest.issues.listForRepo({ owner: 'octo-org', repo: 'churn-model' })).status).toBe(200);
    const { data } = await gh.octokit.rest.rateLimit.get();
    expect(data.resources.search).toMatchObject({ limit: 30, remaining: 0, used: 30 });
  });

  it('can be exhausted directly, answering 429 if configured', async () => {
    gh.world.rateLimits.exhaust('search');
    gh.world.rateLimits.exhaustedStatus = 429;
    await expect(gh.octokit.rest.search.issuesAndPullRequests({ q: 'is:issue drift' })).rejects.toMatchObject({ status: 429 });
  });

  it("lags behind writes when searchIndexDelayMs is set, like GitHub's index", async () => {
    const lagging = await startGitHubWorld({ searchIndexDelayMs: 60_000 });
    try {
      const client = octokitFor(lagging);
      await client.rest.issues.create({ owner: 'octo-org', repo: 'churn-model', title: 'Fresh drift issue' });
      const res = await client.rest.search.issuesAndPullRequests({ q: 'is:issue "fresh drift issue" in:title' });
      expect(res.data.total_count).toBe(0);
    } finally {
      await lagging.close();
    }
  });
});
