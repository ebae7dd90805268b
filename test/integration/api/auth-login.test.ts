import { expect } from 'chai';
import request from 'supertest';
import type { Express } from 'express';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { testApp, testConfig } from '../../setup/app.js';

const account = { email: 'wanjiku@example.org', password: 'a long passphrase', consent_version: '1' };

async function median(fn: () => Promise<unknown>, n = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(n / 2)]!;
}

describe('POST /v1/auth/login', () => {
  let t: TestDatabase;
  let app: Express;
  before(async () => {
    t = await createTestDatabase();
    app = testApp(
      t.db,
      testConfig(t.url, { LOGIN_MAX_PER_ACCOUNT_IP: '100', LOGIN_MAX_PER_IP: '100', LOGIN_ACCOUNT_SLOW_AFTER: '100' }),
    );
    await request(app).post('/v1/auth/register').send(account).expect(201);
  });
  after(() => t.drop());
  beforeEach(() => t.db('rate_limits').delete());

  it('returns a token for the right password, whatever the email’s letter case', async () => {
    const res = await request(app)
      .post('/v1/auth/login')
      .send({ email: 'WANJIKU@example.org', password: account.password })
      .expect(200);
    expect(res.body).to.include({ token_type: 'bearer', expires_in: 3600 });
    await request(app).get('/v1/auth/me').set('Authorization', `Bearer ${res.body.access_token}`).expect(200);
  });

  it('answers 401 invalid_credentials for a wrong password', async () => {
    const res = await request(app)
      .post('/v1/auth/login')
      .send({ email: account.email, password: 'wrong password' })
      .expect(401);
    expect(res.body.error.code).to.equal('invalid_credentials');
  });

  it('gives an unknown email the same answer as a wrong password', async () => {
    const unknown = await request(app)
      .post('/v1/auth/login')
      .send({ email: 'nobody@example.org', password: 'wrong password' })
      .expect(401);
    const wrong = await request(app)
      .post('/v1/auth/login')
      .send({ email: account.email, password: 'wrong password' })
      .expect(401);
    expect(unknown.body).to.deep.equal(wrong.body);
  });

  it('spends a password hash check on an unknown email too (no fast path that reveals accounts)', async () => {
    const unknown = await median(() =>
      request(app).post('/v1/auth/login').send({ email: 'ghost@example.org', password: 'guess guess' }),
    );
    const wrong = await median(() =>
      request(app).post('/v1/auth/login').send({ email: account.email, password: 'guess guess' }),
    );
    // An argon2 check dominates both; without it the unknown-email path would be many times faster.
    expect(unknown / wrong).to.be.within(0.5, 2);
  });

  it('answers 400 validation_error, not 500, for a NUL character in the email', async () => {
    const res = await request(app)
      .post('/v1/auth/login')
      .send({ email: 'wanjiku\u0000@example.org', password: account.password })
      .expect(400);
    expect(res.body.error.code).to.equal('validation_error');
  });

  it('answers 400 when email or password is missing', async () => {
    const res = await request(app).post('/v1/auth/login').send({ email: account.email }).expect(400);
    expect(res.body.error.code).to.equal('validation_error');
  });
});
