import { randomBytes } from 'node:crypto';
import { stageAnalysis } from '../../../jobs/enqueue.js';
import { QUEUE_NAMES } from '../../../jobs/queues.js';
import { createLogger } from '../../../lib/logger.js';
import { openQueueBackend } from '../../../lib/queue-backend.js';
import { AnalysisStore } from '../../../lib/analyses/analysis-store.js';
import type { Runtime } from '../../../lib/runtime.js';
import type { StageDefinition } from '../../../processors/stage.js';
import { startWorker } from '../../../processors/worker.js';
import { publishOutbox } from '../../../cli/queue/analyses.js';
import type { CliContext } from '../../../cli/context.js';
import { JOB_STATES, type JobState } from '../../../cli/commands/stats.command.js';
import { testConfig } from '../../setup/app.js';
import { waitUntil } from '../../setup/wait.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import type { BackendKind } from '../../setup/engine.js';
import { allTestStages } from '../../setup/test-stages.js';

/** A test database, a producer queue backend under its own prefix, and the CLI context over the test stages. */
export interface QueueFixture {
  t: TestDatabase;
  ctx: CliContext;
  runtime: Runtime;
  /** Runs a worker over `stages` until every given analysis has ended, then stops it. */
  runUntilEnded(ids: string[], stages?: StageDefinition[]): Promise<void>;
  counts(queue: string): Promise<Record<JobState, number>>;
  stop(): Promise<void>;
}

export async function queueFixture(kind: BackendKind): Promise<QueueFixture> {
  const t = await createTestDatabase();
  const env: Record<string, string> = { QUEUE_PREFIX: `{c${randomBytes(4).toString('hex')}}` };
  if (kind === 'redis') env.REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const config = testConfig(t.url, env);
  const logger = createLogger('silent');
  const runtime: Runtime = { config, logger, db: t.db, databaseUrl: t.url, close: async () => {} };
  const backend = openQueueBackend({ config, databaseUrl: t.url, logger, role: 'producer' });
  const ctx: CliContext = { db: t.db, backend, pipeline: allTestStages().map((s) => s.name), logger };
  return {
    t,
    ctx,
    runtime,
    runUntilEnded: async (ids, stages = allTestStages()) => {
      const stop = await startWorker(runtime, { pipeline: stages.map((s) => s.name), processors: stages });
      try {
        await waitUntilEnded(t, ids);
      } finally {
        await stop();
      }
    },
    counts: async (queue) => (await backend.queue(queue).getJobCounts(...JOB_STATES)) as Record<JobState, number>,
    stop: async () => {
      for (const q of QUEUE_NAMES) await backend.queue(q).obliterate({ force: true });
      await backend.close();
      await t.drop();
    },
  };
}

/** Creates analyses the way the API does (row and outbox entry in one transaction), then publishes them. */
export async function submitAnalyses(f: QueueFixture, n: number, transcript = 'Niko sawa, just tired') {
  const [user] = (await f.t
    .db('users')
    .insert({ email: `u${randomBytes(4).toString('hex')}@example.org`, role: 'user' })
    .returning('id')) as Array<{ id: string }>;
  const repo = new AnalysisStore(f.t.db);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    await f.t.db.transaction(async (trx) => {
      const { analysis } = await repo.create(trx, {
        userId: user!.id,
        language: 'auto',
        clientTranscript: transcript,
        stages: f.ctx.pipeline,
      });
      await stageAnalysis(trx, { analysis_id: analysis.id, user_id: user!.id });
      ids.push(analysis.id);
    });
  }
  await publishOutbox(f.ctx);
  return { userId: user!.id, ids };
}

export async function waitUntilEnded(t: TestDatabase, ids: string[], timeoutMs = 20_000): Promise<void> {
  let open: string[] = [];
  await waitUntil(
    async () => {
      open = await t.db('analyses').whereIn('id', ids).whereIn('status', ['queued', 'processing']).pluck('id');
      return open.length === 0;
    },
    { timeoutMs, intervalMs: 100, what: () => `analyses still running: ${open.join(', ')}` },
  );
}

/** Rows per analysis in each stage result table. */
export async function resultCounts(t: TestDatabase, id: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ['transcriptions', 'emotion_scores', 'session_deviations', 'risk_assessments']) {
    const { n } = (await t.db(table).where({ analysis_id: id }).count({ n: '*' }).first()) as { n: string };
    out[table] = Number(n);
  }
  return out;
}
