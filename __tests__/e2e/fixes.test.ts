// End-to-end: the fix commands the bundled action and CLI print are right for the repository as
// scanned: the job's own environment (or none), mint piped into store, no delete of a secret
// another job reads, no revoke of an expired token, no recommendation for a token that fits.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { attenuate } from '../../src/token/attenuate/index.js';
import { runAction, runCli } from '../support/run-action.js';
import { vector } from '../support/vectors.js';

const VECTOR_CLOCK = '2025-07-09T10:38:03Z';
let repo = '';

function job(id: string, environment: string | null, secret: string, script: string): string[] {
  return [
    `  ${id}:`,
    '    runs-on: ubuntu-latest',
    ...(environment ? [`    environment: ${environment}`] : []),
    '    steps:',
    '      - uses: actions/checkout@v4',
    `      - run: ${script}`,
    '        env:',
    `          FLY_API_TOKEN: \${{ secrets.${secret} }}`
  ];
}

function write(file: string, lines: string[]): void {
  const full = path.join(repo, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, `${lines.join('\n')}\n`);
}

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'ftg-fixes-'));
  write('.github/workflows/deploy.yml', [
    'on: push',
    'jobs:',
    ...job('web', null, 'FLY_API_TOKEN', 'flyctl deploy --remote-only --app acme-web'),
    ...job('web-staging', 'staging', 'FLY_API_TOKEN', 'flyctl deploy --remote-only --app acme-web'),
    ...job(
      'ops',
      'staging',
      'FLY_OPS_TOKEN',
      'fly auth token > /dev/null && flyctl status --app acme-web'
    )
  ]);
  write('.github/workflows/solo.yml', [
    'on: push',
    'jobs:',
    ...job('solo', null, 'FLY_SOLO_TOKEN', 'flyctl deploy --remote-only --app solo')
  ]);
  write('.github/workflows/other.yml', [
    'on: push',
    'jobs:',
    ...job('nightly', null, 'FLY_SHARED_TOKEN', 'flyctl status --app acme-web')
  ]);
  write('.github/workflows/reader.yml', [
    'on: push',
    'jobs:',
    ...job('read', 'eu', 'FLY_SHARED_TOKEN', 'flyctl status --app acme-web')
  ]);
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

interface JsonFinding {
  rule: string;
  file: string | null;
  fix: { summary: string; commands: string[] } | null;
}

describe('scan (CLI): fixes fit the repository', () => {
  let findings: JsonFinding[] = [];
  beforeAll(async () => {
    const run = await runCli(['scan', repo, '--json', '--fail-on', 'never']);
    expect(run.exitCode).toBe(0);
    findings = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
  });
  const commands = (): string[] => findings.flatMap(f => f.fix?.commands ?? []);

  test('no fix guesses `--env production`; the job’s environment or the placeholder', () => {
    expect(commands().some(c => c.includes('--env production'))).toBe(false);
    const auth = findings.find(f => f.rule === 'fly-auth-token');
    expect(auth?.fix?.commands).toEqual([
      'fly tokens create deploy -a <APP> -x 2160h | gh secret set FLY_API_TOKEN --env staging'
    ]);
    for (const c of commands().filter(c => c.includes('--env '))) {
      expect(c).toMatch(/--env (staging|<ENVIRONMENT>)$/);
    }
  });

  test('a secret is deleted only where no other job reads it (this file or another)', () => {
    const deletes = commands().filter(c => c.startsWith('gh secret delete'));
    expect(deletes).toEqual(['gh secret delete FLY_SOLO_TOKEN']);
    const shared = findings.find(f => f.rule === 'no-environment' && f.file?.endsWith('other.yml'));
    expect(shared?.fix?.commands).toEqual(['gh secret set FLY_SHARED_TOKEN --env <ENVIRONMENT>']);
    expect(shared?.fix?.summary).toMatch(/other jobs in this repository still do/);
  });

  test('every mint is piped into its secret', () => {
    const mints = commands().filter(c => c.startsWith('fly tokens create'));
    expect(mints.length).toBeGreaterThan(0);
    for (const c of mints) expect(c).toMatch(/ \| gh secret set \S+/);
  });
});

describe('check (action): fixes fit the job', () => {
  const check = (token: string, jobId: string, env: Record<string, string> = {}) =>
    runAction({
      workspace: repo,
      inputs: { token, online: 'false' },
      env: {
        GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/deploy.yml@refs/heads/main',
        GITHUB_JOB: jobId,
        FLY_TOKEN_GUARD_NOW: VECTOR_CLOCK,
        ...env
      }
    });

  test('the job’s own environment, piped, in the summary and the findings', async () => {
    const run = await check(vector('org_full').header_form, 'web-staging');
    const line =
      'fly tokens create deploy -a acme-web -x 2160h --name "github-actions-acme-web" | gh secret set FLY_API_TOKEN --env staging';
    expect(run.summary).toContain(line);
    expect(run.outputs.findings).toContain(JSON.stringify(line).slice(1, -1));
    expect(run.everything).not.toContain('--env production');
  });

  test('a job without an environment gets no `--env`', async () => {
    const run = await check(vector('org_full').header_form, 'web');
    expect(run.summary).toContain(
      'fly tokens create deploy -a acme-web -x 2160h --name "github-actions-acme-web" | gh secret set FLY_API_TOKEN\n'
    );
    expect(run.summary).not.toContain('--env');
  });

  test('an expired token is replaced, not revoked', async () => {
    const run = await check(vector('org_full').header_form, 'web', {
      FLY_TOKEN_GUARD_NOW: '2100-01-01T00:00:00Z'
    });
    const findings = JSON.parse(run.outputs.findings ?? '[]') as JsonFinding[];
    expect(findings.map(f => f.rule)).toContain('expired');
    for (const f of findings) {
      expect(f.fix?.commands.some(c => c.includes('revoke'))).toBe(false);
      expect(f.fix?.summary).not.toMatch(/revoke/i);
    }
  });

  test('a passing 31-minute attenuated token gets no recommendation', async () => {
    const narrow = attenuate(
      vector('org_full').header_form,
      { appIds: ['4455667'], access: 'deploy', ttlSeconds: 31 * 60 },
      new Date(VECTOR_CLOCK)
    );
    if (!narrow.ok) throw new Error(narrow.reason);
    const run = await runAction({
      workspace: repo,
      inputs: { token: narrow.header, online: 'false', needs: 'deploy' },
      env: { FLY_TOKEN_GUARD_NOW: VECTOR_CLOCK }
    });
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs.recommendation).toBe('');
    expect(run.summary).not.toContain('fly tokens create');
  });
});
