// The worker side of worker-pool.ts: answers each batch with one result per item.
import { parentPort, workerData } from 'node:worker_threads';

/** Serves batches posted by `runPool` with `work`; call once from a worker script. */
export function serveBatches<Shared, Item, Out>(work: (shared: Shared, item: Item) => Out): void {
  const port = parentPort;
  if (!port) throw new Error('serveBatches must run in a worker thread');
  const shared = workerData as Shared;
  port.on('message', (request: { batch: number; items: Item[] }) => {
    try {
      const results = request.items.map(item => work(shared, item));
      port.postMessage({ batch: request.batch, results });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      port.postMessage({ batch: request.batch, error: message });
    }
  });
}
