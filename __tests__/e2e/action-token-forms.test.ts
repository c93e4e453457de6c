// Red team 3: the action's output channels and the three token forms the scrub learnt last
// (an `fo1_` token glued to the character before it, a legacy token right after a `%XX` escape,
// base64 of an `fo1_` token), placed where a repository or Fly can put them. A message that
// quoted a workflow line cut at 60 characters (workflow-env-exposure's "runs `…`") or an ignore
// file's bad rule id cut at 40 cut the token in two before the scrub saw it, and half a token is
// no longer recognisable: it reached the log, annotations, outputs, the summary, SARIF and the
// pull request comment. End to end through `node dist/index.js` with the GitHub and Fly stand-ins.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startFlyStandIn, type FlyStandIn } from '../support/fly-api-stand-in.js';
import {
  startGitHubStandIn,
  STAND_IN_TOKENS,
  type GitHubStandIn
} from '../support/github-stand-in.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { vector } from '../support/vectors.js';
import { leakedWindow } from '../scan/token-forms.js';

const OAUTH = vector('oauth_fo1_token').token;
const LEGACY = vector('legacy_personal_token').token;
const base64 = (text: string): string => Buffer.from(text).toString('base64');
/** The secret text of each token, and its base64 (without the padding and label-only ends). */
const SECRETS = [OAUTH.slice(4), LEGACY, base64(OAUTH).slice(4, -4), base64(LEGACY).slice(4, -4)];

const FORMS: Record<string, string> = {
  'fo1_ glued to a letter': `X${OAUTH}`,
  'a legacy token after %3D': `token%3D${LEGACY}`,
  'base64 of an fo1_ token': base64(OAUTH),
  // Not cut at all before (43 bytes are 58 characters of base64, under the 62 a base64 run needed).
  'base64 of a legacy token after FLY_API_TOKEN=': `FLY_API_TOKEN=${base64(LEGACY)}`
};

/** What the run wrote, by channel; the runner's own masking commands are not output. */
function channels(run: ActionRun): Record<string, string> {
  return {
    log: run.stdout
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .concat(run.stderr)
      .join('\n'),
    annotations: JSON.stringify(run.annotations),
    outputs: JSON.stringify(run.outputs),
    summary: run.summary
  };
}

function expectNoLeak(where: Record<string, string>): void {
  for (const [channel, text] of Object.entries(where)) {
    expect({ channel, leaked: leakedWindow(text, SECRETS) }).toEqual({
      channel,
      leaked: undefined
    });
  }
}

describe('scan mode: repository text quoted in findings and notes', () => {
  let github: GitHubStandIn;
  let workspace = '';
  beforeEach(async () => {
    github = await startGitHubStandIn();
    github.state.addIssue({ owner: 'acme', repo: 'shop', title: 'Deploy', pullRequest: true });
    workspace = mkdtempSync(path.join(tmpdir(), 'ftg-forms3-'));
    mkdirSync(path.join(workspace, '.github/workflows'), { recursive: true });
  });
  afterEach(async () => {
    await github.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  it.each(Object.entries(FORMS))(
    '%s: cut out of every channel, the PR comment included',
    async (_name, form) => {
      const write = (file: string, text: string): void =>
        writeFileSync(path.join(workspace, file), text);
      // A job-level token and a step whose line (longer than 60 characters) holds the form.
      write(
        '.github/workflows/exposed.yml',
        `on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}\n    steps:\n      - run: node deploy.js --key ${form} --more\n      - run: flyctl deploy\n`
      );
      // A key GitHub's schema rejects: the parse error quotes it.
      write(
        '.github/workflows/quoted.yml',
        `on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    "${form}": 1\n    steps:\n      - run: echo hi\n`
      );
      write('.fly-token-guard-ignore', `docs/** ${form}\n`);
      const run = await runAction({
        workspace,
        inputs: {
          mode: 'scan',
          comment: 'true',
          'sarif-file': 'out.sarif',
          'github-token': STAND_IN_TOKENS.actions,
          'fail-on': 'never'
        },
        env: { GITHUB_API_URL: github.url },
        event: { name: 'pull_request', payload: { number: 1, pull_request: { number: 1 } } }
      });
      expect(run.exitCode).toBe(0);
      const comment = github.state.comments.map(c => c.body).join('\n');
      const sarifFile = path.join(workspace, 'out.sarif');
      const sarif = existsSync(sarifFile) ? readFileSync(sarifFile, 'utf8') : '';
      // Each place still says what it says, with the token cut out.
      for (const text of [run.summary, comment]) {
        expect(text).toMatch(/runs `node deploy\.js --key [^`]*\[redacted\] --more`/);
      }
      expect(run.summary).toMatch(/not a rule id: \\`[^`]*\\\[redacted\\\]\\`/);
      expect(sarif).toContain('[redacted]');
      expectNoLeak({
        ...channels(run),
        sarif,
        comment,
        sentToGitHub: JSON.stringify(github.requests.map(r => r.body ?? null))
      });
    }
  );
});

describe('Fly error bodies that echo a token form', () => {
  let fly: FlyStandIn;
  let github: GitHubStandIn;
  beforeEach(async () => {
    fly = await startFlyStandIn();
    github = await startGitHubStandIn();
  });
  afterEach(async () => {
    await fly.close();
    await github.close();
  });
  const TOKEN = vector('deploy_app').header_form;
  const echo = (form: string): void => {
    const body = { error: `unauthorized: ${form} is not valid` };
    fly.setMisbehaviour('app', { kind: 'respond', status: 401, body });
    fly.setMisbehaviour('graphql', { kind: 'respond', status: 401, body });
  };

  it.each(Object.entries(FORMS))('%s: check mode', async (_name, form) => {
    echo(form);
    const run = await runAction({
      inputs: { token: TOKEN, 'fly-api-url': fly.url, 'fly-graphql-url': fly.graphqlUrl }
    });
    expect(run.summary).toContain('redacted');
    expectNoLeak(channels(run));
  });

  it.each(Object.entries(FORMS))('%s: health mode and its issue', async (_name, form) => {
    echo(form);
    const run = await runAction({
      inputs: {
        mode: 'health',
        tokens: 'FLY_WEB',
        'fly-api-url': fly.url,
        'fly-graphql-url': fly.graphqlUrl,
        'github-token': STAND_IN_TOKENS.actions
      },
      env: { FLY_WEB: TOKEN, GITHUB_API_URL: github.url }
    });
    const issues = github.state.issues.map(i => `${i.title}\n${i.body ?? ''}`).join('\n');
    expect(issues).toContain('redacted');
    expectNoLeak({ ...channels(run), issues });
  });
});
