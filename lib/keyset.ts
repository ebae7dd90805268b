import type { Knex } from 'knex';

/** A timestamp column as an ISO 8601 UTC text to the microsecond, `cursor_ts`: the time a keyset cursor carries. */
export const keysetTimestamp = (db: Knex, column: string): Knex.Raw =>
  db.raw(`to_char(?? AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_ts`, [column]);
