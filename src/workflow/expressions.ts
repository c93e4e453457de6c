// GitHub Actions `${{ }}` expressions: finding them in strings, finding `secrets.X` inside them,
// and a small evaluator that tells which values an expression can take when its inputs are known
// (matrix values, env literals, step outputs) and says "unknown" otherwise. Expressions are read
// with GitHub's own lexer and parser (@actions/expressions); its evaluator computes one value from
// known contexts, so the "which values, or unknown" reading over its syntax tree is ours.

import { data, Lexer, Parser, wellKnownFunctions, type Expr } from '@actions/expressions';
import {
  ContextAccess,
  FunctionCall,
  Grouping,
  IndexAccess,
  Literal,
  Star,
  type Binary,
  type ExprVisitor,
  type Logical,
  type Unary
} from '@actions/expressions/ast';
import type { FunctionInfo } from '@actions/expressions/funcs/info';
import { TokenType, type Token } from '@actions/expressions/lexer';
import { equals, truthy as dataTruthy } from '@actions/expressions/result';
import {
  shapeContains,
  shapeEndsWith,
  shapeMayEqual,
  shapeStartsWith,
  type Answer,
  type StringShape
} from './string-shape.js';

interface ExpressionSpan {
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
function expressionEnd(text: string, from: number): number {
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

interface SecretMention {
  /** `FLY_API_TOKEN`; null for dynamic access such as `secrets[format(...)]`. */
  name: string | null;
  /** Offsets of `secrets.NAME` (or `secrets[...]`) in the text given to `findSecretMentions`. */
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Reading an expression body with GitHub's lexer and parser

/** The named-values a workflow expression may use; GitHub rejects any other. */
const CONTEXTS = 'github env vars secrets inputs matrix strategy steps job jobs runner needs'.split(
  ' '
);

/** The functions the runner adds to the library's own (`contains`, `format`, ...). */
const RUNNER_FUNCTIONS: FunctionInfo[] = [
  ...['success', 'failure', 'always', 'cancelled'].map(name => ({ name, minArgs: 0, maxArgs: 0 })),
  { name: 'hashFiles', minArgs: 1, maxArgs: 255 }
];

/** The tokens of an expression body; null when GitHub's lexer rejects it. */
function lexed(inner: string): Token[] | null {
  try {
    return new Lexer(inner).lex().tokens;
  } catch {
    return null;
  }
}

/** The syntax tree of those tokens; null when they are none or GitHub's parser rejects them. */
function parsed(tokens: Token[] | null): Expr | null {
  if (!tokens) return null;
  try {
    return new Parser(tokens, CONTEXTS, RUNNER_FUNCTIONS).parse() ?? null;
  } catch {
    return null;
  }
}

/** What GitHub's lexer and parser make of an expression body, each read when first asked. */
interface Reading {
  tokens: Token[] | null;
  tree?: Expr | null;
  mentions?: SecretMention[];
}

// Needs inference evaluates the same few expressions once per step, matrix combination and
// caller, and workflows repeat theirs. A reading depends on the text alone, so readings of short
// bodies are kept in a small table that is emptied when full. Keys are copies: a body is a slice
// of its workflow's text and would keep the whole text alive.
const MAX_KEPT_READINGS = 2048;
const MAX_KEPT_EXPRESSION_CHARS = 256;
const keptReadings = new Map<string, Reading>();

function readingOf(inner: string): Reading {
  if (inner.length > MAX_KEPT_EXPRESSION_CHARS) return { tokens: lexed(inner) };
  let reading = keptReadings.get(inner);
  if (reading) return reading;
  // Tokens are slices of what is lexed: lex the copy.
  const copy = inner.split('').join('');
  reading = { tokens: lexed(copy) };
  if (keptReadings.size >= MAX_KEPT_READINGS) keptReadings.clear();
  keptReadings.set(copy, reading);
  return reading;
}

/** Where each token starts in `inner`: only whitespace lies between two tokens. */
function tokenOffsets(inner: string, tokens: Token[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const token of tokens) {
    at = token.lexeme === '' ? inner.length : inner.indexOf(token.lexeme, at);
    offsets.push(at);
    at += token.lexeme.length;
  }
  return offsets;
}

/** A string literal's value, read from its source (the lexer undoubles only the first `''`). */
function stringValue(token: Token): string {
  return token.lexeme.slice(1, -1).replaceAll("''", "'");
}

/**
 * `secrets.X` / `secrets['X']` mentions inside an expression body, found in its tokens (string
 * literals and `github.secrets` are not mentions); any other `secrets` (`toJSON(secrets)`,
 * `secrets[expr]`) may be any secret (name null). Text GitHub's lexer rejects mentions nothing:
 * GitHub refuses the workflow before any secret is read.
 */
export function findSecretMentions(inner: string, offset = 0): SecretMention[] {
  if (!/secrets/i.test(inner)) return [];
  const reading = readingOf(inner);
  reading.mentions ??= mentionsIn(inner, reading.tokens ?? []);
  return reading.mentions.map(m => ({ ...m, start: m.start + offset, end: m.end + offset }));
}

function mentionsIn(inner: string, tokens: Token[]): SecretMention[] {
  const starts = tokenOffsets(inner, tokens);
  const type = (i: number): TokenType | undefined => tokens[i]?.type;
  const start = (i: number): number => starts[i] ?? inner.length;
  const end = (i: number): number => start(i) + (tokens[i]?.lexeme.length ?? 0);
  const found: SecretMention[] = [];
  tokens.forEach((token, i) => {
    if (token.type !== TokenType.IDENTIFIER || token.lexeme.toLowerCase() !== 'secrets') return;
    if (type(i - 1) === TokenType.DOT) return;
    const key = tokens[i + 2];
    if (type(i + 1) === TokenType.DOT && key?.type === TokenType.IDENTIFIER) {
      found.push({ name: key.lexeme, start: start(i), end: end(i + 2) });
    } else if (type(i + 1) === TokenType.LEFT_BRACKET) {
      const close = closingBracket(tokens, i + 1);
      const named = close === i + 3 && key?.type === TokenType.STRING;
      found.push({
        name: named ? stringValue(key) : null,
        start: start(i),
        end: close < 0 ? inner.length : end(close)
      });
    } else {
      // `toJSON(secrets)`, `secrets.*`, `secrets` alone: every secret, the Fly token among them.
      found.push({ name: null, start: start(i), end: end(i) });
    }
  });
  return found;
}

/** Index of the `]` closing the `[` at `open`, or -1. */
function closingBracket(tokens: Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const type = tokens[i]?.type;
    if (type === TokenType.LEFT_BRACKET) depth++;
    else if (type === TokenType.RIGHT_BRACKET && --depth === 0) return i;
  }
  return -1;
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

/** A value as GitHub's expression library holds it. */
function toData(value: ExprValue): data.ExpressionData {
  if (value === null) return new data.Null();
  if (typeof value === 'string') return new data.StringData(value);
  if (typeof value === 'number') return new data.NumberData(value);
  return new data.BooleanData(value);
}

/** A library value as ours; undefined for arrays and objects, which are not followed. */
function fromData(value: data.ExpressionData): ExprValue | undefined {
  if (value instanceof data.Null) return null;
  const scalar =
    value instanceof data.StringData ||
    value instanceof data.NumberData ||
    value instanceof data.BooleanData;
  return scalar ? value.value : undefined;
}

/** GitHub's string conversion: null -> '', booleans and numbers printed. */
export function asString(value: ExprValue): string {
  return toData(value).coerceString();
}

/** GitHub's truthiness: false, 0, NaN, '' and null are falsy. */
export function truthy(value: ExprValue): boolean {
  return dataTruthy(toData(value));
}

function looseEquals(a: ExprValue, b: ExprValue): boolean {
  return equals(toData(a), toData(b));
}

/** Looks up a context path such as `['matrix', 'app']` or `['steps', 'meta', 'outputs', 'app']`. */
export type ContextLookup = (path: string[]) => Resolved;

const BOTH: Resolved = { values: [true, false], unknown: false };

/** Every falsy value: what an unknown value is when it is known to be falsy. */
const FALSY: ExprValue[] = [false, 0, '', null, Number.NaN];

/** Evaluates an expression body (the text inside `${{ }}`). Text GitHub rejects is unknown. */
export function evaluateExpression(inner: string, lookup: ContextLookup): Resolved {
  const reading = readingOf(inner);
  if (reading.tree === undefined) reading.tree = parsed(reading.tokens);
  const tree = reading.tree;
  if (!tree) return UNKNOWN;
  try {
    return tree.accept(new ValuesOf(lookup));
  } catch {
    return UNKNOWN;
  }
}

function literalValue({ literal, token }: Literal): ExprValue {
  return token.type === TokenType.STRING ? stringValue(token) : (fromData(literal) ?? null);
}

/** `matrix.app`, `steps['meta'].outputs.tag` as a path; null when a key is computed. */
function contextPath(expr: Expr): string[] | null {
  const keys: string[] = [];
  let node = ungrouped(expr);
  for (; node instanceof IndexAccess; node = ungrouped(node.expr)) {
    const key = indexKey(node.index);
    if (key === null) return null;
    keys.push(key);
  }
  if (!(node instanceof ContextAccess)) return null;
  keys.push(node.name.lexeme.toLowerCase());
  return keys.reverse();
}

function indexKey(index: Expr): string | null {
  if (index instanceof Star) return '*';
  const key = ungrouped(index);
  return key instanceof Literal ? asString(literalValue(key)) : null;
}

/** The expression inside any parentheses. */
function ungrouped(expr: Expr): Expr {
  return expr instanceof Grouping ? ungrouped(expr.group) : expr;
}

/** The values an expression can take, node by node. */
class ValuesOf implements ExprVisitor<Resolved> {
  constructor(private readonly lookup: ContextLookup) {}

  private of = (expr: Expr): Resolved => expr.accept(this);

  visitLiteral(literal: Literal): Resolved {
    return known(literalValue(literal));
  }

  visitUnary(unary: Unary): Resolved {
    const r = this.of(unary.expr);
    if (r.unknown) return BOTH;
    return known(...r.values.map(v => !truthy(v)));
  }

  visitBinary(binary: Binary): Resolved {
    const left = this.of(binary.left);
    const right = this.of(binary.right);
    const op = binary.operator.type;
    if (op !== TokenType.EQUAL_EQUAL && op !== TokenType.BANG_EQUAL) return BOTH;
    const outcomes = equalities(left, right);
    if (outcomes === null) return BOTH;
    return known(...outcomes.map(equal => (op === TokenType.EQUAL_EQUAL ? equal : !equal)));
  }

  visitLogical(logical: Logical): Resolved {
    const [first, ...rest] = logical.args;
    if (!first) return UNKNOWN;
    const combine = logical.operator.type === TokenType.AND ? and : or;
    let value = this.of(first);
    for (const arg of rest) value = combine(value, () => this.of(arg));
    return value;
  }

  visitGrouping(grouping: Grouping): Resolved {
    return this.of(grouping.group);
  }

  visitContextAccess(access: ContextAccess): Resolved {
    return this.lookup([access.name.lexeme.toLowerCase()]);
  }

  visitIndexAccess(access: IndexAccess): Resolved {
    const path = contextPath(access);
    return path ? this.lookup(path) : UNKNOWN;
  }

  visitFunctionCall(call: FunctionCall): Resolved {
    return evaluateCall(call.functionName.lexeme.toLowerCase(), call.args, this.of);
  }
}

/**
 * `apply` over every combination of the values of `args` (each known). Unknown past
 * MAX_ALTERNATIVES combinations, or where `apply` throws (GitHub fails the step) or has no value.
 */
function overCombinations(
  args: Resolved[],
  apply: (values: ExprValue[]) => ExprValue | undefined
): Resolved {
  let combinations: ExprValue[][] = [[]];
  for (const arg of args) {
    combinations = combinations.flatMap(c => arg.values.map(v => [...c, v]));
    if (combinations.length > MAX_ALTERNATIVES) return UNKNOWN;
  }
  const values: ExprValue[] = [];
  try {
    for (const combination of combinations) {
      const value = apply(combination);
      if (value === undefined) return UNKNOWN;
      values.push(value);
    }
  } catch {
    return UNKNOWN;
  }
  return known(...values);
}

/** `left || right`: the first truthy value; the right is read only when the left may be falsy. */
function or(left: Resolved, rightOf: () => Resolved): Resolved {
  const truthyLeft = left.values.filter(truthy);
  const needRight = left.unknown || left.values.some(v => !truthy(v));
  const right = needRight ? rightOf() : known();
  return capped({
    values: dedupe([...truthyLeft, ...right.values]),
    unknown: left.unknown || right.unknown
  });
}

/** `left && right`: the first falsy value, else the right. */
function and(left: Resolved, rightOf: () => Resolved): Resolved {
  const falsyLeft = left.values.filter(v => !truthy(v));
  const needRight = left.unknown || left.values.some(truthy);
  const right = needRight ? rightOf() : known();
  if (left.unknown && !right.unknown && !right.values.some(truthy)) {
    // Falsy whatever the left is: the left's own falsy value, or the right's.
    return capped({ values: dedupe([...FALSY, ...right.values]), unknown: false });
  }
  return capped({
    values: dedupe([...falsyLeft, ...right.values]),
    unknown: left.unknown || right.unknown
  });
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

type ValueOf = (expr: Expr) => Resolved;

function evaluateCall(name: string, args: Expr[], valueOf: ValueOf): Resolved {
  // The parser has checked the argument counts; a missing one reads as null.
  const arg = (i: number): Resolved => {
    const expr = args[i];
    return expr ? valueOf(expr) : known(null);
  };
  switch (name) {
    case 'contains':
      return containsCall(args[0], arg(1), () => arg(0));
    case 'startswith':
    case 'endswith':
      return stringTest(name, arg(0), arg(1));
    case 'success':
    case 'failure':
    case 'always':
    case 'cancelled':
      return BOTH;
  }
  // `format`, `join`, `toJSON`, `fromJSON`, `case`: GitHub's own, over the values known.
  const definition = Object.hasOwn(wellKnownFunctions, name) ? wellKnownFunctions[name] : undefined;
  const values = args.map(valueOf);
  if (!definition || values.some(v => v.unknown)) return UNKNOWN;
  return overCombinations(values, combination =>
    fromData(definition.call(...combination.map(toData)))
  );
}

type StringFunction = 'contains' | 'startswith' | 'endswith';

/** GitHub's own `contains`, `startsWith` or `endsWith` of two known values. */
function stringHolds(name: StringFunction, subject: ExprValue, part: ExprValue): boolean {
  const holds = wellKnownFunctions[name]?.call(toData(subject), toData(part));
  return holds instanceof data.BooleanData && holds.value;
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
    for (const v of subject.values) outcomes.add(stringHolds(name, v, p));
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
function literalArray(haystack: Expr | undefined): ExprValue[] | null {
  const expr = haystack && ungrouped(haystack);
  if (!(expr instanceof FunctionCall) || expr.functionName.lexeme.toLowerCase() !== 'fromjson') {
    return null;
  }
  const arg = expr.args[0] && ungrouped(expr.args[0]);
  const text = arg instanceof Literal ? literalValue(arg) : null;
  if (expr.args.length !== 1 || typeof text !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return null;
    const scalar = (v: unknown): v is ExprValue =>
      v === null || ['string', 'number', 'boolean'].includes(typeof v);
    return parsed.every(scalar) ? parsed : null;
  } catch {
    return null;
  }
}

function containsCall(
  haystack: Expr | undefined,
  item: Resolved,
  haystackValue: () => Resolved
): Resolved {
  const array = literalArray(haystack);
  if (array === null) return stringTest('contains', haystackValue(), item);
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
