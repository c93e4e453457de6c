// What the audit reads from GitHub's REST API, and nothing else: the org's repository list
// (paginated), one recursive tree per repository's default branch, and the blobs of the files the
// scan needs. Every answer GitHub can give that is not content becomes a reason, never a throw.
import {
  gitHubMessage,
  LeftApiOrigin,
  RedirectNotFollowed,
  ResponseTooLarge
} from '../github/client.js';
import { NotAListing, readListing } from '../github/pages.js';
import { MAX_FILE_BYTES } from '../engine/file-source.js';
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
  | { ok: true; text: string | null; size: number }
  | { ok: false; reason: string; stop?: StopReason };

/** Why the whole audit stops early (every repository not yet read says so). */
export type StopReason = 'deadline' | 'rate-limit';

export class AuditAccessError extends Error {}

/** Listing pages read at the most: 100 pages of 100 repositories. */
export const MAX_REPOSITORY_PAGES = 100;
/** Repositories listed at the most, however many a page holds (GitHub sends 100 a page). */
export const MAX_LISTED_REPOSITORIES = MAX_REPOSITORY_PAGES * 100;

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

/** Whether `error` or what caused it (Octokit wraps what fetch threw) is a `type`. */
function causedBy(error: unknown, type: new () => Error): boolean {
  let e = error;
  for (let depth = 0; e instanceof Error && depth < 4; depth++) {
    if (e instanceof type) return true;
    e = (e as Error).cause;
  }
  return false;
}

/** A header's value as one string (Octokit hands them lower-cased). */
function header(failure: Status, name: string): string | undefined {
  const value = failure.response?.headers?.[name];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** `x-ratelimit-reset` (epoch seconds) as an instant, when it is one. */
function resetTime(failure: Status): string {
  const reset = Number(header(failure, 'x-ratelimit-reset'));
  const when = new Date(reset * 1000);
  return Number.isFinite(when.getTime()) ? ` until ${when.toISOString()}` : '';
}

/**
 * A rate limit the client could not wait out before the deadline: the primary one (403/429 with
 * nothing remaining) or a secondary one (403/429 with `retry-after`, or GitHub saying so).
 */
function isRateLimited(failure: Status): boolean {
  if (failure.status !== 403 && failure.status !== 429) return false;
  if (header(failure, 'x-ratelimit-remaining') === '0') return true;
  if (header(failure, 'retry-after') !== undefined) return true;
  const message = (failure.response?.data as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' && /rate limit/i.test(message);
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
  if (isRateLimited(failure)) {
    return {
      reason: `not read: GitHub's rate limit is used up${resetTime(failure)}`,
      stop: 'rate-limit'
    };
  }
  if (causedBy(error, ResponseTooLarge)) {
    return { reason: `unreadable: ${new ResponseTooLarge().message} (${what})` };
  }
  if (causedBy(error, LeftApiOrigin)) {
    return { reason: `unreadable: ${new LeftApiOrigin().message} (${what})` };
  }
  if (causedBy(error, RedirectNotFollowed)) {
    return { reason: `unreadable: ${new RedirectNotFollowed().message} (${what})` };
  }
  if (causedBy(error, NotAListing)) {
    return { reason: `unreadable: ${new NotAListing().message} (${what})` };
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
  owner?: unknown;
  default_branch?: unknown;
  archived?: unknown;
  fork?: unknown;
}

/** GitHub's rules for a login and a repository name (`.` and `..` are no repository). */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPOSITORY_NAME = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * A listed repository, or null for an entry that is not one (not an object, a name GitHub would
 * never give, another owner). Its full name is built from owner and name, the two things the audit requests with.
 */
function repositoryFrom(json: unknown, org: string): OrgRepository | null {
  if (typeof json !== 'object' || json === null) return null;
  const repo = json as RepoJson;
  const name = repo.name;
  if (typeof name !== 'string' || !REPOSITORY_NAME.test(name) || /^\.\.?$/.test(name)) return null;
  const login =
    typeof repo.owner === 'object' && repo.owner !== null
      ? (repo.owner as { login?: unknown }).login
      : org;
  // The org's listing holds the org's repositories: another owner is not one of them.
  if (typeof login !== 'string' || !LOGIN.test(login) || login.toLowerCase() !== org.toLowerCase())
    return null;
  const owner = login;
  return {
    fullName: `${owner}/${name}`,
    owner,
    name,
    defaultBranch:
      typeof repo.default_branch === 'string' && repo.default_branch !== ''
        ? repo.default_branch
        : null,
    archived: repo.archived === true,
    fork: repo.fork === true
  };
}

interface RepositoryListing {
  /** Each repository once, in GitHub's order. */
  repositories: OrgRepository[];
  /** Pages or repositories were capped: some repositories may not be listed. */
  truncated: boolean;
  /** GitHub's `next` link pointed back to a page already read: the rest of the list is unknown. */
  looped: boolean;
  /** Listing entries that were not a repository (no usable owner or name): not audited. */
  unrecognised: number;
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
      MAX_REPOSITORY_PAGES,
      undefined,
      MAX_LISTED_REPOSITORIES
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
  // A page GitHub sends again (a `next` link back to an earlier page) lists a repository twice.
  const byName = new Map<string, OrgRepository>();
  let unrecognised = 0;
  for (const item of listing.items) {
    const repository = repositoryFrom(item, org);
    if (repository === null) unrecognised += 1;
    else if (!byName.has(repository.fullName.toLowerCase()))
      byName.set(repository.fullName.toLowerCase(), repository);
  }
  return {
    repositories: [...byName.values()],
    truncated: listing.capped && listing.looped !== true,
    looped: listing.looped === true,
    unrecognised
  };
}

interface TreeJson {
  truncated?: unknown;
  tree: Array<{
    path?: unknown;
    type?: unknown;
    mode?: unknown;
    sha?: unknown;
    size?: unknown;
  } | null>;
}

/** GitHub's tree answer, or null when it is not one (no list of entries): nothing was seen. */
function treeOf(data: unknown): TreeJson | null {
  if (typeof data !== 'object' || data === null) return null;
  const tree = (data as { tree?: unknown }).tree;
  return Array.isArray(tree) ? (data as TreeJson) : null;
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
  let data: unknown;
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
    data = response.data;
  } catch (error) {
    return { ok: false, ...reasonOf(error, client, 'the tree') };
  }
  const tree = treeOf(data);
  if (tree === null) {
    return { ok: false, reason: "unreadable: GitHub's answer to the tree was not a tree" };
  }
  if (tree.truncated === true) {
    return {
      ok: false,
      reason: 'tree truncated by GitHub (too many files for one listing): not audited'
    };
  }
  const files: TreeEntry[] = [];
  for (const entry of tree.tree) {
    if (typeof entry !== 'object' || entry === null) continue;
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

/**
 * A file's text (`git/blobs/{sha}`) and its size; null for a binary file (a NUL byte) or one
 * larger than the scan reads.
 */
export async function readBlob(
  client: AuditClient,
  repository: OrgRepository,
  entry: TreeEntry
): Promise<BlobResult> {
  let data: unknown;
  try {
    const response = await client.octokit.request(
      'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
      {
        owner: repository.owner,
        repo: repository.name,
        file_sha: entry.sha
      }
    );
    data = response.data;
  } catch (error) {
    return { ok: false, ...reasonOf(error, client, entry.path) };
  }
  const blob = (typeof data === 'object' && data !== null ? data : {}) as {
    content?: unknown;
    encoding?: unknown;
  };
  if (typeof blob.content !== 'string')
    return { ok: false, reason: `unreadable: ${entry.path} has no content` };
  const bytes =
    blob.encoding === 'base64'
      ? Buffer.from(blob.content, 'base64')
      : Buffer.from(blob.content, 'utf8');
  // The tree's size is GitHub's word: a blob larger than the scan reads is not kept.
  if (bytes.length > MAX_FILE_BYTES) return { ok: true, text: null, size: bytes.length };
  if (bytes.subarray(0, 8000).includes(0)) return { ok: true, text: null, size: bytes.length };
  return { ok: true, text: bytes.toString('utf8'), size: bytes.length };
}
