// Which proxy variable is in force and what is wrong with it: read as undici reads the
// environment (the lower-case form wins when set, an empty value means no proxy).
import {
  assertUsableProxyEnvironment,
  brokenProxyVariables,
  ProxyEnvironmentError
} from '../../src/fly/proxy-environment.js';

const NOT_A_URL = 'http://user:proxysecret@[bad';
const SOCKS = 'socks5://user:proxysecret@127.0.0.1:9';

it.each([
  ['HTTPS_PROXY', NOT_A_URL, 'not-a-url'],
  ['https_proxy', SOCKS, 'not-http'],
  ['HTTP_PROXY', SOCKS, 'not-http'],
  ['http_proxy', '127.0.0.1:3128', 'not-a-url'],
  ['HTTPS_PROXY', 'ftp://proxy.example:21', 'not-http']
])('%s=%s is named with its problem', (name, value, problem) => {
  expect(brokenProxyVariables({ [name]: value })).toEqual([{ name, problem }]);
});

it.each([
  ['http and https proxies', { HTTPS_PROXY: 'http://proxy:3128', http_proxy: 'https://p:8443' }],
  ['credentials in a proxy URL', { HTTPS_PROXY: 'http://user:pass@proxy.example:3128' }],
  ['an empty variable', { HTTPS_PROXY: '' }],
  ['no proxy at all', {}],
  // undici reads https_proxy before HTTPS_PROXY: the upper-case one is not in force.
  [
    'a broken variable shadowed by its lower-case form',
    { https_proxy: 'http://p:1', HTTPS_PROXY: SOCKS }
  ],
  [
    'a broken variable switched off by an empty lower-case form',
    { http_proxy: '', HTTP_PROXY: SOCKS }
  ]
])('%s: nothing broken', (_name, env) => {
  expect(brokenProxyVariables(env)).toEqual([]);
});

it('names both variables when both are broken', () => {
  const broken = brokenProxyVariables({ HTTP_PROXY: SOCKS, https_proxy: NOT_A_URL });
  expect(broken.map(b => b.name)).toEqual(['HTTP_PROXY', 'https_proxy']);
});

it('an explicit override replaces the environment', () => {
  expect(brokenProxyVariables({ HTTPS_PROXY: SOCKS }, { httpsProxy: '' })).toEqual([]);
});

it('the message names the variable and the problem, never the value', () => {
  let caught: unknown;
  try {
    assertUsableProxyEnvironment({ HTTPS_PROXY: SOCKS });
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ProxyEnvironmentError);
  const message = (caught as Error).message;
  expect(message).toMatch(/proxy variable HTTPS_PROXY is not an http:\/\/ or https:\/\/ URL/);
  expect(message).toMatch(/SOCKS/);
  expect(message).not.toMatch(/proxysecret|user|127\.0\.0\.1|socks5/);
});
