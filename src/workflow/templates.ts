// `{{…}}` templates (Task, just) found in linear time. The regex `/\{\{(.*?)\}\}/g` rescans the
// rest of the line from every `{{` that has no `}}`, so one committed line of braces cost seconds
// per line (quadratic); this reads each character a bounded number of times and matches the same.

/** What ends a line for the regex `.`: a template never spans one. */
const LINE_END = /[\n\r\u2028\u2029]/g;

/**
 * `text` with each one-line `{{inner}}` replaced by `replace(inner)`, the first `}}` after each
 * `{{` closing it: what `text.replace(/\{\{(.*?)\}\}/g, (_, inner) => replace(inner))` returns.
 */
export function replaceTemplates(text: string, replace: (inner: string) => string): string {
  let out = '';
  let from = 0;
  let search = 0;
  // The next `}}` and the next line end at or after the current `{{`, kept while still ahead.
  let close = -1;
  let lineEnd = -1;
  for (;;) {
    const open = text.indexOf('{{', search);
    if (open === -1) break;
    if (close < open + 2) close = text.indexOf('}}', open + 2);
    if (close === -1) break;
    if (lineEnd < open + 2) {
      LINE_END.lastIndex = open + 2;
      lineEnd = LINE_END.exec(text)?.index ?? text.length;
    }
    if (lineEnd < close) {
      // No `{{` before this line end can close on its line.
      search = lineEnd + 1;
      continue;
    }
    out += text.slice(from, open) + replace(text.slice(open + 2, close));
    from = search = close + 2;
  }
  return out + text.slice(from);
}
