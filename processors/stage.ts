import type { StageName } from '../jobs/queues.js';
import type { AnalysisRow } from '../lib/analyses/states.js';
import type { CountedSession } from '../lib/baseline/store.js';
import type { Config } from '../lib/config.js';
import type { ConversationTurn } from '../lib/conversation/turns.js';
import type { SealedTurn } from '../lib/results/turn.js';
import type { Logger } from '../lib/logger.js';
import type { ResultName, ResultValue } from '../lib/results/index.js';

export { NoRetryError, ProviderUnavailableError, StageInputError } from './stage-errors.js';

/** The uploaded recording of an analysis, decrypted chunk by chunk as it is read. */
export interface StageRecording {
  sizeBytes: number;
  /** Erased by the retention policy after an earlier run: there is nothing left to read. */
  erased: boolean;
  read(): AsyncIterable<Buffer>;
}

export interface StageContext {
  /**
   * The analysis, read when first asked for (stages that need nothing from it cost no read). Rejects, ending the
   * job as skipped, when the analysis was canceled or superseded meanwhile: expensive stages ask first.
   */
  analysis(): Promise<AnalysisRow>;
  logger: Logger;
  /** Aborts on the stage timeout, on worker cancellation and on shutdown. */
  signal: AbortSignal;
  attempt: number;
  config: Config;
  results: {
    /** A result an earlier stage committed (or this stage, on an earlier run). */
    read<N extends ResultName>(name: N): Promise<ResultValue<N> | undefined>;
    /**
     * Queues an output (validated now): the wrapper writes every queued output in the transaction that marks the
     * stage completed, under the analysis row lock, and writes none if the signal aborted or the analysis was canceled.
     */
    write<N extends ResultName>(name: N, value: ResultValue<N>): void;
  };
  /**
   * The person's sessions that counted towards their voice baseline and were recorded before this analysis, newest
   * first, at most BASELINE_WINDOW: the baseline as it stands for this session.
   */
  history(): Promise<CountedSession[]>;
  /** The check-in's conversation (the reply stage's memory). */
  conversation: {
    /** Its other turns before `at`, oldest first, at most REPLY_CONTEXT_TURNS, decrypted. */
    earlier(at: Date): Promise<ConversationTurn[]>;
    /** This analysis's turn sealed with the person's data key, to write as the `turn` result. */
    seal(turn: ConversationTurn, at: Date): Promise<SealedTurn>;
    /** Template ids of the person's latest `limit` replies but this one's, newest first. */
    recentTemplates(limit: number): Promise<string[]>;
  };
  /** The upload, or undefined for a text-only analysis. */
  recording(): Promise<StageRecording | undefined>;
  /**
   * A provider said "slow down" (429): pauses this stage's queue for `ms` in every worker and puts the job
   * back without spending an attempt. Returns the error to throw.
   */
  rateLimited(ms: number): Promise<Error>;
  /**
   * Whether one more rateLimited() stays within PROVIDER_MAX_DEFERRALS and PROVIDER_DEFER_DEADLINE_MS: past them the
   * stage would fail, so a stage with local work to fall back on uses it instead.
   */
  mayDefer(): Promise<boolean>;
  /**
   * A provider failed and the stage uses its local work instead: logged as a warning, and counted in
   * resona_provider_unavailable_total when the provider cannot be used as configured (`misconfigured`).
   */
  providerFellBack(provider: string, failure: { reason: string; misconfigured: boolean }, message: string): void;
  /**
   * What this stage run measured before a provider deferred it (encrypted at rest), so the next attempt need not
   * measure again; cleared when the stage ends. `load` gives undefined when there is none for this generation.
   */
  checkpoint: { load(): Promise<Buffer | undefined>; save(data: Buffer): Promise<void> };
}

/** One pipeline stage's processor; `jobs/pipeline.ts` names the stages, `processors/registry.ts` holds these. */
export interface StageDefinition {
  name: StageName;
  /** Upper bound of one attempt; the processor's signal aborts after it. */
  timeoutMs: number;
  /** Jobs of this stage run at once in one worker process. */
  concurrency: number;
  /** Must be idempotent: results are upserted by analysis id, so a re-run replaces. */
  run(ctx: StageContext): Promise<void>;
}
