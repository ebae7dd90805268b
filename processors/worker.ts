import { UnrecoverableError, type Processor, type Worker } from 'bullmq';
import { OutboxRelay } from '../jobs/outbox-relay.js';
import { PERSONALISE_QUEUE, upsertNightSchedulers } from '../jobs/personalise.js';
import { PIPELINE } from '../jobs/pipeline.js';
import type { StageName } from '../jobs/queues.js';
import { WEBHOOK_QUEUE } from '../jobs/webhooks.js';
import { runMain } from '../lib/main.js';
import { Metrics, observeJob } from '../lib/metrics.js';
import { openQueueBackend } from '../lib/queue-backend.js';
import { openRuntime, type Runtime } from '../lib/runtime.js';
import { serveMetrics } from '../lib/metrics-server.js';
import { onShutdown } from '../lib/shutdown.js';
import { waitForDatabase } from '../lib/wait-for-database.js';
import { PROCESSORS, processorsFor } from './registry.js';
import type { StageDefinition } from './stage.js';
import { SHUTDOWN_REASON } from './stage-runner/outcome.js';
import { databasePorts } from './stage-runner/ports.js';
import { runStage } from './stage-runner/run-stage.js';
import { startRetentionSweeper } from './retention-sweeper.js';
import { startStallSweeper } from './stall-sweeper.js';
import { personaliseProcessor } from './personalise/processor.js';
import { startAckTimer } from './webhooks/ack-timer.js';
import { deliverWebhook } from './webhooks/deliver.js';
import { escalationJobFailed } from './webhooks/escalation.js';

export interface WorkerOptions {
  /** The stage names new analyses run through (web and CLI read the same list). Default jobs/pipeline.ts. */
  pipeline?: readonly StageName[];
  /** The processors this build has. Default processors/registry.ts. */
  processors?: readonly StageDefinition[];
  metrics?: Metrics;
  /** How long a stop waits for running stages before handing them back. Default WORKER_DRAIN_MS, else the longest stage timeout. */
  drainMs?: number;
}

/** Stops the worker, draining first; `drainMs` tells a shutdown handler how long that may take. */
export type WorkerStop = (() => Promise<void>) & { drainMs: number };

/**
 * The worker role: one BullMQ Worker per pipeline stage named in WORKER_QUEUES, plus an outbox relay
 * as a backstop for analyses whose web process died before publishing. Returns a draining stop function.
 */
export async function startWorker(runtime: Runtime, opts: WorkerOptions = {}): Promise<WorkerStop> {
  const { config, logger, db, databaseUrl } = runtime;
  const pipeline = opts.pipeline ?? PIPELINE;
  const stages = processorsFor(pipeline, opts.processors ?? PROCESSORS);
  const served = stages.filter((s) => config.queues.workerQueues.includes(s.name));
  const drainMs = opts.drainMs ?? config.worker.drainMs ?? Math.max(20_000, ...served.map((s) => s.timeoutMs));
  await waitForDatabase(db, logger);
  const backend = openQueueBackend({ config, databaseUrl, logger, role: 'worker' });
  const relay = new OutboxRelay(db, backend, pipeline, logger, { maxAttempts: config.worker.outboxMaxAttempts });
  relay.start();
  const sweeper = startStallSweeper({
    db,
    backend,
    pipeline,
    logger,
    everyMs: config.worker.stallSweepMs,
    staleMs: config.queues.lockMs,
  });

  const ports = databasePorts(db, config.audio.encryptionKey);
  const retention = startRetentionSweeper(db, logger, {
    everyMs: config.worker.retentionSweepMs,
    eraseAudio: config.audio.retention === 'after_transcription',
    failedGraceMs: config.worker.failedAudioGraceMs,
  });
  // Without ESCALATION_WEBHOOK_URL escalations wait in the clinicians' queue: nothing is sent, so nothing is re-sent.
  const ackTimer =
    config.queues.workerQueues.includes(WEBHOOK_QUEUE) && config.escalations.webhookUrl
      ? startAckTimer(db, logger, config.escalations.ackMinutes, opts.metrics)
      : undefined;
  const workers: Worker[] = [];
  // Locks renew at half their lifetime; a dead worker's jobs are found stalled and handed back after ~lockMs.
  const timing = { lockDuration: config.queues.lockMs, stalledInterval: config.queues.lockMs };
  for (const stage of served) {
    // The processor needs its own worker (for rate limiting), which exists only once built from it.
    const ref: { worker?: Worker } = {};
    const processor = runStage(stage, { ports, logger, config, metrics: opts.metrics, worker: () => ref.worker });
    const concurrency = config.queues.concurrency[stage.name] ?? stage.concurrency;
    // BullMQ on Redis applies Worker.rateLimit() (a provider's 429) only on a worker that has a limiter.
    const limiter = backend.kind === 'redis' ? { limiter: { max: Number.MAX_SAFE_INTEGER, duration: 1000 } } : {};
    ref.worker = backend.worker(stage.name, processor, { concurrency, ...timing, ...limiter });
    // BullMQ fails a job that stalled past its limit without calling the processor: settle its analysis.
    ref.worker.on('failed', (job) => sweeper.onFailed(job));
    workers.push(ref.worker);
  }
  if (config.queues.workerQueues.includes(WEBHOOK_QUEUE)) {
    const deliver = timed(
      WEBHOOK_QUEUE,
      deliverWebhook(db, config.webhooks, logger, { escalations: config.escalations, metrics: opts.metrics }),
      opts.metrics,
    );
    const webhooks = backend.worker(WEBHOOK_QUEUE, deliver, {
      concurrency: config.queues.concurrency.webhooks ?? 20,
      ...timing,
    });
    // BullMQ fails a delivery that stalled past its limit without calling the processor: settle its escalation.
    webhooks.on('failed', (job) =>
      escalationJobFailed(job, { db, logger, metrics: opts.metrics }).catch((err: unknown) =>
        logger.error({ err: (err as Error).message }, 'settling a failed escalation delivery failed'),
      ),
    );
    workers.push(webhooks);
  }
  if (config.queues.workerQueues.includes(PERSONALISE_QUEUE)) {
    // Every serving worker upserts the same schedulers (idempotent): 03:00 in each configured time zone.
    await upsertNightSchedulers(backend.queue(PERSONALISE_QUEUE), config.personalise.timeZones);
    const night = timed(PERSONALISE_QUEUE, personaliseProcessor(db, config, logger), opts.metrics);
    workers.push(backend.worker(PERSONALISE_QUEUE, night, { concurrency: 1, ...timing }));
  }
  logger.info(
    { queues: workers.map((w) => w.name), backend: backend.kind },
    workers.length ? 'worker started' : 'worker started; no stage processors are registered for its queues',
  );
  const stop = async () => {
    // Running stages get until drainMs to finish; then they are handed back, not failed, for another worker.
    const handBack = setTimeout(() => workers.forEach((w) => w.cancelAllJobs(SHUTDOWN_REASON)), drainMs);
    // close() stops fetching and waits for active jobs to finish.
    await Promise.all(workers.map((w) => w.close())).finally(() => clearTimeout(handBack));
    await sweeper.stop();
    await retention.stop();
    await ackTimer?.stop();
    await relay.stop();
    await backend.close();
  };
  return Object.assign(stop, { drainMs });
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

async function main(): Promise<void> {
  const runtime = await openRuntime('worker');
  const { config, logger } = runtime;
  const metrics = new Metrics();
  // Listening (or knowingly without metrics) before any job is taken.
  const server = await serveMetrics(metrics, { port: config.metricsPort, host: config.worker.metricsHost, logger });
  const stop = await startWorker(runtime, { metrics });
  // The forced exit comes only after the drain and the hand-back had their time.
  const forceAfterMs = stop.drainMs + 15_000;
  onShutdown(
    logger,
    async () => {
      server?.close();
      await stop();
      await runtime.close();
    },
    forceAfterMs,
  );
}

runMain(import.meta.url, main);
