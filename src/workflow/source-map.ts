// Maps a character of a YAML scalar's *value* back to its line and column in the file. YAML folds
// plain and quoted scalars, strips block indentation and decodes escapes, so value offsets and
// file columns only line up for the simplest cases. We replay the folding rules over the raw
// text and keep the replay only when it reproduces the value the YAML reader produced; otherwise
// every character falls back to the scalar's start.
import type { LineCounter } from 'yaml';
import type { YamlNode, YamlScalar } from './yaml-tree.js';

/** A run of value characters that sit on consecutive columns of one file line. 1-based. */
export interface SourceSegment {
  /** Offset of the run's first character in the scalar value. */
  offset: number;
  line: number;
  column: number;
  length: number;
}

export interface ScalarSourceMap {
  /** Where the scalar starts in the file (quote or block indicator included). */
  start: { line: number; column: number };
  /** Sorted by `offset`; empty when the value could not be mapped character by character. */
  segments: SourceSegment[];
}

/**
 * Value characters and the file offsets they came from, as runs: a `text` run is characters on
 * consecutive offsets from `at` (one value character per UTF-16 unit, never a line break); a
 * `unit` run is one value character (a break, a folding space, an escape; a `\U` escape may be
 * a surrogate pair). A record per character made the replay a large share of the scan's garbage.
 */
class Emitted {
  readonly texts: string[] = [];
  readonly ats: number[] = [];
  readonly units: boolean[] = [];

  /** One value character at `at`. */
  push(ch: string, at: number): void {
    this.texts.push(ch);
    this.ats.push(at);
    this.units.push(true);
  }

  /** Characters copied as they are from `at` on. */
  pushText(text: string, at: number): void {
    if (text === '') return;
    if (text.includes('\n')) {
      for (let c = 0; c < text.length; c++) this.push(text.charAt(c), at + c);
      return;
    }
    this.texts.push(text);
    this.ats.push(at);
    this.units.push(false);
  }

  /** Drops trailing line breaks. */
  trimBreaks(): void {
    let last = this.texts.length - 1;
    while (last >= 0 && this.units[last] === true && this.texts[last] === '\n') {
      this.texts.pop();
      this.ats.pop();
      this.units.pop();
      last -= 1;
    }
  }

  /** Whether the characters spell `value` exactly (without building the string). */
  spells(value: string): boolean {
    let at = 0;
    for (const text of this.texts) {
      // A slice and `===` beat `startsWith(text, at)` several times over on V8.
      if (value.slice(at, at + text.length) !== text) return false;
      at += text.length;
    }
    return at === value.length;
  }
}

/** The scalar's own text, with the reader's line starts for positions in it. */
interface SourceText {
  text: string;
  lines: LineCounter;
}

/** The map of a node's value; a mapping or sequence maps every offset to its start. */
export function buildScalarSourceMap(source: SourceText, node: YamlNode): ScalarSourceMap {
  const range = node.range;
  if (!range) return { start: { line: 1, column: 1 }, segments: [] };
  const start = { line: range.start.line, column: range.start.column };
  if (node.kind !== 'scalar') return { start, segments: [] };
  const value = node.value === null ? '' : String(node.value);
  try {
    const emitted = replay(source, node, value);
    return { start, segments: emitted ? toSegments(source.lines, emitted) : [] };
  } catch {
    return { start, segments: [] };
  }
}

function replay({ text, lines }: SourceText, scalar: YamlScalar, value: string): Emitted | null {
  const range = scalar.range;
  if (!range || !scalar.offsets) return null;
  const [startOffset, endOffset] = scalar.offsets;
  if (scalar.blockHeader !== undefined) {
    const bodyStart = lines.lineStarts[range.start.line] ?? text.length;
    const body = text.slice(bodyStart, Math.max(bodyStart, endOffset));
    const folded = scalar.blockHeader.startsWith('>');
    return replayBlock(body, bodyStart, value, folded);
  }
  const raw = text.slice(startOffset, endOffset);
  const first = raw.charAt(0);
  if (typeof scalar.value === 'string' && (first === '"' || first === "'")) {
    const closing = raw.length >= 2 && raw.endsWith(first) ? 1 : 0;
    const inner = raw.slice(1, raw.length - closing);
    const emitted = replayFlow(inner, startOffset + 1, first === '"' ? 'double' : 'single');
    return emitted.spells(value) ? emitted : null;
  }
  const emitted = replayFlow(raw, startOffset, 'plain');
  if (emitted.spells(value)) return emitted;
  // Numbers and booleans: the value prints differently from the source (`1.0` vs `1`); the
  // source characters are still the right positions for the text as written.
  return typeof scalar.value === 'string' ? null : emitted;
}

interface RawLine {
  text: string;
  at: number;
}

function splitLines(raw: string, at: number): RawLine[] {
  const lines: RawLine[] = [];
  let lineStart = 0;
  for (;;) {
    const lineEnd = raw.indexOf('\n', lineStart);
    let text = raw.slice(lineStart, lineEnd < 0 ? raw.length : lineEnd);
    if (text.endsWith('\r')) text = text.slice(0, -1);
    lines.push({ text, at: at + lineStart });
    if (lineEnd < 0) return lines;
    lineStart = lineEnd + 1;
  }
}

const DOUBLE_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029'
};

const HEX_ESCAPE_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** Plain and quoted (flow) scalars: line folding, `''` and backslash escapes. */
function replayFlow(raw: string, at: number, style: 'plain' | 'single' | 'double'): Emitted {
  const out = new Emitted();
  const lines = splitLines(raw, at);
  let pendingBreaks = 0;
  let joinWithoutSpace = false;
  lines.forEach((line, i) => {
    let text = line.text;
    let textAt = line.at;
    const isFirst = i === 0;
    const isLast = i === lines.length - 1;
    if (!isFirst) {
      const lead = /^[ \t]*/.exec(text)?.[0].length ?? 0;
      text = text.slice(lead);
      textAt += lead;
    }
    let escapedBreak = false;
    if (!isLast) {
      if (style === 'double' && endsWithEscape(text)) {
        escapedBreak = true;
        text = text.slice(0, -1);
      } else {
        text = text.replace(/[ \t]+$/, '');
      }
    }
    if (!isFirst) {
      if (text === '' && !isLast) {
        if (!joinWithoutSpace) pendingBreaks += 1;
        return;
      }
      if (joinWithoutSpace) {
        // An escaped line break joins the lines directly.
      } else if (pendingBreaks === 0) {
        out.push(' ', textAt);
      } else {
        for (let b = 0; b < pendingBreaks; b++) out.push('\n', textAt);
      }
    }
    pendingBreaks = 0;
    joinWithoutSpace = escapedBreak;
    emitFlowText(out, text, textAt, style);
  });
  return out;
}

function endsWithEscape(text: string): boolean {
  let n = 0;
  for (let i = text.length - 1; i >= 0 && text[i] === '\\'; i--) n++;
  return n % 2 === 1;
}

function emitFlowText(out: Emitted, text: string, at: number, style: string): void {
  if (style === 'plain') {
    out.pushText(text, at);
    return;
  }
  // Characters from `copied` on are still to emit as they are.
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (style === 'single' && ch === "'" && text.charAt(i + 1) === "'") {
      out.pushText(text.slice(copied, i), at + copied);
      out.push("'", at + i);
      i += 1;
      copied = i + 1;
      continue;
    }
    if (style === 'double' && ch === '\\' && i + 1 < text.length) {
      const code = text.charAt(i + 1);
      const simple = DOUBLE_ESCAPES[code];
      if (simple !== undefined) {
        out.pushText(text.slice(copied, i), at + copied);
        out.push(simple, at + i);
        i += 1;
        copied = i + 1;
        continue;
      }
      const hexLength = HEX_ESCAPE_LENGTH[code];
      if (hexLength !== undefined) {
        const hex = text.slice(i + 2, i + 2 + hexLength);
        const point = /^[0-9a-fA-F]+$/.test(hex) ? parseInt(hex, 16) : NaN;
        if (!Number.isNaN(point) && point <= 0x10ffff) {
          out.pushText(text.slice(copied, i), at + copied);
          for (const unit of String.fromCodePoint(point)) out.push(unit, at + i);
          i += 1 + hexLength;
          copied = i + 1;
          continue;
        }
      }
    }
  }
  out.pushText(text.slice(copied), at + copied);
}

/**
 * Block scalars: strip the indentation and, for `>`, fold lines. The indentation is found by
 * trying the auto-detected width first, then the others, keeping the first replay that matches.
 */
function replayBlock(body: string, at: number, value: string, folded: boolean): Emitted | null {
  const lines = splitLines(body, at);
  if (lines.length > 0 && lines[lines.length - 1]?.text === '' && body.endsWith('\n')) lines.pop();
  const target = value.replace(/\n+$/, '');
  const firstContent = lines.find(l => l.text.trim() !== '');
  if (!firstContent) return target === '' ? new Emitted() : null;
  let detected = 0;
  while (firstContent.text.charCodeAt(detected) === 32) detected++;
  const candidates = [detected];
  for (let n = detected - 1; n >= 0; n--) candidates.push(n);
  for (const indent of candidates) {
    const emitted = folded ? foldBlock(lines, indent) : literalBlock(lines, indent);
    emitted.trimBreaks();
    if (emitted.spells(target)) return emitted;
  }
  return null;
}

function stripIndent(line: RawLine, indent: number): RawLine {
  // Up to `indent` leading spaces.
  let cut = 0;
  while (cut < indent && line.text.charCodeAt(cut) === 32) cut++;
  return cut === 0 ? line : { text: line.text.slice(cut), at: line.at + cut };
}

function literalBlock(lines: RawLine[], indent: number): Emitted {
  const out = new Emitted();
  lines.forEach((raw, i) => {
    const line = stripIndent(raw, indent);
    if (i > 0) out.push('\n', raw.at);
    out.pushText(line.text, line.at);
  });
  return out;
}

function foldBlock(lines: RawLine[], indent: number): Emitted {
  const out = new Emitted();
  let previous: 'normal' | 'more' | null = null;
  let pendingEmpty = 0;
  for (const raw of lines) {
    const line = stripIndent(raw, indent);
    if (line.text === '') {
      pendingEmpty += 1;
      continue;
    }
    const kind = line.text.startsWith(' ') || line.text.startsWith('\t') ? 'more' : 'normal';
    if (previous === null) {
      for (let b = 0; b < pendingEmpty; b++) out.push('\n', line.at);
    } else if (previous === 'normal' && kind === 'normal') {
      if (pendingEmpty === 0) out.push(' ', line.at);
      for (let b = 0; b < pendingEmpty; b++) out.push('\n', line.at);
    } else {
      for (let b = 0; b <= pendingEmpty; b++) out.push('\n', line.at);
    }
    pendingEmpty = 0;
    previous = kind;
    out.pushText(line.text, line.at);
  }
  return out;
}

function toSegments(lines: LineCounter, emitted: Emitted): SourceSegment[] {
  const segments: SourceSegment[] = [];
  const { texts, ats, units } = emitted;
  let current: SourceSegment | undefined;
  let lastAt = -2;
  // Offset in the value of the run's first character.
  let offset = 0;
  for (let r = 0; r < texts.length; r++) {
    const text = texts[r] ?? '';
    const at = ats[r] ?? 0;
    if (current && at === lastAt + 1 && text !== '\n') {
      current.length += 1;
    } else {
      const pos = lines.linePos(at);
      current = { offset, line: pos.line, column: pos.col, length: 1 };
      segments.push(current);
    }
    if (units[r] === true) {
      lastAt = at;
      offset += 1;
    } else {
      // The rest of a text run continues the segment its first character is in.
      current.length += text.length - 1;
      lastAt = at + text.length - 1;
      offset += text.length;
    }
  }
  return segments;
}

/** File line/column of a value offset (offsets past the end map to the last character's end). */
export function locateOffset(
  map: ScalarSourceMap,
  offset: number
): { line: number; column: number } {
  const segments = map.segments;
  if (segments.length === 0) return { ...map.start };
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((segments[mid]?.offset ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const segment = segments[lo];
  if (!segment) return { ...map.start };
  if (offset < segment.offset) return { line: segment.line, column: segment.column };
  const within = Math.min(offset - segment.offset, segment.length);
  return { line: segment.line, column: segment.column + within };
}
