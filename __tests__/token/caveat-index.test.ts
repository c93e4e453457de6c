import fc from 'fast-check';
import { BytesTable, sameBytes } from '../../src/token/bytes-table.js';
import { caveatIndex } from '../../src/token/caveat-index.js';
import { allCaveats } from '../../src/token/caveats/caveat.js';
import { ThirdPartyCaveat } from '../../src/token/caveats/third-party.js';
import { ValidityWindowCaveat } from '../../src/token/caveats/validity-window.js';
import { namedResources } from '../../src/token/facts.js';
import { decodeToken } from '../../src/token/index.js';
import type { Macaroon } from '../../src/token/macaroon.js';
import { cav, fm2, loadVectors } from './support.js';

const nested = fm2({
  caveats: [
    cav.org(1, 31),
    cav.window(1_000, 2_000),
    cav.thirdParty('https://auth.fly.io', Uint8Array.of(1, 2, 3)),
    cav.ifPresent([cav.apps([[7, 31]]), cav.window(1_500, 1_800)], 1),
    cav.ifPresent([cav.ifPresent([cav.thirdParty('https://x.example', Uint8Array.of(4))], 2)], 4)
  ]
});

function macaroonsOf(header: string): Macaroon[] {
  return decodeToken(header).macaroons;
}

describe('caveatIndex', () => {
  const macaroons = [...loadVectors().map(v => v.header_form), nested].flatMap(macaroonsOf);

  it('lists every caveat, nested ones included, and sorts out tickets and windows', () => {
    expect(macaroons.length).toBeGreaterThan(30);
    for (const m of macaroons) {
      const all = allCaveats(m.caveats);
      const index = caveatIndex(m);
      expect(index.all).toEqual(all);
      expect(index.tickets).toEqual(all.filter(c => c instanceof ThirdPartyCaveat));
      expect(index.windows).toEqual(all.filter(c => c instanceof ValidityWindowCaveat));
    }
  });

  it('finds tickets and windows inside nested IfPresent caveats', () => {
    const [m] = macaroonsOf(nested);
    const index = caveatIndex(m as Macaroon);
    expect(index.tickets.map(t => t.location)).toEqual([
      'https://auth.fly.io',
      'https://x.example'
    ]);
    expect(index.windows.map(w => Number(w.notAfter))).toEqual([2_000, 1_800]);
  });

  it('is built once per macaroon and kept out of its data', () => {
    const [m] = macaroonsOf(nested) as [Macaroon];
    const keysBefore = Object.keys(m);
    const json = JSON.stringify(m, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
    expect(caveatIndex(m)).toBe(caveatIndex(m));
    expect(namedResources(m)).toBe(namedResources(m));
    expect(Object.keys(m)).toEqual(keysBefore);
    expect(JSON.stringify(m, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))).toBe(
      json
    );
  });

  it('serves frozen macaroons too (kept aside, not on the object)', () => {
    const [m] = macaroonsOf(nested) as [Macaroon];
    const { nonce, location, caveats, tail, unregisteredTypes } = m;
    const frozen: Macaroon = Object.freeze({ nonce, location, caveats, tail, unregisteredTypes });
    const index = caveatIndex(frozen);
    expect(index).toBe(caveatIndex(frozen));
    expect(index.all).toEqual(allCaveats(m.caveats));
  });
});

describe('BytesTable', () => {
  const bytes = fc.uint8Array({ maxLength: 6 });

  it('finds exactly what was added under equal bytes, in order, with few or many entries', () => {
    fc.assert(
      fc.property(fc.array(bytes, { maxLength: 40 }), bytes, (keys, probe) => {
        const table = new BytesTable<number>();
        keys.forEach((key, i) => table.add(key, i));
        const expected = keys.flatMap((key, i) => (sameBytes(key, probe) ? [i] : []));
        expect(table.all(probe)).toEqual(expected);
        expect(table.has(probe)).toBe(expected.length > 0);
        // Every key finds itself, whichever lookup (scan or hex map) the size chose.
        keys.forEach((key, i) => expect(table.all(key)).toContain(i));
      }),
      { numRuns: 300 }
    );
  });

  it('tells keys apart that a hex rendering would not confuse either', () => {
    const table = new BytesTable<string>();
    for (let i = 0; i < 20; i++) table.add(Uint8Array.of(i, 0), `k${i}`);
    expect(table.all(Uint8Array.of(1, 0))).toEqual(['k1']);
    expect(table.has(Uint8Array.of(1))).toBe(false);
    expect(table.has(Uint8Array.of(0x10))).toBe(false);
  });
});
