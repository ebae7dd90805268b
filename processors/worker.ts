import http from 'node:http';
import { UnrecoverableError, type Processor, type Worker } from 'bullmq';
import { OutboxRelay } from '../jobs/enqueue.js';
import { PIPELINE } from '../jobs/pipeline.js';
import type { StageName } from '../jobs/queues.js';
import { WEBHOOK_QUEUE } from '../jobs/webhooks.js';
import { runMain } from '../lib/main.js';
import { Metrics, observeJob } from '../lib/metrics.js';
import { openQueueBackend } from '../lib/queue-backend.js';
import { openRuntime, type Runtime } from '../lib/runtime.js';
import { onShutdown } from '../lib/shutdown.js';
import { PROCESSORS, processorsFor } from './registry.js';
import type { StageDefinition } from './stage.js';
import { SHUTDOWN_REASON } from './stage-runner/outcome.js';
import { databasePorts } from './stage-runner/ports.js';
import { runStage } from './stage-runner/run-stage.js';
import { deliverWebhook } from './webhooks/deliver.js';

export interface WorkerOptions {
  /** The stage names new analyses run through (web and CLI read the same list). Default jobs/pipeline.ts. */
  pipeline?: readonly StageName[];
  /** The processors this build has. Default processors/registry.ts. */
  processors?: readonly StageDefinition[];
  metrics?: Metrics;
  /** How long a stop waits for running stages before handing them back to the queue. */
  drainMs?: number;
}

/**
 * The worker role: one BullMQ Worker per pipeline stage named in WORKER_QUEUES, plus an outbox relay
 * as a backstop for analyses whose web process died before publishing. Returns a draining stop function.
 */
export async function startWorker(runtime: Runtime, opts: WorkerOptions = {}): Promise<() => Promise<void>> {
  const { config, logger, db, databaseUrl } = runtime;
  const pipeline = opts.pipeline ?? PIPELINE;
  const stages = processorsFor(pipeline, opts.processors ?? PROCESSORS);
  await db.raw('SELECT 1');
  const backend = openQueueBackend({ config, databaseUrl, logger, role: 'worker' });
  const relay = new OutboxRelay(db, backend, pipeline, logger);
  relay.start();

  const ports = databasePorts(db, config.audio.encryptionKey);
  const workers: Worker[] = [];
  for (const stage of stages) {
    if (!config.queues.workerQueues.includes(stage.name)) continue;
    // The processor needs its own worker (for rate limiting), which exists only once built from it.
    const ref: { worker?: Worker } = {};
    const processor = runStage(stage, { ports, logger, config, metrics: opts.metrics, worker: () => ref.worker });
    // Locks renew at half their lifetime; a dead worker's jobs are found stalled and handed back after ~lockMs.
    const timing = { lockDuration: config.queues.lockMs, stalledInterval: config.queues.lockMs };
    const concurrency = config.queues.concurrency[stage.name] ?? stage.concurrency;
    // BullMQ on Redis applies Worker.rateLimit() (a provider's 429) only on a worker that has a limiter.
    const limiter = backend.kind === 'redis' ? { limiter: { max: Number.MAX_SAFE_INTEGER, duration: 1000 } } : {};
    ref.worker = backend.worker(stage.name, processor, { concurrency, ...timing, ...limiter });
    workers.push(ref.worker);
  }
  if (config.queues.workerQueues.includes(WEBHOOK_QUEUE)) {
    const deliver = timed(WEBHOOK_QUEUE, deliverWebhook(db, config.webhooks, logger), opts.metrics);
    workers.push(backend.worker(WEBHOOK_QUEUE, deliver, { concurrency: config.queues.concurrency.webhooks ?? 20 }));
  }
  logger.info(
    { queues: workers.map((w) => w.name), backend: backend.kind },
    workers.length ? 'worker started' : 'worker started; no stage processors are registered for its queues',
  );
  return async () => {
    // Running stages get until drainMs to finish; then they are handed back, not failed, for another worker.
    const handBack = setTimeout(() => workers.forEach((w) => w.cancelAllJobs(SHUTDOWN_REASON)), opts.drainMs ?? 20_000);
    // close() stops fetching and waits for active jobs to finish.
    await Promise.all(workers.map((w) => w.close())).finally(() => clearTimeout(handBack));
    await relay.stop();
    await backend.close();
  };
}

/** Job metrics for processors without the stage wrapper. */
function timed(queue: string, processor: Processor, metrics?: Metrics): Processor {
  return async (job, token, signal) => {
    const started = Date.now();
    try {
      const result = await processor(job, token, signal);
      observeJob(metrics, queue, 'completed', (Date.now() - started) / 1000);
      return result;
    } catch (err) {
      const final = err instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      observeJob(metrics, queue, final ? 'failed' : 'retry', (Date.now() - started) / 1000);
      throw err;
    }
  };
}

/** A worker's own /metrics, for Prometheus to scrape every worker process. */
function serveMetrics(metrics: Metrics, port: number): http.Server {
  return http
    .createServer(async (req, res) => {
      if (req.url !== '/metrics') return void res.writeHead(404).end();
      res.setHeader('Content-Type', metrics.registry.contentType);
      res.end(await metrics.registry.metrics());
    })
    .listen(port);
}

async function main(): Promise<void> {
  const runtime = await openRuntime('worker');
  const metrics = new Metrics();
  const stop = await startWorker(runtime, { metrics });
  const server = runtime.config.metricsPort ? serveMetrics(metrics, runtime.config.metricsPort) : undefined;
  onShutdown(runtime.logger, async () => {
    server?.close();
    await stop();
    await runtime.close();
  });
}

runMain(import.meta.url, main);
