// Organization teams: GET /orgs/{org}/teams/{team_slug} and GET /orgs/{org}/teams/{team_slug}/memberships/{username},
// with GitHub's answers for tokens that may not read members (see TokenAccess in store.ts): 403 for App and
// fine-grained tokens without Members: read, 404 for classic tokens without read:org (their scopes are in the
// X-OAuth-Scopes header of every answer, added by world.ts).
import { ApiError } from '../api-error.js';
import type { Route, RouteRequest } from '../router.js';
import type { TeamRecord } from '../store.js';
import type { WorldContext } from '../world-context.js';

const MEMBERSHIP_DOCS = 'https://docs.github.com/rest/teams/members#get-team-membership-for-a-user';
const TEAM_DOCS = 'https://docs.github.com/rest/teams/teams#get-a-team-by-name';
const ORG_SCOPES = ['read:org', 'write:org', 'admin:org'];
/** What GitHub names in X-Accepted-OAuth-Scopes for the team endpoints. */
const ACCEPTED_SCOPES = 'admin:org, read:org, repo, user, write:org';

/** Throws what GitHub answers when the token may not read the organization's members. */
function assertMembersReadable(w: WorldContext, docs: string): void {
  const access = w.state.tokenAccess;
  if (access.kind === 'classic') {
    if (!access.scopes.some((s) => ORG_SCOPES.includes(s)))
      throw new ApiError(404, 'Not Found', { documentation_url: docs }, { 'x-accepted-oauth-scopes': ACCEPTED_SCOPES });
    return;
  }
  if (access.members === 'none') {
    const by = access.kind === 'app' ? 'integration' : 'personal access token';
    throw new ApiError(403, `Resource not accessible by ${by}`, { documentation_url: docs });
  }
}

export function findTeam(w: WorldContext, org: string, slug: string): TeamRecord | undefined {
  return w.state.teams.find((t) => t.org.toLowerCase() === org.toLowerCase() && t.slug.toLowerCase() === slug.toLowerCase());
}

function teamShape(w: WorldContext, t: TeamRecord): Record<string, unknown> {
  const url = `${w.apiUrl}/organizations/${t.id}/team/${t.id}`;
  return {
    id: t.id,
    node_id: Buffer.from(`04:Team${t.id}`).toString('base64'),
    url,
    html_url: `${w.serverUrl}/orgs/${t.org}/teams/${t.slug}`,
    name: t.name,
    slug: t.slug,
    description: null,
    privacy: t.privacy,
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${url}/members{/member}`,
    repositories_url: `${url}/repos`,
    parent: null,
    members_count: t.members.length,
    repos_count: 0,
    organization: { login: t.org, url: `${w.apiUrl}/orgs/${t.org}` },
  };
}

function getTeam(req: RouteRequest) {
  assertMembersReadable(req.world, TEAM_DOCS);
  const team = findTeam(req.world, req.params.org ?? '', req.params.team_slug ?? '');
  if (!team) throw new ApiError(404, 'Not Found', { documentation_url: TEAM_DOCS });
  return { status: 200, body: teamShape(req.world, team) };
}

function getMembership(req: RouteRequest) {
  assertMembersReadable(req.world, MEMBERSHIP_DOCS);
  const team = findTeam(req.world, req.params.org ?? '', req.params.team_slug ?? '');
  const login = (req.params.username ?? '').toLowerCase();
  if (!team) throw new ApiError(404, 'Not Found', { documentation_url: MEMBERSHIP_DOCS });
  const url = `${req.world.apiUrl}/organizations/${team.id}/team/${team.id}/memberships/${req.params.username}`;
  const member = team.members.find((m) => m.login.toLowerCase() === login);
  if (member) return { status: 200, body: { url, role: member.role, state: 'active' } };
  if (team.pending.some((p) => p.toLowerCase() === login)) return { status: 200, body: { url, role: 'member', state: 'pending' } };
  throw new ApiError(404, 'Not Found', { documentation_url: MEMBERSHIP_DOCS });
}

export const teamRoutes: Route[] = [
  { method: 'GET', template: '/orgs/{org}/teams/{team_slug}', handle: getTeam },
  { method: 'GET', template: '/orgs/{org}/teams/{team_slug}/memberships/{username}', handle: getMembership },
];
