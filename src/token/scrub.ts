// Last line of defence against leaks: any string of an inspection that contains an 8-character
// window of the input is replaced. Decoded binary fields rendered as base64 (3P tickets, bindings)
// can line up with the token's own base64 text; this catches that and anything like it.
import { setOwnField } from './json.js';
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
function isVocabularyField(key: string): boolean {
  return key === 'kind' || key === 'code' || key === 'role';
}

/** Native substring searches one input may spend before the window table is built instead. */
const SEARCHES = 8;
/** Bigram slots: char codes folded to 7 bits, so 128 x 128 pairs. */
const BIGRAM_SLOTS = 128 * 128;
/** One byte per pair holding the stamp of the last input that had it (0 = none yet). */
let sharedPairs: Uint8Array | null = null;
let pairStamp = 0;

/**
 * The leak check for one input. Most strings of an inspection cannot contain a window of the
 * input, and a cheap pre-check proves it: every 8-character window of the input is a run of 7
 * consecutive character pairs (bigrams) that all occur in the input, so a string without such a
 * run holds no window. Only windows inside such runs get an exact check (see leaks), and the
 * window table is built only if many are needed. Folding char codes to 7 bits only merges pairs,
 * so the pre-check can pass too often but never too rarely: the scrub is exactly as strict as the
 * table alone. The pair table is shared scratch space (16 KiB, allocated on first use) stamped
 * per input: marking a pair is one store, and nothing is cleared except once every 255 inputs.
 */
class LeakCheck {
  private readonly pairs: Uint8Array;
  private readonly stamp: number;
  private windows: WindowSet | null = null;
  private searches = 0;

  constructor(private readonly input: string) {
    const pairs = (sharedPairs ??= new Uint8Array(BIGRAM_SLOTS));
    if (pairStamp === 0xff) {
      pairs.fill(0);
      pairStamp = 0;
    }
    const stamp = ++pairStamp;
    let previous = input.charCodeAt(0) & 0x7f;
    for (let i = 1; i < input.length; i++) {
      const code = input.charCodeAt(i) & 0x7f;
      pairs[(previous << 7) | code] = stamp;
      previous = code;
    }
    this.pairs = pairs;
    this.stamp = stamp;
  }

  /** Whether the pair of characters ending at `at` occurs in the input. */
  private hasPair(text: string, at: number): boolean {
    const pair = ((text.charCodeAt(at - 1) & 0x7f) << 7) | (text.charCodeAt(at) & 0x7f);
    return this.pairs[pair] === this.stamp;
  }

  /**
   * Whether `text` contains any 8-character window of the input. A window is 7 consecutive pairs
   * (the pairs ending at its 2nd..8th characters), and any 7 consecutive pair positions include
   * exactly one multiple of 7: so only those positions are probed, and the run of present pairs
   * around a hit (at most 6 either side) is measured only then. A text is read about two
   * characters in seven, and every window of all-present pairs is still checked exactly once.
   * Such windows are first looked up with the engine's native substring search (a real leak is
   * usually found on the first try); after SEARCHES such lookups the table is built, so hostile
   * inputs with many near-misses stay linear.
   */
  leaks(text: string): boolean {
    const span = WINDOW - 1;
    const last = text.length - 1;
    for (let at = span; at <= last; at += span) {
      if (!this.hasPair(text, at)) continue;
      let from = at;
      while (from > at - span + 1 && from > 1 && this.hasPair(text, from - 1)) from--;
      let to = at;
      while (to < at + span - 1 && to < last && this.hasPair(text, to + 1)) to++;
      // Windows whose pairs all lie in from..to: they start one character before their first pair.
      for (let start = from - 1; start <= to - span; start++) {
        if (this.windows !== null) return this.windows.leaks(text);
        if (this.searches >= SEARCHES) {
          this.windows = new WindowSet(this.input);
          return this.windows.leaks(text);
        }
        this.searches++;
        if (this.input.includes(text.slice(start, start + WINDOW))) return true;
      }
    }
    return false;
  }
}

/** Scrubbed `value`; the very same value when nothing in it leaks (copy on write). */
function scrubValue(value: unknown, windows: LeakCheck): unknown {
  if (typeof value === 'string') return scrubString(value, windows);
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) continue;
      const item: unknown = value[i];
      const scrubbed = scrubItem(item, windows);
      if (scrubbed !== item) {
        out ??= value.slice();
        out[i] = scrubbed;
      }
    }
    return out ?? value;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // Anything but a plain object (class instances, maps...) is flattened into a plain copy.
    if (Object.getPrototypeOf(value) !== Object.prototype) {
      return copyScrubbed(record, Object.keys(record), 0, windows);
    }
    // Plain objects (nearly all of an inspection) are first only read, with for-in: V8 serves
    // `record[key]` from the enum cache there, where a keys array meant megamorphic lookups.
    let index = 0;
    for (const key in record) {
      const item = record[key];
      const safeKey = scrubString(key, windows);
      const scrubbed = scrubbedField(key, item, windows);
      if (safeKey !== key || scrubbed !== item) {
        const keys = Object.keys(record);
        // for-in lists own keys first, in Object.keys order; an inherited key is not ours.
        if (keys[index] === key)
          return copyScrubbed(record, keys, index, windows, safeKey, scrubbed);
      }
      index++;
    }
    return value;
  }
  return value;
}

/** Strings shorter than a window cannot hold one: they are settled before any call. */
function scrubString(text: string, windows: LeakCheck): string {
  return text.length >= WINDOW && windows.leaks(text) ? REDACTED : text;
}

/**
 * scrubValue for an array item or field, with strings and scalars settled here: most of an
 * inspection is short strings, numbers and booleans, which then cost no recursive call.
 */
function scrubItem(item: unknown, windows: LeakCheck): unknown {
  if (typeof item === 'string') return scrubString(item, windows);
  return item !== null && typeof item === 'object' ? scrubValue(item, windows) : item;
}

function scrubbedField(key: string, item: unknown, windows: LeakCheck): unknown {
  return typeof item === 'string' && isVocabularyField(key) ? item : scrubItem(item, windows);
}

/**
 * A plain copy of `record` with keys and values scrubbed: keys before `from` are known clean;
 * the field at `from` may come already scrubbed (so no subtree is scrubbed twice).
 */
function copyScrubbed(
  record: Record<string, unknown>,
  keys: string[],
  from: number,
  windows: LeakCheck,
  ...first: [string, unknown] | []
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < from; i++) {
    const key = keys[i] ?? '';
    setOwnField(out, key, record[key]);
  }
  let i = from;
  if (first.length === 2) {
    setOwnField(out, first[0], first[1]);
    i++;
  }
  for (; i < keys.length; i++) {
    const key = keys[i] ?? '';
    setOwnField(out, scrubString(key, windows), scrubbedField(key, record[key], windows));
  }
  return out;
}

/** `value` with no string holding any 8-character window of `input` (copied only where needed). */
export function scrubFragments<T>(value: T, input: string): T {
  if (input.length < MIN_FRAGMENT_LENGTH || input.length > MAX_INPUT_BYTES) return value;
  return scrubValue(value, new LeakCheck(input)) as T;
}
