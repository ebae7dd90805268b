import { startWeb } from '../api/server.js';
import { migrateLatest } from '../lib/db.js';
import { runMain } from '../lib/main.js';
import { openRuntime } from '../lib/runtime.js';
import { onShutdown } from '../lib/shutdown.js';
import { startWorker } from '../processors/worker.js';
import { Metrics } from '../lib/metrics.js';

/** `npm start`: release (migrations), web and worker in one process, for local use on the embedded defaults. */
async function main(): Promise<void> {
  const runtime = await openRuntime('local');
  const applied = await migrateLatest(runtime.db);
  if (applied.length) runtime.logger.info({ applied }, 'migrations applied');
  // One registry: the web's /metrics then shows the worker's job timings too.
  const metrics = new Metrics();
  const stopWorker = await startWorker(runtime, { metrics });
  const stopWeb = await startWeb(runtime, metrics);
  onShutdown(
    runtime.logger,
    async () => {
      await stopWeb();
      await stopWorker();
      await runtime.close();
    },
    stopWorker.drainMs + 15_000,
  );
}

runMain(import.meta.url, main);
