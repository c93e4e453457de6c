// Digests a large repository's workflows on worker threads. The per-workflow phase (parse, infer
// needs, per-file checks) is most of a scan's time and shares nothing between files, so it splits
// across cores; the repository phase stays on the main thread. Used only from the bundle (the
// worker is dist/scan-worker/index.js) and only when it pays for the workers' start-up; any
// failure returns undefined and the caller digests in-process, so results never depend on it.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { WorkflowDigest } from '../rules/scan/digest.js';
import type { DigestItem, DigestShared } from './scan-digest.js';
import { runPool } from './worker-pool.js';

/** Below this many workflows, starting workers costs more than it saves. */
export const PARALLEL_MIN_WORKFLOWS = 150;
/** More workers than this add start-up and memory for little gain on CI runners. */
const MAX_WORKERS = 4;
/** Workflows per message: enough to amortise messaging, few enough to balance the workers. */
const BATCH_SIZE = 16;
/** `FLY_TOKEN_GUARD_SCAN_WORKERS=0` digests in-process; a number sets the worker count. */
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
  const forced = env[WORKERS_ENV];
  if (forced !== undefined && /^\d+$/.test(forced.trim())) {
    return Math.min(Number(forced.trim()), MAX_WORKERS * 4);
  }
  if (workflows < PARALLEL_MIN_WORKFLOWS) return 0;
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
