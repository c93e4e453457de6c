import fc from 'fast-check';
import { isoFromUnix } from '../../src/token/time.js';

/** The reference: what a Date prints for those seconds, clamped and without milliseconds. */
function viaDate(seconds: bigint): string {
  const max = 8_640_000_000_000n;
  const clamped = seconds > max ? max : seconds < -max ? -max : seconds;
  return new Date(Number(clamped) * 1000).toISOString().replace('.000Z', 'Z');
}

describe('isoFromUnix', () => {
  it('matches Date.toISOString over the whole Date range and beyond', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -10_000_000_000_000n, max: 10_000_000_000_000n }), seconds => {
        expect(isoFromUnix(seconds)).toBe(viaDate(seconds));
      }),
      { numRuns: 2000 }
    );
  });

  it('matches Date around years 0000-9999, leap days and day boundaries', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -62_300_000_000n, max: 253_500_000_000n }), seconds => {
        expect(isoFromUnix(seconds)).toBe(viaDate(seconds));
      }),
      { numRuns: 3000 }
    );
    const edges = [
      0n,
      -1n,
      1n,
      86_399n,
      86_400n,
      951_782_400n,
      951_868_799n,
      4_107_542_400n,
      -62_167_219_200n,
      -62_167_219_201n,
      253_402_300_799n,
      253_402_300_800n,
      8_640_000_000_000n,
      -8_640_000_000_000n,
      2n ** 64n,
      -(2n ** 63n)
    ];
    for (const seconds of edges) expect(isoFromUnix(seconds)).toBe(viaDate(seconds));
  });
});
