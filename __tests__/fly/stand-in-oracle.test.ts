// The stand-in is a test oracle: its signature checks and caveat evaluator must agree with the
// ground truth Fly's own library produced for every vector, or nothing built on it means much.
import { Agent } from 'undici';
import { startFlyStandIn, type FlyStandIn } from '../support/fly-api-stand-in.js';
import { actionFromLetters, evaluate, type Access } from '../support/stand-in-caveats.js';
import { identityEmail, verifyHeader, decodeMacaroon } from '../support/stand-in-macaroons.js';
import { vectors, vector, type VectorAccess } from './vectors.js';

function toAccess(access: VectorAccess, now: number): Access {
  const out: Access = {
    action: actionFromLetters(access.action),
    orgId: BigInt(access.orgid),
    now
  };
  if (access.appid !== undefined) out.appId = BigInt(access.appid);
  if (access.feature !== undefined) out.feature = access.feature;
  if (access.machine !== undefined) out.machine = access.machine;
  if (access.command !== undefined) out.command = access.command;
  if (access.mutation !== undefined) out.mutation = access.mutation;
  return out;
}

describe('stand-in macaroon verification', () => {
  const judged = vectors.filter(v => v.truth.valid !== null);

  it.each(judged.map(v => [v.name, v] as const))('%s: verdict matches truth.valid', (_name, v) => {
    expect(verifyHeader(v.header_form).ok).toBe(v.truth.valid);
  });

  it('judges most vectors valid and some invalid, so the comparison is not one-sided', () => {
    const verdicts = judged.map(v => verifyHeader(v.header_form).ok);
    expect(verdicts.filter(Boolean).length).toBeGreaterThan(10);
    expect(verdicts.filter(ok => !ok).length).toBeGreaterThan(5);
  });

  it('rejects a token whose tail was altered by one bit', () => {
    const { token } = vector('org_bare_single');
    const bytes = Buffer.from(token.slice('fm2_'.length), 'base64');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 1;
    const verdict = verifyHeader(`FlyV1 fm2_${bytes.toString('base64')}`);
    expect(verdict).toEqual({ ok: false, reason: 'invalid signature' });
  });

  it('rejects a caveat rewritten to another org (the chain no longer matches)', () => {
    const { token } = vector('org_bare_single');
    const bytes = Buffer.from(token.slice('fm2_'.length), 'base64');
    const orgBytes = Buffer.from('ce000e0301', 'hex'); // uint32 918273
    const at = bytes.indexOf(orgBytes);
    expect(at).toBeGreaterThan(0);
    bytes[at + 4] = 0x02;
    expect(verifyHeader(`FlyV1 fm2_${bytes.toString('base64')}`).ok).toBe(false);
  });

  it('rejects a discharge swapped in from another token', () => {
    const permission = vector('org_full').token.split(',')[0] as string;
    const otherDischarge = vector('deploy_app').token.split(',')[1] as string;
    expect(verifyHeader(`FlyV1 ${permission},${otherDischarge}`)).toEqual({
      ok: false,
      reason: 'no matching discharge token'
    });
  });

  it('derives the identity email Fly shows for each macaroon', () => {
    for (const v of vectors.filter(x => x.truth.valid === true)) {
      const first = v.token
        .split(',')
        .find(piece => piece.startsWith('fm2_') || piece.startsWith('fm1r_'));
      if (!first) continue;
      const m = decodeMacaroon(Buffer.from(first.slice(first.indexOf('_') + 1), 'base64'));
      expect(identityEmail(m.kid, m.rnd)).toBe(v.truth.tokens?.[0]?.nonce.nonce_email);
    }
  });
});

describe('stand-in caveat evaluator', () => {
  const withChecks = vectors.filter(v => (v.truth.library_verify?.access_checks?.length ?? 0) > 0);

  it('covers the 55 library access checks', () => {
    const total = withChecks.reduce(
      (n, v) => n + (v.truth.library_verify?.access_checks?.length ?? 0),
      0
    );
    expect(total).toBe(55);
  });

  it.each(withChecks.map(v => [v.name, v] as const))(
    '%s: every access check agrees',
    (_name, v) => {
      const verdict = verifyHeader(v.header_form);
      if (!verdict.ok) throw new Error(`${v.name} should verify: ${verdict.reason}`);
      const now = Date.parse(v.truth.access_checks_evaluated_at ?? '') / 1000;
      for (const check of v.truth.library_verify?.access_checks ?? []) {
        const access = toAccess(check.access, now);
        const allowed = verdict.permissions.some(p => evaluate(p.caveats, access).allowed);
        expect({ access: check.access, allowed }).toEqual({
          access: check.access,
          allowed: check.allowed
        });
      }
    }
  );
});

describe('stand-in HTTP answers', () => {
  let standIn: FlyStandIn;
  const agent = new Agent();

  beforeEach(async () => {
    standIn = await startFlyStandIn();
  });
  afterEach(async () => {
    await standIn.close();
  });
  afterAll(async () => {
    await agent.close();
  });

  const get = async (path: string, authorization?: string) => {
    const response = await agent.request({
      origin: standIn.url,
      path,
      method: 'GET',
      headers: authorization ? { authorization } : {}
    });
    return {
      status: response.statusCode,
      body: (await response.body.json()) as Record<string, unknown>
    };
  };
  const graphql = async (
    query: string,
    variables: Record<string, unknown>,
    authorization: string
  ) => {
    const response = await agent.request({
      origin: standIn.url,
      path: '/graphql',
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables })
    });
    return (await response.body.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  };

  it('answers the apps list as Fly does: 400 without a slug, the visible apps with one', async () => {
    const deploy = `FlyV1 ${vector('deploy_app').token}`;
    expect((await get('/v1/apps?org_slug=', deploy)).status).toBe(400);
    const listed = await get('/v1/apps?org_slug=acme', deploy);
    expect(listed.status).toBe(200);
    expect((listed.body.apps as { name: string }[]).map(a => a.name)).toEqual(['acme-web']);
    expect((await get('/v1/apps?org_slug=', undefined)).status).toBe(401);
    expect((await get('/v1/apps?org_slug=', 'Bearer nonsense')).status).toBe(401);
  });

  it('evaluates app access with the caveats: the deploy token reads its app only', async () => {
    const deploy = `FlyV1 ${vector('deploy_app').token}`;
    expect(await get('/v1/apps/acme-web', deploy)).toMatchObject({
      status: 200,
      body: { name: 'acme-web', internal_numeric_id: 4455667, organization: { slug: 'acme' } }
    });
    expect((await get('/v1/apps/acme-api', deploy)).status).toBe(404);
    const wireguard = `FlyV1 ${vector('wireguard_org').token}`;
    expect((await get('/v1/apps/acme-web', wireguard)).status).toBe(404);
    expect((await get('/v1/apps?org_slug=', wireguard)).status).toBe(400);
  });

  it('answers organization(slug:) only for orgs the token may read', async () => {
    const query = 'query($slug: String) { organization(slug: $slug) { internalNumericId slug } }';
    const orgToken = `FlyV1 ${vector('org_full').token}`;
    expect((await graphql(query, { slug: 'acme' }, orgToken)).data).toEqual({
      organization: { id: 'org_acme', internalNumericId: '918273', slug: 'acme', name: 'Acme Corp' }
    });
    const other = await graphql(query, { slug: 'globex' }, orgToken);
    expect(other.data).toEqual({ organization: null });
    expect(other.errors).toHaveLength(1);
  });
});
