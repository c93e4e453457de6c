// Reads a YAML document once, with GitHub's own YAML reader (`YamlObjectReader` of
// @actions/workflow-parser, on the `yaml` library), into a small positioned tree. The tree is a walk
// of that reader's document, positioned as the reader positions its tokens; the reader comes back
// with its events unread, so GitHub's schema check reads the same parse. Unlike `parseWorkflow`, it
// keeps going when the YAML is broken (the reader's event stream drops keys whose value is missing
// or an unresolved alias; the document keeps them) and it keeps the keys the schema does not know,
// so odd files still give a useful model.
import { YamlObjectReader } from '@actions/workflow-parser/workflows/yaml-object-reader';
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  visit,
  type Alias,
  type Document,
  type LineCounter,
  type Node,
  type Scalar
} from 'yaml';

/** 1-based line and column; `end` points just past the node (exclusive). */
export interface NodeRange {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

export interface YamlScalar {
  kind: 'scalar';
  value: string | number | boolean | null;
  /** Raw source of a string scalar as the YAML reader kept it (quotes included; block: body). */
  source?: string;
  /** `|`, `|-`, `>+`, ... for block scalars. */
  blockHeader?: string;
  range?: NodeRange;
  /** Offsets in the text where the scalar starts and its value ends (as `range`). */
  offsets?: readonly [number, number];
}

interface YamlEntry {
  key: YamlScalar;
  value: YamlNode;
}

export interface YamlMap {
  kind: 'map';
  entries: YamlEntry[];
  range?: NodeRange;
}

interface YamlSeq {
  kind: 'seq';
  items: YamlNode[];
  range?: NodeRange;
}

export type YamlNode = YamlScalar | YamlMap | YamlSeq;

interface YamlProblem {
  message: string;
  range?: NodeRange;
}

export interface YamlTree {
  root: YamlNode | undefined;
  /** The YAML reader's problems, and why reading stopped early (budgets, reader failure). */
  errors: YamlProblem[];
  /** true when reading stopped early (budgets, reader failure): there is no tree to check. */
  truncated: boolean;
  /** GitHub's reader, its event stream unread: the schema check reads the same parse. */
  reader?: YamlObjectReader;
  /** The reader's line starts, for positions inside scalars (see source-map.ts). */
  lines?: LineCounter;
  /**
   * Nodes GitHub's reader will visit looking up aliases: it searches the whole document for each
   * alias it meets (expansions included), so a file of many aliases costs it quadratic time.
   */
  aliasSearchNodes: number;
}

/** Aliases are expanded by the reader; this bounds the work a "billion laughs" file can cause. */
export const MAX_YAML_NODES = 200_000;

/**
 * Characters of scalar text (keys included) one document may expand to. The node budget alone let
 * a 25 KB file alias one 6 KB `run:` script a thousand times (seconds of shell parsing, hundreds of
 * MiB); without aliases a file can never reach this, as it is twice the 1 MiB file limit.
 */
export const MAX_YAML_EXPANDED_CHARS = 2 * 1024 * 1024;

const BUDGET_MESSAGE = 'YAML document expands to too many nodes (aliases?); reading stopped';
const TEXT_BUDGET_MESSAGE = 'YAML document expands to too much text (aliases?); reading stopped';

class BudgetExceeded extends Error {}

/** Never throws: problems come back in `errors`. */
export function readYamlTree(text: string): YamlTree {
  let reader: YamlObjectReader;
  try {
    reader = new YamlObjectReader(undefined, text);
  } catch (err) {
    return {
      root: undefined,
      errors: [{ message: describe(err) }],
      truncated: true,
      aliasSearchNodes: 0
    };
  }
  const errors: YamlProblem[] = reader.errors.map(e => ({
    message: firstLine(e.message),
    ...(e.range ? { range: e.range } : {})
  }));
  try {
    const walk = new TreeWalk(reader);
    const root = walk.root();
    const lines = privateOf(reader).lineCounter;
    return {
      root,
      errors,
      truncated: false,
      reader,
      lines,
      aliasSearchNodes: walk.aliasSearchNodes
    };
  } catch (err) {
    errors.push({
      message: err instanceof BudgetExceeded ? err.message : `YAML reader stopped: ${describe(err)}`
    });
    return { root: undefined, errors, truncated: true, aliasSearchNodes: 0 };
  }
}

/** What GitHub's reader keeps private: its `yaml` document, line counter and token ranges. */
interface ReaderInternals {
  doc?: Document;
  lineCounter: LineCounter;
  getRange(node: Node): NodeRange | undefined;
}

/**
 * GitHub's reader's internals. Reading them is what lets one parse serve both the tree and the
 * schema check, with the reader's own positions; a parser version without them fails here,
 * loudly, rather than parsing every file twice.
 */
function privateOf(reader: YamlObjectReader): ReaderInternals {
  const internals = reader as unknown as Partial<ReaderInternals>;
  if (!internals.doc || !internals.lineCounter || typeof internals.getRange !== 'function') {
    throw new Error('@actions/workflow-parser no longer keeps its YAML document');
  }
  return internals as ReaderInternals;
}

/** The document as a YamlTree, within the node and text budgets. */
class TreeWalk {
  private nodeBudget = MAX_YAML_NODES;
  private textBudget = MAX_YAML_EXPANDED_CHARS;
  /** Each alias's anchored node, found in one pass (`Alias.resolve` searches the document). */
  private targets: Map<Alias, Node> | undefined;
  private documentNodes = 0;
  private aliasesMet = 0;

  private readonly doc: Document;
  private readonly reader: ReaderInternals;

  constructor(reader: YamlObjectReader) {
    this.reader = privateOf(reader);
    this.doc = this.reader.doc as Document;
  }

  root(): YamlNode | undefined {
    const contents = this.doc.contents;
    return contents ? this.node(contents, new Set()) : undefined;
  }

  get aliasSearchNodes(): number {
    return this.aliasesMet * this.documentNodes;
  }

  /** As `Alias.resolve`: the last node with the alias's anchor before it in the document. */
  private target(alias: Alias): Node | undefined {
    if (!this.targets) {
      const targets = new Map<Alias, Node>();
      const anchors = new Map<string, Node>();
      visit(this.doc, {
        Node: (_key, node) => {
          this.documentNodes++;
          if (isAlias(node)) {
            const target = anchors.get(node.source);
            if (target) targets.set(node, target);
          } else if (node.anchor) {
            anchors.set(node.anchor, node);
          }
        }
      });
      this.targets = targets;
    }
    return this.targets.get(alias);
  }

  /** GitHub's token range of a node: its start and value end as 1-based line/column. */
  private range(node: Node): { range?: NodeRange } {
    const range = this.reader.getRange(node);
    return range ? { range } : {};
  }

  private scalar(node: Scalar | null, missingAt?: NodeRange): YamlScalar {
    if (!node) return { kind: 'scalar', value: null, ...(missingAt ? { range: missingAt } : {}) };
    const raw = node.value;
    const value =
      typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean'
        ? raw
        : raw === null || raw === undefined
          ? null
          : String(raw);
    if (typeof value === 'string') {
      this.textBudget -= value.length;
      if (this.textBudget < 0) throw new BudgetExceeded(TEXT_BUDGET_MESSAGE);
    }
    const out: YamlScalar = { kind: 'scalar', value, ...this.range(node) };
    if (node.range) out.offsets = [node.range[0], node.range[1]];
    // As GitHub's tokens: the scalar's source (block scalars: the body) and block header.
    const token = node.srcToken;
    const source = (token as { source?: unknown } | undefined)?.source;
    if (typeof value === 'string' && typeof source === 'string') out.source = source;
    if (token?.type === 'block-scalar') {
      const header = token.props.find(p => p.type === 'block-scalar-header');
      if (header && 'source' in header) out.blockHeader = header.source;
    }
    return out;
  }

  private node(input: unknown, aliasStack: Set<Node>): YamlNode | undefined {
    this.nodeBudget -= 1;
    if (this.nodeBudget < 0) throw new BudgetExceeded(BUDGET_MESSAGE);
    if (isAlias(input)) {
      this.aliasesMet++;
      const target = this.target(input);
      if (!target || aliasStack.has(target)) return undefined;
      aliasStack.add(target);
      try {
        return this.node(target, aliasStack);
      } finally {
        aliasStack.delete(target);
      }
    }
    if (isScalar(input)) return this.scalar(input);
    if (isMap(input)) {
      const map: YamlMap = { kind: 'map', entries: [], ...this.range(input) };
      for (const pair of input.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = this.scalar(pair.key);
        const value =
          pair.value === null || pair.value === undefined
            ? undefined
            : this.node(pair.value, aliasStack);
        // A key without a value (or with an unresolved alias) keeps an empty value where it ends.
        const missing = key.range ? { start: key.range.end, end: key.range.end } : undefined;
        map.entries.push({ key, value: value ?? this.scalar(null, missing) });
      }
      return map;
    }
    if (isSeq(input)) {
      const seq: YamlSeq = { kind: 'seq', items: [], ...this.range(input) };
      for (const item of input.items) {
        const value = this.node(item, aliasStack);
        if (value) seq.items.push(value);
      }
      return seq;
    }
    return undefined;
  }
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
