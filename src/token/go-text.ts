// Go's string helpers as Fly's parsers use them, so headers are read exactly as Fly reads them.

/** Go's `unicode.IsSpace`: ASCII/Latin-1 spaces plus the Unicode White_Space set (all in the BMP). */
const GO_SPACE = /[\t\n\v\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

function isGoSpace(text: string, at: number): boolean {
  return GO_SPACE.test(text.charAt(at));
}

/** Whether `text` contains characters Go would trim (used for the in-body line-break hint). */
export function containsGoSpace(text: string): boolean {
  return GO_SPACE.test(text);
}

/** Bounds of `text.slice(start, end)` after Go's `strings.TrimSpace`. */
export function goTrimBounds(text: string, start = 0, end = text.length): [number, number] {
  let from = start;
  let to = end;
  while (from < to && isGoSpace(text, from)) from++;
  while (to > from && isGoSpace(text, to - 1)) to--;
  return [from, to];
}

/** Go's `strings.TrimSpace`. */
export function goTrim(text: string): string {
  const [from, to] = goTrimBounds(text);
  return text.slice(from, to);
}
