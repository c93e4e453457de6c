// Runs the bundled action exactly as the runner does: `node dist/index.js` with INPUT_* variables and
// the GITHUB_* files, then reads back outputs, summary, annotations and the exit code.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  properties: Record<string, string>;
  message: string;
}

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** Variables the action exported for later steps (GITHUB_ENV). */
  exportedEnv: Record<string, string>;
  /** Every byte the action wrote, in one string, for leak checks. */
  everything: string;
  /** Masked values announced with ::add-mask:: (the runner's masking channel). */
  masks: string[];
  /** Wall-clock time of the run, for logs only: tests never assert on it (no timing assumptions). */
  durationMs: number;
}

export interface ActionRunOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  workspace?: string;
  event?: { name: string; payload: unknown };
  /** Kill the child after this long (default: only a hang guard far beyond any test's timeout). */
  timeoutMs?: number;
  entry?: string;
}

const ROOT = process.cwd();

/**
 * Kills a child still running this long after it started: only a guard against a hung child
 * outliving its test. Jest's timeout fails the test long before; no test waits on this clock.
 */
const HANG_GUARD_MS = 10 * 60_000;

function guard(child: { kill: (signal: NodeJS.Signals) => boolean }, ms?: number): NodeJS.Timeout {
  const timer = setTimeout(() => child.kill('SIGKILL'), ms ?? HANG_GUARD_MS);
  timer.unref();
  return timer;
}

export function parseKeyValueFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^<=]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      out[name] = value.join('\n');
    } else if (line.includes('=')) {
      const at = line.indexOf('=');
      out[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return out;
}

function unescapeCommand(value: string): string {
  return value
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').trim().split(',').filter(Boolean)) {
      const at = pair.indexOf('=');
      properties[pair.slice(0, at)] = unescapeCommand(pair.slice(at + 1));
    }
    annotations.push({
      level: match[1] as Annotation['level'],
      properties,
      message: unescapeCommand(match[3] ?? '')
    });
  }
  return annotations;
}

export async function runAction(options: ActionRunOptions = {}): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ftg-run-'));
  const files = {
    output: path.join(dir, 'output'),
    summary: path.join(dir, 'summary'),
    env: path.join(dir, 'env'),
    event: path.join(dir, 'event.json')
  };
  for (const f of [files.output, files.summary, files.env]) writeFileSync(f, '');
  writeFileSync(files.event, JSON.stringify(options.event?.payload ?? {}));

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
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
  const child = spawn(process.execPath, [path.join(ROOT, options.entry ?? 'dist/index.js')], {
    env,
    cwd: options.workspace ?? dir,
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = guard(child, options.timeoutMs);
  const exitCode = await new Promise<number | null>(resolve =>
    child.on('close', code => resolve(code))
  );
  clearTimeout(timer);

  const outputText = readFileSync(files.output, 'utf8');
  const summary = existsSync(files.summary) ? readFileSync(files.summary, 'utf8') : '';
  const envText = readFileSync(files.env, 'utf8');
  rmSync(dir, { recursive: true, force: true });
  const masks = stdout
    .split('\n')
    .filter(l => l.startsWith('::add-mask::'))
    .map(l => l.slice('::add-mask::'.length));
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseKeyValueFile(outputText),
    summary,
    annotations: parseAnnotations(stdout),
    exportedEnv: parseKeyValueFile(envText),
    everything: [stdout, stderr, outputText, summary, envText].join('\n'),
    masks,
    durationMs: Date.now() - started
  };
}

/** Runs the bundled CLI with the given arguments, environment and standard input. */
export async function runCli(
  args: string[],
  options: { env?: Record<string, string>; stdin?: string; cwd?: string; timeoutMs?: number } = {}
): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli/index.js'), ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...(options.env ?? {}) },
    cwd: options.cwd ?? ROOT,
    stdio: ['pipe', 'pipe', 'pipe']
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(options.stdin ?? '');
  const timer = guard(child, options.timeoutMs);
  const exitCode = await new Promise<number | null>(resolve =>
    child.on('close', code => resolve(code))
  );
  clearTimeout(timer);
  return { exitCode, stdout, stderr };
}

/** Every 8-character window of every token: what a leak check looks for. */
export function fragmentsOf(secrets: readonly string[], size = 8): Set<string> {
  const out = new Set<string>();
  for (const secret of secrets) {
    const s = secret.trim();
    for (let i = 0; i + size <= s.length; i++) out.add(s.slice(i, i + size));
  }
  return out;
}

/** Returns the first fragment found in `text`, ignoring the runner's ::add-mask:: lines. */
export function findLeak(text: string, fragments: Set<string>): string | undefined {
  const visible = text
    .split('\n')
    .filter(l => !l.startsWith('::add-mask::'))
    .join('\n');
  for (const fragment of fragments) if (visible.includes(fragment)) return fragment;
  return undefined;
}
