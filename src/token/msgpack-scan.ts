// A tiny MessagePack walker that finds where each item ends without building values.
// It lets the decoder keep each caveat body's exact bytes, and tells "cut off" from "not msgpack"
// before @msgpack/msgpack allocates anything. Iterative and linear: one pass, a counter, no stack.

export type ScanResult =
  { ok: true; end: number } | { ok: false; failure: 'truncated' | 'invalid' };

/** What a head byte's length counts. */
const NONE = 0;
const BYTES = 1;
const ITEMS = 2;
const PAIRS = 3;

/** scanEnd failures (ends are never negative). */
const TRUNCATED = -1;
const INVALID = -2;

function readLength(bytes: Uint8Array, at: number, size: number): number {
  let value = 0;
  for (let i = 0; i < size; i++) value = value * 256 + (bytes[at + i] ?? 0);
  return value;
}

/**
 * Where the item starting at `start` ends (exclusive), or TRUNCATED / INVALID. Each head byte
 * is decoded into plain locals (no object per item): this walk runs over every byte of a token.
 */
function scanEnd(bytes: Uint8Array, start: number): number {
  let pos = start;
  let pending = 1;
  while (pending > 0) {
    const byte = bytes[pos];
    if (byte === undefined) return TRUNCATED;
    // Bytes after the head byte holding a length; fixed payload bytes after that; what the
    // length counts; a length carried in the head byte itself (fix* formats).
    let lengthBytes = 0;
    let fixed = 0;
    let counts = NONE;
    let inline = 0;
    if (byte <= 0x7f || byte >= 0xe0) {
      // positive / negative fixint
    } else if (byte <= 0x8f) {
      counts = PAIRS;
      inline = byte & 0x0f;
    } else if (byte <= 0x9f) {
      counts = ITEMS;
      inline = byte & 0x0f;
    } else if (byte <= 0xbf) {
      counts = BYTES;
      inline = byte & 0x1f;
    } else {
      switch (byte) {
        case 0xc0: // nil
        case 0xc2: // false
        case 0xc3: // true
          break;
        case 0xc4: // bin 8/16/32
        case 0xd9: // str 8/16/32
          lengthBytes = 1;
          counts = BYTES;
          break;
        case 0xc5:
        case 0xda:
          lengthBytes = 2;
          counts = BYTES;
          break;
        case 0xc6:
        case 0xdb:
          lengthBytes = 4;
          counts = BYTES;
          break;
        case 0xc7: // ext 8/16/32: length, then a type byte
          lengthBytes = 1;
          fixed = 1;
          counts = BYTES;
          break;
        case 0xc8:
          lengthBytes = 2;
          fixed = 1;
          counts = BYTES;
          break;
        case 0xc9:
          lengthBytes = 4;
          fixed = 1;
          counts = BYTES;
          break;
        case 0xca: // float 32/64
          fixed = 4;
          break;
        case 0xcb:
          fixed = 8;
          break;
        case 0xcc: // uint/int 8..64
        case 0xd0:
          fixed = 1;
          break;
        case 0xcd:
        case 0xd1:
          fixed = 2;
          break;
        case 0xce:
        case 0xd2:
          fixed = 4;
          break;
        case 0xcf:
        case 0xd3:
          fixed = 8;
          break;
        case 0xd4: // fixext 1/2/4/8/16: type byte + data
          fixed = 2;
          break;
        case 0xd5:
          fixed = 3;
          break;
        case 0xd6:
          fixed = 5;
          break;
        case 0xd7:
          fixed = 9;
          break;
        case 0xd8:
          fixed = 17;
          break;
        case 0xdc: // array 16/32
          lengthBytes = 2;
          counts = ITEMS;
          break;
        case 0xdd:
          lengthBytes = 4;
          counts = ITEMS;
          break;
        case 0xde: // map 16/32
          lengthBytes = 2;
          counts = PAIRS;
          break;
        case 0xdf:
          lengthBytes = 4;
          counts = PAIRS;
          break;
        default: // 0xc1 is never used
          return INVALID;
      }
    }
    pos += 1;
    pending -= 1;
    if (pos + lengthBytes > bytes.length) return TRUNCATED;
    const length = lengthBytes ? readLength(bytes, pos, lengthBytes) : inline;
    pos += lengthBytes + fixed;
    if (counts === BYTES) pos += length;
    else if (counts === ITEMS) pending += length;
    else if (counts === PAIRS) pending += 2 * length;
    // Every pending item needs at least one byte: a length claiming more is a cut-off token.
    if (pos > bytes.length || pending > bytes.length - pos) return TRUNCATED;
  }
  return pos;
}

/** Where the item starting at `start` ends (exclusive), or why it cannot be read. */
export function scanItem(bytes: Uint8Array, start: number): ScanResult {
  const end = scanEnd(bytes, start);
  if (end >= 0) return { ok: true, end };
  return { ok: false, failure: end === TRUNCATED ? 'truncated' : 'invalid' };
}

/** If an array starts at `start`, its element count and where the first element begins. */
export function arrayHeader(
  bytes: Uint8Array,
  start: number
): { count: number; first: number } | null {
  const byte = bytes[start];
  if (byte === undefined) return null;
  if (byte >= 0x90 && byte <= 0x9f) return { count: byte & 0x0f, first: start + 1 };
  if (byte === 0xdc && start + 3 <= bytes.length)
    return { count: readLength(bytes, start + 1, 2), first: start + 3 };
  if (byte === 0xdd && start + 5 <= bytes.length)
    return { count: readLength(bytes, start + 1, 4), first: start + 5 };
  return null;
}

/**
 * Where an array's elements begin and end, flat: element i is `bounds[i]` to `bounds[i + 1]`
 * (one array for the whole list, not a pair per element: hot decoders walk these). Null when
 * `start` is not a complete array.
 */
export function arrayBounds(bytes: Uint8Array, start: number): number[] | null {
  const header = arrayHeader(bytes, start);
  if (header === null) return null;
  let pos = header.first;
  const bounds = [pos];
  for (let i = 0; i < header.count; i++) {
    pos = scanEnd(bytes, pos);
    if (pos < 0) return null;
    bounds.push(pos);
  }
  return bounds;
}

/** Byte ranges of an array's elements; null when `start` is not a complete array. */
export function arrayItems(bytes: Uint8Array, start: number): Array<[number, number]> | null {
  const bounds = arrayBounds(bytes, start);
  if (bounds === null) return null;
  const items: Array<[number, number]> = [];
  for (let i = 0; i + 1 < bounds.length; i++) items.push([bounds[i] ?? 0, bounds[i + 1] ?? 0]);
  return items;
}
