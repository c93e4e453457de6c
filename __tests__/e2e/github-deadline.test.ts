// End-to-end: `node dist/index.js` against a GitHub stand-in that misbehaves. One run deadline
// (`timeout-seconds`) covers every GitHub call: a GitHub that never answers ends in a warning while
// the verdict stands, endless pagination stops at a page cap with a note, a 502 and a secondary
// rate limit are retried. No test measures time: the jest timeout is the only clock.
import { runAction, findLeak, fragmentsOf, type ActionRun } from '../support/run-action.js';
import {
  startGitHubStandIn,
  STAND_IN_TOKENS,
  type GitHubStandIn
} from '../support/github-stand-in.js';
import { vector } from '../support/vectors.js';

const LABEL = 'fly-token-health';
const ISSUES = '/repos/acme/shop/issues';
const SECONDARY_LIMIT = {
  message:
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
  documentation_url: 'https://docs.github.com/rest'
};

let github: GitHubStandIn;
let runs: ActionRun[];

beforeEach(async () => {
  github = await startGitHubStandIn();
  runs = [];
});

afterEach(async () => {
  const fragments = fragmentsOf([form('deploy_app'), form('org_readonly_from_existing_720h')]);
  for (const run of runs) expect(findLeak(run.everything, fragments)).toBeUndefined();
  await github.close();
});

const form = (name: string): string => vector(name).header_form;

/** Health mode offline with one token that needs attention (it expires in 9 days). */
async function health(inputs: Record<string, string> = {}): Promise<ActionRun> {
  const run = await runAction({
    inputs: {
      mode: 'health',
      tokens: 'FLY_WEB, FLY_RO',
      online: 'false',
      'github-token': STAND_IN_TOKENS.actions,
      ...inputs
    },
    env: {
      FLY_WEB: form('deploy_app'),
      FLY_RO: form('org_readonly_from_existing_720h'),
      GITHUB_API_URL: github.url,
      FLY_TOKEN_GUARD_NOW: '2025-07-30T00:00:00Z'
    },
    timeoutMs: 60_000
  });
  runs.push(run);
  return run;
}

/** Scan mode on a pull request of a clean workspace, with the sticky comment asked for. */
async function scanPullRequest(inputs: Record<string, string> = {}): Promise<ActionRun> {
  const run = await runAction({
    inputs: { mode: 'scan', comment: 'true', 'github-token': STAND_IN_TOKENS.actions, ...inputs },
    env: { GITHUB_API_URL: github.url },
    event: {
      name: 'pull_request',
      payload: {
        number: 7,
        pull_request: {
          number: 7,
          head: { sha: 'a'.repeat(40) },
          base: { sha: 'b'.repeat(40), repo: { full_name: 'acme/shop' } }
        },
        repository: { full_name: 'acme/shop' }
      }
    },
    timeoutMs: 60_000
  });
  runs.push(run);
  return run;
}

const warnings = (run: ActionRun): string[] =>
  run.annotations.filter(a => a.level === 'warning').map(a => a.message);

describe('a GitHub that accepts the connection and never answers', () => {
  it('health: the run ends with a warning by the deadline; the verdict stands', async () => {
    github.misbehave({ kind: 'hang' });
    const run = await health({ 'timeout-seconds': '3' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('warn');
    expect(warnings(run)).toContainEqual(
      expect.stringMatching(/health issue was not synced: .*deadline \(timeout-seconds\)/)
    );
    expect(run.summary).toContain('The health issue was not synced');
    expect(github.writes()).toEqual([]);
  }, 60_000);

  it('scan with comment: true: the run ends with a warning by the deadline; the scan stands', async () => {
    github.misbehave({ kind: 'hang' });
    const run = await scanPullRequest({ 'timeout-seconds': '3' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(warnings(run)).toContainEqual(
      expect.stringMatching(/deadline \(timeout-seconds\).*only the comment is missing/)
    );
    expect(github.writes()).toEqual([]);
  }, 60_000);
});

describe('GitHub answering with a body without end', () => {
  it('scan with comment: true: the answer is read up to a cap, not to the deadline', async () => {
    github.misbehave({ kind: 'endless-body' });
    // A deadline far beyond the test's own timeout: only the cap can end the read.
    const run = await scanPullRequest({ 'timeout-seconds': '600' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(warnings(run)).toContainEqual(expect.stringMatching(/larger than 16 MiB/));
    expect(warnings(run).join('\n')).not.toMatch(/deadline/);
    expect(github.writes()).toEqual([]);
    // An answer too large is not fetched again: it would be as large on a retry.
    const read = github.requests.map(r => `${r.method} ${r.pathname}`);
    expect(read.length).toBeGreaterThan(0);
    expect(read).toEqual([...new Set(read)]);
  }, 60_000);
});

describe('GitHub pagination without end', () => {
  it('is read up to the page cap, stated in a note, and nothing is written', async () => {
    github.misbehave({ kind: 'endless-pages', method: 'GET', pathname: ISSUES });
    const run = await health();
    expect(run.exitCode).toBe(0);
    const listed = github.requests.filter(r => r.pathname === ISSUES);
    expect(listed).toHaveLength(10);
    expect(warnings(run)).toContainEqual(expect.stringMatching(/more than 10 pages/));
    expect(run.summary).toMatch(/more than 10 pages/);
    expect(github.writes()).toEqual([]);
  }, 60_000);
});

describe('GitHub answering with transient errors', () => {
  it('retries a 502 and then succeeds', async () => {
    github.misbehave({
      kind: 'status',
      status: 502,
      body: { message: 'Bad Gateway' },
      method: 'GET',
      pathname: ISSUES,
      times: 1
    });
    const run = await health();
    expect(run.exitCode).toBe(0);
    const listed = github.requests.filter(r => r.pathname === ISSUES && r.method === 'GET');
    expect(listed.map(r => r.status)).toEqual([502, 200]);
    expect(github.state.issues.filter(i => i.labels.includes(LABEL))).toHaveLength(1);
    expect(run.summary).toMatch(/Opened health issue/);
    expect(warnings(run).filter(w => w.includes('not synced'))).toEqual([]);
  }, 60_000);

  it('waits out a secondary rate limit (retry-after) and retries', async () => {
    github.misbehave({
      kind: 'status',
      status: 403,
      body: SECONDARY_LIMIT,
      headers: { 'retry-after': '1' },
      method: 'POST',
      times: 1
    });
    const run = await health();
    expect(run.exitCode).toBe(0);
    const posts = github.requests.filter(r => r.method === 'POST');
    expect(posts[0]?.status).toBe(403);
    expect(posts.slice(1).every(r => r.status < 300 || r.status === 422)).toBe(true);
    expect(github.state.issues.filter(i => i.labels.includes(LABEL))).toHaveLength(1);
    expect(run.summary).toMatch(/Opened health issue/);
  }, 60_000);
});
