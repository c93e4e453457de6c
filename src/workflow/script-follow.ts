// What a shell command runs of the repository's own code, so needs inference can follow it:
// shell scripts (`./x.sh`, `bash x.sh`, `source x.sh`), package scripts (`npm run X`, `yarn X`,
// `pnpm --filter W X`, `bun run X`), Makefile targets, just recipes and Taskfile tasks. What
// cannot be followed (a script not in the checkout, a Python program, a container given the
// token, an agent) is reported to the host as unseen, with why.
import { shellOptions, wordText } from './fly-commands.js';
import { interpreterOf, interpolate, parseJustfile, type Justfile } from './just-file.js';
import { expandMake, parseMakefile, type Makefile } from './make-file.js';
import { readCached, type StepsContext } from './needs-context.js';
import {
  dirAndAbove,
  findWorkspaces,
  nearestPackage,
  packageScriptSource,
  workspacePackages,
  type PackageFile,
  type PackageFiles
} from './package-scripts.js';
import { joinPath, WORKSPACE } from './repo-files.js';
import { stringsOf, type Resolved } from './resolve.js';
import { embeddedSource, wholeFileSource, type ScriptSource } from './script-sources.js';
import { isShellName, wordLiteral, type SimpleCommand, type Word } from './shell.js';
import { expandTask, parseTaskfile, type TaskDefinition, type Taskfile } from './task-file.js';
import {
  fileTaskPath,
  MISE_CONFIG_NAMES,
  MISE_TASK_DIRS,
  parseMiseTasks,
  type MiseTask
} from './mise-file.js';

/** What following a command needs from the shell interpreter running it. */
export interface FollowHost {
  ctx: StepsContext;
  /** The working directory (repo-relative values). */
  cwd: Resolved;
  word(word: Word): Resolved;
  /**
   * Runs shell text from the repository. `shared`: in this shell (`source`), else in a child
   * shell starting in `cwd` with `positional` as `$1`... Each source runs in a shell of its own
   * (a Makefile's recipe lines). `key` names what runs, for cycles (`Makefile#deploy`).
   */
  run(sources: ScriptSource[], options: RunOptions): void;
  /** Something run with the token that cannot be seen. */
  unseen(detail: string, why: string, kind: UnseenKind, explicit?: boolean): void;
}

export interface RunOptions {
  key: string;
  shared: boolean;
  cwd: string;
  positional?: Resolved[];
}

/**
 * `missing`: a script or target that should be in the repository and is not (always reported when
 * the token reaches it); `runner`: a task runner whose task definitions are not read (`nx`,
 * `turbo`: the repository's own tasks, so reported as a missing script is); `code`: the
 * repository's code that is not shell (`node deploy.js`, `go run ./cmd`); `program`: another
 * program (`npx some-tool`, a container); `agent`: an AI agent with shell access.
 */
export type UnseenKind = 'missing' | 'runner' | 'code' | 'program' | 'agent';

/** An argument that names a file of code (`deploy.js`, `./scripts/x`, `main.go`). */
const CODE_FILE = /\/|\.(?:[cm]?[jt]sx?|py|rb|go|pl|php|exs?)$/;

/** Programs that run code the shell interpreter cannot read (`node deploy.js`, `go run .`). */
const PROGRAMS = new Set([
  'node',
  'nodejs',
  'deno',
  'python',
  'python2',
  'python3',
  'ruby',
  'perl',
  'php',
  'go',
  'cargo',
  'dotnet',
  'java',
  'mix',
  'elixir',
  'dagger',
  'tsx',
  'ts-node',
  'npx',
  'bunx',
  'pnpx',
  'uv',
  'poetry',
  'pipenv'
]);

/**
 * Task runners that run the repository's own tasks from definitions this guard does not read
 * (`nx affected -t deploy`, `turbo run deploy`, `rake deploy`): any task may run flyctl.
 */
const TASK_RUNNERS: ReadonlySet<string> = new Set([
  'nx',
  'turbo',
  'lerna',
  'moon',
  'rush',
  'rushx',
  'rake',
  'mage',
  'earthly',
  'bazel',
  'bazelisk',
  'gradle',
  'invoke'
]);

/** Package runners that run another program: `npx -y nx ...`, `pnpm exec turbo ...`. */
const EXEC_WRAPPERS = new Set(['npx', 'bunx', 'pnpx']);
const EXEC_SUBCOMMANDS = new Set(['exec', 'dlx', 'x']);
const EXEC_VALUE_FLAGS = new Set(['-p', '--package', '-c', '--call', '--filter', '-F', '-C']);

/** The program a package runner runs (`npx -y nx` -> `nx`), or null. */
function execTarget(base: string, args: Word[]): string | null {
  let i = 0;
  if (!EXEC_WRAPPERS.has(base)) {
    if (!['npm', 'pnpm', 'yarn', 'bun'].includes(base)) return null;
    while (i < args.length && (wordLiteral(args[i] as Word) ?? '').startsWith('-')) i++;
    const sub = args[i];
    if (!sub || !EXEC_SUBCOMMANDS.has(wordLiteral(sub) ?? '')) return null;
    i++;
  }
  for (; i < args.length; i++) {
    const text = wordLiteral(args[i] as Word);
    if (text === null) return null;
    if (text === '--') continue;
    if (!text.startsWith('-'))
      return (
        text
          .replace(/@[^/]*$/, '')
          .split('/')
          .pop() ?? text
      );
    if (EXEC_VALUE_FLAGS.has(text)) i++;
  }
  return null;
}

/** A task runner, called directly or through a package runner: true when reported. */
function taskRunner(host: FollowHost, cmd: SimpleCommand, base: string, args: Word[]): boolean {
  return runnerUnseen(host, cmd, TASK_RUNNERS.has(base) ? base : execTarget(base, args));
}

function runnerUnseen(host: FollowHost, cmd: SimpleCommand, runner: string | null): boolean {
  if (runner === null || !TASK_RUNNERS.has(runner)) return false;
  host.unseen(firstLine(cmd), `${runner} runs tasks this guard does not read`, 'runner');
  return true;
}

/** AI coding agents run from a shell: they can run anything with the job's environment. */
export const AGENTS: ReadonlySet<string> = new Set([
  'claude',
  'codex',
  'aider',
  'gemini',
  'opencode',
  'goose',
  'cursor-agent'
]);

/**
 * Follows `cmd` when it runs the repository's code (or says why it cannot). Returns false when the
 * command is none of those, for the interpreter's other cases.
 */
export function followCommand(host: FollowHost, cmd: SimpleCommand, program: string): boolean {
  const args = cmd.words.slice(1);
  const base = program.split('/').pop() ?? program;
  if (program === 'source' || program === '.') return shellFile(host, cmd, args, true);
  if (isShellName(base)) return shellFile(host, cmd, args, false);
  if (program.includes('/')) return shellFile(host, cmd, [cmd.words[0] as Word, ...args], false);
  if (taskRunner(host, cmd, base, args)) return true;
  switch (base) {
    case 'npm':
    case 'yarn':
    case 'pnpm':
    case 'bun':
      return packageScript(host, cmd, base, args);
    case 'make':
    case 'gmake':
      return makeTargets(host, cmd, args);
    case 'just':
      return justRecipe(host, cmd, args);
    case 'task':
    case 'go-task':
      return taskRun(host, cmd, args);
    case 'mise':
      return miseRun(host, cmd, args);
    case 'docker':
    case 'podman':
      return container(host, cmd, args);
    default:
      break;
  }
  if (AGENTS.has(base)) {
    host.unseen(firstLine(cmd), 'an AI agent with shell access', 'agent', true);
    return true;
  }
  if (PROGRAMS.has(base) || /^python\d/.test(base)) {
    const operands = args.map(w => wordLiteral(w) ?? '').filter(a => !a.startsWith('-'));
    const code =
      (base === 'go' && operands[0] === 'run') ||
      (!['npx', 'bunx', 'pnpx', 'uv', 'poetry', 'pipenv'].includes(base) &&
        CODE_FILE.test(operands[0] ?? ''));
    host.unseen(firstLine(cmd), 'a program that receives the token', code ? 'code' : 'program');
    return true;
  }
  return false;
}

/** The command as written, on one line, short. */
function firstLine(cmd: SimpleCommand): string {
  const words = cmd.words.map(w => (wordLiteral(w) ?? wordText(w)).replace(/\s+/g, ' '));
  const text = words.join(' ');
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** The value when it is known to be exactly one, else null. */
export function onlyValue(r: Resolved): string | null {
  const values = stringsOf(r);
  return !r.unknown && values.length === 1 ? (values[0] ?? null) : null;
}

/** The single known value of a word, or null. */
function single(host: FollowHost, word: Word | undefined): string | null {
  return word ? onlyValue(host.word(word)) : null;
}

/** The working directories the command may run in; null when one cannot be told. */
function dirs(host: FollowHost): string[] | null {
  return host.cwd.unknown ? null : stringsOf(host.cwd);
}

/** The directories a task runner may start in; null, told as unseen, when they are unknown. */
function runDirectories(host: FollowHost, cmd: SimpleCommand): string[] | null {
  const cwds = dirs(host);
  if (cwds === null)
    host.unseen(firstLine(cmd), 'cannot tell which directory it runs in', 'missing');
  return cwds;
}

function files(host: FollowHost): PackageFiles {
  return {
    read: path => readCached(host.ctx, path),
    list: () => {
      try {
        return host.ctx.repo.list?.();
      } catch {
        return undefined;
      }
    }
  };
}

/** What `make` reads from a repository file, worked out once per job (keyed by `key`). */
export function parsedOnce<T>(ctx: StepsContext, key: string, make: () => T): T {
  const cache = ctx.job.files.parsed;
  if (cache.has(key)) return cache.get(key) as T;
  const value = make();
  cache.set(key, value);
  return value;
}

// ---------------------------------------------------------------------------------------------
// Shell scripts

function shellFile(host: FollowHost, cmd: SimpleCommand, args: Word[], sourced: boolean): boolean {
  let i = 0;
  if (!sourced) {
    const options = shellOptions(args);
    if (options.dashC) return false;
    i = options.operand;
  }
  const fileWord = args[i];
  // `bash <<EOF` / `bash -s`: the script comes on stdin (the interpreter reads here-documents).
  if (!fileWord) return false;
  const detail = firstLine(cmd);
  const names = host.word(fileWord);
  const cwds = dirs(host);
  if (names.unknown || cwds === null) {
    host.unseen(detail, 'cannot tell which script it runs', 'missing');
    return true;
  }
  const positional = args.slice(i + 1).map(w => host.word(w));
  for (const cwd of cwds) {
    for (const name of stringsOf(names)) {
      const path = joinPath(cwd, name);
      if (path === null || path.startsWith('node_modules/') || path.includes('/node_modules/')) {
        host.unseen(detail, 'a program outside the checkout', 'program');
        continue;
      }
      const text = readCached(host.ctx, path);
      if (text === undefined) {
        host.unseen(wordText(fileWord), 'not in the checkout', 'missing');
        continue;
      }
      const interpreter = shebangOf(text);
      const shell =
        sourced || isShellName(program(cmd)) || interpreter === '' || isShellName(interpreter);
      if (!shell || text.includes('\u0000')) {
        const what = interpreter === '' ? 'a program' : `a ${interpreter} program`;
        host.unseen(wordText(fileWord), `${what} that receives the token`, 'code');
        continue;
      }
      host.run([wholeFileSource(path, text)], { key: path, shared: sourced, cwd, positional });
    }
  }
  return true;
}

function program(cmd: SimpleCommand): string {
  const first = cmd.words[0] ? wordLiteral(cmd.words[0]) : null;
  return (first ?? '').split('/').pop() ?? '';
}

// ---------------------------------------------------------------------------------------------
// Package scripts

const NPM_RUN = new Set(['run', 'run-script', 'rum', 'urn']);
const NPM_SCRIPT_COMMANDS: Record<string, string> = {
  start: 'start',
  test: 'test',
  t: 'test',
  tst: 'test',
  stop: 'stop',
  restart: 'restart'
};
const YARN_BUILTINS = new Set(
  (
    'add audit autoclean bin cache check config constraints create dedupe dlx exec explain ' +
    'generate-lock-entry global help import info init install licenses link list login logout ' +
    'node npm outdated owner pack patch patch-commit plugin policies publish rebuild remove ' +
    'search set stage team unlink unplug up upgrade upgrade-interactive version versions why ' +
    'workspaces'
  ).split(' ')
);
const PNPM_BUILTINS = new Set(
  (
    'add audit bin config create deploy dlx env exec fetch i import init install install-test ' +
    'it licenses link list ls outdated pack patch patch-commit prune publish rb rebuild remove ' +
    'rm root server setup store un uninstall unlink up update why'
  ).split(' ')
);
const BUN_BUILTINS = new Set(
  'add build create exec init install link pm remove test unlink update upgrade x'.split(' ')
);
type PmFlag = 'all' | 'dir' | 'selector' | 'value';
/** Package manager flags read here: every workspace, a directory, workspaces, or a value to skip. */
const PM_FLAGS: ReadonlyMap<string, PmFlag> = new Map(
  Object.entries({
    all: '-ws --workspaces -r --recursive -A --all',
    dir: '--prefix --cwd -C --dir',
    selector: '-w --workspace --filter -F',
    value: '--loglevel --reporter'
  }).flatMap(([effect, flags]) => flags.split(' ').map(flag => [flag, effect as PmFlag] as const))
);
/** The ones npm still reads after the script name (before `--`). */
const NPM_FLAGS_AFTER_SCRIPT = new Set(['--prefix', '-w', '--workspace', '-ws', '--workspaces']);

interface PackageRun {
  script: string;
  /** Directory flags (`--prefix`, `--cwd`, `-C`). */
  dir: string | null;
  /** Workspaces by name or path (`-w`, `yarn workspace`, `--filter`). */
  selectors: string[];
  /** Every workspace (`-ws`, `-r`, `workspaces foreach`). */
  all: boolean;
  /** Words after the script name, passed on to it. */
  extra: Word[];
}

function packageScript(
  host: FollowHost,
  cmd: SimpleCommand,
  manager: string,
  args: Word[]
): boolean {
  const run = readPackageRun(host, manager, args);
  if (run === null) return false;
  if (run === 'unknown') {
    host.unseen(firstLine(cmd), 'cannot tell which script it runs', 'missing');
    return true;
  }
  const cwds = runDirectories(host, cmd);
  if (cwds === null) return true;
  const repo = files(host);
  for (const cwd of cwds) {
    const dir = run.dir === null ? cwd : joinPath(cwd, run.dir);
    const nearest = dir === null ? null : nearestPackage(repo, dir);
    if (nearest === null || nearest === 'broken') {
      const where = dir === null || dir === '' ? 'the repository root' : dir;
      const why =
        nearest === 'broken'
          ? `${where}/package.json does not parse`
          : `no package.json in ${where}`;
      host.unseen(firstLine(cmd), why, 'missing');
      continue;
    }
    // yarn, pnpm and bun run a package's binary when it has no script of that name
    // (`pnpm turbo deploy`).
    const selected = run.all || run.selectors.length > 0;
    if (manager !== 'npm' && !selected && !nearest.scripts.has(run.script)) {
      runnerUnseen(host, cmd, run.script);
      continue;
    }
    let packages: PackageFile[] = [nearest];
    if (run.all) packages = workspacePackages(repo, nearest).filter(p => p.scripts.has(run.script));
    else if (run.selectors.length > 0) {
      packages = [];
      for (const selector of run.selectors) {
        const found = findWorkspaces(repo, nearest, selector);
        if (found.length === 0)
          host.unseen(firstLine(cmd), `workspace ${selector} not found`, 'missing');
        packages.push(...found);
      }
    }
    for (const pkg of packages) runPackageScript(host, pkg, run);
  }
  return true;
}

/** Runs `preX`, `X` (with the extra arguments) and `postX` of a package. */
function runPackageScript(host: FollowHost, pkg: PackageFile, run: PackageRun): void {
  if (!pkg.scripts.has(run.script)) return;
  const extra = run.extra.map(w => w.raw).join(' ');
  for (const name of [`pre${run.script}`, run.script, `post${run.script}`]) {
    const source = packageScriptSource(pkg, name);
    if (!source) continue;
    const text = name === run.script && extra !== '' ? `${source.text} ${extra}` : source.text;
    host.run([{ ...source, text }], { key: `${pkg.path}#${name}`, shared: false, cwd: pkg.dir });
  }
}

/** What `npm run X --prefix D`, `yarn workspace W X`, `pnpm -F W X`... run; null: no script. */
function readPackageRun(
  host: FollowHost,
  manager: string,
  args: Word[]
): PackageRun | 'unknown' | null {
  const run: PackageRun = { script: '', dir: null, selectors: [], all: false, extra: [] };
  let i = 0;
  const value = (word: Word | undefined): string | null => single(host, word);
  for (; i < args.length; i++) {
    const word = args[i] as Word;
    const text = value(word);
    if (text === null) return 'unknown';
    if (!text.startsWith('-')) {
      if (manager === 'yarn' && text === 'workspace') {
        const selector = value(args[i + 1]);
        if (selector === null) return 'unknown';
        run.selectors.push(selector);
        i++;
        continue;
      }
      if (manager === 'yarn' && text === 'workspaces' && value(args[i + 1]) === 'foreach') {
        run.all = true;
        i++;
        continue;
      }
      break;
    }
    // pnpm -w: the workspace root, no value.
    const last = readPmFlag(run, args, i, text, value, flag => flag !== '-w' || manager !== 'pnpm');
    if (last === 'unknown') return 'unknown';
    i = last;
  }
  const sub = value(args[i]);
  if (sub === null) return i < args.length ? 'unknown' : null;
  let scriptIndex: number;
  if (NPM_RUN.has(sub) || (manager !== 'npm' && sub === 'run')) scriptIndex = i + 1;
  else if (manager === 'npm') {
    const script = NPM_SCRIPT_COMMANDS[sub];
    if (!script) return null;
    run.script = script;
    scriptIndex = i;
  } else if (
    (manager === 'yarn' && YARN_BUILTINS.has(sub)) ||
    (manager === 'pnpm' && PNPM_BUILTINS.has(sub)) ||
    (manager === 'bun' && (BUN_BUILTINS.has(sub) || /\.[cm]?[jt]sx?$/.test(sub)))
  ) {
    return null;
  } else scriptIndex = i;
  // Flags between `run` and the script name (`npm run --silent build`).
  while (scriptIndex < args.length && (value(args[scriptIndex]) ?? '').startsWith('-')) {
    const effect = PM_FLAGS.get(value(args[scriptIndex]) ?? '');
    scriptIndex += effect && effect !== 'all' ? 2 : 1;
    if (effect === 'dir') run.dir = value(args[scriptIndex - 1]);
  }
  if (!run.script) {
    const script = value(args[scriptIndex]);
    if (script === null) return scriptIndex < args.length ? 'unknown' : null;
    run.script = script;
  }
  const rest = args.slice(scriptIndex + 1);
  // npm passes what follows `--`; yarn, pnpm and bun pass everything after the name.
  const dashes = rest.findIndex(w => wordLiteral(w) === '--');
  const passed = dashes >= 0 ? rest.slice(dashes + 1) : manager === 'npm' ? [] : rest;
  for (let k = 0; manager === 'npm' && k < rest.length && (dashes < 0 || k < dashes); k++) {
    const text = value(rest[k]) ?? '';
    const last = readPmFlag(run, rest, k, text, value, flag => NPM_FLAGS_AFTER_SCRIPT.has(flag));
    if (last === 'unknown') return 'unknown';
    k = last;
  }
  run.extra = passed;
  return run;
}

/**
 * Applies the flag `text` at `args[i]` (`--flag value` or `--flag=value`) to `run` when it is one
 * `reads` accepts; returns the index of its last word, or 'unknown' when its value is not known.
 */
function readPmFlag(
  run: PackageRun,
  args: Word[],
  i: number,
  text: string,
  value: (word: Word | undefined) => string | null,
  reads: (flag: string) => boolean
): number | 'unknown' {
  const eq = text.indexOf('=');
  const flag = eq > 0 ? text.slice(0, eq) : text;
  const effect = reads(flag) ? PM_FLAGS.get(flag) : undefined;
  if (effect === undefined) return i;
  if (effect === 'all') {
    run.all = true;
    return i;
  }
  const given = eq > 0 ? text.slice(eq + 1) : value(args[i + 1]);
  if (given === null) return 'unknown';
  if (effect === 'selector') run.selectors.push(given);
  else if (effect === 'dir') run.dir = given;
  return i + (eq > 0 ? 0 : 1);
}

// ---------------------------------------------------------------------------------------------
// make

const MAKE_VALUE_FLAGS = new Set([
  '-C',
  '--directory',
  '-f',
  '--file',
  '--makefile',
  '-I',
  '-o',
  '-W',
  '-l'
]);
const MAKEFILE_NAMES = ['GNUmakefile', 'makefile', 'Makefile'];

function makeTargets(host: FollowHost, cmd: SimpleCommand, args: Word[]): boolean {
  let directory: string | null = null;
  let file: string | null = null;
  const targets: string[] = [];
  const overrides = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const text = single(host, args[i]);
    if (text === null) {
      host.unseen(firstLine(cmd), 'cannot tell which target it runs', 'missing');
      return true;
    }
    if (text === '-n' || text === '--dry-run' || text === '--just-print') return true;
    if (text.startsWith('-')) {
      const eq = text.indexOf('=');
      const flag = eq > 0 ? text.slice(0, eq) : text.slice(0, 2);
      let given: string | null = null;
      if (MAKE_VALUE_FLAGS.has(flag)) {
        given =
          eq > 0
            ? text.slice(eq + 1)
            : text.length > 2 && !text.startsWith('--')
              ? text.slice(2)
              : single(host, args[++i]);
      }
      if (flag === '-C' || flag === '--directory') directory = given;
      if (flag === '-f' || flag === '--file' || flag === '--makefile') file = given;
      continue;
    }
    const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(text);
    if (assignment) overrides.set(assignment[1] ?? '', assignment[2] ?? '');
    else targets.push(text);
  }
  const cwds = runDirectories(host, cmd);
  if (cwds === null) return true;
  for (const cwd of cwds) {
    const dir = directory === null ? cwd : joinPath(cwd, directory);
    if (dir === null) {
      host.unseen(firstLine(cmd), 'runs outside the checkout', 'missing');
      continue;
    }
    const candidates = file !== null ? [file] : MAKEFILE_NAMES;
    const path = candidates
      .map(name => joinPath(dir, name))
      .find((p): p is string => p !== null && readCached(host.ctx, p) !== undefined);
    if (path === undefined) {
      host.unseen(
        firstLine(cmd),
        `no Makefile in ${dir === '' ? 'the repository root' : dir}`,
        'missing'
      );
      continue;
    }
    const makefile = parsedOnce(host.ctx, `make:${path}`, () =>
      parseMakefile(readCached(host.ctx, path) ?? '')
    );
    const wanted =
      targets.length > 0 ? targets : makefile.defaultTarget ? [makefile.defaultTarget] : [];
    const done = new Set<string>();
    for (const target of wanted)
      runMakeTarget(host, cmd, makefile, path, dir, target, overrides, done);
  }
  return true;
}

function runMakeTarget(
  host: FollowHost,
  cmd: SimpleCommand,
  makefile: Makefile,
  path: string,
  dir: string,
  target: string,
  overrides: Map<string, string>,
  done: Set<string>
): void {
  if (done.has(target)) return;
  done.add(target);
  const rule = makefile.rules.get(target);
  if (!rule) {
    // A file prerequisite (`build: src/main.go`) has no rule: nothing to run. A target asked for
    // by name that has none comes from a pattern rule or an included file we did not read.
    if (done.size === 1)
      host.unseen(firstLine(cmd), `target ${target} not found in ${path}`, 'missing');
    return;
  }
  for (const prerequisite of rule.prerequisites) {
    if (makefile.rules.has(prerequisite))
      runMakeTarget(host, cmd, makefile, path, dir, prerequisite, overrides, done);
  }
  const context = { target, overrides, curdir: dir === '' ? WORKSPACE : `${WORKSPACE}/${dir}` };
  const sources = rule.recipe.map(line => {
    const text = expandMake(line.text, makefile, context);
    return embeddedSource(path, text, line.line, line.column, text === line.text);
  });
  if (sources.length > 0) host.run(sources, { key: `${path}#${target}`, shared: false, cwd: dir });
}

// ---------------------------------------------------------------------------------------------
// just

const JUSTFILE_NAMES = ['justfile', 'Justfile', '.justfile', 'JUSTFILE'];

function justRecipe(host: FollowHost, cmd: SimpleCommand, args: Word[]): boolean {
  let file: string | null = null;
  let workdir: string | null = null;
  const words: string[] = [];
  const overrides = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const text = single(host, args[i]);
    if (text === null) {
      host.unseen(firstLine(cmd), 'cannot tell which recipe it runs', 'missing');
      return true;
    }
    if (text === '-f' || text === '--justfile') file = single(host, args[++i]);
    else if (text === '-d' || text === '--working-directory') workdir = single(host, args[++i]);
    else if (text === '--set') {
      const name = single(host, args[++i]);
      const value = single(host, args[++i]);
      if (name !== null && value !== null) overrides.set(name, value);
    } else if (text === '-n' || text === '--dry-run' || text === '-l' || text === '--list')
      return true;
    else if (text.startsWith('-')) continue;
    else if (words.length === 0 && /^[A-Za-z_][\w-]*=/.test(text)) {
      const eq = text.indexOf('=');
      overrides.set(text.slice(0, eq), text.slice(eq + 1));
    } else words.push(text);
  }
  const cwds = runDirectories(host, cmd);
  if (cwds === null) return true;
  for (const cwd of cwds) {
    const found = runnerFile(host, cmd, cwd, file, JUSTFILE_NAMES, 'justfile');
    if (!found) continue;
    const { path, text } = found;
    const parsed = parsedOnce(host.ctx, `just:${path}`, () => parseJustfile(text));
    // The parse is shared by every `just` call of the job: overrides go on a copy.
    const justfile = { ...parsed, variables: new Map([...parsed.variables, ...overrides]) };
    const name = words[0] ?? justfile.defaultRecipe;
    if (name === null || !justfile.recipes.has(name)) {
      host.unseen(firstLine(cmd), `recipe ${name ?? '(default)'} not found in ${path}`, 'missing');
      continue;
    }
    const dir = (workdir !== null ? joinPath(cwd, workdir) : null) ?? dirOf(path);
    runJustRecipe(host, cmd, justfile, path, dir, name, words.slice(1), new Set());
  }
  return true;
}

function runJustRecipe(
  host: FollowHost,
  cmd: SimpleCommand,
  justfile: Justfile,
  path: string,
  dir: string,
  name: string,
  args: string[],
  done: Set<string>
): void {
  const recipe = justfile.recipes.get(name);
  if (!recipe || done.has(name)) return;
  done.add(name);
  for (const dependency of recipe.dependencies)
    runJustRecipe(host, cmd, justfile, path, dir, dependency, [], done);
  const parameters = new Map<string, string>();
  recipe.parameters.forEach((p, i) => {
    const value = p.variadic ? args.slice(i).join(' ') : (args[i] ?? p.default);
    if (value !== null && value !== undefined) parameters.set(p.name, value);
  });
  const expanded = recipe.lines.map(l => ({
    ...l,
    text: interpolate(l.text, justfile.variables, parameters)
  }));
  if (recipe.shebang !== null && !isShellName(recipe.shebang)) {
    host.unseen(`just ${name}`, `a ${recipe.shebang} recipe that receives the token`, 'program');
    return;
  }
  const sources =
    recipe.shebang !== null
      ? [
          embeddedSource(
            path,
            expanded.map(l => l.text).join('\n'),
            expanded[0]?.line ?? 1,
            expanded[0]?.column ?? 1,
            false
          )
        ]
      : expanded.map((l, i) =>
          embeddedSource(path, l.text, l.line, l.column, l.text === recipe.lines[i]?.text)
        );
  if (sources.length > 0) host.run(sources, { key: `${path}#${name}`, shared: false, cwd: dir });
}

/**
 * A task runner's file, read: `file` (given, relative to `dir`) or the first of `names` from `dir`
 * up. Null, told as unseen, when it is not in the checkout.
 */
function runnerFile(
  host: FollowHost,
  cmd: SimpleCommand,
  dir: string | null,
  file: string | null,
  names: string[],
  what: string
): { path: string; text: string } | null {
  const path =
    dir === null ? null : file !== null ? joinPath(dir, file) : findUpwards(host, dir, names);
  const text = path === null ? undefined : readCached(host.ctx, path);
  if (path !== null && text !== undefined) return { path, text };
  host.unseen(firstLine(cmd), `no ${what} in the checkout`, 'missing');
  return null;
}

function findUpwards(host: FollowHost, dir: string, names: string[]): string | null {
  for (const current of dirAndAbove(dir)) {
    for (const name of names) {
      const path = current === '' ? name : `${current}/${name}`;
      if (readCached(host.ctx, path) !== undefined) return path;
    }
  }
  return null;
}

/** The directory of a repo-relative file path (`''` at the root). */
function dirOf(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
}

/** The interpreter a file's `#!` line names; '' without one. */
function shebangOf(text: string): string {
  return text.startsWith('#!') ? interpreterOf(text.split('\n')[0] ?? '') : '';
}

// ---------------------------------------------------------------------------------------------
// Task (go-task)

const TASKFILE_NAMES = [
  'Taskfile.yml',
  'taskfile.yml',
  'Taskfile.yaml',
  'taskfile.yaml',
  'Taskfile.dist.yml',
  'taskfile.dist.yml',
  'Taskfile.dist.yaml',
  'taskfile.dist.yaml'
];

function taskRun(host: FollowHost, cmd: SimpleCommand, args: Word[]): boolean {
  let file: string | null = null;
  let workdir: string | null = null;
  const names: string[] = [];
  const vars = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const text = single(host, args[i]);
    if (text === null) {
      host.unseen(firstLine(cmd), 'cannot tell which task it runs', 'missing');
      return true;
    }
    if (text === '--') break;
    if (text === '-t' || text === '--taskfile') file = single(host, args[++i]);
    else if (text === '-d' || text === '--dir') workdir = single(host, args[++i]);
    else if (text === '-n' || text === '--dry' || text === '-l' || text === '--list') return true;
    else if (text.startsWith('-')) continue;
    else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(text)) {
      const eq = text.indexOf('=');
      vars.set(text.slice(0, eq), text.slice(eq + 1));
    } else names.push(text);
  }
  const cwds = runDirectories(host, cmd);
  if (cwds === null) return true;
  for (const cwd of cwds) {
    const base = workdir === null ? cwd : joinPath(cwd, workdir);
    const found = runnerFile(host, cmd, base, file, TASKFILE_NAMES, 'Taskfile');
    if (!found) continue;
    const { path, text } = found;
    const taskfile = parsedOnce(host.ctx, `task:${path}`, () => parseTaskfile(text));
    if (taskfile === null) {
      host.unseen(firstLine(cmd), `${path} cannot be read`, 'missing');
      continue;
    }
    const fileDir = dirOf(path);
    for (const name of names.length > 0 ? names : ['default']) {
      if (!taskfile.tasks.has(name)) {
        host.unseen(firstLine(cmd), `task ${name} not found in ${path}`, 'missing');
        continue;
      }
      runTask(host, taskfile, path, fileDir, name, vars, { stack: [], calls: 0 });
    }
  }
  return true;
}

/** How deep tasks may call tasks, and how many task calls one `task` command may make in all. */
const MAX_TASK_DEPTH = 16;
const MAX_TASK_CALLS = 256;

/** One `task` command's walk: the tasks being run (for cycles) and the calls made so far. */
interface TaskWalk {
  stack: string[];
  calls: number;
}

function runTask(
  host: FollowHost,
  taskfile: Taskfile,
  path: string,
  fileDir: string,
  name: string,
  given: Map<string, string>,
  walk: TaskWalk
): void {
  const task: TaskDefinition | undefined = taskfile.tasks.get(name);
  // A task calling itself (directly or through others) adds nothing its first run did not show;
  // calls fanning out (each task calling the next several times) are cut by the call budget.
  if (!task || walk.stack.includes(name) || walk.stack.length > MAX_TASK_DEPTH) return;
  if (walk.calls >= MAX_TASK_CALLS) {
    if (walk.calls++ === MAX_TASK_CALLS)
      host.unseen(`task ${name}`, `more than ${MAX_TASK_CALLS} task calls to follow`, 'missing');
    return;
  }
  walk.calls++;
  walk.stack.push(name);
  const vars = new Map([...taskfile.vars, ...task.vars, ...given]);
  const dir =
    task.dir === null ? fileDir : (joinPath(fileDir, expandTask(task.dir, vars)) ?? fileDir);
  const sources: ScriptSource[] = [];
  const flush = (): void => {
    if (sources.length > 0)
      host.run(sources.splice(0), { key: `${path}#${name}`, shared: false, cwd: dir });
  };
  for (const step of task.steps) {
    if (step.kind === 'task') {
      flush();
      runTask(
        host,
        taskfile,
        path,
        fileDir,
        expandTask(step.name, vars),
        new Map([...given, ...step.vars]),
        walk
      );
      continue;
    }
    const text = expandTask(step.text, vars);
    sources.push(
      embeddedSource(
        path,
        text,
        step.line,
        step.column,
        step.exact && text === step.text,
        step.continuationColumn
      )
    );
  }
  flush();
  walk.stack.pop();
}

// ---------------------------------------------------------------------------------------------
// mise

/** mise's own subcommands (anything else is a task: `mise deploy` runs the task `deploy`). */
const MISE_COMMANDS = new Set(
  (
    'activate alias backends bin-paths cache completion config deactivate doctor en env exec ' +
    'fmt generate global implode install install-into latest link local ls ls-remote mcp ' +
    'outdated plugins prune registry reshim search self-update set settings shell sync tool ' +
    'tool-stub trust uninstall unset unuse upgrade usage use version watch where which x'
  ).split(' ')
);
const MISE_VALUE_FLAGS = new Set([
  '-C',
  '--cd',
  '-E',
  '--env',
  '-j',
  '--jobs',
  '-o',
  '--output',
  '-t',
  '--tool',
  '-p',
  '--profile'
]);

interface MiseTasks {
  /** Where the config was found: tasks run there unless they say `dir`. */
  root: string;
  path: string;
  tasks: Map<string, MiseTask>;
}

function miseRun(host: FollowHost, cmd: SimpleCommand, args: Word[]): boolean {
  let directory: string | null = null;
  const names: string[] = [];
  let i = 0;
  let sawRun = false;
  for (; i < args.length; i++) {
    const text = single(host, args[i]);
    if (text === null) {
      host.unseen(firstLine(cmd), 'cannot tell which task it runs', 'missing');
      return true;
    }
    if (text === '-n' || text === '--dry-run') return true;
    if (text.startsWith('-')) {
      const eq = text.indexOf('=');
      const flag = eq > 0 ? text.slice(0, eq) : text;
      const given = MISE_VALUE_FLAGS.has(flag)
        ? eq > 0
          ? text.slice(eq + 1)
          : single(host, args[++i])
        : null;
      if (flag === '-C' || flag === '--cd') directory = given;
      continue;
    }
    if (!sawRun && names.length === 0) {
      if (text === 'run' || text === 'r') {
        sawRun = true;
        continue;
      }
      if (text === 'tasks' || text === 'task' || text === 't') {
        if (single(host, args[i + 1]) !== 'run') return false;
        sawRun = true;
        i++;
        continue;
      }
      if (MISE_COMMANDS.has(text)) return false;
    }
    names.push(text);
    // `mise run a ::: b`: several tasks; other words are the task's arguments.
    while (i + 1 < args.length && single(host, args[i + 1]) !== ':::') i++;
    if (i + 1 < args.length) i++;
  }
  if (names.length === 0) {
    host.unseen(firstLine(cmd), 'runs a task chosen at run time', 'missing');
    return true;
  }
  const cwds = runDirectories(host, cmd);
  if (cwds === null) return true;
  for (const cwd of cwds) {
    const base = directory === null ? cwd : joinPath(cwd, directory);
    if (base === null) {
      host.unseen(firstLine(cmd), 'runs outside the checkout', 'missing');
      continue;
    }
    const configs = miseConfigs(host, base);
    for (const name of names) runMiseTask(host, cmd, configs, base, name, new Set());
  }
  return true;
}

/** Every mise config from `dir` up to the repository root, nearest first. */
function miseConfigs(host: FollowHost, dir: string): MiseTasks[] {
  const found: MiseTasks[] = [];
  for (const current of dirAndAbove(dir)) {
    for (const name of MISE_CONFIG_NAMES) {
      const path = current === '' ? name : `${current}/${name}`;
      const text = readCached(host.ctx, path);
      if (text === undefined) continue;
      const tasks = parsedOnce(host.ctx, `mise:${path}`, () => parseMiseTasks(text));
      if (tasks) found.push({ root: current, path, tasks });
    }
  }
  return found;
}

function runMiseTask(
  host: FollowHost,
  cmd: SimpleCommand,
  configs: MiseTasks[],
  base: string,
  name: string,
  done: Set<string>
): void {
  if (done.has(name)) return;
  done.add(name);
  const config = configs.find(c => c.tasks.has(name));
  const task = config?.tasks.get(name);
  if (config && task) {
    for (const dependency of task.depends) runMiseTask(host, cmd, configs, base, dependency, done);
    const dir = task.dir === null ? config.root : (joinPath(config.root, task.dir) ?? config.root);
    if (task.file !== null) {
      miseFileTask(host, cmd, joinPath(config.root, task.file), dir);
      return;
    }
    const sources = task.run.map(r =>
      embeddedSource(config.path, r.text, r.line, r.column, r.exact)
    );
    if (sources.length > 0)
      host.run(sources, { key: `${config.path}#${name}`, shared: false, cwd: dir });
    return;
  }
  // A file task: an executable under one of mise's task directories, from here up.
  const roots = [...new Set([base, ...configs.map(c => c.root)])];
  for (const root of roots) {
    for (const taskDir of MISE_TASK_DIRS) {
      const path = joinPath(root, `${taskDir}/${fileTaskPath(name)}`);
      if (path !== null && readCached(host.ctx, path) !== undefined) {
        miseFileTask(host, cmd, path, root);
        return;
      }
    }
  }
  host.unseen(firstLine(cmd), `mise task ${name} not found in the checkout`, 'missing');
}

function miseFileTask(
  host: FollowHost,
  cmd: SimpleCommand,
  path: string | null,
  cwd: string
): void {
  const text = path === null ? undefined : readCached(host.ctx, path);
  if (path === null || text === undefined) {
    host.unseen(firstLine(cmd), `${path ?? 'a task file'} not in the checkout`, 'missing');
    return;
  }
  const interpreter = shebangOf(text);
  if (interpreter !== '' && !isShellName(interpreter)) {
    host.unseen(path, `a ${interpreter} task that receives the token`, 'code');
    return;
  }
  host.run([wholeFileSource(path, text)], { key: path, shared: false, cwd });
}

// ---------------------------------------------------------------------------------------------
// Containers

const TOKEN_ENV = /^(FLY_API_TOKEN|FLY_ACCESS_TOKEN)(=|$)/;

/** `docker run -e FLY_API_TOKEN ...`: a container that receives the token. */
function container(host: FollowHost, cmd: SimpleCommand, args: Word[]): boolean {
  const sub = args[0] ? wordLiteral(args[0]) : null;
  if (
    sub !== 'run' &&
    sub !== 'exec' &&
    !(sub === 'container' && wordLiteral(args[1] as Word) === 'run')
  )
    return false;
  for (let i = 1; i < args.length; i++) {
    const text = wordText(args[i] as Word);
    const value = /^(-e|--env)$/.test(text)
      ? wordText(args[i + 1] ?? (args[i] as Word))
      : /^(--env|-e)=?(.*)$/.exec(text)?.[2];
    if (
      value !== undefined &&
      (TOKEN_ENV.test(value) || /secrets\.[A-Za-z0-9_]*fly/i.test(value))
    ) {
      host.unseen(firstLine(cmd), 'a container that receives the token', 'program', true);
      return true;
    }
    if (text === '--env-file' || text.startsWith('--env-file=')) {
      host.unseen(firstLine(cmd), 'a container that may receive the token (--env-file)', 'program');
      return true;
    }
  }
  return false;
}
