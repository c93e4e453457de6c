// The Octokit client and the failure model shared by the GitHub wrappers: a missing permission or
// an invisible resource (fork PRs get a read-only token) is a warning for the caller to log, never
// an exception that fails the run.
import { getOctokit } from '@actions/github';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  /** API root; defaults to GITHUB_API_URL (what the runner sets) or https://api.github.com. */
  baseUrl?: string;
  userAgent?: string;
}

/** Builds clients; injectable so tests (and the CLI) can point at another API root. */
export type GitHubClientFactory = (token: string, options?: GitHubClientOptions) => GitHubClient;

function isLoopback(baseUrl: string): boolean {
  try {
    const host = new URL(baseUrl).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
  } catch {
    return false;
  }
}

export const createGitHubClient: GitHubClientFactory = (token, options = {}) => {
  const octokitOptions: Parameters<typeof getOctokit>[1] = {
    userAgent: options.userAgent ?? 'fly-token-guard'
  };
  if (options.baseUrl !== undefined) {
    octokitOptions.baseUrl = options.baseUrl.replace(/\/+$/, '');
    // The toolkit's default fetch routes through a proxy chosen for api.github.com; a loopback
    // server (a local stand-in) must be reached directly.
    if (isLoopback(options.baseUrl)) octokitOptions.request = { fetch: globalThis.fetch };
  }
  return getOctokit(token, octokitOptions);
};

/** The bot behind the workflow's GITHUB_TOKEN: the author of comments and issues it writes. */
export const DEFAULT_BOT_LOGIN = 'github-actions[bot]';

export type GitHubFailureKind = 'unauthorized' | 'forbidden' | 'not-found' | 'error';

export interface GitHubFailure {
  ok: false;
  kind: GitHubFailureKind;
  /** One sentence for a warning: what was attempted, what GitHub said, what to do. */
  reason: string;
  status?: number;
}

interface ErrorWithStatus {
  status: number;
  response?: { data?: unknown };
}

function hasStatus(error: unknown): error is ErrorWithStatus {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { status?: unknown }).status === 'number'
  );
}

export function httpStatusOf(error: unknown): number | undefined {
  return hasStatus(error) ? error.status : undefined;
}

/** GitHub's JSON error message (e.g. "Resource not accessible by integration"), shortened. */
function gitHubMessage(error: ErrorWithStatus): string | undefined {
  const data = error.response?.data;
  if (typeof data === 'object' && data !== null) {
    const message = (data as { message?: unknown }).message;
    if (typeof message === 'string' && message.trim() !== '') return message.trim().slice(0, 200);
  }
  return undefined;
}

/**
 * Turns whatever a request threw into a failure result. Only GitHub's own status and message are
 * used: error objects carry request details (headers) that must not reach a log.
 */
export function failureFrom(error: unknown, attempted: string): GitHubFailure {
  // Octokit reports a failed connection as status 500 without a response.
  if (!hasStatus(error) || error.response === undefined) {
    return {
      ok: false,
      kind: 'error',
      reason: `Could not ${attempted}: the GitHub API is unreachable.`
    };
  }
  const status = error.status;
  const said = gitHubMessage(error);
  const answer = `GitHub answered ${status}${said === undefined ? '' : ` (${said})`}`;
  if (status === 401) {
    return {
      ok: false,
      kind: 'unauthorized',
      status,
      reason: `Could not ${attempted}: ${answer}; check the github-token input.`
    };
  }
  if (status === 403) {
    return {
      ok: false,
      kind: 'forbidden',
      status,
      reason:
        `Could not ${attempted}: ${answer}. The token lacks the permission ` +
        '(grant `issues: write` / `pull-requests: write`; pull requests from forks only get a read-only token).'
    };
  }
  if (status === 404) {
    return {
      ok: false,
      kind: 'not-found',
      status,
      reason: `Could not ${attempted}: ${answer}; the repository or issue is not visible to this token.`
    };
  }
  return { ok: false, kind: 'error', status, reason: `Could not ${attempted}: ${answer}.` };
}

const loginCache = new WeakMap<GitHubClient, Promise<string>>();

/**
 * The login our writes appear under. GET /user answers for personal tokens; the workflow's
 * GITHUB_TOKEN (an installation token) gets 403 there, and writes as github-actions[bot].
 */
export function resolveBotLogin(client: GitHubClient, explicit?: string): Promise<string> {
  if (explicit !== undefined && explicit.trim() !== '') return Promise.resolve(explicit.trim());
  let login = loginCache.get(client);
  if (login === undefined) {
    login = client.rest.users.getAuthenticated().then(
      response => response.data.login,
      () => DEFAULT_BOT_LOGIN
    );
    loginCache.set(client, login);
  }
  return login;
}
