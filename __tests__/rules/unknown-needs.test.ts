// unknown-needs (what the job does with the token cannot all be seen), how it quiets
// broader-than-needed, and the offline app match (`unverified` info, app ids in `apps`).
import { recommendToken } from '../../src/rules/fix.js';
import { broaderThanNeeded } from '../../src/rules/token/broader-than-needed.js';
import { missingCapability } from '../../src/rules/token/missing-capability.js';
import { chainOf, followedChains } from '../../src/rules/token/needs-text.js';
import { unknownNeeds } from '../../src/rules/token/unknown-needs.js';
import { unverified } from '../../src/rules/online/unverified.js';
import { wrongTarget } from '../../src/rules/online/wrong-target.js';
import { tokenRules } from '../../src/rules/registry.js';
import { verdictFor } from '../../src/rules/types.js';
import type { Needs, OpaqueUse } from '../../src/workflow/types.js';
import {
  APP_ID,
  context,
  deploy,
  needs,
  noNeeds,
  org,
  personal,
  readonly
} from './token-fixtures.js';

const RELEASE: OpaqueUse = {
  reason: 'script',
  detail: './bin/release',
  why: 'not in the checkout',
  location: { file: '.github/workflows/deploy.yml', line: 31, column: 9 }
};

function withUnseen(base: Needs, ...uses: OpaqueUse[]): Needs {
  return { ...base, opaque: uses };
}

describe('unknown-needs', () => {
  it('names what could not be seen and what the job needs at least; low, so at least warn', () => {
    const jobNeeds = withUnseen(needs(['deploy'], { apps: ['acme-web'] }), RELEASE);
    const findings = unknownNeeds.check(context(deploy(), jobNeeds));
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({
      rule: 'unknown-needs',
      severity: 'low',
      location: RELEASE.location
    });
    expect(finding?.message).toContain('needs at least `deploy` on acme-web');
    expect(finding?.message).toContain(
      'could not see: ./bin/release (not in the checkout) at .github/workflows/deploy.yml:31'
    );
    expect(finding?.fix?.summary).toContain('`needs: deploy` and `apps: acme-web`');
    expect(verdictFor(findings, 'high')).toBe('warn');
  });

  it('says so when nothing can be seen, and counts what it does not list', () => {
    const more = [1, 2, 3].map(i => ({
      ...RELEASE,
      detail: `./bin/x${i}`,
      location: { ...RELEASE.location, line: 40 + i }
    }));
    const [finding] = unknownNeeds.check(context(org(), withUnseen(noNeeds(), RELEASE, ...more)));
    expect(finding?.message).toMatch(/^This job needs nothing that can be seen; could not see: /);
    expect(finding?.message).toContain('; and 1 more');
    expect(finding?.fix?.summary).toContain('apps: <APP>');
  });

  it('stays silent when nothing is unseen, or when the needs were declared', () => {
    expect(unknownNeeds.check(context(deploy(), needs(['deploy'], { apps: ['a'] })))).toEqual([]);
    const declared = withUnseen(needs(['deploy'], { apps: ['a'], source: 'input' }), RELEASE);
    expect(unknownNeeds.check(context(deploy(), declared))).toEqual([]);
  });

  it('never quotes a token-like detail', () => {
    const leaky = { ...RELEASE, detail: `deploy --token FlyV1 fm2_${'A'.repeat(60)}` };
    const [finding] = unknownNeeds.check(context(deploy(), withUnseen(noNeeds(), leaky)));
    expect(finding?.message).not.toContain('fm2_');
    expect(finding?.message).toContain('a step (not in the checkout)');
  });

  it('quiets broader-than-needed (the unseen part may need more), not missing-capability', () => {
    const visible = needs(['deploy'], { apps: ['acme-web'] });
    expect(broaderThanNeeded.check(context(org(), visible))).toHaveLength(1);
    expect(broaderThanNeeded.check(context(org(), withUnseen(visible, RELEASE)))).toEqual([]);
    expect(missingCapability.check(context(readonly(), withUnseen(visible, RELEASE)))).toHaveLength(
      1
    );
  });

  it('chooses no token kind from a lower bound: the fix renews the same kind', () => {
    const visible = needs(['read'], { apps: ['acme-web'] });
    expect(recommendToken(visible, deploy(), { secretName: 'FLY_API_TOKEN' }).kind).toBe(
      'readonly'
    );
    const partial = recommendToken(withUnseen(visible, RELEASE), deploy(), {
      secretName: 'FLY_API_TOKEN'
    });
    expect(partial).toMatchObject({ kind: 'deploy', basis: 'current-token' });
    expect(partial.notes.join(' ')).toContain('cannot be seen');
  });

  it('never renews a kind that cannot do what can be seen: the fix covers the seen part', () => {
    const partial = withUnseen(needs(['deploy'], { apps: ['acme-web'] }), RELEASE);
    const missing = missingCapability.check(context(readonly(), partial));
    expect(missing.map(f => f.rule)).toEqual(['missing-capability']);
    const fix = missing[0]?.fix;
    expect(fix?.commands[0]).toMatch(/^fly tokens create deploy -a acme-web /);
    expect(fix?.commands.join('\n')).not.toContain('fly tokens create readonly');
    expect(fix?.summary).toContain('the unseen part may need more');
    const rec = recommendToken(partial, readonly(), { secretName: 'FLY_API_TOKEN' });
    expect(rec).toMatchObject({ kind: 'deploy', basis: 'seen-needs' });
    // Seen org-level needs with a personal token: an org token, never an assumed deploy token.
    const creates = withUnseen(needs(['create-app', 'deploy', 'org']), RELEASE);
    expect(recommendToken(creates, personal(), { secretName: 'FLY_API_TOKEN' })).toMatchObject({
      kind: 'org',
      basis: 'seen-needs'
    });
  });

  it('is one of the check rules', () => {
    expect(tokenRules.map(r => r.id)).toContain('unknown-needs');
  });
});

describe('needs text', () => {
  it('shows how the workflow reached a line of a script', () => {
    const evidence = {
      capability: 'deploy' as const,
      app: 'acme-web',
      command: 'flyctl deploy -a "$APP"',
      location: { file: 'scripts/deploy.sh', line: 12, column: 1 },
      via: [{ file: '.github/workflows/deploy.yml', line: 31, column: 9 }]
    };
    expect(chainOf(evidence)).toBe('deploy.yml:31 → scripts/deploy.sh:12');
    const jobNeeds: Needs = { ...needs(['deploy'], { apps: ['acme-web'] }), evidence: [evidence] };
    expect(followedChains(jobNeeds)).toEqual([
      '`flyctl deploy -a "$APP"` at deploy.yml:31 → scripts/deploy.sh:12'
    ]);
  });
});

describe('the app match, offline', () => {
  it('says a deploy token’s app id cannot be matched to app names offline (info)', () => {
    const findings = unverified.check(context(deploy(), needs(['deploy'], { apps: ['acme-web'] })));
    expect(findings).toEqual([expect.objectContaining({ rule: 'unverified', severity: 'info' })]);
    expect(findings[0]?.message).toContain(`app id ${APP_ID}`);
    expect(findings[0]?.message).toContain('App match needs `online: true`');
    expect(verdictFor(findings, 'high')).toBe('pass');
  });

  it('matches app ids given in `apps` offline', () => {
    const right = context(deploy(), needs(['deploy'], { apps: [APP_ID], source: 'input' }));
    expect(unverified.check(right)).toEqual([]);
    expect(wrongTarget.check(right)).toEqual([]);
    const wrong = context(deploy(), needs(['deploy'], { apps: ['123'], source: 'input' }));
    expect(wrongTarget.check(wrong)).toEqual([
      expect.objectContaining({ rule: 'wrong-target', severity: 'high' })
    ]);
    expect(wrongTarget.check(wrong)[0]?.message).toContain(`app id 123`);
  });

  it('has nothing to match for a token without apps or a job without apps', () => {
    expect(unverified.check(context(org(), needs(['deploy'], { apps: ['a'] })))).toEqual([]);
    expect(unverified.check(context(deploy(), noNeeds()))).toEqual([]);
  });
});
