import { UnrecoverableError, type Job, type Processor } from 'bullmq';
import type { Knex } from 'knex';
import { stagePayloadSchema } from '../jobs/catalogue.js';
import type { Logger } from '../lib/logger.js';
import { AnalysisRepository } from '../lib/repositories/analysis.repository.js';
import { StageInputError, StageTimeoutError, type StageDefinition } from './stage.js';

/**
 * The one wrapper around every stage processor: validates the payload, mirrors status, attempts,
 * timings and errors into `analyses`, applies the stage timeout, and turns bad input into UnrecoverableError.
 */
export function runStage(stage: StageDefinition, isLast: boolean, db: Knex, logger: Logger): Processor {
  const analyses = new AnalysisRepository(db);
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
      await Promise.race([stage.run({ analysis, db, logger: log, signal, attempt }), rejectOnAbort(signal, stage)]);
    } catch (err) {
      const error = timeout.aborted ? new StageTimeoutError(stage.name, stage.timeoutMs) : (err as Error);
      const permanent = error instanceof StageInputError || error instanceof UnrecoverableError;
      const final = permanent || attempt >= (job.opts.attempts ?? 1);
      const code = error instanceof StageInputError ? error.code : 'stage_failed';
      log.warn({ err: error.message, final }, 'stage attempt failed');
      await analyses.updateStage(
        analysis.id,
        stage.name,
        { status: final ? 'failed' : 'pending', error: { code, message: error.message } },
        final
          ? {
              status: 'failed',
              completed_at: new Date(),
              error: JSON.stringify({ code, message: error.message, stage: stage.name }),
            }
          : {},
      );
      throw permanent ? new UnrecoverableError(error.message) : error;
    }
    await analyses.updateStage(
      analysis.id,
      stage.name,
      { status: 'completed', completed_at: new Date().toISOString() },
      isLast ? { status: 'completed', completed_at: new Date() } : {},
    );
    log.info({ ms: Date.now() - started }, 'stage completed');
    return { ok: true };
  };
}

function rejectOnAbort(signal: AbortSignal, stage: StageDefinition): Promise<never> {
  return new Promise((_, reject) => {
    const fail = () => reject(new StageTimeoutError(stage.name, stage.timeoutMs));
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true });
  });
}
