// End-to-end: what people read in the first five seconds, through `node dist/index.js` and the
// CLI: headlines that lead with the top finding and agree with the verdict, one wording for a
// personal token's expiry everywhere, "as of" whenever the clock is pinned, access letters
// explained once, one line of fix per annotation, and a summary even when the input is wrong.
import path from 'node:path';
import { runAction, runCli, type ActionRun } from '../support/run-action.js';
import { vector } from '../support/vectors.js';

const SHOP = path.resolve('__tests__/fixtures/repos/shop');
const NOW = '2026-01-01T00:00:00Z';
const AS_OF = 'As of 2026-01-01 00:00 UTC (the clock is pinned by FLY_TOKEN_GUARD_NOW)';
const LETTERS = 'Access letters: r read, w write, c create, d delete, C control';
const UNKNOWN_EXPIRY = 'unknown (a personal token does not record its expiry)';

function check(token: string, env: Record<string, string> = {}, inputs = {}): Promise<ActionRun> {
  return runAction({
    workspace: SHOP,
    inputs: { token, online: 'false', ...inputs },
    env: {
      GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/deploy.yml@refs/heads/main',
      GITHUB_JOB: 'deploy-web',
      FLY_TOKEN_GUARD_NOW: NOW,
      ...env
    }
  });
}

const count = (text: string, part: string): number => text.split(part).length - 1;

describe('check summary', () => {
  let run: ActionRun;
  beforeAll(async () => {
    run = await check(vector('org_full').header_form);
  });

  test('the headline leads with the top finding, then the facts under a real header row', () => {
    const lines = run.summary.split('\n');
    expect(lines[0]).toBe(
      '## ⚠️ Fly token guard: **warn** — Token broader than the job needs (medium), and 1 more finding'
    );
    const table = lines.filter(l => l.startsWith('|'));
    expect(table[0]).toMatch(/^\| Kind \| `org`: an organization token/);
    expect(run.summary).not.toContain('| | |');
  });

  test('rule names cannot wrap mid-word; the links keep the real id', () => {
    expect(run.summary).toContain(
      '[`broader\u2011than\u2011needed`](https://github.com/fly-token-guard/fly-token-guard/blob/main/docs/rules/broader-than-needed.md)'
    );
  });

  test('a pinned clock is said once, under the headline', () => {
    expect(count(run.summary, AS_OF)).toBe(1);
  });

  test('annotations carry one line of fix; the commands are in the summary only', () => {
    expect(run.annotations.length).toBeGreaterThan(0);
    for (const a of run.annotations) {
      expect(a.message.split('\n')).toHaveLength(2);
      expect(a.message).toMatch(/\nFix: [^\n]+ The commands are in the job summary\.$/);
      expect(a.message).not.toContain('fly tokens create');
    }
    expect(run.summary).toContain('```sh\nfly tokens create deploy -a acme-web');
  });

  test('access letters are explained once, where they first appear', async () => {
    const deploy = await check(vector('deploy_app').header_form);
    expect(deploy.summary).toContain('`4455667`: `rwcdC`');
    expect(count(deploy.summary, LETTERS)).toBe(1);
    expect(deploy.summary.indexOf(LETTERS)).toBeGreaterThan(deploy.summary.indexOf('`rwcdC`'));
    // Without letters to explain, no note.
    expect(run.summary).not.toContain(LETTERS);
  });

  test('an unpinned clock says no "as of"', async () => {
    const real = await runAction({
      workspace: SHOP,
      inputs: { token: vector('org_full').header_form, online: 'false', needs: 'deploy' }
    });
    expect(real.summary).not.toContain('As of');
  });
});

describe('a personal token’s expiry: one truthful wording everywhere', () => {
  test.each(['oauth_fo1_token', 'sso_auth_token_bundle'])('%s', async name => {
    const token = vector(name).header_form;
    const run = await check(token);
    expect(run.outputs['expires-at']).toBe('unknown');
    expect(run.outputs['expires-in-days']).toBe('');
    expect(run.summary).toContain(`| Expires | ${UNKNOWN_EXPIRY} |`);
    // A `fly auth token` bundle's macaroons expired long ago; the user token did not.
    expect(run.summary).not.toMatch(/expired \d+ days? ago/);
    const inspect = await runCli(['inspect'], { env: { FLY_API_TOKEN: token } });
    expect(inspect.stdout).toContain(`Expires:     ${UNKNOWN_EXPIRY}`);
    const text = await runCli(['check', '--offline'], { env: { FLY_API_TOKEN: token } });
    expect(text.stdout).toContain(`Expires:   ${UNKNOWN_EXPIRY}`);
  });
});

describe('health: headline, statuses and verdict agree', () => {
  test('two working tokens with low findings: warn, "work", never "all healthy"', async () => {
    const run = await runAction({
      inputs: { mode: 'health', tokens: 'FLY_A, FLY_B', online: 'false', 'issue-label': '' },
      env: {
        FLY_A: vector('deploy_app').header_form,
        FLY_B: vector('org_readonly').header_form,
        FLY_TOKEN_GUARD_NOW: '2025-07-09T10:38:03Z'
      }
    });
    const first = run.summary.split('\n')[0] ?? '';
    expect(run.outputs.verdict).toBe('warn');
    expect(first).toBe(
      '## ⚠️ Fly token health: **warn** — all 2 tokens work; each has findings to review'
    );
    expect(run.summary).not.toContain('healthy');
    // Two table rows and two section headings.
    expect(count(run.summary, 'works, 1 finding to review')).toBe(4);
  });
});

describe('attenuate summary', () => {
  test('the same heading level as every mode, the expiry in words with a countdown', async () => {
    const run = await runAction({
      inputs: {
        mode: 'attenuate',
        token: vector('org_full').header_form,
        'app-ids': '4455667',
        ttl: '45m'
      },
      env: { FLY_TOKEN_GUARD_NOW: '2025-07-09T10:38:03Z' }
    });
    expect(run.exitCode).toBe(0);
    expect(run.summary.split('\n')[0]).toBe(
      '## ✅ Fly token guard: **attenuated** — a `deploy` token for `4455667`, valid until 2025-07-09 11:23 UTC (in 45 minutes)'
    );
    expect(run.summary).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
    expect(run.summary).toContain('_As of 2025-07-09 10:38 UTC');
  });
});

describe('a run that stops on its input still writes a summary', () => {
  test('no token: the summary says what to set', async () => {
    const run = await runAction({ inputs: { online: 'false' } });
    expect(run.exitCode).toBe(1);
    expect(run.summary).toContain('## ❌ Fly token guard: **input error**');
    expect(run.summary).toContain(
      'No Fly token to check: set `token: ${{ secrets.FLY_API_TOKEN }}`'
    );
  });

  test('a bad input: the summary names it', async () => {
    const run = await check(vector('org_full').header_form, {}, { 'fail-on': 'sometimes' });
    expect(run.exitCode).toBe(1);
    expect(run.summary).toContain('**input error**');
    expect(run.summary).toContain('fail-on');
  });
});
