// Runs a pure, per-item job on worker threads, in batches, and gives the results back in input
// order. Used by the scan for the per-workflow work (parse, infer, check), which dominates a large
// repository's scan and shares nothing between files. Any worker failure rejects: the caller
// falls back to doing the work in-process, so a pool problem never changes a result.
import { Worker } from 'node:worker_threads';

export interface PoolOptions<Shared> {
  /** The worker script (an ES module that calls `serveBatches`). */
  script: string;
  /** How many workers to start; at least one. */
  workers: number;
  /** Items per message: large enough to amortise the messaging, small enough to balance load. */
  batchSize: number;
  /** Given once to every worker as its `workerData` (e.g. the repository root and the clock). */
  shared: Shared;
}

interface BatchRequest<Item> {
  batch: number;
  items: Item[];
}

type BatchReply<Out> = { batch: number; results: Out[] } | { batch: number; error: string };

/** Splits `items` into consecutive batches of at most `size`. */
export function batchesOf<T>(items: readonly T[], size: number): T[][] {
  const step = Math.max(1, Math.floor(size));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += step) out.push(items.slice(i, i + step));
  return out;
}

/** Runs every item through the workers; resolves with one result per item, in order. */
export function runPool<Shared, Item, Out>(
  items: readonly Item[],
  options: PoolOptions<Shared>
): Promise<Out[]> {
  const batches = batchesOf(items, options.batchSize);
  const results: Out[][] = new Array<Out[]>(batches.length);
  if (batches.length === 0) return Promise.resolve([]);
  const count = Math.max(1, Math.min(options.workers, batches.length));
  return new Promise<Out[]>((resolve, reject) => {
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let settled = false;
    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve(results.flat());
    };
    const feed = (worker: Worker): void => {
      if (next >= batches.length) return;
      const batch = next++;
      const request: BatchRequest<Item> = { batch, items: batches[batch] ?? [] };
      worker.postMessage(request);
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(options.script, { workerData: options.shared });
      workers.push(worker);
      worker.on('message', (reply: BatchReply<Out>) => {
        if ('error' in reply) return finish(new Error(`scan worker: ${reply.error}`));
        results[reply.batch] = reply.results;
        done += 1;
        if (done === batches.length) return finish();
        feed(worker);
      });
      worker.on('error', error =>
        finish(error instanceof Error ? error : new Error(String(error)))
      );
      worker.on('exit', code => {
        if (!settled) finish(new Error(`scan worker exited early (code ${code})`));
      });
      feed(worker);
    }
  });
}
