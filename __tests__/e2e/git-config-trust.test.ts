// End-to-end: the scan asks git to list and diff the checkout, and a repository's own config can
// name programs git runs (found by adversarial review: `scan DIR` on a directory whose
// .git/config sets core.fsmonitor ran that program on `git ls-files`; a textconv driver ran on
// `git diff`). The CLI `scan` and `node dist/index.js` in scan mode on a pull request: the
// programs never run, and the scan still lists the files and marks the changed lines.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction, runCli } from '../support/run-action.js';

const WORKFLOW = `on: pull_request_target
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: flyctl deploy -a acme-web
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;

let scratch = '';
let repo = '';
let marker = '';
let baseSha = '';

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: repo,
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

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'ftg-git-config-'));
  repo = path.join(scratch, 'repo');
  marker = path.join(scratch, 'ran');
  const hook = path.join(scratch, 'hook.sh');
  writeFileSync(hook, `#!/bin/sh\necho "$@" >> '${marker}'\n`);
  chmodSync(hook, 0o755);
  mkdirSync(path.join(repo, '.github/workflows'), { recursive: true });
  writeFileSync(path.join(repo, '.github/workflows/deploy.yml'), 'on: push\njobs: {}\n');
  writeFileSync(path.join(repo, '.gitattributes'), '*.yml diff=shown filter=shown\n');
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  baseSha = git('rev-parse', 'HEAD');
  // The pull request's change, as the checkout holds it.
  writeFileSync(path.join(repo, '.github/workflows/deploy.yml'), WORKFLOW);
  git('commit', '-q', '-am', 'pull request');
  git('config', 'core.fsmonitor', hook);
  git('config', 'diff.shown.textconv', hook);
  git('config', 'filter.shown.clean', `'${hook}'; cat`);
  // Without the guard's switches, the programs run for these very commands: the monitor on
  // listing, textconv on a diff, the clean filter on a work-tree file git must read again.
  execFileSync('git', ['ls-files'], { cwd: repo, stdio: 'ignore' });
  expect(existsSync(marker)).toBe(true);
  rmSync(marker);
  git('-c', 'core.fsmonitor=false', 'diff', '--unified=0', baseSha, 'HEAD', '--');
  expect(existsSync(marker)).toBe(true);
  rmSync(marker);
  writeFileSync(path.join(repo, '.github/workflows/deploy.yml'), `${WORKFLOW}\n`);
  git('-c', 'core.fsmonitor=false', 'diff', '--no-textconv', '--unified=0', baseSha, '--');
  expect(existsSync(marker)).toBe(true);
  rmSync(marker);
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('programs named by the repository’s git config', () => {
  it('scan DIR: listed and scanned, the fsmonitor hook never runs', async () => {
    const run = await runCli(['scan', repo, '--json']);
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: Array<{ rule: string }> };
    expect(report.findings.map(f => f.rule)).toContain('untrusted-trigger');
    expect(existsSync(marker)).toBe(false);
  });

  it('scan mode on a pull request: the diff marks new lines, no hook, textconv or filter runs', async () => {
    const run = await runAction({
      workspace: repo,
      inputs: { mode: 'scan', comment: 'false' },
      env: { FLY_TOKEN_GUARD_NOW: '2026-01-01T00:00:00Z' },
      event: {
        name: 'pull_request',
        payload: { number: 1, pull_request: { number: 1, base: { sha: baseSha } } }
      }
    });
    expect(run.exitCode).toBe(1);
    const findings = JSON.parse(run.outputs.findings ?? '[]') as Array<{
      rule: string;
      new?: boolean;
    }>;
    expect(findings.find(f => f.rule === 'untrusted-trigger')?.new).toBe(true);
    expect(existsSync(marker)).toBe(false);
  });
});
