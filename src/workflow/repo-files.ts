// Reading the repository without doing I/O here: callers hand in a `RepoFiles` (the action and
// the CLI implement it with fs; tests with a record of strings). Fly configs are read here; the
// paths and the interface live in repo-paths.ts, which loads no parser.
import { parse as parseToml } from 'smol-toml';
import { joinPath, type RepoFiles } from './repo-paths.js';
import { mapGet, readYamlTree, scalarText } from './yaml-tree.js';

export {
  joinPath,
  normalizePath,
  repoFilesFromRecord,
  WORKSPACE,
  type RepoFiles
} from './repo-paths.js';

type AppConfigLookup =
  | { status: 'found'; path: string; app: string }
  /** The file exists but names no app, or cannot be parsed: the app cannot be told. */
  | { status: 'no-app' | 'broken'; path: string }
  | { status: 'missing' };

/** Reads the `app` of a Fly config file (TOML, or JSON/YAML by extension). Never throws. */
function readAppConfig(repo: RepoFiles, path: string): AppConfigLookup {
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
function appNameOf(path: string, text: string): string | null | undefined {
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
