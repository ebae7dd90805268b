import type { Knex } from 'knex';
import type { StageName } from '../../jobs/queues.js';

export type AnalysisStatus = 'queued' | 'processing' | 'completed' | 'failed' | 'canceled';
export type StageStatus = 'pending' | 'processing' | 'completed' | 'failed' | 'canceled';

export interface StageState {
  status: StageStatus;
  attempts: number;
  started_at: string | null;
  completed_at: string | null;
  error?: { code: string; message: string };
}

export interface AnalysisRow {
  id: string;
  user_id: string;
  conversation_id: string;
  status: AnalysisStatus;
  stages: Partial<Record<StageName, StageState>>;
  language: 'auto' | 'en' | 'sw';
  idempotency_key: string | null;
  callback_url: string | null;
  client_transcript: string | null;
  recorded_at: Date | null;
  error: { code: string; message: string; stage: string } | null;
  created_at: Date;
  started_at: Date | null;
  completed_at: Date | null;
  /** Bumped by each `resona reprocess`/`retry-failed`; part of the stage job ids. */
  reprocess_generation: number;
}

export interface NewAnalysis {
  userId: string;
  conversationId?: string;
  language: AnalysisRow['language'];
  idempotencyKey?: string;
  callbackUrl?: string;
  clientTranscript?: string;
  recordedAt?: Date;
  stages: readonly StageName[];
}

const TABLE = 'analyses';

/** Analyses and their stage states: the system of record that polling reads. */
export class AnalysisRepository {
  constructor(private readonly db: Knex) {}

  /**
   * Inserts an analysis, or returns the one this user already created with the same idempotency key
   * (callers look the key up first; this covers two requests racing with it).
   */
  async create(trx: Knex.Transaction, a: NewAnalysis): Promise<{ analysis: AnalysisRow; created: boolean }> {
    const conversationId =
      a.conversationId ??
      ((await trx('conversations').insert({ user_id: a.userId }).returning('id')) as Array<{ id: string }>)[0]!.id;
    const pending: StageState = { status: 'pending', attempts: 0, started_at: null, completed_at: null };
    const rows = (await trx(TABLE)
      .insert({
        user_id: a.userId,
        conversation_id: conversationId,
        language: a.language,
        idempotency_key: a.idempotencyKey ?? null,
        callback_url: a.callbackUrl ?? null,
        client_transcript: a.clientTranscript ?? null,
        recorded_at: a.recordedAt ?? null,
        stages: JSON.stringify(Object.fromEntries(a.stages.map((s) => [s, pending]))),
      })
      .onConflict(['user_id', 'idempotency_key'])
      .ignore()
      .returning('*')) as AnalysisRow[];
    if (rows[0]) return { analysis: rows[0], created: true };
    // A concurrent request with the same key won the race: drop the conversation made for this one, answer with its analysis.
    if (!a.conversationId) await trx('conversations').where({ id: conversationId }).delete();
    const existing = await this.findByIdempotencyKey(trx, a.userId, a.idempotencyKey!);
    return { analysis: existing!, created: false };
  }

  async findByIdempotencyKey(
    db: Knex | Knex.Transaction,
    userId: string,
    key: string,
  ): Promise<AnalysisRow | undefined> {
    return (await db(TABLE).where({ user_id: userId, idempotency_key: key }).first()) as AnalysisRow | undefined;
  }

  /** Someone else's analysis is indistinguishable from a missing one. */
  async findForUser(userId: string, id: string): Promise<AnalysisRow | undefined> {
    return (await this.db(TABLE).where({ id, user_id: userId }).first()) as AnalysisRow | undefined;
  }

  async conversationBelongsTo(
    userId: string,
    conversationId: string,
    db: Knex | Knex.Transaction = this.db,
  ): Promise<boolean> {
    return Boolean(await db('conversations').where({ id: conversationId, user_id: userId }).first('id'));
  }

  /** Newest first; the cursor is the last row's (created_at, id). */
  async list(
    userId: string,
    opts: { status?: AnalysisStatus; limit: number; cursor?: { createdAt: string; id: string } },
  ) {
    const q = this.db(TABLE)
      .where({ user_id: userId })
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ]);
    if (opts.status) q.andWhere({ status: opts.status });
    if (opts.cursor)
      q.andWhereRaw('(created_at, id) < (?::timestamptz, ?::uuid)', [opts.cursor.createdAt, opts.cursor.id]);
    return (await q.limit(opts.limit + 1)) as AnalysisRow[];
  }

  /**
   * Cancels an analysis: pending stages become canceled, its audio, results and client transcript are
   * erased. The row stays (status `canceled`) so clients polling it see why it stopped.
   */
  async cancel(userId: string, id: string): Promise<{ generation: number } | undefined> {
    return this.db.transaction(async (trx) => {
      // The row lock orders this against a stage's persist(): whichever commits second sees the other.
      const row = (await trx(TABLE)
        .where({ id, user_id: userId })
        .forUpdate()
        .first('stages', 'status', 'reprocess_generation')) as AnalysisRow | undefined;
      if (!row) return undefined;
      for (const table of RESULT_TABLES) await trx(table).where({ analysis_id: id }).delete();
      await trx('recordings').where({ analysis_id: id }).delete();
      const stages = Object.fromEntries(
        Object.entries(row.stages).map(([name, st]) => [
          name,
          st && ['pending', 'processing'].includes(st.status) ? { ...st, status: 'canceled' } : st,
        ]),
      );
      const ended = ['completed', 'failed', 'canceled'].includes(row.status);
      await trx(TABLE)
        .where({ id })
        .update({
          status: 'canceled',
          stages: JSON.stringify(stages),
          client_transcript: null,
          callback_url: null,
          ...(ended ? {} : { completed_at: trx.fn.now() }),
          updated_at: trx.fn.now(),
        });
      return { generation: row.reprocess_generation };
    });
  }

  /**
   * Marks a stage attempt started, and the analysis processing (again, after a retry or reprocess),
   * in one statement; undefined when the analysis is canceled or gone.
   */
  async startStage(id: string, stage: StageName, attempt: number): Promise<AnalysisRow | undefined> {
    const patch: Partial<StageState> = {
      status: 'processing',
      attempts: attempt,
      started_at: new Date().toISOString(),
      completed_at: null,
    };
    const [row] = (await this.db(TABLE)
      .where({ id })
      .whereNot({ status: 'canceled' })
      .update({
        stages: this.db.raw("jsonb_set(stages, ?::text[], coalesce(stages -> ?, '{}'::jsonb) || ?::jsonb)", [
          `{${stage}}`,
          stage,
          JSON.stringify(patch),
        ]),
        status: 'processing',
        started_at: this.db.raw('coalesce(started_at, now())'),
        completed_at: this.db.raw("CASE WHEN status = 'processing' THEN completed_at END"),
        error: this.db.raw("CASE WHEN status = 'processing' THEN error END"),
        updated_at: this.db.fn.now(),
      })
      .returning('*')) as AnalysisRow[];
    return row;
  }

  async cancelPendingStages(id: string, db: Knex | Knex.Transaction = this.db): Promise<void> {
    await db.raw(
      `UPDATE analyses SET stages = (
         SELECT jsonb_object_agg(k, CASE WHEN v->>'status' = 'pending' THEN v || '{"status":"canceled"}' ELSE v END)
         FROM jsonb_each(stages) AS e(k, v))
       WHERE id = ? AND stages <> '{}'::jsonb`,
      [id],
    );
  }

  /** Merges `patch` into one stage's state and moves the analysis status along, in one statement. */
  async updateStage(
    id: string,
    stage: StageName,
    patch: Partial<StageState>,
    analysis: Record<string, unknown> = {},
    db: Knex | Knex.Transaction = this.db,
  ): Promise<Pick<AnalysisRow, 'callback_url' | 'reprocess_generation'> | undefined> {
    const [row] = (await db(TABLE)
      .where({ id })
      .whereNotIn('status', ['canceled'])
      .update({
        ...analysis,
        stages: this.db.raw("jsonb_set(stages, ?::text[], coalesce(stages -> ?, '{}'::jsonb) || ?::jsonb)", [
          `{${stage}}`,
          stage,
          JSON.stringify(patch),
        ]),
        updated_at: this.db.fn.now(),
      })
      .returning(['callback_url', 'reprocess_generation'])) as AnalysisRow[];
    return row;
  }
}

/** Tables holding a stage's results, keyed by analysis id. */
export const RESULT_TABLES = [
  'transcriptions',
  'acoustic_features',
  'emotion_scores',
  'session_deviations',
  'escalations',
  'risk_assessments',
] as const;
