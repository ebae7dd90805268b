import { expect } from 'chai';
import { migrateLatest, migrateRollback } from '../../../lib/db.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';

const ENGINE_TABLES = [
  'users',
  'conversations',
  'user_baselines',
  'session_deviations',
  'user_interfaces',
  'risk_assessments',
  'recordings',
  'recording_blobs',
  'analyses',
  'transcriptions',
  'acoustic_features',
  'emotion_scores',
  'escalations',
  'webhook_deliveries',
  'outbox',
  'audit_log',
];

async function tables(t: TestDatabase): Promise<string[]> {
  const rows = await t.db('pg_tables').where({ schemaname: 'public' }).pluck('tablename');
  return rows.filter((n: string) => !n.startsWith('knex_'));
}

describe('migrations', () => {
  let t: TestDatabase;
  before(async () => {
    t = await createTestDatabase({ migrated: false });
  });
  after(() => t.drop());

  it('creates every table of DESIGN §3, rolls all back, and applies again', async () => {
    await migrateLatest(t.db);
    expect(await tables(t)).to.include.members(ENGINE_TABLES);
    await migrateRollback(t.db, true);
    expect(await tables(t)).to.deep.equal([]);
    await migrateLatest(t.db);
    expect(await tables(t)).to.include.members(ENGINE_TABLES);
  });

  it('records migrations by name without extension, so sources and dist/ agree', async () => {
    const names = await t.db('knex_migrations').pluck('name');
    expect(names).to.have.length.greaterThan(0);
    for (const name of names) expect(name).to.match(/^\d{14}_[a-z0-9-]+$/);
  });
});
