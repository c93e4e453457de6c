// A tiny MessagePack writer that encodes exactly as Fly's Go library does (vmihailenco/msgpack
// with compact ints and array-encoded structs): every length and integer in its smallest form.
// Why not @msgpack/msgpack's encoder: Fly verifies a token by re-encoding each caveat it decoded
// and chaining HMACs over those bytes, so an appended caveat verifies only when we hashed exactly
// Go's encoding; @msgpack/msgpack writes 64-bit integers in their full 9-byte form (ids may exceed
// 2^53) and cannot write a map with integer keys sorted as Go writes them.

/** Concatenate encoded parts. */
export function concat(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function bigEndian(value: bigint, bytes: number): number[] {
  const out: number[] = [];
  for (let i = bytes - 1; i >= 0; i--) out.push(Number((value >> BigInt(i * 8)) & 0xffn));
  return out;
}

const MAX_UINT64 = (1n << 64n) - 1n;

/** An unsigned integer (Go EncodeUint, compact). */
export function uint(value: bigint | number): Uint8Array {
  const n = BigInt(value);
  if (n < 0n || n > MAX_UINT64) throw new RangeError('uint out of range');
  if (n < 0x80n) return Uint8Array.of(Number(n));
  if (n <= 0xffn) return Uint8Array.of(0xcc, Number(n));
  if (n <= 0xffffn) return Uint8Array.of(0xcd, ...bigEndian(n, 2));
  if (n <= 0xffffffffn) return Uint8Array.of(0xce, ...bigEndian(n, 4));
  return Uint8Array.of(0xcf, ...bigEndian(n, 8));
}

/** A signed integer (Go EncodeInt, compact): non-negative values take the unsigned forms. */
export function int(value: bigint | number): Uint8Array {
  const n = BigInt(value);
  if (n >= 0n) return uint(n);
  if (n < -(1n << 63n)) throw new RangeError('int out of range');
  if (n >= -32n) return Uint8Array.of(Number(n & 0xffn));
  if (n >= -128n) return Uint8Array.of(0xd0, Number(n & 0xffn));
  if (n >= -32768n) return Uint8Array.of(0xd1, ...bigEndian(n & 0xffffn, 2));
  if (n >= -(1n << 31n)) return Uint8Array.of(0xd2, ...bigEndian(n & 0xffffffffn, 4));
  return Uint8Array.of(0xd3, ...bigEndian(n & MAX_UINT64, 8));
}

/** Length-prefixed bytes with 8/16/32-bit length codes (str or bin). */
function sized(bytes: Uint8Array, codes: readonly [number, number, number]): Uint8Array {
  const n = bytes.length;
  const head =
    n <= 0xff
      ? Uint8Array.of(codes[0], n)
      : n <= 0xffff
        ? Uint8Array.of(codes[1], ...bigEndian(BigInt(n), 2))
        : Uint8Array.of(codes[2], ...bigEndian(BigInt(n), 4));
  return concat([head, bytes]);
}

/** Array header: fixarray, array16, array32. */
export function arrayHeader(length: number): Uint8Array {
  if (length < 16) return Uint8Array.of(0x90 | length);
  if (length <= 0xffff) return Uint8Array.of(0xdc, ...bigEndian(BigInt(length), 2));
  return Uint8Array.of(0xdd, ...bigEndian(BigInt(length), 4));
}

/** Map header: fixmap, map16, map32. */
export function mapHeader(length: number): Uint8Array {
  if (length < 16) return Uint8Array.of(0x80 | length);
  if (length <= 0xffff) return Uint8Array.of(0xde, ...bigEndian(BigInt(length), 2));
  return Uint8Array.of(0xdf, ...bigEndian(BigInt(length), 4));
}

/** A UTF-8 string: fixstr, str8, str16, str32. */
export function str(value: string): Uint8Array {
  const bytes = new TextEncoder().encode(value);
  if (bytes.length < 32) return concat([Uint8Array.of(0xa0 | bytes.length), bytes]);
  return sized(bytes, [0xd9, 0xda, 0xdb]);
}

/** Binary data: bin8, bin16, bin32. */
export function bin(value: Uint8Array): Uint8Array {
  return sized(value, [0xc4, 0xc5, 0xc6]);
}

export function bool(value: boolean): Uint8Array {
  return Uint8Array.of(value ? 0xc3 : 0xc2);
}

/** An array of already-encoded items. */
export function array(items: readonly Uint8Array[]): Uint8Array {
  return concat([arrayHeader(items.length), ...items]);
}
