// Repository paths and the `RepoFiles` interface: what the file sources and the workflow room
// share. Pure and light (no parser), so a run that reads no workflow never loads one.

export interface RepoFiles {
  /**
   * Text of a file by repo-relative path (forward slashes, no leading `./`); undefined when the
   * file does not exist or cannot be read.
   */
  read(path: string): string | undefined;
  /** Every repo-relative file path, when the caller can list them cheaply. */
  list?(): string[];
}

/** A `RepoFiles` over an in-memory record (tests, callers that already read the files). */
export function repoFilesFromRecord(files: Record<string, string>): RepoFiles {
  const normalized = new Map<string, string>();
  for (const [path, text] of Object.entries(files))
    normalized.set(normalizePath(path) ?? path, text);
  return {
    read: path => normalized.get(normalizePath(path) ?? path),
    list: () => [...normalized.keys()]
  };
}

/** Where `$GITHUB_WORKSPACE` / `${{ github.workspace }}` point; paths under it are repo paths. */
export const WORKSPACE = '/github/workspace';

/**
 * Normalizes a repo-relative path: `./a/../b/` -> `b`, the workspace prefix removed. Null for
 * paths that leave the repository (absolute elsewhere, `~`, too many `..`). The root is `''`.
 */
export function normalizePath(path: string): string | null {
  if (isNormalized(path)) return path;
  let p = path.replace(/\\/g, '/');
  if (p === WORKSPACE || p.startsWith(`${WORKSPACE}/`)) p = p.slice(WORKSPACE.length);
  else if (p.startsWith('/') || p.startsWith('~')) return null;
  const out: string[] = [];
  for (const segment of p.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length === 0) return null;
      out.pop();
      continue;
    }
    out.push(segment);
  }
  return out.join('/');
}

/**
 * Whether `path` is already what `normalizePath` makes of it: relative, forward slashes, no empty,
 * `.` or `..` segment. Most paths are (every path of a listing), and the scan asks for each.
 */
function isNormalized(path: string): boolean {
  const first = path.charCodeAt(0);
  if (path === '' || first === 47 /* / */ || first === 126 /* ~ */) return false;
  let segment = 0;
  for (let i = 0; i <= path.length; i++) {
    const code = i < path.length ? path.charCodeAt(i) : 47;
    if (code === 92 /* \ */) return false;
    if (code !== 47) continue;
    const length = i - segment;
    const dots =
      path.charCodeAt(segment) === 46 && (length === 1 || path.charCodeAt(segment + 1) === 46);
    if (length === 0 || (length <= 2 && dots)) return false;
    segment = i + 1;
  }
  return true;
}

/** `dir` + `path` (path may be absolute under the workspace). */
export function joinPath(dir: string, path: string): string | null {
  if (path.startsWith('/') || path.startsWith('~')) return normalizePath(path);
  return normalizePath(dir === '' ? path : `${dir}/${path}`);
}
