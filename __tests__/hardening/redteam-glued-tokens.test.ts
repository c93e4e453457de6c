// Red team: a committed token glued to the text before it (`Xfm2_…`, `%22fm2_…` from URL-encoded
// JSON, `\u0022fm2_…`, `--lJP…`, `/lJP…`, `fm3_lJP…`) was not recognised as a token, so a parse
// error quoting the file put the whole macaroon into annotations, summary and SARIF, and the CLI
// echoed a token pasted as an unknown option. End to end through the bundles.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scrubTokenForms } from '../../src/token/scrub.js';
import { runAction, runCli } from '../support/run-action.js';
import { vector } from '../support/vectors.js';
import { bodiesOf, leakedWindow } from '../scan/token-forms.js';

const DEPLOY = vector('deploy_app').token;
const SECRETS = bodiesOf(DEPLOY);
/** The deploy token without its first label: a body, a comma, a labelled discharge. */
const BODY = DEPLOY.replace(/^fm2_/, '');

/** What is glued in front of the token, as written in a workflow key GitHub's schema rejects. */
const GLUED: Record<string, string> = {
  'a letter before the label': `X${DEPLOY}`,
  'a digit before the label': `9${DEPLOY}`,
  'a URL-encoded quote before the label': `%22${DEPLOY}`,
  'a URL-encoded colon before the label': `%3A${DEPLOY}`,
  'a JSON unicode escape before the label': `\\u0022${DEPLOY}`,
  'dashes before the body': `--${BODY}`,
  'a slash before the body': `/${BODY}`,
  'an underscore before the body': `_${BODY}`,
  'an unknown label before the body': `fm3_${BODY}`
};

const workflowQuoting = (value: string): string =>
  `on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    "${value}": 1\n    steps:\n      - run: echo hi\n`;

describe('scan mode: a token glued to other text, quoted by a parse error', () => {
  let workspace = '';
  const names = Object.keys(GLUED);

  beforeAll(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'ftg-glued-'));
    mkdirSync(path.join(workspace, '.github/workflows'), { recursive: true });
    names.forEach((name, i) => {
      writeFileSync(
        path.join(workspace, `.github/workflows/glued-${i}.yml`),
        workflowQuoting(GLUED[name] ?? '')
      );
    });
  });

  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  it('finds each token and publishes no part of it anywhere', async () => {
    const run = await runAction({
      workspace,
      inputs: { mode: 'scan', 'sarif-file': 'scan.sarif', 'fail-on': 'never' }
    });
    expect(run.exitCode).toBe(0);
    const sarif = readFileSync(path.join(workspace, 'scan.sarif'), 'utf8');
    const published = run.everything
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n');
    expect(leakedWindow(published, SECRETS)).toBeUndefined();
    expect(leakedWindow(sarif, SECRETS)).toBeUndefined();
    // The parse errors still say what GitHub rejects, with the token cut out.
    const parseErrors = run.annotations.filter(a =>
      /workflow-parse-error/.test(a.properties.title ?? '')
    );
    expect(parseErrors).toHaveLength(names.length);
    for (const annotation of parseErrors) expect(annotation.message).toMatch(/\[redacted\]/);
    // Every file commits a token Fly reads: the glued label's bundle, or (after a bare body,
    // which is scrubbed but not what Fly reads as written) the labelled discharge after it.
    const findings = JSON.parse(run.outputs.findings ?? '[]') as Array<{
      rule: string;
      file: string;
    }>;
    const missed = names.filter(
      (_, i) =>
        !findings.some(
          f => f.rule === 'hardcoded-token' && f.file === `.github/workflows/glued-${i}.yml`
        )
    );
    expect(missed).toEqual([]);
  });
});

describe('CLI: a token pasted where an option or a command belongs', () => {
  const cases: Array<[string, string[]]> = [
    ['an unknown option', ['inspect', `--${BODY}`]],
    ['an unknown option with a label', ['inspect', `--x${DEPLOY}`]],
    ['an unknown command', [DEPLOY.slice(4, 90)]],
    ['an extra argument', ['inspect', DEPLOY.slice(4, 90)]],
    ['a scan directory', ['scan', `/nonexistent/${BODY.slice(0, 60)}`]]
  ];

  it.each(cases)('%s: a usage error that never repeats the token', async (_name, args) => {
    const run = await runCli(args, { env: { FLY_API_TOKEN: DEPLOY } });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/fly-token-guard.*: .*\(see 'fly-token-guard/);
    expect(leakedWindow(run.stdout + run.stderr, SECRETS, 16)).toBeUndefined();
  });
});

// Red team: JSON encoders that escape `/` (PHP, Java's org.json) or `+` (`\u002b`) broke the body
// for the finder: such a committed token was not reported, and a parse error quoting it showed all
// but its first characters.
describe('scan mode: a token written with JSON escapes', () => {
  let workspace = '';
  const FORMS: Record<string, string> = {
    'escaped slashes': DEPLOY.replace(/\//g, '\\/'),
    'escaped plus signs': DEPLOY.replace(/\+/g, '\\u002b')
  };
  const unescape = (text: string) => text.replace(/\\\//g, '/').replace(/\\u002b/gi, '+');

  beforeAll(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'ftg-json-escaped-'));
    mkdirSync(path.join(workspace, '.github/workflows'), { recursive: true });
    Object.values(FORMS).forEach((token, i) => {
      writeFileSync(
        path.join(workspace, `.github/workflows/escaped-${i}.yml`),
        `on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    '${token}': 1\n    steps:\n      - run: echo hi\n`
      );
      writeFileSync(path.join(workspace, `config-${i}.json`), `{"token": "FlyV1 ${token}"}\n`);
    });
  });

  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  it('reports each file and publishes no part of the token, escaped or not', async () => {
    const run = await runAction({
      workspace,
      inputs: { mode: 'scan', 'sarif-file': 'scan.sarif', 'fail-on': 'never' }
    });
    expect(run.exitCode).toBe(0);
    const published = run.everything
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n');
    const sarif = readFileSync(path.join(workspace, 'scan.sarif'), 'utf8');
    expect(leakedWindow(unescape(published), SECRETS)).toBeUndefined();
    expect(leakedWindow(unescape(sarif), SECRETS)).toBeUndefined();
    const findings = JSON.parse(run.outputs.findings ?? '[]') as Array<{
      rule: string;
      file: string;
    }>;
    const reported = new Set(findings.filter(f => f.rule === 'hardcoded-token').map(f => f.file));
    const files = Object.keys(FORMS).flatMap((_, i) => [
      `.github/workflows/escaped-${i}.yml`,
      `config-${i}.json`
    ]);
    expect(files.filter(file => !reported.has(file))).toEqual([]);
  });
});

// Trying bodies glued to other text must stay linear: each try reads to the end of its run, so
// text made of `lJP` (an anchor every three characters) was quadratic in the scrub (40 s a MiB).
// Three MiB would take minutes that way; the test's guard is jest's timeout, never a clock.
describe('the scrub on text built of body anchors', () => {
  it('still removes a glued body and leaves the rest as it was', () => {
    const filler = 'lJP'.repeat(1_000_000);
    expect(scrubTokenForms(`--${BODY} ${filler}`)).toBe(`--[redacted] ${filler}`);
  });
});
