// Reading an Authorization value the way Fly does: trim, strip `FlyV1 `/`Bearer ` (repeatedly,
// case-insensitively), split on `,`, trim each piece, cut each at its first `_`.
import { goTrim, goTrimBounds } from './go-text.js';

type AuthScheme = 'FlyV1' | 'Bearer';
type PieceKind = 'macaroon' | 'oauth-user-token' | 'legacy-user-token' | 'unknown';

export const MACAROON_LABELS: readonly string[] = ['fm2', 'fm1r', 'fm1a'];
const OAUTH_TOKEN = /^fo1_[A-Za-z0-9_-]{43}$/;
const LEGACY_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export interface HeaderPiece {
  index: number;
  /** The piece, trimmed. */
  text: string;
  /** Whitespace was trimmed off this piece (e.g. a space after the comma). */
  padded: boolean;
  kind: PieceKind;
  /** Text before the first `_` ('' when there is none). */
  label: string;
  /** Text after the first `_` ('' when there is none). */
  body: string;
  hasUnderscore: boolean;
}

export interface ParsedHeader {
  /** The input after Go's TrimSpace. */
  trimmed: string;
  /** `trimmed` with every leading scheme removed (what Fly's StripAuthorizationScheme returns). */
  stripped: string;
  /** Schemes removed, outermost first. */
  schemes: AuthScheme[];
  /** The text left after each scheme was removed (every one is a secret form of the token). */
  layers: string[];
  pieces: HeaderPiece[];
  /** Whitespace surrounded the input, and whether it included a line break. */
  surroundingWhitespace: boolean;
  surroundingNewline: boolean;
}

function schemeNamed(word: string): AuthScheme | null {
  // Case-insensitive, as Fly compares them (no other letter lower-cases to these ASCII ones).
  const lower = word.toLowerCase();
  if (lower === 'flyv1') return 'FlyV1';
  if (lower === 'bearer') return 'Bearer';
  return null;
}

function classifyPiece(index: number, raw: string): HeaderPiece {
  const text = goTrim(raw);
  const cut = text.indexOf('_');
  const hasUnderscore = cut >= 0;
  const label = hasUnderscore ? text.slice(0, cut) : '';
  const body = hasUnderscore ? text.slice(cut + 1) : '';
  let kind: PieceKind = 'unknown';
  if (hasUnderscore && MACAROON_LABELS.includes(label)) kind = 'macaroon';
  else if (OAUTH_TOKEN.test(text)) kind = 'oauth-user-token';
  // A damaged fo1_ token can still be 43 legacy-looking characters: far likelier than a legacy
  // token that happens to start with fo1_, so it stays unrecognised.
  else if (LEGACY_TOKEN.test(text) && label !== 'fo1') kind = 'legacy-user-token';
  return { index, text, padded: text.length !== raw.length, kind, label, body, hasUnderscore };
}

/** Parse without judging: problems are worked out by the decoder from these pieces. */
export function parseHeader(input: string): ParsedHeader {
  const [from, to] = goTrimBounds(input);
  const trimmed = input.slice(from, to);
  const schemes: AuthScheme[] = [];
  const layers: string[] = [];
  // Index-based, so a long run of schemes stays linear.
  let start = 0;
  for (;;) {
    const space = trimmed.indexOf(' ', start);
    if (space < 0) break;
    const scheme = schemeNamed(goTrim(trimmed.slice(start, space)));
    if (scheme === null) break;
    schemes.push(scheme);
    start = goTrimBounds(trimmed, space + 1)[0];
    layers.push(trimmed.slice(start));
  }
  const stripped = trimmed.slice(start);
  const pieces = stripped === '' ? [] : stripped.split(',').map((raw, i) => classifyPiece(i, raw));
  const surrounded = from > 0 || to < input.length;
  return {
    trimmed,
    stripped,
    schemes,
    layers,
    pieces,
    surroundingWhitespace: surrounded,
    surroundingNewline: surrounded && /[\r\n]/.test(input.slice(0, from) + input.slice(to))
  };
}

/** True when what is left after the schemes is itself only a scheme word (`FlyV1 ` → `FlyV1`). */
export function isSchemeOnly(header: ParsedHeader): boolean {
  return header.stripped !== '' && schemeNamed(header.stripped) !== null;
}

/** `FlyV1` when the value holds any macaroon, else `Bearer` (user tokens), as fly-go chooses. */
export function authScheme(input: string): AuthScheme {
  return parseHeader(String(input)).pieces.some(p => p.kind === 'macaroon') ? 'FlyV1' : 'Bearer';
}

/**
 * The clean Authorization value: scheme + trimmed pieces joined by commas, e.g. `FlyV1 fm2_…,fm2_…`.
 * `machines` (default) sends only the macaroons when there are any, as flyctl does for the Machines
 * API; `graphql` sends macaroons then user tokens. Empty pieces are dropped; '' when nothing is left.
 */
export function normalizeHeader(
  input: string,
  target: 'machines' | 'graphql' = 'machines'
): string {
  const pieces = parseHeader(String(input)).pieces.filter(p => p.text !== '');
  const macaroons = pieces.filter(p => p.kind === 'macaroon').map(p => p.text);
  const others = pieces.filter(p => p.kind !== 'macaroon').map(p => p.text);
  const chosen =
    target === 'graphql' ? [...macaroons, ...others] : macaroons.length ? macaroons : others;
  if (chosen.length === 0) return '';
  return `${macaroons.length ? 'FlyV1' : 'Bearer'} ${chosen.join(',')}`;
}
