// Deployments and deployment statuses, newest first, with auto_inactive on success as GitHub does it, the
// Deployments permission of the token (App/fine-grained: 403; classic without repo/repo_deployment: 404), and
// GitHub's 140-character limit on descriptions.
import { ApiError, invalidRequest, notFound, validationFailed } from '../api-error.js';
import { pagedResponse } from '../pagination.js';
import { bodyOf, created, type Route, type RouteRequest, type RouteResponse } from '../router.js';
import { deploymentShape, deploymentStatusShape } from '../shapes.js';
import { nodeId, type DeploymentRecord, type DeploymentState, type DeploymentStatusRecord } from '../store.js';
import { assertRepository, nowStamp, resolveRef, type WorldContext } from '../world-context.js';

const DEPLOYMENT_DOCS = 'https://docs.github.com/rest/deployments/deployments';
const STATUS_DOCS = 'https://docs.github.com/rest/deployments/statuses';
const STATES: DeploymentState[] = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'];

const DEPLOYMENT_SCOPES = ['repo', 'repo_deployment'];
const DESCRIPTION_LIMIT = 140;

/** What GitHub answers a token without the Deployments permission it needs (checked after the repository). */
function assertDeploymentAccess(w: WorldContext, params: Record<string, string>, need: 'read' | 'write', docs: string): void {
  assertRepository(w, params);
  const access = w.state.tokenAccess;
  if (access.kind === 'classic') {
    if (!access.scopes.some((s) => DEPLOYMENT_SCOPES.includes(s)))
      throw new ApiError(404, 'Not Found', { documentation_url: docs }, { 'x-accepted-oauth-scopes': 'repo, repo_deployment' });
    return;
  }
  const has = access.deployments ?? 'write';
  if (has === 'write' || (has === 'read' && need === 'read')) return;
  throw new ApiError(403, `Resource not accessible by ${access.kind === 'app' ? 'integration' : 'personal access token'}`, { documentation_url: docs });
}

/** GitHub refuses descriptions longer than 140 characters. */
function assertDescription(body: Record<string, unknown>, resource: string, docs: string): void {
  if (typeof body.description === 'string' && body.description.length > DESCRIPTION_LIMIT) {
    throw validationFailed(
      [{ resource, code: 'custom', field: 'description', message: `description is too long (maximum is ${DESCRIPTION_LIMIT} characters)` }],
      docs,
    );
  }
}

function findDeployment(w: WorldContext, id: string | undefined): DeploymentRecord {
  const deployment = w.state.deployments.find((d) => String(d.id) === id);
  if (!deployment) throw notFound();
  return deployment;
}

function createDeployment(req: RouteRequest): RouteResponse {
  const w = req.world;
  const body = bodyOf(req);
  const docs = `${DEPLOYMENT_DOCS}#create-a-deployment`;
  assertDeploymentAccess(w, req.params, 'write', docs);
  assertDescription(body, 'Deployment', docs);
  if (typeof body.ref !== 'string' || body.ref === '') throw invalidRequest('"ref" wasn\'t supplied.', docs);
  const sha = resolveRef(w.state, body.ref, docs);
  const environment = typeof body.environment === 'string' && body.environment ? body.environment : 'production';
  const id = w.ids.take('deployment', 2_071_000_001);
  const at = nowStamp(w);
  const deployment: DeploymentRecord = {
    id,
    node_id: nodeId('DE', id),
    sha,
    ref: body.ref,
    task: typeof body.task === 'string' && body.task ? body.task : 'deploy',
    // GitHub stores a string payload as given and an object as JSON.
    payload: body.payload ?? {},
    original_environment: environment,
    environment,
    description: typeof body.description === 'string' ? body.description : null,
    creator: w.actor,
    created_at: at,
    updated_at: at,
    transient_environment: body.transient_environment === true,
    production_environment: typeof body.production_environment === 'boolean' ? body.production_environment : environment === 'production',
    auto_merge: body.auto_merge !== false,
    required_contexts: Array.isArray(body.required_contexts) ? body.required_contexts.map(String) : null,
  };
  w.state.deployments.push(deployment);
  return created(deploymentShape(w, deployment));
}

function listDeployments(req: RouteRequest): RouteResponse {
  const w = req.world;
  assertDeploymentAccess(w, req.params, 'read', `${DEPLOYMENT_DOCS}#list-deployments`);
  const q = req.url.searchParams;
  const deployments = w.state.deployments
    .filter((d) => !q.get('sha') || d.sha === q.get('sha'))
    .filter((d) => !q.get('ref') || d.ref === q.get('ref'))
    .filter((d) => !q.get('task') || d.task === q.get('task'))
    .filter((d) => !q.get('environment') || d.environment === q.get('environment'))
    .sort((a, b) => b.id - a.id);
  return pagedResponse(req, deployments, (d) => deploymentShape(w, d));
}

function latestStatus(w: WorldContext, deploymentId: number): DeploymentStatusRecord | undefined {
  return w.state.deploymentStatuses.filter((s) => s.deployment_id === deploymentId).sort((a, b) => b.id - a.id)[0];
}

function insertStatus(
  w: WorldContext,
  deployment: DeploymentRecord,
  fields: Partial<DeploymentStatusRecord> & { state: DeploymentState },
): DeploymentStatusRecord {
  const id = w.ids.take('deployment-status', 5_512_000_001);
  const at = nowStamp(w);
  const status: DeploymentStatusRecord = {
    id,
    node_id: nodeId('DES', id),
    deployment_id: deployment.id,
    state: fields.state,
    creator: w.actor,
    description: fields.description ?? '',
    environment: fields.environment ?? deployment.environment,
    target_url: fields.target_url ?? '',
    log_url: fields.log_url ?? '',
    environment_url: fields.environment_url ?? '',
    created_at: at,
    updated_at: at,
  };
  w.state.deploymentStatuses.push(status);
  deployment.updated_at = at;
  return status;
}

function createStatus(req: RouteRequest): RouteResponse {
  const w = req.world;
  const docs = `${STATUS_DOCS}#create-a-deployment-status`;
  assertDeploymentAccess(w, req.params, 'write', docs);
  const deployment = findDeployment(w, req.params.deployment_id);
  const body = bodyOf(req);
  assertDescription(body, 'DeploymentStatus', docs);
  if (!STATES.includes(body.state as DeploymentState)) {
    throw validationFailed([{ resource: 'DeploymentStatus', code: 'invalid', field: 'state', value: body.state }], docs);
  }
  const text = (key: string): string | undefined => (typeof body[key] === 'string' ? (body[key] as string) : undefined);
  if (text('environment')) deployment.environment = text('environment') as string;
  const status = insertStatus(w, deployment, {
    state: body.state as DeploymentState,
    description: text('description'),
    environment: text('environment'),
    // log_url and target_url are aliases; log_url wins.
    target_url: text('log_url') ?? text('target_url'),
    log_url: text('log_url') ?? text('target_url'),
    environment_url: text('environment_url'),
  });
  // auto_inactive (default true): a success marks earlier non-transient, non-production deployments of the same
  // environment inactive.
  if (status.state === 'success' && body.auto_inactive !== false) {
    for (const other of w.state.deployments) {
      if (other.id === deployment.id || other.environment !== deployment.environment) continue;
      if (other.transient_environment || other.production_environment) continue;
      if (latestStatus(w, other.id)?.state === 'success') insertStatus(w, other, { state: 'inactive', environment: other.environment });
    }
  }
  return created(deploymentStatusShape(w, status));
}

export const deploymentRoutes: Route[] = [
  { method: 'POST', template: '/repos/{owner}/{repo}/deployments', handle: createDeployment },
  { method: 'GET', template: '/repos/{owner}/{repo}/deployments', handle: listDeployments },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/deployments/{deployment_id}',
    handle: (req) => {
      assertDeploymentAccess(req.world, req.params, 'read', `${DEPLOYMENT_DOCS}#get-a-deployment`);
      return { status: 200, body: deploymentShape(req.world, findDeployment(req.world, req.params.deployment_id)) };
    },
  },
  { method: 'POST', template: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', handle: createStatus },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    handle: (req) => {
      const w = req.world;
      assertDeploymentAccess(w, req.params, 'read', `${STATUS_DOCS}#list-deployment-statuses`);
      const deployment = findDeployment(w, req.params.deployment_id);
      const statuses = w.state.deploymentStatuses.filter((s) => s.deployment_id === deployment.id).sort((a, b) => b.id - a.id);
      return pagedResponse(req, statuses, (s) => deploymentStatusShape(w, s));
    },
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}',
    handle: (req) => {
      const w = req.world;
      assertDeploymentAccess(w, req.params, 'read', `${STATUS_DOCS}#get-a-deployment-status`);
      const deployment = findDeployment(w, req.params.deployment_id);
      const status = w.state.deploymentStatuses.find((s) => s.deployment_id === deployment.id && String(s.id) === req.params.status_id);
      if (!status) throw notFound();
      return { status: 200, body: deploymentStatusShape(w, status) };
    },
  },
];
