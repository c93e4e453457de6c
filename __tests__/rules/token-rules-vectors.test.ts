// Every offline token rule over every shared vector's ground truth (`truth.classification`), at the
// vectors' access-check clock (t0 + 300 s).
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TokenRuleContext } from '../../src/rules/context.js';
import { offlineTokenRules } from '../../src/rules/token/index.js';
import { SEVERITIES, type Finding } from '../../src/rules/types.js';
import { inspectToken } from '../../src/token/index.js';
import { loadVectors } from '../support/vectors.js';
import {
  CLOCK,
  context,
  fragmentsOf,
  fromClassification,
  leaksFragment,
  needs,
  noNeeds
} from './token-fixtures.js';

/** Every offline token rule over one context, findings in rule order. */
const runOfflineTokenRules = (ctx: TokenRuleContext): Finding[] =>
  offlineTokenRules.flatMap(rule => rule.check(ctx));

/** Rules expected per vector with unknown needs, worked out from each vector's README entry. */
const EXPECTED: Record<string, string[]> = {
  org_full: ['excessive-lifetime'],
  deploy_app: ['excessive-lifetime'],
  deploy_dashboard_100y: ['excessive-lifetime'],
  org_expired_discharge: ['expired'],
  org_readonly: ['excessive-lifetime'],
  org_readonly_from_existing_720h: [],
  machine_exec_commands: ['excessive-lifetime'],
  machine_exec_any_command: ['excessive-lifetime'],
  ssh_app: ['excessive-lifetime'],
  wireguard_org: ['excessive-lifetime'],
  sso_auth_token_bundle: ['personal-token'],
  oauth_fo1_token: ['personal-token'],
  legacy_personal_token: ['personal-token'],
  header_whitespace_newline: ['excessive-lifetime'],
  raw_bundle_no_scheme: ['excessive-lifetime'],
  bearer_flyv1_nested_scheme: ['excessive-lifetime'],
  bearer_scheme: ['excessive-lifetime'],
  deploy_missing_discharge: ['missing-discharge'],
  tp_missing_discharge: ['missing-discharge'],
  legacy_prefixes_fm1r_fm1a: ['excessive-lifetime'],
  header_with_fo1_oauth_token: ['personal-token'],
  // A 630 s discharge: short-lived by design, so not "expiring soon".
  tp_auth_fly_io_bound_discharge: [],
  org_bare_single: ['excessive-lifetime'],
  org_expired: ['expired'],
  org_long_expiry_20y: ['excessive-lifetime'],
  malformed_truncated_base64: ['malformed-token'],
  malformed_truncated_valid_base64: ['malformed-token'],
  malformed_wrong_prefix_fm3: ['malformed-token'],
  malformed_no_underscore: ['malformed-token'],
  malformed_empty_body: ['malformed-token'],
  malformed_not_msgpack: ['malformed-token'],
  malformed_scheme_only: ['malformed-token'],
  malformed_second_token_bad: ['malformed-token']
};

const JOB_NEEDS = [
  needs(['deploy'], { apps: ['web'] }),
  needs(['deploy'], { apps: ['web', 'api'] }),
  needs(['read']),
  needs(['ssh'], { apps: ['web'] }),
  needs(['machine-exec'], { apps: ['web'], commands: ['ls -la /data'] }),
  needs(['create-app', 'deploy', 'destroy-app'], { unknownApps: true })
];

describe('offline token rules over the vectors (ground truth)', () => {
  const vectors = loadVectors();

  it('covers every vector', () => {
    expect(vectors.map(v => v.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(vectors.map(v => [v.name, v] as const))('%s', (name, v) => {
    const inspection = fromClassification(v.truth.classification);
    const rules = runOfflineTokenRules(context(inspection, noNeeds(), { now: CLOCK })).map(
      f => f.rule
    );
    expect(rules).toEqual(EXPECTED[name]);
  });

  it('judges the vectors against a one-app deploy job', () => {
    const job = needs(['deploy'], { apps: ['web'] });
    const rulesFor = (name: string): string[] => {
      const v = loadVectors().find(x => x.name === name);
      if (!v) throw new Error(name);
      const ctx = context(fromClassification(v.truth.classification), job, { now: CLOCK });
      return runOfflineTokenRules(ctx).map(f => f.rule);
    };
    expect(rulesFor('org_full')).toContain('broader-than-needed');
    expect(rulesFor('deploy_app')).not.toContain('broader-than-needed');
    expect(rulesFor('deploy_app')).not.toContain('missing-capability');
    expect(rulesFor('org_readonly')).toContain('missing-capability');
    expect(rulesFor('machine_exec_commands')).toContain('missing-capability');
    expect(rulesFor('wireguard_org')).toContain('missing-capability');
    expect(rulesFor('oauth_fo1_token')).toEqual(['personal-token']);
  });

  it('never puts token text in a message or fix, whatever the job needs', () => {
    for (const v of vectors) {
      const fragments = new Set([...fragmentsOf(v.token), ...fragmentsOf(v.header_form)]);
      const inspection = fromClassification(v.truth.classification);
      for (const jobNeeds of [noNeeds(), ...JOB_NEEDS]) {
        for (const f of runOfflineTokenRules(context(inspection, jobNeeds, { now: CLOCK }))) {
          const texts = [f.message, f.fix?.summary ?? '', ...(f.fix?.commands ?? [])];
          for (const text of texts) expect(leaksFragment(text, fragments)).toBe(false);
        }
      }
    }
  });
});

describe('offlineTokenRules registry', () => {
  it('lists the eleven rules in order, with the catalogue severities', () => {
    expect(offlineTokenRules.map(r => [r.id, r.defaultSeverity])).toEqual([
      ['personal-token', 'high'],
      ['broader-than-needed', 'medium'],
      ['missing-capability', 'high'],
      ['unknown-needs', 'low'],
      ['expired', 'critical'],
      ['not-yet-valid', 'high'],
      ['expiring-soon', 'medium'],
      ['excessive-lifetime', 'low'],
      ['malformed-token', 'critical'],
      ['token-formatting', 'info'],
      ['missing-discharge', 'high']
    ]);
  });

  it('has a title, help and a docs page for every rule', () => {
    for (const rule of offlineTokenRules) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.title.length).toBeGreaterThan(5);
      expect(rule.help.length).toBeGreaterThan(40);
      expect(SEVERITIES).toContain(rule.defaultSeverity);
      expect(existsSync(path.resolve(process.cwd(), 'docs/rules', `${rule.id}.md`))).toBe(true);
    }
  });

  it('every finding carries its rule id (the check works detached from the rule object)', () => {
    const ctx = context(
      fromClassification(loadVectors()[0]?.truth.classification ?? {}),
      noNeeds()
    );
    for (const rule of offlineTokenRules) {
      const { check } = rule;
      for (const f of check(ctx)) expect(f.rule).toBe(rule.id);
    }
  });
});

describe('offline token rules over the vectors, decoded by inspectToken', () => {
  /** What the decoder adds to the ground truth: formatting hints from the header form. */
  const FORMATTING = new Set([
    'sso_auth_token_bundle',
    'header_whitespace_newline',
    'raw_bundle_no_scheme',
    'bearer_flyv1_nested_scheme',
    'bearer_scheme'
  ]);

  it.each(loadVectors().map(v => [v.name, v] as const))('%s', (name, v) => {
    const inspection = inspectToken(v.header_form);
    const findings = runOfflineTokenRules(context(inspection, noNeeds(), { now: CLOCK }));
    const expected = [...(EXPECTED[name] ?? [])];
    // token-formatting comes after the ground-truth rules in registry order, except malformed ones.
    if (FORMATTING.has(name)) expected.push('token-formatting');
    const order = offlineTokenRules.map(r => r.id);
    expected.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    expect(findings.map(f => f.rule)).toEqual(expected);

    const fragments = new Set([...fragmentsOf(v.token), ...fragmentsOf(v.header_form)]);
    for (const f of findings) {
      for (const text of [f.message, f.fix?.summary ?? '', ...(f.fix?.commands ?? [])]) {
        expect(leaksFragment(text, fragments)).toBe(false);
      }
      expect(f.message).not.toContain('[redacted');
    }
  });

  it("malformed-token repeats the decoder's specific problem", () => {
    const v = loadVectors().find(x => x.name === 'malformed_wrong_prefix_fm3');
    const inspection = inspectToken(v?.header_form ?? '');
    const message = runOfflineTokenRules(context(inspection))[0]?.message ?? '';
    const problem = inspection.problems.find(p => p.fatal)?.message ?? '<none>';
    expect(message).toContain(problem.replace(/\.$/, ''));
  });

  it('judges decoded vectors against jobs as it judges their ground truth', () => {
    for (const v of loadVectors()) {
      const decoded = inspectToken(v.header_form);
      const truth = fromClassification(v.truth.classification);
      for (const jobNeeds of JOB_NEEDS) {
        const pick = (i: typeof decoded): string[] =>
          runOfflineTokenRules(context(i, jobNeeds, { now: CLOCK }))
            .map(f => f.rule)
            .filter(r => r === 'broader-than-needed' || r === 'missing-capability');
        expect([v.name, pick(decoded)]).toEqual([v.name, pick(truth)]);
      }
    }
  });
});
