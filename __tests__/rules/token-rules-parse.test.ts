// malformed-token, token-formatting, missing-discharge: what the decoder found wrong with the value.
import { malformedToken } from '../../src/rules/token/malformed-token.js';
import { missingDischarge } from '../../src/rules/token/missing-discharge.js';
import { tokenFormatting } from '../../src/rules/token/token-formatting.js';
import {
  context,
  deploy,
  deployMissingDischarge,
  malformed,
  org,
  personal
} from './token-fixtures.js';

describe('malformed-token', () => {
  it("fires (critical) with the decoder's specific problem", () => {
    const findings = malformedToken.check(context(malformed()));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('critical');
    expect(findings[0]?.message).toBe(
      'The token cannot be used: piece 0: the macaroon ends early (truncated after 212 bytes).'
    );
  });

  it('lists every fatal problem', () => {
    const token = malformed([
      {
        code: 'url-safe-base64',
        piece: 0,
        message: 'piece 0 uses URL-safe base64 (- and _).',
        fatal: true
      },
      {
        code: 'unknown-label',
        piece: 1,
        message: 'piece 1 has the unknown label fm3',
        fatal: true
      },
      { code: 'unregistered-caveat', message: 'caveat type 99 is not registered', fatal: false }
    ]);
    const message = malformedToken.check(context(token))[0]?.message ?? '';
    expect(message).toContain('URL-safe base64 (- and _); piece 1 has the unknown label fm3');
    expect(message).not.toContain('type 99');
  });

  it('fires on a fatal problem even if a kind was given, and has a generic text without problems', () => {
    const fatal = {
      ...deploy(),
      problems: [{ code: 'not-msgpack' as const, message: 'piece 0 is not msgpack', fatal: true }]
    };
    expect(malformedToken.check(context(fatal))[0]?.message).toContain('piece 0 is not msgpack');
    expect(malformedToken.check(context(malformed([])))[0]?.message).toMatch(/not a Fly.io token/);
  });

  it('redacts token-looking text a decoder message might carry', () => {
    const leaky = malformed([
      { code: 'bad-base64', message: 'bad base64 near lJPECAAAAAAAC4yLxBDn3WbS2ZQ6', fatal: true }
    ]);
    const message = malformedToken.check(context(leaky))[0]?.message ?? '';
    expect(message).not.toContain('lJPECAAA');
    // The decoder's text had to be cut, so the rule says it in its own words, by problem code.
    expect(message).toBe('The token cannot be used: the body is not valid base64.');
  });

  it('mints a new token without a revoke line', () => {
    const fix = malformedToken.check(context(malformed()))[0]?.fix;
    expect(fix?.commands).toHaveLength(1);
    expect(fix?.commands[0]).toMatch(
      /^fly tokens create deploy .* \| gh secret set FLY_API_TOKEN$/
    );
  });

  it('stays silent for tokens that parse, including non-fatal problems and a missing discharge', () => {
    expect(malformedToken.check(context(org()))).toEqual([]);
    const nonFatal = {
      ...org(),
      problems: [{ code: 'unregistered-caveat' as const, message: 'type 99', fatal: false }]
    };
    expect(malformedToken.check(context(nonFatal))).toEqual([]);
    const discharge = {
      ...deployMissingDischarge(),
      problems: [{ code: 'missing-discharge' as const, message: 'no discharge', fatal: true }]
    };
    expect(malformedToken.check(context(discharge))).toEqual([]);
  });
});

describe('token-formatting', () => {
  it('fires (info) with every formatting issue and a store command for the environment', () => {
    const token = {
      ...deploy(),
      formatting: [
        { code: 'surrounding-whitespace' as const, message: 'the value has a trailing newline.' },
        { code: 'scheme-missing' as const, message: 'the `FlyV1 ` scheme is missing' }
      ]
    };
    const findings = tokenFormatting.check(
      context(token, undefined, { options: { environment: 'prod' } })
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('info');
    expect(findings[0]?.message).toBe(
      'The token works but is stored sloppily: the value has a trailing newline; the `FlyV1 ` scheme is missing.'
    );
    expect(findings[0]?.fix?.commands).toEqual(['gh secret set FLY_API_TOKEN --env prod']);
  });

  it('uses its own words when the decoder had to redact its message', () => {
    const token = {
      ...deploy(),
      formatting: [
        { code: 'scheme-doubled' as const, message: '[redacted: matches the token text]' },
        { code: 'space-after-comma' as const, message: '' }
      ]
    };
    expect(tokenFormatting.check(context(token))[0]?.message).toBe(
      'The token works but is stored sloppily: the scheme is written twice; a space after a comma between tokens.'
    );
  });

  it('stays silent for tidy tokens and for malformed ones (malformed-token covers them)', () => {
    expect(tokenFormatting.check(context(deploy()))).toEqual([]);
    const broken = {
      ...malformed(),
      formatting: [{ code: 'scheme-missing' as const, message: 'no scheme' }]
    };
    expect(tokenFormatting.check(context(broken))).toEqual([]);
  });
});

describe('missing-discharge', () => {
  it('fires (high) when the 3P caveat has no discharge, naming its location', () => {
    const findings = missingDischarge.check(context(deployMissingDischarge()));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('high');
    expect(findings[0]?.message).toContain('https://api.fly.io/aaa/v1');
    expect(findings[0]?.message).toContain('interactive login');
    expect(findings[0]?.fix?.commands[0]).toMatch(/^fly tokens create deploy /);
  });

  it('fires when a discharge is present but does not match, or the decoder reports it', () => {
    const unmatched = { ...deploy(), dischargePaired: false };
    expect(missingDischarge.check(context(unmatched))[0]?.message).toContain(
      'none of its discharge tokens matches'
    );
    const reported = {
      ...deploy(),
      problems: [{ code: 'missing-discharge' as const, message: 'x', fatal: false }]
    };
    expect(missingDischarge.check(context(reported))).toHaveLength(1);
  });

  it('stays silent for paired tokens, tokens without 3P caveats and personal tokens', () => {
    expect(missingDischarge.check(context(deploy()))).toEqual([]);
    expect(
      missingDischarge.check(context({ ...org(), dischargePaired: null, hasDischarge: false }))
    ).toEqual([]);
    expect(missingDischarge.check(context(personal()))).toEqual([]);
  });
});
