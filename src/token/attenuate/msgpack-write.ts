// MessagePack as Fly's Go library writes it (vmihailenco/msgpack, compact ints, structs as arrays).
// Fly verifies a token by re-encoding each caveat and chaining HMACs over those bytes, so an
// appended caveat verifies only when we hashed exactly Go's encoding. Scalars come from
// @msgpack/msgpack, which picks the same smallest forms for safe integers, strings, bins and
// bools. What stays here is what it cannot do: splice already-encoded bytes (existing caveats,
// whose exact bytes the signature covers) into arrays, write maps with integer keys (Apps) in
// Go's key order, and write a bigint compactly (it writes every bigint in 9 bytes).
import { Encoder } from '@msgpack/msgpack';

/** Safe integers in their smallest form, as Go's EncodeInt/EncodeUint. */
const compact = new Encoder();
/** Integers beyond 2^53: uint64/int64 in 9 bytes, which is also Go's form for them. */
const wide = new Encoder({ useBigInt64: true });

/** One scalar: an integer, a UTF-8 string (str), bytes (bin) or a bool. */
export function scalar(value: bigint | number | string | boolean | Uint8Array): Uint8Array {
  if (typeof value !== 'bigint') return compact.encode(value);
  if (value < -(1n << 63n) || value >= 1n << 64n) throw new RangeError('integer out of range');
  const safe = value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER);
  return safe ? compact.encode(Number(value)) : wide.encode(value);
}

/** An array or map header (fix, 16-bit or 32-bit length). */
function header(length: number, fix: number, codes: readonly [number, number]): Uint8Array {
  if (length < 16) return Uint8Array.of(fix | length);
  const out = Buffer.alloc(length <= 0xffff ? 3 : 5);
  out[0] = length <= 0xffff ? codes[0] : codes[1];
  out.writeUIntBE(length, 1, out.length - 1);
  return out;
}

export function arrayHeader(length: number): Uint8Array {
  return header(length, 0x90, [0xdc, 0xdd]);
}

export function mapHeader(length: number): Uint8Array {
  return header(length, 0x80, [0xde, 0xdf]);
}

/** An array of already-encoded items. */
export function array(items: readonly Uint8Array[]): Uint8Array {
  return Buffer.concat([arrayHeader(items.length), ...items]);
}
