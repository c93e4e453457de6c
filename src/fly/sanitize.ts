// Makes text from the outside world (Fly's error bodies, network error messages) safe to show:
// no token, no fragment of one, no proxy credentials, bounded length.
import { redactTokenShapes, TOKEN_SHAPE } from '../token/token-shape.js';

export const DETAIL_MAX_LENGTH = 200;
/** Fragments this long or longer of a secret must never survive. */
export const SECRET_FRAGMENT_LENGTH = 8;

const REDACTED = '[redacted]';
/** Raw input beyond this is never looked at: Fly's error texts are short. */
const INPUT_CAP = 4000;

/** Secrets that are not shaped like a token: whatever follows a scheme, credentials in a URL. */
const SECRET_LIKE: readonly RegExp[] = [/\b(?:FlyV1|Bearer)\s+\S+/gi, /(?<=\/\/)[^/\s@]+@/g];

/**
 * Text safe to put in a detail or finding: every stretch that shares 8+ characters with one of
 * `secrets` is cut, token-looking runs are cut, whitespace is collapsed, and the result is at
 * most `maxLength` characters.
 */
export function sanitizeDetail(
  text: string,
  secrets: readonly string[] = [],
  maxLength: number = DETAIL_MAX_LENGTH
): string {
  let clean = collapseWhitespace(String(text).slice(0, INPUT_CAP));
  clean = redactSecretFragments(clean, secrets);
  for (const pattern of SECRET_LIKE) clean = clean.replace(pattern, REDACTED);
  clean = redactTokenShapes(clean, TOKEN_SHAPE.outside, REDACTED);
  clean = clean.replace(/(?:\[redacted\][\s,;:]*){2,}/g, `${REDACTED} `).trim();
  return truncate(clean, maxLength);
}

/** Control characters and runs of whitespace become one space (no newlines into logs). */
function collapseWhitespace(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const blank = code < 0x20 || code === 0x7f || /\s/.test(char);
    if (!blank) out += char;
    else if (!out.endsWith(' ')) out += ' ';
  }
  return out;
}

/** Cuts `text` to `maxLength` characters, marking the cut with an ellipsis. */
export function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  return `${text.slice(0, Math.max(0, maxLength - 1)).trimEnd()}…`;
}

/**
 * Any common substring of 8+ characters is made of 8-character windows that all occur in the
 * secret, so cutting the union of matching windows removes every such fragment.
 */
function redactSecretFragments(text: string, secrets: readonly string[]): string {
  const covered = new Uint8Array(text.length);
  for (const secret of secrets) {
    if (secret.length < SECRET_FRAGMENT_LENGTH) continue;
    const windows = windowsOf(secret, SECRET_FRAGMENT_LENGTH);
    for (let i = 0; i + SECRET_FRAGMENT_LENGTH <= text.length; i += 1) {
      if (windows.has(text.slice(i, i + SECRET_FRAGMENT_LENGTH))) {
        covered.fill(1, i, i + SECRET_FRAGMENT_LENGTH);
      }
    }
  }
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    if (covered[i] === 1) {
      if (i === 0 || covered[i - 1] !== 1) out += REDACTED;
    } else {
      out += text[i];
    }
  }
  return out;
}

/** The windows of the secrets seen, kept: a verification sanitizes many texts with the same ones. */
const WINDOWS = new Map<string, Set<string>>();
const WINDOWS_KEPT = 64;

function windowsOf(secret: string, length: number): Set<string> {
  const key = `${length}:${secret}`;
  const known = WINDOWS.get(key);
  if (known) return known;
  const windows = new Set<string>();
  for (let i = 0; i + length <= secret.length; i += 1) windows.add(secret.slice(i, i + length));
  if (WINDOWS.size >= WINDOWS_KEPT) WINDOWS.clear();
  WINDOWS.set(key, windows);
  return windows;
}
