import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../api/app.js';
import { OutboxRelay } from '../jobs/enqueue.js';
import type { StageName } from '../jobs/queues.js';
import { openQueueBackend } from '../lib/queue-backend.js';
import { openRuntime } from '../lib/runtime.js';
import { serveParent } from './proc.js';
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
const server: Server = await new Promise((resolve) => {
  const s = app.listen(0, '127.0.0.1', () => resolve(s));
});
// Keep-alive sockets from the load generator must not outlive the test by much.
server.keepAliveTimeout = 5000;

const parent = serveParent(db, async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await relay.stop();
  await backend.close();
  await runtime.close();
});
parent.ready({ port: (server.address() as AddressInfo).port });
