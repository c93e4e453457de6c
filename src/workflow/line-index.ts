// Offsets to 1-based line/column positions in files that are not YAML (scripts, package.json),
// counting lines as the `yaml` library does: LF and CRLF end a line; a lone CR does not.
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
