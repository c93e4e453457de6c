// Go's string helpers as Fly's parsers use them, so headers are read exactly as Fly reads them.

/** Go's `unicode.IsSpace`: ASCII/Latin-1 spaces plus the Unicode White_Space set. */
export function isGoSpace(code: number): boolean {
  switch (code) {
    case 0x09:
    case 0x0a:
    case 0x0b:
    case 0x0c:
    case 0x0d:
    case 0x20:
    case 0x85:
    case 0xa0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
      return true;
    default:
      return code >= 0x2000 && code <= 0x200a;
  }
}

/** Bounds of `text.slice(start, end)` after Go's `strings.TrimSpace`. */
export function goTrimBounds(text: string, start = 0, end = text.length): [number, number] {
  let from = start;
  let to = end;
  while (from < to && isGoSpace(text.charCodeAt(from))) from++;
  while (to > from && isGoSpace(text.charCodeAt(to - 1))) to--;
  return [from, to];
}

/** Go's `strings.TrimSpace`. */
export function goTrim(text: string): string {
  const [from, to] = goTrimBounds(text);
  return text.slice(from, to);
}
