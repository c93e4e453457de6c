// Red team 2: forms of fo1_ and legacy tokens the scrub missed, so a workflow parse error quoting
// the text put the token into the CLI's text, JSON and SARIF output: `fo1_…` glued to the word
// before it, in base64 (63 characters, under the 64 a base64 run needed), a legacy token after a
// URL-encoded `=` (`token%3D…`). End to end through the CLI.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../support/run-action.js';
import { vector } from '../support/vectors.js';
import { leakedWindow } from '../scan/token-forms.js';

const OAUTH = vector('oauth_fo1_token').token;
const LEGACY = vector('legacy_personal_token').token;
const SECRETS = [
  OAUTH.replace(/^fo1_/, ''),
  LEGACY,
  Buffer.from(LEGACY).toString('base64').slice(4, -4)
];

const FORMS: Record<string, string> = {
  'fo1_ glued to a letter': `X${OAUTH}`,
  'fo1_ glued to a digit': `7${OAUTH}`,
  'fo1_ token in base64': Buffer.from(OAUTH).toString('base64'),
  'a legacy token after a URL-encoded =': `token%3D${LEGACY}`,
  'a legacy token after a URL-encoded quote': `%22${LEGACY}%22`,
  'a legacy token in base64 after FLY_API_TOKEN=': `FLY_API_TOKEN=${Buffer.from(LEGACY).toString('base64')}`
};

/** A workflow whose job has a key GitHub's schema rejects: the parse error quotes it. */
const workflowQuoting = (value: string): string =>
  `on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    "${value}": 1\n    steps:\n      - run: echo hi\n`;

describe('CLI scan: a parse error quoting an fo1_ or legacy token in a glued form', () => {
  let workspace = '';
  beforeEach(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'ftg-rt2-'));
    mkdirSync(path.join(workspace, '.github/workflows'), { recursive: true });
  });
  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  it.each(Object.entries(FORMS))(
    '%s: no part of the token in text, JSON or SARIF',
    async (_name, value) => {
      writeFileSync(path.join(workspace, '.github/workflows/quoted.yml'), workflowQuoting(value));
      for (const format of [[], ['--json'], ['--sarif']]) {
        const run = await runCli(['scan', workspace, ...format, '--fail-on', 'never']);
        expect(run.exitCode).toBe(0);
        // The parse error is still reported, with the token cut out.
        expect(run.stdout).toMatch(/redacted/);
        expect(leakedWindow(run.stdout + run.stderr, SECRETS)).toBeUndefined();
      }
    }
  );
});

// Red team 2: a proxy variable that is not a URL stopped the run with "Invalid URL", naming
// neither the variable nor what was wrong.
describe('CLI check: a broken proxy environment', () => {
  const DEPLOY = vector('deploy_app').token;
  it.each([
    ['HTTPS_PROXY', 'http://user:proxysecret@[bad'],
    ['HTTP_PROXY', 'socks5://user:proxysecret@127.0.0.1:9']
  ])('%s that is no http(s) URL: a message naming it, without its value', async (name, value) => {
    const run = await runCli(['check', '--fly-api-url', 'https://api.example.invalid'], {
      env: { FLY_API_TOKEN: DEPLOY, [name]: value }
    });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`the proxy variable ${name} is not`);
    expect(run.stdout + run.stderr).not.toMatch(/proxysecret|\n\s+at /);
  });
});
