// Reading the repository without doing I/O here: callers hand in a `RepoFiles` (the action and
// the CLI implement it with fs; tests with a record of strings).
import { parse as parseToml } from 'smol-toml';
import { mapGet, readYamlTree, scalarText } from './yaml-tree.js';

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

/** `dir` + `path` (path may be absolute under the workspace). */
export function joinPath(dir: string, path: string): string | null {
  if (path.startsWith('/') || path.startsWith('~')) return normalizePath(path);
  return normalizePath(dir === '' ? path : `${dir}/${path}`);
}

export type AppConfigLookup =
  | { status: 'found'; path: string; app: string }
  /** The file exists but names no app, or cannot be parsed: the app cannot be told. */
  | { status: 'no-app' | 'broken'; path: string }
  | { status: 'missing' };

/** Reads the `app` of a Fly config file (TOML, or JSON/YAML by extension). Never throws. */
export function readAppConfig(repo: RepoFiles, path: string): AppConfigLookup {
  let text: string | undefined;
  try {
    text = repo.read(path);
  } catch {
    text = undefined;
  }
  if (text === undefined) return { status: 'missing' };
  const app = appNameOf(path, text);
  if (app === undefined) return { status: 'broken', path };
  if (app === null) return { status: 'no-app', path };
  return { status: 'found', path, app };
}

/** The app name in a config text; null when absent; undefined when the file cannot be parsed. */
export function appNameOf(path: string, text: string): string | null | undefined {
  try {
    if (/\.json$/i.test(path)) {
      const parsed: unknown = JSON.parse(text);
      const app =
        typeof parsed === 'object' && parsed !== null
          ? (parsed as Record<string, unknown>)['app']
          : undefined;
      return typeof app === 'string' && app.trim() !== '' ? app.trim() : null;
    }
    if (/\.ya?ml$/i.test(path)) {
      const tree = readYamlTree(text);
      if (tree.errors.length > 0) return undefined;
      const app = scalarText(mapGet(tree.root, 'app'));
      return app !== null && app.trim() !== '' ? app.trim() : null;
    }
    const parsed = parseToml(text);
    const app = parsed['app'];
    return typeof app === 'string' && app.trim() !== '' ? app.trim() : null;
  } catch {
    return undefined;
  }
}

/**
 * The config flyctl would load: `--config P` tries `P` then `P/fly.toml`; without it, the
 * working directory's `fly.toml`, `fly.json`, `fly.yaml`.
 */
export function findAppConfig(
  repo: RepoFiles,
  workingDir: string,
  configFlag: string | null
): AppConfigLookup {
  const candidates: string[] = [];
  if (configFlag !== null) {
    const p = joinPath(workingDir, configFlag);
    if (p === null) return { status: 'missing' };
    candidates.push(p, p === '' ? 'fly.toml' : `${p}/fly.toml`);
  } else {
    const prefix = workingDir === '' ? '' : `${workingDir}/`;
    candidates.push(`${prefix}fly.toml`, `${prefix}fly.json`, `${prefix}fly.yaml`);
  }
  for (const candidate of candidates) {
    const found = readAppConfig(repo, candidate);
    if (found.status !== 'missing') return found;
  }
  return { status: 'missing' };
}
