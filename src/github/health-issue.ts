// The token-health issue: one open issue (label + hidden marker, written by us; found and written
// through ours.ts) while a token is unhealthy, edited only when the state's fingerprint changes,
// closed with a comment once healthy. A daily run over an unchanged state makes no write at all.
import { truncateBody } from '../report/markdown.js';
import type { GitHubClient, GitHubFailure } from './client.js';
import { failureFrom, httpStatusOf } from './client.js';
import { isValidMarkerName, markerComment, safeFingerprint, storedFingerprint } from './marker.js';
import { findOurs, upsertOurs } from './ours.js';
import type { ListingPage } from './pages.js';

export interface HealthIssueParams {
  owner: string;
  repo: string;
  /** Label that marks the issue (created when missing). */
  label: string;
  title: string;
  /** Markdown body; the hidden marker with the fingerprint is added in front of it. */
  body: string;
  unhealthy: boolean;
  /** Identifies the state the body describes; the body is rewritten only when it changes. */
  fingerprint: string;
  /** Names the issue among ours (default `health`). */
  marker?: string;
  /** Our author login; found through GET /user, else `github-actions[bot]`. */
  botLogin?: string;
  /** Comment left when closing. */
  closeComment: string;
}

export type HealthIssueResult =
  | {
      ok: true;
      action: 'created' | 'updated' | 'unchanged' | 'closed' | 'none';
      issueNumber?: number;
      url?: string;
    }
  | GitHubFailure;

const DEFAULT_HEALTH_MARKER = 'health';
const LABEL_COLOR = 'd93f0b';

interface ListedIssue {
  number: number;
  body?: string | null;
  html_url: string;
  user: { login: string } | null;
  pull_request?: unknown;
}

/** How to find our issue among the open issues with the label. */
function ourIssue(client: GitHubClient, params: HealthIssueParams, marker: string) {
  return {
    marker,
    ...(params.botLogin !== undefined ? { botLogin: params.botLogin } : {}),
    listing: `list the open issues labelled "${params.label}"`,
    pages: (): AsyncIterable<ListingPage<ListedIssue>> =>
      client.paginate.iterator(client.rest.issues.listForRepo, {
        owner: params.owner,
        repo: params.repo,
        labels: params.label,
        state: 'open',
        per_page: 100
      }),
    // The issues endpoint also lists pull requests; those are never ours to reuse.
    accept: (issue: ListedIssue) => issue.pull_request === undefined
  };
}

/** Creates the label; "already exists" (422) is success. */
async function ensureLabel(
  client: GitHubClient,
  params: HealthIssueParams
): Promise<GitHubFailure | undefined> {
  try {
    await client.rest.issues.createLabel({
      owner: params.owner,
      repo: params.repo,
      name: params.label,
      color: LABEL_COLOR,
      description: 'Fly.io token health, maintained by fly-token-guard'
    });
    return undefined;
  } catch (error) {
    if (httpStatusOf(error) === 422) return undefined;
    return failureFrom(error, `create the label "${params.label}"`);
  }
}

export async function syncHealthIssue(
  client: GitHubClient,
  params: HealthIssueParams
): Promise<HealthIssueResult> {
  const marker = params.marker ?? DEFAULT_HEALTH_MARKER;
  if (!isValidMarkerName(marker)) {
    return {
      ok: false,
      kind: 'error',
      reason: `Invalid issue marker "${marker.slice(0, 40)}": use letters, digits and ._:/- separators.`
    };
  }
  if (params.label.trim() === '') {
    return { ok: false, kind: 'error', reason: 'The health issue needs a label.' };
  }

  if (!params.unhealthy) {
    const found = await findOurs(client, ourIssue(client, params, marker));
    if (!found.ok) return found;
    return found.ours === undefined
      ? { ok: true, action: 'none' }
      : closeIssue(client, params, found.ours);
  }

  const fingerprint = safeFingerprint(params.fingerprint);
  const body = truncateBody(`${markerComment(marker, fingerprint)}\n${params.body}`);
  return upsertOurs<ListedIssue, HealthIssueResult>(client, {
    ...ourIssue(client, params, marker),
    unchanged: ours =>
      storedFingerprint(ours.body, marker) === fingerprint
        ? { ok: true, action: 'unchanged', issueNumber: ours.number, url: ours.html_url }
        : undefined,
    update: async ours => {
      try {
        const { data } = await client.rest.issues.update({
          owner: params.owner,
          repo: params.repo,
          issue_number: ours.number,
          title: params.title,
          body
        });
        return { ok: true, action: 'updated', issueNumber: data.number, url: data.html_url };
      } catch (error) {
        return failureFrom(error, `update health issue #${ours.number}`);
      }
    },
    create: async () => {
      const labelFailure = await ensureLabel(client, params);
      if (labelFailure) return labelFailure;
      try {
        const { data } = await client.rest.issues.create({
          owner: params.owner,
          repo: params.repo,
          title: params.title,
          body,
          labels: [params.label]
        });
        return { ok: true, action: 'created', issueNumber: data.number, url: data.html_url };
      } catch (error) {
        return failureFrom(error, 'open the token health issue');
      }
    }
  });
}

async function closeIssue(
  client: GitHubClient,
  params: HealthIssueParams,
  ours: ListedIssue
): Promise<HealthIssueResult> {
  try {
    await client.rest.issues.createComment({
      owner: params.owner,
      repo: params.repo,
      issue_number: ours.number,
      body: truncateBody(params.closeComment)
    });
    const { data } = await client.rest.issues.update({
      owner: params.owner,
      repo: params.repo,
      issue_number: ours.number,
      state: 'closed',
      state_reason: 'completed'
    });
    return { ok: true, action: 'closed', issueNumber: data.number, url: data.html_url };
  } catch (error) {
    return failureFrom(error, `close health issue #${ours.number}`);
  }
}
