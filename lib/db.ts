import path from 'node:path';
import { fileURLToPath } from 'node:url';
import knexFactory, { type Knex } from 'knex';
import { MigrationSource } from './migration-source.js';

export type { Knex };

// migrations/ sits beside lib/ both in the sources and in dist/.
export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

export function knexConfig(url: string, pool: { min: number; max: number } = { min: 0, max: 10 }): Knex.Config {
  return {
    client: 'pg',
    connection: url,
    pool,
    acquireConnectionTimeout: 10_000,
    migrations: { migrationSource: new MigrationSource(MIGRATIONS_DIR), tableName: 'knex_migrations' },
  };
}

/** The only place a Knex instance is built. */
export function createKnex(url: string): Knex {
  return knexFactory(knexConfig(url));
}

export async function migrateLatest(db: Knex): Promise<string[]> {
  const [, applied] = (await db.migrate.latest()) as [number, string[]];
  return applied;
}

export async function migrateRollback(db: Knex, all = false): Promise<string[]> {
  const [, reverted] = (await db.migrate.rollback(undefined, all)) as [number, string[]];
  return reverted;
}
