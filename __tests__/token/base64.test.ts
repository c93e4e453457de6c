import fc from 'fast-check';
import { decodeStandardBase64 } from '../../src/token/base64.js';

const nodeBytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));

describe('decodeStandardBase64 (hand-written decoding)', () => {
  it('decodes padded standard base64 exactly as Buffer.from', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), bytes => {
        const text = Buffer.from(bytes).toString('base64');
        const result = decodeStandardBase64(text);
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.bytes).toStrictEqual(Uint8Array.from(bytes));
      }),
      { numRuns: 800 }
    );
  });

  it('drops the leftover bits of a last partial quad as Buffer.from does', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }),
        fc.constantFrom(2, 3),
        (chars, tail) => {
          const body = chars.join('').slice(0, Math.floor(chars.length / 4) * 4);
          const last = chars.slice(0, tail).join('').padEnd(tail, 'Q');
          const text = body + last + '='.repeat(4 - tail);
          const result = decodeStandardBase64(text);
          expect(result.ok).toBe(true);
          if (result.ok) expect(result.bytes).toStrictEqual(nodeBytes(text));
        }
      ),
      { numRuns: 500 }
    );
  });

  it('repairs unpadded and URL-safe text to the bytes Buffer.from gives for the padded form', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 200 }), bytes => {
        const padded = Buffer.from(bytes).toString('base64');
        const bare = padded.replace(/=+$/, '');
        if (bare !== padded) {
          const result = decodeStandardBase64(bare);
          expect(result).toMatchObject({ ok: false, failure: 'unpadded' });
          if (!result.ok) expect(result.repaired).toStrictEqual(nodeBytes(padded));
        }
        const urlSafe = bare.replace(/\+/g, '-').replace(/\//g, '_');
        if (/[-_]/.test(urlSafe)) {
          const result = decodeStandardBase64(urlSafe);
          expect(result).toMatchObject({ ok: false, failure: 'url-safe' });
          if (!result.ok) expect(result.repaired).toStrictEqual(nodeBytes(padded));
        }
      }),
      { numRuns: 500 }
    );
  });

  it('accepts exactly the padded standard base64 of the full grammar', () => {
    const grammar = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
    const unit = fc.constantFrom('A', 'z', '0', '+', '/', '=', '-', '_', ' ', 'é');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), text => {
        expect(decodeStandardBase64(text).ok).toBe(grammar.test(text));
      }),
      { numRuns: 3000 }
    );
  });
});
