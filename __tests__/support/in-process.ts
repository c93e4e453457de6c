// The action and the CLI run inside the test process, from src/, with the same inputs and the
// same view of what they wrote as run-action.ts gives for `node dist/index.js`. For matrices too
// large to spawn a process per cell (every token vector × every output channel); the end-to-end
// tests keep spawning the bundles, on samples of the same matrices.
//
// A run swaps the process environment and captures process.stdout / process.stderr while it lasts:
// runs must not overlap (await each one), and nothing else in the test may write meanwhile.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run as runActionMain } from '../../src/action/main.js';
import { main as runCliMain } from '../../src/cli/main.js';
import {
  parseAnnotations,
  parseKeyValueFile,
  type ActionRun,
  type ActionRunOptions
} from './run-action.js';

/** Variables a run must not inherit from the test process (the runner's and the guard's own). */
const RUN_VARIABLES = /^(INPUT_|GITHUB_|RUNNER_|ACTIONS_|FLY_|CI$)/;

let running = false;

/** Runs `body` with `env` as the process environment and the standard streams captured. */
async function isolated<T>(
  env: Record<string, string>,
  body: () => Promise<T>
): Promise<{ value: T; stdout: string; stderr: string; exitCode: number }> {
  if (running) throw new Error('in-process runs must not overlap: await each one');
  running = true;
  const saved = { ...process.env };
  const savedExitCode = process.exitCode;
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write };
  let stdout = '';
  let stderr = '';
  for (const name of Object.keys(process.env))
    if (RUN_VARIABLES.test(name)) delete process.env[name];
  Object.assign(process.env, env);
  process.exitCode = undefined;
  const capture =
    (append: (text: string) => void) =>
    (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
      append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      const callback = rest.find(r => typeof r === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    };
  process.stdout.write = capture(text => (stdout += text)) as typeof process.stdout.write;
  process.stderr.write = capture(text => (stderr += text)) as typeof process.stderr.write;
  try {
    const value = await body();
    const code = process.exitCode;
    return { value, stdout, stderr, exitCode: typeof code === 'number' ? code : Number(code ?? 0) };
  } finally {
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
    process.exitCode = savedExitCode;
    running = false;
  }
}

/** `run()` of src/action/main.ts with INPUT_* and the GITHUB_* files, as runAction does. */
export async function runActionInProcess(options: ActionRunOptions = {}): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ftg-inproc-'));
  const files = {
    output: path.join(dir, 'output'),
    summary: path.join(dir, 'summary'),
    env: path.join(dir, 'env'),
    event: path.join(dir, 'event.json')
  };
  for (const f of [files.output, files.summary, files.env]) writeFileSync(f, '');
  writeFileSync(files.event, JSON.stringify(options.event?.payload ?? {}));
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_WORKSPACE: options.workspace ?? dir,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    RUNNER_TEMP: dir
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  Object.assign(env, options.env ?? {});
  const started = Date.now();
  try {
    const { stdout, stderr, exitCode } = await isolated(env, runActionMain);
    const outputText = readFileSync(files.output, 'utf8');
    const summary = existsSync(files.summary) ? readFileSync(files.summary, 'utf8') : '';
    const envText = readFileSync(files.env, 'utf8');
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseKeyValueFile(outputText),
      summary,
      annotations: parseAnnotations(stdout),
      exportedEnv: parseKeyValueFile(envText),
      everything: [stdout, stderr, outputText, summary, envText].join('\n'),
      masks: stdout
        .split('\n')
        .filter(l => l.startsWith('::add-mask::'))
        .map(l => l.slice('::add-mask::'.length)),
      durationMs: Date.now() - started
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `main()` of src/cli/main.ts; the token comes from `env` (standard input is the bundle's part). */
export async function runCliInProcess(
  args: string[],
  options: { env?: Record<string, string> } = {}
): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  const env = options.env ?? {};
  const { value, stdout, stderr } = await isolated(env, () => runCliMain(args, { ...env }, true));
  return { exitCode: value, stdout, stderr };
}
