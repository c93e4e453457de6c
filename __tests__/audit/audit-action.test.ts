// `mode: audit` as the runner runs it: `node dist/index.js` with INPUT_* variables, against the
// GitHub org stand-in (reading) and the issues stand-in (the tracking issue of the merge job).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startGitHubStandIn, STAND_IN_TOKENS } from '../support/github-stand-in.js';
import { startOrgStandIn, type OrgStandIn } from '../support/github-org-stand-in.js';
import { findLeak, fragmentsOf, runAction } from '../support/run-action.js';
import { committedToken, generatedRepository, mixedOrganization } from './fixtures.js';

const GITHUB_TOKEN = 'ghs_audit_action_token_abcdefghij';

describe('mode: audit', () => {
  let standIn: OrgStandIn;
  let workspace: string;
  beforeAll(async () => {
    standIn = await startOrgStandIn({
      org: 'acme',
      token: GITHUB_TOKEN,
      repositories: mixedOrganization()
    });
    workspace = mkdtempSync(path.join(tmpdir(), 'ftg-audit-ws-'));
  });
  afterAll(async () => {
    await standIn.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('writes the report file, the org summary with a chart, and fails on high findings', async () => {
    const run = await runAction({
      workspace,
      inputs: {
        mode: 'audit',
        org: 'acme',
        'github-token': GITHUB_TOKEN,
        'report-file': 'out/audit.json'
      },
      env: { GITHUB_API_URL: standIn.url }
    });
    expect(run.outputs['report-file']).toBe(path.join(workspace, 'out/audit.json'));
    const report = JSON.parse(readFileSync(path.join(workspace, 'out/audit.json'), 'utf8')) as {
      org: string;
      repositories: Array<{ repo: string }>;
    };
    expect(report.org).toBe('acme');
    expect(report.repositories).toHaveLength(mixedOrganization().length);
    expect(run.outputs.complete).toBe('true');
    expect(run.outputs.verdict).toBe('fail');
    expect(run.exitCode).toBe(1);
    expect(run.summary).toContain('```mermaid');
    expect(run.summary).toContain('Riskiest repositories');
    expect(run.summary).toContain('acme/leaky');
    expect(
      findLeak(run.everything, fragmentsOf([committedToken().replace(/^FlyV1 /, ''), GITHUB_TOKEN]))
    ).toBeUndefined();
  });

  it('audits one shard, and the merge job combines the shards and keeps one tracking issue', async () => {
    const reportsDir = path.join(workspace, 'reports');
    const seen: string[] = [];
    for (const shard of ['1/2', '2/2']) {
      const file = `reports/audit-${shard.replace('/', '-of-')}.json`;
      const run = await runAction({
        workspace,
        inputs: {
          mode: 'audit',
          org: 'acme',
          shard,
          'github-token': GITHUB_TOKEN,
          'fail-on': 'never',
          'report-file': file
        },
        env: { GITHUB_API_URL: standIn.url }
      });
      expect(run.exitCode).toBe(0);
      const report = JSON.parse(readFileSync(path.join(workspace, file), 'utf8')) as {
        repositories: Array<{ repo: string }>;
      };
      seen.push(...report.repositories.map(r => r.repo));
    }
    expect(new Set(seen).size).toBe(mixedOrganization().length);

    const issues = await startGitHubStandIn();
    try {
      const run = await runAction({
        workspace,
        inputs: {
          mode: 'audit',
          reports: 'reports',
          'audit-issue': 'true',
          'github-token': STAND_IN_TOKENS.actions
        },
        env: { GITHUB_API_URL: issues.url }
      });
      expect(run.outputs.complete).toBe('true');
      expect(run.exitCode).toBe(1);
      const opened = issues.state.issues.filter(i => i.labels.includes('fly-token-audit'));
      expect(opened).toHaveLength(1);
      expect(opened[0]?.state).toBe('open');
      expect(opened[0]?.body).toContain('acme/leaky');
      // Nothing at the fail-on level any more: the same issue is closed, not a second one opened.
      const clean = path.join(workspace, 'clean');
      mkdirSync(clean, { recursive: true });
      const one = JSON.parse(readFileSync(path.join(reportsDir, 'audit-1-of-2.json'), 'utf8')) as {
        repositories: Array<{ findings: unknown[] }>;
      };
      for (const r of one.repositories) r.findings = [];
      writeFileSync(path.join(clean, 'all.json'), JSON.stringify({ ...one, shard: null }));
      const again = await runAction({
        workspace,
        inputs: {
          mode: 'audit',
          reports: 'clean',
          'audit-issue': 'true',
          'github-token': STAND_IN_TOKENS.actions
        },
        env: { GITHUB_API_URL: issues.url }
      });
      expect(again.exitCode).toBe(0);
      expect(
        issues.state.issues.filter(i => i.labels.includes('fly-token-audit')).map(i => i.state)
      ).toEqual(['closed']);
    } finally {
      await issues.close();
    }
  });

  it('reports an incomplete audit as a warning and `complete: false`', async () => {
    const hanging = await startOrgStandIn({
      org: 'acme',
      token: GITHUB_TOKEN,
      repositories: [generatedRepository(1), { ...generatedRepository(2), hangTree: true }]
    });
    try {
      const run = await runAction({
        workspace,
        inputs: {
          mode: 'audit',
          org: 'acme',
          'github-token': GITHUB_TOKEN,
          // Room for a loaded machine to send the first requests; the hung tree ends the run.
          'timeout-seconds': '8',
          'fail-on': 'never'
        },
        env: { GITHUB_API_URL: hanging.url }
      });
      expect(run.outputs.complete).toBe('false');
      expect(run.outputs.verdict).toBe('warn');
      expect(run.annotations.some(a => a.level === 'warning' && /incomplete/.test(a.message))).toBe(
        true
      );
    } finally {
      await hanging.close();
    }
  });

  it.each([
    [{ shard: '0/2' }, /shard/],
    [{ reports: 'nowhere' }, /reports/],
    [{ org: 'not a login!' }, /organization/]
  ])('rejects bad input %j with a clear message', async (inputs, reason) => {
    const run = await runAction({
      workspace,
      inputs: { mode: 'audit', org: 'acme', 'github-token': GITHUB_TOKEN, ...inputs },
      env: { GITHUB_API_URL: standIn.url }
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find(a => a.level === 'error')?.message).toMatch(reason);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
