// The scrub cuts base64 of a legacy personal token (43 characters: 58 of base64 and `==`), in a
// token context or standing alone, and leaves other base64 alone: it is taken only when it
// decodes to a legacy-shaped run (43 URL-safe characters, letters and digits, no placeholder).
import fc from 'fast-check';
import { createScrub, SCRUBBED } from '../../src/token/scrub.js';
import { vector } from '../support/vectors.js';

const LEGACY = vector('legacy_personal_token').token;
const scrub = createScrub([]);
const b64 = Buffer.from(LEGACY).toString('base64');
const b64url = Buffer.from(LEGACY).toString('base64url');

describe('base64 of a legacy token is cut', () => {
  it.each([
    ['after FLY_API_TOKEN=', `FLY_API_TOKEN=${b64}`],
    ['as a Bearer credential', `Authorization: Bearer ${b64}`],
    ['without its padding', `token: ${b64.replace(/=+$/, '')}\n`],
    ['URL-safe', `export FLY_ACCESS_TOKEN="${b64url}"`],
    ['in JSON', `{"token":"${b64}","app":"web"}`],
    ['standing alone', b64]
  ])('%s', (_name, text) => {
    const clean = scrub(text);
    expect(clean).toContain(SCRUBBED);
    expect(clean).not.toContain(b64.slice(0, 12));
    expect(clean).not.toContain(b64.slice(30, 42));
  });
});

describe('other base64 is left alone', () => {
  it.each([
    // 43 characters, but with spaces: no token.
    ['a 43-character sentence', 'The quick brown fox jumps over the lazy dog'],
    ['a 43-character placeholder', 'your-fly-token-goes-here-0123456789-abcdefg'],
    ['43 characters of one letter', 'a'.repeat(43)],
    ['44 token characters', `${LEGACY}x`]
  ])('base64 of %s', (_name, plain) => {
    const text = `FLY_API_TOKEN=${Buffer.from(plain).toString('base64')}`;
    expect(scrub(text)).toBe(text);
  });

  // A 43-character run inside other base64 may still be cut as a legacy token itself (the scrub
  // takes any standalone legacy-shaped run); the base64 as a whole is never taken for one.
  const cutWhole = (encoded: string): boolean =>
    scrub(`FLY_API_TOKEN=${encoded}\n`) === `FLY_API_TOKEN=${SCRUBBED}\n`;

  it('base64 of random bytes (keys, hashes, binary) of any length', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 64 }),
        bytes => !cutWhole(Buffer.from(bytes).toString('base64'))
      ),
      { numRuns: 2000 }
    );
  });

  it('base64 of 43 random bytes in a token context', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 43, maxLength: 43 }), bytes => {
        // The rare byte string that is itself legacy-shaped text would be a token's base64.
        fc.pre(!/^[A-Za-z0-9_-]{43}$/.test(Buffer.from(bytes).toString('latin1')));
        return !cutWhole(Buffer.from(bytes).toString('base64'));
      }),
      { numRuns: 2000 }
    );
  });
});
