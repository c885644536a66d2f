// Team approvers through the GitHub world's REST API: a member may decide, a non-member or a pending invitation
// may not, and a token that cannot read team membership is named as the problem (403 for App tokens such as
// the workflow's GITHUB_TOKEN, 404 + X-OAuth-Scopes for a classic PAT without read:org), with nothing written.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { newGroupName, readPackage, registerPackage, runStep, startWorlds, type Worlds } from './worlds.js';

let worlds: Worlds;
beforeAll(async () => {
  worlds = await startWorlds();
  worlds.github.seedTeam('octo-org/ml-reviewers', { members: ['carol'], maintainers: ['dave'], pending: ['erin'] });
});
afterAll(async () => worlds?.close());
beforeEach(() => worlds.github.setTokenAccess({ kind: 'app', members: 'read' }));

const APPROVERS = 'alice\nocto-org/ml-reviewers';

function membershipRequests(): string[] {
  return worlds.github.requests.filter((r) => r.route?.includes('/teams/')).map((r) => `${r.path} ${r.status}`);
}

describe('team approvers', () => {
  test('a member of the team approves (the membership is read with the token)', async () => {
    const arn = await registerPackage(worlds, newGroupName());
    const result = await runStep(worlds, { 'model-package-arn': arn, mode: 'approve', approvers: APPROVERS }, { actor: 'Carol' });
    expect(result.errors).toEqual([]);
    expect((await readPackage(worlds, arn)).ModelApprovalStatus).toBe('Approved');
    expect(result.summary).toContain('member of octo-org/ml-reviewers');
    expect(membershipRequests()).toContain('/orgs/octo-org/teams/ml-reviewers/memberships/Carol 200');
  });

  test('a maintainer counts as a member', async () => {
    const arn = await registerPackage(worlds, newGroupName());
    const result = await runStep(worlds, { 'model-package-arn': arn, mode: 'approve', approvers: APPROVERS }, { actor: 'dave' });
    expect(result.errors).toEqual([]);
  });

  test('someone outside the team, and a pending invitation, are refused; nothing is written', async () => {
    for (const actor of ['mallory', 'erin']) {
      const arn = await registerPackage(worlds, newGroupName());
      const result = await runStep(worlds, { 'model-package-arn': arn, mode: 'approve', approvers: APPROVERS }, { actor });
      expect(result.exitCode, actor).toBe(1);
      expect(result.errors[0]).toMatch(
        new RegExp(`^@${actor} may not approve this model package: not among the approvers \\(@alice, team octo-org/ml-reviewers\\)\\. Nothing was written\\.`),
      );
      expect((await readPackage(worlds, arn)).ModelApprovalStatus).toBe('PendingManualApproval');
    }
    expect(membershipRequests()).toContain('/orgs/octo-org/teams/ml-reviewers/memberships/erin 200');
  });

  test("the workflow's GITHUB_TOKEN (an App token without Members: read) gets the explanatory error, not 'not an approver'", async () => {
    worlds.github.setTokenAccess({ kind: 'app', members: 'none' });
    const arn = await registerPackage(worlds, newGroupName());
    const result = await runStep(worlds, { 'model-package-arn': arn, mode: 'approve', approvers: APPROVERS }, { actor: 'carol' });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(
      /^Could not tell whether @carol may approve: @carol is not listed by login, and team membership could not be read \(octo-org\/ml-reviewers: GitHub refused to show the team's membership \(403 Resource not accessible by integration\)\)\. Nothing was written\.\nHint: Give github-token a token that can read the organization's team membership/,
    );
    expect((await readPackage(worlds, arn)).ModelApprovalStatus).toBe('PendingManualApproval');
  });

  test('a classic PAT without read:org (GitHub answers 404) gets the explanatory error too', async () => {
    worlds.github.setTokenAccess({ kind: 'classic', scopes: ['repo', 'workflow'] });
    const arn = await registerPackage(worlds, newGroupName());
    const result = await runStep(worlds, { 'model-package-arn': arn, mode: 'reject', comment: 'no', approvers: APPROVERS }, { actor: 'carol' });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toContain("the token's scopes (repo, workflow) do not include read:org, so GitHub answers 404 for any team membership");
    expect((await readPackage(worlds, arn)).ModelApprovalStatus).toBe('PendingManualApproval');
  });

  test('a classic PAT with read:org works', async () => {
    worlds.github.setTokenAccess({ kind: 'classic', scopes: ['repo', 'read:org'] });
    const arn = await registerPackage(worlds, newGroupName());
    const result = await runStep(worlds, { 'model-package-arn': arn, mode: 'approve', approvers: APPROVERS }, { actor: 'carol' });
    expect(result.errors).toEqual([]);
  });

  test('a team that does not exist (or the token cannot see) is said to be that, not a refusal of the person', async () => {
    const arn = await registerPackage(worlds, newGroupName());
    const result = await runStep(worlds, { 'model-package-arn': arn, mode: 'approve', approvers: 'octo-org/ml-reviewrs' }, { actor: 'carol' });
    expect(result.errors[0]).toContain('team octo-org/ml-reviewrs does not exist, or the token cannot see it (404)');
  });

  test('a listed login needs no token and no GitHub call', async () => {
    const before = worlds.github.requests.length;
    const arn = await registerPackage(worlds, newGroupName());
    const result = await runStep(worlds, { 'model-package-arn': arn, mode: 'approve', approvers: APPROVERS, 'github-token': '' }, { actor: 'alice' });
    expect(result.errors).toEqual([]);
    expect(worlds.github.requests.slice(before)).toEqual([]);
  });

  test('the token is masked and never reaches the log, outputs or summary', async () => {
    const arn = await registerPackage(worlds, newGroupName());
    const result = await runStep(
      worlds,
      { 'model-package-arn': arn, mode: 'approve', approvers: APPROVERS, 'github-token': worlds.github.token },
      { actor: 'carol' },
    );
    expect(result.errors).toEqual([]);
    expect(result.main.masks).toContain(worlds.github.token);
    // Raw output, before the runner's masking: only the add-mask command itself may carry it.
    const stdout = result.main.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    const everything = [...stdout, result.main.stderr, result.summary, JSON.stringify(result.outputs), JSON.stringify(result.main.state)].join('\n');
    expect(everything).not.toContain(worlds.github.token);
  });
});
