// End-to-end: `node dist/index.js` in scan mode, as the runner runs it, on a copy of the
// scan-demo fixture with a pull request on top, against the GitHub API stand-in.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {
  STAND_IN_TOKENS,
  startGitHubStandIn,
  type GitHubStandIn
} from '../support/github-stand-in.js';
import { findLeak, fragmentsOf, runAction, type ActionRun } from '../support/run-action.js';
import { vector } from '../support/vectors.js';

const FIXTURE = path.resolve('__tests__/fixtures/repos/scan-demo');
const TOKEN = vector('deploy_app').header_form;
const FRAGMENTS = fragmentsOf([TOKEN]);

const schema: unknown = JSON.parse(
  readFileSync(path.resolve('__tests__/fixtures/sarif-schema-2.1.0.json'), 'utf8')
);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validateSarif = ajv.compile(schema as object);

const LEAK_STEP = `      - run: echo "FLY_API_TOKEN=$FLY_API_TOKEN" >> "$GITHUB_ENV"
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;

interface Finding {
  rule: string;
  severity: string;
  file: string | null;
  line: number | null;
  column: number | null;
  new?: boolean;
}

let standIn: GitHubStandIn;
let workspace = '';
let baseSha = '';
let headSha = '';

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: workspace,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com'
    }
  }).trim();
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
  writeFileSync(path.join(workspace, file), text);
}

function scanRun(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    workspace,
    inputs: {
      mode: 'scan',
      comment: 'true',
      'sarif-file': 'reports/fly-token-guard.sarif',
      'github-token': STAND_IN_TOKENS.actions,
      ...inputs
    },
    env: { GITHUB_API_URL: standIn.url, FLY_TOKEN_GUARD_NOW: '2026-01-01T00:00:00Z' },
    event: {
      name: 'pull_request',
      payload: {
        number: 1,
        pull_request: { number: 1, base: { sha: baseSha }, head: { sha: headSha } }
      }
    }
  });
}

const findingsOf = (run: ActionRun): Finding[] =>
  JSON.parse(run.outputs.findings ?? '[]') as Finding[];

/** Everything the run produced or sent: its output, the SARIF file and what GitHub received. */
function everything(run: ActionRun): string {
  let sarif: string;
  try {
    sarif = readFileSync(path.join(workspace, 'reports/fly-token-guard.sarif'), 'utf8');
  } catch {
    sarif = '';
  }
  const sent = standIn.requests.map(r => JSON.stringify(r.body ?? '')).join('\n');
  const comments = standIn.state.comments.map(c => c.body).join('\n');
  return [run.everything, sarif, sent, comments].join('\n');
}

beforeAll(async () => {
  standIn = await startGitHubStandIn();
  standIn.state.addIssue({ owner: 'acme', repo: 'shop', title: 'Add preview', pullRequest: true });
  workspace = mkdtempSync(path.join(tmpdir(), 'ftg-scan-e2e-'));
  cpSync(FIXTURE, workspace, { recursive: true });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  baseSha = git('rev-parse', 'HEAD');
  // The pull request: a step that leaks the token, and a committed token.
  const deploy = readFileSync(path.join(workspace, '.github/workflows/deploy.yml'), 'utf8');
  write('.github/workflows/deploy.yml', deploy + LEAK_STEP);
  write('config/fly.env', `# do not commit\nFLY_API_TOKEN="${TOKEN}"\n`);
  git('add', '.');
  git('commit', '-q', '-m', 'pull request');
  headSha = git('rev-parse', 'HEAD');
});

afterAll(async () => {
  await standIn.close();
  rmSync(workspace, { recursive: true, force: true });
});

describe('scan mode on a pull request', () => {
  let first: ActionRun;

  beforeAll(async () => {
    first = await scanRun();
  });

  test('fails on the high and critical findings, with every finding in the output', () => {
    expect(first.exitCode).toBe(1);
    expect(first.outputs.verdict).toBe('fail');
    const rules = findingsOf(first).map(f => `${f.rule}:${f.severity}`);
    expect(rules.sort()).toEqual(
      [
        'hardcoded-token:critical',
        'token-leak:high',
        'unpinned-action:high',
        'no-environment:low',
        'pull-request-exposure:medium',
        // The token handed to someone/setup-fly, an action the guard cannot read.
        'unknown-needs:low'
      ].sort()
    );
    expect(first.stderr).not.toMatch(/\n\s+at /);
  });

  test('marks the findings on lines the pull request changed as new, and lists them first', () => {
    const findings = findingsOf(first);
    const fresh = findings.filter(f => f.new).map(f => f.rule);
    expect(fresh.sort()).toEqual(['hardcoded-token', 'token-leak']);
    expect(findings.slice(0, 2).every(f => f.new)).toBe(true);
    expect(first.summary).toContain('New in this pull request (2)');
    expect(first.summary).toContain('Already in the repository (4)');
  });

  test('annotates file, line and column of each finding', () => {
    const deploy = readFileSync(path.join(workspace, '.github/workflows/deploy.yml'), 'utf8');
    const lines = deploy.split('\n');
    const lineOf = (needle: string) => lines.findIndex(l => l.includes(needle)) + 1;
    const annotation = (rule: string) =>
      first.annotations.find(a => (a.properties.title ?? '').includes(`: ${rule} `));
    expect(annotation('unpinned-action')?.properties).toMatchObject({
      file: '.github/workflows/deploy.yml',
      line: String(lineOf('someone/setup-fly')),
      col: String((lines[lineOf('someone/setup-fly') - 1] ?? '').indexOf('someone') + 1)
    });
    expect(annotation('token-leak')?.properties).toMatchObject({
      file: '.github/workflows/deploy.yml',
      line: String(lineOf('GITHUB_ENV'))
    });
    expect(annotation('hardcoded-token')?.properties).toMatchObject({
      file: 'config/fly.env',
      line: '2',
      col: String('FLY_API_TOKEN="'.length + 1)
    });
    expect(annotation('hardcoded-token')?.level).toBe('error');
    expect(annotation('no-environment')?.level).toBe('warning');
  });

  test('writes a valid SARIF file and names it in the outputs', () => {
    expect(first.outputs['sarif-file']).toBe('reports/fly-token-guard.sarif');
    const sarif = JSON.parse(
      readFileSync(path.join(workspace, 'reports/fly-token-guard.sarif'), 'utf8')
    ) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(validateSarif(sarif)).toBe(true);
    expect(sarif.runs[0]?.results.map(r => r.ruleId).sort()).toEqual(
      findingsOf(first)
        .map(f => f.rule)
        .sort()
    );
  });

  test('creates one sticky comment on the pull request', () => {
    const ours = standIn.state.comments.filter(c => c.issueNumber === 1);
    // With the run's warnings, so a missing comment says why.
    const warnings = first.annotations.filter(a => a.level === 'warning').map(a => a.message);
    expect({ comments: ours.length, warnings: warnings.filter(w => /comment/i.test(w)) }).toEqual({
      comments: 1,
      warnings: []
    });
    expect(ours[0]?.user.login).toBe('github-actions[bot]');
    expect(ours[0]?.body).toContain('<!-- fly-token-guard:scan -->');
    expect(ours[0]?.body).toContain('2 new findings in this pull request');
    expect(ours[0]?.body).toContain('hardcoded');
  });

  test('never shows the committed token, not even 8 characters of it', () => {
    expect(findLeak(everything(first), FRAGMENTS)).toBeUndefined();
    // The token is really in the scanned tree: the check above is not vacuous.
    expect(readFileSync(path.join(workspace, 'config/fly.env'), 'utf8')).toContain(TOKEN.trim());
  });

  test('a second run with changed findings updates the same comment', async () => {
    const deploy = readFileSync(path.join(workspace, '.github/workflows/deploy.yml'), 'utf8');
    write('.github/workflows/deploy.yml', deploy.replace(LEAK_STEP, ''));
    const before = standIn.state.comments.map(c => ({ id: c.id, body: c.body }));
    const second = await scanRun();
    expect(findingsOf(second).map(f => f.rule)).not.toContain('token-leak');
    const after = standIn.state.comments.filter(c => c.issueNumber === 1);
    expect(after).toHaveLength(1);
    expect(after[0]?.id).toBe(before[0]?.id);
    expect(after[0]?.body).not.toBe(before[0]?.body);
    expect(after[0]?.body).toContain('1 new finding in this pull request');
    const writes = standIn.writes().map(w => w.method);
    expect(writes).toEqual(['POST', 'PATCH']);
    expect(findLeak(everything(second), FRAGMENTS)).toBeUndefined();
  });

  test('a refused comment (403) is a warning; the exit code follows the findings only', async () => {
    standIn.forbidWrites();
    try {
      const deploy = readFileSync(path.join(workspace, '.github/workflows/deploy.yml'), 'utf8');
      write(
        '.github/workflows/deploy.yml',
        deploy.replace('  deploy:\n', '  deploy:\n    # changed\n')
      );
      const failing = await scanRun();
      expect(failing.exitCode).toBe(1);
      const warning = failing.annotations.find(
        a => a.level === 'warning' && /GitHub answered 403/.test(a.message)
      );
      expect(warning?.message).toMatch(/The scan result stands/);
      expect(failing.annotations.filter(a => a.level === 'error' && /403/.test(a.message))).toEqual(
        []
      );
      expect(failing.outputs.verdict).toBe('fail');

      const passing = await scanRun({ 'fail-on': 'never' });
      expect(passing.exitCode).toBe(0);
      expect(passing.outputs.verdict).toBe('warn');
      expect(passing.stdout).toMatch(/::warning::.*403/);
      expect(findLeak(everything(passing), FRAGMENTS)).toBeUndefined();
    } finally {
      standIn.forbidWrites(false);
    }
  });
});

describe('scan mode when the findings are gone', () => {
  test('turns the sticky comment into a short "resolved" note', async () => {
    const clean = mkdtempSync(path.join(tmpdir(), 'ftg-scan-clean-'));
    try {
      writeFileSync(path.join(clean, 'README.md'), 'Nothing to see.\n');
      const before = standIn.state.comments.filter(c => c.issueNumber === 1);
      expect(before).toHaveLength(1);
      const run = await runAction({
        workspace: clean,
        inputs: { mode: 'scan', comment: 'true', 'github-token': STAND_IN_TOKENS.actions },
        env: { GITHUB_API_URL: standIn.url },
        event: {
          name: 'pull_request',
          payload: {
            number: 1,
            pull_request: { number: 1, base: { sha: baseSha }, head: { sha: headSha } }
          }
        }
      });
      expect(run.exitCode).toBe(0);
      expect(run.outputs.verdict).toBe('pass');
      const after = standIn.state.comments.filter(c => c.issueNumber === 1);
      expect(after.map(c => c.id)).toEqual(before.map(c => c.id));
      expect(after[0]?.body).toContain('resolved');
      expect(after[0]?.body).not.toContain('hardcoded');
    } finally {
      rmSync(clean, { recursive: true, force: true });
    }
  });
});

describe('scan mode outside a pull request', () => {
  test('scans without a comment or new markers, and says why no comment was written', async () => {
    const run = await runAction({
      workspace,
      inputs: { mode: 'scan', comment: 'true', 'github-token': STAND_IN_TOKENS.actions },
      env: { GITHUB_API_URL: standIn.url },
      event: { name: 'push', payload: {} }
    });
    expect(run.exitCode).toBe(1);
    expect(findingsOf(run).some(f => f.new !== undefined)).toBe(false);
    expect(run.stdout).toContain('this run is not for a pull request');
    expect(run.outputs['sarif-file']).toBe('');
    expect(findLeak(run.everything, FRAGMENTS)).toBeUndefined();
  });
});
