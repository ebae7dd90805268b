import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import request from 'supertest';
import type { Express } from 'express';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { testApp, testConfig } from '../../setup/app.js';

const valid = { email: 'Amani@Example.org', password: 'correct horse', consent_version: '2026-01' };

describe('POST /v1/auth/register', () => {
  let t: TestDatabase;
  let app: Express;
  before(async () => {
    t = await createTestDatabase();
    app = testApp(t.db, testConfig(t.url));
  });
  after(() => t.drop());

  for (const field of ['email', 'password', 'consent_version'] as const) {
    it(`answers 400 validation_error when ${field} is missing`, async () => {
      const body: Record<string, string> = { ...valid };
      delete body[field];
      const res = await request(app).post('/v1/auth/register').send(body).expect(400);
      expect(res.body.error.code).to.equal('validation_error');
      expect(res.body.error.details.map((d: { path: string }) => d.path)).to.include(field);
    });
  }

  it('answers 400 for an invalid email', async () => {
    const res = await request(app)
      .post('/v1/auth/register')
      .send({ ...valid, email: 'not-an-email' })
      .expect(400);
    expect(res.body.error.code).to.equal('validation_error');
  });

  it('answers 400 for a password shorter than 8 or longer than 128 characters', async () => {
    await request(app)
      .post('/v1/auth/register')
      .send({ ...valid, password: 'short7!' })
      .expect(400);
    await request(app)
      .post('/v1/auth/register')
      .send({ ...valid, password: 'x'.repeat(129) })
      .expect(400);
  });

  it('creates the account, stores an argon2id hash and returns a bearer token', async () => {
    const res = await request(app).post('/v1/auth/register').send(valid).expect(201);
    expect(res.body).to.include({ email: 'amani@example.org', token_type: 'bearer', expires_in: 3600 });
    expect(res.body.user_id).to.match(/^[0-9a-f-]{36}$/);
    expect(res.body.access_token).to.be.a('string');
    const row = await t.db('users').where({ id: res.body.user_id }).first();
    expect(row.password_hash).to.match(/^\$argon2id\$/);
    expect(row.role).to.equal('user');
    expect(row.consent_version).to.equal('2026-01');
  });

  it('stores the time zone a person registers with, and refuses one that does not exist', async () => {
    const res = await request(app)
      .post('/v1/auth/register')
      .send({ ...valid, email: 'zone@example.org', time_zone: 'Africa/Kampala' })
      .expect(201);
    expect((await t.db('users').where({ id: res.body.user_id }).first()).time_zone).to.equal('Africa/Kampala');
    const bad = await request(app)
      .post('/v1/auth/register')
      .send({ ...valid, email: 'nozone@example.org', time_zone: 'Africa/Atlantis' })
      .expect(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).to.include('time_zone');
  });

  it('answers 409 email_taken for the same email in another letter case', async () => {
    const res = await request(app)
      .post('/v1/auth/register')
      .send({ ...valid, email: 'AMANI@example.ORG' })
      .expect(409);
    expect(res.body.error.code).to.equal('email_taken');
  });

  it('answers 400 validation_error, not 500, for a NUL character in email or consent_version', async () => {
    for (const body of [
      { ...valid, email: 'nul\u0000@example.org' },
      { ...valid, consent_version: '2026\u000001' },
    ]) {
      const res = await request(app).post('/v1/auth/register').send(body).expect(400);
      expect(res.body.error.code).to.equal('validation_error');
    }
  });

  describe('throttling', () => {
    let limited: Express;
    before(() => {
      limited = testApp(
        t.db,
        testConfig(t.url, { REGISTER_MAX_PER_IP: '2', REGISTER_MAX_PER_MINUTE: '3', TRUST_PROXY: 'true' }),
      );
    });
    beforeEach(() => t.db('rate_limits').delete());

    const registerFrom = (address: string) =>
      request(limited)
        .post('/v1/auth/register')
        .set('X-Forwarded-For', address)
        .send({ ...valid, email: `${randomBytes(4).toString('hex')}@example.org` });

    it('answers 429 rate_limited with Retry-After once one address passes REGISTER_MAX_PER_IP in an hour', async () => {
      await registerFrom('203.0.113.5').expect(201);
      await registerFrom('203.0.113.5').expect(201);
      const res = await registerFrom('203.0.113.5').expect(429);
      expect(res.body.error.code).to.equal('rate_limited');
      expect(Number(res.headers['retry-after'])).to.be.within(3500, 3600);
      await registerFrom('198.51.100.5').expect(201);
    });

    it('answers 429 once all addresses together pass REGISTER_MAX_PER_MINUTE', async () => {
      for (let i = 1; i <= 3; i++) await registerFrom(`203.0.113.${i}`).expect(201);
      const res = await registerFrom('203.0.113.4').expect(429);
      expect(res.body.error.code).to.equal('rate_limited');
      expect(Number(res.headers['retry-after'])).to.be.within(1, 60);
    });

    it('does not count requests refused as invalid', async () => {
      for (let i = 0; i < 4; i++)
        await request(limited)
          .post('/v1/auth/register')
          .set('X-Forwarded-For', '203.0.113.5')
          .send({ ...valid, email: 'not-an-email' })
          .expect(400);
      await registerFrom('203.0.113.5').expect(201);
    });
  });
});
