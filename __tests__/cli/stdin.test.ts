// The bundled CLI reads a piped token to the end of standard input, however late it arrives and
// however large the input (up to the documented 1 MiB), as `fly tokens create … | fly-token-guard
// inspect` does. No sleeps: the test holds standard input open and ends it itself.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { vector } from '../support/vectors.js';

const CLI = path.resolve('dist/cli/index.js');
const TOKEN = vector('deploy_app').header_form;

interface Run {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** Whether the process had exited before the test closed its standard input. */
  exitedBeforeEnd: boolean;
}

/** Spawns the CLI with standard input held open; `feed` writes to it, then the test ends it. */
async function runFed(
  args: string[],
  feed: (write: (chunk: string) => Promise<void>) => Promise<void>
): Promise<Run> {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH ?? '', FLY_TOKEN_GUARD_NOW: '2026-01-01T00:00:00Z' },
    stdio: ['pipe', 'pipe', 'pipe']
  });
  let stdout = '';
  let stderr = '';
  let exited = false;
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // The CLI may stop reading once it has refused the input: a broken pipe is expected then.
  child.stdin.on('error', () => undefined);
  const closed = new Promise<number | null>(resolve =>
    child.on('close', code => {
      exited = true;
      resolve(code);
    })
  );
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', reject);
  });
  const write = (chunk: string): Promise<void> =>
    new Promise(resolve => child.stdin.write(chunk, () => resolve()));
  await feed(write);
  const exitedBeforeEnd = exited;
  child.stdin.end();
  return { exitCode: await closed, stdout, stderr, exitedBeforeEnd };
}

describe('a token on standard input', () => {
  test('arriving in two parts after the process started is read whole', async () => {
    const cut = Math.floor(TOKEN.length / 2);
    const run = await runFed(['inspect', '--json'], async write => {
      await write(TOKEN.slice(0, cut));
      await write(TOKEN.slice(cut));
    });
    // It waited for the end of input: it was still running when the test closed it.
    expect(run.exitedBeforeEnd).toBe(false);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: 'deploy', appIds: ['4455667'] });
  });

  test('100 KiB of input, beyond a pipe buffer, reaches the decoder whole', async () => {
    // The first write fills the pipe (64 KiB): it completes only once the CLI has read from it,
    // so the token itself arrives after the CLI was already reading.
    const padding = '\n'.repeat(100 * 1024);
    const run = await runFed(['inspect'], async write => {
      await write(padding);
      await write(TOKEN);
    });
    expect(run.exitedBeforeEnd).toBe(false);
    expect(run.stderr).not.toContain('no token');
    // All of it was read: the decoder judges the whole input (its own 64 KiB limit), not a prefix.
    expect(run.stdout).toContain('token is too large (over 65536 bytes)');
    expect(run.exitCode).toBe(2);
  });

  test('more than 1 MiB is refused with a clear message, exit 2', async () => {
    const run = await runFed(['check', '--offline'], async write => {
      await write(TOKEN);
      await write('\n'.repeat(1024 * 1024));
    });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'fly-token-guard: standard input holds more than 1 MiB; a Fly token is a few KiB: pipe the token alone\n'
    );
  });

  test('an empty standard input is "no token", exit 2', async () => {
    const run = await runFed(['inspect'], async () => undefined);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('no token: set FLY_API_TOKEN');
  });
});
