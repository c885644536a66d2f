// GitHub's page-based pagination: per_page (default 30, max 100), page (from 1), and a Link header with
// next/last/first/prev relations built from the request URL.
import type { RouteRequest, RouteResponse } from './router.js';

export interface Page<T> {
  items: T[];
  link?: string;
}

export function paginate<T>(all: T[], url: URL, publicBase: string): Page<T> {
  const perPage = clamp(Number(url.searchParams.get('per_page') ?? 30) || 30, 1, 100);
  const page = Math.max(1, Math.floor(Number(url.searchParams.get('page') ?? 1)) || 1);
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const items = all.slice((page - 1) * perPage, page * perPage);
  const href = (p: number): string => {
    const target = new URL(url.pathname + url.search, publicBase);
    target.searchParams.set('per_page', String(perPage));
    target.searchParams.set('page', String(p));
    return `<${target.toString()}>`;
  };
  const rels: string[] = [];
  if (page > 1) rels.push(`${href(page - 1)}; rel="prev"`);
  if (page < last) rels.push(`${href(page + 1)}; rel="next"`, `${href(last)}; rel="last"`);
  if (page > 1) rels.push(`${href(1)}; rel="first"`);
  return { items, link: rels.length > 0 ? rels.join(', ') : undefined };
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.floor(n)));
}

/** The Link header of a page, if it has one. */
export function pageHeaders(page: Page<unknown>): Record<string, string> {
  return page.link ? { link: page.link } : {};
}

/** 200 with the requested page of `all`, each item shaped, and the page's Link header. */
export function pagedResponse<T>(req: RouteRequest, all: T[], shape: (item: T) => unknown): RouteResponse {
  const page = paginate(all, req.url, req.world.apiUrl);
  return { status: 200, body: page.items.map(shape), headers: pageHeaders(page) };
}
