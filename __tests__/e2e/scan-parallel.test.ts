// The scan's worker threads (src/engine/scan-parallel.ts): a large repository digested on workers
// gives the very report the in-process scan gives, through the bundled CLI and at the digest level.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import {
  digestInWorkers,
  PARALLEL_MIN_WORKFLOWS,
  workerCount
} from '../../src/engine/scan-parallel.js';
import { digestWorkflowTask, type DigestShared } from '../../src/engine/scan-digest.js';
import { findLeak, fragmentsOf, runCli } from '../support/run-action.js';
import { vector } from '../support/vectors.js';
import { corpusWorkflows } from '../workflow/corpus.js';

const WORKER = path.resolve('dist/scan-worker/index.js');
let dir = '';
let items: { path: string; text: string }[] = [];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ftg-scan-parallel-'));
  const corpus = corpusWorkflows();
  // Enough copies of the corpus to pass the threshold, each under its own name.
  const copies = Math.ceil((PARALLEL_MIN_WORKFLOWS + 10) / corpus.length);
  for (let copy = 0; copy < copies; copy++) {
    for (const entry of corpus) {
      const name = `${copy}-${entry.repo.replace(/\W+/g, '-')}-${path.basename(entry.path)}`;
      items.push({ path: `.github/workflows/${name}`, text: entry.text });
    }
  }
  mkdirSync(path.join(dir, '.github/workflows'), { recursive: true });
  for (const item of items) writeFileSync(path.join(dir, item.path), item.text);
  writeFileSync(path.join(dir, 'fly.toml'), 'app = "acme-web"\nprimary_region = "ams"\n');
  items = items.sort((a, b) => (a.path < b.path ? -1 : 1));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scan on worker threads', () => {
  it('uses workers only when asked: a number, or auto for large repositories', () => {
    expect(workerCount(10_000, {})).toBe(0);
    expect(workerCount(1, { FLY_TOKEN_GUARD_SCAN_WORKERS: '3' })).toBe(3);
    expect(workerCount(10_000, { FLY_TOKEN_GUARD_SCAN_WORKERS: '0' })).toBe(0);
    expect(workerCount(10_000, { FLY_TOKEN_GUARD_SCAN_WORKERS: 'many' })).toBe(0);
    const auto = { FLY_TOKEN_GUARD_SCAN_WORKERS: 'auto' };
    expect(workerCount(PARALLEL_MIN_WORKFLOWS - 1, auto)).toBe(0);
    const cores = availableParallelism();
    expect(workerCount(PARALLEL_MIN_WORKFLOWS, auto)).toBe(cores < 2 ? 0 : Math.min(cores, 4));
  });

  it('makes the same digests as the in-process path, in order', async () => {
    const shared: DigestShared = {
      root: dir,
      now: '2026-01-15T00:00:00.000Z',
      files: [...items.map(i => i.path), 'fly.toml']
    };
    const env = { FLY_TOKEN_GUARD_SCAN_WORKERS: '2' };
    const parallel = await digestInWorkers(items, shared, env, () => WORKER);
    expect(parallel).toBeDefined();
    expect(parallel).toEqual(items.map(item => digestWorkflowTask(shared, item)));
  }, 60_000);

  it('falls back (undefined) when the worker cannot start', async () => {
    const shared: DigestShared = { root: dir, now: new Date().toISOString(), files: [] };
    const env = { FLY_TOKEN_GUARD_SCAN_WORKERS: '2' };
    await expect(
      digestInWorkers(items.slice(0, 3), shared, env, () => path.join(dir, 'missing.js'))
    ).resolves.toBeUndefined();
    await expect(
      digestInWorkers(items.slice(0, 3), shared, env, () => undefined)
    ).resolves.toBeUndefined();
  });

  it('never prints a token committed in a workflow digested on a worker', async () => {
    const token = vector('org_full').header_form;
    const file = path.join(dir, '.github/workflows/zz-committed-token.yml');
    writeFileSync(
      file,
      'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n' +
        `      - run: flyctl deploy -a acme-web\n        env:\n          FLY_API_TOKEN: "${token}"\n`
    );
    try {
      for (const format of [['--json'], ['--sarif'], []]) {
        const run = await runCli(['scan', dir, ...format], {
          env: { FLY_TOKEN_GUARD_SCAN_WORKERS: '2' },
          timeoutMs: 60_000
        });
        expect(run.stdout).toContain('hardcoded-token');
        expect(findLeak(run.stdout + run.stderr, fragmentsOf([token]))).toBeUndefined();
      }
    } finally {
      rmSync(file);
    }
  }, 180_000);

  it('the bundled CLI reports the same with and without workers', async () => {
    const env = { FLY_TOKEN_GUARD_NOW: '2026-01-15T00:00:00Z' };
    const serial = await runCli(['scan', dir, '--json'], {
      env: { ...env, FLY_TOKEN_GUARD_SCAN_WORKERS: '0' },
      timeoutMs: 60_000
    });
    const parallel = await runCli(['scan', dir, '--json'], {
      env: { ...env, FLY_TOKEN_GUARD_SCAN_WORKERS: '2' },
      timeoutMs: 60_000
    });
    expect(serial.stderr).toBe('');
    const report = JSON.parse(serial.stdout) as { findings: unknown[]; filesScanned: number };
    expect(report.filesScanned).toBe(items.length + 1);
    expect(report.findings.length).toBeGreaterThan(items.length / 2);
    expect(parallel.stdout).toBe(serial.stdout);
    expect(parallel.exitCode).toBe(serial.exitCode);
    expect(parallel.stderr).toBe('');
  }, 120_000);
});
