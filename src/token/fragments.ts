// Every form in which a token's secret text could show up, for masking (core.setSecret) and for
// leak tests. Fragments shorter than MIN_FRAGMENT_LENGTH are dropped (they are not secrets and
// masking them would garble unrelated output).
import { goTrim } from './go-text.js';
import { normalizeHeader, parseHeader } from './header.js';
import { MIN_FRAGMENT_LENGTH } from './limits.js';

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
  header.layers.forEach(add);
  // Scheme + secret forms only when the secret part is itself long enough to be one.
  const addWithScheme = (value: string): void => {
    const secret = value.slice(value.indexOf(' ') + 1);
    if (secret.length >= MIN_FRAGMENT_LENGTH) add(value);
  };
  addWithScheme(`FlyV1 ${header.stripped}`);
  addWithScheme(`Bearer ${header.stripped}`);
  addWithScheme(normalizeHeader(text));
  addWithScheme(normalizeHeader(text, 'graphql'));
  const texts = header.pieces.map(p => p.text).filter(t => t !== '');
  add(texts.join(','));
  add(
    header.pieces
      .filter(p => p.kind === 'macaroon')
      .map(p => p.text)
      .join(',')
  );
  for (const piece of header.pieces) {
    add(piece.text);
    add(piece.body);
    add(piece.body.replace(/=+$/, ''));
    add(piece.body.replace(/[\r\n]/g, ''));
  }
  // Multi-line values: runners mask line by line.
  for (const line of header.trimmed.split(/\r?\n/)) add(goTrim(line));
  return [...found].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}
