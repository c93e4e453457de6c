// Telling which values a `${{ }}` template, an env variable or a matrix key can take at a given
// point of a job. Everything unknowable (vars, secrets, event payloads, command output) is
// "unknown"; literal matrices, env values, step outputs written with literal values and
// `choice` inputs are followed.
import {
  asString,
  evaluateExpression,
  findExpressions,
  known,
  MAX_ALTERNATIVES,
  UNKNOWN,
  type ExprValue,
  type Resolved
} from './expressions.js';
import type { KeyValue, Matrix, MatrixValue } from './model.js';
import { WORKSPACE } from './repo-files.js';

export { UNKNOWN, known, union, type Resolved } from './expressions.js';

/** String forms of the values, deduplicated. */
export function stringsOf(r: Resolved): string[] {
  return [...new Set(r.values.map(asString))];
}

/** Concatenation of alternatives: the cartesian product, capped. */
export function concat(parts: Resolved[]): Resolved {
  let values: string[] = [''];
  let unknown = false;
  for (const part of parts) {
    unknown ||= part.unknown;
    const options = stringsOf(part);
    const product: string[] = [];
    for (const prefix of values) for (const option of options) product.push(prefix + option);
    values = product;
    if (values.length > MAX_ALTERNATIVES) return UNKNOWN;
  }
  return { values: [...new Set(values)], unknown };
}

// ---------------------------------------------------------------------------------------------
// Contexts other than `env`

export interface Contexts {
  matrix(path: string[]): Resolved;
  /**
   * `secrets.NAME`: its value is never known, but which secret it is matters (each Fly secret's
   * needs are judged on their own). Default: the secret of that name (`secretValue`).
   */
  secrets?(name: string): Resolved;
  /** Where a composite action's files are (`github.action_path`), repo-relative; '' at the root. */
  actionPath?: string;
  inputs(name: string): Resolved;
  /** `steps.<id>.outputs.<key>` and friends (path without the leading `steps`). */
  steps(path: string[]): Resolved;
}

/** A repo-relative directory as the runner sees it (under `$GITHUB_WORKSPACE`). */
export function workspacePath(dir: string): string {
  return dir === '' ? WORKSPACE : `${WORKSPACE}/${dir}`;
}

function githubContext(path: string[]): Resolved {
  if (path[0] === 'workspace') return known(WORKSPACE);
  return UNKNOWN;
}

// ---------------------------------------------------------------------------------------------
// Secrets

/**
 * A secret's value stands for "unknown text" that remembers the secret's name: a marker no real
 * value holds (NUL bytes), flagged unknown, so every rule that needs a known value (app names,
 * paths, tests) still sees an unknown one, while the token a command runs with can still be told
 * apart from another (`secretsIn`).
 */
const MARK = '\u0000secrets.';
const MARK_END = '\u0000';

export function secretValue(name: string): Resolved {
  return { values: [`${MARK}${name}${MARK_END}`], unknown: true };
}

/** The names of the secrets a value may hold, in order, without duplicates. */
export function secretsIn(r: Resolved): string[] {
  const names: string[] = [];
  for (const v of r.values) {
    if (typeof v !== 'string') continue;
    for (let at = v.indexOf(MARK); at >= 0; at = v.indexOf(MARK, at + 1)) {
      const end = v.indexOf(MARK_END, at + MARK.length);
      if (end < 0) break;
      const name = v.slice(at + MARK.length, end);
      if (!names.includes(name)) names.push(name);
    }
  }
  return names;
}

// ---------------------------------------------------------------------------------------------
// Env layers

export type EnvLayer =
  | { kind: 'values'; values: KeyValue[]; dynamic: boolean }
  | { kind: 'resolved'; values: Map<string, Resolved> };

const MAX_DEPTH = 24;

/**
 * A point in a job where expressions are evaluated: env layers (innermost first: step, values
 * written to GITHUB_ENV, job, workflow) plus the other contexts.
 */
export class Scope {
  constructor(
    readonly layers: EnvLayer[],
    readonly contexts: Contexts,
    private readonly depth = 0
  ) {}

  /** Value of an env variable; null when no layer defines it. */
  env(name: string): Resolved | null {
    if (this.depth > MAX_DEPTH) return UNKNOWN;
    for (let i = 0; i < this.layers.length; i++) {
      const layer = this.layers[i];
      if (!layer) continue;
      if (layer.kind === 'resolved') {
        const found = layer.values.get(name);
        if (found) return found;
        continue;
      }
      const entry = layer.values.find(kv => kv.key === name);
      if (entry) {
        // A value sees the layers outside its own (`env.X` in job env reads workflow env).
        const outer = new Scope(this.layers.slice(i + 1), this.contexts, this.depth + 1);
        return entry.isScalar && entry.value !== null ? outer.template(entry.value) : known('');
      }
      if (layer.dynamic) return UNKNOWN;
    }
    return null;
  }

  lookup = (path: string[]): Resolved => {
    const [head, ...rest] = path;
    switch (head) {
      case 'env':
        return rest.length === 1 ? (this.env(rest[0] ?? '') ?? UNKNOWN) : UNKNOWN;
      case 'matrix':
        return this.contexts.matrix(rest);
      case 'inputs':
        return rest.length === 1 ? this.contexts.inputs(rest[0] ?? '') : UNKNOWN;
      case 'steps':
        return this.contexts.steps(rest);
      case 'secrets': {
        const name = rest.length === 1 ? rest[0] : undefined;
        if (name === undefined) return UNKNOWN;
        return this.contexts.secrets ? this.contexts.secrets(name) : secretValue(name);
      }
      case 'github':
        if (rest[0] === 'event' && rest[1] === 'inputs' && rest.length === 3) {
          return this.contexts.inputs(rest[2] ?? '');
        }
        if (
          rest[0] === 'action_path' &&
          rest.length === 1 &&
          this.contexts.actionPath !== undefined
        )
          return known(workspacePath(this.contexts.actionPath));
        return githubContext(rest);
      default:
        return UNKNOWN;
    }
  };

  /** A string with `${{ }}` parts, as GitHub would substitute it. */
  template(text: string): Resolved {
    if (this.depth > MAX_DEPTH) return UNKNOWN;
    const spans = findExpressions(text);
    if (spans.length === 0) return known(text);
    const parts: Resolved[] = [];
    let last = 0;
    // Empty text between expressions adds nothing to the concatenation.
    for (const span of spans) {
      if (span.start > last) parts.push(known(text.slice(last, span.start)));
      parts.push(evaluateExpression(span.inner, this.lookup));
      last = span.end;
    }
    if (last < text.length) parts.push(known(text.slice(last)));
    return concat(parts);
  }

  /** The value of one expression body (a shell word's `${{ }}` part). */
  expression(inner: string): Resolved {
    return this.template('${{' + inner + '}}');
  }

  withLayers(layers: EnvLayer[]): Scope {
    return new Scope(layers, this.contexts, this.depth);
  }
}

// ---------------------------------------------------------------------------------------------
// Matrix

export interface MatrixCombination {
  values: Record<string, MatrixValue>;
  /** Keys whose value cannot be told (axis or include given as an expression). */
  unknownKeys: Set<string>;
  /** Everything about this matrix is unknown (`matrix: ${{ fromJSON(...) }}`). */
  allUnknown: boolean;
}

const MAX_COMBINATIONS = 64;

/** The combinations GitHub would run (include/exclude applied); one empty one without matrix. */
export function matrixCombinations(matrix: Matrix | null): MatrixCombination[] {
  const none: MatrixCombination = { values: {}, unknownKeys: new Set(), allUnknown: false };
  if (!matrix) return [none];
  if (matrix.dynamic || matrix.dynamicKeys.includes('include')) {
    return [{ values: {}, unknownKeys: new Set(), allUnknown: true }];
  }
  const unknownKeys = new Set(matrix.dynamicKeys.filter(k => k !== 'exclude'));
  const axes = Object.entries(matrix.axes);
  let combos = cartesian(axes);
  if (combos === null) return [{ values: {}, unknownKeys, allUnknown: true }];
  combos = combos.filter(combo => !matrix.exclude.some(rule => matches(combo, rule)));
  const original = new Set(axes.map(([k]) => k));
  for (const include of matrix.include) {
    let merged = false;
    for (const combo of combos) {
      const conflicts = Object.entries(include).some(
        ([k, v]) => original.has(k) && k in combo && !sameValue(combo[k] ?? null, v)
      );
      if (!conflicts && axes.length > 0) {
        Object.assign(combo, include);
        merged = true;
      }
    }
    if (!merged) combos.push({ ...include });
  }
  if (combos.length === 0) return [{ values: {}, unknownKeys, allUnknown: false }];
  if (combos.length > MAX_COMBINATIONS) return [{ values: {}, unknownKeys, allUnknown: true }];
  return combos.map(values => ({ values, unknownKeys, allUnknown: false }));
}

/**
 * Every combination of the axes' values, the first axis varying slowest; null when there would be
 * more than MAX_COMBINATIONS (counted axis by axis, as they are multiplied out).
 */
function cartesian(
  axes: Array<[string, MatrixValue[]]>
): Array<Record<string, MatrixValue>> | null {
  let count = axes.length > 0 ? 1 : 0;
  for (const [, values] of axes) {
    count *= values.length;
    if (count > MAX_COMBINATIONS) return null;
  }
  if (count === 0) return [];
  let combos: Array<Record<string, MatrixValue>> = [{}];
  for (const [key, values] of axes) {
    combos = combos.flatMap(combo => values.map(v => ({ ...combo, [key]: v })));
  }
  return combos;
}

function matches(combo: Record<string, MatrixValue>, rule: Record<string, MatrixValue>): boolean {
  return Object.entries(rule).every(([k, v]) => k in combo && sameValue(combo[k] ?? null, v));
}

function sameValue(a: MatrixValue, b: MatrixValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `matrix.<key>.<sub>` in one combination. */
export function matrixLookup(combo: MatrixCombination, path: string[]): Resolved {
  if (combo.allUnknown) return UNKNOWN;
  const [key, ...rest] = path;
  if (key === undefined) return UNKNOWN;
  if (combo.unknownKeys.has(key)) return UNKNOWN;
  let value: MatrixValue | undefined = combo.values[key];
  if (value === undefined) return known(null);
  for (const segment of rest) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return known(null);
    value = (value as Record<string, MatrixValue>)[segment];
    if (value === undefined) return known(null);
  }
  if (value !== null && typeof value === 'object') return UNKNOWN;
  return known(value as ExprValue);
}
