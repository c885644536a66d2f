// Injected failures: the next `count` requests matching a route answer with a given status instead (or, with
// afterHandling, after being carried out).

export interface GitHubFaultSpec {
  /**
   * `METHOD /template` as the world's route table names it (e.g. `POST /repos/{owner}/{repo}/issues`),
   * `METHOD /concrete/path`, or `*` for every API request.
   */
  route: string;
  status: 500 | 502 | 503 | 403 | 429 | number;
  /** How many matching requests fail. Default 1. */
  count?: number;
  headers?: Record<string, string>;
  /** Response body; defaults to GitHub's body for the status (403/429: the secondary rate limit message). */
  body?: unknown;
  /** Delay before answering, in ms. */
  delayMs?: number;
  /**
   * The request is carried out first and only its answer is lost (a 502 from GitHub's edge after the write went
   * through): what a client that retries a create blindly turns into a duplicate.
   */
  afterHandling?: boolean;
  /** The connection is reset instead of answered (no status reaches the client; `status` is only recorded). */
  reset?: boolean;
}

export interface ActiveGitHubFault extends Required<Pick<GitHubFaultSpec, 'route' | 'status'>> {
  remaining: number;
  hits: number;
  headers: Record<string, string>;
  body?: unknown;
  delayMs: number;
  afterHandling: boolean;
  reset: boolean;
}

export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ';

export class GitHubFaults {
  readonly active: ActiveGitHubFault[] = [];

  add(spec: GitHubFaultSpec): ActiveGitHubFault {
    const fault: ActiveGitHubFault = {
      route: spec.route,
      status: spec.status,
      remaining: spec.count ?? 1,
      hits: 0,
      headers: spec.headers ?? {},
      body: spec.body,
      delayMs: spec.delayMs ?? 0,
      afterHandling: spec.afterHandling ?? false,
      reset: spec.reset ?? false,
    };
    this.active.push(fault);
    return fault;
  }

  /** GitHub's secondary rate limit: 403 (or 429) with `retry-after` and the well-known message. */
  secondaryRateLimit(route: string, options: { retryAfterSeconds?: number; count?: number; status?: 403 | 429 } = {}): ActiveGitHubFault {
    return this.add({
      route,
      status: options.status ?? 403,
      count: options.count,
      headers: { 'retry-after': String(options.retryAfterSeconds ?? 60) },
    });
  }

  clear(): void {
    this.active.length = 0;
  }

  /** Takes the first fault matching the request, if any. */
  take(method: string, template: string | undefined, path: string): ActiveGitHubFault | undefined {
    const fault = this.active.find((f) => f.remaining > 0 && (f.route === '*' || f.route === `${method} ${template}` || f.route === `${method} ${path}`));
    if (!fault) return undefined;
    fault.remaining--;
    fault.hits++;
    return fault;
  }
}

export function defaultFaultBody(status: number, requestId: string): unknown {
  switch (status) {
    case 403:
    case 429:
      return {
        message: `${SECONDARY_RATE_LIMIT_MESSAGE}${requestId}.`,
        documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: String(status),
      };
    case 502:
      return { message: 'Server Error' };
    case 503:
      return { message: 'Service Unavailable' };
    default:
      return { message: 'Server Error' };
  }
}
