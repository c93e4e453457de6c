// Digests a repository's workflows on worker threads, when asked (WORKERS_ENV). The per-workflow
// phase (parse, infer needs, per-file checks) is most of a scan's time and shares nothing between
// files, so it splits across cores; the repository phase stays on the main thread. Used only
// from the bundle (the worker is dist/scan-worker/index.js); any failure returns undefined and
// the caller digests in-process, so results never depend on it.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { WorkflowDigest } from '../rules/scan/digest.js';
import type { DigestItem, DigestShared } from './scan-digest.js';
import { runPool } from './worker-pool.js';

/** With `auto`, below this many workflows starting workers costs more than it saves. */
export const PARALLEL_MIN_WORKFLOWS = 150;
/** With `auto`, more workers than this add start-up and memory for little gain. */
const MAX_WORKERS = 4;
/** Workflows per message: enough to amortise messaging, few enough to balance the workers. */
const BATCH_SIZE = 16;
/**
 * Off unless asked: `FLY_TOKEN_GUARD_SCAN_WORKERS=N` digests on N worker threads, `auto` on one
 * per core (up to 4) for repositories of 150+ workflows. Off by default because on the 2-vCPU
 * machines we measure on, two busy threads get ~1.3 CPUs' worth of work, less than what a
 * second cold start, module load and JIT warm-up cost (BENCHMARKS.md).
 */
export const WORKERS_ENV = 'FLY_TOKEN_GUARD_SCAN_WORKERS';

/** The worker bundle next to the running one (dist/ or dist/cli/), if there is one. */
export function scanWorkerScript(): string | undefined {
  // Next to the entry script that is running (dist/index.js or dist/cli/index.js).
  const entry = process.argv[1];
  if (entry === undefined) return undefined;
  const here = path.dirname(path.resolve(entry));
  const name = ['scan-worker', 'index.js'].join('/');
  return [path.join(here, name), path.join(here, '..', name)].find(file => existsSync(file));
}

/** How many workers to use for `workflows` files; 0 means in-process. */
export function workerCount(workflows: number, env: NodeJS.ProcessEnv = process.env): number {
  const setting = (env[WORKERS_ENV] ?? '').trim().toLowerCase();
  if (/^\d+$/.test(setting)) return Math.min(Number(setting), MAX_WORKERS * 4);
  if (setting !== 'auto' || workflows < PARALLEL_MIN_WORKFLOWS) return 0;
  const cores = availableParallelism();
  return cores < 2 ? 0 : Math.min(cores, MAX_WORKERS);
}

/** The digests of `items`, in order, made on worker threads; undefined when not worth it or failed. */
export async function digestInWorkers(
  items: readonly DigestItem[],
  shared: DigestShared,
  env: NodeJS.ProcessEnv = process.env,
  findScript: () => string | undefined = scanWorkerScript
): Promise<WorkflowDigest[] | undefined> {
  const workers = workerCount(items.length, env);
  const script = workers > 0 ? findScript() : undefined;
  if (script === undefined) return undefined;
  try {
    return await runPool<DigestShared, DigestItem, WorkflowDigest>(items, {
      script,
      workers,
      batchSize: BATCH_SIZE,
      shared
    });
  } catch {
    return undefined;
  }
}
