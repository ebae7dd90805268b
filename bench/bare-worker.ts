import { openRuntime } from '../lib/runtime.js';
import { openQueueBackend } from '../lib/queue-backend.js';
import { serveParent } from './proc.js';
import { BARE_QUEUE } from './stages.js';

// The bare BullMQ ceiling: one Worker, concurrency 50, each job inserts one row through Knex. No wrapper, no status.

const runtime = await openRuntime('bench-bare');
const { config, logger, db, databaseUrl } = runtime;
const backend = openQueueBackend({ config, databaseUrl, logger, role: 'worker' });
let first = 0;
let last = 0;
let completed = 0;
const parent = serveParent(
  db,
  async () => {
    await worker.close();
    await backend.close();
    await runtime.close();
  },
  () => ({ first, last, completed }),
);
const worker = backend.worker(
  BARE_QUEUE,
  async (job) => {
    first ||= Date.now();
    await db('bench_bare').insert({ job_id: job.id });
  },
  { concurrency: Number(process.env.BENCH_BARE_CONCURRENCY ?? 50) },
);
worker.on('completed', () => {
  completed++;
  last = Date.now();
});
await worker.waitUntilReady();
parent.ready();
