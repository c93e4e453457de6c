// End-to-end: the bundled CLI's scan names every job that hands a Fly secret to what it cannot
// read (`unknown-needs`, as check mode does), and shared-token says its app count may be short.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../support/run-action.js';

const FIXTURE = path.resolve('__tests__/fixtures/repos/unseen');

interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
  file: string | null;
  line: number | null;
  column: number | null;
  fix: { summary: string; commands: string[] } | null;
}

let dir = '';
let findings: JsonFinding[] = [];
let exitCode: number | null = null;

/** The place of the first line of a fixture workflow holding `needle`. */
function at(file: string, needle: string): { file: string; line: number; column: number } {
  const lines = readFileSync(path.join(FIXTURE, file), 'utf8').split('\n');
  const index = lines.findIndex(l => l.includes(needle));
  if (index < 0) throw new Error(`${needle} not in ${file}`);
  return { file, line: index + 1, column: (lines[index] ?? '').indexOf(needle) + 1 };
}

const DEPLOY = '.github/workflows/deploy.yml';
const TOOLS = '.github/workflows/tools.yml';
const unseen = (): JsonFinding[] => findings.filter(f => f.rule === 'unknown-needs');
const unseenOf = (job: string): JsonFinding[] =>
  unseen().filter(f => f.message.startsWith(`Job \`${job}\` `));

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'ftg-scan-unseen-'));
  cpSync(FIXTURE, dir, { recursive: true });
  const run = await runCli(['scan', dir, '--json']);
  exitCode = run.exitCode;
  findings = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('low findings only: the scan warns and exits 0', () => {
  expect(exitCode).toBe(0);
  expect(unseen().every(f => f.severity === 'low')).toBe(true);
});

describe('unknown-needs in the scan', () => {
  test('a python script handed the token: named, at the step that runs it', () => {
    const [finding, ...rest] = unseenOf('worker');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject(at(DEPLOY, 'python scripts/deploy.py'));
    expect(finding?.message).toContain('holds Fly secret `FLY_API_TOKEN`');
    expect(finding?.message).toContain('could not see: python scripts/deploy.py');
    expect(finding?.message).toContain("The scan's other rules");
    expect(finding?.fix?.summary).toContain('`fly ... -a APP`');
    expect(finding?.fix?.summary).toContain('guard step');
  });

  test('a node program handed the token', () => {
    const [finding, ...rest] = unseenOf('api');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject(at(DEPLOY, 'node deploy.js'));
    expect(finding?.message).toContain('could not see: node deploy.js');
  });

  test('an AI agent given the token', () => {
    const [finding, ...rest] = unseenOf('triage');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject(at(TOOLS, 'anthropics/claude-code-action@'));
    expect(finding?.message).toContain('holds Fly secret `FLY_AGENT_TOKEN`');
    expect(finding?.message).toContain('an AI agent with shell access');
  });

  test('an action this guard does not know, given the token', () => {
    const [finding, ...rest] = unseenOf('ship');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject(at(TOOLS, 'acme/fly-shipper@'));
    expect(finding?.message).toContain('holds Fly secret `FLY_SHIP_TOKEN`');
    expect(finding?.message).toContain('an action not known to this guard');
  });

  test('not for flyctl in the workflow, a shell script followed, or python without a Fly secret', () => {
    for (const job of ['web', 'release', 'test']) expect(unseenOf(job)).toEqual([]);
    expect(unseen()).toHaveLength(4);
  });
});

describe('shared-token', () => {
  test('counts the apps it can see and says which jobs hold the secret out of sight', () => {
    const shared = findings.filter(f => f.rule === 'shared-token');
    expect(shared).toHaveLength(1);
    expect(shared[0]?.message).toContain('acts on 2 apps (other-app, web-app)');
    expect(shared[0]?.message).toContain(
      'Jobs `worker`, `api` also hold it and run what the scan cannot read, so it may reach more apps than these.'
    );
  });
});

test('SARIF describes the rule', async () => {
  const run = await runCli(['scan', dir, '--sarif']);
  const log = JSON.parse(run.stdout) as {
    runs: Array<{
      tool: { driver: { rules: Array<{ id: string }> } };
      results: Array<{ ruleId: string }>;
    }>;
  };
  const sarif = log.runs[0];
  expect(sarif?.tool.driver.rules.map(r => r.id)).toContain('unknown-needs');
  expect(sarif?.results.filter(r => r.ruleId === 'unknown-needs')).toHaveLength(4);
});
