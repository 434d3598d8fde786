/**
 * Runs batches on worker threads and hands their results back in input order, with a bounded
 * number in flight (the reader never gets far ahead of the writer).
 */
import { Worker } from 'node:worker_threads';
import type { BatchResult } from './batch.ts';
import type { WorkerJob, WorkerSetup } from './worker.ts';

export class RunPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, { resolve: (r: BatchResult) => void; reject: (e: Error) => void }>();
  private next = 0;

  constructor(size: number, setup: WorkerSetup) {
    this.workers = Array.from({ length: size }, () => {
      // Beside this file: the tsx shim in cli/run/, or the bundled worker in dist/.
      const w = new Worker(new URL('./worker-thread.js', import.meta.url), { workerData: setup });
      w.on('message', (m: BatchResult & { id: number }) => {
        this.pending.get(m.id)?.resolve(m);
        this.pending.delete(m.id);
      });
      w.on('error', (e) => {
        for (const p of this.pending.values()) p.reject(e);
        this.pending.clear();
      });
      return w;
    });
  }

  /** Queues a chunk of whole lines (its buffer is transferred); the promise settles with its result. */
  run(bytes: Uint8Array): Promise<BatchResult> {
    const id = this.next++;
    const job: WorkerJob = { id, bytes };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workers[id % this.workers.length]!.postMessage(job, [bytes.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
