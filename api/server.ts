import type { Server } from 'node:http';
import { runMain } from '../lib/main.js';
import { OutboxRelay } from '../jobs/enqueue.js';
import { openQueueBackend } from '../lib/queue-backend.js';
import { PIPELINE } from '../jobs/pipeline.js';
import type { Metrics } from '../lib/metrics.js';
import { openRuntime, type Runtime } from '../lib/runtime.js';
import { onShutdown } from '../lib/shutdown.js';
import { startStagingSweeper } from '../lib/audio/upload-staging.js';
import { buildApp } from './app.js';
import type { ReadinessCheck } from './routes/health.routes.js';

const STAGING_GRACE_MS = 5 * 60_000;

/** The web role: the API on PORT. Returns a stop function that closes the server and its connections. */
export async function startWeb(runtime: Runtime, metrics?: Metrics): Promise<() => Promise<void>> {
  const { config, logger, db, databaseUrl } = runtime;
  const backend = openQueueBackend({ config, databaseUrl, logger, role: 'producer' });
  const readiness: Record<string, ReadinessCheck> = { queue: () => backend.ping() };
  const stages = PIPELINE;
  const relay = new OutboxRelay(db, backend, stages, logger);
  relay.start();
  // Uploads cut off by a crash leave staged chunks; none can still be in flight after the body deadline.
  const stopSweeper = startStagingSweeper(db, logger, {
    maxAgeMs: config.audio.bodyTimeoutMs + STAGING_GRACE_MS,
    intervalMs: STAGING_GRACE_MS,
  });

  const app = buildApp({ config, db, logger, readiness, stages, relay, backend, metrics });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(config.port, () => resolve(s));
  });
  logger.info({ port: config.port }, 'web listening');
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    stopSweeper();
    await relay.stop();
    await backend.close();
  };
}

async function main(): Promise<void> {
  const runtime = await openRuntime('web');
  const stop = await startWeb(runtime);
  onShutdown(runtime.logger, async () => {
    await stop();
    await runtime.close();
  });
}

runMain(import.meta.url, main);
