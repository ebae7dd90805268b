import type { Knex } from 'knex';
import { keysetTimestamp } from '../keyset.js';
import type { AnalysisRow, AnalysisStatus } from './states.js';

type Db = Knex | Knex.Transaction;

/** Which analyses the CLI pages through: by owner, creation time (since inclusive, until exclusive), status. */
export interface AnalysisFilter {
  userId?: string;
  since?: Date;
  until?: Date;
  statuses?: readonly AnalysisStatus[];
  /** Only rows no transition touched since (the worker's sweep of stalled analyses). */
  updatedBefore?: Date;
}

/** A row of the CLI's pages, with the keyset cursor as PostgreSQL's own text (a Date would drop microseconds). */
export type PageRow = Pick<AnalysisRow, 'id' | 'user_id' | 'status' | 'stages' | 'reprocess_generation'> & {
  cursor_ts: string;
};

/** Reads of `analyses`: what polling, listing and the CLI see. Changes go through AnalysisStore. */
export class AnalysisReader {
  constructor(private readonly db: Knex) {}

  async findByIdempotencyKey(userId: string, key: string, db: Db = this.db): Promise<AnalysisRow | undefined> {
    return (await db('analyses').where({ user_id: userId, idempotency_key: key }).first()) as AnalysisRow | undefined;
  }

  /** Someone else's analysis is indistinguishable from a missing one. */
  async findForUser(userId: string, id: string): Promise<AnalysisRow | undefined> {
    return (await this.db('analyses').where({ id, user_id: userId }).first()) as AnalysisRow | undefined;
  }

  async findMany(ids: readonly string[], db: Db = this.db): Promise<AnalysisRow[]> {
    if (ids.length === 0) return [];
    return (await db('analyses').whereIn('id', ids)) as AnalysisRow[];
  }

  async conversationBelongsTo(userId: string, conversationId: string, db: Db = this.db): Promise<boolean> {
    return Boolean(await db('conversations').where({ id: conversationId, user_id: userId }).first('id'));
  }

  /** Newest first; the cursor is the last row's (created_at, id). One more row than `limit` says a page follows. */
  async list(
    userId: string,
    opts: { status?: AnalysisStatus; limit: number; cursor?: { createdAt: string; id: string } },
  ): Promise<Array<AnalysisRow & { cursor_ts: string }>> {
    const q = this.db('analyses')
      .select('*', keysetTimestamp(this.db, 'created_at'))
      .where({ user_id: userId })
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ]);
    if (opts.status) q.andWhere({ status: opts.status });
    if (opts.cursor)
      q.andWhereRaw('(created_at, id) < (?::timestamptz, ?::uuid)', [opts.cursor.createdAt, opts.cursor.id]);
    return (await q.limit(opts.limit + 1)) as Array<AnalysisRow & { cursor_ts: string }>;
  }

  async count(filter: AnalysisFilter): Promise<number> {
    const row = (await this.db('analyses')
      .where((q) => applyFilter(q, filter))
      .count({ n: '*' })
      .first()) as { n: string };
    return Number(row.n);
  }

  /** Pages through matching analyses oldest first, keyset on (created_at, id), from after `start` if given. */
  async *pages(filter: AnalysisFilter, size = 500, start?: PageRow): AsyncGenerator<PageRow[]> {
    let after: PageRow | undefined = start;
    for (;;) {
      const q = this.db('analyses')
        .select(
          'id',
          'user_id',
          'status',
          'stages',
          'reprocess_generation',
          this.db.raw('created_at::text AS cursor_ts'),
        )
        .where((w) => applyFilter(w, filter))
        .orderBy([{ column: 'created_at' }, { column: 'id' }])
        .limit(size);
      if (after) q.andWhereRaw('(created_at, id) > (?::timestamptz, ?::uuid)', [after.cursor_ts, after.id]);
      const rows = (await q) as PageRow[];
      if (rows.length) yield rows;
      if (rows.length < size) return;
      after = rows[rows.length - 1];
    }
  }
}

function applyFilter(q: Knex.QueryBuilder, f: AnalysisFilter): void {
  if (f.userId) q.where('user_id', f.userId);
  if (f.since) q.where('created_at', '>=', f.since);
  if (f.until) q.where('created_at', '<', f.until);
  if (f.statuses) q.whereIn('status', [...f.statuses]);
  if (f.updatedBefore) q.where('updated_at', '<', f.updatedBefore);
}
