// The repository on disk as the pure workflow room sees it (check mode's fly.toml, composite
// actions, scripts; SARIF fingerprints): read-only and confined to the checkout, through the
// same FileSource the scan uses.
import type { RepoFiles } from '../workflow/index.js';
import { repoFilesOf } from './file-source.js';
import { fsFileSource } from './fs-source.js';

export function createRepoFiles(root: string): RepoFiles {
  return repoFilesOf(fsFileSource(root));
}
