import { openRuntime } from '../lib/runtime.js';
import { startWorker } from '../processors/worker.js';
import { serveParent } from './proc.js';
import { benchStages } from './stages.js';

// The worker role (processors/worker.ts startWorker) running the four bench stages, one process.

const runtime = await openRuntime('bench-worker');
const concurrency = Number(process.env.BENCH_STAGE_CONCURRENCY ?? 50);
// Counted before startWorker so no statement escapes the counter.
const parent = serveParent(runtime.db, async () => {
  await stop();
  await runtime.close();
});
const stop = await startWorker(runtime, benchStages(concurrency));
parent.ready();
