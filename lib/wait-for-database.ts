import type { Knex } from 'knex';
import type { Logger } from './logger.js';

/**
 * Waits until PostgreSQL answers, retrying with a capped backoff: a worker started during a database outage
 * (a deploy racing a failover) waits instead of exiting. Rejects only if `signal` aborts.
 */
export async function waitForDatabase(
  db: Knex,
  logger: Logger,
  opts: { signal?: AbortSignal; maxDelayMs?: number } = {},
): Promise<void> {
  const maxDelayMs = opts.maxDelayMs ?? 10_000;
  for (let attempt = 1, delay = 250; ; attempt++, delay = Math.min(delay * 2, maxDelayMs)) {
    opts.signal?.throwIfAborted();
    try {
      await db.raw('SELECT 1');
      if (attempt > 1) logger.info({ attempts: attempt }, 'PostgreSQL reachable');
      return;
    } catch (err) {
      // The error's code and message name the cause; the connection string (with its password) is never logged.
      const { code, message } = err as NodeJS.ErrnoException;
      logger.warn({ attempt, retry_in_ms: delay, code, err: message }, 'PostgreSQL unreachable: waiting');
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, delay);
      opts.signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    });
  }
}
