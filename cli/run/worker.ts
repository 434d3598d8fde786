/**
 * A worker thread of `collectflow run`: compiles the plan once, then runs the chunks it is sent.
 * Chunks come and go as bytes (transferred, not copied): decoding and encoding happen here.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { FlowDocument, FlowEvent } from '../../schemas/generated/types.ts';
import { compile } from '../../runtime/flow/index.ts';
import { fileResolver, type LoadedDocument } from '../documents.ts';
import { runBatch, type BatchContext } from './batch.ts';

export interface WorkerSetup {
  flow: FlowDocument;
  pool: LoadedDocument[];
  checkReferences: boolean;
  events: Array<[string, FlowEvent[]]>;
  now: string;
}

export interface WorkerJob {
  id: number;
  /** Whole lines of UTF-8 JSONL. */
  bytes: Uint8Array;
}

const setup = workerData as WorkerSetup;
const ctx: BatchContext = {
  // The main thread compiled the same documents first: this cannot fail where it did not.
  plan: compile(setup.flow, { resolve: fileResolver(setup.pool), trace: true, checkReferences: setup.checkReferences }),
  events: new Map(setup.events),
  now: setup.now,
};
parentPort!.on('message', (job: WorkerJob) => {
  const result = runBatch(ctx, job.bytes);
  parentPort!.postMessage({ id: job.id, ...result }, [result.bytes.buffer as ArrayBuffer]);
});
