import { Redis } from 'ioredis';
import { pino } from 'pino';
import type { Knex } from 'knex';
import type { StageName } from '../jobs/queues.js';
import { REDACT_PATHS, type Logger } from '../lib/logger.js';
import { openQueueBackend, type QueueBackend } from '../lib/queue-backend.js';
import { openRuntime } from '../lib/runtime.js';

/** What the queue commands work on. Tests build one around a test database and the test stages. */
export interface CliContext {
  db: Knex;
  backend: QueueBackend;
  /** Stage names of the pipeline in order: PRODUCTION_STAGES in the real CLI. */
  pipeline: readonly StageName[];
  logger: Logger;
}

const BACKEND_WAIT_MS = 5000;

/** Opens the database and the producer queue backend, fails fast with one line if either is away, runs `fn`. */
export async function withCliContext<T>(
  pipeline: readonly StageName[],
  fn: (ctx: CliContext) => Promise<T>,
): Promise<T> {
  const runtime = await openRuntime('cli');
  const { config } = runtime;
  // stdout carries the command's output (a table, a JSON object): logs go to stderr.
  const logger = pino(
    { name: 'resona-cli', level: config.logLevel, redact: { paths: REDACT_PATHS, censor: '[redacted]' } },
    pino.destination({ dest: 2, sync: true }),
  );
  let backend: QueueBackend | undefined;
  try {
    await runtime.db.raw('SELECT 1').catch((err: Error) => {
      throw new Error(`cannot reach the database: ${err.message}`, { cause: err });
    });
    if (config.queues.redisUrl) await probeRedis(config.queues.redisUrl);
    backend = openQueueBackend({ config, databaseUrl: runtime.databaseUrl, logger, role: 'producer' });
    await waitForBackend(backend);
    return await fn({ db: runtime.db, backend, pipeline, logger });
  } finally {
    await backend?.close();
    await runtime.close();
  }
}

/** One connection attempt with the real reason on failure: the backend's own client would retry forever. */
async function probeRedis(url: string): Promise<void> {
  const probe = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    retryStrategy: () => null,
    maxRetriesPerRequest: 0,
    connectTimeout: 3000,
  });
  let lastError: Error | undefined;
  probe.on('error', (err: Error) => (lastError = err));
  try {
    await probe.connect();
    await probe.ping();
  } catch (err) {
    // Only host and port: the URL may carry a password.
    const { host } = new URL(url);
    throw new Error(`cannot reach Redis at ${host}: ${(lastError ?? (err as Error)).message}`, { cause: err });
  } finally {
    probe.disconnect();
  }
}

/** The producer client refuses commands until connected (no offline queue): poll until it answers. */
async function waitForBackend(backend: QueueBackend): Promise<void> {
  const deadline = Date.now() + BACKEND_WAIT_MS;
  for (;;) {
    try {
      return await backend.ping();
    } catch (err) {
      if (Date.now() > deadline)
        throw new Error(`queue backend (${backend.kind}) unreachable: ${(err as Error).message}`, { cause: err });
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
