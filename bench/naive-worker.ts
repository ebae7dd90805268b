import { openQueueBackend } from '../lib/queue-backend.js';
import { openRuntime } from '../lib/runtime.js';
import { serveParent } from './proc.js';
import { BENCH_STAGE_NAMES } from './stages.js';

// The naive program's worker: one BullMQ Worker per stage (the engine's concurrency and lock settings), each job
// inserting one row. No payload validation, no status mirror, no results store, no timeout, no webhooks.

const runtime = await openRuntime('bench-naive-worker');
const { config, logger, db, databaseUrl } = runtime;
const backend = openQueueBackend({ config, databaseUrl, logger, role: 'worker' });
const concurrency = Number(process.env.BENCH_STAGE_CONCURRENCY ?? 50);
const parent = serveParent(db, async () => {
  await Promise.all(workers.map((w) => w.close()));
  await backend.close();
  await runtime.close();
});
const timing = { lockDuration: config.queues.lockMs, stalledInterval: config.queues.lockMs };
const workers = BENCH_STAGE_NAMES.map((stage) =>
  backend.worker(
    `naive-${stage}`,
    async (job) => {
      await db('naive_results').insert({ analysis_id: (job.data as { analysis_id: string }).analysis_id, stage });
    },
    { concurrency, ...timing },
  ),
);
await Promise.all(workers.map((w) => w.waitUntilReady()));
parent.ready();
