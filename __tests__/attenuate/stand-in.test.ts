// The Fly API stand-in verifies macaroon signatures (HMAC chain, 3P discharge, binding) and
// evaluates caveats on its own clock. It accepts a narrowed token because the chain checks out,
// refuses it for other apps, and refuses it once its lifetime is over.
import { attenuate } from '../../src/token/attenuate/index.js';
import { startFlyStandIn, STAND_IN_CLOCK, type FlyStandIn } from '../support/fly-api-stand-in.js';
import { vector } from '../support/vectors.js';
import { APP, headerMacaroons, encodeMacaroon, PERMISSION_LOCATION } from './support.js';

const TTL = 1800;
let standIn: FlyStandIn;

beforeEach(async () => {
  standIn = await startFlyStandIn();
});
afterEach(async () => {
  await standIn.close();
});

async function appStatus(header: string, app: string): Promise<number> {
  const response = await fetch(`${standIn.url}/v1/apps/${app}`, {
    headers: { authorization: header }
  });
  await response.arrayBuffer();
  return response.status;
}

function narrowed(input: string, access: 'deploy' | 'readonly' = 'deploy'): string {
  const result = attenuate(
    input,
    { appIds: access === 'deploy' ? [APP] : [], access, ttlSeconds: TTL },
    new Date(STAND_IN_CLOCK * 1000)
  );
  if (!result.ok) throw new Error(result.reason);
  return result.header;
}

describe('an org token narrowed to deploy acme-web', () => {
  it('is accepted for acme-web, refused for acme-api (which the org token could read)', async () => {
    const org = vector('org_full').header_form;
    expect(await appStatus(org, 'acme-api')).toBe(200);
    const header = narrowed(org);
    expect(await appStatus(header, 'acme-web')).toBe(200);
    expect(await appStatus(header, 'acme-api')).toBe(404);
  });

  it('is refused once its lifetime is over (stand-in clock), though the org token still works', async () => {
    const org = vector('org_full').header_form;
    const header = narrowed(org);
    standIn.setClock(STAND_IN_CLOCK + TTL);
    expect(await appStatus(header, 'acme-web')).toBe(200);
    standIn.setClock(STAND_IN_CLOCK + TTL + 1);
    expect(await appStatus(header, 'acme-web')).toBe(401);
    expect(await appStatus(org, 'acme-web')).toBe(200);
  });

  it('is refused when an appended caveat is dropped to widen it again (the signature breaks)', async () => {
    const header = narrowed(vector('org_full').header_form);
    const [perm, ...rest] = headerMacaroons(header);
    expect(perm!.location).toBe(PERMISSION_LOCATION);
    // Remove the deploy IfPresent, keep the window and the tail.
    const widened = { ...perm!, caveats: [...perm!.caveats.slice(0, 2), perm!.caveats[3]!] };
    const forged = [encodeMacaroon(widened), ...rest.map(m => m.bytes)].map(
      b => `fm2_${b.toString('base64')}`
    );
    expect(await appStatus(`FlyV1 ${forged.join(',')}`, 'acme-api')).toBe(401);
  });
});

describe('other inputs', () => {
  it('a deploy token narrowed further keeps working for its app', async () => {
    const header = narrowed(vector('deploy_app').header_form);
    expect(await appStatus(header, 'acme-web')).toBe(200);
    expect(await appStatus(header, 'acme-api')).toBe(404);
  });

  it('a readonly token made from an org token reads both apps', async () => {
    const header = narrowed(vector('org_full').header_form, 'readonly');
    expect(await appStatus(header, 'acme-web')).toBe(200);
    expect(await appStatus(header, 'acme-api')).toBe(200);
  });

  it('the token list endpoint accepts the narrowed token (400 = authenticated, slug missing)', async () => {
    const header = narrowed(vector('org_full').header_form);
    const response = await fetch(`${standIn.url}/v1/apps?org_slug=`, {
      headers: { authorization: header }
    });
    await response.arrayBuffer();
    expect(response.status).toBe(400);
  });
});
