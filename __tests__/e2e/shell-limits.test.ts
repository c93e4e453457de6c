// End-to-end: a hostile repository's scripts (deeply nested, or more shell than the guard
// interprets) cannot crash or stall needs inference. `node dist/index.js` in check mode and the CLI
// `scan --json` on a checkout whose scripts nest 40,000 `if`s and 100,000 `$(`s and run 250,000
// commands: each run finishes with a clear result and the right exit code, no stack trace, and
// what could not be followed is an `unknown-needs` finding (never a silent pass), while the Fly
// command at the bottom of the nested `if`s is still seen.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction, runCli, type ActionRun } from '../support/run-action.js';
import { vector } from '../support/vectors.js';

const NOW = '2026-01-01T00:00:00Z';

function workflow(script: string): string {
  return `name: deploy
on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - run: bash ${script}
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
}

const SCRIPTS: Record<string, string> = {
  // The deploy at the bottom of 40,000 nested `if`s is still seen.
  'scripts/deep.sh':
    'if true; then\n'.repeat(40_000) + 'flyctl deploy -a acme-web\n' + 'fi\n'.repeat(40_000),
  // A status command, then a destroy under 100,000 nested substitutions.
  'scripts/nested.sh':
    'flyctl status -a acme-web\necho ' +
    '$('.repeat(100_000) +
    'flyctl apps destroy acme-web -y' +
    ')'.repeat(100_000) +
    '\n',
  // A deploy, then more commands than the guard interprets, then a destroy.
  'scripts/busy.sh':
    'flyctl deploy -a acme-web\n' + ':\n'.repeat(250_000) + 'flyctl apps destroy acme-web -y\n'
};

let root = '';

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'ftg-shell-limits-'));
  mkdirSync(path.join(root, '.github/workflows'), { recursive: true });
  mkdirSync(path.join(root, 'scripts'));
  for (const [file, text] of Object.entries(SCRIPTS)) {
    writeFileSync(path.join(root, file), text);
    const name = path.basename(file, '.sh');
    writeFileSync(path.join(root, `.github/workflows/${name}.yml`), workflow(file));
  }
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

interface FindingOutput {
  rule: string;
  severity: string;
  message: string;
}

const findingsOf = (run: ActionRun): FindingOutput[] =>
  JSON.parse(run.outputs.findings ?? '[]') as FindingOutput[];

function check(name: string): Promise<ActionRun> {
  return runAction({
    workspace: root,
    inputs: {
      token: vector('org_full').header_form,
      online: 'false',
      'max-lifetime-days': '36500'
    },
    env: {
      GITHUB_WORKFLOW_REF: `acme/shop/.github/workflows/${name}.yml@refs/heads/main`,
      GITHUB_JOB: 'deploy',
      FLY_TOKEN_GUARD_NOW: NOW
    }
  });
}

function expectNoCrash(stderr: string, stdout: string): void {
  for (const text of [stderr, stdout]) {
    expect(text).not.toMatch(/RangeError|Maximum call stack|\n\s+at .+:\d+:\d+/);
  }
}

describe('check mode on a hostile repository’s scripts', () => {
  it('40,000 nested `if`s: the deploy at the bottom is seen, the verdict is the usual one', async () => {
    const run = await check('deep');
    expectNoCrash(run.stderr, run.stdout);
    expect(run.exitCode).toBe(0);
    expect(findingsOf(run).map(f => f.rule)).toEqual(['broader-than-needed']);
    expect(run.outputs.recommendation).toContain('fly tokens create deploy -a acme-web');
  });

  it.each([
    ['nested', 'shell nested too deeply to follow'],
    ['busy', 'too much shell to follow']
  ])(
    '%s.sh: what lies past the limit is an unknown-needs finding, never a narrower fix',
    async (name, why) => {
      const run = await check(name);
      expectNoCrash(run.stderr, run.stdout);
      expect(run.exitCode).toBe(0);
      expect(run.outputs.verdict).toBe('warn');
      const rules = findingsOf(run).map(f => f.rule);
      expect(rules).toContain('unknown-needs');
      // What is seen is a lower bound: no narrower token is recommended from it.
      expect(rules).not.toContain('broader-than-needed');
      const unknown = findingsOf(run).find(f => f.rule === 'unknown-needs');
      expect(unknown?.message).toContain(`(${why})`);
      expect(unknown?.message).toContain(`scripts/${name}.sh`);
      expect(run.summary).toContain(why);
    }
  );
});

describe('the CLI on the same repository', () => {
  it('scan --json ends with a verdict and exit code 0, no stack trace', async () => {
    const run = await runCli(['scan', root, '--json']);
    expectNoCrash(run.stderr, run.stdout);
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(run.stdout) as { verdict: string; filesScanned: number };
    expect(report.filesScanned).toBeGreaterThanOrEqual(3);
    expect(['pass', 'warn']).toContain(report.verdict);
  });

  it('check --offline --workflow: the unseen part named, exit code 0', async () => {
    const run = await runCli(
      [
        'check',
        '--offline',
        '--repo',
        root,
        '--workflow',
        path.join(root, '.github/workflows/busy.yml'),
        '--job',
        'deploy',
        '--json'
      ],
      { env: { FLY_API_TOKEN: vector('org_full').header_form, FLY_TOKEN_GUARD_NOW: NOW } }
    );
    expectNoCrash(run.stderr, run.stdout);
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(run.stdout) as { findings: FindingOutput[] };
    const unknown = report.findings.find(f => f.rule === 'unknown-needs');
    expect(unknown?.message).toContain('too much shell to follow');
  });
});
