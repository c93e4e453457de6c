// Every fix we print is safe to paste. Each template is produced for real (every token rule over
// every vector token, job shape, environment, clock and online answer; every scan rule over a
// repository built to trigger it) and held to the rules:
// - a minted token goes straight into its secret: `fly tokens create … | gh secret set …`;
// - `--env` names the job's own environment (or the `<ENVIRONMENT>` placeholder of a job that has
//   none yet), never a guess such as `production`;
// - a secret is deleted only when no other job of the repository reads it;
// - an expired token is replaced, not revoked.
import type { OnlineVerification } from '../../src/fly/types.js';
import { tokenRules } from '../../src/rules/registry.js';
import type { Finding } from '../../src/rules/types.js';
import { inspectToken } from '../../src/token/index.js';
import type { Capability } from '../../src/workflow/index.js';
import { scanInPhases } from '../scan/support.js';
import { loadVectors } from '../support/vectors.js';
import { context, needs, noNeeds } from './token-fixtures.js';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const MINT = /^fly tokens create /;

function envOf(command: string): string | null {
  return /--env (\S+)/.exec(command)?.[1] ?? null;
}

/** The rules every fix obeys, whatever produced it. */
function expectSafeToPaste(finding: Finding, allowedEnv: ReadonlySet<string>): void {
  const commands = finding.fix?.commands ?? [];
  for (const command of commands) {
    if (MINT.test(command)) expect(command).toMatch(/ \| gh secret set \S+/);
    const env = envOf(command);
    if (env !== null) expect(allowedEnv).toContain(env);
  }
  // A store never stands alone after a mint: the two are one piped line.
  const mintsAlone = commands.some(c => MINT.test(c) && !c.includes('| gh secret set'));
  expect(mintsAlone).toBe(false);
}

const CLOCKS = [
  new Date('2025-07-09T10:38:03Z'), // the vectors' clock: most are live
  new Date('2100-01-01T00:00:00Z') // every token with an expiry has expired
];
const JOBS: Array<() => ReturnType<typeof needs>> = [
  noNeeds,
  () => needs(['deploy'], { apps: ['web'] }),
  () => needs(['deploy'], { apps: ['web', 'api'] }),
  () => needs(['ssh'] as Capability[], { apps: ['web'] }),
  () => needs(['machine-exec'] as Capability[], { apps: ['web'], commands: ['uptime'] }),
  () => needs(['read'] as Capability[]),
  () => needs(['create-app'] as Capability[])
];
const check = (outcome: 'confirmed' | 'rejected' | 'unverified') => ({ outcome, detail: outcome });
const ONLINE: Array<OnlineVerification | undefined> = [
  undefined,
  { acceptance: 'rejected', viewer: check('rejected'), apps: [], orgs: [], elapsedMs: 1 },
  { acceptance: 'unknown', viewer: check('unverified'), apps: [], orgs: [], elapsedMs: 1 },
  {
    acceptance: 'accepted',
    viewer: check('confirmed'),
    apps: [
      {
        outcome: 'forbidden',
        detail: 'forbidden',
        app: 'web',
        idMatchesToken: null,
        orgMatchesToken: null
      }
    ],
    orgs: [],
    elapsedMs: 1
  }
];

function tokens(): Array<{ name: string; text: string }> {
  const all = loadVectors().map(v => ({ name: v.name, text: v.header_form }));
  const dir = path.resolve('examples/tokens');
  for (const file of readdirSync(dir).filter(f => f.endsWith('.token'))) {
    all.push({ name: file, text: readFileSync(path.join(dir, file), 'utf8') });
  }
  return all;
}

describe('token rule fixes', () => {
  const produced = new Set<string>();
  afterAll(() => {
    // Every token rule that can carry commands was exercised (a new rule joins this list).
    expect([...produced].sort()).toEqual(
      [
        'broader-than-needed',
        'excessive-lifetime',
        'expired',
        'expiring-soon',
        'invalid-token',
        'malformed-token',
        'missing-capability',
        'missing-discharge',
        'not-yet-valid',
        'personal-token',
        'token-formatting',
        'wrong-target'
      ].filter(id => tokenRules.some(r => r.id === id))
    );
  });

  test.each(tokens().map(t => [t.name, t.text]))('%s', (_name, text) => {
    const inspection = inspectToken(text);
    for (const now of CLOCKS) {
      const expired =
        inspection.kind !== 'personal' &&
        inspection.expiresAt !== null &&
        Date.parse(inspection.expiresAt) <= now.getTime();
      // Between the decoder's expiry and `now`, the days count, not the exact second.
      const soon = inspection.expiresAt
        ? new Date(Date.parse(inspection.expiresAt) - 86_400_000)
        : now;
      for (const clock of [now, soon]) {
        for (const job of JOBS) {
          for (const environment of [undefined, 'staging']) {
            for (const online of ONLINE) {
              const ctx = context(inspection, job(), {
                now: clock,
                options: environment ? { environment } : {}
              });
              if (online) ctx.online = online;
              const allowed = new Set(environment ? [environment] : []);
              for (const rule of tokenRules) {
                for (const finding of rule.check(ctx)) {
                  if ((finding.fix?.commands.length ?? 0) > 0) produced.add(finding.rule);
                  expectSafeToPaste(finding, allowed);
                  // Token rules never delete a secret: they replace its value.
                  expect(
                    finding.fix?.commands.some(c => c.startsWith('gh secret delete'))
                  ).not.toBe(true);
                  if (expired && clock === now) {
                    expect(finding.fix?.commands.some(c => /revoke|logout/.test(c))).not.toBe(true);
                    expect(finding.fix?.summary ?? '').not.toMatch(/revoke/i);
                  }
                }
              }
            }
          }
        }
      }
    }
  });
});

/** A workflow with one job per [id, environment, secret, script]. */
function workflow(jobs: Array<[string, string | null, string, string]>): string {
  const lines = ['on: push', 'jobs:'];
  for (const [id, environment, secret, script] of jobs) {
    lines.push(`  ${id}:`, '    runs-on: ubuntu-latest');
    if (environment) lines.push(`    environment: ${environment}`);
    lines.push(
      '    steps:',
      `      - run: ${script}`,
      '        env:',
      `          FLY_API_TOKEN: \${{ secrets.${secret} }}`
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Workflows that trigger every scan rule with commands, and the secrets' other readers. */
const SCAN_REPOSITORY: Record<string, string> = {
  // FLY_SOLO_TOKEN: read by this job alone → its no-environment fix may delete it.
  '.github/workflows/solo.yml': workflow([
    ['solo', null, 'FLY_SOLO_TOKEN', 'flyctl deploy --app solo']
  ]),
  // FLY_API_TOKEN: two jobs of one file, one in `staging` → never deleted.
  '.github/workflows/deploy.yml': workflow([
    ['web', null, 'FLY_API_TOKEN', 'flyctl deploy --app web'],
    ['migrate', 'staging', 'FLY_API_TOKEN', 'fly auth token && flyctl ssh console --app web']
  ]),
  // FLY_SHARED_TOKEN: one job here, one in another file → never deleted (the cross-file case).
  '.github/workflows/shared-a.yml': workflow([
    ['a', null, 'FLY_SHARED_TOKEN', 'flyctl deploy --app alpha']
  ]),
  '.github/workflows/shared-b.yml': workflow([
    ['b', 'eu-production', 'FLY_SHARED_TOKEN', 'flyctl deploy --app beta']
  ]),
  // FLY_ORG_TOKEN: creates review apps, and also deploys production → shared-token splits it.
  '.github/workflows/review.yml': workflow([
    ['review', 'review-apps', 'FLY_ORG_TOKEN', 'flyctl apps create pr-1 --org acme'],
    ['prod', 'production', 'FLY_ORG_TOKEN', 'flyctl deploy --app shop']
  ])
};

function readerJobs(secret: string): number {
  return Object.values(SCAN_REPOSITORY).join('\n').split(`secrets.${secret} }}`).length - 1;
}

describe('scan rule fixes (the repository scan)', () => {
  test('a workflow handing every secret to a step (toJSON(secrets)) keeps the repository secret', () => {
    const dump =
      'on: push\njobs:\n  dump:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./x.sh\n        env:\n          ALL: ${{ toJSON(secrets) }}\n';
    const files = {
      '.github/workflows/solo.yml': SCAN_REPOSITORY['.github/workflows/solo.yml'] ?? '',
      '.github/workflows/dump.yml': dump
    };
    const { findings } = scanInPhases(files);
    const solo = findings.find(f => f.rule === 'no-environment');
    expect(solo?.fix?.commands).toEqual(['gh secret set FLY_SOLO_TOKEN --env <ENVIRONMENT>']);
  });

  test('each fix obeys the rules; deletes only secrets no other job reads', () => {
    const { findings } = scanInPhases(SCAN_REPOSITORY);
    const allowed = new Set([
      'staging',
      'eu-production',
      'review-apps',
      'production',
      '<ENVIRONMENT>'
    ]);
    for (const finding of findings) expectSafeToPaste(finding, allowed);
    const deletes = findings.flatMap(f =>
      (f.fix?.commands ?? []).filter(c => c.startsWith('gh secret delete '))
    );
    expect(deletes).toEqual(['gh secret delete FLY_SOLO_TOKEN']);
    expect(readerJobs('FLY_SOLO_TOKEN')).toBe(1);
    expect(
      findings.find(f => f.rule === 'shared-token' && f.severity === 'high')?.fix?.commands
    ).toEqual(['fly tokens create deploy -a shop -x 2160h | gh secret set FLY_TOKEN_SHOP']);
    const authToken = findings.find(f => f.rule === 'fly-auth-token');
    expect(authToken?.fix?.commands).toEqual([
      'fly tokens create deploy -a <APP> -x 2160h | gh secret set FLY_API_TOKEN --env staging'
    ]);
  });
});
