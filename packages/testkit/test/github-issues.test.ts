import { describe, expect, it } from 'vitest';
import { ACTIONS_BOT } from '../src/index.js';
import { repo, useGitHubWorld } from './fixtures/github-world.js';
import { octokitFor } from './fixtures/octokit.js';

const gh = useGitHubWorld();

describe('issues', () => {
  it("creates an issue with GitHub's shape, status, headers and auto-created labels", async () => {
    const res = await gh.octokit.rest.issues.create({ ...repo, title: 'Drift detected: churn-model', body: 'PSI 0.31', labels: ['drift'] });
    expect(res.status).toBe(201);
    expect(res.headers['x-ratelimit-limit']).toBe('1000');
    expect(res.headers['x-ratelimit-remaining']).toBe('999');
    expect(res.headers['x-ratelimit-resource']).toBe('core');
    expect(Number(res.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000);
    expect(res.headers.location).toBe(`${gh.world.apiUrl}/repos/octo-org/churn-model/issues/1`);
    expect(res.data).toMatchObject({
      number: 1,
      title: 'Drift detected: churn-model',
      body: 'PSI 0.31',
      state: 'open',
      state_reason: null,
      locked: false,
      comments: 0,
      closed_at: null,
      url: `${gh.world.apiUrl}/repos/octo-org/churn-model/issues/1`,
      html_url: `${gh.world.serverUrl}/octo-org/churn-model/issues/1`,
      user: { login: ACTIONS_BOT.login, id: ACTIONS_BOT.id, type: 'Bot' },
      labels: [{ name: 'drift', color: 'ededed', default: false }],
    });
    expect(res.data.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(gh.world.state.issues).toHaveLength(1);
    expect(gh.world.state.labels.map((l) => l.name)).toEqual(['drift']);
    expect(gh.world.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: '/repos/octo-org/churn-model/issues',
      route: 'POST /repos/{owner}/{repo}/issues',
      authOk: true,
      status: 201,
      body: { title: 'Drift detected: churn-model', body: 'PSI 0.31', labels: ['drift'] },
    });
  });

  it('answers 422 Validation Failed without a title', async () => {
    const error = await gh.octokit.rest.issues.create({ ...repo, title: '' }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 422,
      response: { data: { message: 'Validation Failed', errors: [{ resource: 'Issue', code: 'missing_field', field: 'title' }] } },
    });
  });

  it('gets, updates and closes with state_reason, then reopens', async () => {
    const { data: created } = await gh.octokit.rest.issues.create({ ...repo, title: 'Retrain failed' });
    const { data: got } = await gh.octokit.rest.issues.get({ ...repo, issue_number: created.number });
    expect(got.id).toBe(created.id);

    const { data: closed } = await gh.octokit.rest.issues.update({
      ...repo,
      issue_number: created.number,
      state: 'closed',
      state_reason: 'not_planned',
      body: 'No longer relevant',
    });
    expect(closed).toMatchObject({ state: 'closed', state_reason: 'not_planned', body: 'No longer relevant' });
    expect(closed.closed_at).not.toBeNull();
    expect(closed.closed_by?.login).toBe(ACTIONS_BOT.login);

    const { data: reopened } = await gh.octokit.rest.issues.update({ ...repo, issue_number: created.number, state: 'open' });
    expect(reopened).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null });

    const { data: done } = await gh.octokit.rest.issues.update({ ...repo, issue_number: created.number, state: 'closed' });
    expect(done.state_reason).toBe('completed');

    const missing = await gh.octokit.rest.issues.get({ ...repo, issue_number: 99 }).catch((e: unknown) => e);
    expect(missing).toMatchObject({ status: 404, response: { data: { message: 'Not Found' } } });
  });

  it('lists issues with state and labels filters, newest first', async () => {
    gh.world.seedIssue({ title: 'a', labels: ['drift'] });
    gh.world.seedIssue({ title: 'b', labels: ['drift', 'churn-model'] });
    gh.world.seedIssue({ title: 'c', labels: ['drift'], state: 'closed' });
    gh.world.seedIssue({ title: 'd' });
    const titles = async (params: { state?: 'open' | 'closed' | 'all'; labels?: string }): Promise<string[]> =>
      (await gh.octokit.rest.issues.listForRepo({ ...repo, ...params })).data.map((i) => i.title);
    expect(await titles({})).toEqual(['d', 'b', 'a']);
    expect(await titles({ labels: 'drift' })).toEqual(['b', 'a']);
    expect(await titles({ labels: 'drift,churn-model' })).toEqual(['b']);
    expect(await titles({ state: 'closed' })).toEqual(['c']);
    expect(await titles({ state: 'all', labels: 'drift' })).toEqual(['c', 'b', 'a']);
  });

  it('paginates with per_page/page and a Link header that octokit.paginate follows', async () => {
    for (let i = 1; i <= 7; i++) gh.world.seedIssue({ title: `issue ${i}` });
    const first = await gh.octokit.rest.issues.listForRepo({ ...repo, per_page: 3 });
    expect(first.data.map((i) => i.number)).toEqual([7, 6, 5]);
    expect(first.headers.link).toBe(
      `<${gh.world.apiUrl}/repos/octo-org/churn-model/issues?per_page=3&page=2>; rel="next", <${gh.world.apiUrl}/repos/octo-org/churn-model/issues?per_page=3&page=3>; rel="last"`,
    );
    const last = await gh.octokit.rest.issues.listForRepo({ ...repo, per_page: 3, page: 3 });
    expect(last.data.map((i) => i.number)).toEqual([1]);
    expect(last.headers.link).toContain('rel="prev"');
    expect(last.headers.link).toContain('rel="first"');
    expect(last.headers.link).not.toContain('rel="next"');
    const all = await gh.octokit.paginate(gh.octokit.rest.issues.listForRepo, { ...repo, per_page: 3 });
    expect(all.map((i) => i.number)).toEqual([7, 6, 5, 4, 3, 2, 1]);
  });

  it('rejects a wrong or missing token with 401 Bad credentials, and an unknown repository with 404', async () => {
    const wrong = octokitFor(gh.world, 'ghs_wrong');
    const error = await wrong.rest.issues.listForRepo(repo).catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 401,
      response: { data: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' } },
    });
    const anonymous = octokitFor(gh.world, '');
    await expect(anonymous.rest.issues.listForRepo(repo)).rejects.toMatchObject({ status: 401 });
    expect(gh.world.requests.map((r) => r.authOk)).toEqual([false, false]);
    const bearer = await fetch(`${gh.world.apiUrl}/repos/octo-org/churn-model/issues`, { headers: { authorization: `Bearer ${gh.world.token}` } });
    expect(bearer.status).toBe(200);
    await expect(gh.octokit.rest.issues.listForRepo({ owner: 'octo-org', repo: 'other' })).rejects.toMatchObject({ status: 404 });
  });
});

describe('issue comments', () => {
  it('creates, lists (paginated) and updates comments', async () => {
    const issue = gh.world.seedIssue({ title: 'Drift detected' });
    const { status, data: comment } = await gh.octokit.rest.issues.createComment({ ...repo, issue_number: issue.number, body: 'Still drifting' });
    expect(status).toBe(201);
    expect(comment).toMatchObject({
      body: 'Still drifting',
      issue_url: `${gh.world.apiUrl}/repos/octo-org/churn-model/issues/${issue.number}`,
      html_url: `${gh.world.serverUrl}/octo-org/churn-model/issues/${issue.number}#issuecomment-${comment.id}`,
      user: { login: ACTIONS_BOT.login },
    });
    await gh.octokit.rest.issues.createComment({ ...repo, issue_number: issue.number, body: 'second' });
    await gh.octokit.rest.issues.createComment({ ...repo, issue_number: issue.number, body: 'third' });
    const page = await gh.octokit.rest.issues.listComments({ ...repo, issue_number: issue.number, per_page: 2 });
    expect(page.data.map((c) => c.body)).toEqual(['Still drifting', 'second']);
    expect(page.headers.link).toContain('rel="next"');
    const all = await gh.octokit.paginate(gh.octokit.rest.issues.listComments, { ...repo, issue_number: issue.number, per_page: 2 });
    expect(all).toHaveLength(3);

    const { data: updated } = await gh.octokit.rest.issues.updateComment({ ...repo, comment_id: comment.id, body: 'Edited' });
    expect(updated.body).toBe('Edited');
    expect(gh.world.state.comments.find((c) => c.id === comment.id)?.body).toBe('Edited');
    expect((await gh.octokit.rest.issues.get({ ...repo, issue_number: issue.number })).data.comments).toBe(3);
  });
});

describe('labels', () => {
  it('creates and lists labels, refuses duplicates, and adds labels to an issue', async () => {
    const { status, data } = await gh.octokit.rest.issues.createLabel({ ...repo, name: 'drift', color: 'd73a4a', description: 'Data drift' });
    expect(status).toBe(201);
    expect(data).toMatchObject({ name: 'drift', color: 'd73a4a', description: 'Data drift', default: false });
    const dup = await gh.octokit.rest.issues.createLabel({ ...repo, name: 'Drift' }).catch((e: unknown) => e);
    expect(dup).toMatchObject({ status: 422, response: { data: { errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] } } });

    const issue = gh.world.seedIssue({ title: 'x' });
    const added = await gh.octokit.rest.issues.addLabels({ ...repo, issue_number: issue.number, labels: ['drift', 'needs-retrain'] });
    expect(added.status).toBe(200);
    expect(added.data.map((l) => l.name)).toEqual(['drift', 'needs-retrain']);
    const again = await gh.octokit.rest.issues.addLabels({ ...repo, issue_number: issue.number, labels: ['DRIFT'] });
    expect(again.data.map((l) => l.name)).toEqual(['drift', 'needs-retrain']);
    const listed = await gh.octokit.rest.issues.listLabelsForRepo(repo);
    expect(listed.data.map((l) => l.name)).toEqual(['drift', 'needs-retrain']);
  });
});
