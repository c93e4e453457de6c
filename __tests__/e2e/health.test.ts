// End-to-end: `node dist/index.js` in health mode, as a scheduled workflow runs it, with the tokens
// in environment variables and the health issue kept on the GitHub stand-in.
import { runAction, findLeak, fragmentsOf, type ActionRun } from '../support/run-action.js';
import {
  startGitHubStandIn,
  STAND_IN_TOKENS,
  type GitHubStandIn
} from '../support/github-stand-in.js';
import { startFlyStandIn, STAND_IN_CLOCK } from '../support/fly-api-stand-in.js';
import { vector } from '../support/vectors.js';

const LABEL = 'fly-token-health';

let github: GitHubStandIn;
/** Every token value a test put in the environment, for the leak check after it. */
let used: string[];
let runs: ActionRun[];

beforeEach(async () => {
  github = await startGitHubStandIn();
  used = [];
  runs = [];
});

afterEach(async () => {
  // Every byte we wrote (log, summary, outputs) and every body GitHub received.
  const fragments = fragmentsOf(used);
  const received = [
    ...github.requests.map(r => JSON.stringify(r.body ?? null)),
    ...github.state.issues.map(i => `${i.title}\n${i.body ?? ''}`),
    ...github.state.comments.map(c => c.body)
  ];
  for (const text of [...runs.map(r => r.everything), ...received]) {
    expect(findLeak(text, fragments)).toBeUndefined();
  }
  await github.close();
});

type Tokens = Record<string, string>;

async function health(
  tokens: Tokens,
  now: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {}
): Promise<ActionRun> {
  used.push(...Object.values(tokens).filter(v => v.trim() !== ''));
  const run = await runAction({
    inputs: {
      mode: 'health',
      tokens: Object.keys(tokens).join(', '),
      online: 'false',
      'github-token': STAND_IN_TOKENS.actions,
      ...inputs
    },
    env: {
      ...tokens,
      GITHUB_API_URL: github.url,
      GITHUB_RUN_ID: '4242',
      FLY_TOKEN_GUARD_NOW: now,
      ...env
    }
  });
  runs.push(run);
  return run;
}

const form = (name: string): string => vector(name).header_form;

interface ReportRow {
  name: string;
  kind: string;
  status: string;
  valid: string;
  expiresInDays: number | null;
  findings: { rule: string; severity: string }[];
}

const reportOf = (run: ActionRun): ReportRow[] =>
  JSON.parse(run.outputs.report ?? '[]') as ReportRow[];

const openIssues = () =>
  github.state.issues.filter(i => i.state === 'open' && i.labels.includes(LABEL));

// org_readonly_from_existing_720h expires 2025-08-08T10:37:03Z: 9 days left on 07-30, 8 on
// 07-31 (same state), under 3 days on 08-06 (expiring-soon turns high).
const UNHEALTHY: Tokens = {
  FLY_WEB: form('deploy_app'),
  FLY_RO: form('org_readonly_from_existing_720h')
};

describe('health mode: the issue lifecycle', () => {
  it('opens, leaves alone, updates and closes one issue', async () => {
    // 1. A token expires within the warning window: the issue is opened.
    const first = await health(UNHEALTHY, '2025-07-30T00:00:00Z');
    expect(first.exitCode).toBe(0);
    expect(first.outputs.verdict).toBe('warn');
    expect(first.outputs['first-expiry-days']).toBe('9');
    expect(reportOf(first).map(r => [r.name, r.status])).toEqual([
      ['FLY_WEB', 'healthy'],
      ['FLY_RO', 'attention']
    ]);
    expect(openIssues()).toHaveLength(1);
    const issue = openIssues()[0];
    expect(issue?.title).toBe('Fly token health: 1 token needs attention');
    expect(issue?.body).toContain('`FLY_RO`: needs attention');
    expect(issue?.body).toContain('expiring-soon');
    expect(issue?.body).toContain('gh secret set FLY_RO');
    expect(issue?.body).toContain('https://github.com/acme/shop/actions/runs/4242');
    expect(first.summary).toMatch(/Opened health issue \[#1\]/);

    // 2. The next day: one day less, same state. Reads only, no write at all.
    const writesBefore = github.writes().length;
    const requestsBefore = github.requests.length;
    const bodyBefore = issue?.body;
    const second = await health(UNHEALTHY, '2025-07-31T00:00:00Z');
    expect(second.exitCode).toBe(0);
    expect(second.outputs['first-expiry-days']).toBe('8');
    expect(github.writes()).toHaveLength(writesBefore);
    const reads = github.requests.slice(requestsBefore);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every(r => r.method === 'GET')).toBe(true);
    expect(issue?.body).toBe(bodyBefore);
    expect(second.summary).toMatch(/Health issue \[#1\]\([^)]*\) is up to date/);

    // 3. Under three days: the finding turns high, the state changed, the issue is rewritten.
    const third = await health(UNHEALTHY, '2025-08-06T12:00:00Z');
    expect(third.exitCode).toBe(1);
    expect(third.outputs.verdict).toBe('fail');
    const rewrites = github
      .writes()
      .slice(writesBefore)
      .map(r => `${r.method} ${r.pathname}`);
    expect(rewrites).toEqual(['PATCH /repos/acme/shop/issues/1']);
    expect(openIssues()).toHaveLength(1);
    expect(issue?.body).not.toBe(bodyBefore);
    expect(issue?.body).toContain('(high)');
    expect(third.summary).toMatch(/Updated health issue/);

    // 4. FLY_RO rotated: every token is healthy, the issue is closed with a comment.
    const healthy: Tokens = { FLY_WEB: form('deploy_app'), FLY_RO: form('org_readonly') };
    const fourth = await health(healthy, '2025-08-07T00:00:00Z');
    expect(fourth.exitCode).toBe(0);
    expect(reportOf(fourth).every(r => r.status === 'healthy')).toBe(true);
    expect(issue?.state).toBe('closed');
    const comments = github.state.comments.filter(c => c.issueNumber === issue?.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toMatch(/all 2 checked Fly tokens are healthy again/);
    expect(fourth.summary).toMatch(/Closed health issue/);

    // 5. Still healthy the next day: nothing to write.
    const writesAfterClose = github.writes().length;
    const fifth = await health(healthy, '2025-08-08T00:00:00Z');
    expect(fifth.exitCode).toBe(0);
    expect(github.writes()).toHaveLength(writesAfterClose);
    expect(github.state.issues).toHaveLength(1);
  });

  it('warns when it may not write the issue (403) and still reports; the exit code follows the findings', async () => {
    github.forbidWrites();
    const warned = await health(UNHEALTHY, '2025-07-30T00:00:00Z');
    expect(warned.exitCode).toBe(0);
    expect(warned.outputs.verdict).toBe('warn');
    expect(reportOf(warned)).toHaveLength(2);
    expect(github.state.issues).toHaveLength(0);
    const warning = warned.annotations.find(
      a => a.level === 'warning' && /health issue was not synced/.test(a.message)
    );
    expect(warning?.message).toMatch(/403/);
    expect(warning?.message).toMatch(/issues: write/);
    expect(warned.summary).toMatch(/health issue was not synced/);
    expect(warned.summary).toContain('`FLY_RO`');

    const failed = await health(
      { ...UNHEALTHY, FLY_OLD: form('org_expired_discharge') },
      '2025-07-30T00:00:00Z'
    );
    expect(failed.exitCode).toBe(1);
    expect(failed.stdout).toMatch(/::error::Fly token health: 2 of 3 tokens need attention/);
  });

  it('fails only at the fail-on threshold', async () => {
    const lenient = await health(UNHEALTHY, '2025-08-06T12:00:00Z', { 'fail-on': 'critical' });
    expect(lenient.exitCode).toBe(0);
    expect(reportOf(lenient)[1]?.findings).toContainEqual(
      expect.objectContaining({ rule: 'expiring-soon', severity: 'high' })
    );
    const strict = await health(UNHEALTHY, '2025-07-30T00:00:00Z', { 'fail-on': 'medium' });
    expect(strict.exitCode).toBe(1);
  });
});

describe('health mode: what it reports', () => {
  it('reports a missing or empty variable as a broken row, not a crash', async () => {
    const run = await health(
      { FLY_WEB: form('deploy_app'), FLY_EMPTY: '' },
      '2025-07-30T00:00:00Z',
      { tokens: 'FLY_WEB, FLY_EMPTY\nFLY_NOPE' }
    );
    expect(run.exitCode).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const rows = reportOf(run);
    expect(rows.map(r => [r.name, r.kind, r.status])).toEqual([
      ['FLY_WEB', 'deploy', 'healthy'],
      ['FLY_EMPTY', 'missing', 'broken'],
      ['FLY_NOPE', 'missing', 'broken']
    ]);
    expect(run.summary).toMatch(/`FLY_NOPE`.*broken: variable is empty or not set/);
    expect(run.summary).toMatch(/The variable FLY\\_NOPE is empty or not set/);
    expect(openIssues()[0]?.title).toBe('Fly token health: 2 tokens need attention');
  });

  it('annotates each finding under its token name, without a file', async () => {
    const run = await health(
      { FLY_OLD: form('org_expired_discharge'), FLY_ME: form('oauth_fo1_token') },
      '2025-07-30T00:00:00Z'
    );
    const titles = run.annotations
      .filter(a => a.properties.title?.startsWith('fly-token-guard:'))
      .map(a => a.properties.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'fly-token-guard: expired (FLY_OLD) [critical]',
        'fly-token-guard: personal-token (FLY_ME) [high]'
      ])
    );
    for (const annotation of run.annotations) expect(annotation.properties.file).toBeUndefined();
  });

  it('logs the expiry as the summary says it: unknown for a personal token, dated for a macaroon', async () => {
    // The personal bundle carries macaroons with a 2045 window; its user part outlives them.
    const run = await health(
      {
        FLY_ME: form('header_with_fo1_oauth_token'),
        FLY_RO: form('org_readonly_from_existing_720h')
      },
      '2025-07-30T00:00:00Z'
    );
    const meLine = run.stdout.split('\n').find(l => l.startsWith('FLY_ME:'));
    expect(meLine).toMatch(/expires unknown \(a personal token does not record its expiry\)/);
    expect(meLine).not.toMatch(/2045/);
    expect(run.summary).not.toMatch(/2045/);
    expect(run.summary).toMatch(/unknown \(a personal token does not record its expiry\)/);
    const roLine = run.stdout.split('\n').find(l => l.startsWith('FLY_RO:'));
    expect(roLine).toMatch(/expires 2025-08-08 10:37 UTC \(in 9 days\)/);
  });

  it('touches no GitHub API with an empty issue-label', async () => {
    const run = await health(UNHEALTHY, '2025-07-30T00:00:00Z', { 'issue-label': '' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('warn');
    expect(github.requests).toHaveLength(0);
  });

  it('refuses a token pasted into `tokens` without repeating it', async () => {
    const pasted = form('deploy_app');
    used.push(pasted);
    const run = await runAction({
      inputs: { mode: 'health', tokens: pasted, online: 'false', 'issue-label': '' },
      env: { FLY_TOKEN_GUARD_NOW: '2025-07-30T00:00:00Z' }
    });
    runs.push(run);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::The entry 1 of input 'tokens' looks like a token value/);
  });

  it('checks online against Fly: an accepted token is valid, a revoked one broken', async () => {
    const fly = await startFlyStandIn();
    try {
      fly.revoke(vector('org_full').token);
      const run = await health(
        { FLY_WEB: form('deploy_app'), FLY_ORG: form('org_full') },
        new Date(STAND_IN_CLOCK * 1000).toISOString(),
        {
          online: 'true',
          'fly-api-url': fly.url,
          'fly-graphql-url': fly.graphqlUrl,
          'max-lifetime-days': '36500'
        }
      );
      expect(fly.requests.length).toBeGreaterThan(0);
      const rows = reportOf(run);
      expect(rows.map(r => [r.name, r.valid, r.status])).toEqual([
        ['FLY_WEB', 'true', 'healthy'],
        ['FLY_ORG', 'false', 'broken']
      ]);
      expect(rows[1]?.findings.map(f => f.rule)).toContain('invalid-token');
      expect(run.exitCode).toBe(1);
      expect(openIssues()[0]?.body).toContain('invalid-token');
      expect(run.summary).toContain('Fly: accepted');
    } finally {
      await fly.close();
    }
  });
});
