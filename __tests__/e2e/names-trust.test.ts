// End-to-end: a pull request chooses the names of the files it commits, and a token form in a
// name must not reach any channel. Found by adversarial review: the annotation's `file=` property
// carried the path unscrubbed, and markdown escaping (`fo1\_…`) hid the token from the scrub in
// the job summary and the PR comment. `node dist/index.js` in scan mode (comment and SARIF on) and
// in check mode, on a checkout whose workflow and script are named after a `fo1_` token.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  STAND_IN_TOKENS,
  startGitHubStandIn,
  type GitHubStandIn
} from '../support/github-stand-in.js';
import { findLeak, fragmentsOf, runAction, type ActionRun } from '../support/run-action.js';
import { vector } from '../support/vectors.js';

const FO1 = vector('oauth_fo1_token').token;
const LEAK = fragmentsOf([FO1.replace(/^fo1_/, '')]);
const SARIF = 'reports/guard.sarif';

const SCANNED = `on: pull_request_target
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

const CHECKED = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: bash scripts/${FO1}.sh
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;

let standIn: GitHubStandIn;
let workspace = '';

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
  writeFileSync(path.join(workspace, file), text);
}

beforeAll(async () => {
  standIn = await startGitHubStandIn();
  standIn.state.addIssue({ owner: 'acme', repo: 'shop', title: 'Add preview', pullRequest: true });
  workspace = mkdtempSync(path.join(tmpdir(), 'ftg-names-trust-'));
  write(`.github/workflows/${FO1}.yml`, SCANNED);
  write('.github/workflows/deploy.yml', CHECKED);
  write(`scripts/${FO1}.sh`, 'flyctl deploy -a acme-web\n');
  execFileSync('git', ['init', '-q'], { cwd: workspace });
  execFileSync('git', ['add', '.'], { cwd: workspace });
});

afterAll(async () => {
  await standIn.close();
  rmSync(workspace, { recursive: true, force: true });
});

/** Everything the run wrote or sent: its output, the SARIF file, what GitHub received. */
function everything(run: ActionRun): string {
  let sarif: string;
  try {
    sarif = readFileSync(path.join(workspace, SARIF), 'utf8');
  } catch {
    sarif = '';
  }
  const sent = standIn.requests.map(r => JSON.stringify(r.body ?? '')).join('\n');
  const comments = standIn.state.comments.map(c => c.body).join('\n');
  return [run.everything, sarif, sent, comments].join('\n');
}

describe('a token form in a committed file name', () => {
  it('scan mode: annotations, summary, outputs, SARIF and the PR comment never carry it', async () => {
    const run = await runAction({
      workspace,
      inputs: {
        mode: 'scan',
        comment: 'true',
        'sarif-file': SARIF,
        'github-token': STAND_IN_TOKENS.actions
      },
      env: { GITHUB_API_URL: standIn.url, FLY_TOKEN_GUARD_NOW: '2026-01-01T00:00:00Z' },
      event: { name: 'pull_request', payload: { number: 1, pull_request: { number: 1 } } }
    });
    expect(run.exitCode).toBe(1);
    // The workflow was read and annotated: its path was there to leak.
    const trigger = run.annotations.find(
      a =>
        a.message.includes('untrusted-trigger') || a.properties.title?.includes('untrusted-trigger')
    );
    expect(trigger?.properties.file).toMatch(/^\.github\/workflows\/.*\[redacted\].*\.yml$/);
    expect(run.summary).toContain('untrusted');
    expect(standIn.state.comments.filter(c => c.issueNumber === 1)).toHaveLength(1);
    expect(findLeak(everything(run), LEAK)).toBeUndefined();
  });

  it('check mode: the followed script’s name in annotations and the summary’s chain is scrubbed', async () => {
    const run = await runAction({
      workspace,
      inputs: {
        token: vector('org_full').header_form,
        online: 'false',
        'max-lifetime-days': '36500'
      },
      env: {
        GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/deploy.yml@refs/heads/main',
        GITHUB_JOB: 'deploy',
        FLY_TOKEN_GUARD_NOW: '2026-01-01T00:00:00Z'
      }
    });
    expect(run.exitCode).toBe(0);
    // The script was followed: its deploy is the need, its path in the chain.
    expect(run.outputs.recommendation).toContain('fly tokens create deploy -a acme-web');
    expect(run.summary).toMatch(/deploy\.yml:6 → scripts\//);
    expect(findLeak(run.everything, LEAK)).toBeUndefined();
  });
});
