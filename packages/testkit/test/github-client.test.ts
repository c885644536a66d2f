// The shared GitHub client (packages/shared/src/github/client.ts) against the GitHub world: real Octokit over
// real HTTP. It must sit out what GitHub asks it to sit out, retry 5xx, and give up with the error otherwise.
import { createGitHubClient, gitHubStatus } from '@mlops-actions/shared/github';
import { describe, expect, it } from 'vitest';
import { repo, useGitHubWorld } from './fixtures/github-world.js';

const gh = useGitHubWorld();

function client(lines: string[] = [], extra: { retries?: number; maxRateLimitWaitSeconds?: number } = {}) {
  return createGitHubClient({ token: gh.world.token, baseUrl: gh.world.apiUrl, log: (l) => lines.push(l), retryAfterBaseValueMs: 1, ...extra });
}

describe('createGitHubClient', () => {
  it('waits out a secondary rate limit for the Retry-After GitHub gives, logs it once, and the request succeeds', async () => {
    const fault = gh.world.faults.secondaryRateLimit('POST /repos/{owner}/{repo}/issues', { retryAfterSeconds: 1 });
    const lines: string[] = [];
    const created = await client(lines).request('POST /repos/{owner}/{repo}/issues', { ...repo, title: 'drift' });
    expect(created.status).toBe(201);
    expect(fault.hits).toBe(1);
    expect(gh.world.state.issues).toHaveLength(1);
    expect(lines).toEqual([expect.stringMatching(/secondary rate limit on POST .*waiting 1 s/)]);
  });

  it('gives up on a secondary rate limit that asks for longer than the caller accepts, with the 403', async () => {
    gh.world.faults.secondaryRateLimit('GET /repos/{owner}/{repo}/issues', { retryAfterSeconds: 600 });
    const lines: string[] = [];
    const error = await client(lines, { maxRateLimitWaitSeconds: 60 })
      .request('GET /repos/{owner}/{repo}/issues', repo)
      .catch((e: unknown) => e);
    expect(gitHubStatus(error)).toBe(403);
    expect(lines.join('\n')).toMatch(/giving up \(Retry-After 600 s/);
  });

  it('tries a 5xx again and then succeeds; a 404 is not retried', async () => {
    const fault = gh.world.faults.add({ route: 'GET /repos/{owner}/{repo}', status: 502, count: 2 });
    expect((await client().request('GET /repos/{owner}/{repo}', repo)).status).toBe(200);
    expect(fault.hits).toBe(2);
    const before = gh.world.requests.length;
    const missing = await client()
      .request('GET /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: 999 })
      .catch((e: unknown) => e);
    expect(gitHubStatus(missing)).toBe(404);
    expect(gh.world.requests.length - before).toBe(1);
  });

  it('stops after `retries` failed attempts and surfaces the last status', async () => {
    gh.world.faults.add({ route: 'GET /repos/{owner}/{repo}', status: 503, count: 10 });
    const error = await client([], { retries: 2 })
      .request('GET /repos/{owner}/{repo}', repo)
      .catch((e: unknown) => e);
    expect(gitHubStatus(error)).toBe(503);
    expect(gh.world.requests.filter((r) => r.status === 503)).toHaveLength(3);
  });

  it('pages through a listing', async () => {
    for (let i = 0; i < 5; i++) gh.world.seedIssue({ title: `issue ${i}` });
    const issues = await client().paginate('GET /repos/{owner}/{repo}/issues', { ...repo, per_page: 2 });
    expect(issues.map((i) => (i as { title: string }).title).sort()).toEqual(['issue 0', 'issue 1', 'issue 2', 'issue 3', 'issue 4']);
  });
});
