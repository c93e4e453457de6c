// The audit's GitHub client: the shared one (src/github/client.ts: every request, retry and
// rate-limit wait bounded by the deadline, Octokit's retry and throttling plugins), plus what the
// audit needs to know about it: how many requests it sent, and the last rate-limit headers.
import { createGitHubClient, type GitHubClient, type GitHubDeadline } from '../github/client.js';

interface RateLimitState {
  /** `x-ratelimit-remaining` of the last answer; null before the first. */
  remaining: number | null;
  /** `x-ratelimit-reset` as epoch milliseconds; null before the first answer. */
  resetAt: number | null;
}

export interface AuditClient {
  octokit: GitHubClient;
  rate: RateLimitState;
  /** Aborts at the deadline: every request in flight and every one after. */
  signal: AbortSignal;
  /** Requests sent, retries included. */
  requests(): number;
}

interface AuditClientOptions {
  baseUrl?: string;
  deadline: GitHubDeadline;
}

const header = (headers: Record<string, unknown>, name: string): number | null => {
  const value = Number(headers[name]);
  return Number.isFinite(value) ? value : null;
};

export function createAuditClient(token: string, options: AuditClientOptions): AuditClient {
  const rate: RateLimitState = { remaining: null, resetAt: null };
  const octokit = createGitHubClient(token, {
    deadline: options.deadline,
    ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {})
  });
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
  return { octokit, rate, signal: options.deadline.signal, requests: () => sent };
}
