import type { Knex } from 'knex';
import { STAGE_QUEUES } from '../../jobs/queues.js';

/** A stage the queue failed outside its wrapper (stalled past its limit); the message is for clients. */
export const STALLED_CODE = 'stage_stalled';
export const STALLED_MESSAGE = ' stopped without finishing: its worker died or was stopped while running it';

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

/** The stages in pipeline order, as an SQL array literal (the first stalled one is the one reported). */
const ORDER = `ARRAY[${STAGE_QUEUES.map((s) => `'${s}'`).join(', ')}]::text[]`;

/** A completion's guard: the stage (bound) has not already failed in this generation (a re-run job, a late sweep). */
export const notFailed = (table: string) => `coalesce(${table}.stages -> ? ->> 'status', '') <> 'failed'`;

/** Every other transition's guard: the stage (bound) has not ended in this generation, so a stale attempt of a job
 * another worker completed (it stalled once) cannot set it back to pending or processing, nor fail it. */
export const notSettled = (table: string) =>
  `coalesce(${table}.stages -> ? ->> 'status', '') NOT IN ('completed', 'failed')`;

/**
 * The last stage's completion, for an analysis whose other stages are all settled in its row: failed when an earlier
 * stage failed and was passed over, else completed. A stage still pending or processing then was failed by the queue
 * outside its wrapper (stalled past its limit) and released the stages after it before anything recorded it: it is
 * failed now, as stage_stalled, so the analysis never ends completed with a stage that did not run.
 */
export function lastCompletion(table: string, stage: string) {
  // Identifiers of a fixed list, written into the statement: it stays one text for every batch of a stage. Only stages
  // before this one count: one a newer pipeline added after it (a deploy under way) was never in this flow.
  const earlier = `array_position(${ORDER}, k) < array_position(${ORDER}, ?)`;
  const unsettled = `${earlier} AND v->>'status' IN ('pending', 'processing')`;
  const others = `FROM jsonb_each(${table}.stages) AS e(k, v) WHERE ${unsettled}`;
  const stalled = `jsonb_build_object('code', '${STALLED_CODE}', 'message', 'stage ' || k || '${STALLED_MESSAGE}')`;
  return {
    status: {
      sql: `CASE WHEN ${table}.error IS NULL AND NOT EXISTS (SELECT 1 ${others}) THEN 'completed' ELSE 'failed' END`,
      bindings: [stage],
    },
    error: {
      sql: `coalesce(${table}.error, (SELECT ${stalled} || jsonb_build_object('stage', k) ${others}
              ORDER BY array_position(${ORDER}, k) LIMIT 1))`,
      bindings: [stage],
    },
    /** The stages JSON with those stalled ones failed, for the completing stage's state to be merged into. */
    stages: {
      sql: `(SELECT coalesce(jsonb_object_agg(k, CASE WHEN ${unsettled}
              THEN v || jsonb_build_object('status', 'failed', 'error', ${stalled}) ELSE v END), '{}'::jsonb)
             FROM jsonb_each(${table}.stages) AS e(k, v))`,
      bindings: [stage],
    },
  };
}
