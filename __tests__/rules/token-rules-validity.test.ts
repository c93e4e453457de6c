// expired, not-yet-valid, expiring-soon, excessive-lifetime: the validity window against the clock.
import { excessiveLifetime } from '../../src/rules/token/excessive-lifetime.js';
import { expired } from '../../src/rules/token/expired.js';
import { expiringSoon } from '../../src/rules/token/expiring-soon.js';
import { notYetValid } from '../../src/rules/token/not-yet-valid.js';
import {
  CD_GUIDE_S,
  CLOCK,
  context,
  DAY_S,
  deploy,
  deployMissingDischarge,
  expiringIn,
  malformed,
  needs,
  org,
  personal,
  personalBundle,
  T0,
  TWENTY_YEARS_S,
  withWindow
} from './token-fixtures.js';

const NOW = new Date('2026-03-01T12:00:00Z');
const at = (secondsFromNow: number): Date => new Date(NOW.getTime() + secondsFromNow * 1000);

describe('expired', () => {
  it('fires (critical) once the window has ended, with the date and how long ago', () => {
    const findings = expired.check(
      context(expiringIn(org(), NOW, -10 * DAY_S), undefined, { now: NOW })
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('critical');
    expect(findings[0]?.message).toContain('2026-02-19');
    expect(findings[0]?.message).toContain('10 days ago');
  });

  it('fires at the exact expiry instant and not a second before', () => {
    expect(expired.check(context(expiringIn(org(), NOW, 0), undefined, { now: NOW }))).toHaveLength(
      1
    );
    expect(expired.check(context(expiringIn(org(), NOW, 1), undefined, { now: NOW }))).toEqual([]);
  });

  it('offers a new token but no revoke (nothing left to revoke)', () => {
    const ctx = context(expiringIn(deploy(), NOW, -DAY_S), needs(['deploy'], { apps: ['web'] }), {
      now: NOW
    });
    const fix = expired.check(ctx)[0]?.fix;
    expect(fix?.commands[0]).toBe(
      'fly tokens create deploy -a web -x 2160h --name "github-actions-web" | gh secret set FLY_API_TOKEN'
    );
    expect(fix?.commands.some(c => c.includes('revoke'))).toBe(false);
  });

  it('stays silent without an expiry, and for personal or malformed tokens', () => {
    expect(expired.check(context(deployMissingDischarge(), undefined, { now: NOW }))).toEqual([]);
    const bundle = personalBundle(); // its 10-minute macaroons ended, the fo1_ part did not
    expect(expired.check(context(bundle, undefined, { now: NOW }))).toEqual([]);
    expect(expired.check(context(personal(), undefined, { now: NOW }))).toEqual([]);
    expect(expired.check(context(malformed(), undefined, { now: NOW }))).toEqual([]);
  });
});

describe('not-yet-valid', () => {
  it('fires (high) when the window starts more than a minute from now', () => {
    const token = withWindow(deploy(), at(2 * 3600), 30 * DAY_S);
    const findings = notYetValid.check(context(token, undefined, { now: NOW }));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('high');
    expect(findings[0]?.message).toContain('2026-03-01 14:00 UTC');
    expect(findings[0]?.message).toContain('in 2 hours');
  });

  it('allows a minute of clock skew, exactly', () => {
    const ok = withWindow(deploy(), at(60), 30 * DAY_S);
    const late = withWindow(deploy(), at(61), 30 * DAY_S);
    expect(notYetValid.check(context(ok, undefined, { now: NOW }))).toEqual([]);
    expect(notYetValid.check(context(late, undefined, { now: NOW }))).toHaveLength(1);
  });

  it('stays silent for tokens already valid', () => {
    expect(notYetValid.check(context(deploy(), undefined, { now: CLOCK }))).toEqual([]);
  });
});

describe('expiring-soon', () => {
  const check = (secondsLeft: number, warningDays = 14) =>
    expiringSoon.check(
      context(expiringIn(deploy(), NOW, secondsLeft), needs(['deploy'], { apps: ['web'] }), {
        now: NOW,
        options: { expiryWarningDays: warningDays }
      })
    );

  it('fires (medium) at exactly expiry-warning-days, silent a second later', () => {
    expect(check(14 * DAY_S)[0]?.severity).toBe('medium');
    expect(check(14 * DAY_S)[0]?.message).toContain('in 14 days');
    expect(check(14 * DAY_S + 1)).toEqual([]);
  });

  it('is medium at exactly 3 days and high under 3 days', () => {
    expect(check(3 * DAY_S)[0]?.severity).toBe('medium');
    expect(check(3 * DAY_S - 1)[0]?.severity).toBe('high');
    expect(check(3600)[0]?.severity).toBe('high');
  });

  it('follows expiry-warning-days', () => {
    expect(check(20 * DAY_S)).toEqual([]);
    expect(check(20 * DAY_S, 30)).toHaveLength(1);
    expect(check(DAY_S, 0)[0]).toBeUndefined();
  });

  it('stays silent for tokens short-lived by design (lifetime of a day or less)', () => {
    const shortLived = (lifetime: number) =>
      expiringSoon.check(context(withWindow(deploy(), at(-60), lifetime), undefined, { now: NOW }));
    expect(shortLived(30 * 60)).toEqual([]);
    expect(shortLived(DAY_S)).toEqual([]);
    expect(shortLived(DAY_S + 3600)).toHaveLength(1);
  });

  it('leaves an expired token to `expired`', () => {
    expect(check(0)).toEqual([]);
    expect(check(-5)).toEqual([]);
  });

  it('fixes with mint, store and revoke of the old token', () => {
    const fix = check(2 * DAY_S)[0]?.fix;
    expect(fix?.commands).toEqual([
      'fly tokens create deploy -a web -x 2160h --name "github-actions-web" | gh secret set FLY_API_TOKEN',
      'fly tokens list -a web',
      'fly tokens revoke <TOKEN_ID>'
    ]);
  });
});

describe('excessive-lifetime', () => {
  const check = (lifetimeSeconds: number, maxLifetimeDays = 365) =>
    excessiveLifetime.check(
      context(withWindow(deploy(), T0, lifetimeSeconds), undefined, {
        options: { maxLifetimeDays }
      })
    );

  it('names a 20-year token (flyctl default) with its days and end date', () => {
    const findings = check(TWENTY_YEARS_S);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('low');
    expect(findings[0]?.message).toContain('20-year');
    expect(findings[0]?.message).toContain('7300 days');
    expect(findings[0]?.message).toContain('2045-07-04');
    expect(findings[0]?.message).toContain("flyctl's default");
  });

  it('names a 114-year token (-x 999999h)', () => {
    const message = check(CD_GUIDE_S)[0]?.message ?? '';
    expect(message).toContain('114-year');
    expect(message).toContain('999999h');
  });

  it('writes an end date beyond year 9999 whole, as the summaries do', () => {
    const message = check(200_000 * 365 * DAY_S)[0]?.message ?? '';
    expect(message).toMatch(/until \+\d{6}-\d{2}-\d{2}[,: ]/);
  });

  it('is silent at exactly max-lifetime-days and fires one second above', () => {
    expect(check(365 * DAY_S)).toEqual([]);
    expect(check(365 * DAY_S + 1)).toHaveLength(1);
    expect(check(31 * DAY_S, 30)[0]?.message).toContain('31 days');
    expect(check(31 * DAY_S, 30)[0]?.message).toContain('30-day limit');
  });

  it('fires for a token with no validity window at all', () => {
    const never = {
      ...org(),
      expiresAt: null,
      notBefore: null,
      lifetimeSeconds: null,
      dischargePaired: null
    };
    expect(excessiveLifetime.check(context(never))[0]?.message).toMatch(/never expires/);
  });

  it('is silent when the window is unknown (missing discharge) or the token is personal', () => {
    expect(excessiveLifetime.check(context(deployMissingDischarge()))).toEqual([]);
    expect(excessiveLifetime.check(context(personal()))).toEqual([]);
    expect(excessiveLifetime.check(context(malformed()))).toEqual([]);
  });

  it('suggests a 90-day token', () => {
    expect(check(TWENTY_YEARS_S)[0]?.fix?.commands[0]).toContain('-x 2160h');
  });
});
