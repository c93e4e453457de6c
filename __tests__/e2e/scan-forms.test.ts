// End-to-end: committed Fly tokens in every form they are written in (wrapped in a YAML block or a
// TOML string, split across lines, without their label, URL-encoded, base64, legacy tokens after
// --access-token or as Bearer), through `node dist/index.js` in scan mode and the CLI. Each is one
// hardcoded-token finding that says what it grants, and no part of any token reaches stdout,
// outputs, the summary or SARIF, not even through a parse error quoting the file. A huge
// scheme-padded token value is masked in bounded time and log.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction, runCli } from '../support/run-action.js';
import { vector } from '../support/vectors.js';
import {
  leakedWindow,
  LEGACY_FORMS,
  MACAROON_FORMS,
  piecesOf,
  secretTextsOf
} from '../scan/token-forms.js';

const ORG = vector('org_full').header_form;
const DEPLOY = vector('deploy_app').header_form;
const SSH = vector('ssh_app').header_form;
const LEGACY = vector('legacy_personal_token').token;
const SECRETS = [ORG, DEPLOY, SSH].flatMap(secretTextsOf).concat(LEGACY);

/** File -> [text, what the finding must say]. */
const FILES: Record<string, [string, RegExp]> = {
  '.github/workflows/wrapped.yml': [
    `on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: flyctl deploy\n    ${MACAROON_FORMS['yaml-literal-wrapped'](ORG).replace(/^/gm, '    ').trimStart()}`,
    /org token.*wrapped across lines/
  ],
  'fly.toml': [MACAROON_FORMS['toml-multiline'](DEPLOY), /deploy token.*wrapped across lines/],
  'deploy/split.sh': [MACAROON_FORMS['shell-continuation'](SSH), /ssh token.*wrapped/],
  'notes/two-lines.yml': [MACAROON_FORMS['split-two-lines'](ORG), /org token/],
  'notes/body.yml': [
    MACAROON_FORMS['body-without-label'](DEPLOY),
    /deploy token.*without its label/
  ],
  'notes/hook.sh': [MACAROON_FORMS['url-encoded'](ORG), /org token.*URL-encoded/],
  'notes/b64.yml': [MACAROON_FORMS['base64-wrapped'](SSH), /ssh token.*base64-encoded/],
  'scripts/deploy.sh': [LEGACY_FORMS['after --access-token']?.(LEGACY) ?? '', /legacy personal/],
  'scripts/api.sh': [LEGACY_FORMS['as Bearer']?.(LEGACY) ?? '', /legacy personal/],
  // Not a workflow GitHub accepts: the parse error quotes the file, token and all.
  '.github/workflows/broken.yml': [
    `${piecesOf(DEPLOY)
      .map(p => p.replace(/^fm2_/, ''))
      .join(',')}\n`,
    /deploy token.*without its label/
  ]
};

let workspace = '';

beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'ftg-forms-'));
  for (const [file, [text]] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
    writeFileSync(path.join(workspace, file), text);
  }
});

afterAll(() => rmSync(workspace, { recursive: true, force: true }));

interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
  file: string | null;
}

function expectEveryForm(findings: readonly JsonFinding[]): void {
  const hardcoded = findings.filter(f => f.rule === 'hardcoded-token');
  for (const [file, [, says]] of Object.entries(FILES)) {
    const inFile = hardcoded.filter(f => f.file === file);
    expect({ file, count: inFile.length }).toEqual({ file, count: 1 });
    expect(inFile[0]?.message).toMatch(says);
  }
  expect(hardcoded).toHaveLength(Object.keys(FILES).length);
}

describe('committed tokens in every form', () => {
  it('scan mode finds each once and publishes no part of any', async () => {
    const run = await runAction({
      workspace,
      inputs: { mode: 'scan', 'sarif-file': 'scan.sarif' },
      env: { FLY_TOKEN_GUARD_NOW: '2026-01-01T00:00:00Z' }
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expectEveryForm(JSON.parse(run.outputs.findings ?? '[]') as JsonFinding[]);
    const sarif = readFileSync(path.join(workspace, 'scan.sarif'), 'utf8');
    expect(leakedWindow(run.everything, SECRETS, 10)).toBeUndefined();
    expect(leakedWindow(sarif, SECRETS, 10)).toBeUndefined();
    // The broken workflow's parse error is still reported, without the text it quotes.
    expect(run.everything).toMatch(/workflow-parse-error|schema rejects/);
  });

  it('the CLI scan finds each once and prints no part of any', async () => {
    const run = await runCli(['scan', workspace, '--json'], {
      env: { FLY_TOKEN_GUARD_NOW: '2026-01-01T00:00:00Z' }
    });
    expect(run.exitCode).toBe(1);
    expectEveryForm((JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings);
    expect(leakedWindow(run.stdout + run.stderr, SECRETS, 10)).toBeUndefined();
    const sarif = await runCli(['scan', workspace, '--sarif'], {
      env: { FLY_TOKEN_GUARD_NOW: '2026-01-01T00:00:00Z' }
    });
    expect(leakedWindow(sarif.stdout + sarif.stderr, SECRETS, 10)).toBeUndefined();
  });
});

describe('masking a token value padded with schemes', () => {
  it('announces a bounded set of masks, every real form of the token among them', async () => {
    const value = 'FlyV1 '.repeat(10_800) + DEPLOY;
    const run = await runAction({
      workspace,
      inputs: { token: value, online: 'false' },
      env: { FLY_TOKEN_GUARD_NOW: '2026-01-01T00:00:00Z' }
    });
    expect(run.exitCode).not.toBeNull();
    expect(run.masks.length).toBeLessThan(64);
    expect(run.masks.join('\n').length).toBeLessThan(1024 * 1024);
    expect(run.masks).toEqual(expect.arrayContaining([DEPLOY, ...piecesOf(DEPLOY)]));
    expect(
      leakedWindow(run.everything.replace(/^::add-mask::.*$/gm, ''), secretTextsOf(DEPLOY), 10)
    ).toBeUndefined();
  });
});
