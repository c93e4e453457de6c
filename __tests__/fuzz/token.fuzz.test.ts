// Heavy fuzzing of the token engine (`npm run fuzz`; FUZZ_RUNS sets the number of runs).
// The same invariants as __tests__/token/properties.test.ts, on a much larger and
// structure-aware input space: random macaroons, random caveats, random byte damage.
import fc from 'fast-check';
import { allows, decodeCaveatSet, inspectToken } from '../../src/token/index.js';
import type { TokenAccess } from '../../src/token/index.js';
import { callEverything, expectConsistent, mutate, mutation } from '../token/invariants.js';
import { cav, fm2, loadVectors, macaroonBytes, mp, MpMap, type Mp } from '../token/support.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const TIMEOUT = Math.max(30_000, RUNS * 10);
const usable = loadVectors().filter(v => v.truth.kind !== 'malformed');

const mpValue: fc.Arbitrary<Mp> = fc.letrec<{ value: Mp }>(tie => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -1000, max: 2 ** 31 }),
    fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
    fc.string({ maxLength: 12 }),
    fc.uint8Array({ maxLength: 12 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc
      .array(fc.tuple(fc.oneof(fc.string({ maxLength: 6 }), fc.nat(10)), tie('value')), {
        maxLength: 3
      })
      .map(entries => new MpMap(entries as Array<[Mp, Mp]>))
  )
})).value;

const caveatType = fc.oneof(
  fc.integer({ min: 0, max: 40 }),
  fc.constantFrom(65536n, 2n ** 32n, 2n ** 48n, 2n ** 64n - 1n)
);
const wellFormed: fc.Arbitrary<[number, Mp]> = fc.oneof(
  fc.tuple(fc.nat(10), fc.nat(31)).map(([o, a]) => cav.org(o, a)),
  fc.array(fc.tuple(fc.nat(5), fc.nat(31)), { maxLength: 3 }).map(e => cav.apps(e)),
  fc
    .array(fc.tuple(fc.constantFrom('builder', 'wg', 'x', ''), fc.nat(31)), { maxLength: 3 })
    .map(e => cav.features(e)),
  fc
    .array(fc.tuple(fc.constantFrom('db', ''), fc.nat(31)), { maxLength: 2 })
    .map(e => cav.clusters(e)),
  fc.nat(31).map(a => cav.action(a)),
  fc.tuple(fc.integer(), fc.integer()).map(([a, b]) => cav.window(a, b)),
  fc
    .array(fc.tuple(fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }), fc.boolean()), {
      maxLength: 2
    })
    .map(r => cav.commands(r)),
  fc
    .array(fc.constantFrom('issueCertificate', 'deleteApp'), { maxLength: 2 })
    .map(m => cav.mutations(m))
);
const anyCaveat: fc.Arbitrary<[number | bigint, Mp]> = fc.oneof(
  wellFormed,
  fc.tuple(caveatType, mpValue),
  fc
    .tuple(fc.array(wellFormed, { maxLength: 3 }), fc.nat(31))
    .map(([ifs, e]) => cav.ifPresent(ifs, e))
);

describe('fuzz: token engine', () => {
  it(
    'arbitrary strings',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 500 })),
          input => {
            expectConsistent(callEverything(input), input);
          }
        ),
        { numRuns: RUNS }
      );
    },
    TIMEOUT
  );

  it(
    'random macaroons with random caveats',
    () => {
      fc.assert(
        fc.property(
          fc.array(anyCaveat, { maxLength: 8 }),
          fc.uint8Array({ maxLength: 20 }),
          fc.boolean(),
          fc.constantFrom('https://api.fly.io/v1', 'https://api.fly.io/aaa/v1', 'elsewhere'),
          (caveats, kid, proof, location) => {
            const input = `FlyV1 ${fm2({ caveats, kid, proof, location })}`;
            const inspection = callEverything(input);
            expectConsistent(inspection, input);
            if (inspection.kind !== 'malformed') {
              expect(inspection.tokens[0]?.caveats).toHaveLength(caveats.length);
            }
          }
        ),
        { numRuns: RUNS }
      );
    },
    TIMEOUT
  );

  it(
    'byte damage inside valid macaroons',
    () => {
      fc.assert(
        fc.property(
          fc.array(wellFormed, { minLength: 1, maxLength: 6 }),
          fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 4 }),
          (caveats, hits) => {
            const bytes = macaroonBytes({ caveats });
            for (const [at, value] of hits) bytes[at % bytes.length] = value;
            const input = `fm2_${Buffer.from(bytes).toString('base64')}`;
            expectConsistent(callEverything(input), input);
          }
        ),
        { numRuns: RUNS }
      );
    },
    TIMEOUT
  );

  it(
    'several mutations of real vector tokens',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...usable),
          fc.array(mutation, { minLength: 1, maxLength: 5 }),
          (v, ms) => {
            const input = ms.reduce((text, m) => mutate(text, m), v.header_form);
            const inspection = callEverything(input);
            expectConsistent(inspection, input);
          }
        ),
        { numRuns: RUNS }
      );
    },
    TIMEOUT
  );

  it(
    'attenuation never widens access',
    () => {
      const access: fc.Arbitrary<TokenAccess> = fc.record(
        {
          orgId: fc.nat(10),
          appId: fc.nat(5),
          feature: fc.constantFrom('builder', 'wg', 'x', 'litefs-cloud'),
          cluster: fc.constantFrom('db', 'other'),
          machine: fc.constant('m'),
          command: fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }),
          mutation: fc.constantFrom('issueCertificate', 'deleteApp')
        },
        { requiredKeys: ['orgId'] }
      );
      const decode = (list: Array<[number | bigint, Mp]>) => {
        try {
          return decodeCaveatSet(mp(list.flatMap(([t, b]) => [t, b] as Mp[])), {
            onUnregistered: () => {}
          });
        } catch {
          return null; // a malformed body: nothing to compare
        }
      };
      fc.assert(
        fc.property(fc.array(anyCaveat, { maxLength: 5 }), anyCaveat, access, (base, extra, a) => {
          const before = decode(base);
          const after = decode([...base, extra]);
          if (!before || !after) return;
          const wider = [...allows(after, a)].filter(l => !allows(before, a).includes(l));
          expect(wider).toEqual([]);
        }),
        { numRuns: RUNS }
      );
    },
    TIMEOUT
  );

  it(
    'inspections stay JSON-round-trippable',
    () => {
      fc.assert(
        fc.property(fc.array(anyCaveat, { maxLength: 6 }), caveats => {
          const inspection = inspectToken(fm2({ caveats }));
          expect(JSON.parse(JSON.stringify(inspection))).toEqual(inspection);
        }),
        { numRuns: RUNS }
      );
    },
    TIMEOUT
  );
});
