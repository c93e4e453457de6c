// The files a pull request changes, with their patches (GET /repos/{o}/{r}/pulls/{n}/files), for
// marking scan findings on changed lines as new. A refusal or an outage is a reason to report,
// never an exception: the scan works without it.
import type { PullFilesResult } from '../engine/pr-changes.js';
import type { GitHubClient } from './client.js';
import { failureFrom } from './client.js';

/** GitHub lists at most 3000 files of a pull request. */
const MAX_PAGES = 30;

export async function listPullRequestFiles(
  client: GitHubClient,
  params: { owner: string; repo: string; pullNumber: number }
): Promise<PullFilesResult> {
  try {
    const files: Array<{ filename: string; status: string; patch?: string | undefined }> = [];
    let page = 0;
    for await (const response of client.paginate.iterator(client.rest.pulls.listFiles, {
      owner: params.owner,
      repo: params.repo,
      pull_number: params.pullNumber,
      per_page: 100
    })) {
      for (const file of response.data) {
        files.push({ filename: file.filename, status: file.status, patch: file.patch });
      }
      if (++page < MAX_PAGES) continue;
      // A list that goes on past GitHub's own limit is cut, not trusted as complete.
      if (/\brel="next"/.test(response.headers.link ?? '')) {
        return {
          ok: false,
          reason: `GitHub listed more than ${MAX_PAGES} pages of files for pull request #${params.pullNumber}; stopped there.`
        };
      }
      break;
    }
    return { ok: true, files };
  } catch (error) {
    return {
      ok: false,
      reason: failureFrom(error, `list the files of pull request #${params.pullNumber}`).reason
    };
  }
}
