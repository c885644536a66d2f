// Issues and issue comments: /repos/{owner}/{repo}/issues...
import { notFound, validationFailed } from '../api-error.js';
import { pagedResponse } from '../pagination.js';
import { bodyOf, created, type Route, type RouteRequest, type RouteResponse } from '../router.js';
import { commentShape, issueShape } from '../shapes.js';
import { nodeId, type CommentRecord, type IssueRecord } from '../store.js';
import { assertRepository, ensureLabel, labelNames, nowStamp, type WorldContext } from '../world-context.js';

const ISSUE_DOCS = 'https://docs.github.com/rest/issues/issues';
const COMMENT_DOCS = 'https://docs.github.com/rest/issues/comments';

export function findIssue(w: WorldContext, number: string | undefined): IssueRecord {
  const issue = w.state.issues.find((i) => String(i.number) === number);
  if (!issue) throw notFound();
  return issue;
}

function findComment(w: WorldContext, id: string | undefined): CommentRecord {
  const comment = w.state.comments.find((c) => String(c.id) === id);
  if (!comment) throw notFound();
  return comment;
}

/** Adds an issue to the state (used by the create route and by world.seedIssue). */
export function insertIssue(
  w: WorldContext,
  fields: { title: string; body?: string | null; labels?: string[]; assignees?: string[]; state?: 'open' | 'closed'; user?: string },
): IssueRecord {
  const id = w.ids.take('issue', 3_012_000_001);
  const number = w.ids.take('issue-number', 1);
  const at = nowStamp(w);
  for (const name of fields.labels ?? []) ensureLabel(w, name, true);
  const closed = fields.state === 'closed';
  const issue: IssueRecord = {
    id,
    node_id: nodeId('I', id),
    number,
    title: fields.title,
    body: fields.body ?? null,
    state: closed ? 'closed' : 'open',
    state_reason: closed ? 'completed' : null,
    labels: [...new Set(fields.labels ?? [])],
    assignees: fields.assignees ?? [],
    locked: false,
    user: fields.user ?? w.actor,
    created_at: at,
    updated_at: at,
    closed_at: closed ? at : null,
    closed_by: closed ? (fields.user ?? w.actor) : null,
  };
  w.state.issues.push(issue);
  return issue;
}

export function insertComment(w: WorldContext, issue: IssueRecord, body: string, user?: string): CommentRecord {
  const id = w.ids.take('comment', 2_456_000_001);
  const at = nowStamp(w);
  const comment: CommentRecord = { id, node_id: nodeId('IC', id), issue_number: issue.number, body, user: user ?? w.actor, created_at: at, updated_at: at };
  w.state.comments.push(comment);
  issue.updated_at = at;
  return comment;
}

function createIssue(req: RouteRequest): RouteResponse {
  const w = req.world;
  assertRepository(w, req.params);
  const body = bodyOf(req);
  const title = body.title;
  if (title === undefined || title === null || title === '') {
    throw validationFailed([{ resource: 'Issue', code: 'missing_field', field: 'title' }], `${ISSUE_DOCS}#create-an-issue`);
  }
  const issue = insertIssue(w, {
    title: String(title),
    body: typeof body.body === 'string' ? body.body : null,
    labels: labelNames(body.labels),
    assignees: Array.isArray(body.assignees) ? body.assignees.map(String) : typeof body.assignee === 'string' ? [body.assignee] : [],
  });
  return created(issueShape(w, issue));
}

function updateIssue(req: RouteRequest): RouteResponse {
  const w = req.world;
  assertRepository(w, req.params);
  const issue = findIssue(w, req.params.issue_number);
  const body = bodyOf(req);
  const docs = `${ISSUE_DOCS}#update-an-issue`;
  if (body.state !== undefined && body.state !== 'open' && body.state !== 'closed') {
    throw validationFailed([{ value: body.state, resource: 'Issue', field: 'state', code: 'invalid' }], docs);
  }
  const reasons = ['completed', 'not_planned', 'reopened', 'duplicate', null];
  if (body.state_reason !== undefined && !reasons.includes(body.state_reason as string | null)) {
    throw validationFailed([{ value: body.state_reason, resource: 'Issue', field: 'state_reason', code: 'invalid' }], docs);
  }
  if (body.title !== undefined) {
    if (body.title === null || body.title === '') {
      throw validationFailed([{ resource: 'Issue', code: 'missing_field', field: 'title' }], docs);
    }
    issue.title = String(body.title);
  }
  if (body.body !== undefined) issue.body = body.body === null ? null : String(body.body);
  if (body.labels !== undefined) {
    issue.labels = [...new Set(labelNames(body.labels))];
    for (const name of issue.labels) ensureLabel(w, name, true);
  }
  if (body.assignees !== undefined) issue.assignees = Array.isArray(body.assignees) ? body.assignees.map(String) : [];
  const at = nowStamp(w);
  const reason = body.state_reason as IssueRecord['state_reason'] | undefined;
  if (body.state === 'closed' && issue.state !== 'closed') {
    issue.state = 'closed';
    issue.closed_at = at;
    issue.closed_by = w.actor;
    issue.state_reason = reason ?? 'completed';
  } else if (body.state === 'open' && issue.state !== 'open') {
    issue.state = 'open';
    issue.closed_at = null;
    issue.closed_by = null;
    issue.state_reason = 'reopened';
  } else if (reason !== undefined) {
    issue.state_reason = reason;
  }
  issue.updated_at = at;
  return { status: 200, body: issueShape(w, issue) };
}

function listIssues(req: RouteRequest): RouteResponse {
  const w = req.world;
  assertRepository(w, req.params);
  const q = req.url.searchParams;
  const state = q.get('state') ?? 'open';
  const wanted = (q.get('labels') ?? '')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);
  const since = q.get('since');
  const sort = q.get('sort') ?? 'created';
  const direction = q.get('direction') ?? 'desc';
  const comments = (n: number): number => w.state.comments.filter((c) => c.issue_number === n).length;
  const key = (i: IssueRecord): string | number => (sort === 'updated' ? i.updated_at : sort === 'comments' ? comments(i.number) : i.created_at);
  const issues = w.state.issues
    .filter((i) => state === 'all' || i.state === state)
    .filter((i) => wanted.every((l) => i.labels.some((name) => name.toLowerCase() === l)))
    .filter((i) => !since || i.updated_at >= since)
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      const order = ka < kb ? -1 : ka > kb ? 1 : a.number - b.number;
      return direction === 'asc' ? order : -order;
    });
  return pagedResponse(req, issues, (i) => issueShape(w, i));
}

/** The `body` of a comment request; 422 missing_field when it is absent or empty. */
function commentBody(req: RouteRequest, docs: string): string {
  const body = bodyOf(req).body;
  if (typeof body !== 'string' || body === '') {
    throw validationFailed([{ resource: 'IssueComment', code: 'missing_field', field: 'body' }], docs);
  }
  return body;
}

function createComment(req: RouteRequest): RouteResponse {
  const w = req.world;
  assertRepository(w, req.params);
  const issue = findIssue(w, req.params.issue_number);
  const body = commentBody(req, `${COMMENT_DOCS}#create-an-issue-comment`);
  return created(commentShape(w, insertComment(w, issue, body)));
}

function listComments(req: RouteRequest): RouteResponse {
  const w = req.world;
  assertRepository(w, req.params);
  const issue = req.params.issue_number === undefined ? undefined : findIssue(w, req.params.issue_number);
  const since = req.url.searchParams.get('since');
  const comments = w.state.comments
    .filter((c) => !issue || c.issue_number === issue.number)
    .filter((c) => !since || c.updated_at >= since)
    .sort((a, b) => a.id - b.id);
  return pagedResponse(req, comments, (c) => commentShape(w, c));
}

function updateComment(req: RouteRequest): RouteResponse {
  const w = req.world;
  assertRepository(w, req.params);
  const comment = findComment(w, req.params.comment_id);
  comment.body = commentBody(req, `${COMMENT_DOCS}#update-an-issue-comment`);
  comment.updated_at = nowStamp(w);
  return { status: 200, body: commentShape(w, comment) };
}

export const issueRoutes: Route[] = [
  { method: 'POST', template: '/repos/{owner}/{repo}/issues', handle: createIssue },
  { method: 'GET', template: '/repos/{owner}/{repo}/issues', handle: listIssues },
  // Registered before /issues/{issue_number} so that "comments" is not read as an issue number.
  { method: 'GET', template: '/repos/{owner}/{repo}/issues/comments', handle: listComments },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    handle: (req) => {
      assertRepository(req.world, req.params);
      return { status: 200, body: commentShape(req.world, findComment(req.world, req.params.comment_id)) };
    },
  },
  { method: 'PATCH', template: '/repos/{owner}/{repo}/issues/comments/{comment_id}', handle: updateComment },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/issues/{issue_number}',
    handle: (req) => {
      assertRepository(req.world, req.params);
      return { status: 200, body: issueShape(req.world, findIssue(req.world, req.params.issue_number)) };
    },
  },
  { method: 'PATCH', template: '/repos/{owner}/{repo}/issues/{issue_number}', handle: updateIssue },
  { method: 'POST', template: '/repos/{owner}/{repo}/issues/{issue_number}/comments', handle: createComment },
  { method: 'GET', template: '/repos/{owner}/{repo}/issues/{issue_number}/comments', handle: listComments },
];
