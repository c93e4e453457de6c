// attenuate(): reproduces what flyctl appends, extends the signature chain correctly (checked from
// scratch with the vectors' fake signing key), keeps discharges byte for byte, and the decoder
// reports the result as the kind that was asked for, with the short expiry.
import { createHash, createHmac } from 'node:crypto';
import { attenuate, type AttenuationRequest } from '../../src/token/attenuate/index.js';
import { checkAccess, decodeToken, inspectToken } from '../../src/token/index.js';
import { vector } from '../support/vectors.js';
import {
  APP,
  CLOCK,
  ORG,
  OTHER_APP,
  PERMISSION_LOCATION,
  baseOf,
  chainTails,
  headerMacaroons,
  signatureValid,
  type RawMacaroon
} from './support.js';

const NOW = new Date(CLOCK * 1000);
const TTL = 30 * 60;

function ok(input: string, request: Partial<AttenuationRequest>, now = NOW) {
  const result = attenuate(
    input,
    { appIds: [APP], access: 'deploy', ttlSeconds: TTL, ...request },
    now
  );
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
}

function permissions(header: string): RawMacaroon[] {
  return headerMacaroons(header).filter(m => m.location === PERMISSION_LOCATION);
}

function discharges(header: string): RawMacaroon[] {
  return headerMacaroons(header).filter(m => m.location !== PERMISSION_LOCATION);
}

/** `0x92 || 04 || [now - 60, now + ttl]`, the window caveat we expect last. */
function expectedWindow(now: number, ttl: number): Buffer {
  const u32 = (n: number) =>
    Buffer.from([0xce, (n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
  return Buffer.concat([Buffer.from([0x04, 0x92]), u32(now - 60), u32(now + ttl)]);
}

describe('the signature chain', () => {
  it.each([
    'org_full',
    'deploy_app',
    'org_bare_single',
    'ssh_app',
    'machine_exec_any_command',
    'org_readonly'
  ])(
    '%s: every new permission token verifies with the signing key, recomputed from scratch',
    name => {
      const input = vector(name).token;
      const own: Record<string, Partial<AttenuationRequest>> = {
        org_readonly: { access: 'readonly', appIds: [] },
        ssh_app: { access: 'ssh' },
        machine_exec_any_command: { access: 'machine-exec' }
      };
      const result = ok(input, own[name] ?? {});
      const perms = permissions(result.header);
      expect(perms.length).toBeGreaterThan(0);
      for (const m of perms) expect(signatureValid(m)).toBe(true);
    }
  );

  it('each appended caveat extends the previous tail: HMAC(tail, 0x92 || caveat)', () => {
    const input = vector('org_full').token;
    const original = permissions(input)[0]!;
    const narrowed = permissions(ok(input, {}).header)[0]!;
    expect(narrowed.caveats.slice(0, original.caveats.length)).toEqual(original.caveats);
    let tail = original.tail;
    for (const caveat of narrowed.caveats.slice(original.caveats.length)) {
      tail = createHmac('sha256', tail)
        .update(Buffer.concat([Buffer.from([0x92]), caveat]))
        .digest();
    }
    expect(tail.equals(narrowed.tail)).toBe(true);
    expect(narrowed.nonce.equals(original.nonce)).toBe(true);
  });

  it('a token with a flipped byte in an appended caveat no longer verifies', () => {
    const narrowed = permissions(ok(vector('org_full').token, {}).header)[0]!;
    const caveats = narrowed.caveats.map(c => Buffer.from(c));
    const last = caveats.at(-1)!;
    last[last.length - 1] = (last[last.length - 1] as number) ^ 1;
    expect(signatureValid({ ...narrowed, caveats })).toBe(false);
  });
});

describe('attenuating again', () => {
  it('narrows further each time; past 7 caveats the caveat array takes an array16 header', () => {
    let header = vector('org_full').token;
    for (let step = 0; step < 5; step++) {
      const at = new Date((CLOCK + step * 60) * 1000);
      header = ok(header, { ttlSeconds: 3600 - step * 300 }, at).header;
    }
    const [perm] = permissions(header);
    // 2 original + the deploy IfPresent once (repeats are skipped) + 5 windows.
    expect(perm!.caveats).toHaveLength(8);
    const caveatArrayAt = perm!.bytes.indexOf(Buffer.from('https://api.fly.io/v1')) + 21;
    expect([...perm!.bytes.subarray(caveatArrayAt, caveatArrayAt + 3)]).toEqual([0xdc, 0, 16]);
    expect(signatureValid(perm!)).toBe(true);
    const inspection = inspectToken(header);
    expect(inspection.kind).toBe('deploy');
    // The earliest window wins: the last step's (now = CLOCK + 240, ttl = 2400).
    expect(Date.parse(inspection.expiresAt!) / 1000).toBe(CLOCK + 240 + 2400);
  });
});

describe('discharges', () => {
  it('are kept byte for byte, after the permission tokens, still bound to the original tail', () => {
    const input = vector('deploy_app').token;
    const result = ok(input, {});
    const before = discharges(input);
    const after = discharges(result.header);
    expect(after.map(d => d.bytes.toString('hex'))).toEqual(
      before.map(d => d.bytes.toString('hex'))
    );
    const pieces = result.header.slice('FlyV1 '.length).split(',');
    expect(pieces).toHaveLength(2);
    expect(headerMacaroons(`FlyV1 ${pieces[1]}`)[0]!.location).not.toBe(PERMISSION_LOCATION);

    // BindToParentToken = SHA-256(tail)[0:16] of a tail in the new chain: the original one.
    // Its caveat bytes are `0c c4 10 <16 bytes>`.
    const binding = after[0]!.caveats.find((_, i) => after[0]!.types[i] === 12n)!.subarray(3);
    expect(binding).toHaveLength(16);
    const perm = permissions(result.header)[0]!;
    const tails = chainTails(perm);
    const bound = tails.findIndex(t =>
      createHash('sha256').update(t).digest().subarray(0, 16).equals(binding)
    );
    expect(bound).toBe(permissions(input)[0]!.caveats.length);
    expect(bound).toBeLessThan(tails.length - 1);
  });
});

describe('reproduces flyctl (vectors minted by the Go library from a fresh base token)', () => {
  const now = CLOCK;

  it('readonly from an org token: + Organization{org, r}, then our window', () => {
    const { base, vectorMacaroons } = baseOf('org_readonly', 1);
    const result = ok(base, { access: 'readonly', appIds: [] });
    const [perm] = permissions(result.header);
    const flyctl = vectorMacaroons.find(m => m.location === PERMISSION_LOCATION)!;
    expect(perm!.caveats.slice(0, -1)).toEqual(flyctl.caveats);
    expect(perm!.caveats.at(-1)!.equals(expectedWindow(now, TTL))).toBe(true);
    // Same chain as flyctl's up to its last caveat: our window extends flyctl's very tail.
    const expectedTail = createHmac('sha256', flyctl.tail)
      .update(Buffer.concat([Buffer.from([0x92]), expectedWindow(now, TTL)]))
      .digest();
    expect(perm!.tail.equals(expectedTail)).toBe(true);
  });

  it('machine-exec (any command) from a deploy token: the deploy IfPresent is not repeated', () => {
    const { base, vectorMacaroons } = baseOf('machine_exec_any_command', 1);
    const result = ok(base, { access: 'machine-exec' });
    const [perm] = permissions(result.header);
    const flyctl = vectorMacaroons.find(m => m.location === PERMISSION_LOCATION)!;
    expect(perm!.caveats.slice(0, -1)).toEqual(flyctl.caveats);
    const expectedTail = createHmac('sha256', flyctl.tail)
      .update(Buffer.concat([Buffer.from([0x92]), expectedWindow(now, TTL)]))
      .digest();
    expect(perm!.tail.equals(expectedTail)).toBe(true);
  });

  it('ssh from a deploy token: two permission tokens (Action r, Mutations), one shared discharge', () => {
    const { base, vectorMacaroons } = baseOf('ssh_app', 1);
    const result = ok(base, { access: 'ssh' });
    const perms = permissions(result.header);
    const flyctl = vectorMacaroons.filter(m => m.location === PERMISSION_LOCATION);
    expect(perms).toHaveLength(2);
    perms.forEach((perm, i) => {
      expect(perm.caveats.slice(0, -1)).toEqual(flyctl[i]!.caveats);
      const expectedTail = createHmac('sha256', flyctl[i]!.tail)
        .update(Buffer.concat([Buffer.from([0x92]), expectedWindow(now, TTL)]))
        .digest();
      expect(perm.tail.equals(expectedTail)).toBe(true);
    });
    expect(discharges(result.header)).toHaveLength(1);
  });

  it('deploy from an org token: the IfPresent of a server-issued deploy token', () => {
    const result = ok(vector('org_full').token, {});
    const [perm] = permissions(result.header);
    const serverDeploy = permissions(vector('deploy_app').token)[0]!;
    expect(perm!.caveats[2]!.equals(serverDeploy.caveats[2]!)).toBe(true);
    expect(perm!.caveats).toHaveLength(4);
  });
});

describe('what the decoder makes of the result', () => {
  it('an org token narrowed to one app is a deploy token with the short expiry', () => {
    const result = ok(vector('org_full').token, {});
    const inspection = inspectToken(result.header);
    expect(inspection.kind).toBe('deploy');
    expect(inspection.appIds).toEqual([APP]);
    expect(inspection.appAccess[APP]).toBe('rwcdC');
    expect(inspection.orgAccess).toBe('r');
    expect(inspection.expiresAt).toBe(
      new Date((CLOCK + TTL) * 1000).toISOString().replace('.000Z', 'Z')
    );
    expect(result.expiresAt).toBe(inspection.expiresAt);
    expect(result.inspection.kind).toBe('deploy');
    expect(inspection.problems.filter(p => p.fatal)).toEqual([]);
  });

  it('several apps: one deploy token for all of them, none for other apps', () => {
    const result = ok(vector('org_full').token, { appIds: [APP, '777'] });
    expect(result.inspection.kind).toBe('deploy');
    expect(result.inspection.appIds).toEqual(['777', APP]);
    expect(Object.values(result.inspection.appAccess)).toEqual(['rwcdC', 'rwcdC']);
    const decoded = decodeToken(result.header);
    expect(checkAccess(decoded, { action: 'r', orgId: ORG, appId: OTHER_APP }).allowed).toBe(false);
  });

  it.each<[string, Partial<AttenuationRequest>, string]>([
    ['readonly', { access: 'readonly', appIds: [] }, 'readonly'],
    ['ssh', { access: 'ssh' }, 'ssh'],
    ['machine-exec', { access: 'machine-exec', commands: ['ls -la /data'] }, 'machine-exec']
  ])('%s from an org token is classified %s', (_name, request, kind) => {
    const result = ok(vector('org_full').token, request);
    expect(result.inspection.kind).toBe(kind);
  });

  it('machine-exec commands are exact, split like a shell', () => {
    const result = ok(vector('org_full').token, {
      access: 'machine-exec',
      commands: [`cat '/data/my file'`]
    });
    expect(result.inspection.commands).toEqual([{ args: ['cat', '/data/my file'], exact: true }]);
    const decoded = decodeToken(result.header);
    const exec = (command: string[]) =>
      checkAccess(decoded, { action: 'w', orgId: ORG, appId: APP, machine: 'm1', command }).allowed;
    expect(exec(['cat', '/data/my file'])).toBe(true);
    expect(exec(['cat', '/data/my file', '/etc/passwd'])).toBe(false);
    expect(exec(['sh'])).toBe(false);
  });

  it('an existing shorter expiry wins over the requested lifetime', () => {
    const input = vector('org_readonly_from_existing_720h').token;
    const existing = inspectToken(input).expiresAt!;
    const later = new Date(Date.parse(existing) - 600 * 1000);
    const result = ok(input, { access: 'readonly', appIds: [], ttlSeconds: 3600 }, later);
    expect(result.expiresAt).toBe(existing);
  });

  it('the window starts a minute before now (clock skew) and the token works at now', () => {
    const result = ok(vector('org_full').token, {});
    expect(result.inspection.notBefore).toBe(
      new Date((CLOCK - 60) * 1000).toISOString().replace('.000Z', 'Z')
    );
    const decoded = decodeToken(result.header);
    const at = (seconds: number) =>
      checkAccess(decoded, { action: 'w', orgId: ORG, appId: APP, now: new Date(seconds * 1000) })
        .allowed;
    expect(at(CLOCK)).toBe(true);
    expect(at(CLOCK + TTL)).toBe(true);
    expect(at(CLOCK + TTL + 1)).toBe(false);
  });

  it('normalises the input form: Bearer, nested schemes, stray whitespace, legacy labels', () => {
    for (const name of [
      'bearer_scheme',
      'bearer_flyv1_nested_scheme',
      'header_whitespace_newline',
      'legacy_prefixes_fm1r_fm1a'
    ]) {
      const result = ok(vector(name).header_form, {});
      expect(result.header).toMatch(/^FlyV1 fm2_[A-Za-z0-9+/=]+(,fm2_[A-Za-z0-9+/=]+)*$/);
      expect(inspectToken(result.header).formatting).toEqual([]);
    }
  });
});
