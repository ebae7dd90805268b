import type { Job } from 'bullmq';
import type { Knex } from 'knex';
import { GenerationStore, type FlowRow } from '../lib/analyses/generation-store.js';
import { STALLED_CODE, STALLED_MESSAGE } from '../lib/analyses/sql.js';
import type { AnalysisRow } from '../lib/analyses/states.js';
import type { Logger } from '../lib/logger.js';
import type { QueueBackend } from '../lib/queue-backend.js';
import { passedOver, stageJobId, stagesFrom } from './catalogue.js';
import { failStageAndAnnounce, stageAnalyses, type FlowRequest } from './enqueue.js';
import type { StageName } from './queues.js';

// Repairs analyses whose row and jobs disagree: jobs lost from the queue backend (resumed), or a stage job that
// BullMQ failed without the stage wrapper running (stalled past its limit: the row would stay processing forever).

export type RunningRow = Pick<AnalysisRow, 'id' | 'status' | 'stages' | 'reprocess_generation'>;

export interface ReconcileDeps {
  db: Knex;
  backend: QueueBackend;
  pipeline: readonly StageName[];
  logger: Logger;
}

/** Job-state lookups in flight at once. */
const LOOKUP_BATCH = 50;

/** The first stage of the pipeline this analysis has not completed: where a rerun or a resume starts. */
export function firstUnfinished(
  row: Pick<RunningRow, 'stages'>,
  pipeline: readonly StageName[],
): StageName | undefined {
  return pipeline.find((s) => row.stages[s]?.status !== 'completed');
}

/** The first stage of a running analysis still to run: a stage that failed and was passed over is behind it. */
export function firstToRun(row: Pick<RunningRow, 'stages'>, pipeline: readonly StageName[]): StageName | undefined {
  return pipeline.find((s) => row.stages[s]?.status !== 'completed' && row.stages[s]?.status !== 'failed');
}

type Verdict = { kind: 'ok' } | { kind: 'lost'; from: StageName } | { kind: 'stalled'; stage: StageName; job: Job };

/** Resumes the rows whose jobs are missing and fails those whose current stage job failed unsettled. */
export async function reconcile(
  deps: ReconcileDeps,
  rows: readonly RunningRow[],
): Promise<{ resumed: number; failed: number }> {
  // Read the outbox before the queue: the relay marks a row published only after its jobs exist.
  const onTheirWay = await unpublishedFlows(
    deps.db,
    rows.map((r) => r.id),
  );
  const candidates = rows.filter((r) => (r.status === 'queued' || r.status === 'processing') && !onTheirWay.has(r.id));
  const lost: Array<{ id: string; from: StageName; generation: number }> = [];
  let failed = 0;
  for (let i = 0; i < candidates.length; i += LOOKUP_BATCH) {
    const batch = candidates.slice(i, i + LOOKUP_BATCH);
    const verdicts = await Promise.all(batch.map((r) => verdictOf(deps, r)));
    for (const [j, v] of verdicts.entries()) {
      const row = batch[j]!;
      if (v.kind === 'lost') lost.push({ id: row.id, from: v.from, generation: row.reprocess_generation });
      if (v.kind === 'stalled' && (await failStalled(deps, row, v.stage, v.job))) failed++;
    }
  }
  return { resumed: await resumeFlows(deps.db, lost), failed };
}

async function verdictOf(deps: ReconcileDeps, row: RunningRow): Promise<Verdict> {
  const from = firstToRun(row, deps.pipeline);
  if (!from) return { kind: 'ok' };
  const stages = stagesFrom(deps.pipeline, from);
  const jobs = await Promise.all(
    stages.map((s) => deps.backend.queue(s).getJob(stageJobId(row.id, s, row.reprocess_generation))),
  );
  const current = jobs[0];
  if (current && (await current.getState()) === 'failed') return { kind: 'stalled', stage: from, job: current };
  return jobs.some((j) => !j) ? { kind: 'lost', from } : { kind: 'ok' };
}

/** Fails the stage (and the analysis, unless passed over) as the wrapper would have; false if it settled meanwhile. */
async function failStalled(deps: ReconcileDeps, row: RunningRow, stage: StageName, job: Job): Promise<boolean> {
  const reason = (job.failedReason ?? 'unknown').slice(0, 200);
  const error = {
    code: STALLED_CODE,
    // The queue's reason may name hosts or internals: it is logged, the client gets a fixed message.
    message: `stage ${stage}${STALLED_MESSAGE}`,
  };
  const ref = { id: row.id, stage, generation: row.reprocess_generation };
  const run = {
    attempt: Math.max(job.attemptsMade, 1),
    startedAt: new Date(job.processedOn ?? Date.now()),
    last: false,
  };
  // BullMQ lets the parent run when the job says so (PASSED_OVER_ON_FAILURE): the analysis goes on as the wrapper's would.
  const over = passedOver(job);
  const settled = await deps.db.transaction((trx) =>
    failStageAndAnnounce(deps.db, trx, ref, run, error, { passedOver: over }),
  );
  if (settled)
    deps.logger.warn({ analysis_id: row.id, stage, reason, passed_over: over }, 'stage job failed unsettled');
  return Boolean(settled);
}

async function unpublishedFlows(db: Knex, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = (await db('outbox')
    .whereNull('published_at')
    .whereNull('dead_at')
    .where('kind', 'analysis_flow')
    .whereRaw(`payload->>'analysis_id' = ANY(?::text[])`, [[...ids]])
    .select(db.raw(`payload->>'analysis_id' AS id`))) as Array<{ id: string }>;
  return new Set(rows.map((r) => r.id));
}

/**
 * Asks again for the flows of analyses still queued or processing at the same generation (same job ids,
 * so jobs that do exist are not duplicated). The row lock orders this against a concurrent reprocess.
 */
export async function resumeFlows(
  db: Knex,
  resumes: ReadonlyArray<{ id: string; from: StageName; generation: number }>,
): Promise<number> {
  if (resumes.length === 0) return 0;
  return db.transaction(async (trx) => {
    const from = new Map(resumes.map((r) => [r.id, r.from]));
    const rows = await new GenerationStore().lockResumable(trx, resumes);
    await stageAnalyses(
      trx,
      rows.map((r) => flowRequest(r, from.get(r.id)!)),
    );
    return rows.length;
  });
}

export function flowRequest(r: FlowRow, from: StageName): FlowRequest {
  return {
    analysis_id: r.id,
    user_id: r.user_id,
    conversation_id: r.conversation_id,
    generation: r.generation,
    from_stage: from,
    client_words: r.client_words,
  };
}
