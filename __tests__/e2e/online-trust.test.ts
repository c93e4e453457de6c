// End-to-end through `node dist/index.js` and the CLI: where the token may travel, and what the
// online checks may claim. The token goes to Fly over TLS only (loopback aside); `valid`, the
// findings and the summary come from one reading of Fly's answers and never disagree; Fly
// unreachable is "could not verify", never "invalid"; one check is one round trip.
import path from 'node:path';
import { startFlyStandIn, type FlyStandIn } from '../support/fly-api-stand-in.js';
import { startProxy, type TestProxy } from '../support/proxy.js';
import { findLeak, fragmentsOf, runAction, runCli, type ActionRun } from '../support/run-action.js';
import { vector } from '../support/vectors.js';

const SHOP = path.resolve('__tests__/fixtures/repos/shop');
// The stand-in's clock is the vectors' access-check clock; the action's clock follows it.
const NOW = '2025-07-09T10:38:03Z';
const TOKEN = vector('deploy_app').header_form;
/** A host that is not this machine: only a proxy on the way could ever see what is sent to it. */
const REMOTE_HTTP = 'http://fly-api.test';

let fly: FlyStandIn;
beforeEach(async () => {
  fly = await startFlyStandIn();
});
afterEach(async () => {
  await fly.close();
});

function check(
  inputs: Record<string, string> = {},
  env: Record<string, string> = {}
): Promise<ActionRun> {
  return runAction({
    workspace: SHOP,
    inputs: {
      token: TOKEN,
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

function health(
  tokens: Record<string, string>,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {}
): Promise<ActionRun> {
  return runAction({
    inputs: {
      mode: 'health',
      tokens: Object.keys(tokens).join(', '),
      'issue-label': '',
      'fly-api-url': fly.url,
      'fly-graphql-url': fly.graphqlUrl,
      'max-lifetime-days': '36500',
      ...inputs
    },
    env: { ...tokens, FLY_TOKEN_GUARD_NOW: NOW, ...env }
  });
}

const rules = (run: ActionRun): string[] =>
  (JSON.parse(run.outputs.findings ?? '[]') as { rule: string }[]).map(f => f.rule);

const healthRows = (run: ActionRun) =>
  JSON.parse(run.outputs.report ?? '[]') as {
    name: string;
    valid: string;
    findings: { rule: string }[];
  }[];

const leakOf = (run: { stdout: string; stderr: string } & Partial<ActionRun>) =>
  findLeak(run.everything ?? `${run.stdout}\n${run.stderr}`, fragmentsOf([TOKEN]));

describe('the token travels to Fly over TLS only (issue 14, item 4)', () => {
  let proxy: TestProxy;
  beforeEach(async () => {
    proxy = await startProxy();
  });
  afterEach(async () => {
    await proxy.close();
  });

  // A proxy on the way stands for anyone on the network path: it must never see a request.
  it.each([
    ['fly-api-url', { 'fly-api-url': REMOTE_HTTP }],
    ['fly-graphql-url', { 'fly-graphql-url': `${REMOTE_HTTP}/graphql` }]
  ])('check mode: an http:// %s to another host sends nothing', async (name, urls) => {
    const run = await check(urls, { HTTP_PROXY: proxy.url });
    expect(proxy.count).toBe(0);
    expect(fly.requests).toHaveLength(0);
    expect(run.outputs.valid ?? 'unknown').not.toBe('true');
    expect(run.everything).toContain(name);
    expect(run.everything).toContain('https://');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(leakOf(run)).toBeUndefined();
  });

  it('health mode: an http:// fly-api-url to another host sends nothing', async () => {
    const run = await health(
      { FLY_WEB: TOKEN },
      { 'fly-api-url': REMOTE_HTTP },
      { HTTP_PROXY: proxy.url }
    );
    expect(proxy.count).toBe(0);
    expect(fly.requests).toHaveLength(0);
    expect(healthRows(run).every(row => row.valid !== 'true')).toBe(true);
    expect(run.everything).toContain('fly-api-url');
    expect(leakOf(run)).toBeUndefined();
  });

  it.each([
    ['the --fly-api-url flag', ['--fly-api-url', REMOTE_HTTP], {}],
    ['FLY_API_URL', [], { FLY_API_URL: REMOTE_HTTP }],
    ['FLY_GRAPHQL_URL', [], { FLY_GRAPHQL_URL: `${REMOTE_HTTP}/graphql` }]
  ])('the CLI: an http:// URL from %s sends nothing', async (_label, flags, env) => {
    const run = await runCli(['check', '--apps', 'acme-web', ...flags], {
      env: {
        FLY_API_TOKEN: TOKEN,
        FLY_API_URL: fly.url,
        FLY_GRAPHQL_URL: fly.graphqlUrl,
        HTTP_PROXY: proxy.url,
        ...env
      }
    });
    expect(proxy.count).toBe(0);
    expect(fly.requests).toHaveLength(0);
    expect(run.stdout).toMatch(/fly-(api|graphql)-url must be an https:\/\/ URL/);
    expect(run.stdout).not.toMatch(/Valid:\s+true/);
    expect(leakOf(run)).toBeUndefined();
  });

  it('http:// to a loopback host is allowed, for stand-ins and tests', async () => {
    const run = await check({ 'fly-api-url': fly.url.replace('127.0.0.1', 'localhost') });
    expect(run.outputs.valid).toBe('true');
    expect(fly.requests.length).toBeGreaterThan(0);
    // The shared undici 6 calls its proxy-aware agent experimental: no such notice in the log.
    expect(run.stderr).not.toMatch(/experimental/i);
  });
});

describe('valid, findings and summary tell one story (issue 14, item 10)', () => {
  it('a 401 on the app check: valid=false, invalid-token, the summary says rejected', async () => {
    fly.setMisbehaviour('app', {
      kind: 'status',
      status: 401,
      body: '{"error":"token validation error"}'
    });
    const run = await check();
    expect(run.outputs.valid).toBe('false');
    expect(rules(run)).toContain('invalid-token');
    expect(run.summary).toContain('rejected by Fly');
    expect(run.summary).not.toContain('accepted by Fly');
    expect(run.exitCode).toBe(1);
  });

  it.each([
    ['200 {}', { kind: 'respond', status: 200, body: {} }],
    ['400 {"x":1}', { kind: 'respond', status: 400, body: { x: 1 } }]
  ] as const)('a server answering %s everywhere is not Fly accepting', async (_label, answer) => {
    for (const route of ['apps-list', 'app', 'graphql'] as const)
      fly.setMisbehaviour(route, answer);
    const run = await check();
    expect(run.outputs.valid).toBe('unknown');
    expect(rules(run)).toEqual(['unverified']);
    expect(run.summary).toContain('could not be verified');
    expect(run.summary).not.toContain('accepted by Fly');
    expect(run.exitCode).toBe(0);
  });

  it('a viewer that is not a User or Macaroon, and an app body that is not the app, are not acceptance', async () => {
    fly.setMisbehaviour('graphql', {
      kind: 'respond',
      status: 200,
      body: { data: { viewer: { __typename: 'Anonymous' } } }
    });
    fly.setMisbehaviour('app', { kind: 'respond', status: 200, body: { name: 'other-app' } });
    const run = await check();
    expect(run.outputs.valid).toBe('unknown');
    expect(rules(run)).toEqual(['unverified']);
  });

  it('health mode: 200 {} everywhere leaves every token unknown, never valid', async () => {
    for (const route of ['apps-list', 'app', 'graphql'] as const) {
      fly.setMisbehaviour(route, { kind: 'respond', status: 200, body: {} });
    }
    const run = await health({ FLY_WEB: TOKEN, FLY_ORG: vector('org_full').header_form });
    expect(healthRows(run).map(row => [row.name, row.valid])).toEqual([
      ['FLY_WEB', 'unknown'],
      ['FLY_ORG', 'unknown']
    ]);
  });
});

describe('Fly unreachable is never "invalid" (issue 14, item 10; G)', () => {
  async function closedPort(): Promise<string> {
    const gone = await startFlyStandIn();
    await gone.close();
    return gone.url;
  }

  it('check mode: unverified, valid unknown, exit 0', async () => {
    const url = await closedPort();
    const run = await check({ 'fly-api-url': url, 'fly-graphql-url': `${url}/graphql` });
    expect(run.outputs.valid).toBe('unknown');
    expect(rules(run)).toEqual(['unverified']);
    expect(run.exitCode).toBe(0);
  });

  it('health mode: every token unverified, none invalid', async () => {
    const url = await closedPort();
    const run = await health(
      { FLY_WEB: TOKEN, FLY_ORG: vector('org_full').header_form },
      { 'fly-api-url': url, 'fly-graphql-url': `${url}/graphql` }
    );
    for (const row of healthRows(run)) {
      expect(row.valid).toBe('unknown');
      expect(row.findings.map(f => f.rule)).toContain('unverified');
      expect(row.findings.map(f => f.rule)).not.toContain('invalid-token');
    }
    expect(run.exitCode).toBe(0);
  });
});

describe('one check of one token for one app is one round trip (issue 18)', () => {
  // Counted, not timed: with Fly silent only the first round is ever sent, so when a normal run
  // sends no more than that, no request waited for another's answer.
  it('two requests at most, all sent before any answer', async () => {
    const normal = await check();
    expect(normal.outputs.valid).toBe('true');
    const total = fly.requests.length;

    const silent = await startFlyStandIn();
    try {
      for (const route of ['apps-list', 'app', 'graphql'] as const) {
        silent.setMisbehaviour(route, { kind: 'hang' });
      }
      const timedOut = await check({
        'fly-api-url': silent.url,
        'fly-graphql-url': silent.graphqlUrl,
        'timeout-seconds': '8'
      });
      expect(timedOut.outputs.valid).toBe('unknown');
      expect(silent.requests.length).toBe(total);
    } finally {
      await silent.close();
    }
    expect(total).toBeLessThanOrEqual(2);
  });
});
