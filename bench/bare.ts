import type { QueueBackend } from '../lib/queue-backend.js';
import { STAGE_JOB_OPTIONS } from '../jobs/catalogue.js';
import { costs, settledTransactions, sleep, snapshot, type Costs, type Probe } from './measure.js';
import { spawnChild } from './proc.js';
import { BARE_QUEUE } from './stages.js';

// The bare BullMQ ceiling: N jobs enqueued with addBulk, then one worker process drains them.

export interface BareResult {
  jobs: number;
  jobsPerSec: number;
  enqueueMs: number;
  costs: Costs;
}

export async function runBare(opts: {
  /** A producer for the enqueue; closed before the worker starts so its connections do not blur the counts. */
  backend: QueueBackend;
  env: Record<string, string>;
  probe: Probe;
  jobs: number;
  timeoutMs: number;
}): Promise<BareResult> {
  const queue = opts.backend.queue(BARE_QUEUE);
  await queue.waitUntilReady();
  const t0 = Date.now();
  // Stage jobs' options (attempts, backoff, retention), so only the work per job differs.
  for (let i = 0; i < opts.jobs; i += 1000) {
    const n = Math.min(1000, opts.jobs - i);
    await queue.addBulk(
      Array.from({ length: n }, (_, k) => ({ name: 'row', data: { n: i + k }, opts: STAGE_JOB_OPTIONS })),
    );
  }
  const enqueueMs = Date.now() - t0;
  await opts.backend.close();
  const xactBefore = await settledTransactions(opts.probe);

  const worker = spawnChild('bare-worker.ts', opts.env);
  try {
    await worker.ready;
    const before = await snapshot(opts.probe, { worker });
    const deadline = Date.now() + opts.timeoutMs;
    let s = await worker.stats();
    while ((s.completed as number) < opts.jobs && Date.now() < deadline) {
      await sleep(100);
      s = await worker.stats();
    }
    const after = await snapshot(opts.probe, { worker });
    const done = after.children.worker!.completed as number;
    const first = s.first as number;
    const last = s.last as number;
    const units = done - (before.children.worker!.completed as number);
    const result = {
      jobs: done,
      jobsPerSec: done > 1 ? (done * 1000) / Math.max(1, last - first) : 0,
      enqueueMs,
      costs: costs(before, after, units),
    };
    await worker.stop();
    result.costs.xactPerUnit = ((await settledTransactions(opts.probe)) - xactBefore) / Math.max(1, done);
    return result;
  } finally {
    await worker.stop();
  }
}
