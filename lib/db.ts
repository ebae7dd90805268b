import path from 'node:path';
import { fileURLToPath } from 'node:url';
import knexFactory, { type Knex } from 'knex';
import type { DatabasePool } from './config.js';
import { MigrationSource } from './migration-source.js';

export type { Knex };

// migrations/ sits beside lib/ both in the sources and in dist/.
export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

const DEFAULT_POOL: DatabasePool = { max: 10, acquireTimeoutMs: 10_000 };

export function knexConfig(url: string, pool: DatabasePool = DEFAULT_POOL): Knex.Config {
  return {
    client: 'pg',
    connection: url,
    pool: { min: 0, max: pool.max },
    acquireConnectionTimeout: pool.acquireTimeoutMs,
    migrations: { migrationSource: new MigrationSource(MIGRATIONS_DIR), tableName: 'knex_migrations' },
  };
}

/** The only place a Knex instance is built. */
export function createKnex(url: string, pool?: DatabasePool): Knex {
  return knexFactory(knexConfig(url, pool));
}

export async function migrateLatest(db: Knex): Promise<string[]> {
  const [, applied] = (await db.migrate.latest()) as [number, string[]];
  return applied;
}

export async function migrateRollback(db: Knex, all = false): Promise<string[]> {
  const [, reverted] = (await db.migrate.rollback(undefined, all)) as [number, string[]];
  return reverted;
}
