// The scanner's only contact with the disk and with git: list the repository's files, read them,
// and diff against a base commit. Injectable, so the engine can be tested on any tree.
import { execFileSync } from 'node:child_process';
import { openSync, readSync, closeSync, statSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from './repo-files.js';

export interface FileListing {
  /** Repo-relative paths, forward slashes. */
  files: string[];
  /** `git`: `git ls-files` (tracked plus untracked, not ignored); `walk`: a directory walk. */
  source: 'git' | 'walk';
}

export type ReadResult =
  | { kind: 'text'; text: string }
  | { kind: 'binary' }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'missing' };

export interface ScanIo {
  listFiles(root: string): FileListing;
  /** Reads a text file, refusing binaries and files above `maxBytes`. */
  readText(root: string, file: string, maxBytes: number): ReadResult;
  /** `git diff --unified=0 <base>` in the root; undefined when git or the commit is not there. */
  diff(root: string, base: string): string | undefined;
}

/** Above this many files a walk stops (git lists everything it tracks). */
const WALK_LIMIT = 200_000;
const GIT_TIMEOUT_MS = 30_000;
const GIT_MAX_BUFFER = 256 * 1024 * 1024;

/** Extensions that are never text: skipped without being opened. */
const BINARY_EXTENSIONS =
  /\.(png|jpe?g|gif|webp|ico|bmp|tiff?|pdf|zip|gz|tgz|bz2|xz|7z|rar|jar|war|class|so|dylib|dll|exe|bin|o|a|wasm|woff2?|ttf|otf|eot|mp[34]|mov|avi|mkv|webm|ogg|wav|flac|sqlite3?|db|pyc|node)$/i;

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: GIT_TIMEOUT_MS,
      maxBuffer: GIT_MAX_BUFFER,
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' }
    });
  } catch {
    return undefined;
  }
}

function gitListing(root: string): string[] | undefined {
  const inside = git(root, ['rev-parse', '--is-inside-work-tree']);
  if (inside?.trim() !== 'true') return undefined;
  const out = git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  if (out === undefined) return undefined;
  const files = [...new Set(out.split('\0').filter(f => f !== ''))];
  // A directory git ignores (or one not yet added anywhere) lists nothing: walk it instead.
  return files.length > 0 ? files.sort() : undefined;
}

function looksBinary(buffer: Buffer): boolean {
  const probe = buffer.subarray(0, 8000);
  return probe.includes(0);
}

export const fsScanIo: ScanIo = {
  listFiles(root) {
    const fromGit = gitListing(root);
    if (fromGit) return { files: fromGit, source: 'git' };
    return { files: listFiles(root, WALK_LIMIT).files, source: 'walk' };
  },

  readText(root, file, maxBytes) {
    if (BINARY_EXTENSIONS.test(file)) return { kind: 'binary' };
    const absoluteRoot = path.resolve(root);
    const full = path.resolve(absoluteRoot, file);
    if (full !== absoluteRoot && !full.startsWith(absoluteRoot + path.sep)) {
      return { kind: 'missing' };
    }
    try {
      const stat = statSync(full);
      if (!stat.isFile()) return { kind: 'missing' };
      if (stat.size > maxBytes) return { kind: 'too-large', bytes: stat.size };
      const head = Buffer.alloc(Math.min(8000, stat.size));
      const fd = openSync(full, 'r');
      try {
        readSync(fd, head, 0, head.length, 0);
      } finally {
        closeSync(fd);
      }
      if (looksBinary(head)) return { kind: 'binary' };
      return { kind: 'text', text: readFileSync(full, 'utf8') };
    } catch {
      return { kind: 'missing' };
    }
  },

  diff(root, base) {
    if (!/^[0-9a-f]{7,64}$/i.test(base)) return undefined;
    if (git(root, ['cat-file', '-e', `${base}^{commit}`]) === undefined) return undefined;
    return git(root, [
      '-c',
      'core.quotepath=off',
      'diff',
      '--no-color',
      '--no-ext-diff',
      '--unified=0',
      '--relative',
      base,
      '--'
    ]);
  }
};
