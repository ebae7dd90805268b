import type { Knex } from 'knex';
import type { z } from 'zod';

/** The analysis a result belongs to: every result row carries these. */
export interface ResultKeys {
  analysis_id: string;
  user_id: string;
  /** The check-in session (conversations.id) the upstream tables call session_id. */
  conversation_id: string;
}

/**
 * One kind of stage output and how it is stored: the only place that knows its table and columns.
 * Writes are validated (queued jobs and new code meet old rows), upserted by analysis id, so a re-run replaces.
 */
export interface ResultKind<V> {
  table: string;
  schema: z.ZodType<V>;
  /** Columns read back to rebuild the value. */
  columns: readonly string[];
  /** Pins the one row of this kind where a table holds several per analysis. */
  scope?: Record<string, string>;
  /** Shown by GET /v1/analyses/:id as result.<name>; false for internal outputs. */
  presented: boolean;
  write(trx: Knex.Transaction, keys: ResultKeys, value: V): Promise<void>;
  fromRow(row: Record<string, unknown>): V;
}

/** A kind stored as one row per analysis (and scope), upserted on `conflict`. */
export function upsertKind<V>(def: {
  table: string;
  schema: z.ZodType<V>;
  columns: readonly string[];
  scope?: Record<string, string>;
  conflict?: string[];
  toRow(value: V, keys: ResultKeys): Record<string, unknown>;
  fromRow(row: Record<string, unknown>): V;
}): ResultKind<V> {
  const conflict = def.conflict ?? ['analysis_id'];
  return {
    ...def,
    presented: true,
    async write(trx, keys, value) {
      const row = def.toRow(value, keys);
      await trx(def.table)
        .insert({ analysis_id: keys.analysis_id, user_id: keys.user_id, ...def.scope, ...row })
        .onConflict(conflict)
        .merge(Object.keys(row));
    },
  };
}

/** jsonb columns take JSON text; null stays SQL NULL. */
export const json = (v: unknown): string | null => (v === null || v === undefined ? null : JSON.stringify(v));
