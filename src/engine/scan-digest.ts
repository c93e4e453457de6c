// The per-workflow phase of `runScan` as one call on plain data, so it can run in a worker
// thread: shared (the repository root, the clock as an ISO string, the files the scan read) and
// one workflow's path and text. What it returns is a structured-clone-able WorkflowDigest.
import { digestWorkflow, type WorkflowDigest } from '../rules/scan/digest.js';
import type { FlyNote } from '../rules/scan/fly-secrets.js';
import { normalizePath, type RepoFiles } from '../workflow/index.js';
import { fsScanIo, type ScanIo } from './scan-io.js';

/** Largest file the scan reads (also for needs inference). */
export const MAX_SCAN_FILE_BYTES = 1024 * 1024;

/** What every workflow of one scan shares (sent once per batch to a worker). */
export interface DigestShared {
  /** The repository root. */
  root: string;
  /** `Date.toISOString()` of the scan's clock. */
  now: string;
  /** Every text file the scan read (RepoFiles.list for needs inference). */
  files: readonly string[];
}

/** One workflow to digest. */
export interface DigestItem {
  /** Repo-relative path, forward slashes. */
  path: string;
  text: string;
  /** Fly secrets known for the repository (only when digesting a workflow again). */
  knownFly?: readonly FlyNote[];
  /** Summarise every job for untrusted-trigger (only when digesting a workflow again). */
  everyJob?: boolean;
}

/**
 * RepoFiles for needs inference: the texts the scan read when given, else straight from the
 * disk (a fly.toml beyond max-files, say).
 */
export function repoFilesOver(
  root: string,
  io: ScanIo,
  files: readonly string[],
  texts?: ReadonlyMap<string, string>
): RepoFiles {
  return {
    read(file) {
      const path = normalizePath(file);
      if (path === null) return undefined;
      const known = texts?.get(path);
      if (known !== undefined) return known;
      const read = io.readText(root, path, MAX_SCAN_FILE_BYTES);
      return read.kind === 'text' ? read.text : undefined;
    },
    list: () => [...files]
  };
}

/**
 * Phase one of the scan for one workflow (see `digestWorkflow`), on plain data only: fit for
 * `serveBatches(digestWorkflowTask)` in a worker. Never throws on the workflow's content.
 */
export function digestWorkflowTask(
  shared: DigestShared,
  item: DigestItem,
  io: ScanIo = fsScanIo
): WorkflowDigest {
  return digestWorkflow({
    path: item.path,
    text: item.text,
    repo: repoFilesOver(shared.root, io, shared.files),
    now: new Date(shared.now),
    ...(item.knownFly ? { knownFly: item.knownFly } : {}),
    ...(item.everyJob ? { everyJob: true } : {})
  });
}
