// attenuate() refuses, with a specific token-free reason, everything it cannot narrow safely:
// personal tokens, discharge-only and malformed input, bad requests, and requests the token
// cannot grant (attenuation only removes power, so such a token would be useless).
import {
  attenuate,
  type AttenuationRequest,
  type AttenuationRefusalCode
} from '../../src/token/attenuate/index.js';
import { loadVectors, vector } from '../support/vectors.js';
import {
  APP,
  CLOCK,
  OTHER_APP,
  T0,
  chainTails,
  encodeMacaroon,
  headerMacaroons,
  leaksSecret
} from './support.js';

const NOW = new Date(CLOCK * 1000);
const DEPLOY: AttenuationRequest = { appIds: [APP], access: 'deploy', ttlSeconds: 1800 };

function refusal(input: string, request: Partial<AttenuationRequest> = {}, now = NOW) {
  const result = attenuate(input, { ...DEPLOY, ...request }, now);
  if (result.ok) throw new Error('expected a refusal');
  expect(leaksSecret(result.reason, input)).toBe(false);
  expect(result.reason.length).toBeGreaterThan(10);
  return result;
}

function expectRefused(
  input: string,
  code: AttenuationRefusalCode,
  pattern: RegExp,
  request: Partial<AttenuationRequest> = {},
  now = NOW
): void {
  const result = refusal(input, request, now);
  expect({ code: result.code, reason: result.reason }).toEqual({
    code,
    reason: expect.stringMatching(pattern)
  });
}

/** A permission token signed with the fake key, from org_bare_single's nonce and these caveats. */
function customToken(caveatsHex: string[], nonce?: Buffer): string {
  const base = headerMacaroons(vector('org_bare_single').token)[0]!;
  const caveats = caveatsHex.map(h => Buffer.from(h, 'hex'));
  const n = nonce ?? base.nonce;
  const tail = chainTails({ nonce: n, caveats }).at(-1)!;
  return `FlyV1 fm2_${encodeMacaroon({ nonce: n, location: base.location, caveats, tail }).toString('base64')}`;
}

describe('personal tokens', () => {
  it.each([
    'oauth_fo1_token',
    'legacy_personal_token',
    'sso_auth_token_bundle',
    'header_with_fo1_oauth_token'
  ])('%s is refused: personal tokens cannot be attenuated', name => {
    expectRefused(
      vector(name).header_form,
      'personal-token',
      /personal tokens cannot be attenuated.*org token/
    );
  });
});

describe('input that is not a usable macaroon bundle', () => {
  it.each(
    loadVectors()
      .filter(v => v.truth.kind === 'malformed')
      .map(v => v.name)
  )('%s is malformed', name => {
    expectRefused(vector(name).header_form, 'malformed', /malformed/);
  });

  it.each(['', '   \n'])('empty input %j', input => {
    expectRefused(input, 'empty', /no token/);
  });

  it('an oversized input', () => {
    expectRefused(`FlyV1 fm2_${'A'.repeat(70_000)}`, 'malformed', /too large/);
  });

  it('a discharge on its own (no permission token)', () => {
    const discharge = vector('deploy_app').token.split(',')[1]!;
    expectRefused(`FlyV1 ${discharge}`, 'no-permission-token', /only discharge/);
  });

  it.each(['deploy_missing_discharge', 'tp_missing_discharge'])(
    '%s: the discharge is missing',
    name => {
      expectRefused(
        vector(name).header_form,
        'missing-discharge',
        /discharge token that is not in it/,
        {},
        NOW
      );
    }
  );

  it('a permission token marked as a finalized proof', () => {
    const base = headerMacaroons(vector('org_bare_single').token)[0]!;
    expect(base.nonce.at(-1)).toBe(0xc2);
    const proof = Buffer.concat([base.nonce.subarray(0, -1), Buffer.from([0xc3])]);
    expectRefused(customToken(['0092ce000e03011f'], proof), 'finalized-proof', /finalized proof/);
  });
});

describe('bad requests', () => {
  const org = vector('org_full').token;
  it.each<[string, Partial<AttenuationRequest>, RegExp]>([
    ['no apps for deploy', { appIds: [] }, /needs at least one app/],
    ['no apps for ssh', { appIds: [], access: 'ssh' }, /needs at least one app/],
    ['no apps for machine-exec', { appIds: [], access: 'machine-exec' }, /needs at least one app/],
    ['ttl under a minute', { ttlSeconds: 59 }, /out of range/],
    ['ttl over a day', { ttlSeconds: 86_401 }, /out of range/],
    ['fractional ttl', { ttlSeconds: 90.5 }, /whole number/],
    ['NaN ttl', { ttlSeconds: Number.NaN }, /whole number/],
    ['app id 0 (= every app)', { appIds: ['0'] }, /every app/],
    ['non-decimal app id', { appIds: [APP, 'my-app'] }, /app id 2 of 2 is not a decimal number/],
    ['negative app id', { appIds: ['-5'] }, /not a decimal number/],
    ['app id over 2^64', { appIds: ['18446744073709551616'] }, /larger than any Fly id/],
    [
      'unknown access',
      { access: 'admin' as AttenuationRequest['access'] },
      /access must be one of/
    ],
    ['commands without machine-exec', { commands: ['ls'] }, /only apply to access machine-exec/],
    ['apps with readonly', { access: 'readonly' }, /readonly covers the whole organization/],
    [
      'an unclosed quote',
      { access: 'machine-exec', commands: [`echo 'hi`] },
      /unclosed single quote/
    ],
    ['an empty command', { access: 'machine-exec', commands: ['  '] }, /is empty/]
  ])('%s', (_name, request, pattern) => {
    expectRefused(org, 'bad-request', pattern, request);
  });

  it('an invalid clock', () => {
    expectRefused(org, 'bad-request', /not a valid date/, {}, new Date(Number.NaN));
  });

  it('a secret pasted as an app id is not echoed', () => {
    const result = refusal(org, { appIds: [org] });
    expect(result.reason).toMatch(/app id is not a decimal number/);
  });
});

describe('requests the token cannot grant', () => {
  it('deploy for an app a deploy token cannot write', () => {
    expectRefused(
      vector('deploy_app').token,
      'cannot-grant',
      new RegExp(`cannot write app ${OTHER_APP}.*nothing`),
      {
        appIds: [OTHER_APP]
      }
    );
  });

  it('deploy from a readonly token', () => {
    expectRefused(
      vector('org_readonly').token,
      'cannot-grant',
      /cannot write app 4455667 \(it allows only 'r'/
    );
  });

  it('ssh from a readonly token', () => {
    expectRefused(vector('org_readonly').token, 'cannot-grant', /cannot issue SSH certificates/, {
      access: 'ssh'
    });
  });

  it('machine-exec of any command from a token limited to some commands', () => {
    expectRefused(vector('machine_exec_commands').token, 'cannot-grant', /arbitrary commands/, {
      access: 'machine-exec'
    });
  });

  it('machine-exec of a command outside the allowed ones', () => {
    const token = vector('machine_exec_commands').token;
    expectRefused(token, 'cannot-grant', /cannot run command 2 on machines of app/, {
      access: 'machine-exec',
      commands: ['ls -la /data', 'rm -rf /']
    });
    // ...while the allowed command and a longer form of the prefix rule are fine.
    const allowed = attenuate(
      token,
      { ...DEPLOY, access: 'machine-exec', commands: ['ls -la /data', 'cat /etc/hosts'] },
      NOW
    );
    expect(allowed.ok).toBe(true);
  });

  it('readonly on a token that names no organization', () => {
    // Apps{4455667: rwcdC} only: valid, but not tied to an org.
    const token = customToken(['039181ce0043fcf31f']);
    expectRefused(token, 'cannot-grant', /names no organization/, {
      access: 'readonly',
      appIds: []
    });
  });

  it('readonly on a token that cannot read its org', () => {
    // Organization{918273, w}: writes but cannot read.
    const token = customToken(['0092ce000e030102']);
    expectRefused(token, 'cannot-grant', /cannot read organization 918273/, {
      access: 'readonly',
      appIds: []
    });
  });
});

describe('time', () => {
  it.each(['org_expired', 'org_expired_discharge'])('%s has expired', name => {
    expectRefused(
      vector(name).header_form,
      'expired',
      /expired at \d{4}-\d\d-\d\dT.*cannot make it valid again/
    );
  });

  it('a hostile window at the far end of int64 is reported, not thrown', () => {
    // Organization{918273, rwcdC}, ValidityWindow{-2^63, -2^63 + 1}.
    const token = customToken(['0092ce000e03011f', '0492d38000000000000000d38000000000000001']);
    expectRefused(token, 'expired', /expired at -271821-04-20T00:00:00Z/);
  });

  it('a token not valid until after the requested lifetime ends', () => {
    const early = new Date((T0 - 7200) * 1000);
    expectRefused(
      vector('org_long_expiry_20y').token,
      'never-valid',
      /never be usable/,
      { ttlSeconds: 3600 },
      early
    );
  });
});
