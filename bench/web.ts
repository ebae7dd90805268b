import { buildApp } from '../api/app.js';
import { OutboxRelay } from '../jobs/outbox-relay.js';
import type { StageName } from '../jobs/queues.js';
import { openQueueBackend } from '../lib/queue-backend.js';
import { openRuntime } from '../lib/runtime.js';
import { serveApp } from './proc.js';
import { BENCH_STAGE_NAMES } from './stages.js';

// The web role as api/server.ts builds it, with the bench pipeline's stage names (or BENCH_PIPELINE's), on an
// ephemeral loopback port.

const runtime = await openRuntime('bench-web');
const { config, logger, db, databaseUrl } = runtime;
const backend = openQueueBackend({ config, databaseUrl, logger, role: 'producer' });
const stages = (process.env.BENCH_PIPELINE?.split(',') as StageName[] | undefined) ?? [...BENCH_STAGE_NAMES];
const relay = new OutboxRelay(db, backend, stages, logger);
relay.start();
const app = buildApp({ config, db, logger, readiness: { queue: () => backend.ping() }, stages, relay, backend });
await serveApp(app, db, async () => {
  await relay.stop();
  await backend.close();
  await runtime.close();
});
