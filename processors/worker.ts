import { isMain } from '../lib/main.js';
import { createRedis, warnOnUnsafeRedis, WORKER_REDIS_OPTIONS } from '../lib/redis.js';
import { openRuntime, type Runtime } from '../lib/runtime.js';
import { onShutdown } from '../lib/shutdown.js';

/**
 * The worker role. It checks the queue backend at boot; no stage processors exist yet
 * (they arrive with the job engine), so it serves no queue and waits for a signal.
 */
export async function startWorker(runtime: Runtime): Promise<() => Promise<void>> {
  const { config, logger, db } = runtime;
  await db.raw('SELECT 1');
  const redis = config.queues.redisUrl ? createRedis(config.queues.redisUrl, WORKER_REDIS_OPTIONS, logger) : undefined;
  if (redis) await warnOnUnsafeRedis(redis, logger);
  logger.info(
    { queues: config.queues.workerQueues, backend: redis ? 'redis' : 'postgres' },
    'worker started; no stage processors are registered yet',
  );
  return async () => {
    redis?.disconnect();
  };
}

async function main(): Promise<void> {
  const runtime = await openRuntime('worker');
  const stop = await startWorker(runtime);
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
