// End-to-end: `node dist/index.js` in check mode, as the runner runs it, on a fixture repository.
import path from 'node:path';
import { runAction, type ActionRun } from '../support/run-action.js';
import { vector } from '../support/vectors.js';

const SHOP = path.resolve('__tests__/fixtures/repos/shop');
const NOW = '2026-01-01T00:00:00Z';

function check(
  tokenVector: string,
  job: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {}
): Promise<ActionRun> {
  return runAction({
    workspace: SHOP,
    inputs: { token: vector(tokenVector).header_form, online: 'false', ...inputs },
    env: {
      GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/deploy.yml@refs/heads/main',
      GITHUB_JOB: job,
      FLY_TOKEN_GUARD_NOW: NOW,
      ...env
    }
  });
}

interface FindingOutput {
  rule: string;
  severity: string;
  message: string;
}

const findingsOf = (run: ActionRun): FindingOutput[] =>
  JSON.parse(run.outputs.findings ?? '[]') as FindingOutput[];

const rules = (run: ActionRun): string[] => findingsOf(run).map(f => f.rule);

describe('check mode, offline', () => {
  it('fails a personal token before a deploy and says what to mint instead', async () => {
    const run = await check('oauth_fo1_token', 'deploy-web');
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.outputs.kind).toBe('personal');
    expect(run.outputs.scope).toBe('user');
    expect(rules(run)).toContain('personal-token');
    expect(run.outputs.recommendation).toMatch(/^fly tokens create deploy -a acme-web /);
    expect(run.summary).toContain('fail');
    expect(run.summary).toContain('fly tokens create deploy -a acme-web');
    expect(run.annotations.some(a => a.level === 'error' && /personal/i.test(a.message))).toBe(
      true
    );
    expect(run.stdout).toMatch(/::error::.*verdict fail/);
  });

  it('warns on an org token that deploys one app and recommends that app’s deploy token', async () => {
    const run = await check('org_full', 'deploy-web');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('warn');
    expect(run.outputs.kind).toBe('org');
    expect(run.outputs.scope).toBe('org');
    expect(rules(run)).toContain('broader-than-needed');
    expect(run.outputs.recommendation).toContain('fly tokens create deploy -a acme-web');
    // The store command names the secret the workflow really uses, in the job's environment.
    expect(run.summary).toContain('gh secret set FLY_WEB_TOKEN --env production');
    expect(run.annotations.some(a => a.level === 'warning' && /broader|org/i.test(a.message))).toBe(
      true
    );
  });

  it('passes the right deploy token', async () => {
    const run = await check('deploy_app', 'deploy-web', { 'max-lifetime-days': '36500' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs.kind).toBe('deploy');
    expect(run.outputs.scope).toBe('apps');
    expect(run.outputs.apps).toBe('4455667');
    expect(run.outputs['org-ids']).toBe('918273');
    expect(run.outputs.valid).toBe('unknown');
    // Offline, the token's app id cannot be matched to the job's app name: said, not skipped.
    expect(findingsOf(run)).toEqual([
      expect.objectContaining({ rule: 'unverified', severity: 'info' })
    ]);
    expect(findingsOf(run)[0]?.message).toMatch(/acme-web.*4455667.*online: true/s);
    expect(run.annotations.map(a => a.level)).toEqual(['notice']);
    expect(run.summary).toContain('pass');
    expect(run.summary).toContain('online: true');
  });

  it('matches app ids given in `apps` offline: the right id passes, another fails', async () => {
    const right = await check('deploy_app', 'deploy-web', {
      apps: '4455667',
      'max-lifetime-days': '36500'
    });
    expect(right.outputs.verdict).toBe('pass');
    expect(rules(right)).toEqual([]);
    const wrong = await check('deploy_app', 'deploy-web', {
      apps: '999',
      'max-lifetime-days': '36500'
    });
    expect(wrong.exitCode).toBe(1);
    expect(findingsOf(wrong)).toEqual([
      expect.objectContaining({ rule: 'wrong-target', severity: 'high' })
    ]);
    expect(findingsOf(wrong)[0]?.message).toMatch(/app id 999.*4455667/);
  });

  it('flags a 20-year lifetime as low: warn, not fail', async () => {
    const run = await check('deploy_app', 'deploy-web');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('warn');
    expect(rules(run)).toEqual(['excessive-lifetime', 'unverified']);
    expect(run.outputs['lifetime-days']).toBe('7300');
    expect(run.summary).toMatch(/20 years/);
  });

  it('fails an expired token', async () => {
    const run = await check('org_expired_discharge', 'deploy-web');
    expect(run.exitCode).toBe(1);
    expect(rules(run)).toContain('expired');
    expect(Number(run.outputs['expires-in-days'])).toBeLessThan(0);
    expect(run.summary).toMatch(/expired .* ago/);
  });

  it('fails a token expiring in 3 days with a high finding', async () => {
    const expires = vector('deploy_app').truth.classification.expires_at_iso as string;
    const now = new Date(Date.parse(expires) - 2.5 * 86400_000).toISOString();
    const run = await check(
      'deploy_app',
      'deploy-web',
      { 'max-lifetime-days': '36500' },
      { FLY_TOKEN_GUARD_NOW: now }
    );
    expect(run.outputs['expires-in-days']).toBe('2');
    const findings = JSON.parse(run.outputs.findings ?? '[]') as {
      rule: string;
      severity: string;
    }[];
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'expiring-soon', severity: 'high' })
    );
    expect(run.exitCode).toBe(1);
  });

  it('fails a malformed token with the specific problem and exits non-zero', async () => {
    const run = await check('malformed_wrong_prefix_fm3', 'deploy-web');
    expect(run.exitCode).toBe(1);
    expect(run.outputs.kind).toBe('malformed');
    expect(run.outputs.scope).toBe('none');
    expect(rules(run)).toContain('malformed-token');
    expect(run.summary).toMatch(/fm3/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('fails a token whose discharge is missing', async () => {
    const run = await check('deploy_missing_discharge', 'deploy-web');
    expect(run.exitCode).toBe(1);
    expect(rules(run)).toContain('missing-discharge');
  });

  it('fails a readonly token before a deploy: missing capability', async () => {
    const run = await check('org_readonly', 'deploy-web');
    expect(run.exitCode).toBe(1);
    expect(run.outputs.kind).toBe('readonly');
    expect(run.outputs.scope).toBe('org-read');
    expect(rules(run)).toContain('missing-capability');
  });

  it('fails a machine-exec token used for `fly ssh console`', async () => {
    const run = await check('machine_exec_commands', 'console');
    expect(run.exitCode).toBe(1);
    expect(run.outputs.kind).toBe('machine-exec');
    expect(rules(run)).toContain('missing-capability');
  });

  it('honours the apps and needs inputs over inference', async () => {
    const run = await check('org_readonly', 'deploy-web', { apps: 'acme-web', needs: 'read' });
    expect(rules(run)).not.toContain('missing-capability');
    expect(run.exitCode).toBe(0);
  });

  it('says clearly when the token is empty', async () => {
    const run = await runAction({
      workspace: SHOP,
      inputs: { token: '', online: 'false' },
      env: { FLY_TOKEN_GUARD_NOW: NOW }
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::No Fly token to check/);
  });

  it('rejects a bad input value with a specific message', async () => {
    const run = await check('deploy_app', 'deploy-web', { 'fail-on': 'sometimes' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::Input 'fail-on' must be one of/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('notes when the workflow is not checked out and still checks the token', async () => {
    const run = await runAction({
      inputs: { token: vector('org_full').header_form, online: 'false' },
      env: {
        GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/deploy.yml@refs/heads/main',
        GITHUB_JOB: 'deploy-web',
        FLY_TOKEN_GUARD_NOW: NOW
      }
    });
    expect(run.outputs.kind).toBe('org');
    expect(run.summary).toMatch(/actions\/checkout/);
  });
});
