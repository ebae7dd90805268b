import type { Knex } from 'knex';
import { stageWebhook, webhookAfter } from '../../jobs/enqueue.js';
import type { WebhookPayload } from '../../jobs/webhooks.js';
import { AnalysisStore, type StageRef, type StageRun } from '../../lib/analyses/analysis-store.js';
import { joinRowFollows } from '../../lib/statements.js';
import { CompletionBatcher, type AbortWatch } from '../../lib/analyses/completion-batcher.js';
import type { ResultKeys, ResultWrite } from '../../lib/results/index.js';
import { readRecording } from '../../lib/audio/blob-store.js';
import { findRecording } from '../../lib/results/recording.js';
import { eraseAnalysisAudio } from '../../lib/results/retention.js';
import { CheckpointStore } from '../../lib/results/checkpoints.js';
import { ResultStore } from '../../lib/results/result-store.js';
import { sessionsBefore, type CountedSession } from '../../lib/baseline/store.js';
import { ConversationTurns, recentTemplates, type TurnKeys } from '../../lib/conversation/turns.js';
import type { StageRecording } from '../stage.js';

/** Everything the stage wrapper needs from storage; unit tests pass in-memory fakes of the two stores. */
export interface StagePorts {
  /** Runs `fn` in one transaction: a stage's outputs and its completion commit together. */
  transaction<T>(fn: (trx: Knex.Transaction) => Promise<T>): Promise<T>;
  analyses: Pick<
    AnalysisStore,
    'readForStage' | 'startStage' | 'completeStage' | 'deferStage' | 'retryStage' | 'failStage'
  >;
  results: Pick<ResultStore, 'read' | 'validate' | 'write'>;
  /**
   * The completion and its outputs as one statement (shared with other analyses' completions of the stage that are
   * ready at the same time), when every output allows it; undefined: use the transaction. An `abort` that fires
   * before the statement is sent refuses the completion. Returns whether the completion was accepted.
   */
  completeAtOnce?(
    ref: StageRef,
    run: StageRun,
    keys: ResultKeys,
    writes: readonly ResultWrite[],
    abort?: AbortWatch,
  ): Promise<boolean> | undefined;
  recording(analysisId: string): Promise<StageRecording | undefined>;
  /** The person's counted baseline sessions recorded before this analysis, newest first, at most `limit`. */
  history(userId: string, analysisId: string, limit: number): Promise<CountedSession[]>;
  /** A conversation's turns, sealed with the person's data key, and the templates of the person's latest replies. */
  conversation: {
    open(keys: TurnKeys): Pick<ConversationTurns, 'earlier' | 'seal'>;
    recentTemplates(userId: string, analysisId: string, limit: number): Promise<string[]>;
  };
  /** Announces a finished analysis to its callback_url, through the outbox, in the finishing transaction. */
  announce(trx: Knex.Transaction, payload: WebhookPayload): Promise<void>;
  /** Intermediate results kept between a stage's attempts (cleared by the wrapper when the stage ends). */
  checkpoints: Pick<CheckpointStore, 'load' | 'save' | 'clear'>;
  /** Erases the analysis's audio in the transaction that fails it for good (AUDIO_RETENTION=after_transcription). */
  eraseAudio(trx: Knex.Transaction, analysisId: string): Promise<void>;
}

export function databasePorts(db: Knex, audioKey: Buffer): StagePorts {
  const analyses = new AnalysisStore(db);
  const results = new ResultStore(db);
  const batcher = new CompletionBatcher((items) => analyses.completeStages(items));
  return {
    transaction: (fn) => db.transaction(fn),
    analyses,
    results,
    completeAtOnce: (ref, run, keys, writes, abort) => {
      const upserts = results.upsertsAfter('completed', keys, writes);
      const follows = upserts && (run.last ? joinRowFollows(upserts, webhookAfter(db, 'completed')) : upserts);
      return follows && batcher.add({ ref, run, follows }, abort).then(Boolean);
    },
    recording: async (analysisId) => {
      const rec = await findRecording(db, analysisId);
      return rec && { sizeBytes: rec.sizeBytes, erased: rec.erased, read: () => readRecording(db, audioKey, rec.id) };
    },
    history: (userId, analysisId, limit) => sessionsBefore(db, userId, analysisId, limit),
    conversation: {
      open: (keys) => new ConversationTurns(db, audioKey, keys),
      recentTemplates: (userId, analysisId, limit) => recentTemplates(db, userId, analysisId, limit),
    },
    announce: stageWebhook,
    eraseAudio: eraseAnalysisAudio,
    checkpoints: new CheckpointStore(db, audioKey),
  };
}
