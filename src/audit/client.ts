// The audit's GitHub client: the shared one (src/github/client.ts: every request, retry and
// rate-limit wait bounded by the deadline, Octokit's retry and throttling plugins), counting the
// requests it sends for the run's log line.
import { createGitHubClient, type GitHubClient, type GitHubDeadline } from '../github/client.js';

export interface AuditClient {
  octokit: GitHubClient;
  /** Aborts at the deadline: every request in flight and every one after. */
  signal: AbortSignal;
  /** Requests sent, retries included. */
  requests(): number;
}

interface AuditClientOptions {
  baseUrl?: string;
  deadline: GitHubDeadline;
}

export function createAuditClient(token: string, options: AuditClientOptions): AuditClient {
  const octokit = createGitHubClient(token, options);
  let sent = 0;
  octokit.hook.before('request', () => {
    sent += 1;
  });
  return { octokit, signal: options.deadline.signal, requests: () => sent };
}
