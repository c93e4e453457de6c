// A fast reader for the common shape of workflow files: js-yaml parses about eight times faster
// than the `yaml` library, and its listener says where every node opens and closes, which is
// enough to rebuild the same positioned tree (values, ranges, sources) `yaml` gives. Anything it
// cannot reproduce exactly (anchors, aliases, tags, explicit keys, CRLF, tabs, document markers,
// odd trailing comments, anything js-yaml rejects...) returns undefined: the caller then reads
// the file with the `yaml` library as before.
import { FAILSAFE_SCHEMA, load, type State } from 'js-yaml';
import { lineIndexAt, lineStarts, positionAt } from './line-index.js';
import type { NodeRange, YamlMap, YamlNode, YamlScalar, YamlSeq, YamlTree } from './yaml-tree.js';

/** A node as js-yaml's listener saw it: where it opened, where it closed, what it held. */
interface Frame {
  open: number;
  close: number;
  kind: string | null;
  result: unknown;
  children: Frame[];
}

/** Thrown to stop reading: the file needs the `yaml` library. */
class Unsupported extends Error {}

/** Budgets the caller enforces on the `yaml` path too. */
export interface FastTreeLimits {
  maxNodes: number;
  maxExpandedChars: number;
}

/**
 * The tree `readYamlTree` would build, or undefined when this reader cannot promise the same
 * result. Never throws.
 */
export function readYamlTreeFast(text: string, limits: FastTreeLimits): YamlTree | undefined {
  if (!plainEnough(text)) return undefined;
  try {
    return new FastTreeBuilder(text, limits).build();
  } catch {
    return undefined;
  }
}

/** Characters and lines this reader leaves to the `yaml` library. */
function plainEnough(text: string): boolean {
  if (text.length === 0) return false;
  // CRLF, tabs (indentation rules differ), BOM, other line breaks js-yaml or `yaml` treat apart.
  if (/[\r\t\uFEFF\u0085\u2028\u2029]/.test(text)) return false;
  // Directives and document markers: `yaml` and js-yaml place the document differently.
  if (/^(?:%|---|\.\.\.)/m.test(text)) return false;
  return true;
}

const SPACE = 0x20;
const NEWLINE = 0x0a;
const HASH = 0x23;

class FastTreeBuilder {
  private readonly lineStarts: number[];
  private budget: number;
  private textBudget: number;

  constructor(
    private readonly text: string,
    limits: FastTreeLimits
  ) {
    this.lineStarts = lineStarts(text);
    this.budget = limits.maxNodes;
    this.textBudget = limits.maxExpandedChars;
  }

  build(): YamlTree {
    const root = this.frames();
    const node = root.kind === null && root.children.length === 0 ? undefined : this.node(root, -1);
    return { root: node, errors: [], truncated: false };
  }

  /** Runs js-yaml and returns the root frame of its listener events. */
  private frames(): Frame {
    const stack: Frame[] = [{ open: 0, close: 0, kind: null, result: null, children: [] }];
    let nodes = 0;
    const listener = (event: 'open' | 'close', state: State): void => {
      if (event === 'open') {
        // Every node opens once: the budget bounds the work before js-yaml is done.
        if (++nodes > this.budget * 2) throw new Unsupported('budget');
        stack.push({ open: state.position, close: 0, kind: null, result: null, children: [] });
        return;
      }
      const frame = stack.pop();
      const parent = stack[stack.length - 1];
      if (!frame || !parent) throw new Unsupported('unbalanced events');
      const props = state as unknown as { tag: string | null; anchor: string | null };
      if (props.anchor !== null || (props.tag !== null && props.tag !== '?')) {
        throw new Unsupported('anchor or tag');
      }
      frame.close = state.position;
      frame.kind = state.kind;
      frame.result = state.result;
      parent.children.push(frame);
    };
    // FAILSAFE: every scalar stays a string; plain scalars are resolved below as `yaml` does.
    load(this.text, { schema: FAILSAFE_SCHEMA, listener });
    const top = stack[0];
    if (stack.length !== 1 || !top || top.children.length !== 1) throw new Unsupported('events');
    const root = top.children[0];
    if (!root) throw new Unsupported('events');
    return root;
  }

  /**
   * A block mapping first reads a plain scalar as a possible key; when no `:` follows, the
   * outer node just takes that scalar over. Both frames then describe the same node.
   */
  private unwrap(frame: Frame): Frame {
    let current = frame;
    for (;;) {
      const only = current.children.length === 1 ? current.children[0] : undefined;
      if (!only || only.result !== current.result || only.kind !== current.kind) return current;
      current = only;
    }
  }

  private spend(): void {
    this.budget -= 1;
    if (this.budget < 0) throw new Unsupported('budget');
  }

  /**
   * `parentIndent`: column (0-based) of the block collection holding the node, -1 for the root,
   * null inside a flow collection (where node ends are never asked for).
   */
  private node(input: Frame, parentIndent: number | null): YamlNode {
    const frame = this.unwrap(input);
    this.spend();
    const node =
      frame.kind === 'mapping'
        ? this.map(frame)
        : frame.kind === 'sequence'
          ? this.seq(frame)
          : frame.kind === 'scalar'
            ? this.scalar(frame)
            : frame.kind === null && frame.children.length === 0
              ? this.empty(frame)
              : undefined;
    if (!node) throw new Unsupported(`node kind ${String(frame.kind)}`);
    if (parentIndent !== null && !this.nodeEnds.has(node)) {
      // Scalars and flow collections: where `yaml` ends the node holding them.
      this.nodeEnds.set(node, this.scalarNodeEnd(this.valueEnd(node), parentIndent));
    }
    return node;
  }

  /** Offset just past a node's value (from its 1-based range). */
  private valueEnd(node: YamlNode): number {
    const end = node.range?.end;
    if (!end) throw new Unsupported('no range');
    return (this.lineStarts[end.line - 1] ?? 0) + end.column - 1;
  }

  private start(frame: Frame): number {
    const at = this.skipSeparation(frame.open);
    const ch = this.text.charAt(at);
    if (ch === '&' || ch === '*' || ch === '!' || ch === '?') throw new Unsupported('property');
    return at;
  }

  private map(frame: Frame): YamlMap {
    const start = this.start(frame);
    const flow = this.text.charCodeAt(start) === 0x7b; // {
    const children = frame.children;
    if (children.length % 2 !== 0 || (!flow && children.length === 0))
      throw new Unsupported('pairs');
    const map: YamlMap = { kind: 'map', entries: [] };
    const indent = flow ? -1 : this.column(start);
    for (let i = 0; i < children.length; i += 2) {
      const keyFrame = this.unwrap(children[i] as Frame);
      if (keyFrame.kind !== 'scalar') throw new Unsupported('complex key');
      this.spend();
      const key = this.scalar(keyFrame);
      if (key.value === '<<') throw new Unsupported('merge key');
      const value = this.node(children[i + 1] as Frame, flow ? null : indent);
      map.entries.push({ key, value });
    }
    const end = flow ? this.flowEnd(frame, '}') : this.blockEnd(map, indent);
    map.range = this.range(start, end);
    return map;
  }

  private seq(frame: Frame): YamlSeq {
    const start = this.start(frame);
    const flow = this.text.charCodeAt(start) === 0x5b; // [
    const seq: YamlSeq = { kind: 'seq', items: [] };
    const indent = flow ? -1 : this.column(start);
    if (!flow && frame.children.length === 0) throw new Unsupported('empty block sequence');
    for (const child of frame.children) seq.items.push(this.node(child, flow ? null : indent));
    const end = flow ? this.flowEnd(frame, ']') : this.blockEnd(seq, indent);
    seq.range = this.range(start, end);
    return seq;
  }

  private flowEnd(frame: Frame, bracket: string): number {
    if (this.text.charAt(frame.close - 1) !== bracket) throw new Unsupported('flow end');
    return frame.close;
  }

  // ---------------------------------------------------------------------------------------------
  // Ends of nodes. `yaml` ends a block collection where its last child's node ends, and a
  // scalar's node end covers the rest of its line and the more-indented comments right after it.

  private readonly nodeEnds = new WeakMap<YamlNode, number>();

  private blockEnd(node: YamlMap | YamlSeq, indent: number): number {
    const last =
      node.kind === 'map'
        ? node.entries[node.entries.length - 1]?.value
        : node.items[node.items.length - 1];
    const end = last ? this.nodeEnds.get(last) : undefined;
    if (end === undefined) throw new Unsupported('unknown end');
    // Comment lines after the collection stay in it unless all are shallower than its items
    // (then they move up to its parent): they extend its node to where the next node starts.
    const after = this.followingLines(end);
    const stays =
      after.commentIndents.length > 0 && indent > 0 && after.commentIndents.some(c => c >= indent);
    this.nodeEnds.set(node, stays ? after.nextContent : end);
    return end;
  }

  /** The comment lines after `at` (before the next content) and where that content starts. */
  private followingLines(at: number): { commentIndents: number[]; nextContent: number } {
    const text = this.text;
    const commentIndents: number[] = [];
    // The rest of the current line first (only spaces and a comment may follow a node end).
    let i = at;
    while (text.charCodeAt(i) === SPACE) i++;
    let lineStart = text.lastIndexOf('\n', i - 1) + 1;
    for (;;) {
      const code = text.charCodeAt(i);
      if (Number.isNaN(code)) return { commentIndents, nextContent: text.length };
      if (code === HASH) commentIndents.push(i - lineStart);
      else if (code !== NEWLINE) return { commentIndents, nextContent: i };
      const nl = text.indexOf('\n', i);
      if (nl < 0) return { commentIndents, nextContent: text.length };
      lineStart = nl + 1;
      i = lineStart;
      while (text.charCodeAt(i) === SPACE) i++;
    }
  }

  /** After a scalar's value: the rest of its line, its newline, more-indented comment lines. */
  private scalarNodeEnd(valueEnd: number, parentIndent: number): number {
    const text = this.text;
    let i = valueEnd;
    while (text.charCodeAt(i) === SPACE) i++;
    if (text.charCodeAt(i) === HASH) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
    }
    if (i >= text.length) return text.length;
    if (text.charCodeAt(i) !== NEWLINE) throw new Unsupported(`scalar line end ${valueEnd}`);
    let end = i + 1;
    if (parentIndent < 0) return end;
    // Comment lines indented deeper than the collection belong to this node (blank lines between).
    let at = end;
    for (;;) {
      let j = at;
      while (text.charCodeAt(j) === SPACE) j++;
      const code = text.charCodeAt(j);
      if (code === NEWLINE) {
        at = j + 1;
        continue;
      }
      if (code !== HASH) return end;
      if (j - at <= parentIndent) {
        // A shallower comment: whether a deeper one after it still counts is `yaml`'s business.
        if (this.deeperCommentAfter(j, parentIndent)) throw new Unsupported('mixed comments');
        return end;
      }
      const nl = text.indexOf('\n', j);
      if (nl < 0) return text.length;
      end = nl + 1;
      at = end;
    }
  }

  private deeperCommentAfter(from: number, indent: number): boolean {
    const text = this.text;
    let at = text.indexOf('\n', from);
    while (at >= 0) {
      at++;
      let j = at;
      while (text.charCodeAt(j) === SPACE) j++;
      const code = text.charCodeAt(j);
      if (code === NEWLINE) continue;
      if (code !== HASH) return false;
      if (j - at > indent) return true;
      at = text.indexOf('\n', j);
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Scalars

  private empty(frame: Frame): YamlScalar {
    // `yaml` places an empty value just after its indicator and the spaces that follow it.
    let at = frame.open;
    while (this.text.charCodeAt(at) === SPACE) at++;
    const scalar: YamlScalar = { kind: 'scalar', value: null, range: this.range(at, at) };
    this.nodeEnds.set(scalar, this.emptyNodeEnd(at));
    return scalar;
  }

  /**
   * An empty value ends where it starts, unless comments follow it (on its line or the lines
   * before the next node): `yaml` then ends it where the next node starts.
   */
  private emptyNodeEnd(at: number): number {
    const after = this.followingLines(at);
    return after.commentIndents.length > 0 ? after.nextContent : at;
  }

  private scalar(frame: Frame): YamlScalar {
    if (typeof frame.result !== 'string') throw new Unsupported('scalar result');
    const text = this.text;
    const start = this.start(frame);
    const first = text.charAt(start);
    let value: string | number | boolean | null = frame.result;
    let end: number;
    let blockHeader: string | undefined;
    if (first === '"' || first === "'") {
      end = frame.close;
      if (text.charAt(end - 1) !== first || end - 1 <= start) throw new Unsupported('quote end');
    } else if (first === '|' || first === '>') {
      end = this.blockScalarEnd(start, frame.close);
      blockHeader = first;
    } else {
      end = frame.close;
      while (end > start && isSpaceOrBreak(text.charCodeAt(end - 1))) end--;
      if (end <= start) throw new Unsupported('plain end');
      value = resolvePlain(frame.result);
    }
    if (typeof value === 'string') {
      this.textBudget -= value.length;
      if (this.textBudget < 0) throw new Unsupported('text budget');
    }
    const scalar: YamlScalar = { kind: 'scalar', value, range: this.range(start, end) };
    if (typeof value === 'string') scalar.source = text.slice(start, end);
    if (blockHeader !== undefined) scalar.blockHeader = blockHeader;
    // A block scalar's node ends with its value (`node` works out the others').
    if (blockHeader !== undefined) this.nodeEnds.set(scalar, end);
    return scalar;
  }

  /** Where `yaml` ends a block scalar: after its last content line (keep: its blank lines too). */
  private blockScalarEnd(start: number, close: number): number {
    const text = this.text;
    const headerEnd = text.indexOf('\n', start);
    if (headerEnd < 0 || headerEnd >= close) throw new Unsupported('block scalar header');
    const header = /^[|>][-+0-9]*/.exec(text.slice(start, headerEnd))?.[0] ?? '';
    const keep = header.includes('+');
    // js-yaml stops after the next line's indentation.
    let end = close;
    while (text.charCodeAt(end - 1) === SPACE) end--;
    if (end < text.length && text.charCodeAt(end - 1) !== NEWLINE) {
      throw new Unsupported('block scalar close');
    }
    // Blank lines js-yaml consumed after the scalar: `yaml` keeps them only when chomping keeps.
    for (;;) {
      // An empty block scalar: `yaml` keeps its blank lines whatever the chomping.
      if (end <= headerEnd + 1) throw new Unsupported('empty block scalar');
      const prevStart = text.lastIndexOf('\n', end - 2) + 1;
      const line = text.slice(
        prevStart,
        end === text.length && text.charCodeAt(end - 1) !== NEWLINE ? end : end - 1
      );
      if (line.length > 0 && line.trim() === '') throw new Unsupported('spaces on blank line');
      if (line.length > 0 || keep) break;
      end = prevStart;
    }
    if (keep && this.followingLines(end).commentIndents.length > 0) {
      throw new Unsupported('keep + comment');
    }
    return end;
  }

  // ---------------------------------------------------------------------------------------------
  // Positions

  private skipSeparation(from: number): number {
    const text = this.text;
    let i = from;
    for (;;) {
      const code = text.charCodeAt(i);
      if (code === SPACE || code === NEWLINE) i++;
      else if (code === HASH) {
        const nl = text.indexOf('\n', i);
        if (nl < 0) return text.length;
        i = nl + 1;
      } else return i;
    }
  }

  private column(offset: number): number {
    return offset - (this.lineStarts[lineIndexAt(this.lineStarts, offset)] ?? 0);
  }

  private position(offset: number): { line: number; column: number } {
    return positionAt(this.lineStarts, offset);
  }

  private range(start: number, end: number): NodeRange {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }
}

function isSpaceOrBreak(code: number): boolean {
  return code === SPACE || code === NEWLINE;
}

// YAML 1.2 core schema, as the `yaml` library resolves plain scalars.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const INF_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** The value of a plain scalar under YAML 1.2's core schema. */
export function resolvePlain(source: string): string | number | boolean | null {
  const c = source.charCodeAt(0);
  // Most scalars start with a letter no keyword or number starts with: quick exit.
  if ((c >= 0x61 && c <= 0x7a && c !== 0x6e && c !== 0x74 && c !== 0x66) || c === 0x24) {
    return source;
  }
  if (NULL.test(source)) return null;
  if (BOOL.test(source)) return source[0] === 't' || source[0] === 'T';
  if (OCT.test(source)) return parseInt(source.slice(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (HEX.test(source)) return parseInt(source.slice(2), 16);
  if (INF_NAN.test(source)) {
    return source.endsWith('nan') || source.endsWith('NaN') || source.endsWith('NAN')
      ? NaN
      : source.startsWith('-')
        ? Number.NEGATIVE_INFINITY
        : Number.POSITIVE_INFINITY;
  }
  if (EXP.test(source) || FLOAT.test(source)) return parseFloat(source);
  return source;
}
