// The terminal rendering of an inspection: meaning, access, expiry in words, never the token.
import { renderInspectionText } from '../../src/report/inspect-text.js';
import {
  formatCountdown as relativeTo,
  formatDuration as humanDuration
} from '../../src/report/time.js';
import { inspectToken } from '../../src/token/index.js';
import { loadVectors, vector } from './support.js';

const NOW = new Date('2025-07-09T10:38:03Z');
const DAY = 86_400_000;

describe('renderInspectionText', () => {
  it.each(loadVectors().map(v => [v.name, v] as const))('%s', (_name, v) => {
    const inspection = inspectToken(v.header_form);
    const text = renderInspectionText(inspection, NOW);
    expect(text).toContain(`Kind:        ${inspection.kind}: `);
    if (inspection.kind === 'personal') {
      // Its user part outlives any macaroon bundled with it: the token does not say.
      expect(text).toContain('Expires:     unknown (a personal token does not record its expiry)');
    } else if (inspection.expiresAt) {
      const days = Math.floor(Math.abs(Date.parse(inspection.expiresAt) - NOW.getTime()) / DAY);
      const when =
        Date.parse(inspection.expiresAt) > NOW.getTime() ? `in ${days} day` : `expired ${days} day`;
      const date = `${inspection.expiresAt.slice(0, 10)} ${inspection.expiresAt.slice(11, 16)} UTC`;
      expect(text).toContain(`Expires:     ${date} (${days ? when : ''}`);
    } else {
      expect(text).toMatch(/Expires: {5}(—|never \(the token has no expiry\))/);
    }
    for (const p of inspection.problems) expect(text).toContain(p.message);
    for (let i = 0; i + 8 <= v.header_form.length; i++) {
      expect(text).not.toContain(v.header_form.slice(i, i + 8));
    }
  });

  it('explains a deploy token: app, features, 20-year lifetime, creator, identity', () => {
    const text = renderInspectionText(inspectToken(vector('deploy_app').header_form), NOW);
    expect(text).toContain('deploy: a deploy token');
    expect(text).toContain('  4455667: rwcdC (read, write, create, delete, control: everything)');
    expect(text).toContain('Org access:  r (read)');
    expect(text).toContain('  builder: rwcdC (read, write, create, delete, control: everything)');
    expect(text).toContain('(in 7299 days)');
    expect(text).toContain('Lifetime:    20 years');
    expect(text).toContain('Creator:     Fly user 812734');
    expect(text).toContain('Identity:    27c10384-3765-524a-b206-4e1349fcb2ba@tokens.fly.io');
  });

  it('says how long ago an expired token expired', () => {
    const text = renderInspectionText(
      inspectToken(vector('org_expired_discharge').header_form),
      NOW
    );
    expect(text).toContain('(expired 10 days ago)');
    expect(text).toContain('Lifetime:    30 days');
  });

  it('lists commands, mutations, problems and formatting hints', () => {
    const exec = renderInspectionText(
      inspectToken(vector('machine_exec_commands').header_form),
      NOW
    );
    expect(exec).toContain('  ls -la /data (exactly)');
    expect(exec).toContain('  cat (and any arguments)');
    const ssh = renderInspectionText(inspectToken(vector('ssh_app').header_form), NOW);
    expect(ssh).toContain('Mutations:   issueCertificate, addWireGuardPeer');
    const missing = renderInspectionText(
      inspectToken(vector('deploy_missing_discharge').header_form),
      NOW
    );
    expect(missing).toContain('Discharge:   missing');
    const sloppy = renderInspectionText(
      inspectToken(vector('header_whitespace_newline').header_form),
      NOW
    );
    expect(sloppy).toMatch(/Formatting:\n {2}- the token has a trailing newline/);
  });

  it('renders malformed and user tokens without guessing', () => {
    const bad = renderInspectionText(inspectToken('FlyV1 fm3_AAAA'), NOW);
    expect(bad).toContain('malformed: not a usable token');
    expect(bad).toContain('  - [fatal] unknown label fm3');
    const user = renderInspectionText(inspectToken(vector('oauth_fo1_token').header_form), NOW);
    expect(user).toContain('personal: a personal (user) token');
    expect(user).toContain('unknown (a personal token does not record its expiry)');
  });
});

describe('durations in words', () => {
  it.each([
    [630720030, '20 years'],
    [3153600030, '100 years'],
    [999999 * 3600, '114.2 years'],
    [2592000, '30 days'],
    [630, '10.5 minutes'],
    [3600, '1 hour'],
    [1, '1 second']
  ])('%i s is %s', (seconds, words) => {
    expect(humanDuration(seconds)).toBe(words);
  });

  it('counts whole days or hours either side of now', () => {
    expect(relativeTo('2025-07-19T10:38:03Z', NOW)).toBe('in 10 days');
    expect(relativeTo('2025-07-09T15:38:03Z', NOW)).toBe('in 5 hours');
    expect(relativeTo('2025-07-09T10:00:03Z', NOW)).toBe('expired 38 minutes ago');
    expect(relativeTo('2025-07-08T10:38:03Z', NOW)).toBe('expired 1 day ago');
  });
});
