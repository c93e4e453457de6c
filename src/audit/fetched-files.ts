// A repository as the scan engine sees it, built from GitHub's tree and the blobs read so far.
// Reads of files that exist on the branch but were not fetched yet are remembered, so the audit
// can fetch exactly those and scan again: it reads what a scan of a checkout reads to model the
// jobs (workflows, actions, fly configs, the scripts and manifests jobs call), nothing more.
import {
  MAX_FILE_BYTES,
  type FileListing,
  type FileRead,
  type FileSource
} from '../engine/file-source.js';
import { normalizePath } from '../workflow/index.js';
import type { TreeEntry } from './github-org.js';

/** Files every audit reads first: what the rules model before following any job. */
export function isSeedFile(path: string): boolean {
  return (
    /^\.github\/workflows\/[^/]+\.ya?ml$/i.test(path) ||
    /(^|\/)action\.ya?ml$/.test(path) ||
    /(^|\/)fly[^/]*\.toml$/i.test(path) ||
    path === '.fly-token-guard-ignore'
  );
}

export class FetchedFiles implements FileSource {
  /** Paths on the branch the scan asked for and that are not fetched yet. */
  readonly wanted = new Set<string>();
  private readonly entries: ReadonlyMap<string, TreeEntry>;

  constructor(
    entries: readonly TreeEntry[],
    /** Fetched texts by path; null for a binary file. */
    private readonly texts: ReadonlyMap<string, string | null>
  ) {
    this.entries = new Map(entries.map(e => [e.path, e]));
  }

  /** Only what was fetched: the scan checks every listed file, and the rest is not read. */
  list(): FileListing {
    return { paths: [...this.texts.keys()].sort() };
  }

  read(file: string): FileRead {
    const path = normalizePath(file);
    const entry = path === null ? undefined : this.entries.get(path);
    if (path === null || entry === undefined) return { skipped: 'missing' };
    if (entry.size > MAX_FILE_BYTES) return { skipped: 'too-large' };
    if (!this.texts.has(path)) {
      this.wanted.add(path);
      return { skipped: 'missing' };
    }
    const text = this.texts.get(path);
    return typeof text === 'string' ? { text } : { skipped: 'binary' };
  }
}
