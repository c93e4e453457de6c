// Every entry of the shared vectors (minted with Fly's own library) against its ground truth.
import { checkAccess, decodeToken, inspectToken, parseHeader } from '../../src/token/index.js';
import { REDACTED } from '../../src/token/scrub.js';
import type { TokenAccess, TokenInspection } from '../../src/token/index.js';
import { loadVectors, type Vector, type VectorAccessCheck } from './support.js';

const vectors = loadVectors();
const decodable = vectors.filter(v => v.truth.kind !== 'malformed');
const malformed = vectors.filter(v => v.truth.kind === 'malformed');

function hasWindowOf(text: string, input: string): boolean {
  for (let i = 0; i + 8 <= text.length; i++) if (input.includes(text.slice(i, i + 8))) return true;
  return false;
}

/**
 * Inspection bodies equal the library's JSON, except strings the leak guard replaced; a
 * replacement must be justified (the original string really contained token text).
 */
function expectBodyMatches(actual: unknown, expected: unknown, input: string): void {
  if (actual === REDACTED && typeof expected === 'string') {
    expect(hasWindowOf(expected, input)).toBe(true);
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual)).toBe(true);
    const list = actual as unknown[];
    expect(list).toHaveLength(expected.length);
    expected.forEach((item, i) => expectBodyMatches(list[i], item, input));
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    const record = actual as Record<string, unknown>;
    expect(Object.keys(record).sort()).toEqual(Object.keys(expected).sort());
    for (const [key, item] of Object.entries(expected)) expectBodyMatches(record[key], item, input);
    return;
  }
  expect(actual).toEqual(expected);
}

function classificationOf(i: TokenInspection): Record<string, unknown> {
  const out: Record<string, unknown> = {
    kind: i.kind,
    org_ids: i.orgIds.map(Number),
    app_ids: i.appIds.map(Number),
    app_access: i.appAccess,
    org_access: i.orgAccess,
    feature_access: i.featureAccess,
    commands: i.commands,
    mutations: i.mutations,
    expires_at_unix: i.expiresAt === null ? null : Date.parse(i.expiresAt) / 1000,
    expires_at_iso: i.expiresAt,
    lifetime_seconds: i.lifetimeSeconds,
    has_discharge: i.hasDischarge,
    discharge_paired: i.dischargePaired,
    user_id: i.userId === null ? null : Number(i.userId),
    user_token_count: i.userTokenCount,
    macaroon_count: i.macaroonCount
  };
  if (i.clusterAccess) out.cluster_access = i.clusterAccess;
  return out;
}

function toAccess(check: VectorAccessCheck, now: string): TokenAccess {
  const a = check.access;
  const access: TokenAccess = { action: a.action, now: new Date(now) };
  if (a.orgid !== undefined) access.orgId = a.orgid;
  if (a.appid !== undefined) access.appId = a.appid;
  if (a.machine !== undefined) access.machine = a.machine;
  if (a.feature !== undefined) access.feature = a.feature;
  if (a.command !== undefined) access.command = a.command;
  if (a.mutation !== undefined) access.mutation = a.mutation;
  return access;
}

describe('shared Fly token vectors', () => {
  it('covers every category, including malformed ones', () => {
    expect(vectors.length).toBe(33);
    expect(new Set(vectors.map(v => v.truth.category)).size).toBe(5);
    expect(malformed.length).toBeGreaterThan(0);
  });

  describe.each(vectors.map(v => [v.name, v] as [string, Vector]))('%s', (_name, v) => {
    const inspection = inspectToken(v.header_form);

    it('has the expected kind and classification', () => {
      expect(inspection.kind).toBe(v.truth.kind);
      expect(classificationOf(inspection)).toEqual(v.truth.classification);
    });

    it('splits and strips the header as Fly does', () => {
      const header = parseHeader(v.header_form);
      expect(header.stripped).toBe(v.truth.stripped_header);
      const kinds: Record<string, string> = {
        macaroon: 'macaroon',
        'oauth-user-token': 'oauth_user_token',
        'legacy-user-token': 'legacy_user_token',
        unknown: 'unknown'
      };
      expect(
        header.pieces.map(p => ({
          index: p.index,
          label: p.kind === 'legacy-user-token' ? '' : p.label,
          kind: kinds[p.kind],
          length: p.text.length
        }))
      ).toEqual(v.truth.pieces);
    });

    it('never contains an 8-character window of the token', () => {
      expect(hasWindowOf(JSON.stringify(inspection), v.header_form)).toBe(false);
    });
  });

  describe.each(decodable.map(v => [v.name, v] as [string, Vector]))('%s macaroons', (_n, v) => {
    const inspection = inspectToken(v.header_form);
    const decoded = decodeToken(v.header_form);
    const truthTokens = v.truth.tokens ?? [];

    it('describes each macaroon: role, location, label, identity, expiry', () => {
      expect(inspection.tokens).toHaveLength(truthTokens.length);
      truthTokens.forEach((t, i) => {
        const mine = inspection.tokens[i];
        expect(mine?.role).toBe(t.role);
        expect(mine?.location).toBe(t.location);
        expect(mine?.label).toBe(t.prefix);
        expect(mine?.identity).toBe(t.nonce.nonce_email);
        expect(mine?.expiresAt).toBe(t.expiration_iso);
        expect(decoded.macaroons[i]?.kidHex).toBe(t.nonce.kid_hex);
        expect(decoded.macaroons[i]?.nonce.proof).toBe(t.nonce.proof);
        expect(decoded.macaroons[i]?.nonce.fields).toBe(t.nonce.fields);
      });
    });

    it('decodes every caveat: type, name, library JSON body and exact bytes', () => {
      truthTokens.forEach((t, i) => {
        const described = inspection.tokens[i]?.caveats ?? [];
        const raw = decoded.macaroons[i]?.caveats ?? [];
        expect(described).toHaveLength(t.caveats.length);
        t.caveats.forEach((c, j) => {
          expect(described[j]?.type).toBe(String(c.type));
          expect(described[j]?.name).toBe(c.name);
          expect(raw[j]?.describe()).toEqual(c.body);
          expect(Buffer.from(raw[j]?.raw ?? []).toString('hex')).toBe(c.body_msgpack_hex);
          expectBodyMatches(described[j]?.body, c.body, v.header_form);
        });
      });
    });

    it('pairs discharges with their permission tokens', () => {
      truthTokens.forEach((t, i) => {
        const expected = [
          ...(t.relations?.third_party_caveats ?? []).map(r => r.discharge_token_index),
          ...(t.relations?.kid_equals_ticket_of_tokens ?? [])
        ].filter((n): n is number => n !== null);
        expect([...(inspection.tokens[i]?.pairedWith ?? [])].sort()).toEqual(expected.sort());
      });
    });

    const checks = v.truth.library_verify?.access_checks ?? [];
    if (v.truth.valid === true && checks.length > 0) {
      it.each(checks.map(c => [JSON.stringify(c.access), c] as [string, VectorAccessCheck]))(
        'access %s',
        (_a, check) => {
          const decision = checkAccess(
            decoded,
            toAccess(check, v.truth.access_checks_evaluated_at ?? '')
          );
          expect(decision.allowed).toBe(check.allowed);
          expect(decision.allowedBy).toEqual(check.allowed_by_token_index);
          if (!check.allowed) expect(decision.reasons.length).toBeGreaterThan(0);
        }
      );
    }
  });

  describe.each(malformed.map(v => [v.name, v] as [string, Vector]))('%s', (_n, v) => {
    it('is malformed with a specific fatal problem and nothing else decoded', () => {
      const inspection = inspectToken(v.header_form);
      expect(inspection.kind).toBe('malformed');
      expect(inspection.problems.some(p => p.fatal && p.message.length > 5)).toBe(true);
      expect(inspection.tokens).toEqual([]);
      for (const p of inspection.problems)
        expect(hasWindowOf(p.message, v.header_form)).toBe(false);
    });
  });
});
