import type { Knex } from 'knex';
import type { StageName } from '../jobs/queues.js';
import type { Config } from '../lib/config.js';
import type { Logger } from '../lib/logger.js';
import type { AnalysisRow } from '../lib/repositories/analysis.repository.js';

export interface StageContext {
  analysis: AnalysisRow;
  db: Knex;
  logger: Logger;
  /** Aborts on the stage timeout, on worker cancellation and on shutdown. */
  signal: AbortSignal;
  attempt: number;
  /**
   * The one way a stage writes results, as its last act: `write` runs in the transaction that marks the
   * stage completed (holding the analysis row lock), and is skipped (the job ends) if the analysis was canceled.
   */
  persist(write: (trx: Knex.Transaction) => Promise<unknown>): Promise<void>;
  config: Config;
  /**
   * A provider said "slow down" (429): pauses this stage's queue for `ms` in every worker and puts the job
   * back without spending an attempt. Returns the error to throw.
   */
  rateLimited(ms: number): Promise<Error>;
}

/** One pipeline stage. The pipeline is an ordered list of these; adding a stage is one entry. */
export interface StageDefinition {
  name: StageName;
  /** Upper bound of one attempt; the processor's signal aborts after it. */
  timeoutMs: number;
  /** Jobs of this stage run at once in one worker process. */
  concurrency: number;
  /** Must be idempotent: results are upserted by analysis id, so a re-run replaces. */
  run(ctx: StageContext): Promise<void>;
}

/** Bad input (undecodable audio, …): fails the analysis at once, without retries. */
export class StageInputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'StageInputError';
  }
}

export class StageTimeoutError extends Error {
  constructor(stage: string, ms: number) {
    super(`stage ${stage} timed out after ${ms} ms`);
    this.name = 'StageTimeoutError';
  }
}

/** The analysis was canceled or deleted while the stage ran: nothing to write, nothing to retry. */
export class AnalysisGoneError extends Error {
  constructor(id: string) {
    super(`analysis ${id} was canceled`);
    this.name = 'AnalysisGoneError';
  }
}
