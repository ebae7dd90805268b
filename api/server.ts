import http, { type Server } from 'node:http';
import type { Express } from 'express';
import type { Logger } from '../lib/logger.js';
import { runMain } from '../lib/main.js';
import { OutboxRelay } from '../jobs/outbox-relay.js';
import { openQueueBackend } from '../lib/queue-backend.js';
import { PIPELINE } from '../jobs/pipeline.js';
import type { Metrics } from '../lib/metrics.js';
import { openRuntime, type Runtime } from '../lib/runtime.js';
import { onShutdown } from '../lib/shutdown.js';
import { startStagingSweeper } from '../lib/audio/upload-staging.js';
import { buildApp } from './app.js';
import { clientErrorHandler } from './client-error.js';
import type { ReadinessCheck } from './routes/health.routes.js';

const STAGING_GRACE_MS = 5 * 60_000;

/** The web role: the API on PORT. Returns a stop function that closes the server and its connections. */
export async function startWeb(runtime: Runtime, metrics?: Metrics): Promise<() => Promise<void>> {
  const { config, logger, db, databaseUrl } = runtime;
  const backend = openQueueBackend({ config, databaseUrl, logger, role: 'producer' });
  const readiness: Record<string, ReadinessCheck> = { queue: () => backend.ping() };
  const stages = PIPELINE;
  const relay = new OutboxRelay(db, backend, stages, logger, { maxAttempts: config.worker.outboxMaxAttempts });
  relay.start();
  // Uploads cut off by a crash leave staged chunks; none can still be in flight after the body deadline.
  const stopSweeper = startStagingSweeper(db, logger, {
    maxAgeMs: config.audio.bodyTimeoutMs + STAGING_GRACE_MS,
    intervalMs: STAGING_GRACE_MS,
  });

  const app = buildApp({ config, db, logger, readiness, stages, relay, backend, metrics });
  const server = await listen(app, config.port, logger);
  logger.info({ port: config.port }, 'web listening');
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    stopSweeper();
    await relay.stop();
    await backend.close();
  };
}

/** The HTTP server of the web role (also under `npm start`), listening on `port`; unparsable requests get the envelope. */
export function listen(app: Express, port: number, logger: Logger): Promise<Server> {
  const server = http.createServer(app);
  server.on('clientError', clientErrorHandler(logger));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
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
