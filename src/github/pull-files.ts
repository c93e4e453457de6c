// The files a pull request changes, with their patches (GET /repos/{o}/{r}/pulls/{n}/files), for
// marking scan findings on changed lines as new. A refusal or an outage is a reason to report,
// never an exception: the scan works without it.
import type { PullFilesResult } from '../engine/pr-changes.js';
import type { GitHubClient } from './client.js';
import { failureFrom } from './client.js';
import { readListing } from './pages.js';

/** GitHub lists at most 3000 files of a pull request. */
const MAX_PAGES = 30;

export async function listPullRequestFiles(
  client: GitHubClient,
  params: { owner: string; repo: string; pullNumber: number }
): Promise<PullFilesResult> {
  try {
    const listing = await readListing(
      client.paginate.iterator(client.rest.pulls.listFiles, {
        owner: params.owner,
        repo: params.repo,
        pull_number: params.pullNumber,
        per_page: 100
      }),
      MAX_PAGES
    );
    // A list that goes on past GitHub's own limit is cut, not trusted as complete.
    if (listing.capped) {
      return {
        ok: false,
        reason: `GitHub listed more than ${MAX_PAGES} pages of files for pull request #${params.pullNumber}; stopped there.`
      };
    }
    const files = listing.items.map(file => ({
      filename: file.filename,
      status: file.status,
      patch: file.patch
    }));
    return { ok: true, files };
  } catch (error) {
    return {
      ok: false,
      reason: failureFrom(error, `list the files of pull request #${params.pullNumber}`).reason
    };
  }
}
