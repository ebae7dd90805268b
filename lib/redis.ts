import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from './logger.js';

/** Producers (API, CLI) fail fast when Redis is away, so callers can answer or fall back at once. */
export const PRODUCER_REDIS_OPTIONS: RedisOptions = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
  connectTimeout: 2000,
};
/** Workers wait for Redis forever: a restart must not kill them. */
export const WORKER_REDIS_OPTIONS: RedisOptions = { maxRetriesPerRequest: null };

export function createRedis(url: string, options: RedisOptions, logger: Logger): Redis {
  const redis = new Redis(url, options);
  // Without a listener ioredis reports every reconnect failure as an unhandled error event.
  redis.on('error', (err) => logger.warn({ err: err.message }, 'redis connection error'));
  return redis;
}

/** BullMQ loses jobs when Redis evicts keys or forgets writes on restart: say so loudly at boot. */
export async function warnOnUnsafeRedis(redis: Redis, logger: Logger): Promise<void> {
  try {
    const [, policy] = (await redis.config('GET', 'maxmemory-policy')) as [string, string];
    const [, aof] = (await redis.config('GET', 'appendonly')) as [string, string];
    if (policy !== 'noeviction') {
      logger.warn(
        `IMPORTANT: Redis maxmemory-policy is "${policy}"; it must be "noeviction" or queued jobs can be lost`,
      );
    }
    if (aof !== 'yes')
      logger.warn('IMPORTANT: Redis runs without AOF (appendonly no); a Redis restart loses recent queue writes');
  } catch (err) {
    logger.warn(
      { err: (err as Error).message },
      'could not read Redis configuration (CONFIG GET refused?); check noeviction and AOF by hand',
    );
  }
}
