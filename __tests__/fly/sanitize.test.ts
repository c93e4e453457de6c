// Text from outside (Fly's errors, network errors) is cleaned before it reaches a detail.
import fc from 'fast-check';
import { SECRET_FRAGMENT_LENGTH, sanitizeDetail } from '../../src/fly/sanitize.js';
import { flyAuthorization, stripAuthorizationScheme } from '../../src/fly/authorization.js';
import { FLY_TOKEN_GUARD_VERSION, DEFAULT_USER_AGENT } from '../../src/fly/version.js';
import { readFileSync } from 'node:fs';
import { vector } from './vectors.js';

const deploy = vector('deploy_app');

/** Whether `text` contains any fragment of `secret` as long as the ones that must never survive. */
function containsSecretFragment(text: string, secret: string): boolean {
  const n = SECRET_FRAGMENT_LENGTH;
  if (secret.length < n) return secret !== '' && text.includes(secret);
  for (let i = 0; i + n <= secret.length; i++)
    if (text.includes(secret.slice(i, i + n))) return true;
  return false;
}

describe('sanitizeDetail', () => {
  it('removes a token echoed whole, in part, or with its scheme', () => {
    const secret = deploy.token;
    const samples = [
      `token validation error for FlyV1 ${secret}`,
      `bad token ${secret.slice(100, 160)} here`,
      `prefix ${secret.slice(0, 30)}`,
      `{"got":"${secret.slice(-12)}"}`
    ];
    for (const sample of samples) {
      const clean = sanitizeDetail(sample, [secret]);
      expect(containsSecretFragment(clean, secret)).toBe(false);
    }
  });

  it('removes token-looking text even when the secret is not known', () => {
    expect(sanitizeDetail('bad fo1_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG')).not.toContain(
      'fo1_'
    );
    expect(sanitizeDetail('Bearer sekret-value')).not.toContain('sekret');
    expect(sanitizeDetail(`x ${'A1b2C3d4'.repeat(5)} y`)).toBe('x [redacted] y');
    expect(sanitizeDetail('proxy http://user:hunter2@proxy.local:3128 refused')).not.toContain(
      'hunter2'
    );
  });

  it('keeps ordinary text and identity emails, collapses whitespace, and truncates', () => {
    expect(sanitizeDetail('app  not\nfound')).toBe('app not found');
    const email = '27c10384-3765-524a-b206-4e1349fcb2ba@tokens.fly.io';
    expect(sanitizeDetail(email)).toBe(email);
    const long = sanitizeDetail('word '.repeat(100));
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long.endsWith('…')).toBe(true);
  });

  it('never lets an 8-character fragment of the secret through (property)', () => {
    const secret = deploy.token;
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.nat({ max: secret.length - 8 }),
        fc.integer({ min: 8, max: 80 }),
        fc.string({ maxLength: 40 }),
        (before, start, length, after) => {
          const text = `${before}${secret.slice(start, start + length)}${after}`;
          return !containsSecretFragment(sanitizeDetail(text, [secret]), secret);
        }
      )
    );
  });
});

describe('flyAuthorization', () => {
  it('uses FlyV1 for macaroons and Bearer for user tokens', () => {
    expect(flyAuthorization(deploy.token)?.machines).toBe(`FlyV1 ${deploy.token}`);
    const fo1 = vector('oauth_fo1_token').token;
    expect(flyAuthorization(fo1)).toEqual({
      machines: `Bearer ${fo1}`,
      graphql: `Bearer ${fo1}`,
      macaroons: false
    });
    const legacy = vector('legacy_personal_token').token;
    expect(flyAuthorization(`Bearer ${legacy}`)?.machines).toBe(`Bearer ${legacy}`);
  });

  it('strips nested schemes and whitespace, and trims pieces', () => {
    expect(stripAuthorizationScheme('  bearer FlyV1 abc \n')).toBe('abc');
    const [p, d] = deploy.token.split(',');
    expect(flyAuthorization(`FlyV1 ${p}, ${d}\n`)?.machines).toBe(`FlyV1 ${p},${d}`);
  });

  it('returns null for nothing usable', () => {
    expect(flyAuthorization('')).toBeNull();
    expect(flyAuthorization('FlyV1 ')).toBeNull();
    expect(flyAuthorization('fm2_abc\u0000def')).toBeNull();
    expect(flyAuthorization('fm2_abc def')).toBeNull();
  });
});

it('the User-Agent version is the package version', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  expect(FLY_TOKEN_GUARD_VERSION).toBe(pkg.version);
  expect(DEFAULT_USER_AGENT).toBe(`fly-token-guard/${pkg.version}`);
});
