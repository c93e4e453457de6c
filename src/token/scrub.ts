// Last line of defence against leaks: any string of an inspection that contains an 8-character
// window of the input is replaced. Decoded binary fields rendered as base64 (3P tickets, bindings)
// can line up with the token's own base64 text; this catches that and anything like it.
import { MAX_INPUT_BYTES, MIN_FRAGMENT_LENGTH } from './limits.js';

export const REDACTED = '[redacted: matches the token text]';

const WINDOW = MIN_FRAGMENT_LENGTH;
const BASE = 31;
/** BASE^(WINDOW-1) mod 2^32: what the leaving character weighs in the rolling hash. */
const TOP = (() => {
  let top = 1;
  for (let i = 1; i < WINDOW; i++) top = Math.imul(top, BASE);
  return top;
})();

/** Tables up to this many slots are reused between calls (real headers need about 1,024). */
const SHARED_SLOTS = 4096;
let sharedStarts = new Int32Array(SHARED_SLOTS);
let sharedHashes = new Int32Array(SHARED_SLOTS);
let sharedStamps = new Int32Array(SHARED_SLOTS);
let generation = 0;

/**
 * Every distinct 8-character window of the input, held as start positions in an open-addressing
 * table keyed by a rolling hash: linear in the input, and no substring is ever allocated. Small
 * tables are shared scratch space (allocating and zeroing them cost more than the scan): a slot
 * counts only when its stamp is this call's generation, so nothing needs clearing between calls.
 */
class WindowSet {
  private readonly starts: Int32Array;
  private readonly hashes: Int32Array;
  private readonly stamps: Int32Array;
  private readonly stamp: number;
  private readonly mask: number;
  private readonly shift: number;

  constructor(private readonly input: string) {
    const count = input.length - WINDOW + 1;
    let bits = 4;
    while (1 << bits < count * 2) bits++;
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    if (this.mask < SHARED_SLOTS) {
      if (generation >= 0x7fffffff) {
        sharedStarts = new Int32Array(SHARED_SLOTS);
        sharedHashes = new Int32Array(SHARED_SLOTS);
        sharedStamps = new Int32Array(SHARED_SLOTS);
        generation = 0;
      }
      this.stamp = ++generation;
      this.starts = sharedStarts;
      this.hashes = sharedHashes;
      this.stamps = sharedStamps;
    } else {
      this.stamp = 1;
      this.starts = new Int32Array(this.mask + 1);
      this.hashes = new Int32Array(this.mask + 1);
      this.stamps = new Int32Array(this.mask + 1);
    }
    let hash = 0;
    for (let i = 0; i < input.length; i++) {
      const code = input.charCodeAt(i);
      if (i >= WINDOW) hash = hash - Math.imul(input.charCodeAt(i - WINDOW), TOP);
      hash = (Math.imul(hash, BASE) + code) | 0;
      if (i >= WINDOW - 1) this.insert(hash, i - WINDOW + 1);
    }
  }

  private same(start: number, text: string, at: number): boolean {
    for (let k = 0; k < WINDOW; k++) {
      if (this.input.charCodeAt(start + k) !== text.charCodeAt(at + k)) return false;
    }
    return true;
  }

  private insert(hash: number, start: number): void {
    let slot = Math.imul(hash, 0x9e3779b1) >>> this.shift;
    for (;;) {
      if (this.stamps[slot] !== this.stamp) {
        this.stamps[slot] = this.stamp;
        this.starts[slot] = start;
        this.hashes[slot] = hash;
        return;
      }
      // A repeated window is stored once, so runs like "AAAAAAAA..." keep probe chains short.
      if (this.hashes[slot] === hash && this.same(this.starts[slot] ?? 0, this.input, start))
        return;
      slot = (slot + 1) & this.mask;
    }
  }

  private has(hash: number, text: string, at: number): boolean {
    let slot = Math.imul(hash, 0x9e3779b1) >>> this.shift;
    for (;;) {
      if (this.stamps[slot] !== this.stamp) return false;
      if (this.hashes[slot] === hash && this.same(this.starts[slot] ?? 0, text, at)) return true;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Whether `text` contains any window of the input. */
  leaks(text: string): boolean {
    if (text.length < WINDOW) return false;
    let hash = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (i >= WINDOW) hash = hash - Math.imul(text.charCodeAt(i - WINDOW), TOP);
      hash = (Math.imul(hash, BASE) + code) | 0;
      if (i >= WINDOW - 1 && this.has(hash, text, i - WINDOW + 1)) return true;
    }
    return false;
  }
}

/** Fields holding fixed vocabulary (kind, problem codes, roles), never token-derived text. */
const VOCABULARY_FIELDS: ReadonlySet<string> = new Set(['kind', 'code', 'role']);

/** Scrubbed `value`; the very same value when nothing in it leaks (copy on write). */
function scrubValue(value: unknown, windows: WindowSet): unknown {
  if (typeof value === 'string') return windows.leaks(value) ? REDACTED : value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) continue;
      const item: unknown = value[i];
      const scrubbed = scrubValue(item, windows);
      if (scrubbed !== item) {
        out ??= value.slice();
        out[i] = scrubbed;
      }
    }
    return out ?? value;
  }
  if (value !== null && typeof value === 'object') {
    // Anything but a plain object (class instances, maps...) is flattened into a plain copy.
    const plain = Object.getPrototypeOf(value) === Object.prototype;
    const keys = Object.keys(value);
    const record = value as Record<string, unknown>;
    let entries: [string, unknown][] | undefined = plain ? undefined : [];
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] ?? '';
      const item = record[key];
      const safeKey = windows.leaks(key) ? REDACTED : key;
      const scrubbed =
        VOCABULARY_FIELDS.has(key) && typeof item === 'string' ? item : scrubValue(item, windows);
      if (entries === undefined && (safeKey !== key || scrubbed !== item)) {
        entries = keys.slice(0, i).map(k => [k, record[k]]);
      }
      entries?.push([safeKey, scrubbed]);
    }
    return entries ? Object.fromEntries(entries) : value;
  }
  return value;
}

/** `value` with no string holding any 8-character window of `input` (copied only where needed). */
export function scrubFragments<T>(value: T, input: string): T {
  if (input.length < MIN_FRAGMENT_LENGTH || input.length > MAX_INPUT_BYTES) return value;
  return scrubValue(value, new WindowSet(input)) as T;
}
