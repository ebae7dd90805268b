import { Metrics } from '../lib/metrics.js';
import { openRuntime } from '../lib/runtime.js';
import { startWorker } from '../processors/worker.js';
import { serveParent } from './proc.js';
import { benchStages } from './stages.js';

// The worker role as processors/worker.ts main() starts it (with job metrics), running the five bench stages.

const runtime = await openRuntime('bench-worker');
const concurrency = Number(process.env.BENCH_STAGE_CONCURRENCY ?? 50);
// Counted before startWorker so no statement escapes the counter.
const parent = serveParent(runtime.db, async () => {
  await stop();
  await runtime.close();
});
const stages = benchStages(concurrency);
const stop = await startWorker(runtime, {
  pipeline: stages.map((s) => s.name),
  processors: stages,
  metrics: new Metrics(),
});
parent.ready();
