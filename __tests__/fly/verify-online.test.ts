// verifyOnline against the Fly API stand-in: the answers Fly gives, read into outcomes.
import type { Dispatcher } from 'undici';
import { verifyOnline, resolveAppIds } from '../../src/fly/verify.js';
import { DEFAULT_USER_AGENT } from '../../src/fly/version.js';
import { startFlyStandIn, type FlyStandIn, type StandInUser } from '../support/fly-api-stand-in.js';
import { directDispatcher, optionsFor, tokenOf } from './helpers.js';
import { vector } from './vectors.js';

const fo1 = vector('oauth_fo1_token');
const user: StandInUser = {
  token: fo1.token,
  id: 'usr_812734',
  email: 'dev@example.com',
  orgIds: ['918273']
};

let standIn: FlyStandIn;
let dispatcher: Dispatcher;

beforeEach(async () => {
  standIn = await startFlyStandIn({ users: [user] });
  dispatcher = directDispatcher();
});

afterEach(async () => {
  await dispatcher.destroy();
  await standIn.close();
});

describe('a valid deploy token for the app the job deploys', () => {
  const deploy = vector('deploy_app');

  it('is confirmed everywhere, with the app, org and identity Fly reports', async () => {
    const result = await verifyOnline(
      optionsFor(standIn, dispatcher, tokenOf(deploy), ['acme-web'])
    );

    expect(result.acceptance).toBe('accepted');
    expect(result.viewer).toMatchObject({
      outcome: 'confirmed',
      viewerType: 'Macaroon',
      email: deploy.truth.tokens?.[0]?.nonce.nonce_email
    });
    expect(result.apps).toEqual([
      expect.objectContaining({
        app: 'acme-web',
        outcome: 'confirmed',
        appId: '4455667',
        orgId: '918273',
        orgSlug: 'acme',
        orgName: 'Acme Corp',
        idMatchesToken: true,
        orgMatchesToken: true
      })
    ]);
    expect(result.orgs).toEqual([
      expect.objectContaining({
        orgId: '918273',
        outcome: 'confirmed',
        slug: 'acme',
        name: 'Acme Corp',
        source: 'app'
      })
    ]);
    expect(result.apps[0]?.detail).toContain('acme-web');
  });

  it('sends the macaroons with the FlyV1 scheme and our User-Agent', async () => {
    await verifyOnline(optionsFor(standIn, dispatcher, tokenOf(deploy), ['acme-web']));

    for (const request of standIn.requests) {
      expect(request.headers.authorization).toBe(`FlyV1 ${deploy.token}`);
      expect(request.headers['user-agent']).toBe(DEFAULT_USER_AGENT);
    }
    // The app itself and who the token is: nothing else is needed to judge it.
    expect(standIn.requests.map(r => r.route).sort()).toEqual(['app', 'graphql:viewer']);
  });

  it('normalises a pasted header with a nested scheme and a trailing newline', async () => {
    for (const name of ['bearer_flyv1_nested_scheme', 'header_whitespace_newline']) {
      const v = vector(name);
      const result = await verifyOnline(optionsFor(standIn, dispatcher, tokenOf(v), ['acme-web']));
      expect(result.acceptance).toBe('accepted');
    }
    expect(
      standIn.requests.every(r => r.headers.authorization === `FlyV1 ${vector('deploy_app').token}`)
    ).toBe(true);
  });
});

describe('tokens Fly rejects', () => {
  it('a revoked token is rejected by every check, with what Fly said', async () => {
    const deploy = vector('deploy_app');
    standIn.revoke(deploy.token);
    const result = await verifyOnline(
      optionsFor(standIn, dispatcher, tokenOf(deploy), ['acme-web'])
    );

    expect(result.acceptance).toBe('rejected');
    expect(result.apps[0]).toMatchObject({ outcome: 'rejected', httpStatus: 401 });
    expect(result.apps[0]?.detail).toContain('token has been revoked');
    expect(result.viewer.outcome).toBe('rejected');
    expect(result.viewer.detail).toContain('You must be authenticated');
    expect(result.orgs).toEqual([]);
  });

  it('a revocation by KID affects only that token', async () => {
    standIn.revoke(vector('deploy_app').truth.tokens?.[0]?.nonce.kid_hex ?? '');
    const revoked = await verifyOnline(
      optionsFor(standIn, dispatcher, tokenOf(vector('deploy_app')), [])
    );
    const other = await verifyOnline(
      optionsFor(standIn, dispatcher, tokenOf(vector('org_full')), [])
    );
    expect(revoked.acceptance).toBe('rejected');
    expect(other.acceptance).toBe('accepted');
  });

  it('a token whose discharge expired is rejected; the same token is accepted before that', async () => {
    const expired = vector('org_expired_discharge');
    const now = await verifyOnline(optionsFor(standIn, dispatcher, tokenOf(expired), []));
    expect(now.acceptance).toBe('rejected');
    expect(now.viewer.outcome).toBe('rejected');
    expect(now.orgs[0]?.detail).toContain('You must be authenticated');

    standIn.setClock(1752057183 - 20 * 86_400 + 300);
    const earlier = await verifyOnline(optionsFor(standIn, dispatcher, tokenOf(expired), []));
    expect(earlier.acceptance).toBe('accepted');
  });

  it('a token with a broken signature is rejected', async () => {
    const v = vector('org_bare_single');
    const bytes = Buffer.from(v.token.slice(4), 'base64');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 0x40;
    const tampered = { ...tokenOf(v), input: `FlyV1 fm2_${bytes.toString('base64')}` };
    const result = await verifyOnline(optionsFor(standIn, dispatcher, tampered, ['acme-web']));
    expect(result.acceptance).toBe('rejected');
    expect(result.apps[0]?.detail).toContain('invalid signature');
  });

  it('an unknown user token is rejected, sent with the Bearer scheme', async () => {
    const stranger = { input: `fo1_${'Q'.repeat(43)}`, orgIds: [], appIds: [] };
    const result = await verifyOnline(optionsFor(standIn, dispatcher, stranger, []));
    expect(result.acceptance).toBe('rejected');
    expect(result.viewer.outcome).toBe('rejected');
    expect(standIn.requests[0]?.headers.authorization).toBe(`Bearer ${stranger.input}`);
  });

  it('reads a GraphQL rejection sent as HTTP 401 too', async () => {
    standIn.configure({ graphqlUnauthenticatedStatus: 401 });
    standIn.revoke(vector('org_full').token);
    const result = await verifyOnline(
      optionsFor(standIn, dispatcher, tokenOf(vector('org_full')), [])
    );
    expect(result.viewer).toMatchObject({ outcome: 'rejected', httpStatus: 401 });
  });
});

describe('apps the token cannot see', () => {
  const deploy = vector('deploy_app');

  it('another app of the same org: not-found by default', async () => {
    const result = await verifyOnline(
      optionsFor(standIn, dispatcher, tokenOf(deploy), ['acme-api', 'acme-web'])
    );
    const api = result.apps.find(a => a.app === 'acme-api');
    expect(api).toMatchObject({ outcome: 'not-found', httpStatus: 404 });
    expect(api?.detail).toContain('acme-api');
    expect(result.apps.find(a => a.app === 'acme-web')?.outcome).toBe('confirmed');
    expect(result.acceptance).toBe('accepted');
  });

  it('another app: forbidden when Fly answers 403', async () => {
    standIn.configure({ deniedAppStatus: 403 });
    const result = await verifyOnline(
      optionsFor(standIn, dispatcher, tokenOf(deploy), ['acme-api'])
    );
    expect(result.apps[0]).toMatchObject({ outcome: 'forbidden', httpStatus: 403 });
  });

  it('an org token sees every app of its org, but not another org', async () => {
    const result = await verifyOnline(
      optionsFor(standIn, dispatcher, tokenOf(vector('org_full')), ['acme-api', 'globex-web'])
    );
    expect(result.apps[0]).toMatchObject({
      app: 'acme-api',
      outcome: 'confirmed',
      appId: '2020202',
      idMatchesToken: null,
      orgMatchesToken: true
    });
    expect(result.apps[1]).toMatchObject({ app: 'globex-web', outcome: 'not-found' });
  });
});

describe('user tokens', () => {
  it('a known fo1_ token is a User with its email; it has no org ids to check', async () => {
    const result = await verifyOnline(optionsFor(standIn, dispatcher, tokenOf(fo1), ['acme-web']));
    expect(result.viewer).toMatchObject({
      outcome: 'confirmed',
      viewerType: 'User',
      email: 'dev@example.com'
    });
    expect(result.apps[0]).toMatchObject({
      outcome: 'confirmed',
      idMatchesToken: null,
      orgMatchesToken: null
    });
    expect(result.orgs).toEqual([]);
    expect(standIn.requests.every(r => r.headers.authorization === `Bearer ${fo1.token}`)).toBe(
      true
    );
  });

  it('a fly auth token bundle sends macaroons only to the Machines API, everything to GraphQL', async () => {
    const bundle = vector('sso_auth_token_bundle');
    await verifyOnline(optionsFor(standIn, dispatcher, tokenOf(bundle), ['acme-web']));
    const pieces = bundle.token.split(',');
    const macaroons = pieces.filter(p => p.startsWith('fm2_')).join(',');
    const machines = standIn.requests.find(r => r.route === 'app');
    const graphql = standIn.requests.find(r => r.route === 'graphql:viewer');
    expect(machines?.headers.authorization).toBe(`FlyV1 ${macaroons}`);
    expect(graphql?.headers.authorization).toBe(`FlyV1 ${pieces.join(',')}`);
  });
});

describe('organization slugs', () => {
  it('come from the owner of a needed app, without asking for the org listing', async () => {
    const deploy = vector('deploy_app');
    const result = await verifyOnline(
      optionsFor(standIn, dispatcher, tokenOf(deploy), ['acme-web'])
    );
    expect(result.orgs).toEqual([
      expect.objectContaining({
        orgId: '918273',
        outcome: 'confirmed',
        slug: 'acme',
        source: 'app'
      })
    ]);
    expect(standIn.requests.some(r => r.route === 'graphql:organizations')).toBe(false);
  });

  it('come from the org listing when no app is needed, and say why when Fly will not list', async () => {
    const deploy = vector('deploy_app');
    const listed = await verifyOnline(optionsFor(standIn, dispatcher, tokenOf(deploy), []));
    expect(listed.orgs[0]).toMatchObject({
      outcome: 'confirmed',
      slug: 'acme',
      source: 'organizations'
    });

    standIn.setMisbehaviour('graphql:organizations', {
      kind: 'respond',
      status: 200,
      body: { data: null, errors: [{ message: 'Not authorized to access organizations' }] }
    });
    const refused = await verifyOnline(optionsFor(standIn, dispatcher, tokenOf(deploy), []));
    expect(refused.orgs[0]).toMatchObject({ orgId: '918273', outcome: 'unverified' });
    expect(refused.orgs[0]?.detail).toContain('Not authorized to access organizations');
    expect(refused.acceptance).toBe('accepted');
  });

  it('is unverified, not guessed, when Fly lists other orgs only', async () => {
    const token = { ...tokenOf(vector('org_full')), orgIds: ['918273', '777'] };
    const result = await verifyOnline(optionsFor(standIn, dispatcher, token, []));
    expect(result.orgs.find(o => o.orgId === '777')).toMatchObject({ outcome: 'unverified' });
    expect(result.orgs.find(o => o.orgId === '777')?.slug).toBeUndefined();
    expect(result.orgs.find(o => o.orgId === '918273')).toMatchObject({
      outcome: 'confirmed',
      slug: 'acme'
    });
  });
});

describe('numeric ids', () => {
  it('come from GraphQL when the Machines API leaves them out', async () => {
    standIn.configure({ omitNumericIds: true });
    const result = await verifyOnline(
      optionsFor(standIn, dispatcher, tokenOf(vector('deploy_app')), ['acme-web'])
    );
    expect(result.apps[0]).toMatchObject({
      appId: '4455667',
      orgId: '918273',
      idMatchesToken: true
    });
    // Asked beside the viewer in the same GraphQL request, not in a second round.
    expect(standIn.requests.map(r => r.route).sort()).toEqual(['app', 'graphql:viewer']);
  });

  it('resolveAppIds maps each visible app name to its id and leaves out the rest', async () => {
    const token = { input: vector('org_full').header_form };
    const base = { flyApiUrl: standIn.url, flyGraphqlUrl: standIn.graphqlUrl, dispatcher, token };
    const ids = await resolveAppIds(['acme-web', 'acme-api', 'globex-web', 'nope'], base);
    expect([...ids.entries()]).toEqual([
      ['acme-web', '4455667'],
      ['acme-api', '2020202']
    ]);

    standIn.configure({ omitNumericIds: true });
    const viaGraphql = await resolveAppIds(['acme-api'], base);
    expect(viaGraphql.get('acme-api')).toBe('2020202');
  });
});

describe('bad input never throws', () => {
  it('an unsendable token is not sent; every check says why', async () => {
    const token = { input: 'fm2_abc\ndef', orgIds: ['918273'], appIds: [] };
    const result = await verifyOnline(optionsFor(standIn, dispatcher, token, ['acme-web']));
    expect(standIn.requests).toHaveLength(0);
    expect(result.acceptance).toBe('unknown');
    for (const check of [result.viewer, ...result.apps]) {
      expect(check.outcome).toBe('unverified');
      expect(check.detail).toContain('HTTP header');
    }
  });

  it('a bad fly-api-url is reported, not thrown', async () => {
    const result = await verifyOnline({
      ...optionsFor(standIn, dispatcher, tokenOf(vector('org_full')), []),
      flyApiUrl: 'ftp://example.com'
    });
    expect(result.acceptance).toBe('unknown');
    expect(result.viewer).toMatchObject({ outcome: 'unverified' });
    expect(result.viewer.detail).toContain('fly-api-url must be an https:// URL');
    expect(standIn.requests).toHaveLength(0);
  });
});
