// GitHub Actions `${{ }}` expressions: finding them in strings, finding `secrets.X` inside them,
// and a small evaluator that tells which values an expression can take when its inputs are known
// (matrix values, env literals, step outputs) and says "unknown" otherwise.

import {
  shapeContains,
  shapeEndsWith,
  shapeMayEqual,
  shapeStartsWith,
  type Answer,
  type StringShape
} from './string-shape.js';

export interface ExpressionSpan {
  /** Offset of `${{`. */
  start: number;
  /** Offset just past `}}` (or the end of the text when unterminated). */
  end: number;
  /** Text between `${{` and `}}`. */
  inner: string;
  innerStart: number;
}

const QUOTE = 0x27; // '
const CLOSE_BRACE = 0x7d; // }
const LOWER_S = 0x73; // s

/** Finds `${{ ... }}` spans; `}}` inside single-quoted expression strings does not close. */
export function findExpressions(text: string): ExpressionSpan[] {
  const spans: ExpressionSpan[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('${{', from);
    if (start < 0) break;
    const innerStart = start + 3;
    const close = expressionEnd(text, innerStart);
    const end = close < 0 ? text.length : close + 2;
    spans.push({
      start,
      end,
      inner: text.slice(innerStart, close < 0 ? text.length : close),
      innerStart
    });
    from = end;
  }
  return spans;
}

/** Offset of the `}}` closing an expression whose body starts at `from`, or -1. */
export function expressionEnd(text: string, from: number): number {
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === QUOTE) {
        if (text.charCodeAt(i + 1) === QUOTE) i += 1;
        else inString = false;
      }
      continue;
    }
    if (ch === QUOTE) inString = true;
    else if (ch === CLOSE_BRACE && text.charCodeAt(i + 1) === CLOSE_BRACE) return i;
  }
  return -1;
}

export interface SecretMention {
  /** `FLY_API_TOKEN`; null for dynamic access such as `secrets[format(...)]`. */
  name: string | null;
  /** Offsets of `secrets.NAME` (or `secrets[...]`) in the text given to `findSecretMentions`. */
  start: number;
  end: number;
}

const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;

/** `secrets.X` / `secrets['X']` mentions inside an expression body (string literals skipped). */
export function findSecretMentions(inner: string, offset = 0): SecretMention[] {
  const found: SecretMention[] = [];
  let inString = false;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner.charCodeAt(i);
    if (inString) {
      if (ch === QUOTE) {
        if (inner.charCodeAt(i + 1) === QUOTE) i += 1;
        else inString = false;
      }
      continue;
    }
    if (ch === QUOTE) {
      inString = true;
      continue;
    }
    // `startsWith` is a call: made only where an `s` could begin the word.
    if (ch !== LOWER_S || !inner.startsWith('secrets', i)) continue;
    const before = inner.charAt(i - 1);
    const after = inner.charAt(i + 7);
    if (/[A-Za-z0-9_.-]/.test(before) || /[A-Za-z0-9_-]/.test(after)) continue;
    let j = i + 7;
    while (/\s/.test(inner.charAt(j))) j++;
    if (inner.charAt(j) === '.') {
      j++;
      while (/\s/.test(inner.charAt(j))) j++;
      IDENT.lastIndex = j;
      const m = IDENT.exec(inner);
      if (m) {
        found.push({ name: m[0], start: offset + i, end: offset + j + m[0].length });
        i = j + m[0].length - 1;
      }
    } else if (inner.charAt(j) === '[') {
      const literal = /^\[\s*'([^']*)'\s*\]/.exec(inner.slice(j));
      if (literal) {
        found.push({
          name: literal[1] ?? null,
          start: offset + i,
          end: offset + j + literal[0].length
        });
      } else {
        const close = inner.indexOf(']', j);
        found.push({
          name: null,
          start: offset + i,
          end: offset + (close < 0 ? inner.length : close + 1)
        });
      }
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Evaluation

export type ExprValue = string | number | boolean | null;

/** The values an expression (or shell word) can take; `unknown` = possibly something else too. */
export interface Resolved {
  values: ExprValue[];
  unknown: boolean;
  /**
   * With `unknown`: every value not listed is a string of one of these shapes (`<n>/merge`).
   * Absent: the unknown values may be anything. Kept only where a value is read as it is.
   */
  shapes?: readonly StringShape[];
}

export const UNKNOWN: Resolved = Object.freeze({ values: [], unknown: true }) as Resolved;

/** How many alternatives we track before giving up on a value ("unknown"). */
export const MAX_ALTERNATIVES = 32;

export function known(...values: ExprValue[]): Resolved {
  return { values: dedupe(values), unknown: false };
}

export function union(...items: Resolved[]): Resolved {
  const values: ExprValue[] = [];
  let unknown = false;
  for (const item of items) {
    values.push(...item.values);
    unknown ||= item.unknown;
  }
  return capped({ values: dedupe(values), unknown });
}

function capped(r: Resolved): Resolved {
  if (r.values.length <= MAX_ALTERNATIVES) return r;
  return { values: r.values.slice(0, MAX_ALTERNATIVES), unknown: true };
}

/** The values without repeats, first occurrences kept (SameValueZero: `1` and `'1'` differ). */
function dedupe(values: ExprValue[]): ExprValue[] {
  return [...new Set(values)];
}

/** GitHub's string conversion: null -> '', booleans and numbers printed. */
export function asString(value: ExprValue): string {
  if (value === null) return '';
  return String(value);
}

function truthy(value: ExprValue): boolean {
  if (value === null || value === false || value === '' || value === 0) return false;
  if (typeof value === 'number' && Number.isNaN(value)) return false;
  return true;
}

/** Looks up a context path such as `['matrix', 'app']` or `['steps', 'meta', 'outputs', 'app']`. */
export type ContextLookup = (path: string[]) => Resolved;

type Ast =
  | { kind: 'literal'; value: ExprValue }
  | { kind: 'path'; head: string; segments: Array<string | Ast | '*'> }
  | { kind: 'index'; target: Ast; segments: Array<string | Ast | '*'> }
  | { kind: 'call'; name: string; args: Ast[] }
  | { kind: 'binary'; op: string; left: Ast; right: Ast }
  | { kind: 'not'; operand: Ast };

interface Tok {
  kind: 'ident' | 'string' | 'number' | 'op' | 'end';
  text: string;
}

function tokenize(src: string): Tok[] | null {
  const toks: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src.charAt(i);
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === "'") {
      let s = '';
      i++;
      for (;;) {
        if (i >= src.length) return null;
        const c = src.charAt(i);
        if (c === "'") {
          if (src.charAt(i + 1) === "'") {
            s += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += c;
        i++;
      }
      toks.push({ kind: 'string', text: s });
      continue;
    }
    const num = /^(0x[0-9a-fA-F]+|-?\d+(\.\d+)?([eE][+-]?\d+)?)/.exec(src.slice(i));
    if (num && /[0-9-]/.test(ch) && !(ch === '-' && !/\d/.test(src.charAt(i + 1)))) {
      toks.push({ kind: 'number', text: num[0] });
      i += num[0].length;
      continue;
    }
    const ident = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i));
    if (ident) {
      toks.push({ kind: 'ident', text: ident[0] });
      i += ident[0].length;
      continue;
    }
    const op = /^(\|\||&&|==|!=|<=|>=|[<>!().,[\]*])/.exec(src.slice(i));
    if (op) {
      toks.push({ kind: 'op', text: op[0] });
      i += op[0].length;
      continue;
    }
    return null;
  }
  toks.push({ kind: 'end', text: '' });
  return toks;
}

class ExprParser {
  private pos = 0;
  constructor(private readonly toks: Tok[]) {}

  parse(): Ast | null {
    const ast = this.or();
    return ast && this.peek().kind === 'end' ? ast : null;
  }

  private peek(): Tok {
    return this.toks[this.pos] ?? { kind: 'end', text: '' };
  }

  private take(text?: string): Tok | null {
    const t = this.peek();
    if (text !== undefined && !(t.kind === 'op' && t.text === text)) return null;
    this.pos++;
    return t;
  }

  private binary(next: () => Ast | null, ops: string[]): Ast | null {
    let left = next();
    while (left) {
      const t = this.peek();
      if (t.kind !== 'op' || !ops.includes(t.text)) break;
      this.pos++;
      const right = next();
      if (!right) return null;
      left = { kind: 'binary', op: t.text, left, right };
    }
    return left;
  }

  private or = (): Ast | null => this.binary(this.and, ['||']);
  private and = (): Ast | null => this.binary(this.equality, ['&&']);
  private equality = (): Ast | null => this.binary(this.comparison, ['==', '!=']);
  private comparison = (): Ast | null => this.binary(this.unary, ['<', '<=', '>', '>=']);

  private unary = (): Ast | null => {
    if (this.take('!')) {
      const operand = this.unary();
      return operand ? { kind: 'not', operand } : null;
    }
    return this.postfix();
  };

  private postfix(): Ast | null {
    const primary = this.primary();
    if (!primary) return null;
    const segments: Array<string | Ast | '*'> = [];
    for (;;) {
      if (this.take('.')) {
        const t = this.peek();
        if (t.kind === 'ident') segments.push(t.text);
        else if (t.kind === 'op' && t.text === '*') segments.push('*');
        else return null;
        this.pos++;
      } else if (this.take('[')) {
        if (this.take('*')) segments.push('*');
        else {
          const index = this.or();
          if (!index) return null;
          segments.push(index.kind === 'literal' ? asString(index.value) : index);
        }
        if (!this.take(']')) return null;
      } else break;
    }
    if (segments.length === 0) return primary;
    if (primary.kind === 'path')
      return { ...primary, segments: [...primary.segments, ...segments] };
    return { kind: 'index', target: primary, segments };
  }

  private primary(): Ast | null {
    const t = this.peek();
    if (t.kind === 'string') {
      this.pos++;
      return { kind: 'literal', value: t.text };
    }
    if (t.kind === 'number') {
      this.pos++;
      return { kind: 'literal', value: Number(t.text) };
    }
    if (t.kind === 'ident') {
      this.pos++;
      if (t.text === 'true' || t.text === 'false')
        return { kind: 'literal', value: t.text === 'true' };
      if (t.text === 'null') return { kind: 'literal', value: null };
      if (this.take('(')) {
        const args: Ast[] = [];
        if (!this.take(')')) {
          for (;;) {
            const arg = this.or();
            if (!arg) return null;
            args.push(arg);
            if (this.take(')')) break;
            if (!this.take(',')) return null;
          }
        }
        return { kind: 'call', name: t.text.toLowerCase(), args };
      }
      return { kind: 'path', head: t.text, segments: [] };
    }
    if (this.take('(')) {
      const inner = this.or();
      return inner && this.take(')') ? inner : null;
    }
    return null;
  }
}

const BOTH: Resolved = { values: [true, false], unknown: false };

/** Every falsy value: what an unknown value is when it is known to be falsy. */
const FALSY: ExprValue[] = [false, 0, '', null, Number.NaN];

// Needs inference evaluates the same few expressions once per step, matrix combination and
// caller. The syntax tree depends on the text alone (evaluation never changes it), so parses of
// short expressions are kept in a small table that is emptied when full. Keys are copied: an
// expression is a slice of its workflow's text and would keep the whole text alive.
const MAX_KEPT_PARSES = 2048;
const MAX_KEPT_EXPRESSION_CHARS = 256;
const keptParses = new Map<string, Ast | null>();

function parsedExpression(inner: string): Ast | null {
  if (inner.length > MAX_KEPT_EXPRESSION_CHARS) return parseExpression(inner);
  const kept = keptParses.get(inner);
  if (kept !== undefined) return kept;
  // The tree's strings are slices of what is parsed: parse the copy.
  const copy = inner.split('').join('');
  const ast = parseExpression(copy);
  if (keptParses.size >= MAX_KEPT_PARSES) keptParses.clear();
  keptParses.set(copy, ast);
  return ast;
}

function parseExpression(inner: string): Ast | null {
  const toks = tokenize(inner);
  return toks ? new ExprParser(toks).parse() : null;
}

/** Evaluates an expression body (the text inside `${{ }}`). Unparseable text is unknown. */
export function evaluateExpression(inner: string, lookup: ContextLookup): Resolved {
  const ast = parsedExpression(inner);
  if (!ast) return UNKNOWN;
  try {
    return evaluate(ast, lookup, 0);
  } catch {
    return UNKNOWN;
  }
}

function evaluate(ast: Ast, lookup: ContextLookup, depth: number): Resolved {
  if (depth > 50) return UNKNOWN;
  switch (ast.kind) {
    case 'literal':
      return known(ast.value);
    case 'path': {
      const path = [ast.head.toLowerCase()];
      for (const s of ast.segments) {
        if (typeof s !== 'string') return UNKNOWN;
        path.push(s);
      }
      return lookup(path);
    }
    case 'index':
      return UNKNOWN;
    case 'not': {
      const r = evaluate(ast.operand, lookup, depth + 1);
      if (r.unknown) return BOTH;
      return known(...r.values.map(v => !truthy(v)));
    }
    case 'binary':
      return evaluateBinary(ast.op, ast.left, ast.right, lookup, depth);
    case 'call':
      return evaluateCall(ast.name, ast.args, lookup, depth);
  }
}

function evaluateBinary(
  op: string,
  leftAst: Ast,
  rightAst: Ast,
  lookup: ContextLookup,
  depth: number
): Resolved {
  const left = evaluate(leftAst, lookup, depth + 1);
  if (op === '||') {
    const truthyLeft = left.values.filter(truthy);
    const needRight = left.unknown || left.values.some(v => !truthy(v));
    const right = needRight ? evaluate(rightAst, lookup, depth + 1) : known();
    return capped({
      values: dedupe([...truthyLeft, ...right.values]),
      unknown: left.unknown || right.unknown
    });
  }
  if (op === '&&') {
    const falsyLeft = left.values.filter(v => !truthy(v));
    const needRight = left.unknown || left.values.some(truthy);
    const right = needRight ? evaluate(rightAst, lookup, depth + 1) : known();
    if (left.unknown && !right.unknown && !right.values.some(truthy)) {
      // Falsy whatever the left is: the left's own falsy value, or the right's.
      return capped({ values: dedupe([...FALSY, ...right.values]), unknown: false });
    }
    return capped({
      values: dedupe([...falsyLeft, ...right.values]),
      unknown: left.unknown || right.unknown
    });
  }
  const right = evaluate(rightAst, lookup, depth + 1);
  if (op === '==' || op === '!=') {
    const outcomes = equalities(left, right);
    if (outcomes === null) return BOTH;
    return known(...outcomes.map(equal => (op === '==' ? equal : !equal)));
  }
  return BOTH;
}

/**
 * Whether `left == right` can be true and can be false, given every value each side can take;
 * null when a side may be anything. An unknown side of known shapes is compared with the other
 * side's strings: `github.ref_name` (`<n>/merge`) is never `main`.
 */
function equalities(left: Resolved, right: Resolved): boolean[] | null {
  if (left.unknown && right.unknown) return null;
  const outcomes = new Set<boolean>();
  for (const a of left.values) for (const b of right.values) outcomes.add(looseEquals(a, b));
  for (const [vague, other] of [
    [left, right],
    [right, left]
  ] as const) {
    if (!vague.unknown) continue;
    const shapes = vague.shapes;
    for (const value of other.values) {
      if (!shapes || typeof value !== 'string') return null;
      outcomes.add(false);
      if (shapes.some(shape => shapeMayEqual(shape, value))) outcomes.add(true);
    }
  }
  return [...outcomes];
}

function looseEquals(a: ExprValue, b: ExprValue): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === typeof b) return a === b;
  const num = (v: ExprValue): number =>
    v === null ? 0 : typeof v === 'boolean' ? (v ? 1 : 0) : Number(v === '' ? 0 : v);
  return num(a) === num(b);
}

function evaluateCall(name: string, args: Ast[], lookup: ContextLookup, depth: number): Resolved {
  switch (name) {
    case 'format': {
      const parts = args.map(a => evaluate(a, lookup, depth + 1));
      const [fmt, ...rest] = parts;
      if (!fmt || fmt.unknown || fmt.values.length !== 1) return UNKNOWN;
      if (rest.some(r => r.unknown)) return UNKNOWN;
      const template = asString(fmt.values[0] ?? null);
      let results: string[] = [''];
      const pieces = template.split(/(\{\d+\})/);
      for (const piece of pieces) {
        const m = /^\{(\d+)\}$/.exec(piece);
        const options = m ? (rest[Number(m[1])]?.values.map(asString) ?? ['']) : [piece];
        const next: string[] = [];
        for (const r of results) for (const o of options) next.push(r + o);
        results = next;
        if (results.length > MAX_ALTERNATIVES) return UNKNOWN;
      }
      return known(...results.map(r => r.replace(/\{\{/g, '{').replace(/\}\}/g, '}')));
    }
    case 'contains':
      return containsCall(args, lookup, depth);
    case 'startswith':
    case 'endswith':
      return stringTest(
        name,
        evaluate(args[0] ?? NULL_LITERAL, lookup, depth + 1),
        evaluate(args[1] ?? NULL_LITERAL, lookup, depth + 1)
      );
    case 'success':
    case 'failure':
    case 'always':
    case 'cancelled':
      return BOTH;
    case 'fromjson': {
      const arg = args[0] ? evaluate(args[0], lookup, depth + 1) : UNKNOWN;
      if (arg.unknown || arg.values.length !== 1) return UNKNOWN;
      try {
        const parsed: unknown = JSON.parse(asString(arg.values[0] ?? null));
        if (parsed === null || ['string', 'number', 'boolean'].includes(typeof parsed)) {
          return known(parsed as ExprValue);
        }
      } catch {
        return UNKNOWN;
      }
      return UNKNOWN;
    }
    default:
      return UNKNOWN;
  }
}

const NULL_LITERAL: Ast = { kind: 'literal', value: null };

type StringFunction = 'contains' | 'startswith' | 'endswith';

function stringHolds(name: StringFunction, subject: string, part: string): boolean {
  const a = subject.toLowerCase();
  const b = part.toLowerCase();
  if (name === 'startswith') return a.startsWith(b);
  if (name === 'endswith') return a.endsWith(b);
  return a.includes(b);
}

function shapeAnswer(name: StringFunction, shape: StringShape, part: string): Answer {
  if (name === 'startswith') return shapeStartsWith(shape, part);
  if (name === 'endswith') return shapeEndsWith(shape, part);
  return shapeContains(shape, part);
}

/**
 * `startsWith`, `endsWith` and `contains` on strings, case-insensitive as GitHub's: exact over
 * the values each side can take, and over the shapes of an unknown subject (`startsWith(
 * github.ref, 'refs/tags/')` is false on a pull request). BOTH when the answer is not known.
 */
function stringTest(name: StringFunction, subject: Resolved, part: Resolved): Resolved {
  if (part.unknown) return BOTH;
  const outcomes = new Set<boolean>();
  for (const p of part.values) {
    const needle = asString(p);
    for (const v of subject.values) outcomes.add(stringHolds(name, asString(v), needle));
    if (!subject.unknown) continue;
    if (!subject.shapes) return BOTH;
    for (const shape of subject.shapes) {
      const answer = shapeAnswer(name, shape, needle);
      if (answer !== 'never') outcomes.add(true);
      if (answer !== 'always') outcomes.add(false);
    }
  }
  return outcomes.size === 0 ? BOTH : known(...outcomes);
}

/** `contains(fromJSON('["OWNER","MEMBER"]'), x)`: membership in a literal array. */
function literalArray(ast: Ast | undefined): ExprValue[] | null {
  if (ast?.kind !== 'call' || ast.name !== 'fromjson') return null;
  const arg = ast.args[0];
  if (ast.args.length !== 1 || arg?.kind !== 'literal' || typeof arg.value !== 'string') {
    return null;
  }
  try {
    const parsed: unknown = JSON.parse(arg.value);
    if (!Array.isArray(parsed)) return null;
    const scalar = (v: unknown): v is ExprValue =>
      v === null || ['string', 'number', 'boolean'].includes(typeof v);
    return parsed.every(scalar) ? parsed : null;
  } catch {
    return null;
  }
}

function containsCall(args: Ast[], lookup: ContextLookup, depth: number): Resolved {
  const item = evaluate(args[1] ?? NULL_LITERAL, lookup, depth + 1);
  const array = literalArray(args[0]);
  if (array === null) {
    return stringTest('contains', evaluate(args[0] ?? NULL_LITERAL, lookup, depth + 1), item);
  }
  const outcomes = new Set<boolean>();
  for (const v of item.values) outcomes.add(array.some(e => looseEquals(e, v)));
  if (item.unknown) {
    if (!item.shapes) return BOTH;
    // A shape stands for endlessly many strings: some are not in the array.
    outcomes.add(false);
    const shapes = item.shapes;
    if (array.some(e => typeof e === 'string' && shapes.some(s => shapeMayEqual(s, e)))) {
      outcomes.add(true);
    }
  }
  return known(...outcomes);
}
