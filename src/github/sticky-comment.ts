// One pull-request comment per marker that we keep up to date instead of adding new ones, found
// and written through ours.ts (marker AND our login: someone else's comment is never touched).
import { truncateBody } from '../report/markdown.js';
import type { GitHubClient, GitHubFailure } from './client.js';
import { failureFrom } from './client.js';
import { isValidMarkerName, markerComment, sameBody } from './marker.js';
import { findOurs, upsertOurs } from './ours.js';
import type { ListingPage } from './pages.js';

interface StickyCommentTarget {
  owner: string;
  repo: string;
  /** Pull request (or issue) number. */
  issueNumber: number;
  /** Names this comment among ours, e.g. `scan`; letters, digits and `._:/-` separators. */
  marker: string;
  /** Our author login; found through GET /user, else `github-actions[bot]`. */
  botLogin?: string;
}

interface StickyCommentParams extends StickyCommentTarget {
  /** Markdown body; the hidden marker is added in front of it. */
  body: string;
}

type StickyCommentResult =
  | {
      ok: true;
      action: 'created' | 'updated' | 'unchanged' | 'resolved' | 'none';
      commentId?: number;
      url?: string;
    }
  | GitHubFailure;

export const DEFAULT_RESOLVED_BODY =
  '✅ **fly-token-guard**: the findings reported here are resolved.';

interface ListedComment {
  id: number;
  body?: string;
  html_url: string;
  user: { login: string } | null;
}

function invalid(params: StickyCommentTarget): GitHubFailure | undefined {
  if (!isValidMarkerName(params.marker)) {
    return {
      ok: false,
      kind: 'error',
      reason: `Invalid comment marker "${params.marker.slice(0, 40)}": use letters, digits and ._:/- separators.`
    };
  }
  if (!Number.isInteger(params.issueNumber) || params.issueNumber < 1) {
    return { ok: false, kind: 'error', reason: 'Invalid pull request number for the PR comment.' };
  }
  return undefined;
}

/** How to find our comment among the pull request's comments. */
function ourComment(client: GitHubClient, params: StickyCommentTarget) {
  return {
    marker: params.marker,
    ...(params.botLogin !== undefined ? { botLogin: params.botLogin } : {}),
    listing: `list the comments of #${params.issueNumber}`,
    pages: (): AsyncIterable<ListingPage<ListedComment>> =>
      client.paginate.iterator(client.rest.issues.listComments, {
        owner: params.owner,
        repo: params.repo,
        issue_number: params.issueNumber,
        per_page: 100
      })
  };
}

function unchangedIf(ours: ListedComment, body: string): StickyCommentResult | undefined {
  return sameBody(ours.body, body)
    ? { ok: true, action: 'unchanged', commentId: ours.id, url: ours.html_url }
    : undefined;
}

/** Puts `body` into our existing comment, reported as `action`. */
async function rewrite(
  client: GitHubClient,
  params: StickyCommentTarget,
  ours: ListedComment,
  body: string,
  action: 'updated' | 'resolved'
): Promise<StickyCommentResult> {
  try {
    const { data } = await client.rest.issues.updateComment({
      owner: params.owner,
      repo: params.repo,
      comment_id: ours.id,
      body
    });
    return { ok: true, action, commentId: data.id, url: data.html_url };
  } catch (error) {
    return failureFrom(error, `update the fly-token-guard comment on #${params.issueNumber}`);
  }
}

/** Creates our comment, or updates it in place when its body changed; no write when identical. */
export async function upsertStickyComment(
  client: GitHubClient,
  params: StickyCommentParams
): Promise<StickyCommentResult> {
  const bad = invalid(params);
  if (bad) return bad;
  const body = truncateBody(`${markerComment(params.marker)}\n${params.body}`);
  return upsertOurs(client, {
    ...ourComment(client, params),
    unchanged: ours => unchangedIf(ours, body),
    update: ours => rewrite(client, params, ours, body, 'updated'),
    create: async () => {
      try {
        const { data } = await client.rest.issues.createComment({
          owner: params.owner,
          repo: params.repo,
          issue_number: params.issueNumber,
          body
        });
        return { ok: true, action: 'created', commentId: data.id, url: data.html_url };
      } catch (error) {
        return failureFrom(error, `comment on #${params.issueNumber}`);
      }
    }
  });
}

/**
 * The findings went away: turn our comment into a short note. Nothing to do, and no write, when
 * we never commented or the note is already there.
 */
export async function resolveStickyComment(
  client: GitHubClient,
  params: StickyCommentTarget
): Promise<StickyCommentResult> {
  const bad = invalid(params);
  if (bad) return bad;
  const found = await findOurs(client, ourComment(client, params));
  if (!found.ok) return found;
  const ours = found.ours;
  if (ours === undefined) return { ok: true, action: 'none' };
  const body = truncateBody(`${markerComment(params.marker)}\n${DEFAULT_RESOLVED_BODY}`);
  return unchangedIf(ours, body) ?? rewrite(client, params, ours, body, 'resolved');
}
