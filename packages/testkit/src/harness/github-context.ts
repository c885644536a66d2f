// The `github` context of a run, shared by the harness (GITHUB_* variables) and the GitHub world (OIDC claims),
// so that a token's claims and the step's environment describe the same run.

export interface GitHubRunContext {
  repository: string;
  repositoryId: string;
  repositoryOwnerId: string;
  repositoryVisibility: 'private' | 'public' | 'internal';
  ref: string;
  refProtected: boolean;
  sha: string;
  eventName: string;
  /** The webhook payload written to GITHUB_EVENT_PATH; merged over a default payload for `eventName`. */
  event: Record<string, unknown>;
  runId: string;
  runNumber: string;
  runAttempt: string;
  job: string;
  workflow: string;
  /** Path of the workflow file in the repository, e.g. `.github/workflows/mlops.yml`. */
  workflowPath: string;
  actor: string;
  actorId: string;
  triggeringActor: string;
  headRef: string;
  baseRef: string;
  serverUrl: string;
  /** Defaults to a closed loopback port so that an action run without a world never reaches the internet. */
  apiUrl: string;
  graphqlUrl: string;
  /** `github.token`; default: env GITHUB_TOKEN, else a random `ghs_` token. */
  token: string;
  retentionDays: string;
}

export const DEFAULT_REPOSITORY = 'octo-org/churn-model';

const DEFAULTS: Omit<GitHubRunContext, 'event' | 'token' | 'graphqlUrl'> = {
  repository: DEFAULT_REPOSITORY,
  repositoryId: '812734651',
  repositoryOwnerId: '190284756',
  repositoryVisibility: 'private',
  ref: 'refs/heads/main',
  refProtected: true,
  sha: '3f4c9a1e6b7d2c8f0a5e9b1d4c7f2a6e8b0d3c5f',
  eventName: 'push',
  runId: '14503987201',
  runNumber: '42',
  runAttempt: '1',
  job: 'mlops',
  workflow: 'MLOps',
  workflowPath: '.github/workflows/mlops.yml',
  actor: 'octocat',
  actorId: '583231',
  triggeringActor: 'octocat',
  headRef: '',
  baseRef: '',
  serverUrl: 'https://github.com',
  apiUrl: 'http://127.0.0.1:1',
  retentionDays: '90',
};

export function resolveGitHubContext(overrides: Partial<GitHubRunContext> = {}, token?: string): GitHubRunContext {
  const base = { ...DEFAULTS, ...overrides };
  return {
    ...base,
    graphqlUrl: overrides.graphqlUrl ?? `${base.apiUrl}/graphql`,
    token: overrides.token ?? token ?? `ghs_${randomToken(36)}`,
    event: { ...defaultEvent(base), ...(overrides.event ?? {}) },
  };
}

export function randomToken(length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(Math.random() * alphabet.length)];
  return out;
}

export function repositoryOwner(repository: string): string {
  return repository.split('/')[0] ?? repository;
}

/** `refs/heads/main` -> `main`, `refs/tags/v1` -> `v1`, `refs/pull/7/merge` -> `7/merge` (as GITHUB_REF_NAME does). */
export function refName(ref: string): string {
  return ref.replace(/^refs\/(heads|tags|pull)\//, '');
}

export function refType(ref: string): 'branch' | 'tag' | '' {
  if (ref.startsWith('refs/heads/')) return 'branch';
  if (ref.startsWith('refs/tags/')) return 'tag';
  return '';
}

/** `octo-org/churn-model/.github/workflows/mlops.yml@refs/heads/main` (github.workflow_ref). */
export function workflowRef(ctx: Pick<GitHubRunContext, 'repository' | 'workflowPath' | 'ref'>): string {
  return `${ctx.repository}/${ctx.workflowPath}@${ctx.ref}`;
}

/** The GITHUB_* variables the runner exports from the github context (GitHubContext._contextEnvAllowlist). */
export function githubEnvironment(ctx: GitHubRunContext): Record<string, string> {
  return {
    GITHUB_ACTOR: ctx.actor,
    GITHUB_ACTOR_ID: ctx.actorId,
    GITHUB_API_URL: ctx.apiUrl,
    GITHUB_BASE_REF: ctx.baseRef,
    GITHUB_EVENT_NAME: ctx.eventName,
    GITHUB_GRAPHQL_URL: ctx.graphqlUrl,
    GITHUB_HEAD_REF: ctx.headRef,
    GITHUB_JOB: ctx.job,
    GITHUB_REF: ctx.ref,
    GITHUB_REF_NAME: refName(ctx.ref),
    GITHUB_REF_PROTECTED: String(ctx.refProtected),
    GITHUB_REF_TYPE: refType(ctx.ref),
    GITHUB_REPOSITORY: ctx.repository,
    GITHUB_REPOSITORY_ID: ctx.repositoryId,
    GITHUB_REPOSITORY_OWNER: repositoryOwner(ctx.repository),
    GITHUB_REPOSITORY_OWNER_ID: ctx.repositoryOwnerId,
    GITHUB_RETENTION_DAYS: ctx.retentionDays,
    GITHUB_RUN_ATTEMPT: ctx.runAttempt,
    GITHUB_RUN_ID: ctx.runId,
    GITHUB_RUN_NUMBER: ctx.runNumber,
    GITHUB_SERVER_URL: ctx.serverUrl,
    GITHUB_SHA: ctx.sha,
    GITHUB_TRIGGERING_ACTOR: ctx.triggeringActor,
    GITHUB_WORKFLOW: ctx.workflow,
    GITHUB_WORKFLOW_REF: workflowRef(ctx),
    GITHUB_WORKFLOW_SHA: ctx.sha,
  };
}

function defaultEvent(ctx: Omit<GitHubRunContext, 'event' | 'token' | 'graphqlUrl'>): Record<string, unknown> {
  const [owner = '', name = ''] = ctx.repository.split('/');
  const repository = {
    id: Number(ctx.repositoryId),
    name,
    full_name: ctx.repository,
    private: ctx.repositoryVisibility !== 'public',
    visibility: ctx.repositoryVisibility,
    owner: { login: owner, id: Number(ctx.repositoryOwnerId), type: 'Organization' },
    html_url: `${ctx.serverUrl}/${ctx.repository}`,
    default_branch: 'main',
  };
  const sender = { login: ctx.actor, id: Number(ctx.actorId), type: 'User' };
  switch (ctx.eventName) {
    case 'push':
      return {
        ref: ctx.ref,
        before: '0000000000000000000000000000000000000000',
        after: ctx.sha,
        repository,
        pusher: { name: ctx.actor },
        sender,
        head_commit: { id: ctx.sha, message: 'Update training data', author: { username: ctx.actor } },
        commits: [],
      };
    case 'workflow_dispatch':
      return { inputs: {}, ref: ctx.ref, repository, sender, workflow: ctx.workflowPath };
    case 'repository_dispatch':
      // POST /repos/{owner}/{repo}/dispatches: action = event_type; the run is on the default branch.
      return { action: 'dispatch', branch: 'main', client_payload: {}, repository, sender };
    case 'schedule':
      return { schedule: '0 6 * * *', workflow: ctx.workflowPath };
    default:
      return { repository, sender };
  }
}
