import type { Knex } from 'knex';
import { BATCH_INPUT, param, StatementMemo, type RowFollows } from '../statements.js';
import { lastCompletion, notFailed, withCtes } from './sql.js';
import { allowedFrom } from './states.js';
import { completedState, SETTLED, type Settled, type StageRef, type StageRun } from './transition-values.js';

// One stage's completion for several analyses as one statement: a group commit of the stage wrapper's writes.

/** One analysis's completion of a stage, with what follows it (its result upserts, the announcement). */
export interface Completion {
  ref: StageRef;
  run: StageRun;
  follows: RowFollows;
}

const statements = new StatementMemo();

/** Completions go in one statement only when it has the same text for all: same stage, same end, same follows. */
export const completionShape = (c: Completion): string =>
  `complete:${c.ref.stage}:${c.run.last ? 'last' : 'inner'}:${c.follows.shape}`;

/**
 * Completes `items` (one shape, distinct analyses) as one statement: the UPDATE of each analysis the transition
 * accepts (its generation, a status it may start from) and, reading the CTE `completed` joined to the `input` rows,
 * what follows it; an analysis refused writes nothing. Returns each item's settled row, or undefined if refused.
 */
export async function completeStages(db: Knex, items: readonly Completion[]): Promise<Array<Settled | undefined>> {
  const first = items[0];
  if (!first) return [];
  // Results join their completion by analysis id: one analysis twice would write the other's (a caller's bug).
  if (new Set(items.map((c) => c.ref.id)).size < items.length)
    throw new Error('one analysis twice in a completion batch');
  const names = Object.keys(first.follows.values);
  const { stage } = first.ref;
  const { last } = first.run;
  const build = () => {
    const columns = ['id uuid', 'generation int', 'state jsonb', ...names.map(() => '?? jsonb')].join(', ');
    const input = db.raw(`SELECT * FROM jsonb_to_recordset(?::jsonb) AS x(${columns})`, [param('batch'), ...names]);
    const from = allowedFrom(last ? 'completeLastStage' : 'completeStage');
    // The last stage ends the analysis, failing a stage the queue failed unrecorded (sql.ts lastCompletion); that never
    // touches this stage's own state, so it merges into a.stages -> stage.
    const end = last ? lastCompletion('a', stage) : undefined;
    const base = end ? end.stages.sql : 'a.stages';
    const update = db.raw(
      `UPDATE analyses AS a
          SET status = ${end ? end.status.sql : "'processing'"}, started_at = coalesce(a.started_at, now()), updated_at = now()${end ? `, completed_at = now(), error = ${end.error.sql}` : ''},
              stages = jsonb_set(${base}, ?::text[], coalesce(a.stages -> ?, '{}'::jsonb) || i.state)
         FROM ?? AS i
        WHERE a.id = i.id AND a.reprocess_generation = i.generation AND a.status IN (${from.map(() => '?').join(', ')})
          AND ${notFailed('a')}
        RETURNING a.id, ${SETTLED.map((c) => `a.${c}`).join(', ')}`,
      [
        ...(end ? [...end.status.bindings, ...end.error.bindings, ...end.stages.bindings] : []),
        `{${stage}}`,
        stage,
        BATCH_INPUT,
        ...from,
        stage,
      ],
    );
    const after = first.follows.build().map((u, i): [string, Knex.Sql] => [`r${i}`, u.toSQL()]);
    return withCtes([[BATCH_INPUT, input.toSQL()], ['completed', update.toSQL()], ...after], 'completed');
  };
  // The rows as JSON text around the values' own JSON text: nothing is parsed and serialised again. In id order, which
  // the nested loop PostgreSQL picks over them locks rows in, as the bulk lockers of generation-store.ts do.
  const sorted = [...items].sort((p, q) => (p.ref.id < q.ref.id ? -1 : p.ref.id > q.ref.id ? 1 : 0));
  const rows = sorted.map(({ ref, run, follows }) => {
    const own = names.map((n) => `,${JSON.stringify(n)}:${follows.values[n]!}`).join('');
    return `{"id":${JSON.stringify(ref.id)},"generation":${ref.generation},"state":${completedState(run)}${own}}`;
  });
  const settled = await statements.run<Settled & { id: string }>(
    db,
    completionShape(first),
    build,
    { batch: `[${rows.join(',')}]` },
    { prepared: true },
  );
  const byId = new Map(settled.map(({ id, ...s }) => [id, s as Settled]));
  return items.map((c) => byId.get(c.ref.id));
}
