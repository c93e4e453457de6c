import path from 'node:path';
import { batchesOf, runPool } from '../../src/engine/worker-pool.js';

const script = path.resolve('__tests__/fixtures/workers/square.mjs');
const shared = { add: 1, failOn: -1, crashOn: -2 };

describe('worker pool', () => {
  it('batches in order and never leaves an item out', () => {
    expect(batchesOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batchesOf([], 3)).toEqual([]);
    expect(batchesOf([1, 2], 0)).toEqual([[1], [2]]);
  });

  it('gives one result per item, in input order, across workers and batches', async () => {
    const items = Array.from({ length: 103 }, (_, i) => i);
    const results = await runPool<typeof shared, number, number>(items, {
      script,
      workers: 3,
      batchSize: 7,
      shared
    });
    expect(results).toEqual(items.map(n => n * n + 1));
  });

  it('resolves an empty list without starting a worker', async () => {
    await expect(runPool([], { script, workers: 2, batchSize: 5, shared })).resolves.toEqual([]);
  });

  it('rejects when a worker reports an error or dies, so the caller can fall back', async () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    await expect(
      runPool([...items, -1], { script, workers: 2, batchSize: 4, shared })
    ).rejects.toThrow('refused -1');
    await expect(
      runPool([...items, -2], { script, workers: 2, batchSize: 4, shared })
    ).rejects.toThrow('exited early (code 3)');
    await expect(
      runPool(items, {
        script: path.resolve('no-such-worker.mjs'),
        workers: 1,
        batchSize: 4,
        shared
      })
    ).rejects.toThrow();
  });
});
