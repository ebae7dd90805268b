import type { Knex } from 'knex';
import { BATCH_INPUT, type RowFollows } from '../statements.js';
import { EXTRA_RESULT_TABLES, RESULT_KINDS, type ResultName, type ResultValue, type ResultWrite } from './catalogue.js';
import type { ResultKeys, ResultKind, UpsertAfter } from './kind.js';

type Db = Knex | Knex.Transaction;
const kindOf = (name: ResultName) => RESULT_KINDS[name] as ResultKind<unknown>;

/**
 * The one reader and writer of stage results: stages read and write through it (via their context), GET
 * presents through it in a fixed number of queries however many analyses, DELETE erases through it.
 */
export class ResultStore {
  constructor(private readonly db: Knex) {}

  async read<N extends ResultName>(analysisId: string, name: N, db: Db = this.db): Promise<ResultValue<N> | undefined> {
    const kind = kindOf(name);
    const row = (await db(kind.table)
      .where({ analysis_id: analysisId, ...kind.scope })
      .first(kind.columns)) as Record<string, unknown> | undefined;
    return row ? (kind.fromRow(row) as ResultValue<N>) : undefined;
  }

  /** Throws (a stage's bug, not the user's input) when the value does not match its kind. */
  validate(write: ResultWrite): ResultWrite {
    return { name: write.name, value: kindOf(write.name).schema.parse(write.value) } as ResultWrite;
  }

  /** Writes values that `validate` passed (the stage context validates each as the stage queues it). */
  async write(trx: Knex.Transaction, keys: ResultKeys, writes: readonly ResultWrite[]): Promise<void> {
    for (const w of writes) await kindOf(w.name).write(trx, keys, w.value);
  }

  /**
   * The writes as upserts that follow the CTE `after` of a batched completion (values: this analysis's rows), or
   * undefined when a kind cannot be written that way.
   */
  upsertsAfter(after: string, keys: ResultKeys, writes: readonly ResultWrite[]): RowFollows | undefined {
    const kinds = writes.map((w) => kindOf(w.name));
    const maybe = writes.map((w, i) => kinds[i]!.upsertAfter?.(keys, w.value));
    if (maybe.some((u) => !u)) return undefined;
    const upserts = maybe as UpsertAfter[];
    return {
      shape: writes.map((w, i) => `${w.name}(${upserts[i]!.columns.join(',')})`).join(','),
      values: Object.fromEntries(upserts.map((u, i) => [`row${i}`, u.json])),
      build: () => upserts.flatMap((u, i) => u.build(this.db, after, BATCH_INPUT, `row${i}`)),
    };
  }

  /** `result` of each analysis for GET: one query per presented kind, whatever the number of analyses. */
  async present(analysisIds: readonly string[]): Promise<Map<string, Record<string, unknown>>> {
    const results = new Map(analysisIds.map((id) => [id, {} as Record<string, unknown>]));
    if (analysisIds.length === 0) return results;
    const presented = (Object.keys(RESULT_KINDS) as ResultName[]).filter((n) => kindOf(n).presented);
    await Promise.all(
      presented.map(async (name) => {
        const kind = kindOf(name);
        const rows = (await this.db(kind.table)
          .whereIn('analysis_id', [...analysisIds])
          .where({ ...kind.scope })
          .select(['analysis_id', ...kind.columns])) as Array<Record<string, unknown> & { analysis_id: string }>;
        for (const row of rows) results.get(row.analysis_id)![name] = kind.fromRow(row);
      }),
    );
    return results;
  }

  /**
   * Erases every result of an analysis, its recording (audio included) and anything else keyed by it; what derives
   * from an erased result across the person's analyses (their baseline) is recomputed in the same transaction.
   */
  async erase(trx: Knex.Transaction, analysisId: string, userId: string): Promise<void> {
    const tables = new Set([...EXTRA_RESULT_TABLES, ...Object.values(RESULT_KINDS).map((k) => k.table)]);
    const erased = new Set<string>();
    for (const table of tables) if (await trx(table).where({ analysis_id: analysisId }).delete()) erased.add(table);
    for (const kind of Object.values(RESULT_KINDS) as ResultKind<unknown>[]) {
      if (kind.erased && erased.has(kind.table)) await kind.erased(trx, userId);
    }
  }
}
