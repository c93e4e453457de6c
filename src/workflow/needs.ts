// Needs inference: which apps a job touches and what its Fly token must be able to do, read from
// the job's steps (flyctl in `run:` scripts, known actions), the repository's fly.toml files,
// local composite actions and local reusable workflows. Static and conservative: when an app
// name cannot be told, `unknownApps` says so instead of guessing.
import { CAPABILITY_ORDER, meaningOf, sortCapabilities, type AppTarget } from './capabilities.js';
import { findExpressions, findSecretMentions } from './expressions.js';
import {
  actionArgsWords,
  flagValue,
  flyInvocationOf,
  parseFlyArguments,
  shellDashC,
  wordText,
  type FlyInvocation
} from './fly-commands.js';
import type { Job, KeyValue, Step, WorkflowFile } from './model.js';
import { locateInValue, parseActionFile, parseWorkflowFile } from './parse-workflow.js';
import { findAppConfig, joinPath, normalizePath, type RepoFiles, WORKSPACE } from './repo-files.js';
import {
  concat,
  known,
  matrixCombinations,
  matrixLookup,
  Scope,
  stringsOf,
  union,
  UNKNOWN,
  type Contexts,
  type EnvLayer,
  type MatrixCombination,
  type Resolved
} from './resolve.js';
import {
  parseShell,
  wordLiteral,
  type SimpleCommand,
  type Statement,
  type Word,
  type WordPart
} from './shell.js';
import { parse as parseToml } from 'smol-toml';
import type { Capability, NeedEvidence, Needs, OpaqueUse, SourceLocation } from './types.js';

/** GitHub allows four levels of reusable workflows; composite actions are bounded the same way. */
const MAX_CALL_DEPTH = 4;

export function inferJobNeeds(workflow: WorkflowFile, jobId: string, repo: RepoFiles): Needs {
  const collector = new Collector();
  const job = workflow.jobs.find(j => j.id === jobId);
  if (!job) return collector.toNeeds();
  try {
    analyzeJob(workflow, job, repo, { inputs: null, depth: 0, stack: [workflow.path] }, collector);
  } catch {
    // Inference is best effort: keep what was found rather than fail the caller.
    collector.unknownApps = collector.evidence.length > 0 || collector.unknownApps;
  }
  return collector.toNeeds();
}

/** Needs of every job of a workflow, by job id (for the workflow scanner). */
export function inferWorkflowNeeds(workflow: WorkflowFile, repo: RepoFiles): Map<string, Needs> {
  const out = new Map<string, Needs>();
  for (const job of workflow.jobs) out.set(job.id, inferJobNeeds(workflow, job.id, repo));
  return out;
}

// ---------------------------------------------------------------------------------------------

const VALID_APP = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

class Collector {
  readonly evidence: NeedEvidence[] = [];
  private readonly keys = new Set<string>();
  unknownApps = false;
  readonly commands: string[] = [];
  readonly opaque: OpaqueUse[] = [];
  private readonly opaqueKeys = new Set<string>();

  add(capability: Capability, app: string | null, command: string, location: SourceLocation): void {
    const key = `${capability}|${app ?? ''}|${location.file}:${location.line}:${location.column}`;
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.evidence.push({ capability, app, command, location });
  }

  addCommand(command: string): void {
    if (command !== '' && !this.commands.includes(command)) this.commands.push(command);
  }

  addOpaque(use: OpaqueUse): void {
    const key = `${use.location.file}:${use.location.line}:${use.location.column}`;
    if (this.opaqueKeys.has(key)) return;
    this.opaqueKeys.add(key);
    this.opaque.push(use);
  }

  toNeeds(): Needs {
    const apps = [
      ...new Set(this.evidence.map(e => e.app).filter((a): a is string => a !== null))
    ].sort();
    const needs: Needs = {
      apps,
      capabilities: sortCapabilities(this.evidence.map(e => e.capability)),
      unknownApps: this.unknownApps,
      commands: [...this.commands],
      evidence: [...this.evidence].sort(
        (a, b) =>
          (a.location?.file ?? '').localeCompare(b.location?.file ?? '') ||
          (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
          (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
          CAPABILITY_ORDER.indexOf(a.capability) - CAPABILITY_ORDER.indexOf(b.capability)
      ),
      source: this.evidence.length > 0 ? 'inferred' : 'none'
    };
    if (this.opaque.length > 0) needs.opaque = [...this.opaque];
    return needs;
  }
}

interface CallContext {
  /** `inputs.*` given by a caller (reusable workflow call); null for a workflow run on its own. */
  inputs: Map<string, Resolved> | null;
  depth: number;
  /** Files being analysed, to stop cycles. */
  stack: string[];
}

/** Everything a sequence of steps (a job, or a composite action's steps) runs with. */
interface StepsContext {
  file: string;
  repo: RepoFiles;
  collector: Collector;
  call: CallContext;
  inputs: (name: string) => Resolved;
  combo: MatrixCombination;
  /** Env layers outside the steps (job, workflow; caller step for composites). */
  outerLayers: EnvLayer[];
  /** Values written to `$GITHUB_ENV` so far (shared by the whole job). */
  githubEnv: Map<string, Resolved>;
  /** `defaults.run.working-directory` (template), for `run:` steps. */
  defaultWorkingDir: string | null;
  /** Run steps that ran a program whose Fly use we cannot see, with that command. */
  hiddenPrograms?: Map<Step, string>;
}

function analyzeJob(
  workflow: WorkflowFile,
  job: Job,
  repo: RepoFiles,
  call: CallContext,
  collector: Collector
): void {
  const inputs = inputsOf(workflow, call);
  const outerLayers: EnvLayer[] = [
    { kind: 'values', values: job.env, dynamic: job.envExpression !== null },
    { kind: 'values', values: workflow.env, dynamic: workflow.envExpression !== null }
  ];
  const before = collector.evidence.length;
  const hiddenPrograms = new Map<Step, string>();
  for (const combo of matrixCombinations(job.matrix)) {
    if (job.uses) {
      analyzeCall(workflow, job, repo, call, collector, inputs, combo, outerLayers);
      continue;
    }
    runSteps(
      {
        file: workflow.path,
        repo,
        collector,
        call,
        inputs,
        combo,
        outerLayers,
        githubEnv: new Map(),
        defaultWorkingDir: job.defaults.workingDirectory ?? workflow.defaults.workingDirectory,
        hiddenPrograms
      },
      job.steps
    );
  }
  // A job with no visible Fly use whose env (job or workflow level) holds the token, and which
  // runs scripts: the Fly use is in those scripts.
  const tokenInJob = [...job.env, ...workflow.env].some(kv => FLY_TOKEN_ENV.has(kv.key) || mentionsFlySecret(kv.value));
  if (collector.evidence.length === before && tokenInJob) {
    for (const [step, program] of hiddenPrograms) {
      if (step.run) collector.addOpaque({ reason: 'script', detail: program, location: step.run.location });
    }
  }
}

/**
 * `inputs.X`: given by the caller; else, for a workflow run on its own, the `choice` options or
 * booleans of `workflow_dispatch`, and unknown for anything a caller or a person types.
 */
function inputsOf(workflow: WorkflowFile, call: CallContext): (name: string) => Resolved {
  return name => {
    if (call.inputs) {
      const given = call.inputs.get(name);
      if (given) return given;
      for (const trigger of workflow.triggers) {
        if (trigger.event !== 'workflow_call') continue;
        const declared = trigger.inputs.find(i => i.name === name);
        if (declared) return known(declared.default ?? (declared.type === 'boolean' ? false : ''));
      }
      return UNKNOWN;
    }
    const options: Resolved[] = [];
    for (const trigger of workflow.triggers) {
      const declared = trigger.inputs.find(i => i.name === name);
      if (!declared) continue;
      if (
        trigger.event === 'workflow_dispatch' &&
        declared.type === 'choice' &&
        declared.options.length > 0
      ) {
        options.push(known(...declared.options));
      } else if (declared.type === 'boolean') {
        options.push(known(true, false));
      } else {
        options.push(UNKNOWN);
      }
    }
    return options.length > 0 ? union(...options) : UNKNOWN;
  };
}

function stepContexts(ctx: StepsContext, outputs: Map<string, Map<string, Resolved>>): Contexts {
  return {
    matrix: path => matrixLookup(ctx.combo, path),
    inputs: ctx.inputs,
    steps: path => {
      const [id, kind, key] = path;
      if (path.length === 3 && kind === 'outputs' && id !== undefined && key !== undefined) {
        return outputs.get(id)?.get(key) ?? UNKNOWN;
      }
      return UNKNOWN;
    }
  };
}

/** What a step leaves behind for later steps. */
interface StepEffects {
  outputs: Map<string, Resolved>;
  env: Map<string, Resolved>;
  sawFly: boolean;
  /** A program whose Fly use we cannot see (`node deploy.js`, `./scripts/x.sh`, `go run`...). */
  hiddenProgram: string | null;
}

function runSteps(ctx: StepsContext, steps: Step[]): void {
  const outputs = new Map<string, Map<string, Resolved>>();
  const contexts = stepContexts(ctx, outputs);
  for (const step of steps) {
    const layers: EnvLayer[] = [
      { kind: 'values', values: step.env, dynamic: step.envExpression !== null },
      { kind: 'resolved', values: ctx.githubEnv },
      ...ctx.outerLayers
    ];
    const scope = new Scope(layers, contexts);
    const effects: StepEffects = {
      outputs: new Map(),
      env: new Map(),
      sawFly: false,
      hiddenProgram: null
    };
    if (step.run) {
      runScript(ctx, step, scope, effects);
      if ((!effects.sawFly || effects.hiddenProgram !== null) && passesFlyToken(step)) {
        ctx.collector.addOpaque({
          reason: 'script',
          detail:
            effects.hiddenProgram ??
            (step.run.lines.find(l => l.text.trim() !== '')?.text ?? '').trim(),
          location: step.run.location
        });
      }
    } else if (step.uses) {
      runAction(ctx, step, scope, effects);
    }
    if (step.run && effects.hiddenProgram !== null) ctx.hiddenPrograms?.set(step, effects.hiddenProgram);
    if (step.id) outputs.set(step.id, effects.outputs);
    const outer = scope.withLayers(ctx.outerLayers);
    for (const [name, value] of effects.env) {
      const previous = ctx.githubEnv.get(name) ?? outer.env(name) ?? known('');
      ctx.githubEnv.set(name, step.if !== null ? union(previous, value) : value);
    }
  }
}

const FLY_TOKEN_ENV = new Set(['FLY_API_TOKEN', 'FLY_ACCESS_TOKEN']);

function mentionsFlySecret(text: string | null): boolean {
  if (text === null || !text.includes('${{')) return false;
  return findExpressions(text).some(span =>
    findSecretMentions(span.inner).some(m => m.name !== null && /fly/i.test(m.name))
  );
}

/** The step itself hands a Fly token to what it runs (step env or `with`). */
function passesFlyToken(step: Step): boolean {
  return (
    step.env.some(kv => FLY_TOKEN_ENV.has(kv.key) || mentionsFlySecret(kv.value)) ||
    step.with.some(kv => mentionsFlySecret(kv.value))
  );
}

// ---------------------------------------------------------------------------------------------
// run: scripts

interface ShellState {
  vars: Map<string, Resolved>;
  /** Working directory (repo-relative); unknown after `cd $SOMETHING`. */
  cwd: Resolved;
}

function runScript(ctx: StepsContext, step: Step, scope: Scope, effects: StepEffects): void {
  const run = step.run;
  if (!run) return;
  const workingDir = step.workingDirectory ?? ctx.defaultWorkingDir;
  let cwd = known('');
  if (workingDir !== null) cwd = mapDirs(scope.template(workingDir), d => normalizePath(d));
  const state: ShellState = { vars: new Map(), cwd };
  const locate = (start: number, end: number): SourceLocation =>
    locateInValue(ctx.file, run.map, start, end);
  new ScriptRun(ctx, run.text, scope, state, effects, locate).exec(parseShell(run.text), false);
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

const DECLARATION_COMMANDS = new Set(['export', 'declare', 'local', 'readonly', 'typeset']);

/** Programs that may call Fly in ways a workflow file does not show. */
const HIDDEN_PROGRAM =
  /^(\.{0,2}\/.*|node|nodejs|deno|bun|python\d*(\.\d+)?|ruby|go|make|mix|elixir|dagger|bash|sh|zsh)$/;

class ScriptRun {
  constructor(
    private readonly ctx: StepsContext,
    private readonly script: string,
    private readonly scope: Scope,
    private readonly state: ShellState,
    private readonly effects: StepEffects,
    private readonly locate: (start: number, end: number) => SourceLocation
  ) {}

  exec(statements: Statement[], conditional: boolean): void {
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

  private runSubstitutions(words: Array<Word | null | undefined>, conditional: boolean): void {
    for (const w of words) {
      if (!w) continue;
      for (const p of w.parts) if (p.kind === 'substitution') this.exec(p.body, conditional);
    }
  }

  private command(cmd: SimpleCommand, conditional: boolean): void {
    this.runSubstitutions(
      [...cmd.assignments.map(a => a.value), ...cmd.words, ...cmd.redirects.map(r => r.target)],
      conditional
    );
    if (cmd.words.length === 0) {
      for (const a of cmd.assignments)
        this.setVar(a.name, a.value ? this.word(a.value) : UNKNOWN, conditional);
      return;
    }
    const fly = flyInvocationOf(cmd, this.script);
    if (fly) {
      this.effects.sawFly = true;
      const local = new Map<string, Resolved>();
      for (const a of fly.assignments) local.set(a.name, a.value ? this.word(a.value) : known(''));
      recordInvocation(this.ctx, fly, this.locate(fly.start, fly.end), this.resolver(local));
      return;
    }
    const inner = shellDashC(cmd);
    if (inner) {
      const padded = ' '.repeat(inner.start) + this.script.slice(inner.start, inner.end);
      this.exec(parseShell(padded), conditional);
      return;
    }
    const program = wordLiteral(cmd.words[0] as Word);
    if (program === null) return;
    const args = cmd.words.slice(1);
    if (this.effects.hiddenProgram === null && HIDDEN_PROGRAM.test(program)) {
      this.effects.hiddenProgram =
        this.script.slice(cmd.start, cmd.end).split('\n')[0]?.trim() ?? program;
    }
    if (DECLARATION_COMMANDS.has(program)) {
      for (const w of args) {
        const head = w.parts[0]?.kind === 'literal' ? w.parts[0].text : '';
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(head);
        if (m) this.setVar(m[1] ?? '', this.word(dropPrefix(w, m[0].length)), conditional);
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
        return stringified(this.scope.template('${{' + part.inner + '}}'));
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
    let inner: Word[];
    if (program === '[' && wordLiteral(words[words.length - 1] as Word) === ']')
      inner = words.slice(1, -1);
    else if (program === '[[' && wordLiteral(words[words.length - 1] as Word) === ']]')
      inner = words.slice(1, -1);
    else if (program === 'test') inner = words.slice(1);
    else return null;
    let negate = false;
    if (inner.length > 0 && wordLiteral(inner[0] as Word) === '!') {
      negate = true;
      inner = inner.slice(1);
    }
    const single = (w: Word | undefined): string | null => {
      if (!w) return null;
      const r = this.word(w);
      const values = stringsOf(r);
      return !r.unknown && values.length === 1 ? (values[0] ?? null) : null;
    };
    let result: boolean | null = null;
    if (inner.length === 3) {
      const op = wordLiteral(inner[1] as Word);
      const left = single(inner[0]);
      const right = single(inner[2]);
      if (left === null || right === null || /[*?[]/.test(right)) return null;
      if (op === '=' || op === '==') result = left === right;
      else if (op === '!=') result = left !== right;
    } else if (inner.length === 2) {
      const op = wordLiteral(inner[0] as Word);
      const operand = single(inner[1]);
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
        const head = words[0].parts[0]?.kind === 'literal' ? words[0].parts[0].text : '';
        const m = /^::set-output name=([A-Za-z0-9_-]+)::/.exec(head);
        if (m) putValue(this.effects.outputs, m[1] ?? '', UNKNOWN, conditional);
      }
    }
  }
}

function dropPrefix(word: Word, length: number): Word {
  const [first, ...rest] = word.parts;
  if (first?.kind !== 'literal') return word;
  const parts: WordPart[] = [];
  if (first.text.length > length)
    parts.push({ ...first, text: first.text.slice(length), start: first.start + length });
  parts.push(...rest);
  return { parts, raw: word.raw.slice(length), start: word.start + length, end: word.end };
}

function stringified(r: Resolved): Resolved {
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
    const head = first.parts[0]?.kind === 'literal' ? first.parts[0].text : '';
    const m = /^([A-Za-z_][A-Za-z0-9_-]*)(=|<<)/.exec(head);
    if (m) written.set(m[1] ?? '', union(written.get(m[1] ?? '') ?? known(), UNKNOWN));
  }
  for (const [key, value] of written) {
    const previous = sink.get(key);
    sink.set(key, conditional ? union(previous ?? known(), value) : value);
  }
}

// ---------------------------------------------------------------------------------------------
// Recording a flyctl invocation

interface Resolver {
  word(word: Word): Resolved;
  /** Env/shell variable; null when undefined. */
  variable(name: string): Resolved | null;
  cwd: Resolved;
}

function recordInvocation(
  ctx: StepsContext,
  inv: FlyInvocation,
  location: SourceLocation,
  r: Resolver
): void {
  const meaning = meaningOf(
    inv.path,
    inv.flags.map(f => f.name)
  );
  if (!meaning) return;
  const apps = appsFor(ctx, inv, meaning.target, r);
  for (const capability of meaning.capabilities)
    addEvidence(ctx.collector, capability, apps, inv.text, location);
  if (meaning.remote === 'ssh') {
    const command = flagValue(inv, 'command');
    if (command) ctx.collector.addCommand(commandText(command));
  } else if (meaning.remote === 'exec') {
    const words = inv.args.length >= 2 ? inv.args.slice(1) : inv.args;
    const command = flagValue(inv, 'command');
    if (words.length > 0) ctx.collector.addCommand(words.map(w => commandText(w)).join(' '));
    else if (command) ctx.collector.addCommand(commandText(command));
  }
}

/** The remote command as written (outer quotes removed, expressions and variables kept). */
function commandText(word: Word): string {
  const raw = word.raw;
  const quote = raw.charAt(0);
  if ((quote === '"' || quote === "'") && raw.length >= 2 && raw.endsWith(quote))
    return raw.slice(1, -1);
  return raw;
}

function addEvidence(
  collector: Collector,
  capability: Capability,
  apps: Resolved | 'none',
  command: string,
  location: SourceLocation
): void {
  if (apps === 'none') {
    collector.add(capability, null, command, location);
    return;
  }
  // All or nothing: when some values cannot be told, the ones that can (a fallback literal, a
  // branch) are not reported as apps the job needs; `unknownApps` says the truth instead.
  const names = stringsOf(apps);
  if (apps.unknown || names.length === 0 || !names.every(app => VALID_APP.test(app))) {
    collector.unknownApps = true;
    collector.add(capability, null, command, location);
    return;
  }
  for (const app of names) collector.add(capability, app, command, location);
}

function appsFor(
  ctx: StepsContext,
  inv: FlyInvocation,
  target: AppTarget,
  r: Resolver
): Resolved | 'none' {
  const nameFlag = flagValue(inv, 'name');
  switch (target) {
    case 'none':
      return 'none';
    case 'args-or-app':
      return inv.args.length > 0
        ? union(...inv.args.map(a => r.word(a)))
        : appFromContext(ctx, inv, r);
    case 'create': {
      const first = inv.args[0];
      if (first) return r.word(first);
      return nameFlag ? r.word(nameFlag) : UNKNOWN;
    }
    case 'launch':
      return nameFlag ? r.word(nameFlag) : configApp(ctx, inv, r);
    case 'pg-create':
      return nameFlag ? r.word(nameFlag) : UNKNOWN;
    case 'attach': {
      const first = inv.args[0];
      return union(first ? r.word(first) : UNKNOWN, appFromContext(ctx, inv, r));
    }
    case 'app':
      return appFromContext(ctx, inv, r);
  }
}

/** flyctl's order: `-a/--app`, then `FLY_APP`, then the config file's `app`. */
function appFromContext(ctx: StepsContext, inv: FlyInvocation, r: Resolver): Resolved {
  const flag = flagValue(inv, 'app');
  if (flag) return r.word(flag);
  const flyApp = r.variable('FLY_APP');
  if (flyApp) return flyApp;
  return configApp(ctx, inv, r);
}

function configApp(ctx: StepsContext, inv: FlyInvocation, r: Resolver): Resolved {
  const configWord = flagValue(inv, 'config');
  const config = configWord ? r.word(configWord) : null;
  const configs: Array<string | null> = config ? stringsOf(config) : [null];
  let dirs = r.cwd;
  // `fly deploy [WORKING_DIRECTORY]` changes directory before reading the config.
  const workDir = inv.path[0] === 'deploy' ? inv.args[0] : undefined;
  if (workDir) {
    const target = r.word(workDir);
    const values: string[] = [];
    let unknown = target.unknown || dirs.unknown;
    for (const d of stringsOf(dirs)) {
      for (const t of stringsOf(target)) {
        const joined = joinPath(d, t);
        if (joined === null) unknown = true;
        else values.push(joined);
      }
    }
    dirs = { values, unknown };
  }
  // An absolute config path does not depend on the working directory.
  if (dirs.values.length === 0 && configs.every(c => c !== null && c.startsWith('/')))
    dirs = known('');
  const results: Resolved[] = [];
  if (dirs.unknown || (config?.unknown ?? false)) results.push(UNKNOWN);
  const hint = r.variable('FLY_APP_NAME');
  for (const dir of stringsOf(dirs)) {
    for (const cfg of configs) {
      const found = findAppConfig(ctx.repo, dir, cfg);
      if (found.status === 'found') results.push(known(found.app));
      else if (found.status === 'missing' && hint) results.push(hint);
      else results.push(UNKNOWN);
    }
  }
  return results.length > 0 ? union(...results) : UNKNOWN;
}

// ---------------------------------------------------------------------------------------------
// uses: steps

function withValue(step: Step, key: string): KeyValue | undefined {
  return step.with.find(kv => kv.key === key);
}

function template(scope: Scope, kv: KeyValue | undefined): Resolved | null {
  if (!kv) return null;
  if (!kv.isScalar || kv.value === null) return known('');
  return scope.template(kv.value);
}

function runAction(ctx: StepsContext, step: Step, scope: Scope, effects: StepEffects): void {
  const uses = step.uses;
  if (!uses) return;
  if (uses.kind === 'local') {
    runComposite(ctx, step, scope);
    return;
  }
  if (uses.kind !== 'action') {
    if (passesFlyToken(step))
      ctx.collector.addOpaque({ reason: 'action', detail: uses.raw, location: uses.location });
    return;
  }
  const name = `${uses.owner ?? ''}/${uses.repo ?? ''}`.toLowerCase();
  const sub = (uses.path ?? '').toLowerCase();
  const resolver: Resolver = {
    word: w => wordValue(scope, w),
    variable: v => scope.env(v),
    cwd: known('')
  };
  if (name === 'superfly/flyctl-actions' && sub === '') {
    const args = withValue(step, 'args');
    if (!args || !args.isScalar || args.value === null) return;
    const first = actionArgsWords(args.value);
    if (first.length === 0) return;
    const parsed = parseFlyArguments(first);
    const start = first[0]?.start ?? 0;
    const end = first[first.length - 1]?.end ?? start;
    const inv: FlyInvocation = {
      program: 'flyctl',
      ...parsed,
      assignments: [],
      start,
      end,
      text: `flyctl ${args.value.slice(start, end)}`.trim()
    };
    effects.sawFly = true;
    recordInvocation(ctx, inv, locateInValue(ctx.file, args.valueMap, start, end), resolver);
    return;
  }
  if (name === 'superfly/fly-pr-review-apps') {
    effects.sawFly = true;
    const appName = template(scope, withValue(step, 'name'));
    const apps = appName && stringsOf(appName).some(a => a !== '') ? appName : UNKNOWN;
    const capabilities: Capability[] = ['create-app', 'deploy', 'destroy-app', 'org'];
    const secrets = withValue(step, 'secrets');
    if (secrets?.value) capabilities.push('secrets');
    const postgres = withValue(step, 'postgres');
    if (postgres?.value) capabilities.push('secrets', 'ssh');
    for (const capability of sortCapabilities(capabilities)) {
      addEvidence(ctx.collector, capability, apps, uses.raw, uses.location);
    }
    effects.outputs.set('name', apps);
    return;
  }
  if (name === 'userbradley/actions-fly') {
    // A composite action that runs `flyctl deploy --config <configFile>` from the workspace.
    effects.sawFly = true;
    const config = template(scope, withValue(step, 'configFile')) ?? known('fly.toml');
    const results: Resolved[] = config.unknown ? [UNKNOWN] : [];
    for (const cfg of stringsOf(config)) {
      const found = findAppConfig(ctx.repo, '', cfg === '' ? 'fly.toml' : cfg);
      results.push(found.status === 'found' ? known(found.app) : UNKNOWN);
    }
    addEvidence(ctx.collector, 'deploy', union(...results), uses.raw, uses.location);
    return;
  }
  if (name === 'sebrollen/toml-action') {
    effects.outputs.set(
      'value',
      tomlField(
        ctx.repo,
        template(scope, withValue(step, 'file')),
        template(scope, withValue(step, 'field'))
      )
    );
    return;
  }
  if (passesFlyToken(step))
    ctx.collector.addOpaque({ reason: 'action', detail: uses.raw, location: uses.location });
}

function wordValue(scope: Scope, word: Word): Resolved {
  return concat(
    word.parts.map(p => {
      if (p.kind === 'literal') return known(p.text);
      if (p.kind === 'expression') return stringified(scope.template('${{' + p.inner + '}}'));
      if (p.kind === 'variable' && p.op === undefined) return scope.env(p.name) ?? UNKNOWN;
      return UNKNOWN;
    })
  );
}

/** `SebRollen/toml-action`: the value of `field` in the TOML `file`. */
function tomlField(repo: RepoFiles, file: Resolved | null, field: Resolved | null): Resolved {
  if (!file || !field || file.unknown || field.unknown) return UNKNOWN;
  const [path] = stringsOf(file);
  const [key] = stringsOf(field);
  if (
    path === undefined ||
    key === undefined ||
    stringsOf(file).length !== 1 ||
    stringsOf(field).length !== 1
  ) {
    return UNKNOWN;
  }
  const normalized = normalizePath(path);
  const text = normalized === null ? undefined : repo.read(normalized);
  if (text === undefined) return UNKNOWN;
  try {
    let value: unknown = parseToml(text);
    for (const segment of key.split('.')) {
      if (typeof value !== 'object' || value === null) return UNKNOWN;
      value = (value as Record<string, unknown>)[segment];
    }
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      return known(String(value));
    return UNKNOWN;
  } catch {
    return UNKNOWN;
  }
}

/** Local composite actions: their steps run as part of the job. */
function runComposite(ctx: StepsContext, step: Step, scope: Scope): void {
  const uses = step.uses;
  const dir = uses?.path;
  if (!uses || dir === null || dir === undefined) return;
  // A local action that cannot be read sees the job's Fly token if any env layer holds one.
  const tokenInScope = [...FLY_TOKEN_ENV].some(name => scope.env(name) !== null);
  const opaque = (): void => {
    if (passesFlyToken(step) || tokenInScope) {
      ctx.collector.addOpaque({ reason: 'action', detail: uses.raw, location: uses.location });
    }
  };
  if (ctx.call.depth >= MAX_CALL_DEPTH) return opaque();
  let path = `${dir}/action.yml`;
  let text = ctx.repo.read(path);
  if (text === undefined) {
    path = `${dir}/action.yaml`;
    text = ctx.repo.read(path);
  }
  if (text === undefined || ctx.call.stack.includes(path)) return opaque();
  const action = parseActionFile(path, text);
  if (action.using !== 'composite') return opaque();
  const inputs = new Map<string, Resolved>();
  for (const input of action.inputs) {
    const given = template(scope, withValue(step, input.name));
    inputs.set(input.name, given ?? known(input.default ?? ''));
  }
  runSteps(
    {
      ...ctx,
      file: path,
      call: { inputs, depth: ctx.call.depth + 1, stack: [...ctx.call.stack, path] },
      inputs: name => inputs.get(name) ?? UNKNOWN,
      outerLayers: [
        { kind: 'values', values: step.env, dynamic: step.envExpression !== null },
        ...ctx.outerLayers
      ],
      defaultWorkingDir: null
    },
    action.steps
  );
}

// ---------------------------------------------------------------------------------------------
// Reusable workflows

function analyzeCall(
  workflow: WorkflowFile,
  job: Job,
  repo: RepoFiles,
  call: CallContext,
  collector: Collector,
  inputs: (name: string) => Resolved,
  combo: MatrixCombination,
  outerLayers: EnvLayer[]
): void {
  const uses = job.uses;
  if (!uses) return;
  const passesSecrets =
    job.secrets?.inherit === true ||
    (job.secrets?.values.some(kv => mentionsFlySecret(kv.value)) ?? false);
  const opaque = (): void => {
    if (passesSecrets)
      collector.addOpaque({
        reason: 'reusable-workflow',
        detail: uses.raw,
        location: uses.location
      });
  };
  if (uses.owner !== null || uses.path === null) return opaque();
  const path = normalizePath(uses.path);
  if (path === null || call.depth >= MAX_CALL_DEPTH || call.stack.includes(path)) return opaque();
  const text = repo.read(path);
  if (text === undefined) return opaque();
  const callee = parseWorkflowFile(path, text);
  const scope = new Scope(outerLayers.slice(1), {
    matrix: p => matrixLookup(combo, p),
    inputs,
    steps: () => UNKNOWN
  });
  const given = new Map<string, Resolved>();
  for (const kv of job.with) {
    given.set(kv.key, kv.isScalar && kv.value !== null ? scope.template(kv.value) : UNKNOWN);
  }
  const next: CallContext = { inputs: given, depth: call.depth + 1, stack: [...call.stack, path] };
  for (const calleeJob of callee.jobs) analyzeJob(callee, calleeJob, repo, next, collector);
}
