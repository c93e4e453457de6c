// Last line of defence against leaks: any string of an inspection that contains an 8-character
// window of the input is replaced. Decoded binary fields rendered as base64 (3P tickets, bindings)
// can line up with the token's own base64 text; this catches that and anything like it.
import { MAX_INPUT_BYTES, MIN_FRAGMENT_LENGTH } from './limits.js';

export const REDACTED = '[redacted: matches the token text]';

function windowsOf(input: string): Set<string> {
  const windows = new Set<string>();
  for (let i = 0; i + MIN_FRAGMENT_LENGTH <= input.length; i++) {
    windows.add(input.slice(i, i + MIN_FRAGMENT_LENGTH));
  }
  return windows;
}

function leaks(text: string, windows: Set<string>): boolean {
  for (let i = 0; i + MIN_FRAGMENT_LENGTH <= text.length; i++) {
    if (windows.has(text.slice(i, i + MIN_FRAGMENT_LENGTH))) return true;
  }
  return false;
}

/** Fields holding fixed vocabulary (kind, problem codes, roles), never token-derived text. */
const VOCABULARY_FIELDS: ReadonlySet<string> = new Set(['kind', 'code', 'role']);

function scrubValue(value: unknown, windows: Set<string>): unknown {
  if (typeof value === 'string') return leaks(value, windows) ? REDACTED : value;
  if (Array.isArray(value)) return value.map(item => scrubValue(item, windows));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        leaks(key, windows) ? REDACTED : key,
        VOCABULARY_FIELDS.has(key) && typeof item === 'string' ? item : scrubValue(item, windows)
      ])
    );
  }
  return value;
}

/** A copy of `value` in which no string contains any 8-character window of `input`. */
export function scrubFragments<T>(value: T, input: string): T {
  if (input.length < MIN_FRAGMENT_LENGTH || input.length > MAX_INPUT_BYTES) return value;
  return scrubValue(value, windowsOf(input)) as T;
}
