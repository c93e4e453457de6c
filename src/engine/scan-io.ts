// The scan's contact with git: list a work tree's files and diff it against a base commit.
import { execFileSync } from 'node:child_process';

const GIT_TIMEOUT_MS = 30_000;
const GIT_MAX_BUFFER = 256 * 1024 * 1024;

/**
 * The repository's own config may name programs git runs (a directory handed to `scan`, or a
 * config an earlier step rewrote): the file-system monitor hook runs on `ls-files` and `diff`,
 * textconv and external diff drivers on `diff`, clean filters whenever a work-tree file is
 * compared. None is needed to list or diff: the monitor is switched off, drivers are refused on
 * the command line, and diffs are between commits, never against the work tree.
 */
const NO_REPOSITORY_PROGRAMS = ['-c', 'core.fsmonitor=false'];

/** What git needs from the environment; never the run's inputs, tokens or other secrets. */
const GIT_ENVIRONMENT = ['PATH', 'HOME', 'USERPROFILE', 'SYSTEMROOT', 'TMPDIR', 'TEMP', 'TMP'];

function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
  for (const name of GIT_ENVIRONMENT) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return env;
}

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', [...NO_REPOSITORY_PROGRAMS, ...args], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: GIT_TIMEOUT_MS,
      maxBuffer: GIT_MAX_BUFFER,
      env: gitEnvironment()
    });
  } catch {
    return undefined;
  }
}

/** `git ls-files` (tracked plus untracked, not ignored); undefined outside a work tree. */
export function gitListing(root: string): string[] | undefined {
  const inside = git(root, ['rev-parse', '--is-inside-work-tree']);
  if (inside?.trim() !== 'true') return undefined;
  const out = git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  if (out === undefined) return undefined;
  const files = [...new Set(out.split('\0').filter(f => f !== ''))];
  // A directory git ignores (or one not yet added anywhere) lists nothing: walk it instead.
  return files.length > 0 ? files.sort() : undefined;
}

/**
 * `git diff --unified=0 <base> HEAD` in the root: what the checked-out commit changes; undefined
 * when git or the commit is not there.
 */
export function gitDiff(root: string, base: string): string | undefined {
  if (!/^[0-9a-f]{7,64}$/i.test(base)) return undefined;
  if (git(root, ['cat-file', '-e', `${base}^{commit}`]) === undefined) return undefined;
  return git(root, [
    '-c',
    'core.quotepath=off',
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--unified=0',
    '--relative',
    base,
    'HEAD',
    '--'
  ]);
}

/** Kept for the action's scan mode, which diffs through it. */
export const fsScanIo = { diff: gitDiff };
