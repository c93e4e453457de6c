// The one scrub every outgoing string passes (annotations, outputs, summary, SARIF, PR comment,
// issue body, CLI output, errors), behind the runner's own masking. It removes every Fly token
// form in the text (find-tokens.ts: labelled, bare body, wrapped, URL-encoded, base64, legacy,
// fo1_), anything still shaped like a labelled token that did not decode, and any 8-character
// run of a secret this run knows (the token input, the tokens found in the repository). Text from
// outside (Fly's error bodies, network errors) is scrubbed harder: see ScrubOptions.outside.
import { findTokens, legacyBase64Runs, legacyRuns } from './find-tokens.js';
import { parseHeader } from './header.js';
import { MAX_INPUT_BYTES, MIN_FRAGMENT_LENGTH } from './limits.js';
import { redactTokenShapes, TOKEN_SHAPE } from './token-shape.js';

/** What replaces removed text. */
export const SCRUBBED = '[redacted]';
/** What replaces a whole string of an inspection that holds part of the inspected token. */
export const REDACTED = '[redacted: matches the token text]';

export type Scrub = (text: string) => string;

/** Labelled pieces and schemes followed by token text, decodable or not (cut, garbled, fake). */
const TOKEN_SHAPES: RegExp[] = [
  /FlyV1[ \t]+[A-Za-z0-9+/=_,%-]{16,}/gi,
  // Wherever the label stands (`%252Cfm2_…` in a URL encoded twice): no word holds one.
  /(?:fm2|fm1r|fm1a)_[A-Za-z0-9+/=_%-]{8,}/g,
  /(?<![A-Za-z0-9])fo1_[A-Za-z0-9_-]{8,}/g
];
/** Cheap test for TOKEN_SHAPES. */
const SHAPE_HINT = /fm2_|fm1[ra]_|fo1_|flyv1/i;
/** The secret characters of a token value: piece bodies without labels and schemes. */
function secretParts(secret: string): string[] {
  const parts: string[] = [];
  for (const line of secret.split(/\r?\n/)) {
    for (const piece of parseHeader(line).pieces) {
      const part = piece.body !== '' ? piece.body : piece.text;
      if (part.length >= MIN_FRAGMENT_LENGTH) parts.push(part);
    }
  }
  return parts;
}

/**
 * Every MIN_FRAGMENT_LENGTH-character window of the secrets' parts, or of the whole secrets
 * (schemes and labels included) when `whole`.
 */
function windowsOf(secrets: readonly string[], whole: boolean): Set<string> {
  const windows = new Set<string>();
  for (const secret of new Set(secrets)) {
    for (const part of whole ? [secret] : secretParts(secret)) {
      for (let i = 0; i + MIN_FRAGMENT_LENGTH <= part.length; i++) {
        windows.add(part.slice(i, i + MIN_FRAGMENT_LENGTH));
      }
    }
  }
  return windows;
}

/** Where `text` holds one of the windows. */
function windowRanges(text: string, windows: ReadonlySet<string>): Range[] {
  const ranges: Range[] = [];
  for (let i = 0; i + MIN_FRAGMENT_LENGTH <= text.length; i++) {
    if (windows.has(text.slice(i, i + MIN_FRAGMENT_LENGTH)))
      ranges.push([i, i + MIN_FRAGMENT_LENGTH]);
  }
  return ranges;
}

/** `text` with the ranges marked in `covered` replaced, one SCRUBBED per run. */
function replaceCovered(text: string, covered: Uint8Array): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (covered[i] !== 1) continue;
    if (i === 0 || covered[i - 1] !== 1) {
      out += text.slice(from, i) + SCRUBBED;
    }
    from = i + 1;
  }
  return out + text.slice(from);
}

type Range = [start: number, end: number];

/** Where `text` holds a Fly token form. */
function tokenFormRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const token of findTokens(text, { bodiesAnywhere: true }))
    ranges.push([token.start, token.end]);
  if (SHAPE_HINT.test(text)) {
    for (const shape of TOKEN_SHAPES) {
      for (const match of text.matchAll(shape)) {
        ranges.push([match.index, match.index + match[0].length]);
      }
    }
  }
  for (const range of legacyRuns(text)) ranges.push(range);
  for (const [start, end] of legacyBase64Runs(text)) ranges.push([start, end]);
  return ranges;
}

/** What markdown rendering inserts into text: backslash escapes, `<br>` line breaks, and the
 * zero-width space that keeps `@` from mentioning. */
const MARKUP = /\\(?=[\\`*_[\]<>|~&#+\-=.)])|<br>|\u200B/g;

/**
 * `text` as it read before markdown rendering (`fo1\_…` is `fo1_…`, `<br>` a line break), with the
 * offset in `text` of each character; null when nothing was inserted.
 */
function withoutMarkup(text: string): { view: string; at: number[] } | null {
  if (!text.includes('\\') && !text.includes('<br>') && !text.includes('\u200B')) return null;
  let view = '';
  const at: number[] = [];
  let from = 0;
  const keep = (end: number): void => {
    view += text.slice(from, end);
    for (let i = from; i < end; i++) at.push(i);
  };
  for (const match of text.matchAll(MARKUP)) {
    keep(match.index);
    if (match[0] === '<br>') {
      view += '\n';
      at.push(match.index);
    }
    from = match.index + match[0].length;
  }
  if (from === 0) return null;
  keep(text.length);
  return { view, at };
}

/**
 * `text` with every range `find` reports replaced, one SCRUBBED per run. Found in the text as it
 * is and as it read before markdown rendering: an escape inside a token does not hide it.
 */
function scrubFound(text: string, find: (text: string) => Range[]): string {
  if (text.length < MIN_FRAGMENT_LENGTH) return text;
  let covered: Uint8Array | null = null;
  const cover = (start: number, end: number): void => {
    covered ??= new Uint8Array(text.length);
    covered.fill(1, start, end);
  };
  for (const [start, end] of find(text)) cover(start, end);
  const plain = withoutMarkup(text);
  if (plain) {
    for (const [start, end] of find(plain.view)) {
      const last = plain.at[end - 1];
      if (last !== undefined) cover(plain.at[start] ?? 0, last + 1);
    }
  }
  return covered === null ? text : replaceCovered(text, covered);
}

/** Every Fly token form in `text` replaced by SCRUBBED. */
export function scrubTokenForms(text: string): string {
  return scrubFound(text, tokenFormRanges);
}

/**
 * `text` (a line of the repository) to quote in a message, at most `maxLength` characters (`...`
 * at the cut), with its token forms removed before it is cut: half a token is no longer
 * recognisable as one, so the scrub on the way out would let it through.
 */
export function quotable(text: string, maxLength: number): string {
  const clean = scrubTokenForms(text);
  return clean.length > maxLength ? `${clean.slice(0, Math.max(0, maxLength - 3))}...` : clean;
}

interface ScrubOptions {
  /**
   * The text comes from outside (Fly's error bodies, network errors), where nothing is ours to
   * vouch for: windows of the whole secret values are cut (schemes and labels too), and so is
   * whatever follows an authorization scheme, credentials in a URL, and any long run of token
   * characters, random-looking or not (TOKEN_SHAPE.outside).
   */
  outside?: boolean;
}

/** Secrets that are not shaped like a token: whatever follows a scheme, credentials in a URL. */
const SECRET_LIKE: readonly RegExp[] = [/\b(?:FlyV1|Bearer)\s+\S+/gi, /(?<=\/\/)[^/\s@]+@/g];

function scrubOutsideShapes(text: string): string {
  let clean = text;
  for (const pattern of SECRET_LIKE) clean = clean.replace(pattern, SCRUBBED);
  return redactTokenShapes(clean, TOKEN_SHAPE.outside, SCRUBBED);
}

/**
 * The scrub for one run: every token form, and every 8-character window of the secret parts of
 * `secrets` (token values: schemes and labels are not secret, their bodies are).
 */
export function createScrub(secrets: readonly string[] = [], options: ScrubOptions = {}): Scrub {
  const outside = options.outside === true;
  const windows = windowsOf(secrets, outside);
  return text => {
    let clean = scrubTokenForms(text);
    if (windows.size > 0) clean = scrubFound(clean, t => windowRanges(t, windows));
    return outside ? scrubOutsideShapes(clean) : clean;
  };
}

/** Fields holding fixed vocabulary (kind, problem codes, roles), never token-derived text. */
function isVocabularyField(key: string): boolean {
  return key === 'kind' || key === 'code' || key === 'role';
}

/** Whether `text` holds any window of the input (the whole input, scheme and labels included). */
function leaks(text: string, windows: ReadonlySet<string>): boolean {
  return windowRanges(text, windows).length > 0;
}

function scrubValue(value: unknown, windows: ReadonlySet<string>): unknown {
  if (typeof value === 'string') return leaks(value, windows) ? REDACTED : value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    value.forEach((item: unknown, i) => {
      const scrubbed = scrubValue(item, windows);
      if (scrubbed !== item) (out ??= value.slice())[i] = scrubbed;
    });
    return out ?? value;
  }
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let changed = Object.getPrototypeOf(value) !== Object.prototype;
  const fields = keys.map(key => {
    const item = record[key];
    const safeKey = leaks(key, windows) ? REDACTED : key;
    const scrubbed =
      typeof item === 'string' && isVocabularyField(key) ? item : scrubValue(item, windows);
    changed ||= safeKey !== key || scrubbed !== item;
    return [safeKey, scrubbed] as const;
  });
  if (!changed) return value;
  // fromEntries defines own properties, so a key like `__proto__` stays data.
  return Object.fromEntries(fields);
}

/**
 * `value` (an inspection) with every string that holds an 8-character window of `input`
 * replaced whole by REDACTED; copied only where needed. Decoded binary fields rendered as base64
 * (third-party tickets, bindings) can line up with the token's own text: this catches that.
 */
export function scrubFragments<T>(value: T, input: string): T {
  if (input.length < MIN_FRAGMENT_LENGTH || input.length > MAX_INPUT_BYTES) return value;
  return scrubValue(value, windowsOf([input], true)) as T;
}
