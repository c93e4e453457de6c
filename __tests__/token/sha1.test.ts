import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { sha1 } from '../../src/token/sha1.js';
import { formatUuid, nonceEmail, uuidV5 } from '../../src/token/uuid.js';

const nodeSha1 = (...parts: Uint8Array[]): string => {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('sha1', () => {
  it('matches node:crypto on random inputs split at random points', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(), (bytes, cut) => {
        const at = bytes.length === 0 ? 0 : cut % (bytes.length + 1);
        const a = bytes.subarray(0, at);
        const b = bytes.subarray(at);
        expect(hex(sha1(a, b))).toBe(nodeSha1(a, b));
      }),
      { numRuns: 500 }
    );
  });

  it('matches node:crypto around the padding boundaries and past the shared scratch size', () => {
    const lengths = [...Array.from({ length: 131 }, (_, i) => i), 1015, 1016, 1017, 1024, 5000];
    for (const length of lengths) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + length) & 0xff);
      expect(hex(sha1(bytes))).toBe(nodeSha1(bytes));
    }
  });

  it('gives the FIPS 180 test vector for "abc"', () => {
    expect(hex(sha1(new TextEncoder().encode('abc')))).toBe(
      'a9993e364706816aba3e25717850c26c9cd0d89d'
    );
  });
});

describe('uuidV5 / nonceEmail', () => {
  const nodeUuidV5 = (namespace: Uint8Array, name: Uint8Array): Uint8Array => {
    const out = Uint8Array.from(createHash('sha1').update(namespace).update(name).digest()).slice(
      0,
      16
    );
    out[6] = ((out[6] ?? 0) & 0x0f) | 0x50;
    out[8] = ((out[8] ?? 0) & 0x3f) | 0x80;
    return out;
  };

  it('uuidV5 matches a node:crypto reference', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        fc.uint8Array({ maxLength: 80 }),
        (ns, name) => {
          expect(hex(uuidV5(ns, name))).toBe(hex(nodeUuidV5(ns, name)));
        }
      ),
      { numRuns: 300 }
    );
  });

  it('nonceEmail is the double UUIDv5 of the KID namespace, formatted as a UUID', () => {
    const namespace = Buffer.from('968fc2c6a94f4988a5442ad72b02f222', 'hex');
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 64 }),
        fc.uint8Array({ maxLength: 64 }),
        (kid, rnd) => {
          const expected = Buffer.from(nodeUuidV5(nodeUuidV5(namespace, kid), rnd)).toString('hex');
          const dashed = `${expected.slice(0, 8)}-${expected.slice(8, 12)}-${expected.slice(12, 16)}-${expected.slice(16, 20)}-${expected.slice(20)}`;
          expect(nonceEmail(kid, rnd)).toBe(`${dashed}@tokens.fly.io`);
          expect(formatUuid(uuidV5(namespace, kid))).toMatch(
            /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
          );
        }
      ),
      { numRuns: 200 }
    );
  });
});
