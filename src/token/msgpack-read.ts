// A small MessagePack value reader for the common shapes of Fly tokens: nil, booleans, integers,
// ASCII strings, binary, arrays and maps. Anything else (floats, extensions, non-ASCII text,
// deep nesting, trailing or missing bytes) is left to @msgpack/msgpack, so every value is exactly
// what that decoder returns. Why: the decoder's per-call setup cost more than the values of a
// caveat body (a few bytes each), and a token decodes dozens of them.
import { MAX_INPUT_BYTES } from './limits.js';

/** Nesting this reader handles itself (recursion); deeper values go to the library. */
const MAX_DEPTH = 32;

/** Up to this length, text is built a character at a time. */
const SHORT_TEXT = 16;
/** Decodes checked-ASCII bytes (ASCII reads the same in every decoder's table); made on first use. */
let ascii: InstanceType<typeof TextDecoder> | null = null;

/** Thrown inside the reader when the library must decide; never escapes this module. */
const HAND_OVER: unique symbol = Symbol('hand over');

/** Map keys tagged as msgpack-values' decoder does (`s` string, `n` number, `x` other). */
function tagKey(key: unknown): string {
  if (typeof key === 'string') return `s${key}`;
  if (typeof key === 'number' || typeof key === 'bigint') return `n${String(key)}`;
  return 'x';
}

class Reader {
  pos = 0;
  private view: DataView | null = null;

  constructor(
    private readonly bytes: Uint8Array,
    start: number
  ) {
    this.pos = start;
  }

  private need(count: number): void {
    if (this.pos + count > this.bytes.length) throw HAND_OVER;
  }

  private u8(): number {
    this.need(1);
    return this.bytes[this.pos++] ?? 0;
  }

  private uint(size: number): number {
    this.need(size);
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + (this.bytes[this.pos + i] ?? 0);
    this.pos += size;
    return value;
  }

  private dataView(): DataView {
    const b = this.bytes;
    return (this.view ??= new DataView(b.buffer, b.byteOffset, b.byteLength));
  }

  private big(signed: boolean): bigint {
    this.need(8);
    const at = this.pos;
    this.pos += 8;
    return signed ? this.dataView().getBigInt64(at) : this.dataView().getBigUint64(at);
  }

  private signed(size: 1 | 2 | 4): number {
    this.need(size);
    const at = this.pos;
    this.pos += size;
    const view = this.dataView();
    return size === 1 ? view.getInt8(at) : size === 2 ? view.getInt16(at) : view.getInt32(at);
  }

  private text(length: number): string {
    this.need(length);
    const start = this.pos;
    const end = start + length;
    // Longer ASCII text (URLs) in one native call; short text does not pay for the view.
    const whole = length > SHORT_TEXT;
    let out = '';
    for (let i = start; i < end; i++) {
      const byte = this.bytes[i] ?? 0;
      // UTF-8 decoding (and its handling of bad sequences) is the library's business.
      if (byte >= 0x80) throw HAND_OVER;
      if (!whole) out += String.fromCharCode(byte);
    }
    this.pos = end;
    if (!whole) return out;
    ascii ??= new TextDecoder('latin1');
    return ascii.decode(this.bytes.subarray(start, end));
  }

  private binary(length: number): Uint8Array {
    this.need(length);
    const start = this.pos;
    this.pos += length;
    // A view, as the library returns.
    return this.bytes.subarray(start, start + length);
  }

  private array(count: number, depth: number): unknown[] {
    if (count > MAX_INPUT_BYTES) throw HAND_OVER;
    const out: unknown[] = [];
    for (let i = 0; i < count; i++) out.push(this.value(depth + 1));
    return out;
  }

  private map(count: number, depth: number): Record<string, unknown> {
    if (count > MAX_INPUT_BYTES) throw HAND_OVER;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < count; i++) {
      const key = this.value(depth + 1);
      // The library refuses this key outright.
      if (key === '__proto__') throw HAND_OVER;
      out[tagKey(key)] = this.value(depth + 1);
    }
    return out;
  }

  value(depth: number): unknown {
    if (depth > MAX_DEPTH) throw HAND_OVER;
    const head = this.u8();
    if (head <= 0x7f) return head;
    if (head >= 0xe0) return head - 0x100;
    if (head <= 0x8f) return this.map(head & 0x0f, depth);
    if (head <= 0x9f) return this.array(head & 0x0f, depth);
    if (head <= 0xbf) return this.text(head & 0x1f);
    switch (head) {
      case 0xc0:
        return null;
      case 0xc2:
        return false;
      case 0xc3:
        return true;
      case 0xc4:
        return this.binary(this.uint(1));
      case 0xc5:
        return this.binary(this.uint(2));
      case 0xc6:
        return this.binary(this.uint(4));
      case 0xcc:
        return this.uint(1);
      case 0xcd:
        return this.uint(2);
      case 0xce:
        return this.uint(4);
      case 0xcf:
        return this.big(false);
      case 0xd0:
        return this.signed(1);
      case 0xd1:
        return this.signed(2);
      case 0xd2:
        return this.signed(4);
      case 0xd3:
        return this.big(true);
      case 0xd9:
        return this.text(this.uint(1));
      case 0xda:
        return this.text(this.uint(2));
      case 0xdb:
        return this.text(this.uint(4));
      case 0xdc:
        return this.array(this.uint(2), depth);
      case 0xdd:
        return this.array(this.uint(4), depth);
      case 0xde:
        return this.map(this.uint(2), depth);
      case 0xdf:
        return this.map(this.uint(4), depth);
      default: // floats, extensions, 0xc1
        throw HAND_OVER;
    }
  }
}

/**
 * The value of `bytes.subarray(start, end)` (exactly one item, nothing after it) when this reader
 * can produce it as @msgpack/msgpack would (with useBigInt64 and tagged map keys); `undefined`
 * when the library has to decide (including every case where it would throw). Read in place (a
 * view per value was a visible share of decoding): binary values are views of `bytes`, and a
 * value running past `end` is handed over like one cut off.
 */
export function readSimpleValueIn(bytes: Uint8Array, start: number, end: number): unknown {
  const reader = new Reader(bytes, start);
  try {
    const value = reader.value(0);
    return reader.pos === end ? value : undefined;
  } catch (error) {
    if (error === HAND_OVER) return undefined;
    throw error;
  }
}
