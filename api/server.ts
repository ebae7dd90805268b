import type { Server } from 'node:http';
import { isMain } from '../lib/main.js';
import { createRedis, PRODUCER_REDIS_OPTIONS } from '../lib/redis.js';
import { openRuntime, type Runtime } from '../lib/runtime.js';
import { onShutdown } from '../lib/shutdown.js';
import { buildApp } from './app.js';
import type { ReadinessCheck } from './routes/health.routes.js';

/** The web role: the API on PORT. Returns a stop function that closes the server and its connections. */
export async function startWeb(runtime: Runtime): Promise<() => Promise<void>> {
  const { config, logger, db } = runtime;
  const readiness: Record<string, ReadinessCheck> = {};
  const redis = config.queues.redisUrl
    ? createRedis(config.queues.redisUrl, PRODUCER_REDIS_OPTIONS, logger)
    : undefined;
  // Without REDIS_URL the queue backend is the same PostgreSQL, which the database check covers.
  if (redis) readiness.queue = async () => void (await redis.ping());

  const app = buildApp({ config, db, logger, readiness });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(config.port, () => resolve(s));
  });
  logger.info({ port: config.port }, 'web listening');
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    redis?.disconnect();
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

if (isMain(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
