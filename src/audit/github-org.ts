// What the audit reads from GitHub's REST API, and nothing else: the org's repository list
// (paginated), one recursive tree per repository's default branch, and the blobs of the files the
// scan needs. Every answer GitHub can give that is not content becomes a reason, never a throw.
import { gitHubMessage } from '../github/client.js';
import { readListing } from '../github/pages.js';
import type { AuditClient } from './client.js';

export interface OrgRepository {
  /** `owner/name`. */
  fullName: string;
  owner: string;
  name: string;
  defaultBranch: string | null;
  archived: boolean;
  fork: boolean;
}

export interface TreeEntry {
  path: string;
  sha: string;
  size: number;
}

type TreeResult =
  { ok: true; files: TreeEntry[] } | { ok: false; reason: string; stop?: StopReason };

type BlobResult =
  { ok: true; text: string | null } | { ok: false; reason: string; stop?: StopReason };

/** Why the whole audit stops early (every repository not yet read says so). */
export type StopReason = 'deadline' | 'rate-limit';

export class AuditAccessError extends Error {}

/** Listing pages read at the most: 100 pages of 100 repositories. */
export const MAX_REPOSITORY_PAGES = 100;

interface Status {
  status?: number;
  response?: { headers?: Record<string, unknown>; data?: unknown };
}

function statusOf(error: unknown): Status {
  return typeof error === 'object' && error !== null ? (error as Status) : {};
}

function gitHubSaid(error: Status): string {
  const message = gitHubMessage(error, 120);
  return message === undefined ? '' : ` (${message})`;
}

/** A failed request as a reason; a stop when the deadline passed or the rate limit ran dry. */
function reasonOf(
  error: unknown,
  client: AuditClient,
  what: string
): { reason: string; stop?: StopReason } {
  if (client.signal.aborted) {
    return {
      reason: `not read: the audit's deadline passed before ${what} answered`,
      stop: 'deadline'
    };
  }
  const failure = statusOf(error);
  const status = failure.status;
  const remaining = Number(failure.response?.headers?.['x-ratelimit-remaining']);
  if ((status === 403 || status === 429) && remaining === 0) {
    const reset = Number(failure.response?.headers?.['x-ratelimit-reset']);
    const when = Number.isFinite(reset) ? ` until ${new Date(reset * 1000).toISOString()}` : '';
    return { reason: `not read: GitHub's rate limit is used up${when}`, stop: 'rate-limit' };
  }
  if (status === undefined || failure.response === undefined) {
    return { reason: `unreadable: GitHub did not answer ${what}` };
  }
  if (status === 404) return { reason: `not found (404): missing, or not visible to this token` };
  if (status === 403)
    return { reason: `forbidden (403)${gitHubSaid(failure)}: the token cannot read it` };
  if (status === 409) return { reason: 'empty repository (409): nothing to audit' };
  return { reason: `unreadable: GitHub answered ${status} to ${what}${gitHubSaid(failure)}` };
}

interface RepoJson {
  full_name?: unknown;
  name?: unknown;
  owner?: { login?: unknown };
  default_branch?: unknown;
  archived?: unknown;
  fork?: unknown;
}

function repositoryFrom(json: RepoJson, org: string): OrgRepository | null {
  if (typeof json.name !== 'string') return null;
  const owner = typeof json.owner?.login === 'string' ? json.owner.login : org;
  return {
    fullName: typeof json.full_name === 'string' ? json.full_name : `${owner}/${json.name}`,
    owner,
    name: json.name,
    defaultBranch: typeof json.default_branch === 'string' ? json.default_branch : null,
    archived: json.archived === true,
    fork: json.fork === true
  };
}

interface RepositoryListing {
  repositories: OrgRepository[];
  /** Pages were capped: some repositories were not listed. */
  truncated: boolean;
}

/** `GET /orgs/{org}/repos`, page by page while GitHub says there is a next page. */
export async function listOrgRepositories(
  client: AuditClient,
  org: string
): Promise<RepositoryListing> {
  let listing;
  try {
    listing = await readListing(
      client.octokit.paginate.iterator('GET /orgs/{org}/repos', {
        org,
        type: 'all',
        per_page: 100
      }),
      MAX_REPOSITORY_PAGES
    );
  } catch (error) {
    const failure = statusOf(error);
    if (client.signal.aborted) {
      throw new AuditAccessError(`the audit's deadline passed while listing ${org}'s repositories`);
    }
    if (failure.status === 404) {
      throw new AuditAccessError(
        `organization '${org}' was not found, or this token cannot see it`
      );
    }
    if (failure.status === 401) {
      throw new AuditAccessError(
        'GitHub refused the token (401): check GITHUB_TOKEN / github-token'
      );
    }
    throw new AuditAccessError(
      `could not list ${org}'s repositories: ${reasonOf(error, client, 'the listing').reason}`
    );
  }
  const repositories: OrgRepository[] = [];
  for (const item of listing.items) {
    const repository = repositoryFrom(item, org);
    if (repository) repositories.push(repository);
  }
  return { repositories, truncated: listing.capped };
}

interface TreeJson {
  truncated?: unknown;
  tree?: Array<{ path?: unknown; type?: unknown; mode?: unknown; sha?: unknown; size?: unknown }>;
}

/**
 * The default branch's files (`git/trees/{branch}?recursive=1`). Only regular files: symlinks
 * (mode 120000) and submodules are left out, as a scan of a checkout never follows them.
 */
export async function readTree(
  client: AuditClient,
  repository: OrgRepository
): Promise<TreeResult> {
  if (repository.defaultBranch === null)
    return { ok: false, reason: 'empty repository: no default branch' };
  let data: TreeJson;
  try {
    const response = await client.octokit.request(
      'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
      {
        owner: repository.owner,
        repo: repository.name,
        tree_sha: repository.defaultBranch,
        recursive: '1'
      }
    );
    data = response.data as TreeJson;
  } catch (error) {
    return { ok: false, ...reasonOf(error, client, 'the tree') };
  }
  if (data.truncated === true) {
    return {
      ok: false,
      reason: 'tree truncated by GitHub (too many files for one listing): not audited'
    };
  }
  const files: TreeEntry[] = [];
  for (const entry of data.tree ?? []) {
    if (entry.type !== 'blob' || (entry.mode !== '100644' && entry.mode !== '100755')) continue;
    if (typeof entry.path !== 'string' || typeof entry.sha !== 'string') continue;
    files.push({
      path: entry.path,
      sha: entry.sha,
      size: typeof entry.size === 'number' ? entry.size : 0
    });
  }
  return { ok: true, files };
}

/** A file's text (`git/blobs/{sha}`); null for a binary file (a NUL byte). */
export async function readBlob(
  client: AuditClient,
  repository: OrgRepository,
  entry: TreeEntry
): Promise<BlobResult> {
  let data: { content?: unknown; encoding?: unknown };
  try {
    const response = await client.octokit.request(
      'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
      {
        owner: repository.owner,
        repo: repository.name,
        file_sha: entry.sha
      }
    );
    data = response.data as typeof data;
  } catch (error) {
    return { ok: false, ...reasonOf(error, client, entry.path) };
  }
  if (typeof data.content !== 'string')
    return { ok: false, reason: `unreadable: ${entry.path} has no content` };
  const bytes =
    data.encoding === 'base64'
      ? Buffer.from(data.content, 'base64')
      : Buffer.from(data.content, 'utf8');
  if (bytes.subarray(0, 8000).includes(0)) return { ok: true, text: null };
  return { ok: true, text: bytes.toString('utf8') };
}
