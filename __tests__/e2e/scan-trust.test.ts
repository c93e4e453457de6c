// End-to-end: a hostile checkout cannot make the scan read outside it. `node dist/index.js` in
// scan mode (and the CLI) on a workspace whose files are symlinks to /proc/self/environ and to a
// file beside the workspace, a FIFO, a huge file: none of what they point at appears in stdout,
// outputs, the summary or the SARIF file, the run ends, and a note names each skipped path.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction, runCli, type ActionRun } from '../support/run-action.js';

/** In the action's environment, so in its /proc/self/environ. */
const RUNNER_SECRET = 'runner-secret-Qx7vT2pL9wK4mZ8r';
/** In a file beside the workspace, reached by a committed symlink. */
const OUTSIDE_SECRET = 'outside-secret-Hd3nB6yR1sF5jC0e';
/** At the end of a file above the size cap. */
const HUGE_SECRET = 'huge-file-secret-Ug8kW3aN6pV2tE9x';

const DEPLOY = `name: deploy
on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - run: flyctl deploy --remote-only
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;

const SKIPPED = [
  '.github/workflows/environ.yml',
  '.github/workflows/outside.yml',
  'config/fly.toml',
  'linked-dir'
];

let base = '';

function git(root: string, ...args: string[]): void {
  execFileSync('git', args, {
    cwd: root,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com'
    }
  });
}

/** A checkout holding every hostile entry; committed to git when `commit` (symlinks are tracked). */
function hostileWorkspace(name: string, commit: boolean): string {
  const outside = path.join(base, `${name}-outside`);
  mkdirSync(outside, { recursive: true });
  writeFileSync(path.join(outside, 'secret.yml'), `${OUTSIDE_SECRET}\n`);
  writeFileSync(path.join(outside, 'fly.toml'), `app = "${OUTSIDE_SECRET}"\n`);
  const root = path.join(base, name);
  mkdirSync(path.join(root, '.github/workflows'), { recursive: true });
  mkdirSync(path.join(root, 'config'), { recursive: true });
  writeFileSync(path.join(root, '.github/workflows/deploy.yml'), DEPLOY);
  symlinkSync('/proc/self/environ', path.join(root, '.github/workflows/environ.yml'));
  symlinkSync(path.join(outside, 'secret.yml'), path.join(root, '.github/workflows/outside.yml'));
  symlinkSync(path.join(outside, 'fly.toml'), path.join(root, 'config/fly.toml'));
  symlinkSync(outside, path.join(root, 'linked-dir'));
  // A link that stays inside is an ordinary file.
  symlinkSync('deploy.yml', path.join(root, '.github/workflows/alias.yml'));
  writeFileSync(path.join(root, 'huge.txt'), `${'x'.repeat(2 * 1024 * 1024)}\n${HUGE_SECRET}\n`);
  if (commit) {
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'hostile');
  }
  // Git does not track FIFOs: it is made after the commit (the walk lists it).
  execFileSync('mkfifo', [path.join(root, 'pipe.yml')]);
  return root;
}

/** The summary escapes Markdown in notes; the paths are read back without the escapes. */
const unescaped = (summary: string): string => summary.replace(/\\`/g, '`');

function expectNoSecret(text: string): void {
  for (const secret of [RUNNER_SECRET, OUTSIDE_SECRET, HUGE_SECRET]) {
    expect(text).not.toContain(secret);
  }
}

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'ftg-trust-'));
});

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

const scanAction = (workspace: string, env: Record<string, string> = {}): Promise<ActionRun> =>
  runAction({
    workspace,
    inputs: { mode: 'scan', 'sarif-file': 'out/scan.sarif' },
    env: { FLY_TOKEN_GUARD_NOW: '2026-01-01T00:00:00Z', RUNNER_CANARY: RUNNER_SECRET, ...env }
  });

describe('scan mode on a hostile checkout', () => {
  it.each([
    ['a git checkout (symlinks committed)', 'committed', true],
    ['a plain directory (walked)', 'walked', false]
  ])(
    '%s: nothing outside is read or published, and notes name the paths',
    async (_, name, commit) => {
      const workspace = hostileWorkspace(name, commit);
      const run = await scanAction(workspace);
      expect(run.exitCode).toBe(0);
      expect(run.outputs.verdict).toBe('pass');
      const sarifFile = path.join(workspace, 'out/scan.sarif');
      expect(existsSync(sarifFile)).toBe(true);
      const sarif = readFileSync(sarifFile, 'utf8');
      expectNoSecret(run.everything);
      expectNoSecret(sarif);
      // The ordinary workflow and the link that stays inside were scanned.
      expect(run.summary).toContain('2 files scanned (2 workflows)');
      const notes = unescaped(run.summary);
      for (const skipped of SKIPPED) expect(notes).toContain(`\`${skipped}\``);
      expect(notes).toMatch(/leading outside the checkout/);
      expect(notes).toMatch(/larger than 1 MiB: `huge.txt`/);
      // The note names the path and nothing of where it leads.
      expect(notes).not.toContain('/proc');
      expect(notes).not.toContain(`${name}-outside`);
      if (!commit) expect(notes).toMatch(/not a regular file.*`pipe.yml`/);
    }
  );

  it('the CLI scan reads nothing outside either', async () => {
    const workspace = path.join(base, 'committed');
    const run = await runCli(['scan', workspace, '--json'], {
      env: { FLY_TOKEN_GUARD_NOW: '2026-01-01T00:00:00Z', RUNNER_CANARY: RUNNER_SECRET }
    });
    expect(run.exitCode).toBe(0);
    expectNoSecret(run.stdout + run.stderr);
    const report = JSON.parse(run.stdout) as { notes: string[]; filesScanned: number };
    expect(report.notes.join('\n')).toContain('`.github/workflows/environ.yml`');
    expect(report.filesScanned).toBeGreaterThanOrEqual(2);
  });

  it('stops at the time budget and says which files it left', async () => {
    const workspace = path.join(base, 'walked');
    const run = await scanAction(workspace, { FLY_TOKEN_GUARD_SCAN_BUDGET_SECONDS: '0' });
    expect(run.exitCode).toBe(0);
    expect(run.summary).toMatch(/Stopped at the scan's time budget \(0 s\): \d+ files not read/);
    expect(unescaped(run.summary)).toContain('`.github/workflows/deploy.yml`');
    expectNoSecret(run.everything);
  });
});
