// End-to-end: `node dist/index.js` given a token where none belongs, or a Fly URL that would send
// the token in clear text. Each is an input error that names the input, never repeats the value,
// and sends nothing: the Fly and GitHub stand-ins see no request at all.
import path from 'node:path';
import { startFlyStandIn, type FlyStandIn } from '../support/fly-api-stand-in.js';
import {
  startGitHubStandIn,
  STAND_IN_TOKENS,
  type GitHubStandIn
} from '../support/github-stand-in.js';
import { findLeak, fragmentsOf, runAction, type ActionRun } from '../support/run-action.js';
import { vector } from '../support/vectors.js';

const SHOP = path.resolve('__tests__/fixtures/repos/shop');
const NOW = '2025-07-09T10:38:03Z';
const TOKEN = vector('deploy_app').header_form;
/** The token the user meant to keep secret, pasted where a name belongs. */
const PASTED = vector('org_readonly_from_existing_720h').header_form;

let fly: FlyStandIn;
let github: GitHubStandIn;
beforeEach(async () => {
  [fly, github] = await Promise.all([startFlyStandIn(), startGitHubStandIn()]);
});
afterEach(async () => {
  await Promise.all([fly.close(), github.close()]);
});

function run(mode: string, inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({
    workspace: SHOP,
    inputs: {
      mode,
      token: TOKEN,
      'fly-api-url': fly.url,
      'fly-graphql-url': fly.graphqlUrl,
      'github-token': STAND_IN_TOKENS.actions,
      ...inputs
    },
    env: {
      GITHUB_API_URL: github.url,
      GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/deploy.yml@refs/heads/main',
      GITHUB_JOB: 'deploy-web',
      FLY_TOKEN_GUARD_NOW: NOW
    }
  });
}

function expectRefused(result: ActionRun, input: string, secrets: string[]): void {
  expect(result.exitCode).toBe(1);
  const errors = result.annotations.filter(a => a.level === 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0]?.message).toContain(`Input '${input}'`);
  expect(errors[0]?.message).toContain('nothing was sent');
  // Not in the log, the annotations, the outputs or the summary: every channel at once.
  expect(findLeak(result.everything, fragmentsOf(secrets))).toBeUndefined();
  expect(result.outputs.findings).toBeUndefined();
  expect(fly.requests).toEqual([]);
  expect(github.requests).toEqual([]);
}

describe('a token pasted into an input where none belongs', () => {
  it.each(['check', 'attenuate', 'health'])(
    '%s: a token in `apps` is refused by name, never echoed, never sent to Fly',
    async mode => {
      const result = await run(mode, { apps: `acme-web, ${PASTED}` });
      expectRefused(result, 'apps', [PASTED]);
      // Masked before any log line, so the runner would hide it too.
      for (const piece of PASTED.replace(/^FlyV1 /, '').split(',')) {
        expect(result.masks).toContain(piece);
      }
    }
  );

  it.each([
    ['needs', PASTED],
    ['app-ids', PASTED.replace(/^FlyV1 /, '')],
    ['commands', `deploy\n${PASTED}`],
    ['issue-label', PASTED],
    ['fly-api-url', `https://api.machines.dev/${PASTED.replace(/^FlyV1 /, '')}`],
    ['fly-graphql-url', `https://api.fly.io/graphql?t=${encodeURIComponent(PASTED)}`]
  ])('a token in `%s` is refused by name and never echoed', async (input, value) => {
    const result = await run('check', { [input]: value });
    expectRefused(result, input, [PASTED]);
  });

  it('a legacy 43-character personal token in `apps` is refused too', async () => {
    const legacy = 'Xq3vR8kLm2Np7Ts9Wb4Yc6Zd1Fg5Hj0Ka-Lb_Mc8Nd2P';
    const result = await run('check', { apps: legacy });
    expectRefused(result, 'apps', [legacy]);
  });

  it('a Fly token in `github-token` is refused and never sent to GitHub', async () => {
    const result = await run('scan', { 'github-token': PASTED, comment: 'true' });
    expectRefused(result, 'github-token', [PASTED]);
  });

  it('ordinary values pass: app names, needs and an https URL are not mistaken for tokens', async () => {
    const result = await run('check', {
      apps: 'acme-web',
      needs: 'deploy',
      online: 'false',
      'max-lifetime-days': '36500'
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe('pass');
  });
});

describe('Fly URLs: https only, http only to a loopback host', () => {
  it.each(['http://api.machines.dev', 'ftp://api.machines.dev', 'https://user:pw@api.fly.io'])(
    '%s is an input error before any request',
    async url => {
      const result = await run('check', { 'fly-api-url': url });
      expectRefused(result, 'fly-api-url', [TOKEN]);
      expect(result.everything).not.toContain(url);
    }
  );

  it('http to 127.0.0.1 is allowed (the stand-in is reached)', async () => {
    const result = await run('check', {});
    expect(result.outputs.valid).toBe('true');
    expect(fly.requests.length).toBeGreaterThan(0);
  });
});
