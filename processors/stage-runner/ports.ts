import type { Knex } from 'knex';
import { stageWebhook } from '../../jobs/enqueue.js';
import type { WebhookPayload } from '../../jobs/webhooks.js';
import { AnalysisStore } from '../../lib/analyses/analysis-store.js';
import { readRecording } from '../../lib/audio/blob-store.js';
import { findRecording } from '../../lib/results/recording.js';
import { ResultStore } from '../../lib/results/result-store.js';
import type { StageRecording } from '../stage.js';

/** Everything the stage wrapper needs from storage; unit tests pass in-memory fakes of the two stores. */
export interface StagePorts {
  /** Runs `fn` in one transaction: a stage's outputs and its completion commit together. */
  transaction<T>(fn: (trx: Knex.Transaction) => Promise<T>): Promise<T>;
  analyses: Pick<AnalysisStore, 'startStage' | 'completeStage' | 'deferStage' | 'retryStage' | 'failStage'>;
  results: Pick<ResultStore, 'read' | 'validate' | 'write'>;
  recording(analysisId: string): Promise<StageRecording | undefined>;
  /** Announces a finished analysis to its callback_url, through the outbox, in the finishing transaction. */
  announce(trx: Knex.Transaction, payload: WebhookPayload): Promise<void>;
}

export function databasePorts(db: Knex, audioKey: Buffer): StagePorts {
  return {
    transaction: (fn) => db.transaction(fn),
    analyses: new AnalysisStore(db),
    results: new ResultStore(db),
    recording: async (analysisId) => {
      const rec = await findRecording(db, analysisId);
      return rec && { sizeBytes: rec.sizeBytes, erased: rec.erased, read: () => readRecording(db, audioKey, rec.id) };
    },
    announce: stageWebhook,
  };
}
