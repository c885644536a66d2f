// GET /search/issues (rate-limited separately: 30 requests per minute).
import { pageHeaders, paginate } from '../pagination.js';
import type { Route, RouteRequest, RouteResponse } from '../router.js';
import { matchesSearch, parseSearchQuery } from '../search-query.js';
import { issueShape } from '../shapes.js';
import type { IssueRecord } from '../store.js';

function searchIssues(req: RouteRequest): RouteResponse {
  const w = req.world;
  const q = req.url.searchParams;
  const query = parseSearchQuery(q.get('q'), w.searchRequiresType);
  const visibleBefore = w.now().getTime() - w.searchIndexDelayMs;
  const sort = q.get('sort');
  const order = q.get('order') === 'asc' ? 1 : -1;
  const comments = (n: number): number => w.state.comments.filter((c) => c.issue_number === n).length;
  const key = (i: IssueRecord): string | number => (sort === 'created' ? i.created_at : sort === 'comments' ? comments(i.number) : i.updated_at);
  const hits = w.state.issues
    // GitHub's search index lags behind writes; timestamps have second precision, like GitHub's.
    .filter((i) => w.searchIndexDelayMs === 0 || Date.parse(i.created_at) <= visibleBefore)
    .filter((i) => matchesSearch(query, i, w.repository, w.state.comments))
    // Best match has no meaning here; without `sort` the most recently updated come first.
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      return (ka < kb ? -1 : ka > kb ? 1 : a.number - b.number) * (sort ? order : -1);
    });
  // GitHub serves at most the first 1000 results of a search.
  const page = paginate(hits.slice(0, 1000), req.url, w.apiUrl);
  return {
    status: 200,
    body: {
      total_count: hits.length,
      incomplete_results: false,
      items: page.items.map((i) => ({ ...issueShape(w, i), score: 1 })),
    },
    headers: pageHeaders(page),
  };
}

export const searchRoutes: Route[] = [{ method: 'GET', template: '/search/issues', resource: 'search', handle: searchIssues }];
