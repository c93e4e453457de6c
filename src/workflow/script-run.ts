// Interpreting a `run:` script just enough for needs inference: variables and `cd` in order,
// `if` tests with known operands, loops over literal lists, values written to $GITHUB_OUTPUT /
// $GITHUB_ENV, every flyctl invocation with the state it runs in, and the repository's own
// scripts, package scripts and task runners it calls (followed, through `script-follow.ts`).
import {
  flyctlWith,
  flyInvocationOf,
  joinContinuations,
  shellDashC,
  shellOptions,
  wordText
} from './fly-commands.js';
import { flyctlContainer, type FlyctlContainer } from './flyctl-image.js';
import { addEvidence, recordInvocation, type Resolver } from './fly-apps.js';
import type { Step } from './model.js';
import {
  FLY_TOKEN_ENV,
  tokenCarrier,
  type StepEffects,
  type StepsContext
} from './needs-context.js';
import { locateInValue } from './parse-workflow.js';
import { flyRegistryLogin, pushedApps, pushedImageWords } from './registry-push.js';
import { scrubTokenForms } from '../token/scrub.js';
import { joinPath, normalizePath, WORKSPACE } from './repo-files.js';
import {
  concat,
  known,
  stringsOf,
  union,
  UNKNOWN,
  workspacePath,
  type Resolved,
  type Scope
} from './resolve.js';
import {
  followCommand,
  onlyValue,
  parsedOnce,
  type FollowHost,
  type RunOptions,
  type UnseenKind
} from './script-follow.js';
import type { ScriptSource } from './script-sources.js';
import {
  DECLARATION_COMMANDS,
  isShellName,
  literalHead,
  parseShell,
  parseShellRegion,
  wordAfter,
  wordLiteral,
  type Assignment,
  type SimpleCommand,
  type Statement,
  type Word,
  type WordPart
} from './shell.js';
import { shellDialect } from './shell-dialect.js';
import { scriptInDialect } from './step-script.js';
import type { SourceLocation } from './types.js';

interface ShellState {
  vars: Map<string, Resolved>;
  /** Working directory (repo-relative); unknown after `cd $SOMETHING`. */
  cwd: Resolved;
}

/** Where a script runs from: the call sites that led to it, and what is running (cycles). */
interface Frame {
  via: SourceLocation[];
  trail: string[];
}

/** How deep scripts may call scripts (workflow -> script -> package script -> ...). */
const MAX_FOLLOW_DEPTH = 8;

/**
 * How deep statement lists may be interpreted inside one another, all kinds together (blocks,
 * `$( )`, `bash -c` and here-document regions, followed scripts): the stack stays bounded.
 */
const MAX_EXEC_DEPTH = 256;

/**
 * The shell's own commands that cannot hand a token to anything: a step running only these does
 * nothing with it out of sight (variables they set, and `$( )` inside them, are followed).
 */
const SHELL_OWN: ReadonlySet<string> = new Set([
  '[',
  '[[',
  'test',
  'echo',
  'printf',
  'exit',
  'return',
  'true',
  'false',
  ':',
  'set',
  'shift',
  'read',
  'unset',
  'cd',
  'pushd',
  'popd',
  ...DECLARATION_COMMANDS
]);

/** `bash -c '...'` and here-documents fed to a shell, inside one another (each is parsed again). */
const MAX_REGION_NESTING = 16;

const TOO_DEEP = 'shell nested too deeply to follow';

export function runScript(ctx: StepsContext, step: Step, scope: Scope, effects: StepEffects): void {
  const run = step.run;
  if (!run) return;
  const workingDir = step.workingDirectory ?? ctx.defaultWorkingDir;
  let cwd = known('');
  if (workingDir !== null) cwd = mapDirs(scope.template(workingDir), d => normalizePath(d));
  const state: ShellState = { vars: new Map(), cwd };
  const locate = (start: number, end: number): SourceLocation =>
    locateInValue(ctx.file, run.map, start, end);
  const dialect = shellDialect(step.shell ?? ctx.defaultShell ?? null, ctx.runsOn ?? null);
  if (dialect === 'other') {
    // `shell: python`: a program in the step itself, handed whatever the step's env holds.
    effects.unseen.push({
      reason: 'script',
      detail: `shell: ${step.shell ?? ctx.defaultShell ?? ''}`,
      why: 'a script in a language other than shell',
      location: run.location,
      ...tokenCarrier(name => scope.env(name)),
      program: true,
      code: true,
      explicit: false
    });
    return;
  }
  const script = scriptInDialect(run, dialect);
  if (!script) return;
  new ScriptRun(ctx, script.text, scope, state, effects, locate, { via: [], trail: [] }).exec(
    script.statements,
    false
  );
}

function mapDirs(r: Resolved, f: (dir: string) => string | null): Resolved {
  const values: string[] = [];
  let unknown = r.unknown;
  for (const v of stringsOf(r)) {
    const mapped = f(v);
    if (mapped === null) unknown = true;
    else values.push(mapped);
  }
  return { values: [...new Set(values)], unknown };
}

/** Shell text of repository files, parsed once per job (a script runs once per matrix value). */
function parsedSource(ctx: StepsContext, source: ScriptSource): Statement[] {
  return parsedOnce(ctx, `sh:${source.file}\u0000${source.text}`, () => parseShell(source.text));
}

class ScriptRun {
  /** `bash -c` / here-document regions being run inside one another. */
  private regions = 0;

  constructor(
    private readonly ctx: StepsContext,
    private readonly script: string,
    private readonly scope: Scope,
    private readonly state: ShellState,
    private readonly effects: StepEffects,
    private readonly locate: (start: number, end: number) => SourceLocation,
    private readonly frame: Frame
  ) {}

  exec(statements: Statement[], conditional: boolean): void {
    const job = this.ctx.job;
    const [first] = statements;
    if (!first) return;
    if (job.depth >= MAX_EXEC_DEPTH) return this.limitReached(first, TOO_DEEP);
    job.depth++;
    try {
      this.execList(statements, conditional);
    } finally {
      job.depth--;
    }
  }

  private execList(statements: Statement[], conditional: boolean): void {
    for (const s of statements) {
      switch (s.kind) {
        case 'command':
          this.command(s, conditional);
          break;
        case 'if': {
          let decided = false;
          let open = false;
          for (const clause of s.clauses) {
            this.exec(clause.condition, conditional || open);
            const truth = this.staticTest(clause.condition);
            if (truth === false) continue;
            if (truth === true) {
              this.exec(clause.body, conditional || open);
              decided = true;
              break;
            }
            open = true;
            this.exec(clause.body, true);
          }
          if (!decided && s.elseBody) this.exec(s.elseBody, conditional || open);
          break;
        }
        case 'loop': {
          if (s.variable) {
            const items = s.items.map(w => this.word(w));
            this.setVar(s.variable, items.length > 0 ? union(...items) : UNKNOWN, false);
          }
          this.exec(s.condition, true);
          this.exec(s.body, true);
          break;
        }
        case 'case':
          for (const arm of s.arms) this.exec(arm.body, true);
          break;
        case 'group':
          this.exec(s.body, conditional);
          break;
      }
    }
  }

  /** `$( )` in a command's assignments, words and redirect targets, in that order. */
  private runSubstitutions(cmd: SimpleCommand, conditional: boolean): void {
    for (const a of cmd.assignments) this.runSubstitutionsIn(a.value, conditional);
    for (const w of cmd.words) this.runSubstitutionsIn(w, conditional);
    for (const r of cmd.redirects) this.runSubstitutionsIn(r.target, conditional);
  }

  private runSubstitutionsIn(w: Word | null | undefined, conditional: boolean): void {
    if (!w) return;
    for (const p of w.parts) {
      if (p.kind !== 'substitution') continue;
      if (p.tooDeep) this.limitReached(p, TOO_DEEP);
      else this.exec(p.body, conditional);
    }
  }

  private command(cmd: SimpleCommand, conditional: boolean): void {
    if (this.ctx.job.files.work <= 0) return this.limitReached(cmd, 'too much shell to follow');
    this.ctx.job.files.work--;
    this.runSubstitutions(cmd, conditional);
    if (cmd.words.length === 0) {
      for (const a of cmd.assignments)
        this.setVar(a.name, a.value ? this.word(a.value) : UNKNOWN, conditional);
      return;
    }
    const fly = flyInvocationOf(cmd, this.script);
    if (fly) {
      this.effects.sawFly = true;
      const local = this.assigned(fly.assignments);
      recordInvocation(
        this.ctx,
        fly,
        this.locate(fly.start, fly.end),
        this.resolver(local),
        this.frame.via
      );
      return;
    }
    const inner = shellDashC(cmd);
    if (inner) {
      this.execRegion(cmd, inner, conditional);
      return;
    }
    const program = wordLiteral(cmd.words[0] as Word);
    if (program === null || !SHELL_OWN.has(program)) this.effects.ranProgram = true;
    if (program === null) {
      // `$SCRIPT` / `"$DIR/deploy.sh"`: a program named by a variable.
      if (cmd.words[0] && /\//.test(wordText(cmd.words[0])))
        followCommand(this.host(cmd, conditional), cmd, wordText(cmd.words[0]));
      return;
    }
    const args = cmd.words.slice(1);
    if (program === 'docker' || program === 'podman') {
      if (this.registry(cmd, args)) return;
      const container = flyctlContainer(args);
      if (container) return this.containerFly(cmd, container);
    }
    // `bash <<EOF ... EOF`, `sh -s <<'EOF'`: the here-document is the script.
    const stdinScript = isShellName(program.split('/').pop() ?? '')
      ? cmd.redirects.find(r => r.heredoc)?.heredoc
      : undefined;
    if (stdinScript && shellOptions(args).operand >= args.length) {
      this.execRegion(cmd, stdinScript, conditional);
      return;
    }
    if (followCommand(this.host(cmd, conditional), cmd, program)) return;
    if (DECLARATION_COMMANDS.has(program)) {
      for (const w of args) {
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(literalHead(w));
        if (m) this.setVar(m[1] ?? '', this.word(wordAfter(w, m[0].length)), conditional);
      }
      return;
    }
    switch (program) {
      case 'read':
      case 'readarray':
      case 'mapfile':
        for (const w of args) {
          const name = wordLiteral(w);
          if (name !== null && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
            this.setVar(name, UNKNOWN, false);
        }
        return;
      case 'unset':
        for (const w of args) {
          const name = wordLiteral(w);
          if (name !== null) this.state.vars.set(name, known(''));
        }
        return;
      case 'cd':
      case 'pushd': {
        const target = args.find(w => !(wordLiteral(w) ?? '').startsWith('-'));
        const next = target ? this.changeDir(this.word(target)) : UNKNOWN;
        this.state.cwd = conditional ? union(this.state.cwd, next) : next;
        return;
      }
      case 'popd':
        this.state.cwd = UNKNOWN;
        return;
      case 'echo':
      case 'printf':
        this.echo(cmd, program, args, conditional);
        return;
      default:
        return;
    }
  }

  /**
   * A limit on what a repository's shell may make us do was reached at `at`: what lies past it is
   * unseen, said once per job and per limit, and always counted (it may hold any Fly command).
   */
  private limitReached(at: { start: number; end: number }, why: string): void {
    const reached = this.ctx.job.limitsReached;
    if (reached.has(why)) return;
    reached.add(why);
    // Scrubbed before it is cut: a token cut short no longer reads as one.
    const line = this.script.slice(at.start, at.end).split('\n')[0] ?? '';
    const text = scrubTokenForms(line).trim();
    const detail = text.length > 80 ? `${text.slice(0, 77)}...` : text;
    this.effects.unseen.push({
      reason: 'script',
      detail,
      why,
      location: this.locate(at.start, at.end),
      ...(this.frame.via.length > 0 ? { via: this.frame.via } : {}),
      program: false,
      code: false,
      explicit: true,
      reaches: true
    });
  }

  /** Runs a region of this script (`bash -c '...'`, a here-document) at its own offsets. */
  private execRegion(
    cmd: SimpleCommand,
    region: { start: number; end: number },
    conditional: boolean
  ): void {
    if (this.regions >= MAX_REGION_NESTING) return this.limitReached(cmd, TOO_DEEP);
    this.regions++;
    try {
      this.exec(parseShellRegion(this.script, region.start, region.end), conditional);
    } finally {
      this.regions--;
    }
  }

  /** `docker push registry.fly.io/app`, `docker login registry.fly.io`: true when handled. */
  private registry(cmd: SimpleCommand, args: Word[]): boolean {
    const login = flyRegistryLogin(args);
    if (login) {
      const carrier = tokenCarrier(
        name => this.lookupVar(name),
        login.password ? this.word(login.password) : null
      );
      this.ctx.job.registryLogin = carrier.secrets ? { secrets: carrier.secrets } : {};
      return true;
    }
    const images = pushedImageWords(args);
    let pushed = false;
    for (const image of images) {
      const apps = pushedApps(this.word(image), image.raw);
      if (!apps) continue;
      pushed = true;
      this.effects.sawFly = true;
      const login = this.ctx.job.registryLogin;
      addEvidence(
        this.ctx.collector,
        'deploy',
        apps,
        this.script.slice(cmd.start, cmd.end).split('\n')[0]?.trim() ?? 'docker push',
        this.locate(cmd.start, cmd.end),
        { via: this.frame.via, ...(login?.secrets ? { secrets: login.secrets } : {}) }
      );
    }
    return pushed;
  }

  /** `docker run flyio/flyctl ARGS`: flyctl with the container's env and directory. */
  private containerFly(cmd: SimpleCommand, container: FlyctlContainer): void {
    const env = new Map<string, Resolved>();
    for (const e of container.env)
      env.set(e.name, e.value ? this.word(e.value) : (this.lookupVar(e.name) ?? known('')));
    const start = cmd.words[0]?.start ?? cmd.start;
    const end = cmd.words[cmd.words.length - 1]?.end ?? cmd.end;
    const text = joinContinuations(this.script.slice(start, end));
    const invocation = flyctlWith(container.flyWords, start, end, text);
    this.effects.sawFly = true;
    recordInvocation(
      this.ctx,
      invocation,
      this.locate(start, end),
      {
        word: w => this.word(w),
        variable: name => env.get(name) ?? null,
        cwd: this.containerDir(container)
      },
      this.frame.via
    );
  }

  /** The checkout directory a container works in: its `-w`, when a `-v` mounts the checkout there. */
  private containerDir(container: FlyctlContainer): Resolved {
    const workdir = container.workdir ? this.single(container.workdir) : null;
    if (workdir === null) return UNKNOWN;
    for (const volume of container.volumes) {
      const [hostPath, mountPath] = stringsOf(this.word(volume))[0]?.split(':') ?? [];
      if (this.word(volume).unknown || hostPath === undefined || mountPath === undefined) continue;
      if (workdir !== mountPath && !workdir.startsWith(`${mountPath}/`)) continue;
      const inside = workdir.slice(mountPath.length).replace(/^\//, '');
      const dir =
        hostPath === WORKSPACE
          ? ''
          : hostPath.startsWith(`${WORKSPACE}/`)
            ? hostPath.slice(WORKSPACE.length + 1)
            : null;
      const joined = dir === null ? null : joinPath(dir, inside === '' ? '.' : inside);
      return joined === null ? UNKNOWN : known(joined);
    }
    return UNKNOWN;
  }

  private single(word: Word | undefined): string | null {
    return word ? onlyValue(this.word(word)) : null;
  }

  /** What following a command needs from this run. */
  private host(cmd: SimpleCommand, conditional: boolean): FollowHost {
    return {
      ctx: this.ctx,
      cwd: this.state.cwd,
      word: w => this.word(w),
      run: (sources, options) => this.runSources(cmd, sources, options, conditional),
      unseen: (detail, why, kind, explicit) => this.unseen(cmd, detail, why, kind, explicit)
    };
  }

  /** Runs shell text from the repository's files, one level deeper. */
  private runSources(
    cmd: SimpleCommand,
    sources: ScriptSource[],
    options: RunOptions,
    conditional: boolean
  ): void {
    if (this.frame.trail.includes(options.key)) return;
    const files = this.ctx.job.files;
    if (this.frame.via.length >= MAX_FOLLOW_DEPTH || files.budget <= 0) {
      const why =
        files.budget <= 0 ? 'too many scripts to follow' : 'scripts call scripts too deeply';
      this.unseen(cmd, options.key, why, 'missing');
      return;
    }
    files.budget--;
    const frame: Frame = {
      via: [...this.frame.via, this.locate(cmd.start, cmd.end)],
      trail: [...this.frame.trail, options.key]
    };
    for (const source of sources) {
      const state: ShellState = options.shared
        ? this.state
        : { vars: new Map(this.state.vars), cwd: known(options.cwd) };
      if (options.positional) {
        options.positional.forEach((value, i) => state.vars.set(String(i + 1), value));
        state.vars.set('#', known(String(options.positional.length)));
        state.vars.set('@', options.positional.length > 0 ? UNKNOWN : known(''));
      }
      const run = new ScriptRun(
        { ...this.ctx, file: source.file },
        source.text,
        this.scope,
        state,
        this.effects,
        source.locate,
        frame
      );
      run.exec(parsedSource(this.ctx, source), conditional);
    }
  }

  /**
   * Something run with the token whose Fly use cannot be seen: noted when the token reaches it
   * (the step's env, this script's variables, the command's own assignments).
   */
  private unseen(
    cmd: SimpleCommand,
    detail: string,
    why: string,
    kind: UnseenKind,
    explicit = false
  ): void {
    const local = this.assigned(cmd.assignments);
    const carrier = tokenCarrier(name => this.lookupVar(name, local));
    const setHere = [...FLY_TOKEN_ENV].some(n => local.has(n) || this.state.vars.has(n));
    this.effects.unseen.push({
      reason: kind === 'agent' ? 'agent' : 'script',
      detail,
      why,
      location: this.locate(cmd.start, cmd.end),
      ...(this.frame.via.length > 0 ? { via: this.frame.via } : {}),
      ...(carrier.secrets ? { secrets: carrier.secrets } : {}),
      program: kind === 'program' || kind === 'code',
      code: kind === 'code',
      explicit: explicit || kind === 'agent' || setHere,
      reaches: carrier.reaches || explicit
    });
  }

  /** The values of a command's own assignments (`FLY_APP=x flyctl ...`). */
  private assigned(assignments: Assignment[]): Map<string, Resolved> {
    const local = new Map<string, Resolved>();
    for (const a of assignments) local.set(a.name, a.value ? this.word(a.value) : known(''));
    return local;
  }

  private changeDir(target: Resolved): Resolved {
    const values: string[] = [];
    let unknown = target.unknown || this.state.cwd.unknown;
    for (const dir of stringsOf(this.state.cwd)) {
      for (const t of stringsOf(target)) {
        const joined = joinPath(dir, t);
        if (joined === null) unknown = true;
        else values.push(joined);
      }
    }
    return { values: [...new Set(values)], unknown };
  }

  private setVar(name: string, value: Resolved, conditional: boolean): void {
    if (!conditional) {
      this.state.vars.set(name, value);
      return;
    }
    const previous = this.state.vars.get(name) ?? this.scope.env(name) ?? known('');
    this.state.vars.set(name, union(previous, value));
  }

  /** Values a shell word can take. */
  word(word: Word, local?: Map<string, Resolved>): Resolved {
    return concat(word.parts.map(p => this.part(p, local)));
  }

  private part(part: WordPart, local?: Map<string, Resolved>): Resolved {
    switch (part.kind) {
      case 'literal':
        return known(part.text);
      case 'expression':
        return stringified(this.scope.expression(part.inner));
      case 'variable':
        return this.variable(part, local);
      default:
        return UNKNOWN;
    }
  }

  /** A shell variable: script assignments, then the step's env chain. Null when undefined. */
  lookupVar(name: string, local?: Map<string, Resolved>): Resolved | null {
    const found = local?.get(name) ?? this.state.vars.get(name) ?? this.scope.env(name);
    if (found) return found;
    if (name === 'GITHUB_WORKSPACE') return known(WORKSPACE);
    if (name === 'GITHUB_ACTION_PATH' && this.ctx.actionPath !== undefined)
      return known(workspacePath(this.ctx.actionPath));
    if (name === 'PWD')
      return mapDirs(this.state.cwd, d => (d === '' ? WORKSPACE : `${WORKSPACE}/${d}`));
    return null;
  }

  private variable(
    part: Extract<WordPart, { kind: 'variable' }>,
    local?: Map<string, Resolved>
  ): Resolved {
    const value = this.lookupVar(part.name, local);
    if (part.op === undefined) return value ?? UNKNOWN;
    if ([':-', '-', ':=', '='].includes(part.op)) {
      const operand = part.operand ?? '';
      const fallback = /[$`]/.test(operand)
        ? UNKNOWN
        : known(operand.replace(/^(['"])(.*)\1$/, '$2'));
      if (value === null) return fallback;
      const emptyCounts = part.op.startsWith(':');
      const kept = value.values.filter(v => !(emptyCounts && (v === '' || v === null)));
      const needsFallback = kept.length < value.values.length;
      return union({ values: kept, unknown: value.unknown }, needsFallback ? fallback : known());
    }
    return UNKNOWN;
  }

  private resolver(local: Map<string, Resolved>): Resolver {
    return {
      word: w => this.word(w, local),
      variable: name => this.lookupVar(name, local),
      cwd: this.state.cwd
    };
  }

  /** `[ a = b ]`, `[[ a != b ]]`, `test -z a`... with fully known operands; null otherwise. */
  private staticTest(condition: Statement[]): boolean | null {
    if (condition.length !== 1) return null;
    const cmd = condition[0];
    if (cmd?.kind !== 'command' || cmd.words.length === 0) return null;
    const words = cmd.words;
    const program = wordLiteral(words[0] as Word);
    if (program === 'true' || program === ':') return true;
    if (program === 'false') return false;
    const last = wordLiteral(words[words.length - 1] as Word);
    let inner: Word[];
    if ((program === '[' && last === ']') || (program === '[[' && last === ']]'))
      inner = words.slice(1, -1);
    else if (program === 'test') inner = words.slice(1);
    else return null;
    let negate = false;
    if (inner.length > 0 && wordLiteral(inner[0] as Word) === '!') {
      negate = true;
      inner = inner.slice(1);
    }
    let result: boolean | null = null;
    if (inner.length === 3) {
      const op = wordLiteral(inner[1] as Word);
      const left = this.single(inner[0]);
      const right = this.single(inner[2]);
      if (left === null || right === null || /[*?[]/.test(right)) return null;
      if (op === '=' || op === '==') result = left === right;
      else if (op === '!=') result = left !== right;
    } else if (inner.length === 2) {
      const op = wordLiteral(inner[0] as Word);
      const operand = this.single(inner[1]);
      if (operand === null) return null;
      if (op === '-z') result = operand === '';
      else if (op === '-n') result = operand !== '';
    }
    if (result === null) return null;
    return negate ? !result : result;
  }

  private echo(cmd: SimpleCommand, program: string, args: Word[], conditional: boolean): void {
    let words = args;
    if (program === 'echo') {
      while (words.length > 0 && /^-[neE]+$/.test(wordLiteral(words[0] as Word) ?? ''))
        words = words.slice(1);
    } else if (words.length !== 1) {
      return;
    }
    const target = cmd.redirects.find(r => (r.op === '>>' || r.op === '>') && r.target);
    const file = target?.target ? wordText(target.target) : null;
    const sink =
      file === '$GITHUB_OUTPUT'
        ? this.effects.outputs
        : file === '$GITHUB_ENV'
          ? this.effects.env
          : null;
    const parts: Resolved[] = [];
    words.forEach((w, i) => {
      if (i > 0) parts.push(known(' '));
      parts.push(this.word(w));
    });
    const content = concat(parts);
    if (sink) {
      writeKeyValues(sink, content, words[0], conditional);
      return;
    }
    if (file === null) {
      // Legacy `echo "::set-output name=K::V"`.
      for (const v of stringsOf(content)) {
        const m = /^::set-output name=([A-Za-z0-9_-]+)::(.*)$/s.exec(v);
        if (m) putValue(this.effects.outputs, m[1] ?? '', known(m[2] ?? ''), conditional);
      }
      if (content.unknown && words[0]) {
        const m = /^::set-output name=([A-Za-z0-9_-]+)::/.exec(literalHead(words[0]));
        if (m) putValue(this.effects.outputs, m[1] ?? '', UNKNOWN, conditional);
      }
    }
  }
}

export function stringified(r: Resolved): Resolved {
  return { values: stringsOf(r), unknown: r.unknown };
}

function putValue(
  sink: Map<string, Resolved>,
  key: string,
  value: Resolved,
  conditional: boolean
): void {
  const previous = sink.get(key);
  sink.set(key, conditional && previous ? union(previous, value) : value);
}

/** `echo "key=value" >> $GITHUB_OUTPUT` (and `$GITHUB_ENV`): record what can be told. */
function writeKeyValues(
  sink: Map<string, Resolved>,
  content: Resolved,
  first: Word | undefined,
  conditional: boolean
): void {
  const written = new Map<string, Resolved>();
  for (const v of stringsOf(content)) {
    for (const line of v.split('\n')) {
      const pair = /^([A-Za-z_][A-Za-z0-9_-]*)=(.*)$/s.exec(line);
      if (pair) {
        const key = pair[1] ?? '';
        written.set(key, union(written.get(key) ?? known(), known(pair[2] ?? '')));
        continue;
      }
      const heredoc = /^([A-Za-z_][A-Za-z0-9_-]*)<</.exec(line);
      if (heredoc) written.set(heredoc[1] ?? '', UNKNOWN);
    }
  }
  if (content.unknown && first) {
    const m = /^([A-Za-z_][A-Za-z0-9_-]*)(=|<<)/.exec(literalHead(first));
    if (m) written.set(m[1] ?? '', union(written.get(m[1] ?? '') ?? known(), UNKNOWN));
  }
  for (const [key, value] of written) {
    const previous = sink.get(key);
    sink.set(key, conditional ? union(previous ?? known(), value) : value);
  }
}
