// End-to-end: `node dist/index.js` in check mode, online, against the Fly API stand-in.
import path from 'node:path';
import { startFlyStandIn, type FlyStandIn } from '../support/fly-api-stand-in.js';
import { startProxy } from '../support/proxy.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { vector } from '../support/vectors.js';

const SHOP = path.resolve('__tests__/fixtures/repos/shop');
// The stand-in's clock is the vectors' access-check clock; the action's clock follows it.
const NOW = '2025-07-09T10:38:03Z';

let fly: FlyStandIn;
beforeEach(async () => {
  fly = await startFlyStandIn();
});
afterEach(async () => {
  await fly.close();
});

function check(
  tokenVector: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {}
): Promise<ActionRun> {
  return runAction({
    workspace: SHOP,
    inputs: {
      token: vector(tokenVector).header_form,
      'fly-api-url': fly.url,
      'fly-graphql-url': fly.graphqlUrl,
      'max-lifetime-days': '36500',
      ...inputs
    },
    env: {
      GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/deploy.yml@refs/heads/main',
      GITHUB_JOB: 'deploy-web',
      FLY_TOKEN_GUARD_NOW: NOW,
      ...env
    }
  });
}

const rules = (run: ActionRun): string[] =>
  (JSON.parse(run.outputs.findings ?? '[]') as { rule: string }[]).map(f => f.rule);

describe('check mode, online', () => {
  it('passes a valid deploy token for the right app and shows names', async () => {
    const run = await check('deploy_app');
    expect(rules(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs.valid).toBe('true');
    expect(run.outputs.apps).toBe('acme-web');
    expect(run.summary).toContain('`acme-web` (4455667)');
    expect(run.summary).toContain('`acme` (918273)');
    expect(run.summary).toContain('accepted by Fly');
    const schemes = fly.requests.map(r => String(r.headers.authorization ?? '').split(' ')[0]);
    expect(new Set(schemes)).toEqual(new Set(['FlyV1']));
  });

  it('fails a revoked token as invalid-token', async () => {
    fly.revoke(vector('deploy_app').header_form);
    const run = await check('deploy_app');
    expect(run.exitCode).toBe(1);
    expect(run.outputs.valid).toBe('false');
    expect(rules(run)).toContain('invalid-token');
    expect(run.summary).toContain('rejected by Fly');
  });

  it('flags a deploy token aimed at another app as wrong-target', async () => {
    const run = await check('deploy_app', { apps: 'acme-api' });
    expect(rules(run)).toContain('wrong-target');
    expect(run.outputs.verdict).toBe('fail');
    expect(run.annotations.some(a => a.message.includes('acme-api'))).toBe(true);
  });

  it('reports Fly never answering as unverified, warns, and ends by itself at the deadline', async () => {
    for (const route of ['apps-list', 'app', 'graphql'] as const)
      fly.setMisbehaviour(route, { kind: 'hang' });
    const run = await check('deploy_app', { 'timeout-seconds': '2' });
    expect(run.exitCode).toBe(0); // it ended by itself: a killed run has a null exit code
    expect(run.outputs.valid).toBe('unknown');
    expect(rules(run)).toEqual(['unverified']);
    expect(run.outputs.verdict).toBe('warn');
    expect(run.summary).toContain('could not be verified');
  });

  it('reports Fly answering 503 as unverified, never invalid', async () => {
    for (const route of ['apps-list', 'app', 'graphql'] as const)
      fly.setMisbehaviour(route, { kind: 'status', status: 503 });
    const run = await check('deploy_app', { 'timeout-seconds': '5' });
    expect(rules(run)).toEqual(['unverified']);
    expect(run.outputs.valid).toBe('unknown');
    expect(run.exitCode).toBe(0);
  });

  it('retries a 429 with Retry-After and then passes', async () => {
    fly.setMisbehaviour('app', { kind: 'status', status: 429, retryAfter: '1', times: 1 });
    const run = await check('deploy_app');
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs.valid).toBe('true');
    expect(fly.requests.filter(r => r.route === 'app').length).toBe(2);
  });

  it('sends requests through HTTP_PROXY and bypasses it for NO_PROXY hosts', async () => {
    const proxy = await startProxy();
    try {
      const proxied = await check('deploy_app', {}, { HTTP_PROXY: proxy.url });
      expect(proxied.outputs.valid).toBe('true');
      expect(proxy.count).toBeGreaterThan(0);
      const before = proxy.count;
      const direct = await check(
        'deploy_app',
        {},
        { HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' }
      );
      expect(direct.outputs.valid).toBe('true');
      expect(proxy.count).toBe(before);
    } finally {
      await proxy.close();
    }
  });

  it('skips every request with online: false', async () => {
    const run = await check('deploy_app', { online: 'false' });
    expect(run.outputs.valid).toBe('unknown');
    expect(fly.requests).toEqual([]);
  });
});
