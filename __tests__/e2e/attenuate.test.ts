// End-to-end: `mode: attenuate` and `fly-token-guard attenuate` from the bundles, with the Fly API
// stand-in deciding (by signature and caveats) whether the narrowed token works.
import { startFlyStandIn, type FlyStandIn } from '../support/fly-api-stand-in.js';
import { findLeak, fragmentsOf, runAction, runCli } from '../support/run-action.js';
import { vector } from '../support/vectors.js';

const NOW = '2025-07-09T10:38:03Z';
const NOW_UNIX = Date.parse(NOW) / 1000;

let fly: FlyStandIn;
beforeEach(async () => {
  fly = await startFlyStandIn({ clock: NOW_UNIX });
});
afterEach(async () => {
  await fly.close();
});

function attenuate(inputs: Record<string, string>) {
  return runAction({
    inputs: {
      mode: 'attenuate',
      token: vector('org_full').header_form,
      'fly-api-url': fly.url,
      'fly-graphql-url': fly.graphqlUrl,
      ...inputs
    },
    env: { FLY_TOKEN_GUARD_NOW: NOW }
  });
}

function checkOnline(token: string, app: string) {
  return runAction({
    inputs: {
      token,
      apps: app,
      needs: 'deploy',
      'fly-api-url': fly.url,
      'fly-graphql-url': fly.graphqlUrl
    },
    env: { FLY_TOKEN_GUARD_NOW: NOW }
  });
}

describe('attenuate mode', () => {
  it('turns an org token into a 30-minute deploy token for one app that Fly accepts only for that app', async () => {
    const run = await attenuate({ apps: 'acme-web', ttl: '30m', export: 'true' });
    expect(run.exitCode).toBe(0);
    const narrowed = run.outputs.token ?? '';
    expect(narrowed).toMatch(/^FlyV1 fm2_[A-Za-z0-9+/=]+(,fm2_[A-Za-z0-9+/=]+)+$/);
    expect(run.exportedEnv.FLY_API_TOKEN).toBe(narrowed);
    expect(run.masks).toContain(narrowed.replace(/^FlyV1 /, ''));
    expect(run.outputs.kind).toBe('deploy');
    expect(Date.parse(run.outputs['expires-at'] ?? '')).toBe(Date.parse(NOW) + 30 * 60_000);
    // Nothing but the token output and the exported variable carries token text.
    const visible = [run.stdout, run.stderr, run.summary].join('\n');
    expect(
      findLeak(visible, fragmentsOf([narrowed, vector('org_full').header_form]))
    ).toBeUndefined();

    const right = await checkOnline(narrowed, 'acme-web');
    expect(right.outputs.valid).toBe('true');
    expect(right.outputs.kind).toBe('deploy');
    expect(right.outputs.verdict).toBe('pass');
    const other = await checkOnline(narrowed, 'acme-api');
    expect(other.outputs.verdict).toBe('fail');
    expect(JSON.parse(other.outputs.findings ?? '[]')).toContainEqual(
      expect.objectContaining({ rule: 'wrong-target' })
    );
  });

  it('is refused by Fly once its TTL has passed', async () => {
    const run = await attenuate({ 'app-ids': '4455667', ttl: '5m', online: 'false' });
    const narrowed = run.outputs.token ?? '';
    expect(narrowed).not.toBe('');
    fly.setClock(NOW_UNIX + 6 * 60);
    const later = await runAction({
      inputs: {
        token: narrowed,
        apps: 'acme-web',
        'fly-api-url': fly.url,
        'fly-graphql-url': fly.graphqlUrl
      },
      env: { FLY_TOKEN_GUARD_NOW: new Date((NOW_UNIX + 6 * 60) * 1000).toISOString() }
    });
    expect(later.outputs.valid).toBe('false');
    expect(later.exitCode).toBe(1);
  });

  it('refuses a personal token with a clear message and no output token', async () => {
    const run = await attenuate({
      token: vector('oauth_fo1_token').header_form,
      'app-ids': '4455667',
      online: 'false'
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.token ?? '').toBe('');
    expect(run.stdout).toMatch(/::error::.*personal/i);
    expect(
      findLeak(run.everything, fragmentsOf([vector('oauth_fo1_token').header_form]))
    ).toBeUndefined();
  });

  it('needs app ids when offline and only names are given', async () => {
    const run = await attenuate({ apps: 'acme-web', online: 'false' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::.*app-ids/);
  });
});

describe('fly-token-guard attenuate', () => {
  it('prints only the new header on stdout', async () => {
    const run = await runCli(['attenuate', '--app-ids', '4455667', '--ttl', '30m'], {
      env: { FLY_API_TOKEN: vector('org_full').header_form, FLY_TOKEN_GUARD_NOW: NOW }
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout.trim()).toMatch(/^FlyV1 fm2_\S+$/);
    const inspected = await runCli(['inspect', '--json'], {
      stdin: run.stdout,
      env: { FLY_TOKEN_GUARD_NOW: NOW }
    });
    const inspection = JSON.parse(inspected.stdout) as { kind: string; appIds: string[] };
    expect(inspection.kind).toBe('deploy');
    expect(inspection.appIds).toEqual(['4455667']);
  });

  it('exits 2 with a reason on stderr when it cannot narrow', async () => {
    const run = await runCli(['attenuate', '--app-ids', '4455667'], {
      env: { FLY_API_TOKEN: vector('legacy_personal_token').header_form }
    });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/personal/i);
  });
});
