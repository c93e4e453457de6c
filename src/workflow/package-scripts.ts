// package.json scripts, as `npm run`, `yarn`, `pnpm` and `bun run` find them: the package of a
// directory (or the nearest one above it), workspaces by name or path, and each script's line.
import { lineStarts, positionAt } from './line-index.js';
import { joinPath } from './repo-files.js';
import { embeddedSource, type ScriptSource } from './script-sources.js';
import { mapGet, readYamlTree } from './yaml-tree.js';

export interface PackageFile {
  /** Repo-relative directory of the package (`''` for the root). */
  dir: string;
  path: string;
  name: string | null;
  scripts: Map<string, string>;
  /** Workspace globs (`workspaces`, or `packages` of pnpm-workspace.yaml). */
  workspaces: string[];
  text: string;
}

/** What package readers need of the repository: cached reads and an optional file list. */
export interface PackageFiles {
  read(path: string): string | undefined;
  list(): string[] | undefined;
}

/** The package.json of `dir`; null when there is none; 'broken' when it does not parse. */
function readPackage(files: PackageFiles, dir: string): PackageFile | null | 'broken' {
  const path = dir === '' ? 'package.json' : `${dir}/package.json`;
  const text = files.read(path);
  if (text === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'broken';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return 'broken';
  const record = parsed as Record<string, unknown>;
  const scripts = new Map<string, string>();
  const raw = record['scripts'];
  if (typeof raw === 'object' && raw !== null) {
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
      if (typeof value === 'string') scripts.set(key, value);
    }
  }
  return {
    dir,
    path,
    name: typeof record['name'] === 'string' ? record['name'] : null,
    scripts,
    workspaces: workspaceGlobs(files, dir, record['workspaces']),
    text
  };
}

function workspaceGlobs(files: PackageFiles, dir: string, declared: unknown): string[] {
  const globs: string[] = [];
  const add = (list: unknown): void => {
    if (Array.isArray(list)) for (const g of list) if (typeof g === 'string') globs.push(g);
  };
  add(declared);
  if (typeof declared === 'object' && declared !== null && !Array.isArray(declared))
    add((declared as Record<string, unknown>)['packages']);
  const pnpm = files.read(dir === '' ? 'pnpm-workspace.yaml' : `${dir}/pnpm-workspace.yaml`);
  if (pnpm !== undefined) {
    const packages = mapGet(readYamlTree(pnpm).root, 'packages');
    if (packages?.kind === 'seq') {
      for (const item of packages.items) {
        if (item.kind === 'scalar' && typeof item.value === 'string') globs.push(item.value);
      }
    }
  }
  return globs;
}

/** `dir`, then each directory above it up to the repository root (`''`). */
export function* dirAndAbove(dir: string): Generator<string> {
  let current = dir;
  for (;;) {
    yield current;
    if (current === '') return;
    const slash = current.lastIndexOf('/');
    current = slash < 0 ? '' : current.slice(0, slash);
  }
}

/** The package a command in `dir` runs scripts of: `dir`'s, else the nearest one above it. */
export function nearestPackage(files: PackageFiles, dir: string): PackageFile | null | 'broken' {
  for (const current of dirAndAbove(dir)) {
    const found = readPackage(files, current);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The workspace packages of `root` that `selector` names: a path (`packages/api`, `./api`), a
 * package name (`@acme/api`), or a pnpm filter pattern (`@acme/*`, `api...`).
 */
export function findWorkspaces(
  files: PackageFiles,
  root: PackageFile,
  selector: string
): PackageFile[] {
  const wanted = selector.replace(/^\{(.*)\}$/, '$1').replace(/\.\.\.$/, '');
  const asPath = joinPath(root.dir, wanted);
  if (asPath !== null && (wanted.startsWith('.') || wanted.includes('/'))) {
    const byPath = readPackage(files, asPath);
    if (byPath !== null && byPath !== 'broken') return [byPath];
  }
  const pattern = globPattern(wanted);
  return workspacePackages(files, root).filter(
    p => (p.name !== null && pattern.test(p.name)) || p.dir === asPath
  );
}

/** Every workspace package of `root` (globs expanded over the repository's file list). */
export function workspacePackages(files: PackageFiles, root: PackageFile): PackageFile[] {
  const out: PackageFile[] = [];
  const seen = new Set<string>();
  const add = (dir: string): void => {
    if (seen.has(dir)) return;
    seen.add(dir);
    const found = readPackage(files, dir);
    if (found !== null && found !== 'broken') out.push(found);
  };
  let listed: string[] | undefined;
  for (const glob of root.workspaces) {
    if (glob.startsWith('!')) continue;
    const dir = joinPath(root.dir, glob.replace(/\/$/, ''));
    if (dir === null) continue;
    if (!/[*?{[]/.test(dir)) {
      add(dir);
      continue;
    }
    listed ??= files.list() ?? [];
    const pattern = globPattern(dir, true);
    for (const file of listed) {
      if (!file.endsWith('/package.json') || file.includes('node_modules/')) continue;
      const packageDir = file.slice(0, -'/package.json'.length);
      if (pattern.test(packageDir)) add(packageDir);
    }
  }
  return out;
}

/** `*` within a segment, `**` across segments (paths), `*` anything (names). */
function globPattern(glob: string, path = false): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charAt(i);
    if (c === '*' && glob.charAt(i + 1) === '*') {
      out += '.*';
      i++;
    } else if (c === '*') out += path ? '[^/]*' : '.*';
    else if (c === '?') out += path ? '[^/]' : '.';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** A script of a package as shell text, located at its line in package.json. */
export function packageScriptSource(pkg: PackageFile, name: string): ScriptSource | null {
  const value = pkg.scripts.get(name);
  if (value === undefined) return null;
  const at = scriptValueOffset(pkg.text, name);
  if (at === null) return embeddedSource(pkg.path, value, 1, 1, false);
  const { line, column } = positionAt(lineStarts(pkg.text), at.offset);
  return embeddedSource(pkg.path, value, line, column, at.plain);
}

/**
 * Where the value of script `name` starts in package.json (just after its opening quote), and
 * whether it is written without escapes (so columns inside it are exact). Looks after the
 * `"scripts"` key, which is where npm reads it.
 */
function scriptValueOffset(text: string, name: string): { offset: number; plain: boolean } | null {
  const scripts = /"scripts"\s*:\s*\{/.exec(text);
  if (!scripts) return null;
  const key = JSON.stringify(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const entry = new RegExp(`${key}\\s*:\\s*"`, 'g');
  entry.lastIndex = scripts.index + scripts[0].length;
  const found = entry.exec(text);
  if (!found) return null;
  const offset = found.index + found[0].length;
  let end = offset;
  while (end < text.length && text.charAt(end) !== '"') end += text.charAt(end) === '\\' ? 2 : 1;
  return { offset, plain: !text.slice(offset, end).includes('\\') };
}
