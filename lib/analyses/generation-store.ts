import type { Knex } from 'knex';
import { clientWordsSql, hasClientWords } from './sql.js';
import { allowedFrom, PENDING_STAGE, type AnalysisRow } from './states.js';

export interface Rerun {
  id: string;
  /** The stages to run again, in order; each becomes pending. */
  stages: readonly string[];
  /** Only if the analysis is still at this generation (retry-failed: the failed jobs' generation). */
  generation?: number;
}

/** An analysis whose flow is to be published again: its ids, generation, and whether the client sent its words. */
export interface FlowRow {
  id: string;
  user_id: string;
  conversation_id: string;
  generation: number;
  client_words: boolean;
}

/** The lifecycle transitions of whole runs (reprocess, retry-failed, recover); stage transitions are AnalysisStore's. */
export class GenerationStore {
  /**
   * Starts a new generation for each rerun whose analysis is in a status `startGeneration` allows and that
   * `only` narrows (and still at the expected generation): its stages from the rerun's first become pending,
   * the analysis queued. Returns the reruns that started, with their new generation.
   */
  async startGenerations(
    trx: Knex.Transaction,
    reruns: readonly Rerun[],
    only: readonly AnalysisRow['status'][],
  ): Promise<Array<FlowRow & { from: string }>> {
    if (reruns.length === 0) return [];
    const statuses = allowedFrom('startGeneration').filter((s) => only.includes(s));
    const values = reruns.map((r) => ({
      id: r.id,
      from_stage: r.stages[0],
      generation: r.generation ?? null,
      reset: Object.fromEntries(r.stages.map((s) => [s, PENDING_STAGE])),
    }));
    // Locked in id order first, as completion batches lock theirs: bulk lockers that agree on an order cannot deadlock.
    await trx('analyses')
      .whereIn(
        'id',
        values.map((v) => v.id),
      )
      .orderBy('id')
      .forUpdate()
      .select('id');
    const { rows } = (await trx.raw(
      `UPDATE analyses a
          SET reprocess_generation = a.reprocess_generation + 1, status = 'queued', stages = a.stages || v.reset,
              error = NULL, started_at = NULL, completed_at = NULL, updated_at = now()
         FROM jsonb_to_recordset(?::jsonb) AS v(id uuid, from_stage text, generation int, reset jsonb)
        WHERE a.id = v.id AND a.status = ANY(?::text[])
          AND (v.generation IS NULL OR a.reprocess_generation = v.generation)
    RETURNING a.id, a.user_id, a.conversation_id, a.reprocess_generation AS generation, v.from_stage AS from,
              ${clientWordsSql('a.client_transcript')} AS client_words`,
      [JSON.stringify(values), statuses],
    )) as { rows: Array<FlowRow & { from: string }> };
    return rows;
  }

  /** Locks the analyses a resume may re-publish: still running, at the generation whose jobs went missing. */
  async lockResumable(
    trx: Knex.Transaction,
    resumes: ReadonlyArray<{ id: string; generation: number }>,
  ): Promise<FlowRow[]> {
    if (resumes.length === 0) return [];
    const rows = (await trx('analyses')
      .whereIn(
        'id',
        resumes.map((r) => r.id),
      )
      .whereIn('status', allowedFrom('resume'))
      .orderBy('id')
      .forUpdate()
      .select('id', 'user_id', 'conversation_id', 'reprocess_generation', 'client_transcript')) as AnalysisRow[];
    const want = new Map(resumes.map((r) => [r.id, r.generation]));
    return rows
      .filter((r) => want.get(r.id) === r.reprocess_generation)
      .map((r) => ({
        id: r.id,
        user_id: r.user_id,
        conversation_id: r.conversation_id,
        generation: r.reprocess_generation,
        client_words: hasClientWords(r.client_transcript),
      }));
  }
}
