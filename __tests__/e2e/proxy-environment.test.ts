// A proxy variable that no HTTP client can use (not a URL, or SOCKS) stops the action and the CLI
// with one message: which variable, what is wrong, what to set; never its value, which may carry
// credentials. The action said "an unexpected error ... please report it" before. End to end
// through `node dist/index.js` and `node dist/cli/index.js`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  startGitHubStandIn,
  STAND_IN_TOKENS,
  type GitHubStandIn
} from '../support/github-stand-in.js';
import { runAction, runCli, type ActionRun } from '../support/run-action.js';
import { vector } from '../support/vectors.js';

const TOKEN = vector('deploy_app').header_form;
const SECRET = 'proxysecret';
const BROKEN: [string, string, RegExp][] = [
  ['HTTPS_PROXY', `http://user:${SECRET}@[bad`, /HTTPS_PROXY is not a URL/],
  [
    'https_proxy',
    `socks5://user:${SECRET}@127.0.0.1:9`,
    /https_proxy is not an http:\/\/ or https:\/\/ URL/
  ],
  [
    'HTTP_PROXY',
    `socks5://user:${SECRET}@127.0.0.1:9`,
    /HTTP_PROXY is not an http:\/\/ or https:\/\/ URL/
  ],
  [
    'http_proxy',
    `user:${SECRET}@proxy.example:3128`,
    /http_proxy is not an http:\/\/ or https:\/\/ URL/
  ]
];

/** Every place the run wrote to: the log, the annotations, the summary, the outputs. */
function expectNamedFailure(run: ActionRun, name: string, problem: RegExp): void {
  expect(run.exitCode).toBe(1);
  const errors = run.annotations.filter(a => a.level === 'error').map(a => a.message);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(problem);
  expect(errors[0]).toMatch(/Set it to http:\/\/host:port or https:\/\/host:port, or unset it/);
  expect(run.summary).toMatch(/environment error/);
  expect(run.summary).toContain(name.replace(/_/g, '\\_'));
  expect(run.everything).not.toMatch(/unexpected error|Please report it|Invalid URL|\n\s+at /);
  expect(run.everything).not.toContain(SECRET);
}

describe('action, check mode: the Fly calls', () => {
  it.each(BROKEN)('%s=%s: named, exit 1, no value', async (name, value, problem) => {
    const run = await runAction({
      inputs: { token: TOKEN, 'fly-api-url': 'https://api.example.invalid' },
      env: { [name]: value }
    });
    expectNamedFailure(run, name, problem);
  });

  it('offline, a broken proxy variable is not read and the check passes', async () => {
    const run = await runAction({
      inputs: { token: TOKEN, online: 'false' },
      env: { HTTPS_PROXY: `socks5://user:${SECRET}@127.0.0.1:9` }
    });
    expect(run.annotations.filter(a => a.level === 'error')).toEqual([]);
    expect(run.everything).not.toMatch(/HTTPS_PROXY|proxy variable/);
  });

  it('the CLI says the same sentence, exit 2', async () => {
    const [name, value, problem] = BROKEN[1] ?? ['', '', /./];
    const cli = await runCli(['check', '--fly-api-url', 'https://api.example.invalid'], {
      env: { FLY_API_TOKEN: TOKEN, [name]: value }
    });
    const action = await runAction({
      inputs: { token: TOKEN, 'fly-api-url': 'https://api.example.invalid' },
      env: { [name]: value }
    });
    expect(cli.exitCode).toBe(2);
    expect(cli.stderr).toMatch(problem);
    const sentence = action.annotations.find(a => a.level === 'error')?.message ?? '(none)';
    expect(cli.stderr).toBe(`fly-token-guard: ${sentence}\n`);
    expect(cli.stdout + cli.stderr).not.toContain(SECRET);
  });
});

describe('action, health mode', () => {
  it('a broken HTTPS_PROXY with online checks: named, exit 1', async () => {
    const run = await runAction({
      inputs: {
        mode: 'health',
        tokens: 'FLY_WEB',
        'issue-label': '',
        'fly-api-url': 'https://api.example.invalid'
      },
      env: { FLY_WEB: TOKEN, HTTPS_PROXY: `socks5://user:${SECRET}@127.0.0.1:9` }
    });
    expectNamedFailure(run, 'HTTPS_PROXY', /HTTPS_PROXY is not an http:\/\/ or https:\/\/ URL/);
  });
});

describe('action, scan mode: the GitHub calls (pull request comment)', () => {
  let github: GitHubStandIn;
  let workspace = '';
  beforeEach(async () => {
    github = await startGitHubStandIn();
    workspace = mkdtempSync(path.join(tmpdir(), 'ftg-proxy-'));
    mkdirSync(path.join(workspace, '.github/workflows'), { recursive: true });
    writeFileSync(
      path.join(workspace, '.github/workflows/deploy.yml'),
      'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: flyctl deploy\n'
    );
  });
  afterEach(async () => {
    await github.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  // @actions/github builds its proxy agent when loaded: against api.github.com a SOCKS
  // HTTPS_PROXY stopped it with undici's "Invalid URL protocol", an unexpected error. The proxy
  // environment is now checked before the client loads, whatever the API's address (here an
  // http:// stand-in), as the Fly calls check it.
  it('a SOCKS HTTPS_PROXY: named, exit 1, nothing sent', async () => {
    const run = await runAction({
      workspace,
      inputs: { mode: 'scan', comment: 'true', 'github-token': STAND_IN_TOKENS.actions },
      env: {
        GITHUB_API_URL: github.url,
        HTTPS_PROXY: `socks5://user:${SECRET}@127.0.0.1:9`
      },
      event: { name: 'pull_request', payload: { number: 1, pull_request: { number: 1 } } }
    });
    expectNamedFailure(run, 'HTTPS_PROXY', /HTTPS_PROXY is not an http:\/\/ or https:\/\/ URL/);
    expect(github.requests).toHaveLength(0);
  });
});

// Audit mode loads the GitHub client with its module: a SOCKS HTTPS_PROXY stopped the action
// (as an unexpected error) and the CLI with undici's bare "Invalid URL protocol".
describe('audit, action and CLI', () => {
  const SOCKS = `socks5://user:${SECRET}@127.0.0.1:9`;
  const NAMED = /HTTPS_PROXY is not an http:\/\/ or https:\/\/ URL/;

  it('action: named, exit 1', async () => {
    const run = await runAction({
      inputs: { mode: 'audit', org: 'acme', 'github-token': STAND_IN_TOKENS.personal },
      env: { HTTPS_PROXY: SOCKS }
    });
    expectNamedFailure(run, 'HTTPS_PROXY', NAMED);
  });

  it('CLI: named, exit 2', async () => {
    const run = await runCli(['audit', '--org', 'acme'], {
      env: { GITHUB_TOKEN: STAND_IN_TOKENS.personal, HTTPS_PROXY: SOCKS }
    });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(NAMED);
    expect(run.stdout + run.stderr).not.toMatch(/Invalid URL|proxysecret/);
  });
});
