import type { Worker } from 'bullmq';
import { OutboxRelay } from '../jobs/enqueue.js';
import { isMain } from '../lib/main.js';
import { openQueueBackend } from '../lib/queue-backend.js';
import { openRuntime, type Runtime } from '../lib/runtime.js';
import { onShutdown } from '../lib/shutdown.js';
import { checkPipeline, PRODUCTION_STAGES } from './registry.js';
import { runStage } from './run-stage.js';
import type { StageDefinition } from './stage.js';

/**
 * The worker role: one BullMQ Worker per pipeline stage named in WORKER_QUEUES, plus an outbox relay
 * as a backstop for analyses whose web process died before publishing. Returns a draining stop function.
 */
export async function startWorker(
  runtime: Runtime,
  stages: readonly StageDefinition[] = PRODUCTION_STAGES,
): Promise<() => Promise<void>> {
  const { config, logger, db, databaseUrl } = runtime;
  checkPipeline(stages);
  await db.raw('SELECT 1');
  const backend = openQueueBackend({ config, databaseUrl, logger, role: 'worker' });
  const names = stages.map((s) => s.name);
  const relay = new OutboxRelay(db, backend, names, logger);
  relay.start();

  const workers: Worker[] = [];
  stages.forEach((stage, index) => {
    if (!config.queues.workerQueues.includes(stage.name)) return;
    const processor = runStage(stage, index === stages.length - 1, db, logger);
    workers.push(backend.worker(stage.name, processor, { concurrency: stage.concurrency }));
  });
  logger.info(
    { queues: workers.map((w) => w.name), backend: backend.kind },
    workers.length ? 'worker started' : 'worker started; no stage processors are registered for its queues',
  );
  return async () => {
    // close() stops fetching and waits for active jobs to finish.
    await Promise.all(workers.map((w) => w.close()));
    await relay.stop();
    await backend.close();
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
