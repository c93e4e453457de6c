// The online rules over real verifyOnline results from the stand-in, and over hand-made results
// for the cases a well-behaved Fly never produces.
import type { Dispatcher } from 'undici';
import type { OnlineVerification } from '../../src/fly/types.js';
import { verifyOnline } from '../../src/fly/verify.js';
import type { TokenRuleContext } from '../../src/rules/context.js';
import {
  invalidToken,
  onlineRules,
  unverified,
  wrongTarget
} from '../../src/rules/online/index.js';
import type { Finding } from '../../src/rules/types.js';
import { context, deploy, needs, org } from '../rules/token-fixtures.js';
import { startFlyStandIn, type FlyStandIn } from '../support/fly-api-stand-in.js';
import { NO_DEADLINE_MS, directDispatcher, leaks, optionsFor, tokenOf } from './helpers.js';
import { vector } from './vectors.js';

const deployVector = vector('deploy_app');

function run(ctx: TokenRuleContext): Finding[] {
  return onlineRules.flatMap(rule => rule.check(ctx));
}

function withOnline(online: OnlineVerification, apps: string[] = ['acme-web']): TokenRuleContext {
  return { ...context(deploy(), needs(['deploy'], { apps })), online };
}

describe('rule metadata', () => {
  it('has the catalogue ids and severities, with help and titles', () => {
    expect(onlineRules.map(r => [r.id, r.defaultSeverity])).toEqual([
      ['invalid-token', 'critical'],
      ['wrong-target', 'high'],
      ['unverified', 'low']
    ]);
    for (const rule of onlineRules) {
      expect(rule.title.length).toBeGreaterThan(5);
      expect(rule.help.length).toBeGreaterThan(40);
    }
  });

  it('offline, only says the app match needs the online half (info, never a verdict)', () => {
    expect(run(context(deploy(), needs(['deploy'], { apps: ['acme-web'] })))).toEqual([
      expect.objectContaining({ rule: 'unverified', severity: 'info' })
    ]);
    expect(run(context(org(), needs(['deploy'], { apps: ['acme-web'] })))).toEqual([]);
  });
});

describe('against the stand-in', () => {
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

  const verify = (apps: string[], timeoutMs = NO_DEADLINE_MS) =>
    verifyOnline(optionsFor(standIn, dispatcher, tokenOf(deployVector), apps, { timeoutMs }));

  it('a valid deploy token for the needed app: no online finding', async () => {
    expect(run(withOnline(await verify(['acme-web'])))).toEqual([]);
  });

  it('a revoked token: invalid-token, critical, saying what Fly said; nothing else', async () => {
    standIn.revoke(deployVector.token);
    const findings = run(withOnline(await verify(['acme-web'])));
    expect(findings.map(f => [f.rule, f.severity])).toEqual([['invalid-token', 'critical']]);
    expect(findings[0]?.message).toContain('token has been revoked');
    expect(findings[0]?.fix?.commands.join('\n')).toContain('fly tokens create deploy -a acme-web');
  });

  it('a deploy token for another app: wrong-target naming the app and what Fly said', async () => {
    const findings = run(withOnline(await verify(['acme-api']), ['acme-api']));
    expect(findings.map(f => f.rule)).toEqual(['wrong-target']);
    expect(findings[0]?.severity).toBe('high');
    expect(findings[0]?.message).toContain('acme-api');
    expect(findings[0]?.message).toContain('HTTP 404');
    expect(findings[0]?.fix?.commands.join('\n')).toContain('-a acme-api');
  });

  it('forbidden works the same way', async () => {
    standIn.configure({ deniedAppStatus: 403 });
    const findings = run(withOnline(await verify(['acme-api']), ['acme-api']));
    expect(findings.map(f => f.rule)).toEqual(['wrong-target']);
    expect(findings[0]?.message).toContain('HTTP 403');
  });

  it('Fly failing: unverified (low), never invalid-token, never wrong-target', async () => {
    standIn.setMisbehaviour('app', { kind: 'status', status: 502 });
    standIn.setMisbehaviour('graphql', { kind: 'status', status: 500 });
    const findings = run(withOnline(await verify(['acme-web'])));
    expect(findings.map(f => [f.rule, f.severity])).toEqual([['unverified', 'low']]);
    expect(findings[0]?.message).toContain('HTTP 502');
    expect(findings[0]?.message).toContain('HTTP 500');
    expect(findings[0]?.message).toContain('app acme-web');
    expect(findings[0]?.message).not.toMatch(/invalid/i);
  });

  it('Fly silent: unverified says it timed out', async () => {
    standIn.setMisbehaviour('graphql', { kind: 'hang' });
    const findings = run(withOnline(await verify([], 1500)));
    expect(findings.map(f => f.rule)).toEqual(['unverified']);
    expect(findings[0]?.message).toContain('timed out after 1.5 s');
  });
});

describe('on hand-made results', () => {
  const confirmed = { outcome: 'confirmed' as const, detail: 'ok.' };
  const base: OnlineVerification = {
    acceptance: 'accepted',
    viewer: confirmed,
    apps: [],
    orgs: [],
    elapsedMs: 1
  };

  it('wrong-target when the app id is not the one the token names', () => {
    const online: OnlineVerification = {
      ...base,
      apps: [
        {
          ...confirmed,
          app: 'acme-web',
          appId: '999',
          idMatchesToken: false,
          orgMatchesToken: true
        }
      ]
    };
    const findings = wrongTarget.check(withOnline(online));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('999');
    expect(findings[0]?.message).toContain('4455667');
  });

  it("wrong-target when the app is in another org than the token's", () => {
    const online: OnlineVerification = {
      ...base,
      apps: [
        {
          ...confirmed,
          app: 'globex-web',
          orgSlug: 'globex',
          idMatchesToken: null,
          orgMatchesToken: false
        }
      ]
    };
    const ctx = { ...context(org(), needs(['deploy'], { apps: ['globex-web'] })), online };
    const findings = wrongTarget.check(ctx);
    expect(findings[0]?.message).toContain('organization globex');
    expect(findings[0]?.message).toContain('918273');
  });

  it('one finding per app that misses', () => {
    const online: OnlineVerification = {
      ...base,
      apps: ['a', 'b', 'c'].map(app => ({
        app,
        outcome: app === 'b' ? ('confirmed' as const) : ('not-found' as const),
        detail: `Fly found no app ${app} that this token can see (HTTP 404).`,
        idMatchesToken: null,
        orgMatchesToken: null
      }))
    };
    expect(wrongTarget.check(withOnline(online, ['a', 'b', 'c'])).map(f => f.message)).toEqual([
      expect.stringContaining('app a'),
      expect.stringContaining('app c')
    ]);
  });

  it('a rejected token is invalid-token only, even if apps are not found', () => {
    const online: OnlineVerification = {
      ...base,
      acceptance: 'rejected',
      viewer: {
        outcome: 'rejected',
        detail: "Fly's GraphQL API does not accept the token (HTTP 200: token has expired)."
      },
      apps: [
        {
          app: 'acme-web',
          outcome: 'not-found',
          detail: 'x',
          idMatchesToken: null,
          orgMatchesToken: null
        }
      ]
    };
    expect(run(withOnline(online)).map(f => f.rule)).toEqual(['invalid-token']);
  });

  it('invalid-token never fires on unverified checks', () => {
    const online: OnlineVerification = {
      ...base,
      acceptance: 'unknown',
      viewer: { outcome: 'unverified', detail: 'timed out after 30 s.' },
      apps: [
        {
          app: 'acme-web',
          outcome: 'unverified',
          detail: 'timed out after 30 s.',
          idMatchesToken: null,
          orgMatchesToken: null
        }
      ]
    };
    expect(invalidToken.check(withOnline(online))).toEqual([]);
    expect(unverified.check(withOnline(online)).map(f => f.rule)).toEqual(['unverified']);
  });

  it('unverified says each reason once, naming every check it held up', () => {
    const timedOut = (detail: string) => ({
      outcome: 'unverified' as const,
      detail,
      reason: 'timed out after 30 s'
    });
    const online: OnlineVerification = {
      ...base,
      acceptance: 'unknown',
      apps: [
        {
          ...timedOut('Could not check app acme-web: timed out after 30 s.'),
          app: 'acme-web',
          idMatchesToken: null,
          orgMatchesToken: null
        }
      ],
      viewer: timedOut("Could not ask Fly's GraphQL API who the token is: timed out after 30 s."),
      orgs: [
        {
          orgId: '918273',
          outcome: 'unverified',
          detail: 'The slug of organization 918273 is unknown: Fly did not list it.',
          reason: 'Fly did not list it'
        }
      ]
    };
    const [finding] = unverified.check(withOnline(online));
    expect(finding?.message.match(/timed out after 30 s/g)).toHaveLength(1);
    expect(finding?.message).toContain('app acme-web, identity (GraphQL viewer): timed out');
    expect(finding?.message).toContain('organization 918273: Fly did not list it');
    expect(finding?.message).toContain('3 online checks');
  });

  it('valid, invalid-token and wrong-target read one acceptance: a rejection anywhere is the verdict', () => {
    // A 401 on the app check beside a confirmed identity: the token is rejected, not valid.
    const online: OnlineVerification = {
      ...base,
      acceptance: 'rejected',
      apps: [
        {
          app: 'acme-web',
          outcome: 'rejected',
          detail: 'Fly rejected the token (HTTP 401: token has been revoked).',
          idMatchesToken: null,
          orgMatchesToken: null
        }
      ]
    };
    const findings = run(withOnline(online));
    expect(findings.map(f => f.rule)).toEqual(['invalid-token']);
    expect(findings[0]?.message).toContain('token has been revoked');
    expect(run(withOnline({ ...online, acceptance: 'accepted' }))).toEqual([]);
  });

  it('scrubs a detail that somehow carries token text', () => {
    const online: OnlineVerification = {
      ...base,
      acceptance: 'rejected',
      viewer: { outcome: 'rejected', detail: `Fly rejected ${deployVector.token}` }
    };
    const text = JSON.stringify(invalidToken.check(withOnline(online)));
    expect(leaks(text, deployVector.token)).toEqual([]);
  });
});
