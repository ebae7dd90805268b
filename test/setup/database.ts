import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createKnex, type Knex } from '../../lib/db.js';
import { withDatabase } from './global.js';

export interface TestDatabase {
  url: string;
  db: Knex;
  drop(): Promise<void>;
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.RESONA_TEST_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh database, cloned from the migrated template unless `migrated: false`: create in `before`, drop in `after`. */
export async function createTestDatabase({ migrated = true } = {}): Promise<TestDatabase> {
  const template = process.env.RESONA_TEST_TEMPLATE;
  const adminUrl = process.env.RESONA_TEST_ADMIN_URL;
  if (!template || !adminUrl)
    throw new Error('test database template missing: run through mocha (test/setup/global.ts)');
  const name = `resona_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}${migrated ? ` TEMPLATE ${template}` : ''}`));
  const url = withDatabase(adminUrl, name);
  const db = createKnex(url);
  return {
    url,
    db,
    drop: async () => {
      await db.destroy();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
