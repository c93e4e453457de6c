// A personal token (fo1_ or legacy) passed with flyctl's `-t` shorthand glued to its value (`-tfo1_…`, as Go flag
// shorthands allow) is a token Fly reads: hardcoded-token reports it. The same token glued to any
// other word is still cut from every output, but is no finding (Fly would not read it there).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../support/run-action.js';
import { vector } from '../support/vectors.js';
import { leakedWindow } from '../scan/token-forms.js';

const OAUTH = vector('oauth_fo1_token').token;
const LEGACY = vector('legacy_personal_token').token;

const workflowRunning = (script: string): string =>
  `on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${script}\n`;

interface ScanJson {
  findings: Array<{ rule: string; line?: number }>;
}

describe('CLI scan: an fo1_ token glued to the -t shorthand', () => {
  let workspace = '';
  beforeEach(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'ftg-shorthand-'));
    mkdirSync(path.join(workspace, '.github/workflows'), { recursive: true });
  });
  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  const scan = async (script: string): Promise<{ json: ScanJson; output: string }> => {
    writeFileSync(path.join(workspace, '.github/workflows/d.yml'), workflowRunning(script));
    const run = await runCli(['scan', workspace, '--json', '--fail-on', 'never']);
    expect(run.exitCode).toBe(0);
    return { json: JSON.parse(run.stdout) as ScanJson, output: run.stdout + run.stderr };
  };

  it.each([
    ['flyctl deploy -t', `flyctl deploy -t${OAUTH}`],
    ['fly secrets list "-t', `fly secrets list "-t${OAUTH}"`],
    ['a legacy token after flyctl deploy -t', `flyctl deploy -t${LEGACY}`]
  ])('%s…: a hardcoded-token finding, the token cut out', async (_name, script) => {
    const { json, output } = await scan(script);
    const found = json.findings.filter(f => f.rule === 'hardcoded-token');
    expect(found).toHaveLength(1);
    expect(found[0]?.line).toBe(6);
    expect(leakedWindow(output, [OAUTH.replace(/^fo1_/, ''), LEGACY])).toBeUndefined();
  });

  it.each([
    ['glued to a word', `echo word${OAUTH}`],
    ['after a long flag written with one dash and more letters', `flyctl deploy -xt${OAUTH}`]
  ])('%s: no finding, and still cut from the output', async (_name, script) => {
    const { json, output } = await scan(script);
    expect(json.findings.filter(f => f.rule === 'hardcoded-token')).toHaveLength(0);
    expect(leakedWindow(output, [OAUTH.replace(/^fo1_/, '')])).toBeUndefined();
  });
});
