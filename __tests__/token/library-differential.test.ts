// The tokens on which the guard and Fly's own Go library once disagreed
// (__tests__/fixtures/vectors/library-differential, README there): the library's answer, read the
// way Fly's server reads a header (ParseBundle, Verify, Validate), is the truth to match.
import fs from 'node:fs';
import path from 'node:path';
import { checkAccess, decodeToken, inspectToken } from '../../src/token/index.js';
import type { TokenAccess, TokenInspection } from '../../src/token/index.js';
import { vector } from './support.js';

const DIR = path.resolve(process.cwd(), '__tests__/fixtures/vectors/library-differential');

interface GoAccess {
  access: { org: string; app?: string; action: string; now: number };
  allowed: boolean;
}

interface Case {
  header?: string;
  headers?: Record<string, string>;
  go?: { bundle_verify_ok: boolean; accesses: GoAccess[] };
}

function load(file: string): Case {
  return JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as Case;
}

function toAccess({ access }: GoAccess): TokenAccess {
  const out: TokenAccess = {
    orgId: access.org,
    action: access.action,
    now: new Date(access.now * 1000)
  };
  if (access.app !== undefined) out.appId = access.app;
  return out;
}

/** Every access the library answered, asked of the guard: the same answers. */
function expectLibraryAnswers(header: string, accesses: readonly GoAccess[]): void {
  const decoded = decodeToken(header);
  expect(accesses.length).toBeGreaterThan(0);
  for (const check of accesses) {
    expect({
      access: check.access,
      allowed: checkAccess(decoded, toAccess(check)).allowed
    }).toEqual({ access: check.access, allowed: check.allowed });
  }
}

/** What `inspect` says a token can do (caveat bodies left out: the leak guard may redact bytes). */
function accessView(i: TokenInspection): Record<string, unknown> {
  return {
    kind: i.kind,
    orgIds: i.orgIds,
    appAccess: i.appAccess,
    orgAccess: i.orgAccess,
    featureAccess: i.featureAccess,
    expiresAt: i.expiresAt,
    hasDischarge: i.hasDischarge,
    dischargePaired: i.dischargePaired,
    identity: i.identity,
    caveats: i.tokens.map(t => t.caveats.map(c => c.name))
  };
}

describe('over-reports: tokens Fly rejects', () => {
  it.each([
    ['attestation-top-level-in-permission.json', /attestation \(FlyioUserID\)/],
    ['bind-to-parent-in-permission.json', /BindToParentToken/],
    ['window-maxint64.json', /Unix 9223372036854775807.*expired/],
    ['window-near-overflow.json', /Unix 9223371974719179008.*expired/]
  ])('%s: every access is refused and a fatal problem says Fly rejects it', (file, reason) => {
    const entry = load(file);
    const header = entry.header ?? '';
    expect(entry.go?.accesses.every(a => !a.allowed)).toBe(true);
    expectLibraryAnswers(header, entry.go?.accesses ?? []);

    const inspection = inspectToken(header);
    expect(inspection.kind).toBe('malformed');
    expect(inspection.orgAccess).toBeNull();
    expect(inspection.problems).toEqual([
      {
        code: 'rejected-by-fly',
        piece: 0,
        fatal: true,
        message: expect.stringMatching(/^Fly rejects permission token 1: /) as unknown as string
      }
    ]);
    expect(inspection.problems[0]?.message).toMatch(reason);
    expect(inspection.problems[0]?.message).toMatch(/no permission token is left/);
  });

  it('reads a not_after written as a uint64 beyond int64 as Go does: negative, so long expired', () => {
    const decoded = decodeToken(load('window-maxint64.json').header ?? '');
    expect(decoded.malformed).toBe(true);
    // The window's bytes, re-written from 0x7fff... to 0xffff...: Go's int64 reads -1.
    const bytes = Buffer.from(
      (load('window-maxint64.json').header ?? '').replace('FlyV1 fm2_', ''),
      'base64'
    );
    const at = bytes.indexOf(Buffer.from('cf7fffffffffffffff', 'hex'));
    expect(at).toBeGreaterThan(0);
    bytes[at + 1] = 0xff;
    const wrapped = inspectToken(`FlyV1 fm2_${bytes.toString('base64')}`);
    expect(wrapped.kind).toBe('org');
    expect(wrapped.expiresAt).toBe('1969-12-31T23:59:59Z');
    expect(wrapped.tokens[0]?.caveats[1]?.body).toEqual({ not_before: 0, not_after: -1 });
  });
});

describe('under-reports: tokens Fly accepts', () => {
  const orgFull = inspectToken(vector('org_full').header_form);
  const orgFullChecks = vector('org_full').truth.library_verify?.access_checks ?? [];

  it('drops an undecodable extra piece after a valid pair, as the bundle parser does', () => {
    const entry = load('junk-piece-after-valid-pair.json');
    const header = entry.header ?? '';
    expectLibraryAnswers(header, entry.go?.accesses ?? []);
    const inspection = inspectToken(header);
    expect(accessView(inspection)).toEqual(accessView(orgFull));
    expect(inspection.macaroonCount).toBe(2);
    expect(inspection.problems.filter(p => p.fatal)).toEqual([]);
    expect(inspection.formatting).toContainEqual({
      code: 'ignored-piece',
      message: expect.stringMatching(
        /^piece 3 of 3 is malformed: .*Fly's parser drops that piece/
      ) as unknown as string
    });
  });

  it('keeps an unreadable piece fatal when the rest of the token needs it (a cut-off discharge)', () => {
    const inspection = inspectToken(vector('malformed_second_token_bad').header_form);
    expect(inspection.kind).toBe('malformed');
    expect(inspection.formatting.map(f => f.code)).not.toContain('ignored-piece');
  });

  it.each(Object.entries(load('msgpack-str-bin-leniency.json').headers ?? {}))(
    'decodes str and bin written the other way round (%s) as the org token it is',
    (_what, header) => {
      const inspection = inspectToken(header);
      expect(inspection.problems).toEqual([]);
      expect(accessView(inspection)).toEqual(accessView(orgFull));
      for (const check of orgFullChecks) {
        const a = check.access;
        const access: TokenAccess = { action: a.action, orgId: a.orgid, appId: a.appid };
        const now = vector('org_full').truth.access_checks_evaluated_at;
        if (now) access.now = new Date(now);
        expect(checkAccess(decodeToken(header), access).allowed).toBe(check.allowed);
      }
    }
  );

  it('reads a nil proof flag (0xc0) as false', () => {
    const header = load('nonce-proof-nil.json').header ?? '';
    const decoded = decodeToken(header);
    expect(decoded.malformed).toBe(false);
    expect(decoded.macaroons[0]?.nonce.proof).toBe(false);
    expect(accessView(inspectToken(header))).toEqual(accessView(orgFull));
  });

  it('uses the first discharge for a ticket, as the verifier uses the first that verifies', () => {
    const entry = load('two-discharges-first-open.json');
    const header = entry.header ?? '';
    expectLibraryAnswers(header, entry.go?.accesses ?? []);
    const inspection = inspectToken(header);
    expect(inspection.kind).toBe('org');
    expect(inspection.orgAccess).toBe('rwcdC');
    expect(inspection.tokens.map(t => t.pairedWith)).toEqual([[1], [0], []]);
  });
});
