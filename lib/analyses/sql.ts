import type { Knex } from 'knex';

type Db = Knex | Knex.Transaction;

// SQL pieces the lifecycle store composes its statements from.

/** The statements as CTEs of one statement (each may read the ones before it) that returns `result`'s rows. */
export function withCtes(ctes: ReadonlyArray<[string, Knex.Sql]>, result: string): Knex.Sql {
  const sql = `WITH ${ctes.map(([name, q]) => `${name} AS (${q.sql})`).join(', ')} SELECT * FROM ${result}`;
  return { sql, bindings: ctes.flatMap(([, q]) => q.bindings) } as unknown as Knex.Sql;
}

/** The stages JSON with every stage in one of `statuses` marked canceled. */
export function stagesCanceled(db: Db, statuses: string[]): Knex.Raw {
  return db.raw(
    `(SELECT coalesce(jsonb_object_agg(k, CASE WHEN v->>'status' = ANY(?::text[])
        THEN v || '{"status":"canceled"}' ELSE v END), '{}'::jsonb) FROM jsonb_each(stages) AS e(k, v))`,
    [statuses],
  );
}

/** Whether an analysis row has the client's own transcript: a failed transcription then lets risk read it. */
export const clientWordsSql = (column: string) => `coalesce(btrim(${column}), '') <> ''`;
export const hasClientWords = (transcript: string | null | undefined): boolean => Boolean(transcript?.trim());

/** The status the last stage's completion gives an analysis: failed when an earlier stage failed and was passed over. */
export const lastStatus = (table: string) => `CASE WHEN ${table}.error IS NULL THEN 'completed' ELSE 'failed' END`;
