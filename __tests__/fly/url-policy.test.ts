// Where the Fly client may send a token: https anywhere, plain http only to this machine.
import { checkFlyUrl, isLoopbackHost } from '../../src/fly/url-policy.js';
import { vector } from './vectors.js';

describe('checkFlyUrl', () => {
  it.each([
    'https://api.machines.dev',
    'https://api.fly.io/graphql',
    'https://fly.example.com:8443/base/',
    'http://127.0.0.1:4280',
    'http://127.1.2.3/graphql',
    'http://127.1',
    'http://localhost:8080',
    'http://LOCALHOST',
    'http://[::1]:9000/graphql'
  ])('accepts %s', value => {
    const checked = checkFlyUrl(value);
    expect(checked.ok).toBe(true);
  });

  it.each([
    'http://api.machines.dev',
    'http://example.com/graphql',
    'http://10.0.0.1',
    'http://128.0.0.1',
    'http://127.0.0.1.nip.io',
    'http://localhost.example.com',
    'http://[::2]',
    'http://[::ffff:127.0.0.1]'
  ])('refuses plain http to another host: %s', value => {
    const checked = checkFlyUrl(value);
    expect(checked).toMatchObject({ ok: false });
    expect(!checked.ok && checked.problem).toMatch(/must be an https:\/\/ URL.*clear text/);
  });

  it.each(['ftp://api.machines.dev', 'file:///etc/passwd', 'api.machines.dev', '', 'https://'])(
    'refuses what is not an http(s) URL: %j',
    value => {
      const checked = checkFlyUrl(value);
      expect(checked).toMatchObject({ ok: false });
      expect(!checked.ok && checked.problem).toContain('must be an https:// URL');
    }
  );

  it('never repeats the value, which could hold a pasted token', () => {
    const token = vector('deploy_app').token;
    for (const value of [`http://example.com/${token}`, `${token}`, `ftp://x/${token}`]) {
      const checked = checkFlyUrl(value);
      expect(checked.ok).toBe(false);
      expect(!checked.ok && checked.problem).not.toContain(token.slice(4, 20));
    }
  });
});

describe('isLoopbackHost', () => {
  it('is localhost, 127.0.0.0/8 and ::1 as the URL parser writes them', () => {
    expect(['localhost', '127.0.0.1', '127.255.0.9', '[::1]'].map(isLoopbackHost)).toEqual([
      true,
      true,
      true,
      true
    ]);
    expect(['localhost.', '127.0.0', '0.0.0.0', '[::]', 'example.com'].map(isLoopbackHost)).toEqual(
      [false, false, false, false, false]
    );
  });
});
