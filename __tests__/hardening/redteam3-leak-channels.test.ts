// Red team 3: token forms that still reached the outputs of a scan, end to end through the
// bundles (`node dist/cli/index.js scan`, `node dist/index.js` in scan mode):
// - a token used as an app name: shared-token's fix names the new secret after the app, upper-cased
//   (`gh secret set FLY_TOKEN_FO1_XJOTO3…`), which no scrub can recognise afterwards;
// - an `fo1_` token whose label is JSON-escaped (`fo1\u005f…`): nothing started a search;
// - a macaroon written with HTML entities or `\x` escapes (`fm2&#95;…&#43;…`, `fm2\x5f…`);
// - base64 of a token glued to what precedes it (`acme/<base64>` in a path or URL), and base64 of a
//   legacy token between `/`;
// - a token split where it is still read whole (`${{ '' }}`, `" + "`), whose second part was not
//   cut; and a label glued to a letter of a URL encoded twice (`%252Cfm2_…`).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction, runCli } from '../support/run-action.js';
import { vector } from '../support/vectors.js';
import { bodiesOf, leakedWindow } from '../scan/token-forms.js';

const OAUTH = vector('oauth_fo1_token').token.trim();
const LEGACY = vector('legacy_personal_token').token.trim();
const MACAROON = vector('org_bare_single').token.trim();
const BUNDLE = vector('header_with_fo1_oauth_token').token.trim();

const base64 = (text: string): string => Buffer.from(text).toString('base64');
const half = (text: string): [string, string] => {
  const at = Math.floor(text.length / 2);
  return [text.slice(0, at), text.slice(at)];
};

/** What a leak shows: the secret parts, their base64, and anything of them in another case. */
function secretsOf(token: string): string[] {
  return [...bodiesOf(token), base64(token), base64(token).slice(2), base64(token).slice(3)];
}
function leaked(text: string, token: string): string | undefined {
  return leakedWindow(
    text.toLowerCase(),
    secretsOf(token).map(s => s.toLowerCase())
  );
}

const NO_ENVIRONMENT_JOB = (jobId: string): string =>
  [
    'on: push',
    'jobs:',
    `  ${JSON.stringify(jobId)}:`,
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: flyctl deploy --remote-only -a web',
    '        env:',
    '          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}',
    ''
  ].join('\n');

/** A call handing every secret, Fly's among them, to a workflow of another repository. */
const INHERITING_CALLER = (uses: string): string =>
  [
    'on: push',
    'jobs:',
    '  call:',
    `    uses: ${uses}`,
    '    secrets: inherit',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    environment: production',
    '    steps:',
    '      - run: flyctl deploy --remote-only -a web',
    '        env:',
    '          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}',
    ''
  ].join('\n');

interface Case {
  token: string;
  /** Workflow files by name, under .github/workflows/. */
  workflows: Record<string, string>;
  /** The finding that quotes the text: present, so the channel was exercised. */
  rule: string;
}

const [oauthStart, oauthEnd] = half(OAUTH);
const [macaroonStart, macaroonEnd] = half(MACAROON);

const CASES: Record<string, Case> = {
  'an fo1_ token as an app name (shared-token names a secret after it)': {
    token: OAUTH,
    rule: 'shared-token',
    workflows: {
      'deploy.yml': [
        'on: push',
        'jobs:',
        '  web:',
        '    runs-on: ubuntu-latest',
        '    environment: production',
        '    steps:',
        '      - run: flyctl deploy --remote-only -a acme-web',
        '        env:',
        '          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}',
        '  api:',
        '    runs-on: ubuntu-latest',
        '    environment: production',
        '    steps:',
        `      - run: flyctl deploy --remote-only -a ${OAUTH}`,
        '        env:',
        '          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}',
        ''
      ].join('\n')
    }
  },
  'an fo1_ token with its label JSON-escaped': {
    token: OAUTH,
    rule: 'no-environment',
    workflows: { 'a.yml': NO_ENVIRONMENT_JOB(`deploy-${OAUTH.replace('_', '\\u005f')}`) }
  },
  'a macaroon written with HTML entities': {
    token: MACAROON,
    rule: 'no-environment',
    workflows: {
      'a.yml': NO_ENVIRONMENT_JOB(MACAROON.replace(/[_+/=]/g, c => `&#${c.charCodeAt(0)};`))
    }
  },
  'a macaroon written with \\x escapes': {
    token: MACAROON,
    rule: 'no-environment',
    workflows: {
      'a.yml': NO_ENVIRONMENT_JOB(
        MACAROON.replace(/[_+/=]/g, c => `\\x${c.charCodeAt(0).toString(16)}`)
      )
    }
  },
  'base64 of an fo1_ token glued after a path': {
    token: OAUTH,
    rule: 'secrets-inherit',
    workflows: {
      'a.yml': INHERITING_CALLER(`acme/${base64(OAUTH)}/.github/workflows/x.yml@main`)
    }
  },
  'base64 of a macaroon glued after a path': {
    token: MACAROON,
    rule: 'secrets-inherit',
    workflows: {
      'a.yml': INHERITING_CALLER(`acme/${base64(MACAROON)}/.github/workflows/x.yml@main`)
    }
  },
  'base64 of a legacy token between slashes': {
    token: LEGACY,
    rule: 'secrets-inherit',
    workflows: {
      'a.yml': INHERITING_CALLER(`acme/${base64(LEGACY)}/.github/workflows/x.yml@main`)
    }
  },
  "an fo1_ token split by ${{ '' }}": {
    token: OAUTH,
    rule: 'no-environment',
    workflows: { 'a.yml': NO_ENVIRONMENT_JOB(`${oauthStart}\${{ '' }}${oauthEnd}`) }
  },
  'a macaroon split by string concatenation': {
    token: MACAROON,
    rule: 'secrets-inherit',
    workflows: {
      'a.yml': INHERITING_CALLER(`${macaroonStart}" + "${macaroonEnd}/.github/workflows/x.yml@main`)
    }
  },
  'a bundle URL-encoded twice': {
    token: BUNDLE,
    rule: 'secrets-inherit',
    workflows: {
      'a.yml': INHERITING_CALLER(
        `${encodeURIComponent(encodeURIComponent(BUNDLE))}/.github/workflows/x.yml@main`
      )
    }
  }
};

describe('scan: token forms quoted in findings', () => {
  let workspace = '';
  beforeEach(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'ftg-rt3-'));
    mkdirSync(path.join(workspace, '.github/workflows'), { recursive: true });
  });
  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  it.each(Object.entries(CASES))(
    '%s: no part of it in the CLI text, JSON or SARIF',
    async (_name, { token, workflows, rule }) => {
      for (const [file, text] of Object.entries(workflows)) {
        writeFileSync(path.join(workspace, '.github/workflows', file), text);
      }
      const json = await runCli(['scan', workspace, '--json', '--fail-on', 'never']);
      expect(json.exitCode).toBe(0);
      const rules = (JSON.parse(json.stdout) as { findings: Array<{ rule: string }> }).findings.map(
        f => f.rule
      );
      expect(rules).toContain(rule);
      expect(leaked(json.stdout + json.stderr, token)).toBeUndefined();
      for (const format of [[], ['--sarif']]) {
        const run = await runCli(['scan', workspace, ...format, '--fail-on', 'never']);
        expect(run.exitCode).toBe(0);
        expect(leaked(run.stdout + run.stderr, token)).toBeUndefined();
      }
    }
  );

  it('scan mode: an app named by a token leaves no trace in annotations, summary or outputs', async () => {
    const { workflows } =
      CASES['an fo1_ token as an app name (shared-token names a secret after it)']!;
    for (const [file, text] of Object.entries(workflows)) {
      writeFileSync(path.join(workspace, '.github/workflows', file), text);
    }
    const run = await runAction({ workspace, inputs: { mode: 'scan', 'fail-on': 'never' } });
    expect(run.exitCode).toBe(0);
    // The fix is still given, with a placeholder for the app it cannot name.
    expect(run.summary).toContain('gh secret set FLY_TOKEN_<APP>`');
    expect(leaked(run.everything, OAUTH)).toBeUndefined();
  });
});

// Red team 3: the CLI's audit scrubbed nothing of the GitHub token it holds (GITHUB_TOKEN,
// GH_TOKEN), so an API answer repeating it (here, as a repository name) reached the report. The
// action's audit already scrubs its github-token input.
describe('CLI audit: an API answer that repeats the GitHub token', () => {
  const TOKENS = [
    'ghp_Q7rT2mXw9LkP4sVb8NcY1eHj6UaZ3dFg0KiO',
    '5e0c3f7a9b1d2e4f6a8b0c2d4e6f8a0b1c3d5e7f',
    'EnterpriseGateway-Rk29vXq7Lm3Tz8Wd'
  ];
  let server: Server;
  let url = '';
  beforeAll(async () => {
    server = createServer((request, response) => {
      const credential = (request.headers.authorization ?? '').replace(/^\S+\s+/, '');
      if ((request.url ?? '').startsWith('/orgs/acme/repos')) {
        const name = `repo-${credential}`;
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify([
            {
              name,
              full_name: `acme/${name}`,
              default_branch: 'main',
              archived: false,
              fork: false,
              owner: { login: 'acme' }
            }
          ])
        );
        return;
      }
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: `Not Found for ${credential}` }));
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>(resolve => server.close(() => resolve()));
  });

  it.each(TOKENS)('%s: never in the text, JSON or markdown report', async token => {
    for (const variable of ['GITHUB_TOKEN', 'GH_TOKEN']) {
      for (const format of [[], ['--json'], ['--markdown']]) {
        const run = await runCli(
          ['audit', '--org', 'acme', '--github-api-url', url, '--timeout-seconds', '20', ...format],
          { env: { [variable]: token } }
        );
        expect(run.exitCode).toBe(0);
        // The repository is still listed, under the name without the token.
        if (format[0] === '--json') expect(run.stdout).toContain('acme/repo-');
        expect(leakedWindow(run.stdout + run.stderr, [token], 8)).toBeUndefined();
      }
    }
  });
});
