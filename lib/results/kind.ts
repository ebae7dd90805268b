import type { Knex } from 'knex';
import type { z } from 'zod';
import { wellFormed } from '../text-cut.js';

/** The analysis a result belongs to: every result row carries these. */
export interface ResultKeys {
  analysis_id: string;
  user_id: string;
  /** The check-in session (conversations.id) the upstream tables call session_id. */
  conversation_id: string;
  /** The reprocess generation writing (0: the first run); absent when unknown, which counts as a re-run. */
  generation?: number;
}

/**
 * One kind of stage output and how it is stored: the only place that knows its table and columns.
 * Writes are validated (queued jobs and new code meet old rows), upserted by analysis id, so a re-run replaces.
 */
export interface ResultKind<V> {
  table: string;
  schema: z.ZodType<V>;
  /** The shape GET shows when it is narrower than what the stage writes (the OpenAPI document uses it). */
  presentedSchema?: z.ZodType;
  /** Columns read back to rebuild the value. */
  columns: readonly string[];
  /** Pins the one row of this kind where a table holds several per analysis. */
  scope?: Record<string, string>;
  /** Shown by GET /v1/analyses/:id as result.<name>; false for internal outputs. */
  presented: boolean;
  write(trx: Knex.Transaction, keys: ResultKeys, value: V): Promise<void>;
  /**
   * The same upsert as part of a statement that inserts only for the analyses the CTE `after` returned (the
   * completions accepted): lets completions and their results go to PostgreSQL as one statement, several analyses
   * at once. Absent, or undefined for a value, where the write is more than one upsert.
   */
  upsertAfter?(keys: ResultKeys, value: V): UpsertAfter | undefined;
  fromRow(row: Record<string, unknown>): V;
  /** After an analysis's row of this kind was erased: what derives from it across analyses follows (the baseline). */
  erased?(trx: Knex.Transaction, userId: string): Promise<void>;
}

/** An upsert following a CTE: its row as one JSON value, and how to build its text once per set of `columns`. */
export interface UpsertAfter {
  columns: readonly string[];
  json: string;
  /** The statements for every analysis the CTE `after` returned, reading its row's JSON from `input`.`column`. */
  build(db: Knex, after: string, input: string, column: string): readonly Knex.Raw[];
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
  /** The row to upsert, and the columns a re-run replaces (the kind's own, not the keys). */
  const rowOf = (keys: ResultKeys, value: V) => {
    const own = def.toRow(value, keys);
    const row = { analysis_id: keys.analysis_id, user_id: keys.user_id, ...def.scope, ...own };
    return { row: row as Record<string, unknown>, merged: Object.keys(own) };
  };
  const mapJson = (row: Record<string, unknown>, f: (j: Json) => unknown, bytes = (b: Buffer): unknown => b) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [k, v instanceof Json ? f(v) : Buffer.isBuffer(v) ? bytes(v) : v]),
    );
  return {
    ...def,
    presented: true,
    async write(trx, keys, value) {
      const { row, merged } = rowOf(keys, value);
      await trx(def.table)
        .insert(mapJson(row, (j) => j.text()))
        .onConflict(conflict)
        .merge(merged);
    },
    upsertAfter(keys, value) {
      const { row, merged } = rowOf(keys, value);
      const cols = Object.keys(row);
      // bytea travels as its hex input form, which jsonb_populate_record hands to bytea's input function.
      const json = jsonText(
        mapJson(
          row,
          (j) => j.value,
          (b) => `\\x${b.toString('hex')}`,
        ),
      );
      // jsonb_populate_record types every value by the table's own columns, from the analysis's JSON in the batch.
      const build = (db: Knex, after: string, input: string, column: string) => [
        db.raw(
          `INSERT INTO ?? (${cols.map(() => '??').join(', ')})
         SELECT ${cols.map(() => 'v.??').join(', ')}
           FROM ?? AS c JOIN ?? AS i ON i.id = c.id, jsonb_populate_record(NULL::??, i.??) AS v
         ON CONFLICT (${conflict.map(() => '??').join(', ')}) DO UPDATE SET ${merged.map(() => '?? = EXCLUDED.??').join(', ')}`,
          [def.table, ...cols, ...cols, after, input, def.table, column, ...conflict, ...merged.flatMap((c) => [c, c])],
        ),
      ];
      // merged (the replaced columns) derives from the same keys, so the columns name the statement's shape.
      return { columns: cols, json, build };
    },
  };
}

/** A jsonb column's value: written as JSON text by Knex, embedded as JSON in the one-statement completion. */
export class Json {
  constructor(readonly value: unknown) {}
  text(): string {
    return jsonText(this.value);
  }
}

/** JSON text with every string well-formed: jsonb refuses a lone surrogate half wherever a cut or a client left one. */
const jsonText = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? wellFormed(v) : v));

/** A jsonb column's value; null stays SQL NULL. */
export const json = (v: unknown): Json | null => (v === null || v === undefined ? null : new Json(v));
