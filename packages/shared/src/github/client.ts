// The one GitHub REST client of the actions: Octokit core with pagination, retries of 5xx and network errors,
// and GitHub's rate-limit rules (primary and secondary), so no action writes its own retry loop around GitHub.
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type BottleneckClass from 'bottleneck';
// @ts-expect-error: bottleneck/light.js (the build without Redis that Octokit itself loads) ships no types of its own.
import BottleneckLight from 'bottleneck/light.js';

const GitHubOctokit = Octokit.plugin(paginateRest, retry, throttling);
export type GitHubClient = InstanceType<typeof GitHubOctokit>;

export interface GitHubClientOptions {
  /** A token the caller has already masked (setSecret); it only ever travels in the Authorization header. */
  token: string;
  /** `GITHUB_API_URL` of the run (GitHub Enterprise Server and the local world differ from api.github.com). */
  baseUrl?: string;
  /** One line per retry or wait, so a slow step says why it is slow. */
  log?: (line: string) => void;
  /** Longest Retry-After the client will sit out before it gives up on a rate limit (seconds). */
  maxRateLimitWaitSeconds?: number;
  /** How many times a rate-limited or failed (5xx, network) request is tried again. */
  retries?: number;
  /** Base of the retry plugin's quadratic backoff (ms); tests shorten it, users keep the default. */
  retryAfterBaseValueMs?: number;
  /**
   * Least pause between two writes, two searches and two notifying writes (issues, comments) in ms. Default:
   * Octokit's pacing, which follows GitHub's advice against secondary rate limits (1 s between writes, 2 s between
   * searches, 3 s between writes that notify people). Only tests against the local GitHub world shorten it.
   */
  pacingMs?: number;
}

const DEFAULT_RETRIES = 3;
const DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS = 120;

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const retries = options.retries ?? DEFAULT_RETRIES;
  const maxWait = options.maxRateLimitWaitSeconds ?? DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS;
  const log = options.log ?? (() => {});
  const shouldWait = (kind: string, retryAfter: number, method: string, url: string, retryCount: number): boolean => {
    if (retryCount >= retries || retryAfter > maxWait) {
      log(`GitHub ${kind} rate limit on ${method} ${url}: giving up (Retry-After ${retryAfter} s, ${retryCount} retries so far).`);
      return false;
    }
    log(`GitHub ${kind} rate limit on ${method} ${url}: waiting ${retryAfter} s as GitHub asks, then trying again.`);
    return true;
  };
  return new GitHubOctokit({
    auth: options.token,
    baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
    userAgent: 'mlops-actions',
    // Octokit's default logger writes warnings to the console; route them to the step log instead.
    log: { debug: () => {}, info: () => {}, warn: (message: string) => log(message), error: (message: string) => log(message) },
    retry: { retries, ...(options.retryAfterBaseValueMs === undefined ? {} : { retryAfterBaseValue: options.retryAfterBaseValueMs }) },
    throttle: {
      onRateLimit: (retryAfter, request, _octokit, retryCount) => shouldWait('primary', retryAfter, request.method, request.url, retryCount),
      onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => shouldWait('secondary', retryAfter, request.method, request.url, retryCount),
      ...(options.pacingMs === undefined ? {} : pacingGroups(options.pacingMs)),
    },
  });
}

/** Limiters of this client alone, all with one pause (Octokit's default ones are shared by every client of the process). */
function pacingGroups(pacingMs: number): Record<'write' | 'search' | 'notifications', BottleneckClass.Group> {
  const Bottleneck = BottleneckLight as typeof BottleneckClass;
  const group = (): BottleneckClass.Group => new Bottleneck.Group({ maxConcurrent: 1, minTime: pacingMs });
  return { write: group(), search: group(), notifications: group() };
}

/** The HTTP status of an Octokit error (RequestError), or undefined for anything else. */
export function gitHubStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * A failure after which a write may or may not have happened: a 5xx (GitHub's edge can answer 502 after the write
 * went through) or no answer at all (Octokit reports a lost connection as status 500 or none). A 4xx is GitHub
 * refusing the request: nothing happened.
 */
export function mayHaveTakenEffect(error: unknown): boolean {
  const status = gitHubStatus(error);
  return status === undefined || status >= 500;
}

/** GitHub's own words for a failed request (its JSON `message`, else the error's), on one line, at most 200 characters. */
export function gitHubMessage(error: unknown): string {
  const failure = error as { response?: { data?: unknown }; message?: unknown } | null;
  const data = failure?.response?.data as { message?: unknown } | undefined;
  const message = typeof data?.message === 'string' ? data.message : typeof failure?.message === 'string' ? failure.message : String(error);
  return message.replace(/\s+/g, ' ').slice(0, 200);
}
