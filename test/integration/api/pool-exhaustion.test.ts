import { expect } from 'chai';
import request from 'supertest';
import { createKnex, type Knex } from '../../../lib/db.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { testApp, testConfig } from '../../setup/app.js';
import { registerUser } from '../../setup/engine.js';

// The error handler's answer when every pooled database connection is taken.
describe('an exhausted database pool', () => {
  let t: TestDatabase;
  let db: Knex;
  let held: Knex.Transaction[] = [];

  before(async () => {
    t = await createTestDatabase();
  });
  afterEach(async () => {
    for (const trx of held) await trx.rollback();
    held = [];
    await db.destroy();
  });
  after(() => t.drop());

  /** An app on a two-connection pool, both connections then held by open transactions. */
  async function exhausted() {
    const config = testConfig(t.url, { DATABASE_POOL_MAX: '2', DATABASE_ACQUIRE_TIMEOUT_MS: '300' });
    db = createKnex(t.url, config.database.pool);
    const app = testApp(db, config);
    const email = `pool${Date.now()}@example.org`;
    const { auth } = await registerUser(app, email);
    held = [await db.transaction(), await db.transaction()];
    return { app, auth, email };
  }

  it('answers login with 503 service_unavailable and Retry-After, in the envelope', async () => {
    const { app, email } = await exhausted();
    const res = await request(app).post('/v1/auth/login').send({ email, password: 'password-123' }).expect(503);
    expect(res.body.error).to.include({ code: 'service_unavailable' });
    expect(res.body.error.message).to.be.a('string');
    expect(Number(res.headers['retry-after'])).to.be.greaterThan(0);
  });

  it('answers an authenticated read with 503 and Retry-After', async () => {
    const { app, auth } = await exhausted();
    const res = await request(app).get('/v1/analyses').set('Authorization', auth).expect(503);
    expect(res.body.error.code).to.equal('service_unavailable');
    expect(res.headers).to.have.property('retry-after');
  });
});
