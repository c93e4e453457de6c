// The audit's GitHub client: Octokit with GitHub's own retry and throttling plugins, every wait
// held inside the audit's deadline, every request aborted when it passes. It also keeps the last
// rate-limit headers GitHub sent, so the audit can stop before it runs dry.
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { getOctokit } from '@actions/github';
import type { GitHubClient } from '../github/client.js';

export interface RateLimitState {
  /** `x-ratelimit-remaining` of the last answer; null before the first. */
  remaining: number | null;
  /** `x-ratelimit-reset` as epoch milliseconds; null before the first answer. */
  resetAt: number | null;
}

export interface AuditClient {
  octokit: GitHubClient;
  rate: RateLimitState;
  /** Aborts every request in flight and every one made after: the deadline or a stop. */
  signal: AbortSignal;
  /** Requests sent, retries included. */
  requests(): number;
}

export interface AuditClientOptions {
  baseUrl?: string;
  /** Epoch milliseconds after which nothing is waited for. */
  deadline: number;
  signal: AbortSignal;
  /** Most retries of one request after a rate limit or a 5xx. */
  maxRetries?: number;
}

const header = (headers: Record<string, unknown>, name: string): number | null => {
  const value = Number(headers[name]);
  return Number.isFinite(value) ? value : null;
};

export function createAuditClient(token: string, options: AuditClientOptions): AuditClient {
  const maxRetries = options.maxRetries ?? 3;
  const rate: RateLimitState = { remaining: null, resetAt: null };
  // Retry after `seconds` only when the wait ends before the deadline.
  const within = (seconds: number, retryCount: number): boolean =>
    !options.signal.aborted &&
    retryCount < maxRetries &&
    Date.now() + seconds * 1000 < options.deadline;
  const baseUrl = options.baseUrl?.replace(/\/+$/, '');
  const loopback = baseUrl !== undefined && /^http:\/\/(127\.|localhost|\[::1\])/.test(baseUrl);
  const octokit = getOctokit(
    token,
    {
      userAgent: 'fly-token-guard',
      ...(baseUrl !== undefined ? { baseUrl } : {}),
      // The toolkit's default fetch goes through a proxy agent meant for api.github.com; a
      // loopback stand-in is reached directly.
      request: { signal: options.signal, ...(loopback ? { fetch: globalThis.fetch } : {}) },
      throttle: {
        onRateLimit: (after: number, _o: unknown, _k: unknown, count: number) =>
          within(after, count),
        onSecondaryRateLimit: (after: number, _o: unknown, _k: unknown, count: number) =>
          within(after, count)
      },
      retry: { retries: maxRetries }
    },
    throttling,
    retry
  );
  let sent = 0;
  octokit.hook.before('request', () => {
    sent += 1;
  });
  octokit.hook.after('request', response => {
    const headers = response.headers as Record<string, unknown>;
    const remaining = header(headers, 'x-ratelimit-remaining');
    const reset = header(headers, 'x-ratelimit-reset');
    if (remaining !== null) rate.remaining = remaining;
    if (reset !== null) rate.resetAt = reset * 1000;
  });
  return { octokit, rate, signal: options.signal, requests: () => sent };
}
