// The default dispatcher honours the proxy environment (read when it is built), as runners
// behind corporate proxies need, and NO_PROXY lets hosts bypass it.
import { createFlyDispatcher } from '../../src/fly/dispatcher.js';
import { verifyOnline } from '../../src/fly/verify.js';
import { startFlyStandIn, type FlyStandIn } from '../support/fly-api-stand-in.js';
import { startProxy, type TestProxy } from '../support/proxy.js';
import { optionsFor, tokenOf } from './helpers.js';
import { vector } from './vectors.js';

const PROXY_VARIABLES = [
  'HTTP_PROXY',
  'http_proxy',
  'HTTPS_PROXY',
  'https_proxy',
  'NO_PROXY',
  'no_proxy'
];
const saved: Record<string, string | undefined> = {};

let standIn: FlyStandIn;
let proxy: TestProxy;

beforeEach(async () => {
  for (const name of PROXY_VARIABLES) {
    saved[name] = process.env[name];
    delete process.env[name];
  }
  standIn = await startFlyStandIn();
  proxy = await startProxy();
});

afterEach(async () => {
  for (const name of PROXY_VARIABLES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  await standIn.close();
  await proxy.close();
});

/** Builds the dispatcher from the environment as it is now, runs the checks, closes it. */
async function verifyWithEnvironmentDispatcher(flyApiUrl?: string) {
  const dispatcher = createFlyDispatcher();
  try {
    const options = optionsFor(standIn, dispatcher, tokenOf(vector('org_full')), ['acme-web']);
    return await verifyOnline(flyApiUrl ? { ...options, flyApiUrl } : options);
  } finally {
    await dispatcher.destroy();
  }
}

const standInHost = () => new URL(standIn.url).host;

it('goes through HTTP_PROXY for http:// endpoints', async () => {
  process.env.HTTP_PROXY = proxy.url;
  const result = await verifyWithEnvironmentDispatcher();

  expect(result.acceptance).toBe('accepted');
  expect(result.apps[0]?.outcome).toBe('confirmed');
  expect(proxy.count).toBeGreaterThan(0);
  expect([...proxy.connects, ...proxy.forwards.map(u => new URL(u).host)]).toContain(standInHost());
  expect(standIn.requests.length).toBe(2);
});

it('honours the lower-case http_proxy too', async () => {
  process.env.http_proxy = proxy.url;
  const result = await verifyWithEnvironmentDispatcher();
  expect(result.acceptance).toBe('accepted');
  expect(proxy.count).toBeGreaterThan(0);
});

it.each([['127.0.0.1'], ['host:port']])('NO_PROXY=%s bypasses the proxy', async form => {
  process.env.HTTP_PROXY = proxy.url;
  process.env.NO_PROXY = form === 'host:port' ? standInHost() : form;
  const result = await verifyWithEnvironmentDispatcher();
  expect(result.acceptance).toBe('accepted');
  expect(proxy.count).toBe(0);
  expect(standIn.requests.length).toBe(2);
});

it('without proxy variables, nothing goes to the proxy', async () => {
  const result = await verifyWithEnvironmentDispatcher();
  expect(result.acceptance).toBe('accepted');
  expect(proxy.count).toBe(0);
});

it('sends https:// endpoints through HTTPS_PROXY (a CONNECT tunnel)', async () => {
  process.env.HTTPS_PROXY = proxy.url;
  // The stand-in speaks plain HTTP, so TLS inside the tunnel fails: what matters is that the
  // tunnel was asked of the proxy, and that the failure reads as unverified, not invalid.
  const result = await verifyWithEnvironmentDispatcher(`https://${standInHost()}`);
  expect(proxy.connects).toContain(standInHost());
  expect(result.apps[0]?.outcome).toBe('unverified');
  expect(result.acceptance).not.toBe('rejected');
});

it('a proxy that cannot be reached is unverified, never a rejection', async () => {
  const url = proxy.url;
  await proxy.close();
  process.env.HTTP_PROXY = url;
  const result = await verifyWithEnvironmentDispatcher();
  expect(result.acceptance).toBe('unknown');
  expect(result.apps[0]?.outcome).toBe('unverified');
  expect(result.viewer.outcome).toBe('unverified');
  expect(standIn.requests).toHaveLength(0);
  proxy = await startProxy();
});
