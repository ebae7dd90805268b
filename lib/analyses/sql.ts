import type { Knex } from 'knex';

type Db = Knex | Knex.Transaction;

// SQL pieces the lifecycle store composes its statements from.

/** Runs the statements as CTEs of one statement (each may read the ones before it) and returns `result`'s row. */
export async function withCtes<T>(
  db: Db,
  ctes: ReadonlyArray<[string, Knex.Sql]>,
  result: string,
): Promise<T | undefined> {
  const sql = `WITH ${ctes.map(([name, q]) => `${name} AS (${q.sql})`).join(', ')} SELECT * FROM ${result}`;
  const { rows } = (await db.raw(sql, ctes.flatMap(([, q]) => q.bindings) as Knex.RawBinding[])) as { rows: T[] };
  return rows[0];
}

/** The stages JSON with every stage in one of `statuses` marked canceled. */
export function stagesCanceled(db: Db, statuses: string[]): Knex.Raw {
  return db.raw(
    `(SELECT coalesce(jsonb_object_agg(k, CASE WHEN v->>'status' = ANY(?::text[])
        THEN v || '{"status":"canceled"}' ELSE v END), '{}'::jsonb) FROM jsonb_each(stages) AS e(k, v))`,
    [statuses],
  );
}
