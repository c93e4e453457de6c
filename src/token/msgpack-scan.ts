// Where each MessagePack item ends, without building values. @msgpack/msgpack decodes values but
// does not say where nested items lie, and three things need exactly that:
//  - the signature chain covers the exact bytes of every caveat, so attenuation re-uses them as
//    they are (attenuate/wire.ts) and unregistered caveats are shown byte for byte;
//  - a cut-off token is told apart from bytes that are not MessagePack at all;
//  - hostile input is bounded before anything is decoded: a length claiming more bytes than are
//    left ends the walk, which is iterative (a counter of pending items, no recursion).

export type ScanResult =
  { ok: true; end: number } | { ok: false; failure: 'truncated' | 'invalid' };

/** What the length of a format counts: nothing, payload bytes, items or key/value pairs. */
type Counts = 'none' | 'bytes' | 'items' | 'pairs';

/** Head bytes 0xc0-0xdf: [bytes holding the length, fixed payload bytes, what the length counts]. */
const FORMATS: ReadonlyMap<number, readonly [number, number, Counts]> = new Map([
  [0xc0, [0, 0, 'none']], // nil
  [0xc2, [0, 0, 'none']], // false
  [0xc3, [0, 0, 'none']], // true
  [0xc4, [1, 0, 'bytes']], // bin 8/16/32
  [0xc5, [2, 0, 'bytes']],
  [0xc6, [4, 0, 'bytes']],
  [0xc7, [1, 1, 'bytes']], // ext 8/16/32: length, type byte, data
  [0xc8, [2, 1, 'bytes']],
  [0xc9, [4, 1, 'bytes']],
  [0xca, [0, 4, 'none']], // float 32/64
  [0xcb, [0, 8, 'none']],
  [0xcc, [0, 1, 'none']], // uint 8/16/32/64
  [0xcd, [0, 2, 'none']],
  [0xce, [0, 4, 'none']],
  [0xcf, [0, 8, 'none']],
  [0xd0, [0, 1, 'none']], // int 8/16/32/64
  [0xd1, [0, 2, 'none']],
  [0xd2, [0, 4, 'none']],
  [0xd3, [0, 8, 'none']],
  [0xd4, [0, 2, 'none']], // fixext 1/2/4/8/16: type byte + data
  [0xd5, [0, 3, 'none']],
  [0xd6, [0, 5, 'none']],
  [0xd7, [0, 9, 'none']],
  [0xd8, [0, 17, 'none']],
  [0xd9, [1, 0, 'bytes']], // str 8/16/32
  [0xda, [2, 0, 'bytes']],
  [0xdb, [4, 0, 'bytes']],
  [0xdc, [2, 0, 'items']], // array 16/32
  [0xdd, [4, 0, 'items']],
  [0xde, [2, 0, 'pairs']], // map 16/32
  [0xdf, [4, 0, 'pairs']]
]);

function readLength(bytes: Uint8Array, at: number, size: number): number {
  let value = 0;
  for (let i = 0; i < size; i++) value = value * 256 + (bytes[at + i] ?? 0);
  return value;
}

/** Where the item starting at `start` ends (exclusive), or why it cannot be read. */
export function scanItem(bytes: Uint8Array, start: number): ScanResult {
  const truncated: ScanResult = { ok: false, failure: 'truncated' };
  let pos = start;
  let pending = 1;
  while (pending > 0) {
    const byte = bytes[pos];
    if (byte === undefined) return truncated;
    let format: readonly [number, number, Counts];
    let inline = 0;
    if (byte <= 0x7f || byte >= 0xe0)
      format = [0, 0, 'none']; // fixint
    else if (byte <= 0x8f)
      [format, inline] = [[0, 0, 'pairs'], byte & 0x0f]; // fixmap
    else if (byte <= 0x9f)
      [format, inline] = [[0, 0, 'items'], byte & 0x0f]; // fixarray
    else if (byte <= 0xbf)
      [format, inline] = [[0, 0, 'bytes'], byte & 0x1f]; // fixstr
    else {
      const known = FORMATS.get(byte);
      if (known === undefined) return { ok: false, failure: 'invalid' }; // 0xc1
      format = known;
    }
    const [lengthBytes, fixed, counts] = format;
    pos += 1;
    pending -= 1;
    if (pos + lengthBytes > bytes.length) return truncated;
    const length = lengthBytes ? readLength(bytes, pos, lengthBytes) : inline;
    pos += lengthBytes + fixed;
    if (counts === 'bytes') pos += length;
    else if (counts === 'items') pending += length;
    else if (counts === 'pairs') pending += 2 * length;
    // Every pending item needs at least one byte: a length claiming more is a cut-off token.
    if (pos > bytes.length || pending > bytes.length - pos) return truncated;
  }
  return { ok: true, end: pos };
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

/** Byte ranges `[start, end)` of an array's elements; null when `start` is not a complete array. */
export function arrayItems(bytes: Uint8Array, start: number): Array<[number, number]> | null {
  const header = arrayHeader(bytes, start);
  if (header === null) return null;
  const items: Array<[number, number]> = [];
  let pos = header.first;
  for (let i = 0; i < header.count; i++) {
    const scan = scanItem(bytes, pos);
    if (!scan.ok) return null;
    items.push([pos, scan.end]);
    pos = scan.end;
  }
  return items;
}
