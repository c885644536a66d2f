// The GitHub world's in-memory state. Records use GitHub's field names; REST shapes are derived in shapes.ts.

export interface IssueRecord {
  id: number;
  node_id: string;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
  /** Label names, in the order they were added. */
  labels: string[];
  assignees: string[];
  locked: boolean;
  /** Login of the author. */
  user: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  closed_by: string | null;
}

export interface CommentRecord {
  id: number;
  node_id: string;
  issue_number: number;
  body: string;
  user: string;
  created_at: string;
  updated_at: string;
}

export interface LabelRecord {
  id: number;
  node_id: string;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export type DispatchRecord =
  | { kind: 'repository_dispatch'; event_type: string; client_payload: Record<string, unknown>; at: string }
  | { kind: 'workflow_dispatch'; workflow_id: string; ref: string; inputs: Record<string, unknown>; at: string };

export interface DeploymentRecord {
  id: number;
  node_id: string;
  sha: string;
  ref: string;
  task: string;
  payload: unknown;
  original_environment: string;
  environment: string;
  description: string | null;
  creator: string;
  created_at: string;
  updated_at: string;
  transient_environment: boolean;
  production_environment: boolean;
  auto_merge: boolean;
  required_contexts: string[] | null;
}

export type DeploymentState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

export interface DeploymentStatusRecord {
  id: number;
  node_id: string;
  deployment_id: number;
  state: DeploymentState;
  creator: string;
  description: string;
  environment: string;
  target_url: string;
  log_url: string;
  environment_url: string;
  created_at: string;
  updated_at: string;
}

/** A team of an organization: its members (active) and pending invitations, by login. */
export interface TeamRecord {
  id: number;
  org: string;
  slug: string;
  name: string;
  privacy: 'closed' | 'secret';
  members: Array<{ login: string; role: 'member' | 'maintainer' }>;
  /** Invited, not yet accepted: GitHub answers their membership with state "pending". */
  pending: string[];
}

/**
 * What the world's token may read of organizations, and whether it may read and write deployments. GitHub answers a token that may not read members with 403
 * (GitHub App installation tokens, the workflow's GITHUB_TOKEN included, and fine-grained PATs without Members:
 * read: "Resource not accessible by integration" / "... by personal access token"), or with 404 (classic PATs
 * and OAuth tokens without read:org, whose scopes every answer names in X-OAuth-Scopes).
 */
export type TokenAccess =
  | { kind: 'app'; members: 'read' | 'none'; deployments?: RepositoryPermission }
  | { kind: 'fine-grained'; members: 'read' | 'none'; deployments?: RepositoryPermission }
  | { kind: 'classic'; scopes: string[] };

/**
 * A repository permission of an App or fine-grained token (default write: what `permissions: deployments: write`
 * gives the workflow's GITHUB_TOKEN). Without it GitHub answers 403 "Resource not accessible by integration" (or
 * "... by personal access token"); a classic token needs the repo or repo_deployment scope, else 404.
 */
export type RepositoryPermission = 'write' | 'read' | 'none';

export interface WorldState {
  issues: IssueRecord[];
  comments: CommentRecord[];
  labels: LabelRecord[];
  dispatches: DispatchRecord[];
  deployments: DeploymentRecord[];
  deploymentStatuses: DeploymentStatusRecord[];
  /** Branch and tag names -> commit SHA; deployments and workflow dispatches resolve refs here. */
  refs: Record<string, string>;
  teams: TeamRecord[];
  /** Default: an installation token that may read members (what a GitHub App token with Members: read is). */
  tokenAccess: TokenAccess;
}

export function emptyState(defaultSha: string): WorldState {
  return {
    issues: [],
    comments: [],
    labels: [],
    dispatches: [],
    deployments: [],
    deploymentStatuses: [],
    refs: { main: defaultSha },
    teams: [],
    tokenAccess: { kind: 'app', members: 'read' },
  };
}

/** Increasing ids shaped like GitHub's (large, distinct per resource type). */
export class IdSequence {
  private next: Record<string, number> = {};

  take(kind: string, start: number): number {
    const id = this.next[kind] ?? start;
    this.next[kind] = id + 1;
    return id;
  }
}

/** GitHub's node ids are opaque base64 strings with a type prefix. */
export function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(`${prefix}:${id}`).toString('base64url')}`;
}

export function timestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
