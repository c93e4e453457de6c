import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { randomUuid, uuidFromBytes } from '../../src/action/random-uuid.js';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('delimiter UUIDs without node:crypto', () => {
  it('formats any 16 bytes as a version 4 UUID, keeping the other 122 bits', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), bytes => {
        const uuid = uuidFromBytes(bytes);
        expect(uuid).toMatch(V4);
        const hex = uuid.replace(/-/g, '');
        const back = Buffer.from(hex, 'hex');
        for (let i = 0; i < 16; i++) {
          const keep = i === 6 ? 0x0f : i === 8 ? 0x3f : 0xff;
          expect(back[i]! & keep).toBe(bytes[i]! & keep);
        }
      })
    );
  });

  it('has the shape of node:crypto randomUUID and does not repeat', () => {
    expect(randomUUID()).toMatch(V4);
    const seen = new Set(Array.from({ length: 200 }, () => randomUuid()));
    expect(seen.size).toBe(200);
    for (const uuid of seen) expect(uuid).toMatch(V4);
  });
});
