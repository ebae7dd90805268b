import {
  createPostgresBackend,
  FlowProducer as RedisFlowProducer,
  Queue as RedisQueue,
  Worker as RedisWorker,
  withBackend,
  type FlowProducer,
  type Processor,
  type Queue,
  type Worker,
  type WorkerOptions,
} from 'bullmq';
import type { Redis } from 'ioredis';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { createRedis, PRODUCER_REDIS_OPTIONS, warnOnUnsafeRedis, WORKER_REDIS_OPTIONS } from './redis.js';

type WorkerSettings = Omit<WorkerOptions, 'connection' | 'prefix'>;

/**
 * The one place that knows which queue backend runs: BullMQ on Redis when REDIS_URL is set,
 * BullMQ's PostgreSQL backend (schema `bullmq` of the same database) otherwise. Everything else
 * uses Queue, Worker and FlowProducer through this and never sees the difference.
 */
export interface QueueBackend {
  readonly kind: 'redis' | 'postgres';
  queue(name: string): Queue;
  flowProducer(): FlowProducer;
  worker(name: string, processor: Processor, options: WorkerSettings): Worker;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export function openQueueBackend(opts: {
  config: Config;
  databaseUrl: string;
  logger: Logger;
  role: 'producer' | 'worker';
}): QueueBackend {
  const { config, logger } = opts;
  const prefix = config.queues.prefix;
  const closers: Array<() => Promise<unknown>> = [];
  const queues = new Map<string, Queue>();
  let flow: FlowProducer | undefined;
  const onError = (what: string) => (err: Error) => logger.warn({ err: err.message, what }, 'queue backend error');
  // Without a listener BullMQ prints every reconnect failure to stderr; the connection already logs the outage.
  const listened = (name: string, q: Queue): Queue => {
    q.on('error', (err: Error) => logger.debug({ err: err.message, queue: name }, 'queue error'));
    return q;
  };

  if (config.queues.redisUrl) {
    const redisUrl = config.queues.redisUrl;
    const shared: Redis = createRedis(
      redisUrl,
      opts.role === 'producer' ? PRODUCER_REDIS_OPTIONS : WORKER_REDIS_OPTIONS,
      logger,
    );
    closers.push(async () => shared.disconnect());
    if (opts.role === 'worker') void warnOnUnsafeRedis(shared, logger);
    return {
      kind: 'redis',
      queue: (name) => cached(queues, name, () => listened(name, new RedisQueue(name, { connection: shared, prefix }))),
      flowProducer: () => (flow ??= new RedisFlowProducer({ connection: shared, prefix })),
      worker: (name, processor, options) => {
        // Workers block on their own connection, which must retry forever.
        const w = new RedisWorker(name, processor, {
          ...options,
          prefix,
          connection: createRedis(redisUrl, WORKER_REDIS_OPTIONS, logger),
        });
        w.on('error', onError(`worker ${name}`));
        return w;
      },
      ping: async () => void (await shared.ping()),
      close: () => closeAll(queues, flow, closers),
    };
  }

  const pg = withBackend(createPostgresBackend);
  // Every Queue, Worker and FlowProducer opens its own pool: keep each small so a process stays well under max_connections.
  const connection = { connectionString: opts.databaseUrl, schema: 'bullmq', migrate: true, max: 4 };
  return {
    kind: 'postgres',
    queue: (name) =>
      cached(queues, name, () => listened(name, new pg.Queue(name, { connection, prefix }) as unknown as Queue)),
    flowProducer: () => (flow ??= new pg.FlowProducer({ connection, prefix }) as unknown as FlowProducer),
    worker: (name, processor, options) => {
      const w = new pg.Worker(name, processor, { ...options, prefix, connection }) as unknown as Worker;
      w.on('error', onError(`worker ${name}`));
      return w;
    },
    ping: async () => {
      await cached(
        queues,
        '__ping__',
        () => new pg.Queue('__ping__', { connection, prefix }) as unknown as Queue,
      ).getJobCounts('waiting');
    },
    close: () => closeAll(queues, flow, closers),
  };
}

function cached(queues: Map<string, Queue>, name: string, make: () => Queue): Queue {
  let q = queues.get(name);
  if (!q) {
    q = make();
    queues.set(name, q);
  }
  return q;
}

async function closeAll(
  queues: Map<string, Queue>,
  flow: FlowProducer | undefined,
  closers: Array<() => Promise<unknown>>,
) {
  await Promise.all([...queues.values()].map((q) => q.close()));
  await flow?.close();
  for (const close of closers) await close();
}
