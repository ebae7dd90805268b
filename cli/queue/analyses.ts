import type { Knex } from 'knex';
import { stagesFrom } from '../../jobs/catalogue.js';
import { OutboxRelay, stageAnalyses, type FlowRequest } from '../../jobs/enqueue.js';
import type { StageName } from '../../jobs/queues.js';
import { GenerationStore, type AnalysisStatus, type PageRow } from '../../lib/analyses/index.js';
import type { CliContext } from '../context.js';

// The analyses side of the queue commands: new reprocess generations and resumes, through the lifecycle store.

export const PAGE_SIZE = 500;

/** The first stage of the pipeline this analysis has not completed: where a rerun or a resume starts. */
export function firstUnfinished(row: Pick<PageRow, 'stages'>, pipeline: readonly StageName[]): StageName | undefined {
  return pipeline.find((s) => row.stages[s]?.status !== 'completed');
}

export interface Rerun {
  id: string;
  from: StageName;
  /** Only if the analysis is still at this generation (retry-failed: the failed jobs' generation). */
  generation?: number;
}

/**
 * Starts a new reprocess generation for every analysis still in one of `statuses` (and at the expected
 * generation): stages from `from` on become pending, the analysis queued, and an outbox row asks for the
 * flow under the new generation's job ids, in one transaction. Status `queued` is the "rerun pending"
 * mark: a second run skips the analysis until its pipeline ends. Returns the reruns that started.
 */
export async function startGenerations(
  db: Knex,
  reruns: readonly Rerun[],
  pipeline: readonly StageName[],
  statuses: readonly AnalysisStatus[],
): Promise<Rerun[]> {
  if (reruns.length === 0) return [];
  const store = new GenerationStore();
  return db.transaction(async (trx) => {
    const started = await store.startGenerations(
      trx,
      reruns.map((r) => ({ id: r.id, stages: stagesFrom(pipeline, r.from), generation: r.generation })),
      statuses,
    );
    await stageAnalyses(
      trx,
      started.map((r) => toRequest(r, r.from as StageName)),
    );
    return started.map((r) => ({ id: r.id, from: r.from as StageName, generation: r.generation }));
  });
}

/**
 * Asks again for the flows of analyses still queued or processing at the same generation (same job ids,
 * so jobs that do exist are not duplicated). The row lock orders this against a concurrent reprocess.
 */
export async function resumeFlows(db: Knex, resumes: ReadonlyArray<Required<Rerun>>): Promise<number> {
  if (resumes.length === 0) return 0;
  const store = new GenerationStore();
  return db.transaction(async (trx) => {
    const from = new Map(resumes.map((r) => [r.id, r.from]));
    const rows = await store.lockResumable(trx, resumes);
    await stageAnalyses(
      trx,
      rows.map((r) => toRequest(r, from.get(r.id)!)),
    );
    return rows.length;
  });
}

function toRequest(
  r: { id: string; user_id: string; conversation_id: string; generation: number },
  from: StageName,
): FlowRequest {
  return {
    analysis_id: r.id,
    user_id: r.user_id,
    conversation_id: r.conversation_id,
    generation: r.generation,
    from_stage: from,
  };
}

/** Publishes committed outbox rows now, as the API does after a commit; what fails stays for the workers' relay. */
export async function publishOutbox(ctx: CliContext): Promise<void> {
  const relay = new OutboxRelay(ctx.db, ctx.backend, ctx.pipeline, ctx.logger);
  await relay.kick();
  await relay.stop();
}
