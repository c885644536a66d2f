// REST representations of the world's records, in the shapes api.github.com returns.
import type { CommentRecord, DeploymentRecord, DeploymentStatusRecord, IssueRecord, LabelRecord, WorldState } from './store.js';

export interface ShapeContext {
  apiUrl: string;
  serverUrl: string;
  repository: string;
  repositoryId: number;
  ownerId: number;
  state: WorldState;
}

/** The identity behind a GITHUB_TOKEN. */
export const ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282 };

const KNOWN_USERS: Record<string, { id: number; type: 'User' | 'Bot' | 'Organization' }> = {
  [ACTIONS_BOT.login]: { id: ACTIONS_BOT.id, type: 'Bot' },
  octocat: { id: 583231, type: 'User' },
};

export function userShape(c: ShapeContext, login: string): Record<string, unknown> {
  const known = KNOWN_USERS[login] ?? { id: 1000 + [...login].reduce((n, ch) => n + ch.charCodeAt(0), 0), type: 'User' };
  const url = `${c.apiUrl}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id: known.id,
    node_id: Buffer.from(`04:${known.type}${known.id}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/u/${known.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: known.type === 'Bot' ? `${c.serverUrl}/apps/${login.replace(/\[bot\]$/, '')}` : `${c.serverUrl}/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: known.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

const repoApi = (c: ShapeContext): string => `${c.apiUrl}/repos/${c.repository}`;

export function labelShape(c: ShapeContext, label: LabelRecord): Record<string, unknown> {
  return {
    id: label.id,
    node_id: label.node_id,
    url: `${repoApi(c)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    default: label.default,
    description: label.description,
  };
}

const emptyReactions = (url: string): Record<string, unknown> => ({
  url: `${url}/reactions`,
  total_count: 0,
  '+1': 0,
  '-1': 0,
  laugh: 0,
  hooray: 0,
  confused: 0,
  heart: 0,
  rocket: 0,
  eyes: 0,
});

export function issueShape(c: ShapeContext, issue: IssueRecord): Record<string, unknown> {
  const url = `${repoApi(c)}/issues/${issue.number}`;
  const labels = issue.labels
    .map((name) => c.state.labels.find((l) => l.name.toLowerCase() === name.toLowerCase()))
    .filter((l): l is LabelRecord => l !== undefined)
    .map((l) => labelShape(c, l));
  const assignees = issue.assignees.map((login) => userShape(c, login));
  return {
    url,
    repository_url: repoApi(c),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${c.serverUrl}/${c.repository}/issues/${issue.number}`,
    id: issue.id,
    node_id: issue.node_id,
    number: issue.number,
    title: issue.title,
    user: userShape(c, issue.user),
    labels,
    state: issue.state,
    locked: issue.locked,
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    comments: c.state.comments.filter((cm) => cm.issue_number === issue.number).length,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    author_association: 'NONE',
    type: null,
    active_lock_reason: null,
    sub_issues_summary: { total: 0, completed: 0, percent_completed: 0 },
    body: issue.body,
    closed_by: issue.closed_by ? userShape(c, issue.closed_by) : null,
    reactions: emptyReactions(url),
    timeline_url: `${url}/timeline`,
    performed_via_github_app: null,
    state_reason: issue.state_reason,
  };
}

export function commentShape(c: ShapeContext, comment: CommentRecord): Record<string, unknown> {
  const url = `${repoApi(c)}/issues/comments/${comment.id}`;
  return {
    url,
    html_url: `${c.serverUrl}/${c.repository}/issues/${comment.issue_number}#issuecomment-${comment.id}`,
    issue_url: `${repoApi(c)}/issues/${comment.issue_number}`,
    id: comment.id,
    node_id: comment.node_id,
    user: userShape(c, comment.user),
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    author_association: 'NONE',
    body: comment.body,
    reactions: emptyReactions(url),
    performed_via_github_app: null,
  };
}

export function deploymentShape(c: ShapeContext, d: DeploymentRecord): Record<string, unknown> {
  const url = `${repoApi(c)}/deployments/${d.id}`;
  return {
    url,
    id: d.id,
    node_id: d.node_id,
    task: d.task,
    original_environment: d.original_environment,
    environment: d.environment,
    description: d.description,
    created_at: d.created_at,
    updated_at: d.updated_at,
    statuses_url: `${url}/statuses`,
    repository_url: repoApi(c),
    creator: userShape(c, d.creator),
    sha: d.sha,
    ref: d.ref,
    payload: d.payload,
    transient_environment: d.transient_environment,
    production_environment: d.production_environment,
    performed_via_github_app: null,
  };
}

export function deploymentStatusShape(c: ShapeContext, s: DeploymentStatusRecord): Record<string, unknown> {
  const deploymentUrl = `${repoApi(c)}/deployments/${s.deployment_id}`;
  return {
    url: `${deploymentUrl}/statuses/${s.id}`,
    id: s.id,
    node_id: s.node_id,
    state: s.state,
    creator: userShape(c, s.creator),
    description: s.description,
    environment: s.environment,
    target_url: s.target_url,
    created_at: s.created_at,
    updated_at: s.updated_at,
    deployment_url: deploymentUrl,
    repository_url: repoApi(c),
    environment_url: s.environment_url,
    log_url: s.log_url,
    performed_via_github_app: null,
  };
}

export function repositoryShape(c: ShapeContext, visibility: string): Record<string, unknown> {
  const [owner = '', name = ''] = c.repository.split('/');
  return {
    id: c.repositoryId,
    node_id: Buffer.from(`010:Repository${c.repositoryId}`).toString('base64'),
    name,
    full_name: c.repository,
    private: visibility !== 'public',
    owner: { ...userShape(c, owner), id: c.ownerId, type: 'Organization' },
    html_url: `${c.serverUrl}/${c.repository}`,
    description: 'Churn prediction model',
    fork: false,
    url: repoApi(c),
    default_branch: 'main',
    visibility,
    has_issues: true,
    archived: false,
    disabled: false,
  };
}
