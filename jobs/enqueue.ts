import type { Knex } from 'knex';
import { AnalysisStore, type Settled, type StageRef, type StageRun } from '../lib/analyses/analysis-store.js';
import { clientWordsSql } from '../lib/analyses/sql.js';
import type { Follows, RowFollows } from '../lib/statements.js';
import type { QueueBackend } from '../lib/queue-backend.js';
import { stageJobId, type StagePayload } from './catalogue.js';
import type { StageName } from './queues.js';
import type { WebhookPayload } from './webhooks.js';

/**
 * The one enqueue path. Callers write an outbox row in the same transaction as the analysis
 * (`stageAnalysis`); the relay publishes committed rows to the queue backend. A queue outage or a
 * crash between commit and publish delays work but loses none; stage job ids make re-publishing a no-op.
 */
export async function stageAnalysis(trx: Knex.Transaction, payload: FlowRequest): Promise<void> {
  await stageAnalyses(trx, [payload]);
}

/**
 * An analysis flow to publish: from `from_stage` (default: the first stage) to the end, under `generation`;
 * `client_words`: the client sent a transcript, so a failed transcription still lets risk read it.
 */
export type FlowRequest = StagePayload & { from_stage?: StageName; client_words?: boolean };

/** Many flows in one insert (the CLI's reprocess, recover and retry-failed). */
export async function stageAnalyses(trx: Knex.Transaction, requests: readonly FlowRequest[]): Promise<void> {
  if (requests.length === 0) return;
  await trx('outbox').insert(requests.map((r) => ({ kind: 'analysis_flow', payload: JSON.stringify(r) })));
}

/** Announces a finished analysis to its callback_url, in the transaction that finishes it. */
export async function stageWebhook(trx: Knex.Transaction, payload: WebhookPayload): Promise<void> {
  await trx('outbox').insert({ kind: 'webhook', payload: JSON.stringify(payload) });
}

/**
 * Fails a stage for good from outside its wrapper (the reconciler, the relay's dead letters) and announces the failed
 * analysis, in `trx`. Undefined when the transition was refused (finished, canceled, another generation).
 */
export async function failStageAndAnnounce(
  db: Knex,
  trx: Knex.Transaction,
  ref: StageRef,
  run: StageRun,
  error: { code: string; message: string },
  opts: { passedOver?: boolean } = {},
): Promise<Settled | undefined> {
  const settled = await new AnalysisStore(db).failStage(trx, ref, run, error, opts);
  // Passed over, the analysis goes on: its last stage announces how it ended.
  if (settled?.callback_url && settled.status === 'failed') {
    await stageWebhook(trx, { analysis_id: ref.id, status: 'failed', generation: settled.reprocess_generation });
  }
  return settled;
}

/** stageAnalysis as part of the statement that creates the analyses returned by the CTE `after`. */
export function flowAfter(db: Knex, after: string): Follows {
  return constantFollows(`flow:${after}`, () =>
    db.raw(
      `INSERT INTO outbox (kind, payload)
     SELECT 'analysis_flow', jsonb_build_object('analysis_id', id, 'user_id', user_id, 'conversation_id', conversation_id,
            'client_words', ${clientWordsSql('client_transcript')})
       FROM ??`,
      [after],
    ),
  );
}

/**
 * stageWebhook as part of a completing statement: announces the analysis that the CTE `after` (RETURNING id,
 * status, callback_url, reprocess_generation) completed, if it has a callback_url. Same payload as stageWebhook.
 */
export function webhookAfter(db: Knex, after: string): RowFollows {
  return constantFollows(`webhook:${after}`, () =>
    db.raw(
      `INSERT INTO outbox (kind, payload)
     SELECT 'webhook', jsonb_build_object('analysis_id', id, 'status', status, 'generation', reprocess_generation)
       FROM ?? WHERE callback_url IS NOT NULL AND status IN ('completed', 'failed')`,
      [after],
    ),
  );
}

/** A statement with no values of its own, following a CTE. */
const constantFollows = (shape: string, build: () => Knex.Raw): Follows & RowFollows => ({
  shape,
  values: {},
  build: () => [build()],
});

/** Removes an analysis's waiting stage jobs (the last stage is the flow's root); active ones finish and find it canceled. */
export async function removeAnalysisJobs(
  backend: QueueBackend,
  analysisId: string,
  stages: readonly StageName[],
  generation = 0,
): Promise<void> {
  for (const stage of [...stages].reverse()) {
    await backend
      .queue(stage)
      .remove(stageJobId(analysisId, stage, generation), { removeChildren: true })
      .catch(() => 0);
  }
}
