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

  it('answers 409 email_taken for the same email in another letter case', async () => {
    const res = await request(app)
      .post('/v1/auth/register')
      .send({ ...valid, email: 'AMANI@example.ORG' })
      .expect(409);
    expect(res.body.error.code).to.equal('email_taken');
  });
});
