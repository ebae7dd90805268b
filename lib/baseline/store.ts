import type { Knex } from 'knex';
import type { Acoustics } from '../results/acoustics.js';
import { summarise, type FeatureStats } from './stats.js';

// The person's voice baseline in PostgreSQL. The source of truth is the stored features of the sessions that
// counted (session_deviations.counted, joined to acoustic_features); `user_baselines` is recomputed from the
// window, never updated by running sums, so a re-run, a late session or a deletion cannot skew it.

type Db = Knex | Knex.Transaction;
const BASELINE_TYPE = 'voice';

/** A counted session as the window reads it. */
export interface CountedSession {
  analysis_id: string;
  recorded_at: Date;
  acoustics: Acoustics;
  /** Its concern index as its own stage run computed it (null while it was collecting). */
  concern: number | null;
}

/** `user_baselines.baseline_value` of type voice. */
export interface BaselineValue {
  status: 'collecting' | 'established';
  sessions: number;
  required: number;
  window: number;
  features: FeatureStats;
  /** The newest counted session's recorded_at, ISO; null with none. */
  latest_recorded_at: string | null;
}

export interface BaselineSettings {
  window: number;
  required: number;
}

const counted = (db: Db, userId: string) =>
  db('session_deviations as d')
    .join('acoustic_features as af', 'af.analysis_id', 'd.analysis_id')
    .where({ 'd.user_id': userId, 'd.deviation_type': BASELINE_TYPE, 'd.counted': true })
    .select(
      'd.analysis_id',
      'd.recorded_at',
      'af.features',
      db.raw(`(d.current_value #>> '{trajectory,concern_index}')::float8 AS concern`),
    );

const toSession = (r: Record<string, unknown>): CountedSession => ({
  analysis_id: r.analysis_id as string,
  recorded_at: r.recorded_at as Date,
  // Validated when written; older rows may lack measures added since, which `measure` reads as absent.
  acoustics: r.features as Acoustics,
  concern: (r.concern as number | null) ?? null,
});

/** The counted sessions recorded before this analysis (its recorded_at, else submission time), newest first. */
export async function sessionsBefore(
  db: Db,
  userId: string,
  analysisId: string,
  limit: number,
): Promise<CountedSession[]> {
  // Strictly before by (recorded_at, id), never the analysis's own row from an earlier run. The time is cut to
  // milliseconds as the stored rows hold it (a JS Date): a submission time in microseconds sorted after its own copy.
  const rows = (await counted(db, userId)
    .whereRaw(
      `(d.recorded_at, d.analysis_id) < (SELECT date_trunc('milliseconds', COALESCE(a.recorded_at, a.created_at)), a.id
        FROM analyses a WHERE a.id = ?) AND d.analysis_id <> ?`,
      [analysisId, analysisId],
    )
    .orderBy([
      { column: 'd.recorded_at', order: 'desc' },
      { column: 'd.analysis_id', order: 'desc' },
    ])
    .limit(limit)) as Record<string, unknown>[];
  return rows.map(toSession);
}

/** Counted sessions recorded since `since` (all when undefined), oldest first, the newest `limit` of them. */
export async function sessionsSince(
  db: Db,
  userId: string,
  since: Date | undefined,
  limit: number,
): Promise<CountedSession[]> {
  const q = counted(db, userId);
  if (since) q.where('d.recorded_at', '>=', since);
  const rows = (await q
    .orderBy([
      { column: 'd.recorded_at', order: 'desc' },
      { column: 'd.analysis_id', order: 'desc' },
    ])
    .limit(limit)) as Record<string, unknown>[];
  return rows.map(toSession).reverse();
}

/** Whether the analysis's stored baseline result counted it (false when there is none). */
export async function countedBefore(db: Db, analysisId: string): Promise<boolean> {
  const row = await db('session_deviations')
    .where({ analysis_id: analysisId, deviation_type: BASELINE_TYPE })
    .first('counted');
  return row?.counted === true;
}

/**
 * Takes the person's baseline row lock (creating the row if needed) until the transaction ends, and returns the
 * row's value as it stood (empty for a new row).
 */
export async function lockBaseline(trx: Knex.Transaction, userId: string): Promise<Partial<BaselineValue>> {
  // ON CONFLICT DO UPDATE locks the existing row as SELECT … FOR UPDATE would, in one statement.
  const { rows } = (await trx.raw(
    `INSERT INTO user_baselines (user_id, baseline_type, baseline_value, session_count)
     VALUES (?, ?, '{}'::jsonb, 0)
     ON CONFLICT (user_id, baseline_type) DO UPDATE SET updated_at = user_baselines.updated_at
     RETURNING baseline_value`,
    [userId, BASELINE_TYPE],
  )) as { rows: Array<{ baseline_value: Partial<BaselineValue> }> };
  return rows[0]!.baseline_value;
}

/**
 * Recomputes the person's baseline from the newest `window` counted sessions; call with what lockBaseline returned.
 * Without settings (after a deletion) the row's own are kept. established_at is when it last became established.
 */
export async function recomputeBaseline(
  trx: Knex.Transaction,
  userId: string,
  before: Partial<BaselineValue>,
  settings?: BaselineSettings,
): Promise<void> {
  const window = settings?.window ?? before.window;
  const required = settings?.required ?? before.required;
  if (!window || !required) return;
  const sessions = await sessionsSince(trx, userId, undefined, window);
  const status = sessions.length >= required ? 'established' : 'collecting';
  const value: BaselineValue = {
    status,
    sessions: sessions.length,
    required,
    window,
    features: summarise(sessions.map((s) => s.acoustics)),
    latest_recorded_at: sessions.at(-1)?.recorded_at.toISOString() ?? null,
  };
  await trx('user_baselines')
    .where({ user_id: userId, baseline_type: BASELINE_TYPE })
    .update({
      baseline_value: JSON.stringify(value),
      session_count: sessions.length,
      updated_at: trx.fn.now(),
      ...(status === 'established' && before.status !== 'established' ? { established_at: trx.fn.now() } : {}),
    });
}

/** The person's baseline as it stands, or undefined before their first session. */
export async function currentBaseline(
  db: Db,
  userId: string,
): Promise<{ value: BaselineValue; established_at: Date; updated_at: Date } | undefined> {
  const row = await db('user_baselines')
    .where({ user_id: userId, baseline_type: BASELINE_TYPE })
    .first('baseline_value', 'established_at', 'updated_at');
  if (!row || !(row.baseline_value as Partial<BaselineValue>).window) return undefined;
  return { value: row.baseline_value as BaselineValue, established_at: row.established_at, updated_at: row.updated_at };
}
