// One audit run, as the CLI and the action start it: a deadline for everything, the client, the
// audit, and the timer cleared after, so nothing keeps the process alive.
import { runAudit, type AuditOptions } from './audit.js';
import { isLoopbackHost } from '../fly/url-policy.js';
import { startDeadline, type Deadline } from '../io/deadline.js';
import { createAuditClient } from './client.js';
import { AuditAccessError } from './github-org.js';
import type { AuditReport } from './report.js';
import { ShardSyntaxError } from './shard.js';

const DEFAULT_AUDIT_TIMEOUT_SECONDS = 3000;

class AuditInputError extends Error {}

/** Whether an audit failed on what the user gave (org, shard, token, URL): their mistake to fix. */
export function isAuditUsageError(error: unknown): error is Error {
  return (
    error instanceof ShardSyntaxError ||
    error instanceof AuditInputError ||
    error instanceof AuditAccessError
  );
}

interface AuditRunOptions extends Omit<AuditOptions, 'client'> {
  /** GitHub token: a fine-grained PAT or a GitHub App installation token, read-only. */
  token: string;
  /** REST API root (GITHUB_API_URL on GHES); https, or http on a loopback host for tests. */
  apiUrl?: string;
  timeoutSeconds?: number;
  /** The run's deadline, when the caller has one (the action); else `timeoutSeconds` from now. */
  deadline?: Deadline;
}

/** The token travels to this URL: https only, except a loopback stand-in. */
function checkApiUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AuditInputError('the GitHub API URL is not a URL');
  }
  const loopback = isLoopbackHost(parsed.hostname);
  if (parsed.username !== '' || parsed.password !== '') {
    throw new AuditInputError('the GitHub API URL must not carry a user name or password');
  }
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
    throw new AuditInputError('the GitHub API URL must use https:// (the token is sent there)');
  }
  return url.replace(/\/+$/, '');
}

export async function startAudit(
  options: AuditRunOptions
): Promise<{ report: AuditReport; requests: number }> {
  if (options.token.trim() === '') {
    throw new AuditInputError(
      "no GitHub token: set GITHUB_TOKEN or GH_TOKEN (read access to the org's repositories)"
    );
  }
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(options.org)) {
    throw new AuditInputError('the organization name is not a valid GitHub login');
  }
  const apiUrl = options.apiUrl === undefined ? undefined : checkApiUrl(options.apiUrl);
  const ms = (options.timeoutSeconds ?? DEFAULT_AUDIT_TIMEOUT_SECONDS) * 1000;
  // The caller's run deadline (the action's), else one for this audit.
  const deadline = options.deadline ?? startDeadline(ms);
  const client = createAuditClient(options.token, {
    ...(apiUrl !== undefined ? { baseUrl: apiUrl } : {}),
    deadline
  });
  const report = await runAudit({ ...options, client });
  return { report, requests: client.requests() };
}
