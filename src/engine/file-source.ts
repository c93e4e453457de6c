// The one way the scan (and the check's needs inference) sees a repository: list its files, read
// one as text or learn why it was not read. No I/O here: the checkout on disk (fs-source.ts), a
// record of strings in tests, and later the GitHub API for an org audit implement it.
import { normalizePath, type RepoFiles } from '../workflow/repo-paths.js';

/** Why a file was not read. Only the path and this reason are ever reported. */
export type SkipReason =
  /** No such file (or it vanished between listing and reading). */
  | 'missing'
  /** Its real path (after symlinks) lies outside the checkout. */
  | 'outside'
  /** Not a regular file: a directory, device, FIFO, socket or a file of /proc, /sys, /dev. */
  | 'special'
  | 'too-large'
  | 'binary'
  /** Could not be read (permissions, I/O error). */
  | 'unreadable';

export type FileRead = { text: string } | { skipped: SkipReason };

export interface FileListing {
  /** Repo-relative paths, forward slashes. */
  paths: string[];
  /** Set when the listing stopped early: why, for a note. */
  truncated?: string;
}

export interface FileSource {
  list(): FileListing;
  /** One repo-relative file as text, or why not. Never throws, never blocks. */
  read(path: string): FileRead;
}

/** Files larger than this are skipped (and reported). */
export const MAX_FILE_BYTES = 1024 * 1024;

/**
 * Texts kept for needs inference (many workflows read the same few fly.toml), by total size and by
 * entries: most lookups are of files that are not there (a fly.toml or package.json beside each
 * job), and those would otherwise pile up, a few for every workflow of the scan.
 */
const CACHE_CHARS = 4 * 1024 * 1024;
const CACHE_ENTRIES = 4096;

/** The `RepoFiles` view the workflow room reads fly.toml, actions and reusable workflows through. */
export function repoFilesOf(source: FileSource): RepoFiles {
  const cache = new Map<string, string | undefined>();
  let cached = 0;
  let listed: string[] | undefined;
  return {
    // Listed once, and only when asked (package workspaces given as globs).
    list: () => (listed ??= source.list().paths),
    read(file) {
      const path = normalizePath(file);
      if (path === null || path === '') return undefined;
      if (cache.has(path)) return cache.get(path);
      const read = source.read(path);
      const text = 'text' in read ? read.text : undefined;
      const size = text?.length ?? 0;
      if (cached + size > CACHE_CHARS || cache.size >= CACHE_ENTRIES) {
        cache.clear();
        cached = 0;
      }
      // The path is usually a slice of the workflow that named it: keep a copy, not that text.
      cache.set(path.split('').join(''), text);
      cached += size;
      return text;
    }
  };
}
