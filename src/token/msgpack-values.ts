// Decoding msgpack values with @msgpack/msgpack, plus the shape checks the caveat modules share,
// lenient where Fly's Go decoder (vmihailenco/msgpack) is: a string field takes str or bin, a
// []byte field takes bin or str, a bool takes nil as false, an int64 takes a uint64 (wrapping).
// Map keys are tagged (`s` string, `n` number, `x` other) so a caveat can tell `{1: r}` from
// `{"1": r}` as Go's typed decoder does, and no key can collide with Object.prototype.
import { Decoder } from '@msgpack/msgpack';
import { MAX_INPUT_BYTES } from './limits.js';

/** A body that does not have the shape its type requires (Fly's decoder would reject the token). */
export class ShapeError extends Error {
  constructor(readonly expected: string) {
    super(`expected ${expected}`);
  }
}

const utf8 = new TextDecoder();

function tagKey(key: unknown): string {
  if (typeof key === 'string') return `s${key}`;
  if (typeof key === 'number' || typeof key === 'bigint') return `n${String(key)}`;
  return 'x';
}

const LIMITS = {
  useBigInt64: true,
  maxArrayLength: MAX_INPUT_BYTES,
  maxMapLength: MAX_INPUT_BYTES,
  maxStrLength: MAX_INPUT_BYTES,
  maxBinLength: MAX_INPUT_BYTES,
  maxExtLength: MAX_INPUT_BYTES
};

/** For typed fields: str and bin alike come back as bytes, and a bin map key reads as a string. */
const typed = new Decoder({
  ...LIMITS,
  rawStrings: true,
  mapKeyConverter: key => tagKey(key instanceof Uint8Array ? utf8.decode(key) : key)
});

/** For showing a value no module knows: str as text, bin as bytes. */
const plain = new Decoder({ ...LIMITS, mapKeyConverter: tagKey });

function decodeWith(decoder: Decoder, bytes: Uint8Array): unknown {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ShapeError('valid MessagePack');
  }
}

/**
 * Decode one complete item (already bounded by the scanner) for typed reading with the as*
 * helpers below; any decoder complaint is a shape error.
 */
export function decodeValue(bytes: Uint8Array): unknown {
  return decodeWith(typed, bytes);
}

/** Decode one complete item as it is written (str as text), for display. */
export function decodePlainValue(bytes: Uint8Array): unknown {
  return decodeWith(plain, bytes);
}

export function asArray(value: unknown, expected: string, minLength = 0): unknown[] {
  if (!Array.isArray(value) || value.length < minLength) throw new ShapeError(expected);
  return value;
}

/** Go decodes nil into a slice as a nil slice. */
export function asOptionalArray(value: unknown, expected: string): unknown[] | null {
  return value === null ? null : asArray(value, expected);
}

export function asUint(value: unknown, expected: string): bigint {
  if (typeof value === 'bigint' && value >= 0n) return value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  throw new ShapeError(expected);
}

/** A Go int64: a uint64 beyond its range wraps to a negative number, as Go's conversion does. */
export function asInt(value: unknown, expected: string): bigint {
  if (typeof value === 'bigint') return BigInt.asIntN(64, value);
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  throw new ShapeError(expected);
}

/** An Action (16-bit) or Role (32-bit) mask: the low bits of an unsigned number, as Go's cast keeps. */
export function asMask(value: unknown, expected: string, bits: 16 | 32): number {
  return Number(asUint(value, expected) & (bits === 16 ? 0xffffn : 0xffffffffn));
}

/** A Go string: written as str or bin (UTF-8 is decoded as text, bad sequences replaced). */
export function asString(value: unknown, expected: string): string {
  if (value instanceof Uint8Array) return utf8.decode(value);
  if (typeof value !== 'string') throw new ShapeError(expected);
  return value;
}

/** A Go []byte: written as bin or str. */
export function asBytes(value: unknown, expected: string): Uint8Array {
  if (!(value instanceof Uint8Array)) throw new ShapeError(expected);
  return value;
}

export function asOptionalBytes(value: unknown, expected: string): Uint8Array | null {
  return value === null ? null : asBytes(value, expected);
}

/** A Go bool: nil reads as false. */
export function asBool(value: unknown, expected: string): boolean {
  if (value === null) return false;
  if (typeof value !== 'boolean') throw new ShapeError(expected);
  return value;
}

/** The entries of a decoded map, keys still tagged. */
export function asMapEntries(value: unknown, expected: string): Array<[string, unknown]> {
  if (
    value === null ||
    typeof value !== 'object' ||
    Array.isArray(value) ||
    value instanceof Uint8Array ||
    value instanceof Date
  ) {
    throw new ShapeError(expected);
  }
  return Object.entries(value);
}

/** A tagged map key that must be an unsigned integer. */
export function uintKey(tagged: string, expected: string): bigint {
  if (!/^n\d+$/.test(tagged)) throw new ShapeError(expected);
  return BigInt(tagged.slice(1));
}

/** A tagged map key that must be a string. */
export function stringKey(tagged: string, expected: string): string {
  if (!tagged.startsWith('s')) throw new ShapeError(expected);
  return tagged.slice(1);
}
