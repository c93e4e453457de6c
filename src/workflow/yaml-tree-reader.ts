// GitHub's schema check (`readTemplate`) reads a document through the workflow-parser's
// ObjectReader interface. This one serves it from our own YamlTree, so a file read by the fast
// path is not parsed a second time by the `yaml` library just to be validated. It yields the
// tokens YamlObjectReader would: same types, values, ranges, sources and block scalar headers.
import type { ObjectReader } from '@actions/workflow-parser/templates/object-reader';
import {
  BooleanToken,
  MappingToken,
  NullToken,
  NumberToken,
  SequenceToken,
  StringToken,
  type LiteralToken
} from '@actions/workflow-parser/templates/tokens/index';
import type { TokenRange } from '@actions/workflow-parser/templates/tokens/token-range';
import type { NodeRange, YamlNode, YamlScalar } from './yaml-tree.js';

type TreeEvent =
  | { type: 'literal'; node: YamlScalar; key: boolean }
  | { type: 'mapping-start' | 'sequence-start'; node: YamlNode }
  | { type: 'mapping-end' | 'sequence-end' | 'document-start' | 'document-end' };

export class YamlTreeReader implements ObjectReader {
  /** The tree is valid YAML: there are no reader errors (kept for YamlObjectReader's shape). */
  readonly errors: { message: string; range?: TokenRange }[] = [];
  /** Set by the caller before reading, as `parseWorkflow` sets it on YamlObjectReader. */
  fileId: number | undefined;
  private events: TreeEvent[] | undefined;
  private at = 0;

  constructor(readonly root: YamlNode | undefined) {}

  private current(): TreeEvent | undefined {
    this.events ??= eventsOf(this.root);
    return this.events[this.at];
  }

  allowLiteral(): LiteralToken | undefined {
    const event = this.current();
    if (event?.type !== 'literal') return undefined;
    this.at++;
    return this.literal(event.node, event.key);
  }

  allowSequenceStart(): SequenceToken | undefined {
    const event = this.current();
    if (event?.type !== 'sequence-start') return undefined;
    this.at++;
    return new SequenceToken(this.fileId, tokenRange(event.node.range), undefined);
  }

  allowSequenceEnd(): boolean {
    return this.allow('sequence-end');
  }

  allowMappingStart(): MappingToken | undefined {
    const event = this.current();
    if (event?.type !== 'mapping-start') return undefined;
    this.at++;
    return new MappingToken(this.fileId, tokenRange(event.node.range), undefined);
  }

  allowMappingEnd(): boolean {
    return this.allow('mapping-end');
  }

  validateStart(): void {
    if (!this.allow('document-start')) throw new Error('Expected start of reader');
  }

  validateEnd(): void {
    if (!this.allow('document-end')) throw new Error('Expected end of reader');
  }

  private allow(type: TreeEvent['type']): boolean {
    if (this.current()?.type !== type) return false;
    this.at++;
    return true;
  }

  private literal(node: YamlScalar, key: boolean): LiteralToken {
    const range = tokenRange(node.range);
    const value = node.value;
    // Keys are string tokens whatever their value, as YamlObjectReader makes them.
    if (key) return new StringToken(this.fileId, range, value as string, undefined);
    if (value === null) return new NullToken(this.fileId, range, undefined);
    if (typeof value === 'number') return new NumberToken(this.fileId, range, value, undefined);
    if (typeof value === 'boolean') return new BooleanToken(this.fileId, range, value, undefined);
    const { source, header } = tokenSource(node);
    return new StringToken(this.fileId, range, value, undefined, source, header);
  }
}

/** The `yaml` library's token source: block scalars keep their body only, the rest all of it. */
export function tokenSource(node: YamlScalar): { source?: string; header?: string } {
  const source = node.source;
  if (source === undefined || node.blockHeader === undefined) return { source };
  const header = /^[|>][-+0-9]*/.exec(source)?.[0];
  const body = source.indexOf('\n');
  return { source: body < 0 ? '' : source.slice(body + 1), ...(header ? { header } : {}) };
}

/**
 * The node's own range: the same shape and values, and the schema check only reads it (three
 * objects per token were a good part of the check's garbage).
 */
function tokenRange(range: NodeRange | undefined): TokenRange | undefined {
  return range;
}

// Events without a node are the same every time (nothing changes them): one object each.
const DOCUMENT_START: TreeEvent = { type: 'document-start' };
const DOCUMENT_END: TreeEvent = { type: 'document-end' };
const CLOSE_MAPPING = { close: { type: 'mapping-end' } as TreeEvent };
const CLOSE_SEQUENCE = { close: { type: 'sequence-end' } as TreeEvent };

/** The tree as a flat event list, in document order (no recursion: trees may be deep). */
function eventsOf(root: YamlNode | undefined): TreeEvent[] {
  const events: TreeEvent[] = [DOCUMENT_START];
  const end = DOCUMENT_END;
  type Work = { node: YamlNode } | { key: YamlScalar } | { close: TreeEvent };
  const work: Work[] = root ? [{ node: root }] : [];
  while (work.length > 0) {
    const item = work.pop() as Work;
    if ('close' in item) {
      events.push(item.close);
    } else if ('key' in item) {
      events.push({ type: 'literal', node: item.key, key: true });
    } else if (item.node.kind === 'scalar') {
      events.push({ type: 'literal', node: item.node, key: false });
    } else if (item.node.kind === 'map') {
      events.push({ type: 'mapping-start', node: item.node });
      work.push(CLOSE_MAPPING);
      for (let i = item.node.entries.length - 1; i >= 0; i--) {
        const entry = item.node.entries[i];
        if (!entry) continue;
        work.push({ node: entry.value }, { key: entry.key });
      }
    } else {
      events.push({ type: 'sequence-start', node: item.node });
      work.push(CLOSE_SEQUENCE);
      for (let i = item.node.items.length - 1; i >= 0; i--) {
        const child = item.node.items[i];
        if (child) work.push({ node: child });
      }
    }
  }
  events.push(end);
  return events;
}
