// Repository labels and the labels of an issue.
import { ApiError, notFound, validationFailed } from '../api-error.js';
import { pagedResponse } from '../pagination.js';
import { bodyOf, created, type Route, type RouteRequest, type RouteResponse } from '../router.js';
import { labelShape } from '../shapes.js';
import type { LabelRecord } from '../store.js';
import { assertRepository, ensureLabel, insertLabel, labelNames, nowStamp, type WorldContext } from '../world-context.js';
import { findIssue } from './issues.js';

const LABEL_DOCS = 'https://docs.github.com/rest/issues/labels';

function createLabel(req: RouteRequest): RouteResponse {
  const w = req.world;
  assertRepository(w, req.params);
  const body = bodyOf(req);
  const docs = `${LABEL_DOCS}#create-a-label`;
  if (typeof body.name !== 'string' || body.name === '') {
    throw validationFailed([{ resource: 'Label', code: 'missing_field', field: 'name' }], docs);
  }
  const color = typeof body.color === 'string' ? body.color.replace(/^#/, '') : 'ededed';
  if (!/^[0-9a-f]{6}$/i.test(color)) throw validationFailed([{ resource: 'Label', code: 'invalid', field: 'color' }], docs);
  if (ensureLabel(w, body.name, false)) {
    throw validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }], docs);
  }
  const label = insertLabel(w, body.name, color, typeof body.description === 'string' ? body.description : null);
  return created(labelShape(w, label));
}

function issueLabels(w: WorldContext, names: string[]): unknown[] {
  return names
    .map((n) => ensureLabel(w, n, false))
    .filter((l): l is LabelRecord => l !== undefined)
    .map((l) => labelShape(w, l));
}

// POST adds, PUT replaces; both create labels the repository does not have yet, as GitHub does.
function setIssueLabels(mode: 'add' | 'replace') {
  return (req: RouteRequest): RouteResponse => {
    const w = req.world;
    assertRepository(w, req.params);
    const issue = findIssue(w, req.params.issue_number);
    const names = labelNames(Array.isArray(req.body) ? req.body : bodyOf(req).labels);
    if (mode === 'add' && names.length === 0) {
      throw validationFailed([{ resource: 'Label', code: 'missing_field', field: 'labels' }], `${LABEL_DOCS}#add-labels-to-an-issue`);
    }
    const canonical = names.map((n) => (ensureLabel(w, n, true) as LabelRecord).name);
    const merged = mode === 'add' ? [...issue.labels, ...canonical] : canonical;
    issue.labels = merged.filter((n, i) => merged.findIndex((m) => m.toLowerCase() === n.toLowerCase()) === i);
    issue.updated_at = nowStamp(w);
    return { status: 200, body: issueLabels(w, issue.labels) };
  };
}

function removeIssueLabel(req: RouteRequest): RouteResponse {
  const w = req.world;
  assertRepository(w, req.params);
  const issue = findIssue(w, req.params.issue_number);
  const name = (req.params.name ?? '').toLowerCase();
  if (!issue.labels.some((l) => l.toLowerCase() === name)) throw new ApiError(404, 'Label does not exist');
  issue.labels = issue.labels.filter((l) => l.toLowerCase() !== name);
  issue.updated_at = nowStamp(w);
  return { status: 200, body: issueLabels(w, issue.labels) };
}

export const labelRoutes: Route[] = [
  { method: 'POST', template: '/repos/{owner}/{repo}/labels', handle: createLabel },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/labels',
    handle: (req) => {
      assertRepository(req.world, req.params);
      return pagedResponse(req, req.world.state.labels, (l) => labelShape(req.world, l));
    },
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/labels/{name}',
    handle: (req) => {
      assertRepository(req.world, req.params);
      const label = ensureLabel(req.world, req.params.name ?? '', false);
      if (!label) throw notFound();
      return { status: 200, body: labelShape(req.world, label) };
    },
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
    handle: (req) => {
      assertRepository(req.world, req.params);
      return { status: 200, body: issueLabels(req.world, findIssue(req.world, req.params.issue_number).labels) };
    },
  },
  { method: 'POST', template: '/repos/{owner}/{repo}/issues/{issue_number}/labels', handle: setIssueLabels('add') },
  { method: 'PUT', template: '/repos/{owner}/{repo}/issues/{issue_number}/labels', handle: setIssueLabels('replace') },
  { method: 'DELETE', template: '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', handle: removeIssueLabel },
];
