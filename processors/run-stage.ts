import { UnrecoverableError, type Job, type Processor } from 'bullmq';
import type { Knex } from 'knex';
import { stagePayloadSchema } from '../jobs/catalogue.js';
import { stageWebhook } from '../jobs/enqueue.js';
import type { StageName } from '../jobs/queues.js';
import type { Logger } from '../lib/logger.js';
import { observeJob } from '../lib/metrics.js';
import type { Metrics } from '../lib/metrics.js';
import { AnalysisRepository, type StageState } from '../lib/repositories/analysis.repository.js';
import { AnalysisGoneError, StageInputError, StageTimeoutError, type StageDefinition } from './stage.js';

/**
 * The one wrapper around every stage processor: validates the payload, mirrors status, attempts,
 * timings and errors into `analyses`, applies the stage timeout, turns bad input into UnrecoverableError,
 * and announces a finished analysis to its callback_url (through the outbox, in the finishing transaction).
 */
export function runStage(
  stage: StageDefinition,
  isLast: boolean,
  db: Knex,
  logger: Logger,
  metrics?: Metrics,
): Processor {
  const analyses = new AnalysisRepository(db);

  /** Final transitions and the webhook's outbox row commit together. */
  const finish = (
    id: string,
    patch: Partial<StageState>,
    outcome: Record<string, unknown> & { status: 'completed' | 'failed' },
  ) =>
    db.transaction(async (trx) => {
      const row = await analyses.updateStage(id, stage.name, patch, { ...outcome, completed_at: new Date() }, trx);
      // After a failure the later stages will not run: say so instead of leaving them pending.
      if (row && outcome.status === 'failed') await analyses.cancelPendingStages(id, trx);
      if (row?.callback_url) {
        await stageWebhook(trx, { analysis_id: id, status: outcome.status, generation: row.reprocess_generation });
      }
    });

  const persist = (id: string) => async (write: (trx: Knex.Transaction) => Promise<unknown>) => {
    await db.transaction(async (trx) => {
      const row = await trx('analyses').where({ id }).forUpdate().first('status');
      if (!row || row.status === 'canceled') throw new AnalysisGoneError(id);
      await write(trx);
    });
  };

  return async (job: Job, _token?: string, workerSignal?: AbortSignal) => {
    const parsed = stagePayloadSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`invalid ${stage.name} payload: ${parsed.error.message}`);
    const analysis = await analyses.findById(parsed.data.analysis_id);
    // Deleted or canceled meanwhile: nothing to do, and nothing to retry.
    if (!analysis || analysis.status === 'canceled') return { skipped: true };

    const attempt = job.attemptsMade + 1;
    const log = logger.child({ analysis_id: analysis.id, stage: stage.name, attempt });
    const now = new Date().toISOString();
    await analyses.updateStage(
      analysis.id,
      stage.name,
      { status: 'processing', attempts: attempt, started_at: now, completed_at: null },
      // A retried or reprocessed analysis is in progress again until its last stage ends.
      analysis.status === 'processing'
        ? {}
        : { status: 'processing', started_at: analysis.started_at ?? now, completed_at: null, error: null },
    );

    const timeout = AbortSignal.timeout(stage.timeoutMs);
    const signal = workerSignal ? AbortSignal.any([timeout, workerSignal]) : timeout;
    const started = Date.now();
    try {
      const ctx = { analysis, db, logger: log, signal, attempt, persist: persist(analysis.id) };
      await Promise.race([stage.run(ctx), rejectOnAbort(signal, stage.name, stage.timeoutMs)]);
    } catch (err) {
      const seconds = (Date.now() - started) / 1000;
      if (err instanceof AnalysisGoneError) {
        observeJob(metrics, stage.name, 'skipped', seconds);
        return { skipped: true };
      }
      const error = timeout.aborted ? new StageTimeoutError(stage.name, stage.timeoutMs) : (err as Error);
      const permanent = error instanceof StageInputError || error instanceof UnrecoverableError;
      const final = permanent || attempt >= (job.opts.attempts ?? 1);
      const code = error instanceof StageInputError ? error.code : 'stage_failed';
      log.warn({ err: error.message, final }, 'stage attempt failed');
      observeJob(metrics, stage.name, final ? 'failed' : 'retry', seconds);
      const patch = { status: final ? 'failed' : 'pending', error: { code, message: error.message } } as const;
      if (final)
        await finish(analysis.id, patch, {
          status: 'failed',
          error: JSON.stringify({ code, message: error.message, stage: stage.name }),
        });
      else await analyses.updateStage(analysis.id, stage.name, patch);
      throw permanent ? new UnrecoverableError(error.message) : error;
    }
    const done = { status: 'completed', completed_at: new Date().toISOString() } as const;
    if (isLast) await finish(analysis.id, done, { status: 'completed' });
    else await analyses.updateStage(analysis.id, stage.name, done);
    observeJob(metrics, stage.name, 'completed', (Date.now() - started) / 1000);
    log.info({ ms: Date.now() - started }, 'stage completed');
    return { ok: true };
  };
}

function rejectOnAbort(signal: AbortSignal, stage: StageName, ms: number): Promise<never> {
  return new Promise((_, reject) => {
    const fail = () => reject(new StageTimeoutError(stage, ms));
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true });
  });
}
