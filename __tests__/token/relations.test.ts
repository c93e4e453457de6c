// Offline relations between the macaroons of a bundle: expiry, validity start, creator, identity.
import { inspectToken } from '../../src/token/index.js';
import { nonceEmail } from '../../src/token/uuid.js';
import { cav, fm2, type Mp } from './support.js';

const ORG = 918273;
const iso = (seconds: number): string => new Date(seconds * 1000).toISOString().replace('.000', '');

describe('expiry', () => {
  it('takes the earliest not_after anywhere, IfPresent included, and that window’s length', () => {
    const token = fm2({
      caveats: [
        cav.org(ORG, 31),
        cav.window(1000, 900_000),
        cav.ifPresent([cav.window(5000, 8000)], 31)
      ]
    });
    const inspection = inspectToken(token);
    expect(inspection.expiresAt).toBe(iso(8000));
    expect(inspection.lifetimeSeconds).toBe(3000);
    expect(inspection.notBefore).toBe(iso(5000)); // the latest start of any window
    expect(inspection.tokens[0]?.expiresAt).toBe(iso(8000));
  });

  it('spans permission token and discharge, and keeps windows past 2^32 exact', () => {
    const ticket = Uint8Array.of(7, 7, 7);
    const permission = fm2({
      caveats: [cav.org(ORG, 31), cav.thirdParty('https://api.fly.io/aaa/v1', ticket)]
    });
    const far = 4905657292n; // 2125, encoded as uint64
    const discharge = fm2({
      kid: ticket,
      proof: true,
      location: 'https://api.fly.io/aaa/v1',
      caveats: [cav.window(1752057262, far), cav.flyioUser(812734), cav.isUser(1)]
    });
    const inspection = inspectToken(`FlyV1 ${permission},${discharge}`);
    expect(inspection.expiresAt).toBe('2125-06-15T10:34:52Z');
    expect(inspection.lifetimeSeconds).toBe(3153600030);
    expect(inspection.tokens[0]?.expiresAt).toBeNull();
    expect(inspection.tokens.map(t => t.pairedWith)).toEqual([[1], [0]]);
  });

  it('clamps absurd windows instead of failing', () => {
    const inspection = inspectToken(fm2({ caveats: [cav.org(ORG, 31), cav.window(0, 2n ** 62n)] }));
    expect(inspection.kind).toBe('org');
    expect(inspection.expiresAt).toMatch(/^\+275760-/);
  });
});

describe('creator and identity', () => {
  it('prefers FlyioUserID in a discharge, else IsUser anywhere', () => {
    const withIsUser = inspectToken(fm2({ caveats: [cav.org(ORG, 31), cav.isUser(42)] }));
    expect(withIsUser.userId).toBe('42');
    expect(inspectToken(fm2({ caveats: [cav.org(ORG, 31)] })).userId).toBeNull();
  });

  it('names the first permission token’s nonce e-mail', () => {
    const kid = Uint8Array.from(Buffer.from('DEV-KID-7'));
    const rnd = new Uint8Array(16).fill(3);
    const inspection = inspectToken(fm2({ kid, rnd, caveats: [cav.org(ORG, 31)] }));
    expect(inspection.identity).toBe(nonceEmail(kid, rnd));
    expect(inspection.identity).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}@tokens\.fly\.io$/
    );
  });
});

describe('pairing discharges with permission tokens', () => {
  const ticket = Uint8Array.of(1, 0);
  const discharge = (kid: Uint8Array, extra: Array<[number, Mp]> = [], proof = true): string =>
    fm2({
      kid,
      proof,
      location: 'https://api.fly.io/aaa/v1',
      caveats: [cav.window(0, 9e9), ...extra]
    });

  it('finds a ticket nested inside IfPresent and pairs its discharge', () => {
    const permission = fm2({
      caveats: [
        cav.org(ORG, 31),
        cav.ifPresent([cav.ifPresent([cav.thirdParty('https://x.example', ticket)], 2)], 4)
      ]
    });
    const inspection = inspectToken(`FlyV1 ${permission},${discharge(ticket)}`);
    expect(inspection.tokens.map(t => [t.role, t.pairedWith])).toEqual([
      ['permission', [1]],
      ['discharge', [0]]
    ]);
    expect(inspection.dischargePaired).toBe(true);
  });

  it('matches a KID to a ticket byte for byte (a prefix is no match)', () => {
    const permission = fm2({
      caveats: [cav.org(ORG, 31), cav.thirdParty('https://auth.fly.io', ticket)]
    });
    const inspection = inspectToken(`FlyV1 ${permission},${discharge(Uint8Array.of(1))}`);
    expect(inspection.dischargePaired).toBe(false);
    expect(inspection.problems.map(p => p.code)).toContain('missing-discharge');
  });

  it('skips a discharge the verifier refuses (an attestation without the proof flag) for the next', () => {
    const permission = fm2({
      caveats: [cav.org(ORG, 31), cav.thirdParty('https://auth.fly.io', ticket)]
    });
    const refused = discharge(ticket, [cav.flyioUser(7)], false);
    const readOnly = discharge(ticket, [cav.org(ORG, 1)]);
    const inspection = inspectToken(`FlyV1 ${permission},${refused},${readOnly}`);
    expect(inspection.tokens.map(t => t.pairedWith)).toEqual([[2], [], [0]]);
    expect(inspection.orgAccess).toBe('r');
    // With only the refused one, Fly rejects the permission token.
    const alone = inspectToken(`FlyV1 ${permission},${refused}`);
    expect(alone.kind).toBe('malformed');
    expect(alone.problems[0]?.message).toMatch(
      /its discharge \(token 2\) is refused: .*FlyioUserID/
    );
  });

  it('keeps other permission tokens when Fly rejects one', () => {
    const rejected = fm2({ caveats: [cav.org(ORG, 31), cav.flyioUser(7)] });
    const readOnly = fm2({ kid: Uint8Array.of(2), caveats: [cav.org(ORG, 1)] });
    const inspection = inspectToken(`FlyV1 ${rejected},${readOnly}`);
    expect(inspection.kind).toBe('readonly');
    expect(inspection.problems).toEqual([
      {
        code: 'rejected-by-fly',
        piece: 0,
        fatal: false,
        message: expect.stringMatching(
          /^Fly rejects permission token 1: .*the others still work$/
        ) as unknown as string
      }
    ]);
    expect(inspection.tokens.map(t => t.role)).toEqual(['permission', 'permission']);
  });
});
