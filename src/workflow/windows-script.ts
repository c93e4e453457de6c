// PowerShell and cmd `run:` scripts read word by word (there is no PowerShell or cmd parser here):
// the script with what is not code blanked, cut into statements and pipeline segments. The
// token-leak reader works on the segments; `windowsAsBash` turns them into the bash that runs the
// same commands and sets the same environment variables, so every reader of bash (needs
// inference, flyctl invocations, agents, programs run) reads a PowerShell or cmd step without
// reading it as bash.
import { findExpressions } from './expressions.js';

/** Where PowerShell and cmd end a statement (a pipeline of segments). */
export const PWSH_SEPARATORS = /[\n;{}]/;
export const CMD_SEPARATORS = /[\n&()]/;

/** A command of a statement: its words as written (quotes kept), with offsets. */
export interface Segment {
  start: number;
  end: number;
  words: Array<{ text: string; start: number }>;
}

/**
 * The script with everything that is not code blanked (same length, so offsets hold): comments,
 * single-quoted strings (no expansion), backtick escapes. `quoted[i]` is true inside a
 * double-quoted string, where separators, pipes and redirects are text.
 */
export interface Masked {
  code: string;
  quoted: boolean[];
  /** The single-quoted strings (`'...'`, not here-strings) blanked in `code`, as [start, end). */
  literals: Array<[number, number]>;
}

export function maskPwsh(script: string): Masked {
  const code = script.split('');
  const quoted: boolean[] = new Array<boolean>(script.length).fill(false);
  const literals: Masked['literals'] = [];
  const blank = (from: number, to: number): void => {
    for (let k = from; k < to; k++) if (code[k] !== '\n') code[k] = ' ';
  };
  let i = 0;
  while (i < script.length) {
    const c = script[i];
    const rest = script.slice(i, i + 2);
    if (rest === '<#') {
      const end = script.indexOf('#>', i + 2);
      const stop = end < 0 ? script.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === '#') {
      const end = script.indexOf('\n', i);
      const stop = end < 0 ? script.length : end;
      blank(i, stop);
      i = stop;
    } else if (rest === "@'" || c === "'") {
      const close = rest === "@'" ? "\n'@" : "'";
      const end = script.indexOf(close, i + rest.length);
      const stop = end < 0 ? script.length : end + close.length;
      if (rest !== "@'") literals.push([i, stop]);
      blank(i, stop);
      i = stop;
    } else if (rest === '${') {
      // `${{ expression }}` and `${env:NAME}`: one word, whose braces separate nothing.
      const close = script.startsWith('${{', i) ? '}}' : '}';
      const end = script.indexOf(close, i + 2);
      const stop = end < 0 ? script.length : end + close.length;
      for (let q = i; q < stop; q++) quoted[q] = true;
      i = stop;
    } else if (c === '`') {
      // An escape: the next character is literal; a backtick ending a line continues it.
      const width = script.startsWith('\r\n', i + 1) ? 3 : 2;
      for (let k = i; k < Math.min(i + width, script.length); k++) code[k] = ' ';
      i += width;
    } else if (rest === '@"' || c === '"') {
      const here = rest === '@"';
      let k = i + (here ? 2 : 1);
      while (k < script.length) {
        if (script[k] === '`') {
          blank(k, Math.min(k + 2, script.length));
          k += 2;
          continue;
        }
        if (here ? script.startsWith('\n"@', k) : script[k] === '"') break;
        k++;
      }
      const stop = Math.min(script.length, k + (here ? 3 : 1));
      for (let q = i; q < stop; q++) quoted[q] = true;
      i = stop;
    } else {
      i++;
    }
  }
  return { code: code.join(''), quoted, literals };
}

/** Statements: split at unquoted newlines, `;`, `{` and `}`, each cut into pipeline segments. */
export function statementsOf(masked: Masked, separators: RegExp): Segment[][] {
  const { code, quoted } = masked;
  const statements: Segment[][] = [];
  let segments: Segment[] = [];
  let from = 0;
  const endSegment = (to: number): void => {
    const words = wordsOf(masked, from, to);
    if (words.length > 0) segments.push({ start: words[0]?.start ?? from, end: to, words });
  };
  for (let i = 0; i <= code.length; i++) {
    const c = code[i];
    if (i < code.length && (quoted[i] || c === undefined)) continue;
    // A line ending in `|` goes on with the next command of the pipeline.
    if (c === '\n' && endsInPipe(masked, i)) continue;
    if (i === code.length || separators.test(c ?? '')) {
      endSegment(i);
      if (segments.length > 0) statements.push(segments);
      segments = [];
      from = i + 1;
    } else if (c === '|' && code[i + 1] !== '|' && code[i - 1] !== '|') {
      endSegment(i);
      from = i + 1;
    }
  }
  return statements;
}

/** Whether the last code before `at` on its line is an unquoted `|`. */
function endsInPipe(masked: Masked, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && /[ \t\r]/.test(masked.code[k] ?? '')) k--;
  return masked.code[k] === '|' && !masked.quoted[k];
}

/** Whitespace-separated words of code[from, to), quoted strings kept whole. */
function wordsOf(masked: Masked, from: number, to: number): Segment['words'] {
  const words: Segment['words'] = [];
  let start = -1;
  for (let i = from; i <= to; i++) {
    const space = i === to || (!masked.quoted[i] && /\s/.test(masked.code[i] ?? ''));
    if (space && start >= 0) {
      words.push({ text: masked.code.slice(start, i), start });
      start = -1;
    } else if (!space && start < 0) {
      start = i;
    }
  }
  return words;
}

/** cmd has no single quotes or escapes worth masking; `rem` and `::` lines are comments. */
export function maskCmd(script: string): Masked {
  const code = script.replace(/^([ \t]*@?)(rem\b|::)[^\n]*/gim, m => ' '.repeat(m.length));
  const quoted: boolean[] = new Array<boolean>(script.length).fill(false);
  let open = false;
  for (let i = 0; i < code.length; i++) {
    if (code[i] === '\n') open = false;
    else if (code[i] === '"') open = !open;
    quoted[i] = open || code[i] === '"';
  }
  // A `${{ }}` expression is one word: its parentheses and `&&` separate nothing.
  for (const span of findExpressions(code)) quoted.fill(true, span.start, span.end);
  return { code, quoted, literals: [] };
}

/** `$name =`, `$env:NAME =`, `${env:NAME} =` at the start of a PowerShell statement. */
export const PWSH_ASSIGNMENT =
  /^\$(?:\{env:([A-Za-z_][A-Za-z0-9_]*)\}|env:([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))\s*=(?!=)/i;

/** Statements that open with a PowerShell keyword: headers and conditions, no command to read. */
const PWSH_KEYWORDS = new Set([
  'begin',
  'break',
  'catch',
  'class',
  'continue',
  'do',
  'else',
  'elseif',
  'end',
  'enum',
  'filter',
  'finally',
  'for',
  'foreach',
  'function',
  'if',
  'param',
  'process',
  'return',
  'switch',
  'throw',
  'trap',
  'try',
  'until',
  'while'
]);

/** cmd's `if` conditions that take one operand after their keyword. */
const CMD_CONDITIONS = new Set(['errorlevel', 'exist', 'defined', 'cmdextversion']);
const CMD_COMPARISONS = new Set(['==', 'equ', 'neq', 'lss', 'leq', 'gtr', 'geq']);

/**
 * Where a statement's command starts, the characters around it that are no part of it, and, for
 * a PowerShell environment variable set to a value (`$env:NAME = "x"`), the text before the value
 * that becomes bash's `NAME=`.
 */
interface CommandStart {
  at: number;
  blank: number[];
  assigns?: { name: string; value: number };
}

/**
 * A PowerShell or cmd script as the bash that runs the same commands, of the same length (every
 * offset, hence every reported position, holds). Each statement keeps its command and arguments;
 * what is not code (comments, here-strings, escapes), what runs nothing (an assignment's value
 * that is no command, a keyword's header) and the separators bash would read differently become
 * blanks and line ends: `$t = fly auth token` is the command `fly auth token`, `<# ... #>` is
 * nothing. Environment variables are bash's: `$env:NAME = "x"` and `set NAME=x` set `NAME`,
 * `$env:NAME` and `${env:NAME}` read it. Outside `${{ }}` expressions (kept as written), backslashes
 * become slashes (a path separator there, an escape in bash) and cmd's `'` (no quote there) an
 * underscore.
 */
export function windowsAsBash(script: string, dialect: 'pwsh' | 'cmd'): string {
  // A caret ending a cmd line continues the command: the line end is read as a blank.
  const masked =
    dialect === 'pwsh'
      ? maskPwsh(script)
      : maskCmd(script.replace(/\^\r?\n/g, m => ' '.repeat(m.length)));
  const out: string[] = script.split('').map(c => (c === '\n' ? '\n' : ' '));
  const kept = new Array<boolean>(script.length).fill(false);
  const separators = dialect === 'pwsh' ? PWSH_SEPARATORS : CMD_SEPARATORS;
  for (const statement of statementsOf(masked, separators)) {
    const first = statement[0];
    const last = statement[statement.length - 1];
    if (!first || !last) continue;
    const start =
      dialect === 'pwsh' ? pwshCommandStart(masked, first) : cmdCommandStart(masked, first);
    if (start === null) continue;
    for (let i = start.at; i < last.end; i++) {
      out[i] = masked.code[i] ?? ' ';
      kept[i] = true;
    }
    for (const i of start.blank) out[i] = ' ';
    if (start.assigns) {
      const { name, value } = start.assigns;
      const set = padded(value - start.at, `${name}=`);
      for (let k = 0; k < set.length; k++) out[start.at + k] = set[k] ?? ' ';
    }
    if (last.end < script.length) out[last.end] = '\n';
  }
  // Single-quoted strings are literal in PowerShell as in bash: the arguments they are come back.
  for (const [from, to] of masked.literals) {
    if (!kept[from]) continue;
    for (let i = from; i < to; i++) if (script[i] !== '\n') out[i] = script[i] ?? ' ';
  }
  const inExpression = new Array<boolean>(script.length).fill(false);
  for (const span of findExpressions(script)) inExpression.fill(true, span.start, span.end);
  const bash = out.map((c, i) =>
    inExpression[i] ? c : c === '\\' ? '/' : dialect === 'cmd' && c === "'" ? '_' : c
  );
  const text = bash.join('');
  return dialect === 'pwsh' ? withEnvironmentReads(text, masked.literals) : text;
}

/**
 * PowerShell's reads of environment variables as bash's, outside single-quoted literals:
 * `$env:NAME` as `${NAME:-}`, `${env:NAME}` as `${NAME:-}""` (same lengths, same values).
 */
function withEnvironmentReads(text: string, literals: Masked['literals']): string {
  const literal = (at: number): boolean => literals.some(([from, to]) => at >= from && at < to);
  return text.replace(
    /\$(?:env:([A-Za-z_][A-Za-z0-9_]*)|\{env:([A-Za-z_][A-Za-z0-9_]*)\})/gi,
    (read: string, bare: string | undefined, braced: string | undefined, at: number) => {
      if (literal(at)) return read;
      return bare ? `\${${bare}:-}` : `\${${braced ?? ''}:-}""`;
    }
  );
}

/** Spaces, then `replacement`, `width` characters in all. */
function padded(width: number, replacement: string): string {
  return ' '.repeat(Math.max(0, width - replacement.length)) + replacement;
}

function pwshCommandStart(masked: Masked, segment: Segment): CommandStart | null {
  const code = masked.code;
  let at = segment.start;
  const assignment = PWSH_ASSIGNMENT.exec(code.slice(at, segment.end));
  const valueFrom = at + (assignment?.[0].length ?? 0);
  if (assignment) at = skipBlanks(code, valueFrom, segment.end);
  const name = assignment?.[1] ?? assignment?.[2];
  // `$env:NAME = 'text'` (blanked in the code: a literal): the variable set to a value.
  const literal = masked.literals.find(
    ([from]) => from >= valueFrom && from < segment.end && code.slice(valueFrom, from).trim() === ''
  );
  if (assignment && literal) {
    return name ? { at: segment.start, blank: [], assigns: { name, value: literal[0] } } : null;
  }
  // The call operator: `& flyctl ...`, `& "C:\...\flyctl.exe" ...` (a quoted program).
  const called = code[at] === '&' && /[ \t]/.test(code[at + 1] ?? '');
  if (called) at = skipBlanks(code, at + 1, segment.end);
  const head = /^[^\s]*/.exec(code.slice(at, segment.end))?.[0] ?? '';
  if (head === '' || PWSH_KEYWORDS.has(head.toLowerCase())) return null;
  if (called) return { at, blank: [] };
  // `$t = $(fly auth token)`, `(flyctl version)`: the command inside the parentheses.
  const opener = head.startsWith('$(') ? 2 : head.startsWith('(') ? 1 : 0;
  if (opener > 0) {
    const close = closingParen(masked, at + opener - 1, segment.end);
    const blank = [at, at + opener - 1];
    if (close !== null) blank.push(close);
    return { at, blank };
  }
  // A value (`"text"`, `$var`, `@(...)`, `[type]::X`, a number) runs no command; one given to
  // an environment variable sets it for the commands after.
  if (/^[$"@[\d'-]/.test(head)) {
    return name ? { at: segment.start, blank: [], assigns: { name, value: at } } : null;
  }
  return { at, blank: [] };
}

function skipBlanks(code: string, at: number, end: number): number {
  let i = at;
  while (i < end && /[ \t\r]/.test(code[i] ?? '')) i++;
  return i;
}

/** The `)` closing the `(` at `open`, outside strings; null when the statement has none. */
function closingParen(masked: Masked, open: number, end: number): number | null {
  let depth = 0;
  for (let i = open; i < end; i++) {
    if (masked.quoted[i]) continue;
    const c = masked.code[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return null;
}

function cmdCommandStart(masked: Masked, segment: Segment): CommandStart | null {
  // `for %%f in (a b) do ...`: the set in parentheses is a list, not a command.
  if (/\bin\s*\($/i.test(masked.code.slice(Math.max(0, segment.start - 40), segment.start))) {
    return null;
  }
  const words = segment.words.map(w =>
    // `@echo off`: the `@` only hides the command from the log.
    w.text.startsWith('@') ? { text: w.text.slice(1), start: w.start + 1 } : w
  );
  let i = 0;
  for (;;) {
    const word = (words[i]?.text ?? '').toLowerCase();
    // `set NAME=value` sets the variable: bash's `NAME=value`.
    if (word === 'set' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i + 1]?.text ?? '')) {
      const assignment = words[i + 1];
      if (assignment) return { at: assignment.start, blank: [] };
    }
    if (word === 'call' || word === 'else' || word === 'do') i++;
    else if (word === 'if') i = afterCmdCondition(words, i + 1);
    else if (word === 'for') {
      const body = words.findIndex((w, k) => k > i && w.text.toLowerCase() === 'do');
      if (body < 0) return null;
      i = body + 1;
    } else break;
  }
  const command = words[i];
  // A `:label` is no command.
  if (!command || command.text === '' || command.text.startsWith(':')) return null;
  return { at: command.start, blank: [] };
}

/** The index of the word after an `if` condition (`if /i not "%A%"=="b" command`). */
function afterCmdCondition(words: Segment['words'], from: number): number {
  let i = from;
  while (/^(\/i|not)$/i.test(words[i]?.text ?? '')) i++;
  const word = (words[i]?.text ?? '').toLowerCase();
  if (CMD_CONDITIONS.has(word)) return i + 2;
  if (word.includes('==')) return word.endsWith('==') ? i + 2 : i + 1;
  const next = (words[i + 1]?.text ?? '').toLowerCase();
  if (CMD_COMPARISONS.has(next)) return i + 3;
  if (next.startsWith('==')) return i + 2;
  return i + 1;
}
