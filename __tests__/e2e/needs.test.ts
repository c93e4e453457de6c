// End-to-end: what a job needs when its Fly commands are in the repository's scripts, package
// scripts, Makefile, justfile or Taskfile, or out of sight. `node dist/index.js` in check mode
// (GITHUB_WORKFLOW_REF / GITHUB_JOB pointing at the fixture job) and the CLI `check --offline
// --workflow F --job J`, on __tests__/fixtures/repos/needs.
import path from 'node:path';
import { runAction, runCli, type ActionRun } from '../support/run-action.js';
import { vector } from '../support/vectors.js';

const REPO = path.resolve('__tests__/fixtures/repos/needs');
const WORKFLOW = '.github/workflows/deploy.yml';
const NOW = '2026-01-01T00:00:00Z';

interface FindingOutput {
  rule: string;
  severity: string;
  message: string;
  file?: string;
  line?: number;
}

function check(
  tokenVector: string,
  job: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {}
): Promise<ActionRun> {
  return runAction({
    workspace: REPO,
    inputs: {
      token: vector(tokenVector).header_form,
      online: 'false',
      'max-lifetime-days': '36500',
      ...inputs
    },
    env: {
      GITHUB_WORKFLOW_REF: `acme/shop/${WORKFLOW}@refs/heads/main`,
      GITHUB_JOB: job,
      FLY_TOKEN_GUARD_NOW: NOW,
      ...env
    }
  });
}

const findingsOf = (run: { outputs: Record<string, string> }): FindingOutput[] =>
  JSON.parse(run.outputs.findings ?? '[]') as FindingOutput[];
const rules = (run: ActionRun): string[] => findingsOf(run).map(f => f.rule);

describe('check mode follows the repository’s code', () => {
  it('a script: the app from its argument, the chain in the summary', async () => {
    const run = await check('org_full', 'script');
    expect(run.exitCode).toBe(0);
    expect(rules(run)).toEqual(['broader-than-needed']);
    const [broader] = findingsOf(run);
    expect(broader?.message).toContain('`deploy` for acme-web');
    expect(broader).toMatchObject({ file: 'scripts/deploy.sh', line: 7 });
    expect(run.outputs.recommendation).toContain('fly tokens create deploy -a acme-web');
    expect(run.summary).toContain('deploy.yml:16 → scripts/deploy.sh:7');
  });

  it('a script that creates and destroys review apps: an org token is right, a deploy token fails', async () => {
    const orgRun = await check('org_full', 'review');
    expect(orgRun.outputs.verdict).toBe('pass');
    expect(rules(orgRun)).toEqual([]);
    const deployRun = await check('deploy_app', 'review');
    expect(deployRun.exitCode).toBe(1);
    expect(rules(deployRun)).toContain('missing-capability');
    expect(findingsOf(deployRun).find(f => f.rule === 'missing-capability')?.message).toMatch(
      /create-app.*scripts\/review\.sh:5/
    );
  });

  it.each([
    ['package', 'acme-api', 'packages/api/package.json'],
    ['make', 'acme-web', 'Makefile'],
    ['just', 'acme-web', 'justfile'],
    ['task', 'acme-api', 'Taskfile.yml']
  ])('%s: the apps of the followed runner, found offline', async (job, app, file) => {
    const run = await check('org_full', job);
    expect(run.exitCode).toBe(0);
    expect(rules(run)).toEqual(['broader-than-needed']);
    expect(run.outputs.recommendation).toContain(`fly tokens create deploy -a ${app}`);
    expect(findingsOf(run)[0]?.file).toBe(file);
    expect(run.summary).toContain(`→ ${file}:`);
  });

  it('a registry push is a deploy of the pushed app', async () => {
    const run = await check('org_full', 'registry');
    expect(findingsOf(run)[0]?.message).toContain('acme-api and acme-web');
    expect(run.outputs.recommendation).toContain('fly tokens create deploy -a acme-web');
  });
});

describe('check mode never passes what it cannot see', () => {
  it.each([
    ['missing', './bin/release (not in the checkout)'],
    ['container', 'a container that receives the token'],
    ['action', 'acme/fly-deployer@0123456789abcdef0123456789abcdef01234567 (an action not known'],
    ['agent', 'an AI agent with shell access']
  ])('%s: unknown-needs names it, the verdict is warn', async (job, unseen) => {
    const run = await check('deploy_app', job, { apps: '' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('warn');
    const finding = findingsOf(run).find(f => f.rule === 'unknown-needs');
    expect(finding).toMatchObject({ severity: 'low' });
    expect(finding?.message).toContain(unseen);
    expect(run.summary).toContain('could not see:');
    expect(run.summary).not.toContain('✅');
    expect(run.annotations.some(a => a.level === 'warning' && a.message.includes(unseen))).toBe(
      true
    );
  });

  it('an org token beside an unseen script: no broader-than-needed from half the picture', async () => {
    const run = await check('org_full', 'missing');
    expect(rules(run)).toEqual(['unknown-needs']);
    expect(run.summary).toContain('at least `read` on acme-web');
  });

  it('declared needs cover the unseen part: no finding', async () => {
    const run = await check('deploy_app', 'missing', { needs: 'deploy', apps: '4455667' });
    expect(run.outputs.verdict).toBe('pass');
    expect(rules(run)).toEqual([]);
  });

  it('a workflow that is not checked out is never a pass', async () => {
    const run = await check(
      'deploy_app',
      'script',
      {},
      {
        GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/absent.yml@refs/heads/main'
      }
    );
    expect(run.outputs.verdict).toBe('warn');
    expect(findingsOf(run).find(f => f.rule === 'unknown-needs')?.message).toContain(
      '.github/workflows/absent.yml (not in the checkout)'
    );
  });
});

describe('each secret judged on its own', () => {
  it('the guard step of each secret sees one app, and names its own secret', async () => {
    const prod = await check('org_full', 'two-secrets', {}, { GITHUB_ACTION: 'guard-prod' });
    expect(findingsOf(prod)[0]?.message).toContain('`deploy` for api,');
    expect(prod.outputs.recommendation).toBe(
      prod.outputs.recommendation?.split('\n')[0] // one token, not one per app
    );
    expect(prod.outputs.recommendation).toContain('-a api ');
    expect(prod.summary).toContain('gh secret set FLY_API_TOKEN');
    expect(prod.summary).not.toContain('nothing says which one holds this token');

    const dev = await check('org_full', 'two-secrets', {}, { GITHUB_ACTION: 'guard-dev' });
    expect(findingsOf(dev)[0]?.message).toContain('`deploy` for api-dev');
    expect(dev.outputs.recommendation).toContain('-a api-dev ');
    expect(dev.summary).toContain('gh secret set FLY_API_DEV_TOKEN');
  });

  it('a deploy token per secret is enough: no missing-capability for the other app', async () => {
    const run = await check('deploy_app', 'two-secrets', {}, { GITHUB_ACTION: 'guard-dev' });
    expect(rules(run)).not.toContain('missing-capability');
  });
});

describe('the CLI check follows the same code', () => {
  const cli = (job: string, token = 'org_full'): ReturnType<typeof runCli> =>
    runCli(
      [
        'check',
        '--offline',
        '--repo',
        REPO,
        '--workflow',
        path.join(REPO, WORKFLOW),
        '--job',
        job,
        '--json'
      ],
      {
        env: { FLY_API_TOKEN: vector(token).header_form, FLY_TOKEN_GUARD_NOW: NOW }
      }
    );

  it('reads needs through a package script in a workspace', async () => {
    const result = await cli('package');
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(result.stdout) as {
      needs: { apps: string[]; capabilities: string[]; evidence: { via?: unknown[] }[] };
      findings: FindingOutput[];
    };
    expect(report.needs.apps).toEqual(['acme-api']);
    expect(report.needs.capabilities).toEqual(['read', 'deploy']);
    expect(report.needs.evidence.every(e => Array.isArray(e.via))).toBe(true);
  });

  it('reports what it cannot see, in text too', async () => {
    const result = await runCli(
      [
        'check',
        '--offline',
        '--repo',
        REPO,
        '--workflow',
        path.join(REPO, WORKFLOW),
        '--job',
        'missing'
      ],
      { env: { FLY_API_TOKEN: vector('deploy_app').header_form, FLY_TOKEN_GUARD_NOW: NOW } }
    );
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('could not see: ./bin/release (not in the checkout)');
    expect(result.stdout).toContain('unknown-needs');
    expect(result.stdout).toMatch(/Verdict:\s+WARN/);
  });
});

describe('forms that once gave a wrong verdict (__tests__/fixtures/repos/verdicts)', () => {
  const VERDICTS = path.resolve('__tests__/fixtures/repos/verdicts');
  const check = (job: string, workflow = 'maintenance.yml'): ReturnType<typeof runCli> =>
    runCli(
      [
        'check',
        '--offline',
        '--repo',
        VERDICTS,
        '--workflow',
        path.join(VERDICTS, '.github/workflows', workflow),
        '--job',
        job,
        '--json'
      ],
      { env: { FLY_API_TOKEN: vector('org_full').header_form, FLY_TOKEN_GUARD_NOW: NOW } }
    );

  it('counts neither a step switched off with `if: false` nor a `--help` call', async () => {
    const result = await check('status');
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(result.stdout) as {
      needs: { apps: string[]; capabilities: string[] };
      findings: FindingOutput[];
    };
    expect(report.needs.apps).toEqual(['acme-web']);
    expect(report.needs.capabilities).toEqual(['read']);
    const broader = report.findings.find(f => f.rule === 'broader-than-needed');
    expect(broader?.message).toMatch(/only needs `read` for acme-web/);
  });

  it('says it cannot see the use of a token in a job switched off with `if: false`', async () => {
    const report = JSON.parse((await check('retired')).stdout) as {
      needs: { capabilities: string[] };
      findings: FindingOutput[];
    };
    expect(report.needs.capabilities).toEqual([]);
    expect(report.findings.map(f => f.rule)).toContain('unknown-needs');
    expect(report.findings.map(f => f.rule)).not.toContain('broader-than-needed');
  });

  it('says when a job has several Fly secrets and none is named for the token', async () => {
    const report = JSON.parse((await check('deploy', 'deploy.yml')).stdout) as {
      needs: { apps: string[] };
      notes: string[];
    };
    expect(report.needs.apps).toEqual(['acme-web', 'acme-web-dev']);
    expect(report.notes.join('\n')).toMatch(/nothing says which one holds this token/);
    // The fix builds on neither secret: FLY_API_DEV_TOKEN_ACME_WEB would be a misleading name.
    expect(JSON.stringify(report)).not.toContain('FLY_API_DEV_TOKEN_ACME_WEB');
    const text = await runCli(
      [
        'check',
        '--offline',
        '--repo',
        VERDICTS,
        '--workflow',
        path.join(VERDICTS, '.github/workflows/deploy.yml'),
        '--job',
        'deploy'
      ],
      { env: { FLY_API_TOKEN: vector('org_full').header_form, FLY_TOKEN_GUARD_NOW: NOW } }
    );
    expect(text.stdout).toMatch(
      /Note: This job uses Fly secrets `FLY_API_DEV_TOKEN` and `FLY_API_TOKEN` and nothing says which one holds this token, so the needs shown are those of all of them/
    );
  });
});
