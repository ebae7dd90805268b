import { createHash } from 'node:crypto';
import type { Knex } from 'knex';

type Db = Knex | Knex.Transaction;

// Hot statements are built by Knex once per shape and then only bound: building costs more client CPU than the
// round trip itself (bench/README.md), and a named statement is parsed and planned once per connection.

// A private-use character: no JSON or SQL escaping rewrites it, so an embedded param is still found.
const MARK = '\uE000param:';

/** Stands for a value bound at run time while a statement's text is built once per shape. */
export const param = (name: string): string => `${MARK}${name}`;

/** What a completing statement writes after its first CTE: `build` makes it with `param(...)` for each of `values`. */
export interface Follows {
  /** Everything that changes the statement's text (kinds, columns); never a value. */
  shape: string;
  values: Record<string, unknown>;
  build(): readonly Knex.Raw[];
}

export const noFollows: Follows = { shape: '', values: {}, build: () => [] };

/** The CTE holding a batched completion's rows (one per analysis): `id`, `generation`, `state` and RowFollows values. */
export const BATCH_INPUT = 'input';

/**
 * What a batched completion writes after its CTE `completed`, for each analysis it accepted: `values` (JSON text by
 * name) are this analysis's columns of the `input` rows, which `build` reads joined to `completed` by id.
 */
export interface RowFollows {
  /** Everything that changes the statement's text (kinds, columns); never a value. */
  shape: string;
  values: Record<string, string>;
  build(): readonly Knex.Raw[];
}

export const joinRowFollows = (a: RowFollows, b: RowFollows): RowFollows => ({
  shape: `${a.shape};${b.shape}`,
  values: { ...a.values, ...b.values },
  build: () => [...a.build(), ...b.build()],
});

type Slot = { param: string } | { value: unknown };
interface Built {
  sql: string;
  name: string;
  slots: Slot[];
}

/** A bound on the remembered shapes: a bug that made a shape per call would otherwise grow without end. */
const MAX_SHAPES = 500;

/** The same name for the same text, so each connection prepares a statement once whatever the caller. */
export const statementName = (sql: string): string =>
  `resona_${createHash('sha1').update(sql).digest('base64url').slice(0, 20)}`;

export class StatementMemo {
  private readonly shapes = new Map<string, Built>();

  /**
   * Runs the statement of `shape`, built by `build` the first time (with `param(name)` for each value), bound to
   * `values`. `prepared`: as a named statement, only for statements whose result columns are listed, since a
   * migration adding a column must not change a cached plan's result type.
   */
  async run<T>(
    db: Db,
    shape: string,
    build: () => Knex.Sql,
    values: Record<string, unknown>,
    { prepared = false } = {},
  ): Promise<T[]> {
    const built = this.shapes.get(shape) ?? this.remember(shape, build());
    const bindings = built.slots.map((s) => ('param' in s ? bound(values, s.param, shape) : s.value));
    const raw = db.raw(built.sql, bindings as Knex.RawBinding[]);
    const { rows } = (await (prepared ? raw.options({ name: built.name }) : raw)) as { rows: T[] };
    return rows;
  }

  private remember(shape: string, sql: Knex.Sql): Built {
    const slots = sql.bindings.map((b): Slot => {
      if (typeof b !== 'string' || !b.includes(MARK)) return { value: b };
      // A param inside a larger value (JSON built around it) would be bound as the marker text: a bug.
      if (!b.startsWith(MARK)) throw new Error(`param embedded in a value of statement ${shape}`);
      return { param: b.slice(MARK.length) };
    });
    if (sql.sql.includes(MARK)) throw new Error(`param in the text of statement ${shape}`);
    const built = { sql: sql.sql, name: statementName(sql.sql), slots };
    if (this.shapes.size < MAX_SHAPES) this.shapes.set(shape, built);
    return built;
  }
}

/** A param's value; one the caller forgot would otherwise be bound as NULL without a word. */
function bound(values: Record<string, unknown>, name: string, shape: string): unknown {
  if (!(name in values)) throw new Error(`no value for param ${name} of statement ${shape}`);
  return values[name] ?? null;
}
