// A forgiving parser for the bash that lives in `run:` blocks. It is not a shell: it finds simple
// commands (words, prefix assignments, redirections) and the control structures around them
// (if/elif/else, loops, case, groups), with offsets into the script, so callers can find flyctl
// invocations, follow simple variable assignments and point at exact columns.
//
// GitHub substitutes `${{ }}` before the shell runs, so expressions are opaque word parts
// everywhere, even inside single quotes. Nothing here throws on odd input: unknown syntax becomes
// literal text.

export type WordPart =
  | { kind: 'literal'; text: string; quoted: boolean; start: number; end: number }
  | { kind: 'expression'; inner: string; start: number; end: number }
  | {
      kind: 'variable';
      name: string;
      /** Parameter-expansion operator (`:-`, `-`, `#`, `%`, `/`, ...) and its raw operand. */
      op?: string;
      operand?: string;
      start: number;
      end: number;
    }
  | {
      kind: 'substitution';
      body: Statement[];
      /** Nested deeper than the parser follows: the body was not read (not that it is empty). */
      tooDeep?: true;
      start: number;
      end: number;
    }
  | { kind: 'arithmetic'; start: number; end: number };

export interface Word {
  parts: WordPart[];
  /** Raw text as written (quotes included). */
  raw: string;
  start: number;
  end: number;
}

export interface Assignment {
  name: string;
  /** The value after `=` (a word with no parts for `X=`); null for arrays `X=(...)`. */
  value: Word | null;
  start: number;
  end: number;
}

interface Redirect {
  op: string;
  target: Word | null;
  /** Body of a here-document (`<<EOF`), with its offsets. */
  heredoc?: { body: string; start: number; end: number };
  start: number;
  end: number;
}

export interface SimpleCommand {
  kind: 'command';
  assignments: Assignment[];
  words: Word[];
  redirects: Redirect[];
  start: number;
  end: number;
  /** See `COMMAND_MEMO`; undefined until a reader keeps something there. */
  [COMMAND_MEMO]?: CommandMemo;
}

/**
 * Where readers of a command keep what they work out from it (its flyctl invocation is asked for
 * once per matrix combination and again by the scan rules). A slot on the command costs nothing
 * to find; the WeakMap from commands it replaces (an insertion per command, a lookup per question,
 * and the garbage collector's work on its entries) cost several percent of a scan's CPU.
 * Symbol-keyed: it is no part of the command's data (JSON, test equality).
 */
export const COMMAND_MEMO: unique symbol = Symbol('command memo');

/**
 * What is known about a command, read against `script` (the text its offsets point into). Readers
 * add their own fields by declaration merging (`fly-commands.ts`), so this parser imports none of
 * them.
 */
export interface CommandMemo {
  script: string;
}

interface IfStatement {
  kind: 'if';
  clauses: Array<{ condition: Statement[]; body: Statement[] }>;
  elseBody: Statement[] | null;
  start: number;
  end: number;
}

interface LoopStatement {
  kind: 'loop';
  keyword: string;
  /** `for NAME in ...` / `select NAME in ...`. */
  variable: string | null;
  items: Word[];
  condition: Statement[];
  body: Statement[];
  start: number;
  end: number;
}

interface CaseStatement {
  kind: 'case';
  subject: Word | null;
  arms: Array<{ patterns: Word[]; body: Statement[] }>;
  start: number;
  end: number;
}

interface GroupStatement {
  kind: 'group';
  body: Statement[];
  subshell: boolean;
  start: number;
  end: number;
}

export type Statement =
  SimpleCommand | IfStatement | LoopStatement | CaseStatement | GroupStatement;

/** Nested `$( )` deeper than this is kept as opaque text (marked `tooDeep`). */
const MAX_NESTING = 16;
/** `if`, loops, `case`, groups nested deeper than this are read as plain commands. */
const MAX_COMPOUND_NESTING = 24;
/** Quotes and brackets followed this deep when looking for a closing bracket. */
const MAX_CLOSE_NESTING = 64;

export function parseShell(script: string): Statement[] {
  return parseAt(script, 0, script.length, 0);
}

/**
 * The statements of `script.slice(start, end)` (`bash -c '...'`, a here-document), with offsets
 * in the whole script. Parsed in place: a padded copy per region made a script of many regions
 * cost its length squared.
 */
export function parseShellRegion(script: string, start: number, end: number): Statement[] {
  return parseAt(script, Math.max(0, start), Math.min(end, script.length), 0);
}

function parseAt(text: string, from: number, to: number, depth: number): Statement[] {
  const tokens = new Lexer(text, from, to, depth).lex();
  return new Parser(tokens).parseProgram();
}

// ---------------------------------------------------------------------------------------------
// Lexer

type Token =
  | { kind: 'word'; word: Word }
  | { kind: 'op'; op: string; start: number; end: number }
  | { kind: 'newline'; start: number }
  | { kind: 'heredoc'; body: string; start: number; end: number };

const OPERATORS = [
  ';;&',
  '&>>',
  '<<<',
  '<<-',
  '&&',
  '||',
  ';;',
  ';&',
  '|&',
  '<<',
  '>>',
  '<&',
  '>&',
  '<>',
  '>|',
  '&>',
  '&',
  '|',
  ';',
  '(',
  ')',
  '<',
  '>'
];

/** The first characters of OPERATORS. */
const OPERATOR_STARTS = ';&|()<>';

const REDIRECT_OPS = new Set([
  '<<<',
  '<<-',
  '<<',
  '>>',
  '<&',
  '>&',
  '<>',
  '>|',
  '&>',
  '&>>',
  '<',
  '>'
]);

/**
 * Characters `readWord` copies as they are: not a word end, quote, escape, `$`, backtick or
 * the `<`/`>` of a process substitution.
 */
function isPlainWordChar(code: number): boolean {
  switch (code) {
    case 0x20: // space
    case 0x09: // \t
    case 0x0a: // \n
    case 0x0d: // \r
    case 0x3b: // ;
    case 0x26: // &
    case 0x7c: // |
    case 0x28: // (
    case 0x29: // )
    case 0x3c: // <
    case 0x3e: // >
    case 0x5c: // \
    case 0x27: // '
    case 0x22: // "
    case 0x24: // $
    case 0x60: // `
      return false;
    default:
      return true;
  }
}

/** The `$'...'` escapes the lexer decodes; any other escaped character stands for itself. */
const ANSI_ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  "'": "'",
  '\\': '\\'
};

class Lexer {
  private i: number;
  private readonly tokens: Token[] = [];
  private pendingHeredocs: Array<{ delimiter: string; stripTabs: boolean }> = [];
  private expectDelimiter: { stripTabs: boolean } | null = null;

  constructor(
    private readonly text: string,
    from: number,
    private readonly to: number,
    private readonly depth: number
  ) {
    this.i = from;
  }

  lex(): Token[] {
    const { text } = this;
    while (this.i < this.to) {
      const c = text.charAt(this.i);
      if (c === ' ' || c === '\t' || c === '\r') {
        this.i++;
        continue;
      }
      if (c === '\\' && this.isLineContinuation(this.i)) {
        this.i += text.charAt(this.i + 1) === '\r' ? 3 : 2;
        continue;
      }
      if (c === '\n') {
        this.tokens.push({ kind: 'newline', start: this.i });
        this.i++;
        if (this.pendingHeredocs.length > 0) this.readHeredocs();
        continue;
      }
      if (c === '#') {
        while (this.i < this.to && text.charAt(this.i) !== '\n') this.i++;
        continue;
      }
      if ((c === '<' || c === '>') && text.charAt(this.i + 1) === '(') {
        this.tokens.push({ kind: 'word', word: this.readWord() });
        continue;
      }
      // Only a digit can start a file descriptor, and only these characters an operator: most
      // words skip the regex and the operator search.
      const fd =
        c >= '0' && c <= '9'
          ? /^\d+(?=>>|>&|>|<&|<)/.exec(text.slice(this.i, Math.min(this.to, this.i + 4)))
          : null;
      const opStart = fd ? this.i + fd[0].length : this.i;
      const op = OPERATOR_STARTS.includes(text.charAt(opStart))
        ? OPERATORS.find(o => text.startsWith(o, opStart) && opStart + o.length <= this.to)
        : undefined;
      if (op && (fd === null || REDIRECT_OPS.has(op))) {
        this.tokens.push({ kind: 'op', op, start: this.i, end: opStart + op.length });
        this.i = opStart + op.length;
        if (op === '<<' || op === '<<-') this.expectDelimiter = { stripTabs: op === '<<-' };
        continue;
      }
      const word = this.readWord();
      if (this.expectDelimiter) {
        this.pendingHeredocs.push({
          delimiter: word.parts.map(p => (p.kind === 'literal' ? p.text : '')).join(''),
          stripTabs: this.expectDelimiter.stripTabs
        });
        this.expectDelimiter = null;
      }
      this.tokens.push({ kind: 'word', word });
    }
    return this.tokens;
  }

  private isLineContinuation(at: number): boolean {
    const next = this.text.charAt(at + 1);
    return next === '\n' || (next === '\r' && this.text.charAt(at + 2) === '\n');
  }

  /** Consumes here-document bodies after a newline; a delimiter line may be indented. */
  private readHeredocs(): void {
    const { text } = this;
    for (const heredoc of this.pendingHeredocs) {
      const start = this.i;
      let bodyEnd = this.to;
      let next = this.to;
      while (this.i < this.to) {
        const lineEnd = text.indexOf('\n', this.i);
        const end = lineEnd < 0 || lineEnd > this.to ? this.to : lineEnd;
        const line = text.slice(this.i, end).replace(/\r$/, '');
        if (line.trim() === heredoc.delimiter) {
          bodyEnd = this.i;
          next = Math.min(end + 1, this.to);
          break;
        }
        this.i = end + 1;
      }
      this.tokens.push({ kind: 'heredoc', body: text.slice(start, bodyEnd), start, end: bodyEnd });
      this.i = Math.min(next, this.to);
    }
    this.pendingHeredocs = [];
  }

  // The word being read (`readWord` and the quoted-string readers it calls): its parts so far
  // and the literal text not yet made a part. Fields, not closures: a script has many words.
  private parts: WordPart[] = [];
  private literal = '';
  private literalStart = 0;
  private literalQuoted = false;

  private flush(): void {
    if (this.literal !== '') {
      this.parts.push({
        kind: 'literal',
        text: this.literal,
        quoted: this.literalQuoted,
        start: this.literalStart,
        end: this.i
      });
    }
    this.literal = '';
    this.literalQuoted = false;
    this.literalStart = this.i;
  }

  // Quoted and unquoted runs stay separate parts: `FOO="bar"` is an assignment, `"FOO=bar"` not.
  private addLiteral(s: string, quoted: boolean): void {
    if (this.literal !== '' && this.literalQuoted !== quoted) this.flush();
    if (this.literal === '') {
      this.literalStart = this.i;
      this.literalQuoted = quoted;
    }
    this.literal += s;
  }

  /** `${{` at `at` (like `text.startsWith('${{', at)`, without the call). */
  private expressionAt(at: number): boolean {
    const { text } = this;
    return (
      text.charCodeAt(at) === 0x24 &&
      text.charCodeAt(at + 1) === 0x7b &&
      text.charCodeAt(at + 2) === 0x7b
    );
  }

  private readWord(): Word {
    const { text } = this;
    const start = this.i;
    this.parts = [];
    this.literal = '';
    this.literalStart = this.i;
    this.literalQuoted = false;

    while (this.i < this.to) {
      const c = text.charCodeAt(this.i);
      if (c === 0x24 && this.expressionAt(this.i)) {
        // The expression reader moves `i`: the part must be made before the literal restarts.
        this.flush();
        this.parts.push(this.readExpression());
        this.literalStart = this.i;
        continue;
      }
      if (
        c === 0x20 || // space
        c === 0x09 || // \t
        c === 0x0a || // \n
        c === 0x0d || // \r
        c === 0x3b || // ;
        c === 0x26 || // &
        c === 0x7c || // |
        c === 0x28 || // (
        c === 0x29 // )
      ) {
        break;
      }
      if (c === 0x3c || c === 0x3e) {
        // < >
        if (text.charCodeAt(this.i + 1) === 0x28) {
          this.flush();
          this.parts.push(this.readSubstitution(this.i, this.i + 2));
          this.literalStart = this.i;
          continue;
        }
        break;
      }
      if (c === 0x5c) {
        // \
        if (this.isLineContinuation(this.i)) {
          this.i += text.charAt(this.i + 1) === '\r' ? 3 : 2;
          continue;
        }
        const next = text.charAt(this.i + 1);
        this.addLiteral(next, true);
        this.i += next === '' ? 1 : 2;
        continue;
      }
      if (c === 0x27) {
        this.readSingleQuoted();
        continue;
      }
      if (c === 0x22) {
        this.readDoubleQuoted();
        continue;
      }
      if (c === 0x24) {
        if (text.charCodeAt(this.i + 1) === 0x27) {
          this.readAnsiQuoted();
          continue;
        }
        const part = this.readDollar();
        if (part) {
          // (Flushed after the read, as it always was: the literal's end is the part's.)
          this.flush();
          this.parts.push(part);
          this.literalStart = this.i;
          continue;
        }
      }
      if (c === 0x60) {
        // `
        this.flush();
        this.parts.push(this.readBackticks());
        this.literalStart = this.i;
        continue;
      }
      // A run of characters none of the cases above looks at is one literal piece.
      let runEnd = this.i + 1;
      while (runEnd < this.to && isPlainWordChar(text.charCodeAt(runEnd))) runEnd++;
      this.addLiteral(text.slice(this.i, runEnd), false);
      this.i = runEnd;
    }
    this.flush();
    return { parts: this.parts, raw: text.slice(start, this.i), start, end: this.i };
  }

  private readExpression(): WordPart {
    const { text } = this;
    const start = this.i;
    const close = findExpressionClose(text, start + 3, this.to);
    const end = close < 0 ? this.to : close + 2;
    this.i = end;
    return {
      kind: 'expression',
      inner: text.slice(start + 3, close < 0 ? this.to : close),
      start,
      end
    };
  }

  private readSingleQuoted(): void {
    const { text } = this;
    this.i++;
    // An empty '' still makes a (quoted, empty) word.
    this.addLiteral('', true);
    while (this.i < this.to) {
      const c = text.charCodeAt(this.i);
      if (c === 0x27) break;
      if (c === 0x24 && this.expressionAt(this.i)) {
        this.flush();
        this.parts.push(this.readExpression());
        continue;
      }
      // Everything up to the closing quote or a `$` is copied as it is, as one piece.
      let runEnd = this.i + 1;
      while (runEnd < this.to) {
        const d = text.charCodeAt(runEnd);
        if (d === 0x27 || d === 0x24) break;
        runEnd++;
      }
      this.addLiteral(text.slice(this.i, runEnd), true);
      this.i = runEnd;
    }
    this.i = Math.min(this.i + 1, this.to);
  }

  private readAnsiQuoted(): void {
    const { text } = this;
    this.i += 2;
    this.addLiteral('', true);
    while (this.i < this.to && text.charAt(this.i) !== "'") {
      if (text.charAt(this.i) === '\\' && this.i + 1 < this.to) {
        const next = text.charAt(this.i + 1);
        this.addLiteral(ANSI_ESCAPES[next] ?? next, true);
        this.i += 2;
        continue;
      }
      this.addLiteral(text.charAt(this.i), true);
      this.i++;
    }
    this.i = Math.min(this.i + 1, this.to);
  }

  private readDoubleQuoted(): void {
    const { text } = this;
    this.i++;
    this.addLiteral('', true);
    while (this.i < this.to) {
      const c = text.charCodeAt(this.i);
      if (c === 0x22) break;
      if (c === 0x24 && this.expressionAt(this.i)) {
        this.flush();
        this.parts.push(this.readExpression());
        continue;
      }
      if (c === 0x5c) {
        // \
        const next = text.charAt(this.i + 1);
        if (this.isLineContinuation(this.i)) {
          this.i += next === '\r' ? 3 : 2;
          continue;
        }
        if ('$`"\\'.includes(next) && next !== '') {
          this.addLiteral(next, true);
          this.i += 2;
          continue;
        }
        this.addLiteral('\\', true);
        this.i++;
        continue;
      }
      if (c === 0x24) {
        const part = this.readDollar();
        if (part) {
          this.flush();
          this.parts.push(part);
          continue;
        }
      }
      if (c === 0x60) {
        this.flush();
        this.parts.push(this.readBackticks());
        continue;
      }
      // Up to the next character the cases above look at: copied as it is, as one piece.
      let runEnd = this.i + 1;
      while (runEnd < this.to) {
        const d = text.charCodeAt(runEnd);
        if (d === 0x22 || d === 0x24 || d === 0x5c || d === 0x60) break;
        runEnd++;
      }
      this.addLiteral(text.slice(this.i, runEnd), true);
      this.i = runEnd;
    }
    this.i = Math.min(this.i + 1, this.to);
  }

  /** `$NAME`, `${...}`, `$(...)`, `$((...))`, `$1`, `$?`...; null for a lone `$`. */
  private readDollar(): WordPart | null {
    const { text } = this;
    const start = this.i;
    const next = text.charAt(this.i + 1);
    if (next === '(') {
      if (text.charAt(this.i + 2) === '(') {
        const close = findClose(text, this.i + 3, this.to, '(', ')');
        const end = close < 0 ? this.to : Math.min(close + 2, this.to);
        this.i = end;
        return { kind: 'arithmetic', start, end };
      }
      return this.readSubstitution(start, start + 2);
    }
    if (next === '{') {
      const close = findClose(text, this.i + 2, this.to, '{', '}');
      const end = close < 0 ? this.to : close + 1;
      const body = text.slice(this.i + 2, close < 0 ? this.to : close);
      this.i = end;
      const m = /^(#?)([A-Za-z_][A-Za-z0-9_]*|\d+|[@*#?$!-])(.*)$/s.exec(body);
      if (!m) return { kind: 'variable', name: '', op: '?', operand: body, start, end };
      const name = m[2] ?? '';
      const rest = m[3] ?? '';
      if (m[1] === '#') return { kind: 'variable', name, op: 'length', start, end };
      if (rest === '') return { kind: 'variable', name, start, end };
      const op = /^(:-|:=|:\?|:\+|-|=|\?|\+|##|#|%%|%|\/\/|\/#|\/%|\/|:|\^\^|\^|,,|,|\[)/.exec(
        rest
      );
      const opText = op?.[0] ?? '?';
      return { kind: 'variable', name, op: opText, operand: rest.slice(opText.length), start, end };
    }
    const name = /^([A-Za-z_][A-Za-z0-9_]*|\d|[@*#?$!-])/.exec(text.slice(this.i + 1, this.to));
    if (!name) return null;
    this.i += 1 + (name[0]?.length ?? 0);
    return { kind: 'variable', name: name[0] ?? '', start, end: this.i };
  }

  private readSubstitution(start: number, bodyStart: number): WordPart {
    const close = findClose(this.text, bodyStart, this.to, '(', ')');
    const bodyEnd = close < 0 ? this.to : close;
    this.i = close < 0 ? this.to : close + 1;
    return this.substitution(bodyStart, bodyEnd, start, this.i);
  }

  private substitution(bodyStart: number, bodyEnd: number, start: number, end: number): WordPart {
    const depth = this.depth + 1;
    if (depth > MAX_NESTING) return { kind: 'substitution', body: [], tooDeep: true, start, end };
    return {
      kind: 'substitution',
      body: parseAt(this.text, bodyStart, bodyEnd, depth),
      start,
      end
    };
  }

  private readBackticks(): WordPart {
    const { text } = this;
    const start = this.i;
    let j = this.i + 1;
    while (j < this.to && text.charAt(j) !== '`') j += text.charAt(j) === '\\' ? 2 : 1;
    const bodyEnd = Math.min(j, this.to);
    this.i = Math.min(j + 1, this.to);
    return this.substitution(start + 1, bodyEnd, start, this.i);
  }
}

function findExpressionClose(text: string, from: number, to: number): number {
  let inString = false;
  for (let i = from; i < to; i++) {
    const ch = text.charAt(i);
    if (inString) {
      if (ch === "'") inString = false;
      continue;
    }
    if (ch === "'") inString = true;
    else if (ch === '}' && text.charAt(i + 1) === '}' && i + 1 < to) return i;
  }
  return -1;
}

/** Offset of the bracket closing one opened just before `from`, honouring quotes and nesting. */
function findClose(
  text: string,
  from: number,
  to: number,
  open: string,
  close: string,
  nesting = 0
): number {
  if (nesting > MAX_CLOSE_NESTING) return -1;
  let depth = 1;
  let i = from;
  while (i < to) {
    const c = text.charAt(i);
    if (text.startsWith('${{', i)) {
      const end = findExpressionClose(text, i + 3, to);
      i = end < 0 ? to : end + 2;
      continue;
    }
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === "'" && open === '(') {
      const end = text.indexOf("'", i + 1);
      i = end < 0 || end >= to ? to : end + 1;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < to && text.charAt(j) !== '"') {
        if (text.charAt(j) === '\\') j += 2;
        else if (text.startsWith('$(', j)) {
          const inner = findClose(text, j + 2, to, '(', ')', nesting + 1);
          j = inner < 0 ? to : inner + 1;
        } else j += 1;
      }
      i = j + 1;
      continue;
    }
    if (c === open) depth++;
    else if (c === close) {
      depth--;
      if (depth === 0) return i;
    }
    i++;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Parser

const SEPARATORS = new Set([';', '&', '&&', '||', '|', '|&']);

/** Text of a word whose parts are all literal (quotes removed); null otherwise. */
export function wordLiteral(word: Word): string | null {
  let s = '';
  for (const p of word.parts) {
    if (p.kind !== 'literal') return null;
    s += p.text;
  }
  return s;
}

/** A word that is a reserved word: unquoted literal text. */
function keywordOf(token: Token | undefined): string | null {
  if (token?.kind !== 'word') return null;
  const w = token.word;
  if (w.parts.length !== 1) return null;
  const p = w.parts[0];
  return p?.kind === 'literal' && !p.quoted ? p.text : null;
}

class Parser {
  private pos = 0;
  /** Compound commands open around the one being parsed. */
  private nesting = 0;
  private readonly pendingHeredocs: Redirect[] = [];

  constructor(private readonly tokens: Token[]) {}

  parseProgram(): Statement[] {
    const statements: Statement[] = [];
    while (this.pos < this.tokens.length) {
      // One by one: a list may be longer than a spread's arguments can be.
      for (const statement of this.parseList(new Set(), new Set())) statements.push(statement);
      // Anything the list refused (a stray `fi`, `)`...) is skipped.
      if (this.pos < this.tokens.length) this.pos++;
    }
    return statements;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  /** The token after `token` (at `pos`) is operator `op`, written right after it: `((`. */
  private adjacentOp(token: Token, op: string): boolean {
    const next = this.tokens[this.pos + 1];
    return token.kind === 'op' && next?.kind === 'op' && next.op === op && next.start === token.end;
  }

  private isOp(token: Token | undefined, ...ops: string[]): boolean {
    return token?.kind === 'op' && ops.includes(token.op);
  }

  private skipSeparators(): void {
    for (;;) {
      const t = this.peek();
      if (t?.kind === 'newline') this.pos++;
      else if (t?.kind === 'heredoc') {
        const target = this.pendingHeredocs.shift();
        if (target) target.heredoc = { body: t.body, start: t.start, end: t.end };
        this.pos++;
      } else if (t?.kind === 'op' && SEPARATORS.has(t.op)) this.pos++;
      else return;
    }
  }

  /** Statements until a stop keyword or stop operator (not consumed). */
  private parseList(stopWords: Set<string>, stopOps: Set<string>): Statement[] {
    const out: Statement[] = [];
    for (;;) {
      this.skipSeparators();
      const t = this.peek();
      if (!t) break;
      const kw = keywordOf(t);
      if (kw !== null && stopWords.has(kw)) break;
      if (t.kind === 'op' && stopOps.has(t.op)) break;
      const before = this.pos;
      const statement = this.parseCommand();
      if (statement) out.push(statement);
      if (this.pos === before) {
        // Unexpected token: leave it to an enclosing construct if it can stop there.
        if (t.kind === 'op' && (t.op === ')' || t.op.startsWith(';;'))) break;
        this.pos++;
      }
    }
    return out;
  }

  private parseCommand(): Statement | null {
    this.skipPrefixes();
    const t = this.peek();
    if (!t) return null;
    const kw = keywordOf(t);
    const arithmetic = this.isOp(t, '(') && this.adjacentOp(t, '(');
    const compound =
      (kw !== null && ['if', 'for', 'select', 'while', 'until', 'case', '{'].includes(kw)) ||
      (this.isOp(t, '(') && !arithmetic);
    if (!compound) return arithmetic ? this.skipArithmeticCommand() : this.parseSimple();
    // Deeper than this, the construct's keyword is skipped and its body read as plain commands
    // (still seen, never lost): nesting chosen by the script cannot exhaust the stack.
    if (this.nesting >= MAX_COMPOUND_NESTING) return null;
    this.nesting++;
    try {
      return this.parseCompound(kw);
    } finally {
      this.nesting--;
    }
  }

  /** `!`, `time`, `function f`, `f()`: what may stand before a command, however many. */
  private skipPrefixes(): void {
    for (let t = this.peek(); t; t = this.peek()) {
      const kw = keywordOf(t);
      if (kw === '!' || kw === 'time') {
        this.pos++;
      } else if (kw === 'function') {
        this.pos++;
        if (this.peek()?.kind === 'word') this.pos++;
        if (this.isOp(this.peek(), '(') && this.isOp(this.tokens[this.pos + 1], ')')) this.pos += 2;
        this.skipSeparators();
      } else if (
        // `name() { ... }` function definitions: the body is analysed as if it ran.
        t.kind === 'word' &&
        this.isOp(this.tokens[this.pos + 1], '(') &&
        this.isOp(this.tokens[this.pos + 2], ')')
      ) {
        this.pos += 3;
        this.skipSeparators();
      } else return;
    }
  }

  private parseCompound(kw: string | null): Statement {
    switch (kw) {
      case 'if':
        return this.parseIf();
      case 'for':
      case 'select':
        return this.parseFor(kw);
      case 'while':
      case 'until':
        return this.parseWhile(kw);
      case 'case':
        return this.parseCase();
      case '{':
        return this.parseGroup();
      default:
        return this.parseSubshell();
    }
  }

  private expectKeyword(word: string): void {
    if (keywordOf(this.peek()) === word) this.pos++;
  }

  private parseIf(): IfStatement {
    const start = this.startOf(this.peek());
    const clauses: IfStatement['clauses'] = [];
    let elseBody: Statement[] | null = null;
    const bodyStops = new Set(['elif', 'else', 'fi']);
    do {
      this.pos++; // `if` or `elif`
      const condition = this.parseList(new Set(['then']), new Set());
      this.expectKeyword('then');
      clauses.push({ condition, body: this.parseList(bodyStops, new Set()) });
    } while (keywordOf(this.peek()) === 'elif');
    if (keywordOf(this.peek()) === 'else') {
      this.pos++;
      elseBody = this.parseList(new Set(['fi']), new Set());
    }
    this.expectKeyword('fi');
    this.skipTrailingRedirects();
    return { kind: 'if', clauses, elseBody, start, end: this.endOfPrevious() };
  }

  private parseFor(keyword: string): LoopStatement {
    const start = this.startOf(this.peek());
    this.pos++;
    let variable: string | null = null;
    const items: Word[] = [];
    if (this.isOp(this.peek(), '(')) {
      // C-style `for ((...))`: skip the header.
      while (this.peek() && keywordOf(this.peek()) !== 'do') this.pos++;
    } else {
      const name = this.peek();
      if (name?.kind === 'word') {
        variable = wordLiteral(name.word);
        this.pos++;
      }
      while (this.peek()?.kind === 'newline') this.pos++;
      if (keywordOf(this.peek()) === 'in') {
        this.pos++;
        for (let t = this.peek(); t?.kind === 'word' && keywordOf(t) !== 'do'; t = this.peek()) {
          items.push(t.word);
          this.pos++;
        }
      }
    }
    this.skipSeparators();
    const body = this.loopBody();
    return {
      kind: 'loop',
      keyword,
      variable,
      items,
      condition: [],
      body,
      start,
      end: this.endOfPrevious()
    };
  }

  /** `do ... done` and the redirections after it. */
  private loopBody(): Statement[] {
    this.expectKeyword('do');
    const body = this.parseList(new Set(['done']), new Set());
    this.expectKeyword('done');
    this.skipTrailingRedirects();
    return body;
  }

  private parseWhile(keyword: string): LoopStatement {
    const start = this.startOf(this.peek());
    this.pos++;
    const condition = this.parseList(new Set(['do']), new Set());
    const body = this.loopBody();
    return {
      kind: 'loop',
      keyword,
      variable: null,
      items: [],
      condition,
      body,
      start,
      end: this.endOfPrevious()
    };
  }

  private parseCase(): CaseStatement {
    const start = this.startOf(this.peek());
    this.pos++;
    let subject: Word | null = null;
    const first = this.peek();
    if (first?.kind === 'word') {
      subject = first.word;
      this.pos++;
    }
    while (this.peek()?.kind === 'newline') this.pos++;
    this.expectKeyword('in');
    const arms: CaseStatement['arms'] = [];
    for (;;) {
      while (this.peek()?.kind === 'newline' || this.isOp(this.peek(), ';;', ';&', ';;&'))
        this.pos++;
      const t = this.peek();
      if (!t || keywordOf(t) === 'esac') break;
      if (this.isOp(t, '(')) this.pos++;
      const patterns: Word[] = [];
      for (let p = this.peek(); p && !this.isOp(p, ')'); p = this.peek()) {
        if (p.kind === 'word') patterns.push(p.word);
        else if (!this.isOp(p, '|')) break;
        this.pos++;
      }
      if (!this.isOp(this.peek(), ')')) break;
      this.pos++;
      const body = this.parseList(new Set(['esac']), new Set([';;', ';&', ';;&']));
      arms.push({ patterns, body });
    }
    this.expectKeyword('esac');
    this.skipTrailingRedirects();
    return { kind: 'case', subject, arms, start, end: this.endOfPrevious() };
  }

  private parseGroup(): GroupStatement {
    const start = this.startOf(this.peek());
    this.pos++;
    const body = this.parseList(new Set(['}']), new Set());
    this.expectKeyword('}');
    this.skipTrailingRedirects();
    return { kind: 'group', body, subshell: false, start, end: this.endOfPrevious() };
  }

  private parseSubshell(): GroupStatement {
    const start = this.startOf(this.peek());
    this.pos++;
    const body = this.parseList(new Set(), new Set([')']));
    if (this.isOp(this.peek(), ')')) this.pos++;
    this.skipTrailingRedirects();
    return { kind: 'group', body, subshell: true, start, end: this.endOfPrevious() };
  }

  /** `(( i++ ))` as a command: nothing to analyse. */
  private skipArithmeticCommand(): null {
    let depth = 0;
    for (let t = this.peek(); t; t = this.peek()) {
      if (this.isOp(t, '(')) depth++;
      else if (this.isOp(t, ')')) {
        depth--;
        if (depth <= 0) {
          this.pos++;
          break;
        }
      } else if (t.kind === 'newline' && depth <= 0) break;
      this.pos++;
    }
    return null;
  }

  private skipTrailingRedirects(): void {
    for (let t = this.peek(); t?.kind === 'op' && REDIRECT_OPS.has(t.op); t = this.peek()) {
      this.pos++;
      if (this.peek()?.kind === 'word') this.pos++;
    }
  }

  private parseSimple(): SimpleCommand | null {
    const assignments: Assignment[] = [];
    const words: Word[] = [];
    const redirects: Redirect[] = [];
    const first = this.peek();
    const start = this.startOf(first);
    let isTest = false;
    for (let t = this.peek(); t; t = this.peek()) {
      if (t.kind === 'word') {
        if (words.length === 0 && !isTest) {
          const assignment = this.asAssignment(t.word);
          if (assignment) {
            this.pos++;
            if (
              assignment.value &&
              assignment.value.parts.length === 0 &&
              this.isOp(this.peek(), '(')
            ) {
              this.skipArray();
              assignment.value = null;
              assignment.end = this.endOfPrevious();
            }
            assignments.push(assignment);
            continue;
          }
        }
        if (words.length === 0 && wordLiteral(t.word) === '[[') isTest = true;
        words.push(t.word);
        this.pos++;
        if (isTest && wordLiteral(t.word) === ']]') isTest = false;
        continue;
      }
      if (t.kind === 'op' && REDIRECT_OPS.has(t.op)) {
        this.pos++;
        const target = this.peek();
        const redirect: Redirect = { op: t.op, target: null, start: t.start, end: t.end };
        if (target?.kind === 'word') {
          redirect.target = target.word;
          redirect.end = target.word.end;
          this.pos++;
        }
        if (t.op === '<<' || t.op === '<<-') this.pendingHeredocs.push(redirect);
        redirects.push(redirect);
        continue;
      }
      if (isTest && t.kind === 'op') {
        // Inside `[[ ... ]]`, `&&`, `||`, `<`, `(`... are part of the test.
        words.push({
          parts: [{ kind: 'literal', text: t.op, quoted: false, start: t.start, end: t.end }],
          raw: t.op,
          start: t.start,
          end: t.end
        });
        this.pos++;
        continue;
      }
      break;
    }
    if (assignments.length === 0 && words.length === 0 && redirects.length === 0) return null;
    return {
      kind: 'command',
      assignments,
      words,
      redirects,
      start,
      end: this.endOfPrevious(),
      // Present from the start, so every command has the same shape.
      [COMMAND_MEMO]: undefined
    };
  }

  private skipArray(): void {
    let depth = 0;
    for (let t = this.peek(); t; t = this.peek()) {
      this.pos++;
      if (this.isOp(t, '(')) depth++;
      else if (this.isOp(t, ')')) {
        depth--;
        if (depth <= 0) return;
      }
    }
  }

  private asAssignment(word: Word): Assignment | null {
    const first = word.parts[0];
    if (first?.kind !== 'literal' || first.quoted) return null;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(\[[^\]]*\])?\+?=/.exec(first.text);
    if (!m) return null;
    return {
      name: m[1] ?? '',
      value: wordAfter(word, m[0].length),
      start: word.start,
      end: word.end
    };
  }

  private startOf(token: Token | undefined): number {
    if (!token) return 0;
    return token.kind === 'word' ? token.word.start : token.start;
  }

  private endOfPrevious(): number {
    const t = this.tokens[this.pos - 1];
    if (!t) return 0;
    if (t.kind === 'word') return t.word.end;
    if (t.kind === 'newline') return t.start;
    return t.end;
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers for callers

/** The literal text a word starts with (`NAME=` of `NAME=$x`); '' when it starts otherwise. */
export function literalHead(word: Word): string {
  const first = word.parts[0];
  return first?.kind === 'literal' ? first.text : '';
}

/**
 * The word without the first `length` characters of its leading literal (`NAME=` of
 * `NAME=value`); the word itself when that literal is shorter.
 */
export function wordAfter(word: Word, length: number): Word {
  const [first, ...rest] = word.parts;
  if (first?.kind !== 'literal' || first.text.length < length) return word;
  const parts =
    first.text.length > length
      ? [{ ...first, text: first.text.slice(length), start: first.start + length }, ...rest]
      : rest;
  return { parts, raw: word.raw.slice(length), start: word.start + length, end: word.end };
}

/** Builtins whose `NAME=value` arguments set variables. */
export const DECLARATION_COMMANDS: ReadonlySet<string> = new Set([
  'export',
  'declare',
  'local',
  'readonly',
  'typeset'
]);

/** `bash`, `sh`, `zsh`, `dash`, `ksh`: a base name of a shell that reads this syntax. */
export function isShellName(base: string): boolean {
  return /^(ba|z|da|k)?sh$/.test(base);
}

/** Every simple command, in source order, including those inside `$( )` and control bodies. */
export function allCommands(statements: Statement[]): SimpleCommand[] {
  const out: SimpleCommand[] = [];
  const visitWord = (w: Word | null | undefined): void => {
    if (!w) return;
    for (const p of w.parts) if (p.kind === 'substitution') walk(p.body);
  };
  const walk = (list: Statement[]): void => {
    for (const s of list) {
      switch (s.kind) {
        case 'command':
          out.push(s);
          s.assignments.forEach(a => visitWord(a.value));
          s.words.forEach(visitWord);
          s.redirects.forEach(r => visitWord(r.target));
          break;
        case 'if':
          for (const c of s.clauses) {
            walk(c.condition);
            walk(c.body);
          }
          if (s.elseBody) walk(s.elseBody);
          break;
        case 'loop':
          s.items.forEach(visitWord);
          walk(s.condition);
          walk(s.body);
          break;
        case 'case':
          visitWord(s.subject);
          for (const arm of s.arms) walk(arm.body);
          break;
        case 'group':
          walk(s.body);
          break;
      }
    }
  };
  walk(statements);
  return out.sort((a, b) => a.start - b.start);
}
