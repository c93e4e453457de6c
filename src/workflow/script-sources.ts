// Shell text found in the repository's own files (a script, a package.json script, a Makefile
// recipe line, a justfile recipe, a Taskfile command), with a way back from an offset in that text
// to the line of the file it came from, so evidence points at the line that runs flyctl.
import { lineStarts, positionAt, spanOf } from './line-index.js';
import type { SourceLocation } from './types.js';

export interface ScriptSource {
  /** Repo-relative path of the file the text is in. */
  file: string;
  /** Shell text to run. */
  text: string;
  /** File position of an offset range in `text`. */
  locate(start: number, end: number): SourceLocation;
}

/** A whole file of shell: offsets are file offsets. */
export function wholeFileSource(file: string, text: string): ScriptSource {
  let starts: number[] | undefined;
  return {
    file,
    text,
    locate(start, end) {
      starts ??= lineStarts(text);
      return spanOf(file, positionAt(starts, start), positionAt(starts, Math.max(start, end - 1)));
    }
  };
}

/**
 * Text that sits at `line`:`column` of a file, maybe over several lines (a block scalar, a
 * recipe): an offset maps to the line it is on, and to its column when `exactColumns` (the text
 * is as written in the file, no variables expanded, no escapes).
 */
export function embeddedSource(
  file: string,
  text: string,
  line: number,
  column: number,
  exactColumns: boolean,
  /** Column of the text's second and later lines (block scalars: their indentation + 1). */
  continuationColumn = column
): ScriptSource {
  let starts: number[] | undefined;
  const at = (offset: number): { line: number; column: number } => {
    starts ??= lineStarts(text);
    const p = positionAt(starts, offset);
    const first = p.line === 1;
    const base = first ? column : continuationColumn;
    return { line: line + p.line - 1, column: exactColumns ? base + p.column - 1 : base };
  };
  return {
    file,
    text,
    locate: (start, end) => spanOf(file, at(start), at(Math.max(start, end - 1)))
  };
}
