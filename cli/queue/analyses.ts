import type { Knex } from 'knex';
import { stagesFrom } from '../../jobs/catalogue.js';
import { OutboxRelay, stageAnalyses, type FlowRequest } from '../../jobs/enqueue.js';
import type { StageName } from '../../jobs/queues.js';
import type { AnalysisStatus, StageState } from '../../lib/repositories/analysis.repository.js';
import type { CliContext } from '../context.js';

// The analyses side of the queue commands: keyset paging, new reprocess generations, outbox rows.

export const ANALYSIS_STATUSES = ['queued', 'processing', 'completed', 'failed', 'canceled'] as const;
export const PAGE_SIZE = 500;

export interface PageRow {
  id: string;
  user_id: string;
  status: AnalysisStatus;
  stages: Partial<Record<StageName, StageState>>;
  reprocess_generation: number;
  cursor_ts: string;
}

/**
 * Pages through analyses oldest first, keyset on (created_at, id). The cursor travels as text:
 * a JS Date would drop PostgreSQL's microseconds and re-read rows.
 */
export async function* analysisPages(
  db: Knex,
  filter: (q: Knex.QueryBuilder) => void,
  size = PAGE_SIZE,
): AsyncGenerator<PageRow[]> {
  let after: PageRow | undefined;
  for (;;) {
    const q = db('analyses')
      .select('id', 'user_id', 'status', 'stages', 'reprocess_generation', db.raw('created_at::text AS cursor_ts'))
      .orderBy([{ column: 'created_at' }, { column: 'id' }])
      .limit(size);
    q.where(filter);
    if (after) q.andWhereRaw('(created_at, id) > (?::timestamptz, ?::uuid)', [after.cursor_ts, after.id]);
    const rows = (await q) as PageRow[];
    if (rows.length) yield rows;
    if (rows.length < size) return;
    after = rows[rows.length - 1];
  }
}

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

const PENDING: StageState = { status: 'pending', attempts: 0, started_at: null, completed_at: null };

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
  const values = reruns.map((r) => ({
    id: r.id,
    from_stage: r.from,
    generation: r.generation ?? null,
    reset: Object.fromEntries(stagesFrom(pipeline, r.from).map((s) => [s, PENDING])),
  }));
  return db.transaction(async (trx) => {
    const { rows } = (await trx.raw(
      `UPDATE analyses a
          SET reprocess_generation = a.reprocess_generation + 1, status = 'queued', stages = a.stages || v.reset,
              error = NULL, started_at = NULL, completed_at = NULL, updated_at = now()
         FROM jsonb_to_recordset(?::jsonb) AS v(id uuid, from_stage text, generation int, reset jsonb)
        WHERE a.id = v.id AND a.status = ANY(?::text[])
          AND (v.generation IS NULL OR a.reprocess_generation = v.generation)
    RETURNING a.id, a.user_id, a.reprocess_generation, v.from_stage`,
      [JSON.stringify(values), [...statuses]],
    )) as { rows: Array<{ id: string; user_id: string; reprocess_generation: number; from_stage: StageName }> };
    await stageAnalyses(trx, rows.map(toRequest));
    return rows.map((r) => ({ id: r.id, from: r.from_stage, generation: r.reprocess_generation }));
  });
}

/**
 * Asks again for the flows of analyses still queued or processing at the same generation (same job ids,
 * so jobs that do exist are not duplicated). The row lock orders this against a concurrent reprocess.
 */
export async function resumeFlows(db: Knex, resumes: ReadonlyArray<Required<Rerun>>): Promise<number> {
  if (resumes.length === 0) return 0;
  return db.transaction(async (trx) => {
    const current = (await trx('analyses')
      .whereIn(
        'id',
        resumes.map((r) => r.id),
      )
      .whereIn('status', ['queued', 'processing'])
      .forUpdate()
      .select('id', 'user_id', 'reprocess_generation')) as Array<Omit<PageRow, 'status' | 'stages' | 'cursor_ts'>>;
    const byId = new Map(current.map((r) => [r.id, r]));
    const requests = resumes.flatMap((r) => {
      const row = byId.get(r.id);
      if (!row || row.reprocess_generation !== r.generation) return [];
      return [toRequest({ ...row, from_stage: r.from })];
    });
    await stageAnalyses(trx, requests);
    return requests.length;
  });
}

function toRequest(r: {
  id: string;
  user_id: string;
  reprocess_generation: number;
  from_stage: StageName;
}): FlowRequest {
  return { analysis_id: r.id, user_id: r.user_id, generation: r.reprocess_generation, from_stage: r.from_stage };
}

/** Publishes committed outbox rows now, as the API does after a commit; what fails stays for the workers' relay. */
export async function publishOutbox(ctx: CliContext): Promise<void> {
  const relay = new OutboxRelay(ctx.db, ctx.backend, ctx.pipeline, ctx.logger);
  await relay.kick();
  await relay.stop();
}
