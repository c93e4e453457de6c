// End-to-end: `check --workflow FILE --job ID` on a workflow file the guard cannot read (over
// 1 MiB, aliases expanding past the budget, a line over 32 KiB) says why, with exit code 2, rather
// than claiming the job is not in the file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../support/run-action.js';
import { vector } from '../support/vectors.js';

const job = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: flyctl deploy -a acme-web
        env:
          FLY_API_TOKEN: \${{ secrets.FLY_API_TOKEN }}
`;

// Nine levels of nine aliases each: 9^9 nodes once expanded.
const laughs =
  'a: &a [x, x, x, x, x, x, x, x, x]\n' +
  Array.from({ length: 9 }, (_, i) => {
    const name = String.fromCharCode(98 + i);
    const previous = `*${String.fromCharCode(97 + i)}`;
    return `${name}: &${name} [${Array(9).fill(previous).join(', ')}]\n`;
  }).join('');

const FILES: Record<string, string> = {
  'large.yml': job + `# ${'x'.repeat(1024 * 1024)}\n`,
  'laughs.yml': laughs + job,
  'long-line.yml': `# ${'x'.repeat(40 * 1024)}\n` + job,
  'fine.yml': job
};

let root = '';

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'ftg-unreadable-'));
  mkdirSync(path.join(root, '.github/workflows'), { recursive: true });
  for (const [name, text] of Object.entries(FILES)) {
    writeFileSync(path.join(root, '.github/workflows', name), text);
  }
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function check(file: string, jobId: string): ReturnType<typeof runCli> {
  return runCli(
    [
      'check',
      '--offline',
      '--repo',
      root,
      '--workflow',
      path.join(root, '.github/workflows', file),
      '--job',
      jobId
    ],
    { env: { FLY_API_TOKEN: vector('deploy_app').header_form } }
  );
}

describe('check --workflow on a file the guard cannot read', () => {
  it.each([
    ['large.yml', 'cannot be read: it is larger than 1 MiB'],
    ['laughs.yml', 'cannot be read: YAML document expands to too many nodes'],
    ['long-line.yml', 'cannot be read: line 1 is longer than 32 KiB']
  ])('%s: says why, exit code 2', async (file, why) => {
    const run = await check(file, 'deploy');
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(why);
    expect(run.stderr).not.toContain('no job');
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(run.stdout).toBe('');
  });

  it('a readable file without the job: still "no job", exit code 2', async () => {
    const run = await check('fine.yml', 'build');
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain("no job 'build'");
  });
});
