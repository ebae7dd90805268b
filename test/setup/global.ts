import path from 'node:path';
import pg from 'pg';
import { createKnex, migrateLatest } from '../../lib/db.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../lib/embedded-postgres.js';
import { createLogger } from '../../lib/logger.js';

// Once per run: find a PostgreSQL (TEST_DATABASE_URL, else an embedded one), migrate a template database.
// Each test file clones the template (test/setup/database.ts), so files run isolated and in any order.

let embedded: EmbeddedDatabase | undefined;
const template = `resona_template_${process.pid}`;

export async function mochaGlobalSetup(): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.resolve('.data/test'),
      port: Number(process.env.TEST_EMBEDDED_POSTGRES_PORT ?? 54329),
      password: 'resona-test',
      database: 'postgres',
      logger: createLogger('warn', 'test-postgres'),
    });
    adminUrl = embedded.url;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  const db = createKnex(withDatabase(adminUrl, template));
  await migrateLatest(db);
  await db.destroy();
  process.env.RESONA_TEST_ADMIN_URL = adminUrl;
  process.env.RESONA_TEST_TEMPLATE = template;
}

export async function mochaGlobalTeardown(): Promise<void> {
  const admin = new pg.Client({ connectionString: process.env.RESONA_TEST_ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.end();
  await embedded?.stop();
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
