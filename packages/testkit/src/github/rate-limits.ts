// Primary rate limits, per resource: `core` (a GITHUB_TOKEN gets 1,000 requests per hour per repository) and
// `search` (30 requests per minute). Every API response carries the x-ratelimit-* headers.

export type RateResource = 'core' | 'search';

export interface RateWindow {
  limit: number;
  remaining: number;
  /** Epoch seconds when the window resets. */
  reset: number;
  windowSeconds: number;
}

export class RateLimits {
  readonly core: RateWindow;
  readonly search: RateWindow;
  /** Status of an exhausted primary limit; GitHub documents 403 or 429. */
  exhaustedStatus: 403 | 429 = 403;

  constructor(private readonly now: () => Date) {
    this.core = this.window(1000, 3600);
    this.search = this.window(30, 60);
  }

  /** Sets a resource's remaining requests to 0 (until its window resets). */
  exhaust(resource: RateResource): void {
    this[resource].remaining = 0;
  }

  /** Consumes one request; returns false when the limit is exhausted. */
  take(resource: RateResource): boolean {
    const w = this.roll(resource);
    if (w.remaining <= 0) return false;
    w.remaining--;
    return true;
  }

  headers(resource: RateResource): Record<string, string> {
    const w = this.roll(resource);
    return {
      'x-ratelimit-limit': String(w.limit),
      'x-ratelimit-remaining': String(w.remaining),
      'x-ratelimit-reset': String(w.reset),
      'x-ratelimit-used': String(w.limit - w.remaining),
      'x-ratelimit-resource': resource,
    };
  }

  snapshot(resource: RateResource): { limit: number; used: number; remaining: number; reset: number } {
    const w = this.roll(resource);
    return { limit: w.limit, used: w.limit - w.remaining, remaining: w.remaining, reset: w.reset };
  }

  private window(limit: number, windowSeconds: number): RateWindow {
    return { limit, remaining: limit, reset: this.seconds() + windowSeconds, windowSeconds };
  }

  private roll(resource: RateResource): RateWindow {
    const w = this[resource];
    if (this.seconds() >= w.reset) {
      w.remaining = w.limit;
      w.reset = this.seconds() + w.windowSeconds;
    }
    return w;
  }

  private seconds(): number {
    return Math.floor(this.now().getTime() / 1000);
  }
}
