// End-to-end: call graphs that fan out cannot stall the scan or the check. Reusable workflows that
// each call the next from 16 jobs make 16^5 call chains within GitHub's four levels, and Taskfile
// tasks that call themselves (or the next task) several times make a number of task runs
// exponential in the depth: both used to run for minutes. Now each workflow is walked once per
// depth, calls followed are counted, a task already running is not run again, and what lies past a
// budget is named as unseen, never dropped in silence.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../support/run-action.js';
import { vector } from '../support/vectors.js';

const FAN = 16;
const LEVELS = 6;

const deployJob = `  d:
    runs-on: ubuntu-latest
    steps:
      - run: flyctl deploy -a acme-web
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;

function callers(target: string): string {
  let text = '';
  for (let k = 0; k < FAN; k++) {
    text += `  x${k}:\n    uses: ./.github/workflows/${target}\n    secrets: inherit\n`;
  }
  return text;
}

function taskWorkflow(task: string): string {
  return `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - run: task ${task}
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;
}

// `deploy` calls itself five times; `t0` calls `t1` six times, and so on down to `t29`.
const TASKFILE =
  'version: 3\ntasks:\n' +
  '  deploy:\n    cmds:\n' +
  '      - task: deploy\n'.repeat(5) +
  '      - flyctl deploy -a acme-web\n' +
  Array.from(
    { length: 29 },
    (_, i) => `  t${i}:\n    cmds:\n` + `      - task: t${i + 1}\n`.repeat(6)
  ).join('') +
  '  t29:\n    cmds:\n      - flyctl deploy -a acme-web\n';

const FILES: Record<string, string> = {
  '.github/workflows/main.yml': `on: push\njobs:\n${callers('r0.yml')}`,
  ...Object.fromEntries(
    Array.from({ length: LEVELS }, (_, i) => [
      `.github/workflows/r${i}.yml`,
      `on: workflow_call\njobs:\n${i + 1 < LEVELS ? callers(`r${i + 1}.yml`) : ''}${deployJob}`
    ])
  ),
  '.github/workflows/task-self.yml': taskWorkflow('deploy'),
  '.github/workflows/task-chain.yml': taskWorkflow('t0'),
  'Taskfile.yml': TASKFILE
};

type CliRun = Awaited<ReturnType<typeof runCli>>;

let root = '';

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'ftg-fan-out-'));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function expectNoCrash(run: CliRun): void {
  for (const text of [run.stderr, run.stdout]) {
    expect(text).not.toMatch(/RangeError|Maximum call stack|unexpected error|\n\s+at .+:\d+:\d+/);
  }
}

function check(workflow: string, job: string): Promise<CliRun> {
  return runCli(
    [
      'check',
      '--offline',
      '--repo',
      root,
      '--workflow',
      path.join(root, '.github/workflows', workflow),
      '--job',
      job,
      '--fail-on',
      'never'
    ],
    { env: { FLY_API_TOKEN: vector('deploy_app').header_form } }
  );
}

const needsLine = (run: CliRun): string =>
  run.stdout.split('\n').find(line => line.startsWith('Needs:')) ?? '';

describe('reusable workflows calling the next from 16 jobs, six levels deep', () => {
  it('scan --json: every caller handing the Fly secret on is reported, exit code 0', async () => {
    const run = await runCli(['scan', root, '--json', '--fail-on', 'high']);
    expectNoCrash(run);
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(run.stdout) as {
      findings: Array<{ rule: string; file: string; message: string }>;
    };
    const inherits = report.findings.filter(
      f => f.rule === 'secrets-inherit' && f.file === '.github/workflows/main.yml'
    );
    expect(inherits).toHaveLength(FAN);
    for (const finding of inherits) expect(finding.message).toContain('FLY_API_TOKEN');
  });

  it('check of a job reached through them: the calls not followed are named, exit code 0', async () => {
    const run = await check('main.yml', 'd');
    expectNoCrash(run);
    expect(run.exitCode).toBe(0);
    expect(needsLine(run)).toContain('`deploy`');
    expect(needsLine(run)).toContain('more than 64 calls of reusable workflows to follow');
  });
});

describe('Taskfile tasks that call tasks over and over', () => {
  it('a task calling itself five times: its deploy is seen, nothing is left unseen', async () => {
    const run = await check('task-self.yml', 'deploy');
    expectNoCrash(run);
    expect(run.exitCode).toBe(0);
    expect(needsLine(run)).toContain('deploy');
    expect(needsLine(run)).toContain('acme-web');
    expect(needsLine(run)).not.toContain('could not see');
  });

  it('thirty tasks each calling the next six times: the task calls past the budget are named', async () => {
    const run = await check('task-chain.yml', 'deploy');
    expectNoCrash(run);
    expect(run.exitCode).toBe(0);
    expect(needsLine(run)).toContain('more than 256 task calls to follow');
  });
});
