/**
 * The local GitHub world: a fake REST API (the routes the actions use) and the Actions OIDC token endpoint on a
 * free 127.0.0.1 port, answering the real @octokit/rest and @actions/core.
 *
 * ```ts
 * const world = await startGitHubWorld({ repository?, token?, claims?, github?, searchIndexDelayMs? });
 * const octokit = new Octokit({ auth: world.token, baseUrl: world.apiUrl });
 * world.env()                    // GITHUB_API_URL, GITHUB_SERVER_URL, GITHUB_TOKEN, GITHUB_REPOSITORY,
 *                                // ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN (omitted with { idToken: false })
 * world.state.issues / comments / labels / dispatches / deployments / deploymentStatuses / refs
 * world.requests                 // { method, path, route, query, body, authOk, status }
 * world.faults.add({ route: 'POST /repos/{owner}/{repo}/issues', status: 502, count: 2 })
 * world.faults.secondaryRateLimit('GET /search/issues', { retryAfterSeconds: 1 })
 * world.faults.add({ route: 'POST /repos/{owner}/{repo}/deployments', status: 502, afterHandling: true })  // created, answer lost
 * world.faults.add({ route: 'POST /repos/{owner}/{repo}/dispatches', status: 500, afterHandling: true, reset: true })  // sent, connection reset
 * world.rateLimits.exhaust('search')          // search: 30/min, core: 1000/h, x-ratelimit-* on every answer
 * world.oidc.issued / jwks / issuer / setClaims({ environment: 'prod' })
 * world.seedIssue({ title, labels }) / seedComment(n, body) / seedLabel(name)
 * world.seedTeam('octo-org/ml-reviewers', { members: ['alice'], pending: ['carol'] })   // GET /orgs/{org}/teams/{team_slug}[/memberships/{username}]
 * world.setTokenAccess({ kind: 'app', members: 'none' })   // 403 'Resource not accessible by integration' (the workflow's GITHUB_TOKEN)
 * world.setTokenAccess({ kind: 'classic', scopes: ['repo'] })  // 404 + X-OAuth-Scopes: repo (a PAT without read:org)
 * world.setTokenAccess({ kind: 'app', members: 'read', deployments: 'read' })  // deployment writes: 403 (permissions: deployments: read)
 * await world.close()
 * ```
 *
 * Behaviour worth knowing:
 * - REST answers need `Authorization: token|Bearer <world.token>` (401 "Bad credentials" otherwise); only the
 *   world's repository exists (other repositories are 404).
 * - Everything is created by `github-actions[bot]`; labels named on issues are created on the fly, like GitHub.
 * - /search/issues requires is:issue or is:pull-request in q (GitHub's 422 since 2025), matches words and
 *   "phrases" case-insensitively, and sorts by last update unless `sort` is given.
 * - OIDC tokens carry GitHub's claim set (all custom claims are strings), iss https://token.actions.githubusercontent.com,
 *   nbf = iat - 600, exp = iat + 300; the signing key is shared by worlds of one process (first start ~60 ms).
 * - Pass the same `github` overrides to startGitHubWorld and runAction so that claims and GITHUB_* agree.
 */
export {
  startGitHubWorld,
  type GitHubWorld,
  type GitHubWorldOptions,
  type RecordedRequest,
  type WorldEnvOptions,
} from './world.js';
export { GitHubFaults, SECONDARY_RATE_LIMIT_MESSAGE, type ActiveGitHubFault, type GitHubFaultSpec } from './faults.js';
export { RateLimits, type RateResource, type RateWindow } from './rate-limits.js';
export {
  OidcProvider,
  OIDC_ISSUER,
  OIDC_LIFETIME_S,
  OIDC_NOT_BEFORE_SKEW_S,
  subjectOf,
  type ClaimTemplate,
  type IssuedToken,
  type OidcClaims,
} from './oidc.js';
export { verifyJwt, type DecodedJwt, type RsaJwk } from './jwt.js';
export { ACTIONS_BOT } from './shapes.js';
export type {
  CommentRecord,
  DeploymentRecord,
  DeploymentState,
  DeploymentStatusRecord,
  DispatchRecord,
  IssueRecord,
  LabelRecord,
  TeamRecord,
  RepositoryPermission,
  TokenAccess,
  WorldState,
} from './store.js';
