// The health engine: one row per named token, statuses, the worst verdict, the first expiry, and
// a fingerprint that follows what a person acts on (status, findings, expiry date) but not the
// daily countdown.
import type { Dispatcher } from 'undici';
import {
  healthFingerprint,
  healthImpact,
  healthState,
  runHealth,
  statusOf,
  summarizeHealth,
  worstVerdict,
  type HealthInput,
  type HealthReport,
  type HealthRow,
  type NamedToken
} from '../../src/engine/health.js';
import { safeFingerprint } from '../../src/github/marker.js';
import type { Finding } from '../../src/rules/types.js';
import { directDispatcher } from '../fly/helpers.js';
import { startFlyStandIn, STAND_IN_CLOCK, type FlyStandIn } from '../support/fly-api-stand-in.js';
import { vector } from '../support/vectors.js';

const DAY_MS = 86_400_000;

const token = (name: string, vectorName: string): NamedToken => ({
  name,
  value: vector(vectorName).header_form
});

function health(
  tokens: NamedToken[],
  now: string,
  extra: Partial<HealthInput> = {}
): Promise<HealthReport> {
  return runHealth({
    tokens,
    now: new Date(now),
    failOn: 'high',
    options: { expiryWarningDays: 14, maxLifetimeDays: 36500 },
    ...extra
  });
}

const rowNamed = (report: HealthReport, name: string): HealthRow => {
  const row = report.rows.find(r => r.name === name);
  if (!row) throw new Error(`no row ${name}`);
  return row;
};

const truthExpiry = (name: string): string =>
  vector(name).truth.classification.expires_at_iso as string;

describe('runHealth, offline', () => {
  const NOW = '2026-01-01T00:00:00Z';

  it('gives one row per token, in input order, with the status a person would give it', async () => {
    const report = await health(
      [
        token('FLY_WEB', 'deploy_app'),
        token('FLY_OLD', 'org_expired_discharge'),
        token('FLY_ME', 'oauth_fo1_token'),
        token('FLY_BAD', 'malformed_wrong_prefix_fm3'),
        { name: 'FLY_UNSET', value: undefined },
        { name: 'FLY_BLANK', value: '  \n' },
        token('FLY_HALF', 'deploy_missing_discharge')
      ],
      NOW
    );
    expect(report.rows.map(r => [r.name, r.kind, r.status])).toEqual([
      ['FLY_WEB', 'deploy', 'healthy'],
      ['FLY_OLD', 'org', 'broken'],
      ['FLY_ME', 'personal', 'attention'],
      ['FLY_BAD', 'malformed', 'broken'],
      ['FLY_UNSET', 'missing', 'broken'],
      ['FLY_BLANK', 'missing', 'broken'],
      ['FLY_HALF', 'deploy', 'broken']
    ]);
    expect(report.verdict).toBe('fail');
    expect(report.needingAttention).toBe(6);
    expect(report.needsPerson).toBe(true);
  });

  it('says plainly when a variable is empty or not set, as a critical finding on that token', async () => {
    const report = await health([{ name: 'FLY_STAGING', value: undefined }], NOW);
    const row = rowNamed(report, 'FLY_STAGING');
    expect(row.scope).toBe('none');
    expect(row.findings).toHaveLength(1);
    expect(row.findings[0]).toMatchObject({ severity: 'critical', subject: 'FLY_STAGING' });
    expect(row.findings[0]?.message).toMatch(/variable FLY_STAGING is empty or not set/);
    expect(row.findings[0]?.fix?.commands).toEqual(['gh secret set FLY_STAGING']);
    expect(report.verdict).toBe('fail');
  });

  it('names each finding after its token, without file locations, and fixes the named secret', async () => {
    const report = await health(
      [token('FLY_OLD', 'org_expired_discharge'), token('FLY_ME', 'oauth_fo1_token')],
      NOW
    );
    for (const row of report.rows) {
      expect(row.findings.length).toBeGreaterThan(0);
      for (const finding of row.findings) {
        expect(finding.subject).toBe(row.name);
        expect(finding.location).toBeUndefined();
      }
    }
    const old = rowNamed(report, 'FLY_OLD');
    expect(old.findings.map(f => f.rule)).toContain('expired');
    expect(old.attention.map(f => f.rule)).toEqual(['expired']);
    expect(old.findings.flatMap(f => f.fix?.commands ?? [])).toContainEqual(
      expect.stringMatching(/^fly tokens create .* \| gh secret set FLY_OLD$/)
    );
    expect(rowNamed(report, 'FLY_ME').attention.map(f => f.rule)).toContain('personal-token');
  });

  it('counts days to expiry from the clock and reports the first expiry, negative once past', async () => {
    const report = await health(
      [token('FLY_WEB', 'deploy_app'), token('FLY_OLD', 'org_expired_discharge')],
      NOW
    );
    const days = (name: string): number =>
      Math.floor((Date.parse(truthExpiry(name)) - Date.parse(NOW)) / DAY_MS);
    expect(rowNamed(report, 'FLY_WEB').expiresInDays).toBe(days('deploy_app'));
    expect(rowNamed(report, 'FLY_OLD').expiresInDays).toBe(days('org_expired_discharge'));
    expect(report.firstExpiryDays).toBe(days('org_expired_discharge'));
    expect(report.firstExpiryDays).toBeLessThan(0);
    expect(rowNamed(report, 'FLY_WEB').lifetimeDays).toBe(
      Math.round((vector('deploy_app').truth.classification.lifetime_seconds as number) / 86400)
    );
  });

  it('has no first expiry when no token expires', async () => {
    const report = await health([token('FLY_ME', 'oauth_fo1_token')], NOW);
    expect(report.rows[0]?.expiresAt).toBeNull();
    expect(report.firstExpiryDays).toBeNull();
  });

  it('checks a name listed twice once', async () => {
    const report = await health(
      [token('FLY_WEB', 'deploy_app'), token('FLY_WEB', 'deploy_app')],
      NOW
    );
    expect(report.rows).toHaveLength(1);
  });

  it('is all healthy (and passes) for sound tokens', async () => {
    const report = await health(
      [token('FLY_WEB', 'deploy_app'), token('FLY_RO', 'org_readonly')],
      NOW
    );
    expect(report.rows.map(r => r.status)).toEqual(['healthy', 'healthy']);
    expect(report.verdict).toBe('pass');
    expect(report.needsPerson).toBe(false);
    expect(report.needingAttention).toBe(0);
  });

  it('judges the tokens against the needs only when needs are given', async () => {
    const tokens = [token('FLY_ORG', 'org_full')];
    const without = await health(tokens, NOW);
    expect(without.rows[0]?.findings.map(f => f.rule)).not.toContain('broader-than-needed');
    const withNeeds = await health(tokens, NOW, {
      needs: {
        apps: ['acme-web'],
        capabilities: ['deploy'],
        unknownApps: false,
        commands: [],
        evidence: [],
        source: 'input'
      }
    });
    expect(withNeeds.rows[0]?.findings.map(f => f.rule)).toContain('broader-than-needed');
    // Broader is worth fixing, but not a reason to call someone.
    expect(withNeeds.rows[0]?.status).toBe('healthy');
  });
});

describe('status and verdict helpers', () => {
  const finding = (rule: string, severity: Finding['severity']): Finding => ({
    rule,
    severity,
    message: 'm'
  });

  it('maps findings to what a person must do', () => {
    expect(healthImpact(finding('expired', 'critical'))).toBe('broken');
    expect(healthImpact(finding('invalid-token', 'critical'))).toBe('broken');
    expect(healthImpact(finding('expiring-soon', 'medium'))).toBe('attention');
    expect(healthImpact(finding('personal-token', 'high'))).toBe('attention');
    expect(healthImpact(finding('wrong-target', 'high'))).toBe('attention');
    expect(healthImpact(finding('excessive-lifetime', 'low'))).toBeNull();
    expect(healthImpact(finding('unverified', 'low'))).toBeNull();
  });

  it('calls a token Fly rejected broken even without a finding', () => {
    expect(statusOf([], 'false')).toBe('broken');
    expect(statusOf([], 'true')).toBe('healthy');
    expect(statusOf([finding('expiring-soon', 'medium')], 'unknown')).toBe('attention');
  });

  it('takes the worst verdict', () => {
    expect(worstVerdict([])).toBe('pass');
    expect(worstVerdict(['pass', 'warn', 'pass'])).toBe('warn');
    expect(worstVerdict(['warn', 'fail', 'pass'])).toBe('fail');
  });
});

describe('fingerprint', () => {
  // org_readonly_from_existing_720h expires 2025-08-08T10:37:03Z.
  const RO = [token('FLY_RO', 'org_readonly_from_existing_720h')];
  const at = (iso: string) => health(RO, iso);

  it('does not change with the countdown alone', async () => {
    const nineDays = await at('2025-07-30T00:00:00Z');
    const eightDays = await at('2025-07-31T00:00:00Z');
    // The countdown really moved ...
    expect(nineDays.rows[0]?.expiresInDays).toBe(9);
    expect(eightDays.rows[0]?.expiresInDays).toBe(8);
    expect(nineDays.rows[0]?.status).toBe('attention');
    // ... yet the state a person acts on did not.
    expect(eightDays.fingerprint).toBe(nineDays.fingerprint);
  });

  it('ignores message wording (messages carry countdowns like "in 9 days")', async () => {
    const report = await at('2025-07-30T00:00:00Z');
    const row = report.rows[0] as HealthRow;
    expect(row.findings.length).toBeGreaterThan(0);
    const reworded: HealthRow = {
      ...row,
      findings: row.findings.map(f => ({ ...f, message: `${f.message} (reworded)` }))
    };
    expect(healthFingerprint([reworded])).toBe(report.fingerprint);
    // Whereas a different finding set is a different state.
    expect(healthFingerprint([{ ...row, findings: [] }])).not.toBe(report.fingerprint);
  });

  it('changes when a status changes', async () => {
    const quiet = await at('2025-07-20T00:00:00Z');
    const warned = await at('2025-07-30T00:00:00Z');
    expect(quiet.rows[0]?.status).toBe('healthy');
    expect(warned.rows[0]?.status).toBe('attention');
    expect(warned.fingerprint).not.toBe(quiet.fingerprint);
  });

  it('changes when a finding turns urgent or the token expires', async () => {
    const nineDays = await at('2025-07-30T00:00:00Z');
    const twoDays = await at('2025-08-06T12:00:00Z');
    const gone = await at('2025-08-10T00:00:00Z');
    expect(twoDays.rows[0]?.findings.map(f => f.severity)).toEqual(['high']);
    expect(gone.rows[0]?.status).toBe('broken');
    const prints = new Set([nineDays, twoDays, gone].map(r => r.fingerprint));
    expect(prints.size).toBe(3);
  });

  it('changes when a token is rotated (a new expiry date)', async () => {
    const before = await health([token('FLY_ORG', 'org_full')], '2026-01-01T00:00:00Z');
    const after = await health([token('FLY_ORG', 'org_long_expiry_20y')], '2026-01-01T00:00:00Z');
    expect(before.rows[0]?.status).toBe(after.rows[0]?.status);
    expect(before.rows[0]?.expiresAt).not.toBe(after.rows[0]?.expiresAt);
    expect(after.fingerprint).not.toBe(before.fingerprint);
  });

  it('ignores an online check that could not complete', async () => {
    const report = await at('2025-07-30T00:00:00Z');
    const row = report.rows[0] as HealthRow;
    const flaky: HealthRow = {
      ...row,
      findings: [...row.findings, { rule: 'unverified', severity: 'low', message: 'Fly was down' }]
    };
    expect(healthFingerprint([flaky])).toBe(report.fingerprint);
    expect(healthState([flaky])).toBe(healthState([row]));
  });

  it('is stored in the issue marker as it is', async () => {
    const report = await at('2025-07-30T00:00:00Z');
    expect(safeFingerprint(report.fingerprint)).toBe(report.fingerprint);
    // A recomputation over the same rows gives the same value.
    const again = summarizeHealth(report.rows, report);
    expect(again.fingerprint).toBe(report.fingerprint);
  });
});

describe('runHealth, online against the Fly stand-in', () => {
  let standIn: FlyStandIn;
  let dispatcher: Dispatcher;

  beforeEach(async () => {
    standIn = await startFlyStandIn();
    dispatcher = directDispatcher();
  });

  afterEach(async () => {
    await dispatcher.destroy();
    await standIn.close();
  });

  it('marks an accepted token valid and a revoked one broken', async () => {
    standIn.revoke(vector('org_full').token);
    const report = await health(
      [token('FLY_WEB', 'deploy_app'), token('FLY_ORG', 'org_full')],
      new Date(STAND_IN_CLOCK * 1000).toISOString(),
      {
        online: {
          flyApiUrl: standIn.url,
          flyGraphqlUrl: standIn.graphqlUrl,
          dispatcher,
          timeoutMs: 5000
        }
      }
    );
    const web = rowNamed(report, 'FLY_WEB');
    const org = rowNamed(report, 'FLY_ORG');
    expect(web.checkedOnline).toBe(true);
    expect(web.valid).toBe('true');
    expect(web.status).toBe('healthy');
    expect(org.valid).toBe('false');
    expect(org.status).toBe('broken');
    expect(org.attention.map(f => f.rule)).toEqual(['invalid-token']);
    expect(report.verdict).toBe('fail');
  });
});
