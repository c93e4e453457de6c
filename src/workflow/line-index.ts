// Offsets to 1-based line/column positions: for the two YAML readers (yaml-tree.ts and
// yaml-fast-tree.ts), which must give every node the very same position, and for token literals
// found in any repository file (rules/scan/hardcoded-token.ts).

/** Offsets at which each line starts (line 1 at 0). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** The 0-based index of the line holding `offset` (binary search over `starts`). */
export function lineIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** 1-based line and column of `offset`. */
export function positionAt(
  starts: readonly number[],
  offset: number
): { line: number; column: number } {
  const line = lineIndexAt(starts, offset);
  return { line: line + 1, column: offset - (starts[line] ?? 0) + 1 };
}
