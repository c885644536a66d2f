// Team membership through the REST API. GitHub hides what a token may not see: a token without access to the
// organization's members gets 403 (a GitHub App or fine-grained token without Members: read, which includes the
// workflow's GITHUB_TOKEN) or 404 (a classic PAT or OAuth token without read:org, which GitHub tells apart by its
// X-OAuth-Scopes header). So "no" is only said when the answer can mean nothing else, and "cannot tell" says why.
import { gitHubMessage, gitHubStatus, type GitHubClient } from './client.js';

export type TeamMembership =
  | { kind: 'member'; role: string }
  /** `detail`: e.g. that an invitation is still pending. */
  | { kind: 'not-member'; detail: string }
  /** The token cannot read the team's membership (or the team does not exist for it): `detail` says which. */
  | { kind: 'unreadable'; detail: string };

/** Classic scopes that let a token read team membership. */
const ORG_READ_SCOPES = ['read:org', 'write:org', 'admin:org'];

interface ErrorWithResponse {
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
  message?: string;
}

/** The token's classic OAuth scopes when GitHub reports them (X-OAuth-Scopes), else undefined (App and fine-grained tokens). */
function oauthScopes(error: unknown): string[] | undefined {
  const headers = (error as ErrorWithResponse).response?.headers ?? {};
  const header = Object.entries(headers).find(([name]) => name.toLowerCase() === 'x-oauth-scopes')?.[1];
  return header === undefined
    ? undefined
    : header
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}

/** Whether `username` is an active member of `org/teamSlug`. Throws only for failures that are not about access (5xx after retries, network). */
export async function teamMembership(client: GitHubClient, org: string, teamSlug: string, username: string): Promise<TeamMembership> {
  try {
    const { data } = await client.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { org, team_slug: teamSlug, username });
    const { state, role } = data as { state?: string; role?: string };
    if (state === 'active') return { kind: 'member', role: role ?? 'member' };
    return { kind: 'not-member', detail: `@${username}'s membership of ${org}/${teamSlug} is ${state ?? 'not active'} (an invitation not yet accepted)` };
  } catch (error) {
    const status = gitHubStatus(error);
    if (status === 401) return { kind: 'unreadable', detail: `GitHub did not accept the token (401 ${gitHubMessage(error)})` };
    if (status === 403) return { kind: 'unreadable', detail: `GitHub refused to show the team's membership (403 ${gitHubMessage(error)})` };
    if (status !== 404) throw error;
    const scopes = oauthScopes(error);
    if (scopes && !scopes.some((s) => ORG_READ_SCOPES.includes(s))) {
      return {
        kind: 'unreadable',
        detail: `the token's scopes (${scopes.join(', ') || 'none'}) do not include read:org, so GitHub answers 404 for any team membership`,
      };
    }
    // 404 is "not a member" only if the token can see the team itself.
    return teamVisible(client, org, teamSlug, username);
  }
}

async function teamVisible(client: GitHubClient, org: string, teamSlug: string, username: string): Promise<TeamMembership> {
  try {
    await client.request('GET /orgs/{org}/teams/{team_slug}', { org, team_slug: teamSlug });
    return { kind: 'not-member', detail: `@${username} is not a member of ${org}/${teamSlug}` };
  } catch (error) {
    const status = gitHubStatus(error);
    if (status === 404) return { kind: 'unreadable', detail: `team ${org}/${teamSlug} does not exist, or the token cannot see it (404)` };
    if (status === 401 || status === 403)
      return { kind: 'unreadable', detail: `GitHub refused to show team ${org}/${teamSlug} (${status} ${gitHubMessage(error)})` };
    throw error;
  }
}
