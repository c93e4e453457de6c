import {
  buildFix,
  recommendToken,
  recommendationFor,
  suggestedExpiryHours,
  type FixOptions
} from '../../src/rules/fix.js';
import type { Finding } from '../../src/rules/types.js';
import { loadVectors } from '../support/vectors.js';
import {
  context,
  deploy,
  fragmentsOf,
  leaksFragment,
  machineExec,
  machineExecAny,
  malformed,
  needs,
  noNeeds,
  org,
  personal,
  readonly,
  ssh
} from './token-fixtures.js';

const OPTIONS: FixOptions = { secretName: 'FLY_API_TOKEN', maxLifetimeDays: 365 };

/** A finding whose fix asks for a new token: what makes a recommendation worth giving. */
const MINTS: Finding = {
  rule: 'broader-than-needed',
  severity: 'medium',
  message: 'broader',
  fix: { summary: 'mint', commands: ['fly tokens create deploy -a web -x 2160h'] }
};

/** Independent of the code under test: POSIX-style words with '...' and "..." quoting. */
function words(line: string): string[] {
  const out: string[] = [];
  const re = /'([^']*)'|"([^"]*)"|(\S+)/g;
  for (const m of line.matchAll(re)) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  return out;
}

/** Flags each `fly tokens create` kind accepts, read from flyctl's internal/command/tokens. */
const FLYCTL_FLAGS: Record<string, string[]> = {
  deploy: ['-a', '--app', '-c', '--config', '-j', '--json', '-n', '--name', '-x', '--expiry'],
  ssh: ['-a', '--app', '-c', '--config', '-j', '--json', '-n', '--name', '-x', '--expiry'],
  'machine-exec': [
    '-a',
    '--app',
    '-c',
    '--config',
    '-j',
    '--json',
    '-n',
    '--name',
    '-x',
    '--expiry',
    '-C',
    '--command',
    '-p',
    '--command-prefix'
  ],
  org: ['-x', '--expiry', '-n', '--name', '-o', '--org', '-j', '--json'],
  readonly: ['-x', '--expiry', '-n', '--name', '-o', '--org', '-j', '--json', '--from-existing'],
  wireguard: ['-x', '--expiry', '-n', '--name', '-o', '--org', '-j', '--json'],
  'litefs-cloud': ['-o', '--org', '-n', '--name', '-x', '--expiry', '-c', '--cluster', '-j']
};

function flagsOf(line: string): string[] {
  return words(line).filter(w => w.startsWith('-'));
}

function expectOnlyRealFlags(mint: string): void {
  const w = words(mint);
  expect(w.slice(0, 3)).toEqual(['fly', 'tokens', 'create']);
  const kind = w[3] ?? '';
  const allowed = FLYCTL_FLAGS[kind];
  expect(allowed).toBeDefined();
  for (const flag of flagsOf(mint)) expect(allowed).toContain(flag);
}

/** The `fly tokens create` line(s) of the recommendation; one line per token. */
const narrowestTokenCommand = (...args: Parameters<typeof recommendToken>): string =>
  recommendToken(...args)
    .tokens.map(t => t.mint)
    .join('\n');

describe('narrowestTokenCommand', () => {
  it('one app deploy: a deploy token for that app, 90 days, named after it', () => {
    const line = narrowestTokenCommand(needs(['deploy'], { apps: ['web'] }), org(), OPTIONS);
    expect(line).toBe('fly tokens create deploy -a web -x 2160h --name "github-actions-web"');
    expectOnlyRealFlags(line);
  });

  it('deploy plus secrets, scale and read still needs only a deploy token', () => {
    const line = narrowestTokenCommand(
      needs(['read', 'deploy', 'secrets', 'scale'], { apps: ['web'] }),
      org(),
      OPTIONS
    );
    expect(line).toBe('fly tokens create deploy -a web -x 2160h --name "github-actions-web"');
  });

  it('two apps: one deploy token per app, one line each', () => {
    const line = narrowestTokenCommand(needs(['deploy'], { apps: ['web', 'api'] }), org(), OPTIONS);
    expect(line.split('\n')).toEqual([
      'fly tokens create deploy -a api -x 2160h --name "github-actions-api"',
      'fly tokens create deploy -a web -x 2160h --name "github-actions-web"'
    ]);
  });

  it('review apps (create and destroy apps): an org token, with a placeholder org', () => {
    const line = narrowestTokenCommand(
      needs(['create-app', 'deploy', 'destroy-app'], { unknownApps: true }),
      deploy(),
      OPTIONS
    );
    expect(line).toBe('fly tokens create org <ORG> -x 2160h --name "github-actions-org"');
    expectOnlyRealFlags(line);
  });

  it('uses the org slug when it is known', () => {
    const line = narrowestTokenCommand(needs(['org']), deploy(), { ...OPTIONS, orgSlug: 'acme' });
    expect(line).toBe('fly tokens create org acme -x 2160h --name "github-actions-org"');
  });

  it('read only: a readonly token for the org (placeholder when the slug is unknown)', () => {
    const line = narrowestTokenCommand(needs(['read'], { apps: ['web'] }), org(), OPTIONS);
    expect(line).toBe('fly tokens create readonly <ORG> -x 2160h --name "github-actions-readonly"');
    expectOnlyRealFlags(line);
  });

  it('ssh: an ssh token for the app', () => {
    const line = narrowestTokenCommand(needs(['ssh'], { apps: ['web'] }), deploy(), OPTIONS);
    expect(line).toBe('fly tokens create ssh -a web -x 2160h --name "github-actions-ssh-web"');
    expectOnlyRealFlags(line);
  });

  it('machine-exec with a command: restricted to it with --command', () => {
    const line = narrowestTokenCommand(
      needs(['machine-exec'], { apps: ['web'], commands: ['bin/rails db:migrate'] }),
      deploy(),
      OPTIONS
    );
    expect(line).toBe(
      'fly tokens create machine-exec -a web -x 2160h --name "github-actions-exec-web" --command \'bin/rails db:migrate\''
    );
    expectOnlyRealFlags(line);
    // What flyctl will see as the flag's value, after the shell removes the quotes.
    const w = words(line);
    expect(w[w.indexOf('--command') + 1]).toBe('bin/rails db:migrate');
  });

  it('machine-exec: a command with a comma is CSV-quoted (flyctl reads --command as a list)', () => {
    const line = narrowestTokenCommand(
      needs(['machine-exec'], { apps: ['web'], commands: ['echo a,b'] }),
      deploy(),
      OPTIONS
    );
    const w = words(line);
    expect(w[w.indexOf('--command') + 1]).toBe('"echo a,b"');
  });

  it('machine-exec with no command seen keeps the current token restrictions', () => {
    const line = narrowestTokenCommand(
      needs(['machine-exec'], { apps: ['web'] }),
      machineExec(),
      OPTIONS
    );
    expect(flagsOf(line)).toEqual(['-a', '-x', '--name', '--command', '--command-prefix']);
    const w = words(line);
    expect(w[w.indexOf('--command') + 1]).toBe('ls -la /data');
    expect(w[w.indexOf('--command-prefix') + 1]).toBe('cat');
  });

  it('ssh and machine-exec together need a deploy token', () => {
    const line = narrowestTokenCommand(
      needs(['ssh', 'machine-exec'], { apps: ['web'] }),
      org(),
      OPTIONS
    );
    expect(words(line)[3]).toBe('deploy');
  });

  it('unknown app: the <APP> placeholder', () => {
    const line = narrowestTokenCommand(needs(['deploy'], { unknownApps: true }), org(), OPTIONS);
    expect(line).toBe('fly tokens create deploy -a <APP> -x 2160h --name "github-actions-<APP>"');
  });

  it('a known app plus an unknown one: a token for each', () => {
    const line = narrowestTokenCommand(
      needs(['deploy'], { apps: ['web'], unknownApps: true }),
      org(),
      OPTIONS
    );
    expect(line.split('\n').map(l => words(l)[5])).toEqual(['web', '<APP>']);
  });

  it('caps the expiry at max-lifetime-days so the advice never trips excessive-lifetime', () => {
    expect(suggestedExpiryHours(365)).toBe(2160);
    expect(suggestedExpiryHours(30)).toBe(720);
    expect(suggestedExpiryHours(0)).toBe(1);
    const line = narrowestTokenCommand(needs(['deploy'], { apps: ['web'] }), org(), {
      ...OPTIONS,
      maxLifetimeDays: 30
    });
    expect(words(line)).toContain('720h');
  });

  it('quotes app names the shell would split', () => {
    const line = narrowestTokenCommand(needs(['deploy'], { apps: ['my app'] }), org(), OPTIONS);
    const w = words(line);
    expect(w[w.indexOf('-a') + 1]).toBe('my app');
  });
});

describe('recommendToken without known needs', () => {
  it('renews the same kind of token', () => {
    const rec = recommendToken(noNeeds(), readonly(), OPTIONS);
    expect(rec.basis).toBe('current-token');
    expect(rec.kind).toBe('readonly');
  });

  it('assumes one app deploy for a personal token', () => {
    const rec = recommendToken(noNeeds(), personal(), OPTIONS);
    expect(rec.basis).toBe('assumed');
    expect(rec.tokens[0]?.mint).toBe(
      'fly tokens create deploy -a <APP> -x 2160h --name "github-actions-<APP>"'
    );
  });

  it('recommendationFor gives null when nothing says what to mint', () => {
    expect(recommendationFor(context(personal()), [MINTS])).toBeNull();
    expect(recommendationFor(context(org(), needs(['deploy'], { apps: ['web'] })), [MINTS])).toBe(
      'fly tokens create deploy -a web -x 2160h --name "github-actions-web"'
    );
  });

  it('takes the org slug from the online checks', () => {
    const ctx = context(org(), needs(['read']));
    ctx.online = {
      acceptance: 'accepted',
      viewer: { outcome: 'confirmed', detail: 'ok' },
      apps: [],
      orgs: [{ outcome: 'confirmed', detail: 'ok', orgId: '918273', slug: 'acme' }],
      elapsedMs: 5
    };
    expect(recommendationFor(ctx, [MINTS])).toBe(
      'fly tokens create readonly acme -x 2160h --name "github-actions-readonly"'
    );
    // A slug learned for an org the token does not name is not used.
    ctx.online.orgs = [{ outcome: 'confirmed', detail: 'ok', orgId: '53421', slug: 'other' }];
    expect(recommendationFor(ctx, [MINTS])).toBe(
      'fly tokens create readonly <ORG> -x 2160h --name "github-actions-readonly"'
    );
  });
});

describe('buildFix', () => {
  it('one app: mint piped into store, then list and revoke the old org token', () => {
    const fix = buildFix(needs(['deploy'], { apps: ['web'] }), org(), OPTIONS);
    expect(fix.commands).toEqual([
      'fly tokens create deploy -a web -x 2160h --name "github-actions-web" | gh secret set FLY_API_TOKEN',
      'fly tokens list --org <ORG>',
      'fly tokens revoke <TOKEN_ID>'
    ]);
    expect(fix.summary).toMatch(/deploy token for web/);
    expect(fix.summary).toMatch(/90 days/);
  });

  it('stores into the job environment and uses the configured secret name', () => {
    const fix = buildFix(needs(['deploy'], { apps: ['web'] }), deploy(), {
      ...OPTIONS,
      secretName: 'FLY_DEPLOY',
      environment: 'production'
    });
    expect(fix.commands[0]).toMatch(/ \| gh secret set FLY_DEPLOY --env production$/);
    // The old token is an app token: listed per app.
    expect(fix.commands[1]).toBe('fly tokens list -a web');
    expect(fix.summary).toMatch(/`production` environment/);
  });

  it('two apps: a secret per app and the org-token alternative in the summary', () => {
    const fix = buildFix(needs(['deploy'], { apps: ['web', 'api-eu'] }), org(), OPTIONS);
    expect(fix.commands.slice(0, 2)).toEqual([
      'fly tokens create deploy -a api-eu -x 2160h --name "github-actions-api-eu" | gh secret set FLY_API_TOKEN_API_EU',
      'fly tokens create deploy -a web -x 2160h --name "github-actions-web" | gh secret set FLY_API_TOKEN_WEB'
    ]);
    expect(fix.summary).toMatch(/one deploy token per app/);
    expect(fix.summary).toMatch(
      /org token is the alternative only if the apps must share one secret/
    );
  });

  it('personal token: revoke by logging out, and say where dashboard tokens go', () => {
    const fix = buildFix(needs(['deploy'], { apps: ['web'] }), personal(), OPTIONS);
    expect(fix.commands[fix.commands.length - 1]).toBe('fly auth logout');
    expect(fix.summary).toMatch(/dashboard/);
  });

  it('no revoke lines when asked (expired) or for a malformed token', () => {
    const expiredFix = buildFix(needs(['deploy'], { apps: ['web'] }), org(), OPTIONS, {
      revokeOld: false
    });
    expect(expiredFix.commands).toHaveLength(1);
    expect(buildFix(noNeeds(), malformed(), OPTIONS).commands.some(c => c.includes('revoke'))).toBe(
      false
    );
  });

  it('unknown app: says to replace the placeholder', () => {
    const fix = buildFix(needs(['deploy'], { unknownApps: true }), org(), OPTIONS);
    expect(fix.summary).toMatch(/Replace <APP> with the app name/);
  });

  it('machine-exec and ssh fixes mint the right kinds', () => {
    const exec = buildFix(
      needs(['machine-exec'], { apps: ['web'], commands: ['uptime'] }),
      deploy(),
      OPTIONS
    );
    expect(exec.commands[0]).toMatch(
      /^fly tokens create machine-exec -a web .* --command uptime \| gh secret set FLY_API_TOKEN$/
    );
    const sshFix = buildFix(needs(['ssh'], { apps: ['web'] }), machineExecAny(), OPTIONS);
    expect(sshFix.commands[0]).toMatch(/^fly tokens create ssh -a web /);
    expect(buildFix(needs(['ssh'], { apps: ['web'] }), ssh(), OPTIONS).commands[1]).toBe(
      'fly tokens list -a web'
    );
  });

  it('never puts token text in commands or summary, even when inputs carry tokens', () => {
    for (const v of loadVectors()) {
      const secret = v.token;
      const fragments = fragmentsOf(secret);
      if (fragments.size === 0) continue;
      const jobNeeds = needs(['machine-exec'], {
        apps: [secret, 'web'],
        commands: [`echo ${secret}`]
      });
      const fix = buildFix(jobNeeds, machineExec(), {
        secretName: secret,
        environment: secret,
        orgSlug: secret,
        currentTokenApp: secret,
        maxLifetimeDays: 365
      });
      for (const text of [fix.summary, ...fix.commands]) {
        expect(leaksFragment(text, fragments)).toBe(false);
      }
      expect(fix.commands.length).toBeGreaterThan(0);
    }
  });
});
