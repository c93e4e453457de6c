import { Decoder, Encoder } from '@msgpack/msgpack';
import fc from 'fast-check';
import { readSimpleValueIn } from '../../src/token/msgpack-read.js';

// The reference: the library configured as msgpack-values configures it.
const tagKey = (key: unknown): string =>
  typeof key === 'string'
    ? `s${key}`
    : typeof key === 'number' || typeof key === 'bigint'
      ? `n${String(key)}`
      : 'x';
const decoder = new Decoder({ useBigInt64: true, mapKeyConverter: tagKey });
const encoder = new Encoder({ useBigInt64: true });

function library(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: decoder.decode(bytes) };
  } catch {
    return { ok: false };
  }
}

/** The reader on `bytes` framed by other bytes, as the decoders call it (in place, no view). */
function readInPlace(bytes: Uint8Array): unknown {
  const framed = Uint8Array.from([0xc1, 0x92, ...bytes, 0x01, 0xc0]);
  return readSimpleValueIn(framed, 2, 2 + bytes.length);
}

/** Whatever the reader returns must be what the library returns; it may hand over instead. */
function agrees(bytes: Uint8Array): boolean {
  const mine = readInPlace(bytes);
  const reference = library(bytes);
  if (mine === undefined) return true;
  expect(reference.ok).toBe(true);
  if (reference.ok) expect(mine).toStrictEqual(reference.value);
  return true;
}

const key = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('__proto__', 'constructor', '1', 'toString'),
  fc.integer({ min: -200, max: 70000 })
);
const value = fc.letrec(tie => ({
  leaf: fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.integer({ min: -40, max: 300 }),
    fc.bigInt({ min: -(2n ** 63n), max: 2n ** 64n - 1n }),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 8 }),
    fc.uint8Array({ maxLength: 300 }),
    fc.double()
  ),
  node: fc.oneof(
    { depthSize: 'small' },
    tie('leaf'),
    fc.array(tie('node'), { maxLength: 5 }),
    fc.array(fc.tuple(key, tie('node')), { maxLength: 4 }).map(pairs => new Map(pairs))
  )
})).node;

describe('readSimpleValueIn', () => {
  it('returns exactly what @msgpack/msgpack decodes for encoded values', () => {
    fc.assert(
      fc.property(value, v => {
        const bytes = encoder.encode(v);
        expect(agrees(bytes)).toBe(true);
      }),
      { numRuns: 1500 }
    );
  });

  it('returns what the library decodes, or hands over, for arbitrary and mutated bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), bytes => agrees(bytes)),
      { numRuns: 3000 }
    );
    fc.assert(
      fc.property(value, fc.nat(), fc.nat(255), (v, at, byte) => {
        const bytes = encoder.encode(v).slice();
        if (bytes.length > 0) bytes[at % bytes.length] = byte;
        return agrees(bytes) && agrees(bytes.subarray(0, at % (bytes.length + 1)));
      }),
      { numRuns: 1500 }
    );
  });

  it('reads the common token shapes itself (no hand-over) and hands over the rest', () => {
    const plain = encoder.encode([
      1,
      -3,
      300,
      70000,
      2n ** 64n - 1n,
      'abc',
      'https://api.fly.io/aaa/v1',
      new Uint8Array([1, 2]),
      null,
      true
    ]);
    expect(readInPlace(plain)).toStrictEqual(library(plain).ok && decoder.decode(plain));
    expect(readInPlace(Uint8Array.from([0xcb, 0, 0, 0, 0, 0, 0, 0, 0]))).toBeUndefined();
    expect(readInPlace(encoder.encode('é'))).toBeUndefined();
    expect(readInPlace(Uint8Array.from([0x01, 0x02]))).toBeUndefined();
    expect(
      readInPlace(Uint8Array.from([0x81, 0xa9, ...Buffer.from('__proto__'), 0x01]))
    ).toBeUndefined();
    // A value running past `end` is handed over, whatever bytes follow it.
    expect(readSimpleValueIn(Uint8Array.from([0x92, 0x01, 0x02]), 0, 2)).toBeUndefined();
    expect(readSimpleValueIn(Uint8Array.from([0x92, 0x01, 0x02]), 0, 3)).toStrictEqual([1, 2]);
    const deep = new Uint8Array(100).fill(0x91);
    deep[99] = 0x01;
    expect(readInPlace(deep)).toBeUndefined();
  });
});
