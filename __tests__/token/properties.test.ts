// Robustness properties of the public API (a small sample; `npm run fuzz` runs many more).
import fc from 'fast-check';
import { inspectToken } from '../../src/token/index.js';
import { callEverything, expectConsistent, mutate, mutation } from './invariants.js';
import { cav, fm2, loadVectors } from './support.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const usable = loadVectors().filter(v => v.truth.kind !== 'malformed');
describe('public API never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.string({ unit: fc.constantFrom(...'fm2_FlyV1 ,=+/AZaz09\n') })
        ),
        input => {
          expectConsistent(callEverything(input), input);
        }
      ),
      { numRuns: RUNS }
    );
  });

  it('on arbitrary bytes as an fm2_ body', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), bytes => {
        const input = `FlyV1 fm2_${Buffer.from(bytes).toString('base64')}`;
        const inspection = callEverything(input);
        expectConsistent(inspection, input);
        if (inspection.kind !== 'malformed') expect(inspection.macaroonCount).toBe(1);
      }),
      { numRuns: RUNS }
    );
  });

  it('on macaroon-shaped bytes (valid head, random rest)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 256 }), rest => {
        const bytes = Uint8Array.of(0x94, 0x93, 0xc4, ...rest);
        const input = `fm2_${Buffer.from(bytes).toString('base64')}`;
        expectConsistent(callEverything(input), input);
      }),
      { numRuns: RUNS }
    );
  });
});

describe('damaged vector tokens', () => {
  it('a one-character mutation is malformed with a problem, or decodes consistently', () => {
    const entries = fc.constantFrom(...usable);
    fc.assert(
      fc.property(entries, mutation, (v, m) => {
        const input = mutate(v.header_form, m);
        const inspection = callEverything(input);
        expectConsistent(inspection, input);
        if (inspection.kind === 'malformed') {
          expect(inspection.problems.some(p => p.fatal)).toBe(true);
        }
      }),
      { numRuns: RUNS }
    );
  });

  it('a token cut anywhere inside its last piece is malformed', () => {
    const cuts = fc.constantFrom(...usable).chain(v => {
      const trimmed = v.header_form.trim();
      const last = trimmed.length - trimmed.lastIndexOf(',') - 1;
      const lastPiece = Math.min(last, trimmed.length - trimmed.lastIndexOf(' ') - 1);
      return fc.tuple(
        fc.constant(trimmed),
        fc.integer({ min: 1, max: Math.max(1, lastPiece - 1) })
      );
    });
    fc.assert(
      fc.property(cuts, ([trimmed, cut]) => {
        const input = trimmed.slice(0, trimmed.length - cut);
        const inspection = callEverything(input);
        expect(inspection.kind).toBe('malformed');
        expect(inspection.problems.some(p => p.fatal)).toBe(true);
      }),
      { numRuns: RUNS }
    );
  });
});

describe('large hostile inputs complete', () => {
  const body = Buffer.alloc(45_000, 0x91).toString('base64'); // 45 000 nested one-element arrays
  it.each([
    [
      'random-looking base64',
      `FlyV1 fm2_${Buffer.from(Array.from({ length: 45_000 }, (_, i) => (i * 7919) % 251)).toString('base64')}`
    ],
    ['deeply nested msgpack', `fm2_${body}`],
    ['a long run of schemes', 'FlyV1 '.repeat(10_000) + 'fm2_AAAA'],
    ['a long run of commas', ','.repeat(61_000)],
    [
      'a huge caveat array',
      `fm2_${Buffer.from([0x94, 0x93, 0xc4, 0, 0xc4, 0, 0xc2, 0xa0, 0xdc, 0xea, 0x60, ...new Array<number>(60_000).fill(0)]).toString('base64')}`
    ]
  ])('%s', (_what, input) => {
    expect(input.length).toBeGreaterThan(50_000);
    const inspection = callEverything(input);
    expect(inspection.problems.length).toBeGreaterThan(0);
  });

  it('many permission tokens sharing one huge discharge stay bounded (and say so)', () => {
    const ticket = Uint8Array.of(1);
    const permission = fm2({ kid: Uint8Array.of(2), caveats: [cav.thirdParty('', ticket)] });
    const discharge = fm2({
      kid: ticket,
      proof: true,
      location: 'https://auth.fly.io',
      caveats: Array.from({ length: 3000 }, (_, i) => cav.isUser(i))
    });
    const input = `FlyV1 ${[...new Array<string>(120).fill(permission), discharge].join(',')}`;
    expect(input.length).toBeGreaterThan(40_000);
    const inspection = inspectToken(input);
    expect(inspection.macaroonCount).toBe(121);
    expect(inspection.dischargePaired).toBe(true);
    expect(inspection.problems.map(p => p.code)).toContain('analysis-limited');
  });

  it('thousands of apps are listed, and the first 64 probed', () => {
    const apps = cav.apps(Array.from({ length: 3000 }, (_, i) => [i + 1, 31] as [number, number]));
    const inspection = inspectToken(fm2({ caveats: [cav.org(1, 31), apps] }));
    expect(inspection.appIds).toHaveLength(3000);
    expect(Object.keys(inspection.appAccess)).toHaveLength(64);
    expect(inspection.appAccess['1']).toBe('rwcdC');
    expect(inspection.problems.map(p => p.code)).toContain('analysis-limited');
  });

  it('a 60 KiB bundle of many caveats is analysed, not refused', () => {
    const caveats = [0x00, 0x92, 0x01, 0x1f]; // Organization{1, rwcdC}
    const count = 8000;
    const flat: number[] = [];
    for (let i = 0; i < count; i++) flat.push(...caveats);
    const bytes = [
      0x94,
      0x93,
      0xc4,
      1,
      1,
      0xc4,
      0,
      0xc2,
      0xb5,
      ...Buffer.from('https://api.fly.io/v1'),
      0xdc,
      (count * 2) >> 8,
      (count * 2) & 0xff,
      ...flat,
      0xc4,
      0
    ];
    const inspection = inspectToken(`fm2_${Buffer.from(bytes).toString('base64')}`);
    expect(inspection.kind).toBe('org');
    expect(inspection.tokens[0]?.caveats).toHaveLength(count);
  });
});
