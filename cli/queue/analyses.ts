import type { Knex } from 'knex';
import { stagesFrom } from '../../jobs/catalogue.js';
import { stageAnalyses } from '../../jobs/enqueue.js';
import { OutboxRelay } from '../../jobs/outbox-relay.js';
import { flowRequest } from '../../jobs/reconcile.js';
import type { StageName } from '../../jobs/queues.js';
import { GenerationStore, type AnalysisStatus } from '../../lib/analyses/index.js';
import type { CliContext } from '../context.js';

// The analyses side of the queue commands: new reprocess generations and resumes, through the lifecycle store.

export const PAGE_SIZE = 500;

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
      started.map((r) => flowRequest(r, r.from as StageName)),
    );
    return started.map((r) => ({ id: r.id, from: r.from as StageName, generation: r.generation }));
  });
}

/** Publishes committed outbox rows now, as the API does after a commit; what fails stays for the workers' relay. */
export async function publishOutbox(ctx: CliContext): Promise<void> {
  const relay = new OutboxRelay(ctx.db, ctx.backend, ctx.pipeline, ctx.logger);
  await relay.kick();
  await relay.stop();
}
