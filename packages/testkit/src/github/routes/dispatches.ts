// repository_dispatch and workflow_dispatch: both answer 204 No Content and are recorded in state.dispatches.
import { invalidRequest } from '../api-error.js';
import { bodyOf, type Route, type RouteRequest, type RouteResponse } from '../router.js';
import { assertRepository, nowStamp, resolveRef } from '../world-context.js';

const REPO_DISPATCH_DOCS = 'https://docs.github.com/rest/repos/repos#create-a-repository-dispatch-event';
const WORKFLOW_DISPATCH_DOCS = 'https://docs.github.com/rest/actions/workflows#create-a-workflow-dispatch-event';
/** client_payload allows at most 10 top-level properties. */
const MAX_CLIENT_PAYLOAD_PROPERTIES = 10;
/** workflow_dispatch allows at most 25 inputs. */
const MAX_WORKFLOW_INPUTS = 25;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function repositoryDispatch(req: RouteRequest): RouteResponse {
  assertRepository(req.world, req.params);
  const body = bodyOf(req);
  if (typeof body.event_type !== 'string' || body.event_type === '') {
    throw invalidRequest('"event_type" wasn\'t supplied.', REPO_DISPATCH_DOCS);
  }
  if (body.event_type.length > 100) throw invalidRequest('"event_type" is too long (maximum is 100 characters).', REPO_DISPATCH_DOCS);
  const payload = body.client_payload ?? {};
  if (!isObject(payload)) throw invalidRequest("For 'properties/client_payload', not an object.", REPO_DISPATCH_DOCS);
  const count = Object.keys(payload).length;
  if (count > MAX_CLIENT_PAYLOAD_PROPERTIES) {
    throw invalidRequest(`No more than ${MAX_CLIENT_PAYLOAD_PROPERTIES} properties are allowed; ${count} were supplied.`, REPO_DISPATCH_DOCS);
  }
  req.world.state.dispatches.push({ kind: 'repository_dispatch', event_type: body.event_type, client_payload: payload, at: nowStamp(req.world) });
  return { status: 204 };
}

function workflowDispatch(req: RouteRequest): RouteResponse {
  assertRepository(req.world, req.params);
  const body = bodyOf(req);
  if (typeof body.ref !== 'string' || body.ref === '') throw invalidRequest('"ref" wasn\'t supplied.', WORKFLOW_DISPATCH_DOCS);
  resolveRef(req.world.state, body.ref, WORKFLOW_DISPATCH_DOCS);
  const inputs = body.inputs ?? {};
  if (!isObject(inputs)) throw invalidRequest("For 'properties/inputs', not an object.", WORKFLOW_DISPATCH_DOCS);
  const count = Object.keys(inputs).length;
  if (count > MAX_WORKFLOW_INPUTS) {
    throw invalidRequest(`No more than ${MAX_WORKFLOW_INPUTS} properties are allowed; ${count} were supplied.`, WORKFLOW_DISPATCH_DOCS);
  }
  req.world.state.dispatches.push({
    kind: 'workflow_dispatch',
    workflow_id: req.params.workflow_id ?? '',
    ref: body.ref,
    inputs,
    at: nowStamp(req.world),
  });
  return { status: 204 };
}

export const dispatchRoutes: Route[] = [
  { method: 'POST', template: '/repos/{owner}/{repo}/dispatches', handle: repositoryDispatch },
  { method: 'POST', template: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', handle: workflowDispatch },
];
