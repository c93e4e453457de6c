import fc from 'fast-check';
import type { NormalizedAccess } from '../../src/token/access-model.js';
import { allowedMask } from '../../src/token/access.js';
import { ACTION_BITS } from '../../src/token/actions.js';
import {
  allCaveats,
  ALLOWED,
  judgeBitsOf,
  judgementOf,
  judgeOf,
  type Caveat
} from '../../src/token/caveats/caveat.js';
import { decodeToken } from '../../src/token/index.js';
import { cav, fm2, loadVectors } from './support.js';

// Every caveat of the vectors, plus hand-made ones covering zero ids, prefixes, windows, nesting.
const handMade = fm2({
  caveats: [
    cav.org(0, 0b10101),
    cav.apps([[0, 31]]),
    cav.apps([
      [0, 3],
      [7, 31]
    ]),
    cav.features([['', 1]]),
    cav.clusters([['c1', 2]]),
    cav.window(1_000, 2_000),
    cav.mutations(['issueCertificate']),
    cav.ifPresent([cav.apps([[7, 6]]), cav.features([['wg', 31]])], 1),
    cav.ifPresent([cav.ifPresent([cav.apps([[7, 31]])], 2)], 4),
    cav.commands([[['ls'], false]]),
    cav.action(3),
    cav.isUser(5),
    cav.flyioUser(5)
  ]
});
const caveats: Caveat[] = [...loadVectors().map(v => v.header_form), handMade].flatMap(header =>
  decodeToken(header).macaroons.flatMap(m => allCaveats(m.caveats))
);

const access = fc.record(
  {
    orgId: fc.constantFrom(0n, 1n, 918273n, 12345n),
    appId: fc.constantFrom(0n, 7n, 4455667n, 99n),
    feature: fc.constantFrom('wg', 'builder', '', 'litefs-cloud'),
    machine: fc.constantFrom('m1', 'probe-machine'),
    command: fc.constantFrom(['ls'], ['sh'], []),
    cluster: fc.constantFrom('c1', 'c2'),
    mutation: fc.constantFrom('issueCertificate', 'other'),
    storageObject: fc.constantFrom('https://x/y', 'https://z'),
    now: fc.constantFrom(0, 1_500, 3_000, 1_750_000_000)
  },
  { requiredKeys: [] }
);

describe('message-free judging', () => {
  it('has caveats of every registered kind to compare', () => {
    expect(new Set(caveats.map(c => c.name)).size).toBeGreaterThanOrEqual(12);
  });

  it('judge and judgeBits decide exactly as prohibits, bit by bit', () => {
    fc.assert(
      fc.property(access, fc.integer({ min: 0, max: 31 }), (partial, candidates) => {
        for (const caveat of caveats) {
          const a: NormalizedAccess = { action: 0, ...partial };
          let expected = 0;
          for (const bit of ACTION_BITS) {
            const verdict = caveat.prohibits({ ...a, action: bit });
            expect(judgeOf(caveat, { ...a, action: bit })).toBe(judgementOf(verdict));
            if (verdict.ok) expected |= bit;
          }
          expect(judgeBitsOf(caveat, { ...a }, ACTION_BITS, candidates)).toBe(
            expected & candidates
          );
          // Again on the same object, as the probes ask: no state may leak between calls.
          expect(judgeBitsOf(caveat, a, ACTION_BITS, candidates)).toBe(expected & candidates);
          expect(judgeOf(caveat, { ...a, action: 1 }) === ALLOWED).toBe((expected & 1) !== 0);
        }
      }),
      { numRuns: 150 }
    );
  });

  it('specifiedBits names exactly the bits prohibits does not call unspecified', () => {
    const withSpecified = caveats.filter(c => c.specifiedBits !== undefined);
    // Organization, the resource sets and IfPresent (so IfPresent judges all bits at once).
    expect(new Set(withSpecified.map(c => c.name))).toEqual(
      new Set(['Organization', 'Apps', 'FeatureSet', 'Clusters', 'IfPresent'])
    );
    fc.assert(
      fc.property(access, fc.integer({ min: 0, max: 31 }), (partial, candidates) => {
        for (const caveat of withSpecified) {
          let expected = 0;
          for (const bit of ACTION_BITS) {
            const verdict = caveat.prohibits({ action: bit, ...partial });
            if (verdict.ok || !verdict.unspecified) expected |= bit;
          }
          const a: NormalizedAccess = { action: 0, ...partial };
          expect(caveat.specifiedBits?.(a, candidates)).toBe(expected & candidates);
        }
      }),
      { numRuns: 150 }
    );
  });

  it('allowedMask equals the per-bit conjunction of prohibits over a caveat list', () => {
    fc.assert(
      fc.property(access, fc.subarray(caveats, { maxLength: 6 }), (partial, list) => {
        let expected = 0;
        for (const bit of ACTION_BITS) {
          const a = { ...partial, action: bit };
          const checked = list.filter(c => !c.isAttestation && !c.verificationOnly);
          if (checked.every(c => c.prohibits(a).ok)) expected |= bit;
        }
        const shapeOk = allowedMask([], partial) !== 0;
        expect(allowedMask(list, partial)).toBe(shapeOk ? expected : 0);
      }),
      { numRuns: 400 }
    );
  });
});
