// A small route table keyed by GitHub's own path templates (`/repos/{owner}/{repo}/issues/{issue_number}`), so
// faults and request logs can name routes exactly as GitHub's REST docs and octokit do.
import type { RateResource } from './rate-limits.js';
import type { WorldContext } from './world-context.js';

export interface RouteRequest {
  params: Record<string, string>;
  url: URL;
  body: unknown;
  world: WorldContext;
}

export interface RouteResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** The request's JSON body as an object; `{}` when there is none or it is not an object. */
export function bodyOf(req: RouteRequest): Record<string, unknown> {
  return typeof req.body === 'object' && req.body !== null ? (req.body as Record<string, unknown>) : {};
}

/** 201 Created with the new resource and a Location header at its API URL, as GitHub answers a create. */
export function created(shape: Record<string, unknown>): RouteResponse {
  return { status: 201, body: shape, headers: { location: String(shape.url) } };
}

export interface Route {
  method: string;
  template: string;
  /** Which primary rate limit the route counts against; `none` for /rate_limit. */
  resource?: RateResource | 'none';
  handle: (req: RouteRequest) => RouteResponse;
}

interface CompiledRoute extends Route {
  pattern: RegExp;
  names: string[];
}

export class Router {
  private readonly routes: CompiledRoute[] = [];

  add(routes: Route[]): this {
    for (const route of routes) {
      const names: string[] = [];
      const source = route.template
        .split('/')
        .map((segment) => {
          const param = /^\{(\w+)\}$/.exec(segment);
          if (!param) return segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
          names.push(param[1] as string);
          return '([^/]+)';
        })
        .join('/');
      this.routes.push({ ...route, pattern: new RegExp(`^${source}/?$`), names });
    }
    return this;
  }

  /** The route for a method and path, with its decoded path parameters. */
  match(method: string, pathname: string): { route: Route; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.pattern.exec(pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1] as string);
      });
      return { route, params };
    }
    return undefined;
  }
}
