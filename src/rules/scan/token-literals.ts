// Fly token literals in text: macaroon bundles (`FlyV1 fm2_…,fm2_…`), OAuth user tokens (`fo1_` +
// 43 characters) and, where a line assigns FLY_API_TOKEN / FLY_ACCESS_TOKEN, legacy 43-character
// personal tokens. Each candidate is decoded offline; only text that decodes as a usable token
// counts (documentation placeholders and truncated examples do not). Callers get offsets and the
// inspection, never a copy of the text to print.
import { inspectToken, type TokenInspection } from '../../token/index.js';

export interface TokenLiteral {
  /** Offsets of the literal in the text (scheme included when written). */
  start: number;
  end: number;
  inspection: TokenInspection;
  /** How it was recognised. */
  shape: 'macaroon' | 'oauth' | 'legacy';
}

const MACAROON_PIECE = String.raw`(?:fm2|fm1r|fm1a)_[A-Za-z0-9+/]{16,}={0,2}`;
const OAUTH_PIECE = String.raw`fo1_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])`;
const PIECE = `(?:${MACAROON_PIECE}|${OAUTH_PIECE})`;
/** A bundle: pieces joined by commas, optionally after `FlyV1 ` / `Bearer `. */
const BUNDLE = new RegExp(
  String.raw`(?<![A-Za-z0-9_])(?:(?:FlyV1|Bearer)[ \t]+)?${PIECE}(?:[ \t]*,[ \t]*${PIECE})*`,
  'gi'
);
const PIECE_ALONE = new RegExp(PIECE, 'gi');
/** `FLY_API_TOKEN=<43>` / `FLY_ACCESS_TOKEN: "<43>"` (env files, YAML, TOML, shell). */
const LEGACY_ASSIGNMENT =
  /\bFLY_(?:API|ACCESS)_TOKEN["']?[ \t]*[:=][ \t]*["']?([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g;

/** Cheap test before the regular expressions run on a file. */
export function mayHoldTokenLiteral(text: string): boolean {
  return /f[mo][12][ra]?_/i.test(text) || /FLY_(?:API|ACCESS)_TOKEN/.test(text);
}

/**
 * A 43-character value that a person typed rather than Fly generated: long runs of consecutive
 * characters (`abcdefgh…`, `0123…`), few distinct characters (`xxxx…`), or a telling word.
 */
export function looksLikePlaceholder(body: string): boolean {
  if (/example|placeholder|your|token|redacted|dummy|fake|secret|xxxx|changeme/i.test(body)) {
    return true;
  }
  if (new Set(body).size < 12) return true;
  let consecutive = 0;
  for (let i = 1; i < body.length; i++) {
    if (body.charCodeAt(i) - body.charCodeAt(i - 1) === 1) consecutive += 1;
  }
  return consecutive >= (body.length - 1) / 3;
}

function usable(inspection: TokenInspection): boolean {
  return inspection.kind !== 'malformed';
}

/** Every Fly token literal in a text, in order, none overlapping. */
export function findTokenLiterals(text: string): TokenLiteral[] {
  if (!mayHoldTokenLiteral(text)) return [];
  const found: TokenLiteral[] = [];
  const taken = (start: number, end: number): boolean =>
    found.some(f => start < f.end && end > f.start);

  for (const match of text.matchAll(BUNDLE)) {
    const literal = bundleLiteral(match[0], match.index);
    if (literal) found.push(literal);
    else found.push(...pieceLiterals(match[0], match.index));
  }
  for (const match of text.matchAll(LEGACY_ASSIGNMENT)) {
    const body = match[1] ?? '';
    const start = match.index + match[0].length - body.length;
    const end = start + body.length;
    if (taken(start, end) || looksLikePlaceholder(body)) continue;
    if (!/[A-Za-z]/.test(body) || !/[0-9]/.test(body)) continue;
    const inspection = inspectToken(body);
    if (inspection.kind === 'personal') found.push({ start, end, inspection, shape: 'legacy' });
  }
  return found.sort((a, b) => a.start - b.start);
}

function isPlaceholderBundle(value: string): boolean {
  const oauth = /fo1_([A-Za-z0-9_-]{43})/i.exec(value);
  return oauth !== null && !/f[m][12][ra]?_/i.test(value) && looksLikePlaceholder(oauth[1] ?? '');
}

/** The whole bundle, when it decodes as one token. */
function bundleLiteral(value: string, offset: number): TokenLiteral | null {
  if (isPlaceholderBundle(value)) return null;
  const inspection = inspectToken(value);
  if (!usable(inspection)) return null;
  const shape = /f[m][12][ra]?_/i.test(value) ? 'macaroon' : 'oauth';
  return { start: offset, end: offset + value.length, inspection, shape };
}

/** A bundle that does not decode as a whole may still hold pieces that do. */
function pieceLiterals(value: string, offset: number): TokenLiteral[] {
  const out: TokenLiteral[] = [];
  for (const match of value.matchAll(PIECE_ALONE)) {
    const piece = match[0];
    if (isPlaceholderBundle(piece)) continue;
    const inspection = inspectToken(piece);
    if (!usable(inspection)) continue;
    // A lone discharge grants nothing, and a permission token cut off from its discharge cannot
    // be used: only pieces that work on their own (user tokens, bare macaroons) count.
    if (inspection.kind !== 'personal' && inspection.orgIds.length === 0) continue;
    if (inspection.problems.some(p => p.code === 'missing-discharge')) continue;
    const start = offset + match.index;
    out.push({
      start,
      end: start + piece.length,
      inspection,
      shape: /^fo1_/i.test(piece) ? 'oauth' : 'macaroon'
    });
  }
  return out;
}
