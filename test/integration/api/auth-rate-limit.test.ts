import { expect } from 'chai';
import request from 'supertest';
import type { Express } from 'express';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { testApp, testConfig } from '../../setup/app.js';

const account = { email: 'otieno@example.org', password: 'right passphrase', consent_version: '1' };

describe('login rate limiting', () => {
  let t: TestDatabase;
  let first: Express;
  let second: Express;
  before(async () => {
    t = await createTestDatabase();
    const config = testConfig(t.url, {
      LOGIN_MAX_PER_ACCOUNT: '3',
      LOGIN_MAX_PER_IP: '5',
      LOGIN_WINDOW_SECONDS: '600',
    });
    // Two app instances share nothing but the database, like two API processes.
    first = testApp(t.db, config);
    second = testApp(t.db, config);
    await request(first).post('/v1/auth/register').send(account).expect(201);
  });
  after(() => t.drop());
  beforeEach(() => t.db('rate_limits').delete());

  const attempt = (app: Express, email = account.email, password = 'wrong password') =>
    request(app).post('/v1/auth/login').send({ email, password });

  it('answers 429 rate_limited with Retry-After once an account’s failures, counted across instances, pass the limit', async () => {
    await attempt(first).expect(401);
    await attempt(second).expect(401);
    await attempt(first).expect(401);
    const res = await attempt(second).expect(429);
    expect(res.body.error.code).to.equal('rate_limited');
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).to.be.within(1, 600);
    // Even the right password waits until the window ends.
    await attempt(first, account.email, account.password).expect(429);
  });

  it('limits one client IP across many accounts', async () => {
    for (let i = 0; i < 5; i++) await attempt(i % 2 ? first : second, `user${i}@example.org`).expect(401);
    await attempt(first, 'user9@example.org').expect(429);
  });

  it('does not count a successful login against the client', async () => {
    for (let i = 0; i < 8; i++) await attempt(i % 2 ? first : second, account.email, account.password).expect(200);
  });

  it('clears an account’s failures after a successful login', async () => {
    await attempt(first).expect(401);
    await attempt(first).expect(401);
    await attempt(second, account.email, account.password).expect(200);
    await attempt(first).expect(401);
    await attempt(second).expect(401);
    await attempt(first, account.email, account.password).expect(200);
  });
});
