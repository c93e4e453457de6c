// Offsets to 1-based line/column positions, counting lines as the `yaml` library does (LF and
// CRLF end a line; a lone CR does not): for the YAML tree and scalar source maps, and for token
// literals found in any repository file (rules/scan/hardcoded-token.ts).
import type { SourceLocation } from './types.js';

type Position = { line: number; column: number };

/** Offsets at which each line starts (line 1 at 0). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of `offset` (binary search over `starts`). */
export function positionAt(starts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}

/** The location running from `first`, a range's first character, to `last`, its last. */
export function spanOf(file: string, first: Position, last: Position): SourceLocation {
  return {
    file,
    line: first.line,
    column: first.column,
    endLine: last.line,
    endColumn: last.column + 1
  };
}

/** A text with its line starts, for offset <-> line/column conversion both ways. */
export class TextIndex {
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    this.lineStarts = lineStarts(text);
  }

  /** Offset of a 1-based line/column, clamped to the text. */
  offsetOf(line: number, column: number): number {
    const index = Math.min(Math.max(line, 1), this.lineStarts.length) - 1;
    const start = this.lineStarts[index] ?? 0;
    return Math.min(start + Math.max(column, 1) - 1, this.text.length);
  }

  /** 1-based line/column of an offset. */
  positionOf(offset: number): Position {
    return positionAt(this.lineStarts, offset);
  }
}
