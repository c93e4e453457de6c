// Reads a YAML document into a small positioned tree, using the YAML reader inside
// @actions/workflow-parser (the same one `parseWorkflow` uses). Unlike `parseWorkflow`, it keeps
// going when the YAML is broken (the reader yields its best-effort tree) and it never drops keys
// the workflow schema does not know, so odd files still give a useful model.
import { YamlObjectReader } from '@actions/workflow-parser/workflows/yaml-object-reader';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import { lineStarts, positionAt } from './line-index.js';
import { readYamlTreeFast } from './yaml-fast-tree.js';
import { YamlTreeReader } from './yaml-tree-reader.js';
import {
  isBoolean,
  isNumber,
  isString,
  isMapping,
  isSequence,
  isLiteral
} from '@actions/workflow-parser';

/** 1-based line and column; `end` points just past the node (exclusive). */
export interface NodeRange {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

export interface YamlScalar {
  kind: 'scalar';
  value: string | number | boolean | null;
  /** Raw source of the scalar as the YAML reader kept it (quotes included; block scalars: body). */
  source?: string;
  /** `|`, `|-`, `>+`, ... for block scalars. */
  blockHeader?: string;
  range?: NodeRange;
}

export interface YamlEntry {
  key: YamlScalar;
  value: YamlNode;
}

export interface YamlMap {
  kind: 'map';
  entries: YamlEntry[];
  range?: NodeRange;
}

export interface YamlSeq {
  kind: 'seq';
  items: YamlNode[];
  range?: NodeRange;
}

export type YamlNode = YamlScalar | YamlMap | YamlSeq;

export interface YamlProblem {
  message: string;
  range?: NodeRange;
}

export interface YamlTree {
  root: YamlNode | undefined;
  errors: YamlProblem[];
  /** true when reading stopped early (node budget, reader failure): the tree is partial. */
  truncated: boolean;
  /**
   * A reader for GitHub's template reader, its event stream still unread, so the schema check
   * validates the same parse instead of parsing the text again: the `yaml` library's reader the
   * tree was read from, or (fast path) one that serves the tree itself. Absent when the tree had
   * to be read from the event stream.
   */
  reader?: YamlObjectReader | YamlTreeReader;
}

/** Aliases are expanded by the reader; this bounds the work a "billion laughs" file can cause. */
export const MAX_YAML_NODES = 200_000;

/**
 * Characters of scalar text (keys included) one document may expand to. The node budget alone let
 * a 25 KB file alias one 6 KB `run:` script a thousand times (seconds of shell parsing, hundreds of
 * MiB); without aliases a file can never reach this, as it is twice the 1 MiB file limit.
 */
export const MAX_YAML_EXPANDED_CHARS = 2 * 1024 * 1024;

class BudgetExceeded extends Error {}

/** Which reader `readYamlTree` may use: tests compare the two. */
export type YamlReadPath = 'auto' | 'yaml';

export interface ReadYamlTreeOptions {
  /** `auto` (default): js-yaml when it can give the same tree, else `yaml`; `yaml`: always `yaml`. */
  path?: YamlReadPath;
}

let defaultPath: YamlReadPath = 'auto';

/** Sets the path `readYamlTree` takes without options (for differential tests); returns the old one. */
export function setDefaultYamlReadPath(path: YamlReadPath): YamlReadPath {
  const previous = defaultPath;
  defaultPath = path;
  return previous;
}

/** Never throws: problems come back in `errors`. */
export function readYamlTree(text: string, options: ReadYamlTreeOptions = {}): YamlTree {
  const path = options.path ?? defaultPath;
  if (path !== 'yaml') {
    const fast = readYamlTreeFast(text, {
      maxNodes: MAX_YAML_NODES,
      maxExpandedChars: MAX_YAML_EXPANDED_CHARS
    });
    if (fast) return { ...fast, reader: new YamlTreeReader(fast.root) };
  }
  return readYamlTreeSlow(text);
}

function readYamlTreeSlow(text: string): YamlTree {
  const errors: YamlProblem[] = [];
  let reader: YamlObjectReader;
  try {
    reader = new YamlObjectReader(undefined, text);
  } catch (err) {
    return { root: undefined, errors: [{ message: describe(err) }], truncated: true };
  }
  for (const e of reader.errors) {
    errors.push({ message: firstLine(e.message), ...(e.range ? { range: e.range } : {}) });
  }
  // The reader keeps the `yaml` library's document; walking it directly keeps keys whose value
  // is missing in broken files (the reader's event stream cannot say so). The event stream is
  // the fallback should a future parser version stop keeping the document.
  const doc = (reader as unknown as { doc?: unknown }).doc;
  if (typeOf(doc) === DOC) return { ...readFromDocument(text, doc as LibNode, errors), reader };
  return readFromEvents(reader, errors);
}

function readFromEvents(reader: YamlObjectReader, errors: YamlProblem[]): YamlTree {
  // Every node is attached to its parent as soon as it is created, so whatever was read before
  // a failure stays in the tree.
  const state: ReadState = { budget: MAX_YAML_NODES, textBudget: MAX_YAML_EXPANDED_CHARS };
  let root: YamlNode | undefined;
  let truncated = false;
  try {
    reader.validateStart();
    readNode(reader, state, node => {
      root = node;
    });
  } catch (err) {
    truncated = true;
    if (err instanceof BudgetExceeded) {
      errors.push({ message: err.message });
    } else {
      errors.push({ message: `YAML reader stopped: ${describe(err)}` });
    }
  }
  return { root, errors, truncated };
}

const BUDGET_MESSAGE = 'YAML document expands to too many nodes (aliases?); reading stopped';
const TEXT_BUDGET_MESSAGE = 'YAML document expands to too much text (aliases?); reading stopped';

// Node identities of the `yaml` library (it tags nodes with these registered symbols).
const NODE_TYPE = Symbol.for('yaml.node.type');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const SEQ = Symbol.for('yaml.seq');
const SCALAR = Symbol.for('yaml.scalar');
const ALIAS = Symbol.for('yaml.alias');
const PAIR = Symbol.for('yaml.pair');

interface LibNode {
  range?: [number, number, number?];
  items?: unknown[];
  key?: unknown;
  value?: unknown;
  contents?: unknown;
  /** Scalar style: PLAIN, QUOTE_DOUBLE, QUOTE_SINGLE, BLOCK_LITERAL, BLOCK_FOLDED. */
  type?: string;
  resolve?: (doc: unknown) => unknown;
}

function typeOf(node: unknown): symbol | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  const tag = (node as Record<symbol, unknown>)[NODE_TYPE];
  return typeof tag === 'symbol' ? tag : undefined;
}

function readFromDocument(text: string, doc: LibNode, errors: YamlProblem[]): YamlTree {
  const lines = lineStarts(text);
  const position = (offset: number): { line: number; column: number } => positionAt(lines, offset);
  const rangeOfLib = (node: LibNode): { range?: NodeRange } => {
    const r = node.range;
    if (!r || typeof r[0] !== 'number' || typeof r[1] !== 'number') return {};
    return { range: { start: position(r[0]), end: position(Math.max(r[0], r[1])) } };
  };
  let budget = MAX_YAML_NODES;
  let textBudget = MAX_YAML_EXPANDED_CHARS;
  const resolvedAliases = new Map<unknown, unknown>();
  const scalar = (node: LibNode | null, fallbackAt?: NodeRange): YamlScalar => {
    if (!node) return { kind: 'scalar', value: null, ...(fallbackAt ? { range: fallbackAt } : {}) };
    const raw = node.value;
    const value =
      typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean'
        ? raw
        : raw === null || raw === undefined
          ? null
          : String(raw);
    if (typeof value === 'string') {
      textBudget -= value.length;
      if (textBudget < 0) throw new BudgetExceeded(TEXT_BUDGET_MESSAGE);
    }
    const out: YamlScalar = { kind: 'scalar', value, ...rangeOfLib(node) };
    const r = node.range;
    if (typeof value === 'string' && r) out.source = text.slice(r[0], r[1]);
    if (node.type === 'BLOCK_LITERAL') out.blockHeader = '|';
    else if (node.type === 'BLOCK_FOLDED') out.blockHeader = '>';
    return out;
  };
  const walk = (input: unknown, aliasStack: Set<unknown>): YamlNode | undefined => {
    budget -= 1;
    if (budget < 0) throw new BudgetExceeded(BUDGET_MESSAGE);
    const kind = typeOf(input);
    const node = input as LibNode;
    if (kind === ALIAS) {
      // `resolve` searches the whole document each time: cache it per alias node.
      let target = resolvedAliases.get(input);
      if (target === undefined) {
        target = node.resolve?.(doc) ?? null;
        resolvedAliases.set(input, target);
      }
      if (target === null) return undefined;
      if (aliasStack.has(target)) return undefined;
      aliasStack.add(target);
      try {
        return walk(target, aliasStack);
      } finally {
        aliasStack.delete(target);
      }
    }
    if (kind === SCALAR) return scalar(node);
    if (kind === MAP) {
      const map: YamlMap = { kind: 'map', entries: [], ...rangeOfLib(node) };
      for (const item of node.items ?? []) {
        if (typeOf(item) !== PAIR) continue;
        const pair = item as LibNode;
        const keyNode = typeOf(pair.key) === SCALAR ? (pair.key as LibNode) : null;
        if (!keyNode) continue;
        const key = scalar(keyNode);
        const value =
          pair.value === null || pair.value === undefined
            ? undefined
            : walk(pair.value, aliasStack);
        const missing: NodeRange | undefined = key.range
          ? { start: key.range.end, end: key.range.end }
          : undefined;
        map.entries.push({ key, value: value ?? scalar(null, missing) });
      }
      return map;
    }
    if (kind === SEQ) {
      const seq: YamlSeq = { kind: 'seq', items: [], ...rangeOfLib(node) };
      for (const item of node.items ?? []) {
        const value = walk(item, aliasStack);
        if (value) seq.items.push(value);
      }
      return seq;
    }
    return undefined;
  };
  try {
    const contents = doc.contents;
    return {
      root: contents === null || contents === undefined ? undefined : walk(contents, new Set()),
      errors,
      truncated: false
    };
  } catch (err) {
    errors.push({
      message: err instanceof BudgetExceeded ? err.message : `YAML reader stopped: ${describe(err)}`
    });
    return { root: undefined, errors, truncated: true };
  }
}

interface ReadState {
  budget: number;
  textBudget: number;
}

function spend(state: ReadState): void {
  state.budget -= 1;
  if (state.budget < 0) throw new BudgetExceeded(BUDGET_MESSAGE);
}

function spendText(state: ReadState, scalar: YamlScalar): YamlScalar {
  if (typeof scalar.value === 'string') {
    state.textBudget -= scalar.value.length;
    if (state.textBudget < 0) throw new BudgetExceeded(TEXT_BUDGET_MESSAGE);
  }
  return scalar;
}

/** Reads one node and hands it to `attach` before reading its children; false when none. */
function readNode(
  reader: YamlObjectReader,
  state: ReadState,
  attach: (node: YamlNode) => void
): boolean {
  spend(state);
  const literal = reader.allowLiteral();
  if (literal) {
    attach(spendText(state, scalarFrom(literal)));
    return true;
  }
  const mapping = reader.allowMappingStart();
  if (mapping) {
    const node: YamlMap = { kind: 'map', entries: [], ...rangeOf(mapping) };
    attach(node);
    while (!reader.allowMappingEnd()) {
      spend(state);
      const keyToken = reader.allowLiteral();
      if (!keyToken) throw new Error('expected a mapping key');
      const key = spendText(state, scalarFrom(keyToken));
      const found = readNode(reader, state, value => node.entries.push({ key, value }));
      if (!found) throw new Error('expected a mapping value');
    }
    return true;
  }
  const sequence = reader.allowSequenceStart();
  if (sequence) {
    const node: YamlSeq = { kind: 'seq', items: [], ...rangeOf(sequence) };
    attach(node);
    while (!reader.allowSequenceEnd()) {
      if (!readNode(reader, state, item => node.items.push(item))) {
        throw new Error('expected a sequence item');
      }
    }
    return true;
  }
  return false;
}

function scalarFrom(token: TemplateToken): YamlScalar {
  const base = rangeOf(token);
  if (isString(token)) {
    // Mapping keys built by the reader may carry `undefined` for complex keys.
    const value = typeof token.value === 'string' ? token.value : '';
    return {
      kind: 'scalar',
      value,
      ...base,
      ...(token.source !== undefined ? { source: token.source } : {}),
      ...(token.blockScalarHeader !== undefined ? { blockHeader: token.blockScalarHeader } : {})
    };
  }
  if (isNumber(token) || isBoolean(token)) return { kind: 'scalar', value: token.value, ...base };
  if (isLiteral(token)) return { kind: 'scalar', value: null, ...base };
  if (isMapping(token) || isSequence(token)) return { kind: 'scalar', value: null, ...base };
  return { kind: 'scalar', value: null, ...base };
}

function rangeOf(token: TemplateToken): { range?: NodeRange } {
  const r = token.range;
  if (!r) return {};
  return {
    range: {
      start: { line: r.start.line, column: r.start.column },
      end: { line: r.end.line, column: r.end.column }
    }
  };
}

/** The YAML library's messages carry a multi-line excerpt; keep the sentence only. */
export function firstLine(message: string): string {
  const line = message.split('\n', 1)[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?\s*$/, '').trim();
}

function describe(err: unknown): string {
  return err instanceof Error ? firstLine(err.message) : 'unknown error';
}

// Small accessors used by the model builder.

export function mapGet(node: YamlNode | undefined, key: string): YamlNode | undefined {
  if (node?.kind !== 'map') return undefined;
  for (const entry of node.entries) if (entry.key.value === key) return entry.value;
  return undefined;
}

export function mapEntry(node: YamlNode | undefined, key: string): YamlEntry | undefined {
  if (node?.kind !== 'map') return undefined;
  return node.entries.find(e => e.key.value === key);
}

/** String form of a scalar (numbers and booleans as JavaScript prints them); null otherwise. */
export function scalarText(node: YamlNode | undefined): string | null {
  if (node?.kind !== 'scalar' || node.value === null) return null;
  return String(node.value);
}

export function keyText(key: YamlScalar): string {
  return key.value === null ? '' : String(key.value);
}
