// Byte-level agreement with Fly's Go library: re-encoding round-trips, the msgpack writer picks
// the smallest forms, and the caveats we append are byte-identical to the ones flyctl appended
// in the vectors (minted with the real library).
import { decode } from '@msgpack/msgpack';
import fc from 'fast-check';
import {
  authorizationHeader,
  caveatBytes,
  deployCaveat,
  joinMacaroon,
  splitMacaroon,
  SSH_MUTATIONS
} from '../../src/token/attenuate/index.js';
import { array, mapHeader, scalar } from '../../src/token/attenuate/msgpack-write.js';
import { loadVectors, vector } from '../support/vectors.js';
import { APP, headerMacaroons } from './support.js';

const runs = Number(process.env.FUZZ_RUNS ?? 200);
const decodable = loadVectors().filter(
  v => v.truth.kind !== 'malformed' && v.truth.decodes !== false
);

interface TruthCaveat {
  name: string;
  body_msgpack_hex: string;
}
function caveatsOf(name: string, token = 0): TruthCaveat[] {
  const tokens = vector(name).truth.tokens as Array<{ caveats: TruthCaveat[] }>;
  return (tokens[token] as { caveats: TruthCaveat[] }).caveats;
}
function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

describe('re-encoding', () => {
  it.each(decodable.map(v => [v.name, v] as const))(
    '%s: every macaroon round-trips byte for byte',
    (_name, v) => {
      const pieces = v.token.split(',').filter(p => p.startsWith('fm'));
      expect(pieces.length).toBeGreaterThan(0);
      for (const piece of pieces) {
        const bytes = Buffer.from(piece.slice(piece.indexOf('_') + 1), 'base64');
        const parts = splitMacaroon(bytes);
        expect(parts).not.toBeNull();
        expect(Buffer.from(joinMacaroon(parts!)).equals(bytes)).toBe(true);
      }
    }
  );

  it('an fm2 header re-encodes to the same string', () => {
    const org = vector('org_full');
    expect(org.header_form.startsWith('FlyV1 fm2_')).toBe(true);
    const bytes = org.token.split(',').map(p => splitMacaroon(Buffer.from(p.slice(4), 'base64'))!);
    expect(authorizationHeader(bytes.map(joinMacaroon))).toBe(org.header_form);
  });

  it('relabels legacy fm1r/fm1a pieces as fm2 without touching their bytes', () => {
    const legacy = vector('legacy_prefixes_fm1r_fm1a');
    const pieces = legacy.token.split(',');
    const bytes = pieces.map(p => Buffer.from(p.slice(p.indexOf('_') + 1), 'base64'));
    const header = authorizationHeader(bytes.map(b => joinMacaroon(splitMacaroon(b)!)));
    expect(header).toBe(`FlyV1 ${pieces.map(p => `fm2_${p.slice(p.indexOf('_') + 1)}`).join(',')}`);
  });
});

describe('msgpack writer', () => {
  it('encodes integers in their smallest form (non-negative as unsigned) and decodes back', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(1n << 63n), max: (1n << 64n) - 1n }), n => {
        const bytes = scalar(n);
        const expectedLength =
          n >= 0n
            ? n < 128n
              ? 1
              : n < 256n
                ? 2
                : n < 65536n
                  ? 3
                  : n < 1n << 32n
                    ? 5
                    : 9
            : n >= -32n
              ? 1
              : n >= -128n
                ? 2
                : n >= -32768n
                  ? 3
                  : n >= -(1n << 31n)
                    ? 5
                    : 9;
        expect(bytes.length).toBe(expectedLength);
        if (n >= 0n)
          expect(bytes[0]! < 0x80 || (bytes[0]! >= 0xcc && bytes[0]! <= 0xcf)).toBe(true);
        expect(BigInt(decode(bytes, { useBigInt64: true }) as number | bigint)).toBe(n);
      }),
      { numRuns: runs }
    );
  });

  it('refuses integers outside int64/uint64', () => {
    expect(() => scalar(1n << 64n)).toThrow(RangeError);
    expect(() => scalar(-(1n << 63n) - 1n)).toThrow(RangeError);
  });

  it('picks fix/8/16-bit headers for strings, bins, arrays and maps by length', () => {
    expect(scalar('a'.repeat(31))[0]).toBe(0xbf);
    expect([...scalar('a'.repeat(32)).subarray(0, 2)]).toEqual([0xd9, 32]);
    expect([...scalar('a'.repeat(256)).subarray(0, 3)]).toEqual([0xda, 1, 0]);
    expect([...scalar(new Uint8Array(32)).subarray(0, 2)]).toEqual([0xc4, 32]);
    expect([...scalar(new Uint8Array(300)).subarray(0, 3)]).toEqual([0xc5, 1, 44]);
    expect(array(Array.from({ length: 15 }, () => scalar(1)))[0]).toBe(0x9f);
    expect([...array(Array.from({ length: 16 }, () => scalar(1))).subarray(0, 3)]).toEqual([
      0xdc, 0, 16
    ]);
    expect(mapHeader(15)[0]).toBe(0x8f);
    expect([...mapHeader(16)]).toEqual([0xde, 0, 16]);
    const text = 'é'.repeat(20); // 40 UTF-8 bytes: the length counts bytes, not characters
    expect(decode(scalar(text))).toBe(text);
    expect([...scalar(text).subarray(0, 2)]).toEqual([0xd9, 40]);
  });
});

describe('caveat bytes match what flyctl appended (vectors minted with the Go library)', () => {
  it('deploy: the server deploy layout for one app', () => {
    const ifPresent = caveatsOf('deploy_app').find(c => c.name === 'IfPresent')!;
    expect(hex(deployCaveat([BigInt(APP)]).body)).toBe(ifPresent.body_msgpack_hex);
    expect(deployCaveat([BigInt(APP)]).type).toBe(13n);
  });

  it('deploy for several apps keeps one Apps map with sorted ids', () => {
    const body = deployCaveat([9n, 4455667n, 300n]).body;
    const value = decode(body) as [unknown[], number];
    const apps = (value[0][1] as [Map<number, number> | Record<string, number>])[0];
    expect(Object.keys(apps)).toEqual(['9', '300', '4455667']);
    expect(hex(body)).toBe(hex(deployCaveat([4455667n, 9n, 300n]).body));
  });

  it('readonly: Organization{org, r}', () => {
    const readonly = caveatsOf('org_readonly')[2]!;
    expect(readonly.name).toBe('Organization');
    expect(hex(caveatBytes.organizationCaveat(918273n, 1).body)).toBe(readonly.body_msgpack_hex);
  });

  it('readonly --from-existing: the ValidityWindow', () => {
    const window = caveatsOf('org_readonly_from_existing_720h')[3]!;
    expect(window.name).toBe('ValidityWindow');
    const [nb, na] = decode(Buffer.from(window.body_msgpack_hex, 'hex')) as [number, number];
    expect(hex(caveatBytes.validityWindowCaveat(BigInt(nb), BigInt(na)).body)).toBe(
      window.body_msgpack_hex
    );
  });

  it('a 100-year window past 2^32 uses uint64, as the Go library wrote it', () => {
    const window = caveatsOf('deploy_dashboard_100y', 1)[0]!;
    const [nb, na] = decode(Buffer.from(window.body_msgpack_hex, 'hex'), { useBigInt64: true }) as [
      bigint,
      bigint
    ];
    expect(hex(caveatBytes.validityWindowCaveat(BigInt(nb), BigInt(na)).body)).toBe(
      window.body_msgpack_hex
    );
  });

  it('machine-exec: IfPresent{Commands} for exact and prefix commands, and for any command', () => {
    const exact = caveatsOf('machine_exec_commands')[3]!;
    const commands = caveatBytes.commandsCaveat([
      { args: ['ls', '-la', '/data'], exact: true },
      { args: ['cat'], exact: false }
    ]);
    expect(hex(caveatBytes.ifPresentCaveat([commands], 1).body)).toBe(exact.body_msgpack_hex);
    const any = caveatsOf('machine_exec_any_command')[3]!;
    const anyCommand = caveatBytes.commandsCaveat([{ args: [], exact: false }]);
    expect(hex(caveatBytes.ifPresentCaveat([anyCommand], 1).body)).toBe(any.body_msgpack_hex);
  });

  it('ssh: Action{r} on one token, Mutations on the other', () => {
    expect(hex(caveatBytes.actionCaveat(1).body)).toBe(
      caveatsOf('ssh_app', 0)[3]!.body_msgpack_hex
    );
    expect(hex(caveatBytes.mutationsCaveat(SSH_MUTATIONS).body)).toBe(
      caveatsOf('ssh_app', 1)[3]!.body_msgpack_hex
    );
  });

  it('wireguard: an empty Apps map (not every app)', () => {
    const wg = caveatsOf('wireguard_org')[2]!;
    const body = caveatBytes.ifPresentCaveat(
      [caveatBytes.appsCaveat([]), caveatBytes.featureSetCaveat([['wg', 31]])],
      1
    ).body;
    expect(hex(body)).toBe(wg.body_msgpack_hex);
  });

  it('the test helper reads the same caveats as the vectors list', () => {
    const m = headerMacaroons(vector('ssh_app').token);
    expect(m.map(x => x.caveats.length)).toEqual([4, 4, 4]);
  });
});
