// A local GitHub: the REST API routes the actions use, with GitHub's shapes, auth, rate limits and pagination,
// plus the Actions OIDC token endpoint, on a free 127.0.0.1 port.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_REPOSITORY, randomToken, resolveGitHubContext, type GitHubRunContext } from '../harness/github-context.js';
import { ApiError } from './api-error.js';
import { defaultFaultBody, GitHubFaults } from './faults.js';
import { signingKey } from './jwt.js';
import { claimTemplate, OidcProvider, type OidcClaims } from './oidc.js';
import { RateLimits, type RateResource } from './rate-limits.js';
import { Router, type RouteResponse } from './router.js';
import { deploymentRoutes } from './routes/deployments.js';
import { dispatchRoutes } from './routes/dispatches.js';
import { insertComment, insertIssue, issueRoutes } from './routes/issues.js';
import { labelRoutes } from './routes/labels.js';
import { repositoryRoutes } from './routes/repository.js';
import { searchRoutes } from './routes/search.js';
import { teamRoutes } from './routes/teams.js';
import { ACTIONS_BOT } from './shapes.js';
import { emptyState, IdSequence, type CommentRecord, type IssueRecord, type LabelRecord, type TeamRecord, type TokenAccess, type WorldState } from './store.js';
import { insertLabel, type WorldContext } from './world-context.js';

export interface GitHubWorldOptions {
  /** `owner/name`; default octo-org/churn-model. */
  repository?: string;
  /** The token REST requests must present; default a random `ghs_` token. */
  token?: string;
  /** Claims to override in every OIDC token (e.g. `{ environment: 'prod' }`). */
  claims?: Partial<OidcClaims>;
  /** The run the world's tokens and env() describe; defaults match the harness's defaults. */
  github?: Partial<GitHubRunContext>;
  /** Search does not see issues created less than this long ago (GitHub's index lags). Default 0. */
  searchIndexDelayMs?: number;
  /** Require is:issue / is:pull-request in search queries, as GitHub does. Default true. */
  searchRequiresType?: boolean;
  /** Use a freshly generated OIDC signing key instead of the one shared by worlds in this process. */
  freshSigningKey?: boolean;
  /** Clock for timestamps, rate limit windows and token times. */
  now?: () => Date;
}

export interface RecordedRequest {
  method: string;
  path: string;
  /** The route template that matched, e.g. `POST /repos/{owner}/{repo}/issues`. */
  route?: string;
  query: Record<string, string>;
  body: unknown;
  /** Whether the Authorization header carried the world's token. */
  authOk: boolean;
  status: number;
  at: number;
}

export interface WorldEnvOptions {
  /** false: leave out ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN, as the runner does without `permissions: id-token: write`. */
  idToken?: boolean;
}

export interface GitHubWorld {
  /** http://127.0.0.1:<port>, the REST base URL (octokit `baseUrl`, GITHUB_API_URL). */
  apiUrl: string;
  /** Base for html_url links (GITHUB_SERVER_URL); the same server. */
  serverUrl: string;
  repository: string;
  token: string;
  state: WorldState;
  requests: RecordedRequest[];
  faults: GitHubFaults;
  rateLimits: RateLimits;
  oidc: OidcProvider;
  /** Variables for a step running against this world. */
  env(options?: WorldEnvOptions): Record<string, string>;
  seedIssue(fields: { title: string; body?: string; labels?: string[]; state?: 'open' | 'closed'; user?: string }): IssueRecord;
  seedComment(issueNumber: number, body: string, user?: string): CommentRecord;
  seedLabel(name: string, color?: string, description?: string): LabelRecord;
  /** A team of an organization (`org/slug`), with active members and pending invitations. */
  seedTeam(team: string, members: { members: string[]; maintainers?: string[]; pending?: string[]; privacy?: 'closed' | 'secret' }): TeamRecord;
  /** What the world's token may read of organizations (default: an App token with Members: read). */
  setTokenAccess(access: TokenAccess): void;
  close(): Promise<void>;
}

export async function startGitHubWorld(options: GitHubWorldOptions = {}): Promise<GitHubWorld> {
  const repository = options.repository ?? DEFAULT_REPOSITORY;
  const token = options.token ?? `ghs_${randomToken(36)}`;
  const now = options.now ?? (() => new Date());
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const ctx = resolveGitHubContext({ ...options.github, repository, apiUrl: baseUrl, serverUrl: baseUrl, token });
  const [owner = ''] = repository.split('/');
  const context: WorldContext = {
    apiUrl: baseUrl,
    serverUrl: baseUrl,
    repository,
    repositoryId: Number(ctx.repositoryId),
    ownerId: Number(ctx.repositoryOwnerId),
    state: emptyState(ctx.sha),
    ids: new IdSequence(),
    now,
    searchIndexDelayMs: options.searchIndexDelayMs ?? 0,
    searchRequiresType: options.searchRequiresType ?? true,
    actor: ACTIONS_BOT.login,
    visibility: ctx.repositoryVisibility,
  };
  const key = await signingKey(options.freshSigningKey);
  // Token claims name the real github.com, like real tokens, whatever URL the world listens on.
  const oidc = new OidcProvider(baseUrl, key, claimTemplate({ ...ctx, serverUrl: 'https://github.com' }, options.claims), 'https://github.com', now);
  const router = new Router().add([
    ...repositoryRoutes,
    ...issueRoutes,
    ...labelRoutes,
    ...searchRoutes,
    ...dispatchRoutes,
    ...deploymentRoutes,
    ...teamRoutes,
  ]);
  const requests: RecordedRequest[] = [];
  const faults = new GitHubFaults();
  const rateLimits = new RateLimits(now);

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { message: `World error: ${(error as Error).message}` }, {});
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', baseUrl);
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    if (oidc.handle(req, res, url)) return;
    const requestId = `${randomBytes(2).toString('hex').toUpperCase()}:${randomBytes(3).toString('hex').toUpperCase()}:${randomBytes(4).toString('hex').toUpperCase()}`;
    const matched = router.match(method, url.pathname);
    const authOk = authorized(req.headers.authorization, token);
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      route: matched ? `${method} ${matched.route.template}` : undefined,
      query: Object.fromEntries(url.searchParams),
      body: parseJson(raw),
      authOk,
      status: 0,
      at: Date.now(),
    };
    requests.push(record);
    const resource: RateResource = matched?.route.resource === 'search' ? 'search' : 'core';
    const common = { 'x-github-request-id': requestId, 'x-github-api-version-selected': '2022-11-28' };
    // Classic PATs and OAuth tokens: every answer names the token's scopes.
    const access = context.state.tokenAccess;
    const scopes: Record<string, string> = access.kind === 'classic' ? { 'x-oauth-scopes': access.scopes.join(', ') } : {};
    const reply = (status: number, body: unknown, headers: Record<string, string>): void => {
      record.status = status;
      send(res, status, body, { ...common, ...scopes, ...headers });
    };
    if (!authOk) {
      reply(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' }, {});
      return;
    }
    if (method === 'GET' && url.pathname === '/rate_limit') {
      const core = rateLimits.snapshot('core');
      reply(200, { resources: { core, search: rateLimits.snapshot('search') }, rate: core }, rateLimits.headers('core'));
      return;
    }
    const fault = faults.take(method, matched?.route.template, url.pathname);
    if (fault && !fault.afterHandling) {
      if (fault.delayMs > 0) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault.reset) return resetConnection(res, record, fault.status);
      reply(fault.status, fault.body ?? defaultFaultBody(fault.status, requestId), { ...rateLimits.headers(resource), ...fault.headers });
      return;
    }
    if (!matched) {
      reply(404, new ApiError(404, 'Not Found').body(), rateLimits.headers(resource));
      return;
    }
    if (!rateLimits.take(resource)) {
      const exhausted = new ApiError(rateLimits.exhaustedStatus, `API rate limit exceeded for installation ID 1.`, {
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      });
      reply(exhausted.status, exhausted.body(), rateLimits.headers(resource));
      return;
    }
    let response: RouteResponse;
    try {
      if (raw && record.body === undefined) throw new ApiError(400, 'Problems parsing JSON');
      response = matched.route.handle({ params: matched.params, url, body: record.body, world: context });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      response = { status: error.status, body: error.body(), headers: error.headers };
    }
    if (fault) {
      // Carried out, answer lost.
      if (fault.reset) return resetConnection(res, record, fault.status);
      reply(fault.status, fault.body ?? defaultFaultBody(fault.status, requestId), { ...rateLimits.headers(resource), ...fault.headers });
      return;
    }
    reply(response.status, response.body, { ...rateLimits.headers(resource), ...(response.headers ?? {}) });
  }

  return {
    apiUrl: baseUrl,
    serverUrl: baseUrl,
    repository,
    token,
    state: context.state,
    requests,
    faults,
    rateLimits,
    oidc,
    env: (envOptions = {}) => ({
      GITHUB_API_URL: baseUrl,
      GITHUB_SERVER_URL: baseUrl,
      GITHUB_GRAPHQL_URL: `${baseUrl}/graphql`,
      GITHUB_TOKEN: token,
      GITHUB_REPOSITORY: repository,
      GITHUB_REPOSITORY_OWNER: owner,
      ...(envOptions.idToken === false ? {} : { ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken }),
    }),
    seedIssue: (fields) => insertIssue(context, fields),
    seedComment: (issueNumber, body, user) => {
      const issue = context.state.issues.find((i) => i.number === issueNumber);
      if (!issue) throw new Error(`No issue #${issueNumber}`);
      return insertComment(context, issue, body, user);
    },
    seedLabel: (name, color, description) => insertLabel(context, name, color, description ?? null),
    seedTeam: (team, people) => {
      const [org = '', slug = ''] = team.split('/');
      const record: TeamRecord = {
        id: context.ids.take('team', 4_200_001),
        org,
        slug,
        name: slug,
        privacy: people.privacy ?? 'closed',
        members: [
          ...people.members.map((login) => ({ login, role: 'member' as const })),
          ...(people.maintainers ?? []).map((login) => ({ login, role: 'maintainer' as const })),
        ],
        pending: people.pending ?? [],
      };
      context.state.teams.push(record);
      return record;
    },
    setTokenAccess: (access) => {
      context.state.tokenAccess = structuredClone(access);
    },
    close: () => closeServer(server),
  };
}

function authorized(header: string | undefined, token: string): boolean {
  const match = /^(token|bearer)\s+(\S+)$/i.exec(header ?? '');
  return match?.[2] === token;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(raw: string): unknown {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** A connection reset instead of an answer (what a client sees when GitHub's edge drops it). */
function resetConnection(res: ServerResponse, record: { status: number }, status: number): void {
  record.status = status;
  res.socket?.destroy();
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  const text = status === 204 || body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...(text ? { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) } : {}),
    'x-github-media-type': 'github.v3; format=json',
    ...headers,
  });
  res.end(text);
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}
