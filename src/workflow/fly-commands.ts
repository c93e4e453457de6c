// Finds flyctl invocations in shell scripts and parses them: which subcommand, which flags, which
// positional arguments. Works on the statements of `shell.ts`, so continuations, quotes, `$( )`,
// `&&`/`;`/`|` and comments are already handled.
import {
  SHORT_FLAGS,
  SHORT_OVERRIDES,
  TOP_LEVEL_SHORTCUTS,
  TREE,
  VALUE_FLAGS,
  type CommandNode
} from './flyctl-spec.js';
import {
  allCommands,
  COMMAND_MEMO,
  isShellName,
  literalHead,
  parseShell,
  parseShellRegion,
  wordAfter,
  wordLiteral,
  type Assignment,
  type CommandMemo,
  type SimpleCommand,
  type Statement,
  type Word
} from './shell.js';

declare module './shell.js' {
  interface CommandMemo {
    fly?: FlyInvocation | null;
    /** What a secret inside it flows into (`secret-flow.ts`). */
    secretFlow?: CommandSummary;
  }
}

/** A command as a secret flow names it. */
export interface CommandSummary {
  fly: FlyInvocation | null;
  command: string | null;
  redirect: string | null;
}

interface FlyFlag {
  /** Canonical long name without dashes: `app`, `config`, `access-token`... */
  name: string;
  /** As written: `-a`, `--app`, `-a=x`. */
  raw: string;
  /** Null for boolean flags. */
  value: Word | null;
  start: number;
  end: number;
}

export interface FlyInvocation {
  /** The program as written, wrappers included: `flyctl`, `~/.fly/bin/flyctl`, `npx flyctl`. */
  program: string;
  /** Canonical subcommand: `['apps', 'create']`, `['machine', 'exec']`, `['postgres', 'connect']`. */
  path: string[];
  /** Subcommand words as written (`machines`, `pg`...). */
  pathAsWritten: string[];
  /** Positional arguments after the subcommand. */
  args: Word[];
  flags: FlyFlag[];
  /** `FLY_APP=x flyctl ...` and `env FLY_APP=x flyctl ...`: variables set for this command only. */
  assignments: Assignment[];
  /** Offsets in the script: from the first word (wrappers included) to the end of the last word. */
  start: number;
  end: number;
  /** The command as written, continuation lines joined into one. */
  text: string;
}

// ---------------------------------------------------------------------------------------------
// Recognising the program

const WRAPPERS_SIMPLE = new Set([
  'sudo',
  'exec',
  'command',
  'nohup',
  'time',
  'builtin',
  'stdbuf',
  'nice'
]);
const WRAPPER_VALUE_FLAGS: Record<string, Set<string>> = {
  sudo: new Set(['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U']),
  timeout: new Set(['-s', '-k', '--signal', '--kill-after']),
  npx: new Set(['-p', '--package', '-c', '--call']),
  xargs: new Set(['-I', '-n', '-P', '-L', '-d', '-E', '-s', '-a']),
  nice: new Set(['-n']),
  stdbuf: new Set(['-i', '-o', '-e'])
};

/** Display text of a word: literal text, `${{ expr }}` and `$VAR` as written. */
export function wordText(word: Word): string {
  let s = '';
  for (const p of word.parts) {
    switch (p.kind) {
      case 'literal':
        s += p.text;
        break;
      case 'expression':
        s += '${{' + p.inner + '}}';
        break;
      case 'variable':
        if (p.op === undefined) s += `$${p.name}`;
        else if (p.op === 'length') s += `\${#${p.name}}`;
        else s += `\${${p.name}${p.op}${p.operand ?? ''}}`;
        break;
      case 'substitution':
        s += '$(...)';
        break;
      case 'arithmetic':
        s += '$((...))';
        break;
    }
  }
  return s;
}

function isFlyProgramName(text: string): boolean {
  // Most commands are not flyctl: every name that is ends in `fly`, `flyctl` or one with `.exe`.
  if (!text.includes('fly')) return false;
  if (text === 'fly' || text === 'flyctl') return true;
  const base = (text.split('/').pop() ?? '').replace(/\.exe$/i, '');
  return base === 'fly' || base === 'flyctl';
}

interface ProgramMatch {
  programIndex: number;
  assignments: Assignment[];
}

/** Skips wrappers (`sudo`, `env X=y`, `npx -y`, `timeout 60`...) and checks the program word. */
function findProgram(words: Word[]): ProgramMatch | null {
  const assignments: Assignment[] = [];
  let i = 0;
  const skipFlags = (wrapper: string): void => {
    const valued = WRAPPER_VALUE_FLAGS[wrapper];
    while (i < words.length) {
      const w = wordLiteral(words[i] as Word);
      if (w === null || !w.startsWith('-') || w === '-') return;
      i += 1;
      if (valued?.has(w)) i += 1;
    }
  };
  for (let guard = 0; guard < 8 && i < words.length; guard++) {
    const word = words[i] as Word;
    const literal = wordLiteral(word);
    if (literal === null) break;
    if (WRAPPERS_SIMPLE.has(literal)) {
      i += 1;
      skipFlags(literal);
      continue;
    }
    if (literal === 'env') {
      i += 1;
      while (i < words.length) {
        const w = words[i] as Word;
        const text = wordLiteral(w);
        if (text !== null && text.startsWith('-')) {
          i += 1;
          continue;
        }
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(text ?? literalHead(w));
        if (!m) break;
        const value = wordAfter(w, m[0].length);
        assignments.push({ name: m[1] ?? '', value, start: w.start, end: w.end });
        i += 1;
      }
      continue;
    }
    if (literal === 'timeout') {
      i += 1;
      skipFlags('timeout');
      i += 1; // the duration
      continue;
    }
    if (literal === 'npx' || literal === 'bunx' || literal === 'pnpx' || literal === 'xargs') {
      i += 1;
      skipFlags(literal === 'xargs' ? 'xargs' : 'npx');
      continue;
    }
    // `mise exec flyctl@latest -- flyctl deploy`, `mise x -- fly deploy`: the program after `--`.
    const next = words[i + 1];
    if (literal === 'mise' && next && /^(exec|x)$/.test(wordLiteral(next) ?? '')) {
      const dashes = words.findIndex((w, k) => k > i + 1 && wordLiteral(w) === '--');
      if (dashes < 0) break;
      i = dashes + 1;
      continue;
    }
    if ((literal === 'pnpm' || literal === 'yarn' || literal === 'npm') && i + 1 < words.length) {
      const sub = wordLiteral(words[i + 1] as Word);
      if (sub === 'dlx' || sub === 'exec' || sub === 'x') {
        i += 2;
        skipFlags('npx');
        continue;
      }
    }
    break;
  }
  const program = words[i];
  if (!program) return null;
  const text = wordText(program);
  if (!isFlyProgramName(text)) return null;
  return { programIndex: i, assignments };
}

// ---------------------------------------------------------------------------------------------
// Parsing an invocation

/**
 * Parses the words after the program. `words[0]` is the first argument (`deploy`, `apps`...).
 */
function parseFlyArguments(
  words: Word[]
): Pick<FlyInvocation, 'path' | 'pathAsWritten' | 'args' | 'flags'> {
  const path: string[] = [];
  const pathAsWritten: string[] = [];
  const args: Word[] = [];
  const flags: FlyFlag[] = [];
  let children: ReadonlyMap<string, CommandNode> | undefined = TREE;
  let pathDone = false;
  let onlyPositional = false;

  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    const literal = wordLiteral(word);
    const first = word.parts[0];
    const leading = first?.kind === 'literal' && !first.quoted ? first.text : '';
    if (!onlyPositional && literal === '--') {
      onlyPositional = true;
      continue;
    }
    if (!onlyPositional && leading.startsWith('-') && leading !== '-') {
      const consumed = parseFlag(word, words[i + 1], path, flags);
      i += consumed - 1;
      continue;
    }
    if (!pathDone && literal !== null) {
      const shortcut = path.length === 0 ? TOP_LEVEL_SHORTCUTS.get(literal) : undefined;
      if (shortcut) {
        path.push(...shortcut);
        pathAsWritten.push(literal);
        children = undefined;
        pathDone = true;
        continue;
      }
      const child: CommandNode | undefined = children?.get(literal);
      if (child) {
        path.push(child.name);
        pathAsWritten.push(literal);
        children = child.children;
        if (!children) pathDone = true;
        continue;
      }
      if (path.length === 0) {
        // Unknown top-level command: keep it as the path so callers can report it.
        path.push(literal);
        pathAsWritten.push(literal);
        pathDone = true;
        continue;
      }
    }
    pathDone = true;
    args.push(word);
  }
  return { path, pathAsWritten, args, flags };
}

/** Parses one flag word (and maybe its value word); returns how many words it used. */
function parseFlag(word: Word, next: Word | undefined, path: string[], flags: FlyFlag[]): number {
  const first = word.parts[0];
  if (first?.kind !== 'literal') return 1;
  const head = first.text;
  const overrides = SHORT_OVERRIDES[path.join(' ')] ?? {};
  const shortName = (letter: string): string => overrides[letter] ?? SHORT_FLAGS[letter] ?? letter;
  const add = (name: string, raw: string, value: Word | null, end = word.end): void => {
    flags.push({ name, raw, value, start: word.start, end });
  };
  const valueAfter = (prefixLength: number): Word => {
    // The value is the rest of this word after `--flag=` / `-a=` / `-aVALUE`.
    const parts = [
      { ...first, text: head.slice(prefixLength), start: first.start + prefixLength },
      ...word.parts.slice(1)
    ].filter(p => p.kind !== 'literal' || p.text !== '');
    return {
      parts,
      raw: word.raw.slice(prefixLength),
      start: word.start + prefixLength,
      end: word.end
    };
  };
  if (head.startsWith('--')) {
    const eq = head.indexOf('=');
    const name = (eq < 0 ? head.slice(2) : head.slice(2, eq)).toLowerCase();
    if (eq >= 0) add(name, head.slice(0, eq), valueAfter(eq + 1));
    else if (word.parts.length === 1 && VALUE_FLAGS.has(name) && next) {
      add(name, head, next, next.end);
      return 2;
    } else add(name, head, null);
    return 1;
  }
  // Short flags: `-a app`, `-a=app`, `-aapp`, `-yq`.
  const name = shortName(head.charAt(1));
  const rest = head.slice(2);
  // `-a=app` (and `-y=true`): the value follows the `=`, whatever the flag.
  if (rest.startsWith('=')) add(name, head.slice(0, 2), valueAfter(3));
  else if (!VALUE_FLAGS.has(name)) {
    add(name, head.slice(0, 2), null);
    for (const extra of rest) add(shortName(extra), `-${extra}`, null);
  } else if (rest !== '' || word.parts.length > 1) add(name, head.slice(0, 2), valueAfter(2));
  else if (next) {
    add(name, head, next, next.end);
    return 2;
  } else add(name, head, null);
  return 1;
}

/**
 * The flyctl invocation a simple command makes, or null. A script runs once per matrix combination
 * and caller, and the scan rules ask again: each command is read once, and the answer kept on it
 * (`COMMAND_MEMO`). Callers must not change the result.
 */
export function flyInvocationOf(command: SimpleCommand, script: string): FlyInvocation | null {
  const memo = commandMemo(command, script);
  if (memo.fly === undefined) memo.fly = readFlyInvocation(command, script);
  return memo.fly;
}

/** What is kept about a command read against `script` (a fresh record for another script). */
export function commandMemo(command: SimpleCommand, script: string): CommandMemo {
  let memo = command[COMMAND_MEMO];
  if (memo?.script !== script) {
    memo = { script };
    command[COMMAND_MEMO] = memo;
  }
  return memo;
}

function readFlyInvocation(command: SimpleCommand, script: string): FlyInvocation | null {
  const match = findProgram(command.words);
  if (!match) return null;
  const programWord = command.words[match.programIndex] as Word;
  const firstWord = command.words[0] as Word;
  const rest = command.words.slice(match.programIndex + 1);
  const parsed = parseFlyArguments(rest);
  const last = command.words[command.words.length - 1] ?? programWord;
  const start = firstWord.start;
  const end = last.end;
  return {
    program: command.words
      .slice(0, match.programIndex + 1)
      .map(w => w.raw)
      .join(' '),
    ...parsed,
    assignments: [...command.assignments, ...match.assignments],
    start,
    end,
    text: joinContinuations(script.slice(start, end))
  };
}

/** `a \<newline>   b` -> `a b`: the command as one line. */
export function joinContinuations(text: string): string {
  return text.replace(/[ \t]*\\\r?\n[ \t]*/g, ' ').trim();
}

/** `bash -c` inside `bash -c` is read this deep. */
const MAX_DASH_C_NESTING = 16;

/**
 * Flyctl invocations among parsed statements (inside `$( )`, `bash -c '...'` too). `commands`:
 * `allCommands(statements)`, when the caller has it already.
 */
export function findFlyInvocations(
  statements: Statement[],
  script: string,
  commands: readonly SimpleCommand[] = allCommands(statements),
  regionDepth = 0
): FlyInvocation[] {
  const found: FlyInvocation[] = [];
  for (const command of commands) {
    const invocation = flyInvocationOf(command, script);
    if (invocation) {
      found.push(invocation);
      continue;
    }
    const inner = regionDepth < MAX_DASH_C_NESTING ? shellDashC(command) : null;
    if (!inner) continue;
    const region = parseShellRegion(script, inner.start, inner.end);
    for (const nested of findFlyInvocations(region, script, allCommands(region), regionDepth + 1))
      found.push(nested);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Shell options that take the next word as their value (`-o pipefail`, `--rcfile F`). */
const SHELL_VALUE_OPTIONS = new Set(['-o', '+o', '-O', '+O', '--rcfile', '--init-file']);

/**
 * How a shell (`bash`, `sh`...) is called, from the words after its name: whether it runs a
 * command string (`-c`, also in a cluster: `-ec`), and the index of the first operand (the command
 * string, or the script file), past option clusters and their values (`-euo pipefail`).
 */
export function shellOptions(args: readonly Word[]): { dashC: boolean; operand: number } {
  let dashC = false;
  let i = 0;
  while (i < args.length) {
    const flag = wordLiteral(args[i] as Word);
    if (flag === null || !/^[-+]./.test(flag)) break;
    i += 1;
    if (flag === '--') break;
    if (flag.startsWith('--')) {
      if (SHELL_VALUE_OPTIONS.has(flag)) i += 1;
      continue;
    }
    // A cluster of one-letter options: `c` makes the first operand a command string; each `o`
    // or `O` takes the next word as its value.
    const letters = flag.slice(1);
    if (flag.startsWith('-') && letters.includes('c')) dashC = true;
    i += [...letters].filter(l => l === 'o' || l === 'O').length;
  }
  return { dashC, operand: i };
}

/** `bash -c '...'` / `sh -ec "..."`: the region of the script string. */
export function shellDashC(command: SimpleCommand): { start: number; end: number } | null {
  const words = command.words;
  const program = words[0] ? wordLiteral(words[0]) : null;
  // Every shell named below ends in `sh`: most programs stop at the first test.
  if (program === null || !program.endsWith('sh')) return null;
  if (!isShellName(program.split('/').pop() ?? '')) return null;
  const options = shellOptions(words.slice(1));
  const body = options.dashC ? words[options.operand + 1] : undefined;
  if (!body) return null;
  const quote = body.raw.charAt(0);
  if ((quote === "'" || quote === '"') && body.raw.endsWith(quote) && body.raw.length >= 2) {
    return { start: body.start + 1, end: body.end - 1 };
  }
  return { start: body.start, end: body.end };
}

/** flyctl run with `words` as its arguments, with no program word (a container, an action). */
export function flyctlWith(words: Word[], start: number, end: number, text: string): FlyInvocation {
  return { program: 'flyctl', ...parseFlyArguments(words), assignments: [], start, end, text };
}

/**
 * The call of `superfly/flyctl-actions`, which runs `flyctl $args`, from its `args` input; null
 * when empty. Offsets are in `text`.
 */
export function actionArgsInvocation(text: string): FlyInvocation | null {
  const words = actionArgsWords(text);
  const start = words[0]?.start ?? 0;
  const end = words[words.length - 1]?.end ?? start;
  if (words.length === 0) return null;
  return flyctlWith(words, start, end, `flyctl ${text.slice(start, end)}`.trim());
}

/** The first command's words, `KEY=VALUE` words included (arguments here, not assignments). */
function actionArgsWords(text: string): Word[] {
  for (const s of parseShell(text)) {
    if (s.kind !== 'command') continue;
    const assignmentWords: Word[] = s.assignments.map(a => ({
      parts: [
        {
          kind: 'literal',
          text: `${a.name}=`,
          quoted: false,
          start: a.start,
          end: a.start + a.name.length + 1
        },
        ...(a.value?.parts ?? [])
      ],
      raw: text.slice(a.start, a.end),
      start: a.start,
      end: a.end
    }));
    return [...assignmentWords, ...s.words];
  }
  return [];
}

/** First value of a flag (by canonical name), as a word. */
export function flagValue(invocation: FlyInvocation, name: string): Word | null {
  for (const f of invocation.flags) if (f.name === name && f.value) return f.value;
  return null;
}

export function hasFlag(invocation: FlyInvocation, name: string): boolean {
  return invocation.flags.some(f => f.name === name);
}
