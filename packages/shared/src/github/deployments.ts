// GitHub Deployments and their statuses: the record of what went to an environment, shown on the repository's
// environments page. Writes are idempotent: a deployment carries a key (run, attempt, job, step) in its payload,
// so a step that runs again in the same job attempt, or a create whose answer was lost, finds the deployment it
// made instead of making another one.
import { sleep } from '../runtime/cancellation.js';
import { mayHaveTakenEffect, type GitHubClient } from './client.js';

export type DeploymentStatusState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

export interface DeploymentTarget {
  owner: string;
  repo: string;
  environment: string;
}

export interface NewDeployment extends DeploymentTarget {
  /** Commit SHA or ref that was deployed. */
  ref: string;
  /** Up to 140 characters (GitHub refuses longer). */
  description: string;
  /** Tells this deployment apart from any other: the same key finds it again (see deploymentKey). */
  key: string;
  /** More to keep in the payload (what was deployed). */
  payload?: Record<string, unknown>;
}

/** The key of the deployment one step of one job attempt makes. */
export function deploymentKey(run: { runId: string; runAttempt: string; job: string; stepId: string }): string {
  return `run ${run.runId} attempt ${run.runAttempt} job ${run.job} step ${run.stepId}`;
}

/** GitHub's limit on descriptions of deployments and statuses. */
const DESCRIPTION_LIMIT = 140;
/** How far back (newest first) a deployment of this key, or the one replaced, is looked for. */
const LOOK_BACK = 30;
const CREATE_ATTEMPTS = 4;

const short = (text: string): string => (text.length <= DESCRIPTION_LIMIT ? text : `${text.slice(0, DESCRIPTION_LIMIT - 1)}…`);

interface ListedDeployment {
  id: number;
  payload?: unknown;
}

function keyOf(payload: unknown): string | undefined {
  const parsed = typeof payload === 'string' ? safeJson(payload) : payload;
  const key = (parsed as { mlopsActionsKey?: unknown } | null | undefined)?.mlopsActionsKey;
  return typeof key === 'string' ? key : undefined;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function recentDeployments(client: GitHubClient, target: DeploymentTarget, sha?: string): Promise<ListedDeployment[]> {
  const { data } = await client.request('GET /repos/{owner}/{repo}/deployments', {
    owner: target.owner,
    repo: target.repo,
    environment: target.environment,
    ...(sha ? { sha } : {}),
    per_page: LOOK_BACK,
  });
  return data as ListedDeployment[];
}

/** The deployment made earlier with this key (same environment and commit), if any. */
export async function findDeployment(client: GitHubClient, target: DeploymentTarget, key: string, sha?: string): Promise<number | undefined> {
  const found = (await recentDeployments(client, target, sha)).filter((d) => keyOf(d.payload) === key);
  // Should two exist (made by an older version), the first one made is the record.
  return found.length ? Math.min(...found.map((d) => d.id)) : undefined;
}

/**
 * The deployment of `spec.key`: the one made earlier, or a new one. The create is not retried blindly (a 5xx may
 * come after GitHub made it): after such a failure the key is looked up first. Rate limits are waited out by the
 * client. Returns whether it already existed.
 */
export async function ensureDeployment(client: GitHubClient, spec: NewDeployment, signal?: AbortSignal): Promise<{ id: number; existed: boolean }> {
  const sha = /^[0-9a-f]{40}$/i.test(spec.ref) ? spec.ref : undefined;
  for (let attempt = 1; ; attempt += 1) {
    const existing = await findDeployment(client, spec, spec.key, sha);
    if (existing !== undefined) return { id: existing, existed: attempt === 1 };
    try {
      const { data } = await client.request('POST /repos/{owner}/{repo}/deployments', {
        owner: spec.owner,
        repo: spec.repo,
        ref: spec.ref,
        environment: spec.environment,
        description: short(spec.description),
        auto_merge: false,
        required_contexts: [],
        payload: { ...spec.payload, mlopsActionsKey: spec.key },
        // Not retried by the client: whether it happened is looked up above instead.
        request: { retries: 0 },
      });
      const id = (data as { id?: unknown }).id;
      if (typeof id !== 'number') throw new Error(`GitHub did not create the deployment: ${JSON.stringify(data).slice(0, 200)}`);
      return { id, existed: false };
    } catch (error) {
      if (!mayHaveTakenEffect(error) || attempt >= CREATE_ATTEMPTS) throw error;
      await sleep(1_000 * 2 ** (attempt - 1), signal);
    }
  }
}

export interface StatusFields {
  state: DeploymentStatusState;
  description: string;
  /** The run's page (GitHub shows it as "View logs"). */
  logUrl?: string;
  environmentUrl?: string;
}

/**
 * Adds a status unless the deployment's latest status already says the same (a re-run of the step, or a create
 * whose answer was lost and retried by the client, adds nothing twice in a row).
 */
export async function setDeploymentStatus(client: GitHubClient, target: DeploymentTarget, id: number, fields: StatusFields): Promise<boolean> {
  const latest = await latestStatus(client, target, id);
  if (latest?.state === fields.state && latest.description === short(fields.description)) return false;
  await client.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
    owner: target.owner,
    repo: target.repo,
    deployment_id: id,
    state: fields.state,
    description: short(fields.description),
    ...(fields.logUrl ? { log_url: fields.logUrl } : {}),
    ...(fields.environmentUrl ? { environment_url: fields.environmentUrl } : {}),
    environment: target.environment,
    // GitHub marks the environment's earlier successful deployments inactive (not production ones: see below).
    auto_inactive: true,
  });
  return true;
}

async function latestStatus(client: GitHubClient, target: DeploymentTarget, id: number): Promise<{ state: string; description: string } | undefined> {
  const { data } = await client.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
    owner: target.owner,
    repo: target.repo,
    deployment_id: id,
    per_page: 1,
  });
  const [first] = data as Array<{ state: string; description?: string | null }>;
  return first ? { state: first.state, description: first.description ?? '' } : undefined;
}

/**
 * Marks inactive the deployment `id` replaced: the newest earlier deployment of the environment whose latest
 * status is success. GitHub's auto_inactive does this itself, except for production environments (its docs:
 * "non-transient, non-production"), so this finds nothing to do in the common case. Earlier deployments that
 * failed are left as they are. Returns the ids marked.
 */
export async function inactivateReplaced(client: GitHubClient, target: DeploymentTarget, id: number): Promise<number[]> {
  const earlier = (await recentDeployments(client, target)).filter((d) => d.id < id).sort((a, b) => b.id - a.id);
  for (const deployment of earlier) {
    const latest = await latestStatus(client, target, deployment.id);
    if (latest?.state === 'inactive') return [];
    if (latest?.state !== 'success') continue;
    await client.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
      owner: target.owner,
      repo: target.repo,
      deployment_id: deployment.id,
      state: 'inactive',
      description: short(`Replaced by deployment ${id}`),
      environment: target.environment,
      auto_inactive: false,
    });
    return [deployment.id];
  }
  return [];
}
