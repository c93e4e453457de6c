// End-to-end: the check never claims what Fly would not. `node dist/index.js` in check mode on a
// repository written here: the token it recommends can do the job (no ssh token for Postgres
// commands that change machines), commands that need nothing from Fly do not count
// (`fly tokens attenuate` works offline), and a deploy token is not said to fail at destroying
// its own app.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction, type ActionRun } from '../support/run-action.js';
import { vector } from '../support/vectors.js';

const VECTOR_CLOCK = '2025-07-09T10:38:03Z';
let repo = '';

const JOBS: Record<string, string> = {
  'pg-failover': 'flyctl postgres failover -a acme-db',
  attenuate:
    'fly tokens attenuate -f caveats.json > narrowed && flyctl deploy --remote-only -a acme-web',
  'destroy-own': 'flyctl apps destroy acme-web --yes',
  partial: 'flyctl deploy --remote-only -a acme-web && ./scripts/not-committed.sh',
  'pg-attach': 'flyctl postgres attach acme-db --app acme-web',
  proxy: 'flyctl proxy 15432:5432 -a acme-db',
  'exec-computed': 'flyctl machine exec "$MACHINE" "bin/backup --to $DEST" -a acme-web'
};

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'ftg-claims-'));
  const lines = ['on: push', 'jobs:'];
  for (const [id, script] of Object.entries(JOBS)) {
    lines.push(
      `  ${id}:`,
      '    runs-on: ubuntu-latest',
      '    steps:',
      `      - run: ${script}`,
      '        env:',
      '          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}'
    );
  }
  mkdirSync(path.join(repo, '.github/workflows'), { recursive: true });
  writeFileSync(path.join(repo, '.github/workflows/ops.yml'), `${lines.join('\n')}\n`);
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

interface FindingOutput {
  rule: string;
  message: string;
}

function check(tokenVector: string, job: string): Promise<ActionRun> {
  return runAction({
    workspace: repo,
    inputs: {
      token: vector(tokenVector).header_form,
      online: 'false',
      'max-lifetime-days': '36500'
    },
    env: {
      GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/ops.yml@refs/heads/main',
      GITHUB_JOB: job,
      FLY_TOKEN_GUARD_NOW: VECTOR_CLOCK
    }
  });
}

const findingsOf = (run: ActionRun): FindingOutput[] =>
  JSON.parse(run.outputs.findings ?? '[]') as FindingOutput[];

describe('check: recommended tokens can do the job', () => {
  it('`fly postgres failover` takes leases and restarts machines: a deploy token, not an ssh token', async () => {
    const run = await check('org_full', 'pg-failover');
    expect(findingsOf(run).map(f => f.rule)).toEqual(['broader-than-needed']);
    expect(run.outputs.recommendation).toBe(
      'fly tokens create deploy -a acme-db -x 2160h --name "github-actions-acme-db"'
    );
    expect(run.summary).not.toContain('fly tokens create ssh');
  });

  it('an ssh token before `fly postgres failover` fails the step: it cannot change machines', async () => {
    const run = await check('ssh_app', 'pg-failover');
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    const missing = findingsOf(run).filter(f => f.rule === 'missing-capability');
    expect(missing).toHaveLength(1);
    expect(missing[0]?.message).toContain('The job needs `deploy` (`flyctl postgres failover');
  });

  it('a job partly out of sight: the fix for a token that cannot deploy is not the same kind again', async () => {
    const run = await check('org_readonly', 'partial');
    expect(run.exitCode).toBe(1);
    const rules = findingsOf(run).map(f => f.rule);
    expect(rules).toContain('missing-capability');
    expect(rules).toContain('unknown-needs');
    expect(run.outputs.recommendation).toBe(
      'fly tokens create deploy -a acme-web -x 2160h --name "github-actions-acme-web"'
    );
    expect(run.summary).not.toContain('fly tokens create readonly');
    expect(run.summary).toContain('the unseen part may need more');
  });

  it('a command computed at run time is not written into `--command` (the token would refuse it)', async () => {
    const run = await check('org_full', 'exec-computed');
    expect(findingsOf(run).map(f => f.rule)).toEqual(['broader-than-needed']);
    expect(run.outputs.recommendation).toBe(
      'fly tokens create machine-exec -a acme-web -x 2160h --name "github-actions-exec-acme-web"'
    );
    expect(run.summary).not.toContain('$DEST');
    expect(run.summary).toContain('add `--command "..."` to restrict it');
  });
});

describe('check: only what Fly checks counts', () => {
  it('`fly tokens attenuate` needs nothing from Fly: an org token that only deploys is broader than needed', async () => {
    const run = await check('org_full', 'attenuate');
    const findings = findingsOf(run);
    expect(findings.map(f => f.rule)).toEqual(['broader-than-needed']);
    expect(findings[0]?.message).toContain('the job only needs `deploy` for acme-web');
    expect(run.outputs.recommendation).toBe(
      'fly tokens create deploy -a acme-web -x 2160h --name "github-actions-acme-web"'
    );
  });

  it('a deploy token may destroy its own app: no missing-capability for one app', async () => {
    const run = await check('deploy_app', 'destroy-own');
    expect(findingsOf(run).map(f => f.rule)).not.toContain('missing-capability');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).not.toBe('fail');
  });

  it('`fly postgres attach` is known only in part: unknown-needs, no per-app tokens, no "would fail"', async () => {
    const orgRun = await check('org_full', 'pg-attach');
    expect(findingsOf(orgRun).map(f => f.rule)).toEqual(['unknown-needs']);
    expect(findingsOf(orgRun)[0]?.message).toContain(
      'could not see: flyctl postgres attach acme-db --app acme-web (it also registers the attachment on the Postgres app'
    );
    expect(orgRun.outputs.recommendation).toBe('');
    expect(orgRun.summary).not.toContain('fly tokens create deploy');
    const deployRun = await check('deploy_app', 'pg-attach');
    expect(findingsOf(deployRun).map(f => f.rule)).not.toContain('missing-capability');
    expect(deployRun.exitCode).toBe(0);
  });

  it('an ssh token may open the WireGuard tunnel of `fly proxy`: no "would fail"', async () => {
    const run = await check('ssh_app', 'proxy');
    expect(findingsOf(run).map(f => f.rule)).not.toContain('missing-capability');
    expect(run.exitCode).toBe(0);
  });
});
