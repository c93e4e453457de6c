// Every form in which a token's secret text could show up, for masking (core.setSecret) and for
// leak tests. The value is normalised first (schemes stripped, pieces split) and only real forms
// are derived from it, a bounded number of them: a value of thousands of repeated schemes or
// pieces gives a few dozen fragments, not one per layer. Fragments shorter than
// MIN_FRAGMENT_LENGTH are dropped (they are not secrets and masking them would garble output).
import { goTrim } from './go-text.js';
import { normalizeHeader, parseHeader } from './header.js';
import { MIN_FRAGMENT_LENGTH } from './limits.js';

/** Scheme layers kept from the inside out: real values nest at most `Bearer FlyV1 …`. */
const MAX_LAYERS = 3;
/** Pieces of a bundle masked one by one (real bundles have up to about five). */
const MAX_PIECES = 32;
/** Lines masked one by one (a token wrapped at 64 columns fills about 70). */
const MAX_LINES = 128;

export function tokenFragments(input: string): string[] {
  const text = typeof input === 'string' ? input : '';
  const found = new Set<string>();
  const add = (fragment: string): void => {
    if (fragment.length >= MIN_FRAGMENT_LENGTH) found.add(fragment);
  };
  const header = parseHeader(text);
  add(text.trim());
  add(header.trimmed);
  add(header.stripped);
  header.layers.slice(-MAX_LAYERS).forEach(add);
  // Scheme + secret forms only when the secret part is itself long enough to be one.
  const addWithScheme = (value: string): void => {
    const secret = value.slice(value.indexOf(' ') + 1);
    if (secret.length >= MIN_FRAGMENT_LENGTH) add(value);
  };
  addWithScheme(`FlyV1 ${header.stripped}`);
  addWithScheme(`Bearer ${header.stripped}`);
  addWithScheme(normalizeHeader(text));
  addWithScheme(normalizeHeader(text, 'graphql'));
  const pieces = header.pieces.filter(p => p.text !== '');
  add(pieces.map(p => p.text).join(','));
  add(
    pieces
      .filter(p => p.kind === 'macaroon')
      .map(p => p.text)
      .join(',')
  );
  for (const piece of pieces.slice(0, MAX_PIECES)) {
    add(piece.text);
    add(piece.body);
    add(piece.body.replace(/=+$/, ''));
    add(piece.body.replace(/[\r\n]/g, ''));
  }
  // Multi-line values: runners mask line by line.
  let lines = 0;
  for (const line of header.trimmed.split(/\r?\n/, MAX_LINES * 4)) {
    const trimmed = goTrim(line);
    if (trimmed.length < MIN_FRAGMENT_LENGTH) continue;
    add(trimmed);
    if (++lines >= MAX_LINES) break;
  }
  return [...found].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}
