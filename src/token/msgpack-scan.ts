// A tiny MessagePack walker that finds where each item ends without building values.
// It lets the decoder keep each caveat body's exact bytes, and tells "cut off" from "not msgpack"
// before @msgpack/msgpack allocates anything. Iterative and linear: one pass, a counter, no stack.

export type ScanResult =
  { ok: true; end: number } | { ok: false; failure: 'truncated' | 'invalid' };

interface Head {
  /** Bytes after the head byte that hold the length or value. */
  lengthBytes: number;
  /** Fixed payload bytes after the length (ext type byte, fixed-size values). */
  fixed: number;
  /** What the length counts: payload bytes, child items, or key+value pairs. */
  counts: 'bytes' | 'items' | 'pairs' | 'none';
  /** Length carried in the head byte itself (fix* formats). */
  inline: number;
}

function head(byte: number): Head | null {
  if (byte <= 0x7f || byte >= 0xe0) return { lengthBytes: 0, fixed: 0, counts: 'none', inline: 0 };
  if (byte <= 0x8f) return { lengthBytes: 0, fixed: 0, counts: 'pairs', inline: byte & 0x0f };
  if (byte <= 0x9f) return { lengthBytes: 0, fixed: 0, counts: 'items', inline: byte & 0x0f };
  if (byte <= 0xbf) return { lengthBytes: 0, fixed: 0, counts: 'bytes', inline: byte & 0x1f };
  switch (byte) {
    case 0xc0: // nil
    case 0xc2: // false
    case 0xc3: // true
      return { lengthBytes: 0, fixed: 0, counts: 'none', inline: 0 };
    case 0xc4: // bin 8/16/32
    case 0xd9: // str 8/16/32
      return { lengthBytes: 1, fixed: 0, counts: 'bytes', inline: 0 };
    case 0xc5:
    case 0xda:
      return { lengthBytes: 2, fixed: 0, counts: 'bytes', inline: 0 };
    case 0xc6:
    case 0xdb:
      return { lengthBytes: 4, fixed: 0, counts: 'bytes', inline: 0 };
    case 0xc7: // ext 8/16/32: length, then a type byte
      return { lengthBytes: 1, fixed: 1, counts: 'bytes', inline: 0 };
    case 0xc8:
      return { lengthBytes: 2, fixed: 1, counts: 'bytes', inline: 0 };
    case 0xc9:
      return { lengthBytes: 4, fixed: 1, counts: 'bytes', inline: 0 };
    case 0xca: // float 32/64
      return { lengthBytes: 0, fixed: 4, counts: 'none', inline: 0 };
    case 0xcb:
      return { lengthBytes: 0, fixed: 8, counts: 'none', inline: 0 };
    case 0xcc: // uint/int 8..64
    case 0xd0:
      return { lengthBytes: 0, fixed: 1, counts: 'none', inline: 0 };
    case 0xcd:
    case 0xd1:
      return { lengthBytes: 0, fixed: 2, counts: 'none', inline: 0 };
    case 0xce:
    case 0xd2:
      return { lengthBytes: 0, fixed: 4, counts: 'none', inline: 0 };
    case 0xcf:
    case 0xd3:
      return { lengthBytes: 0, fixed: 8, counts: 'none', inline: 0 };
    case 0xd4: // fixext 1/2/4/8/16: type byte + data
      return { lengthBytes: 0, fixed: 2, counts: 'none', inline: 0 };
    case 0xd5:
      return { lengthBytes: 0, fixed: 3, counts: 'none', inline: 0 };
    case 0xd6:
      return { lengthBytes: 0, fixed: 5, counts: 'none', inline: 0 };
    case 0xd7:
      return { lengthBytes: 0, fixed: 9, counts: 'none', inline: 0 };
    case 0xd8:
      return { lengthBytes: 0, fixed: 17, counts: 'none', inline: 0 };
    case 0xdc: // array 16/32
      return { lengthBytes: 2, fixed: 0, counts: 'items', inline: 0 };
    case 0xdd:
      return { lengthBytes: 4, fixed: 0, counts: 'items', inline: 0 };
    case 0xde: // map 16/32
      return { lengthBytes: 2, fixed: 0, counts: 'pairs', inline: 0 };
    case 0xdf:
      return { lengthBytes: 4, fixed: 0, counts: 'pairs', inline: 0 };
    default: // 0xc1 is never used
      return null;
  }
}

function readLength(bytes: Uint8Array, at: number, size: number): number {
  let value = 0;
  for (let i = 0; i < size; i++) value = value * 256 + (bytes[at + i] ?? 0);
  return value;
}

/** Where the item starting at `start` ends (exclusive), or why it cannot be read. */
export function scanItem(bytes: Uint8Array, start: number): ScanResult {
  let pos = start;
  let pending = 1;
  while (pending > 0) {
    const byte = bytes[pos];
    if (byte === undefined) return { ok: false, failure: 'truncated' };
    const h = head(byte);
    if (h === null) return { ok: false, failure: 'invalid' };
    pos += 1;
    pending -= 1;
    if (pos + h.lengthBytes > bytes.length) return { ok: false, failure: 'truncated' };
    const length = h.lengthBytes ? readLength(bytes, pos, h.lengthBytes) : h.inline;
    pos += h.lengthBytes + h.fixed;
    if (h.counts === 'bytes') pos += length;
    else if (h.counts === 'items') pending += length;
    else if (h.counts === 'pairs') pending += 2 * length;
    // Every pending item needs at least one byte: a length claiming more is a cut-off token.
    if (pos > bytes.length || pending > bytes.length - pos)
      return { ok: false, failure: 'truncated' };
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

/** Byte ranges of an array's elements; null when `start` is not a complete array. */
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
