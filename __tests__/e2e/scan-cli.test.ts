// The bundled CLI's scan: text, --json and --sarif output, and exit codes 0 / 1 / 2.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { findLeak, fragmentsOf, runCli } from '../support/run-action.js';
import { vector } from '../support/vectors.js';

const FIXTURE = path.resolve('__tests__/fixtures/repos/scan-demo');
const schema: unknown = JSON.parse(
  readFileSync(path.resolve('__tests__/fixtures/sarif-schema-2.1.0.json'), 'utf8')
);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validateSarif = ajv.compile(schema as object);

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ftg-scan-cli-'));
  cpSync(FIXTURE, dir, { recursive: true });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
  file: string | null;
  line: number | null;
  column: number | null;
  fix: { summary: string; commands: string[] } | null;
}

describe('fly-token-guard scan', () => {
  test('--json: the documented finding shape; exit 1 on a high finding', async () => {
    const run = await runCli(['scan', dir, '--json']);
    expect(run.exitCode).toBe(1);
    const out = JSON.parse(run.stdout) as { findings: JsonFinding[]; verdict: string };
    expect(out.verdict).toBe('fail');
    const unpinned = out.findings.find(f => f.rule === 'unpinned-action');
    expect(unpinned).toEqual({
      rule: 'unpinned-action',
      severity: 'high',
      message: expect.stringContaining('someone/setup-fly@v1'),
      file: '.github/workflows/deploy.yml',
      line: 12,
      column: 15,
      fix: { summary: expect.stringContaining('commit SHA'), commands: [] }
    });
    expect(out.findings.map(f => f.rule).sort()).toEqual([
      'no-environment',
      'pull-request-exposure',
      'unknown-needs',
      'unpinned-action'
    ]);
  });

  test('--fail-on critical: exit 0 with the same findings', async () => {
    const run = await runCli(['scan', dir, '--json', '--fail-on', 'critical']);
    expect(run.exitCode).toBe(0);
    expect((JSON.parse(run.stdout) as { verdict: string }).verdict).toBe('warn');
  });

  test('--sarif: a valid SARIF log on stdout', async () => {
    const run = await runCli(['scan', dir, '--sarif']);
    expect(run.exitCode).toBe(1);
    const log = JSON.parse(run.stdout) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(validateSarif(log)).toBe(true);
    expect(log.runs[0]?.results).toHaveLength(4);
  });

  test('text by default, from the current directory when DIR is left out', async () => {
    const run = await runCli(['scan'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/^Verdict: FAIL \(fails on high\)/);
    expect(run.stdout).toContain('.github/workflows/deploy.yml:12:15 [high] unpinned-action');
  });

  test('a committed token is reported and never printed', async () => {
    const token = vector('org_full').header_form;
    writeFileSync(path.join(dir, 'leaked.txt'), `token: ${token}\n`);
    try {
      for (const format of [[], ['--json'], ['--sarif']]) {
        const run = await runCli(['scan', dir, ...format]);
        expect(run.stdout).toContain('hardcoded-token');
        expect(findLeak(run.stdout + run.stderr, fragmentsOf([token]))).toBeUndefined();
      }
    } finally {
      rmSync(path.join(dir, 'leaked.txt'));
    }
  });

  test('a job that never runs: no run-time findings, but its committed token is reported', async () => {
    const token = vector('deploy_app').header_form;
    const repo = mkdtempSync(path.join(tmpdir(), 'ftg-scan-never-'));
    const ci = (condition: string): string =>
      `on: pull_request\njobs:\n  deploy:\n    if: ${condition}\n    runs-on: ubuntu-latest\n` +
      '    steps:\n      - run: flyctl deploy\n        env:\n' +
      '          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}\n' +
      `          FLY_BACKUP: "${token}"\n`;
    const rulesFor = async (condition: string): Promise<string[]> => {
      mkdirSync(path.join(repo, '.github/workflows'), { recursive: true });
      writeFileSync(path.join(repo, '.github/workflows/ci.yml'), ci(condition));
      const run = await runCli(['scan', repo, '--json']);
      expect(run.exitCode).toBe(1);
      expect(findLeak(run.stdout + run.stderr, fragmentsOf([token]))).toBeUndefined();
      return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings.map(f => f.rule);
    };
    try {
      expect((await rulesFor("github.actor != 'x'")).sort()).toEqual([
        'hardcoded-token',
        'no-environment',
        'pull-request-exposure'
      ]);
      expect(await rulesFor('${{ 1 == 2 }}')).toEqual(['hardcoded-token']);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  test('bad usage exits 2 with a clear message', async () => {
    const missing = await runCli(['scan', path.join(dir, 'nope')]);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('is not a directory');
    const both = await runCli(['scan', dir, '--json', '--sarif']);
    expect(both.exitCode).toBe(2);
    expect(both.stderr).toContain('--json and --sarif exclude each other');
    const severity = await runCli(['scan', dir, '--fail-on', 'severe']);
    expect(severity.exitCode).toBe(2);
    const maxFiles = await runCli(['scan', dir, '--max-files', '0']);
    expect(maxFiles.exitCode).toBe(2);
    expect(maxFiles.stderr).toContain('--max-files');
  });

  test('--max-files caps the files the rules model, says so, and still checks every file', async () => {
    const all = JSON.parse((await runCli(['scan', dir, '--json'])).stdout) as {
      filesScanned: number;
    };
    const run = await runCli(['scan', dir, '--json', '--max-files', '2']);
    const out = JSON.parse(run.stdout) as { filesScanned: number; notes: string[] };
    expect(out.filesScanned).toBe(all.filesScanned);
    expect(out.notes.join(' ')).toMatch(/Stopped at max-files: the rules model 2 of \d+/);
  });
});
