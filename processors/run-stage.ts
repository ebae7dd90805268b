import { UnrecoverableError, Worker, type Job, type Processor } from 'bullmq';
import type { Config } from '../lib/config.js';
import type { Knex } from 'knex';
import { stagePayloadSchema } from '../jobs/catalogue.js';
import { stageWebhook } from '../jobs/enqueue.js';
import type { StageName } from '../jobs/queues.js';
import type { Logger } from '../lib/logger.js';
import { observeJob, type Metrics } from '../lib/metrics.js';
import { AnalysisRepository, type StageState } from '../lib/repositories/analysis.repository.js';
import { AnalysisGoneError, StageInputError, StageTimeoutError, type StageDefinition } from './stage.js';

/**
 * The one wrapper around every stage processor: validates the payload, mirrors status, attempts,
 * timings and errors into `analyses`, applies the stage timeout, turns bad input into UnrecoverableError,
 * and announces a finished analysis to its callback_url (through the outbox, in the finishing transaction).
 */
export interface StageRunDeps {
  db: Knex;
  logger: Logger;
  config: Config;
  metrics?: Metrics;
  /** The BullMQ worker running this stage, for queue-wide rate limiting. */
  worker: () => Worker | undefined;
}

export function runStage(
  stage: StageDefinition,
  isLast: boolean,
  { db, logger, config, metrics, worker }: StageRunDeps,
): Processor {
  const analyses = new AnalysisRepository(db);

  /** Moves the stage (and, at the end, the analysis) to its outcome; undefined if the analysis was canceled. */
  const settle = async (
    trx: Knex.Transaction,
    id: string,
    patch: Partial<StageState>,
    status?: 'completed' | 'failed',
    error?: object,
  ) => {
    const analysis = status
      ? { status, completed_at: new Date(), ...(error ? { error: JSON.stringify(error) } : {}) }
      : {};
    const row = await analyses.updateStage(id, stage.name, patch, analysis, trx);
    // After a failure the later stages will not run: say so instead of leaving them pending.
    if (row && status === 'failed') await analyses.cancelPendingStages(id, trx);
    if (row?.callback_url && status) {
      await stageWebhook(trx, { analysis_id: id, status, generation: row.reprocess_generation });
    }
    return row;
  };
  const completed = (): Partial<StageState> => ({ status: 'completed', completed_at: new Date().toISOString() });

  return async (job: Job, _token?: string, workerSignal?: AbortSignal) => {
    const parsed = stagePayloadSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`invalid ${stage.name} payload: ${parsed.error.message}`);
    const attempt = job.attemptsMade + 1;
    const analysis = await analyses.startStage(parsed.data.analysis_id, stage.name, attempt);
    // Deleted or canceled meanwhile: nothing to do, and nothing to retry.
    if (!analysis) return { skipped: true };
    const log = logger.child({ analysis_id: analysis.id, stage: stage.name, attempt });

    let persisted = false;
    // The stage's results and its completion commit together, under the analysis row lock (cancel takes it too).
    const persist = async (write: (trx: Knex.Transaction) => Promise<unknown>) => {
      await db.transaction(async (trx) => {
        if (!(await settle(trx, analysis.id, completed(), isLast ? 'completed' : undefined)))
          throw new AnalysisGoneError(analysis.id);
        await write(trx);
      });
      persisted = true;
    };

    const timeout = AbortSignal.timeout(stage.timeoutMs);
    const signal = workerSignal ? AbortSignal.any([timeout, workerSignal]) : timeout;
    const started = Date.now();
    const rateLimited = async (ms: number) => {
      await worker()?.rateLimit(ms);
      return Worker.RateLimitError();
    };
    try {
      await Promise.race([
        stage.run({ analysis, db, logger: log, signal, attempt, persist, config, rateLimited }),
        rejectOnAbort(signal, stage.name, stage.timeoutMs),
      ]);
      if (!persisted)
        await db.transaction((trx) => settle(trx, analysis.id, completed(), isLast ? 'completed' : undefined));
    } catch (err) {
      const seconds = (Date.now() - started) / 1000;
      // A provider's 429: the job goes back to waiting untouched, its attempt not spent.
      if (err instanceof Error && err.name === 'RateLimitError') {
        await analyses.updateStage(analysis.id, stage.name, { status: 'pending' });
        throw err;
      }
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
      await db.transaction((trx) =>
        settle(
          trx,
          analysis.id,
          patch,
          final ? 'failed' : undefined,
          final ? { code, message: error.message, stage: stage.name } : undefined,
        ),
      );
      throw permanent ? new UnrecoverableError(error.message) : error;
    }
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
