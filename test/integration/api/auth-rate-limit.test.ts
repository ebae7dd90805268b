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
    // Behind one proxy (TRUST_PROXY=true): the client address is the X-Forwarded-For entry the proxy appended.
    const config = testConfig(t.url, {
      LOGIN_MAX_PER_ACCOUNT_IP: '3',
      LOGIN_MAX_PER_IP: '5',
      LOGIN_WINDOW_SECONDS: '600',
      LOGIN_ACCOUNT_SLOW_AFTER: '4',
      LOGIN_ACCOUNT_MAX_DELAY_MS: '700',
      TRUST_PROXY: 'true',
    });
    // Two app instances share nothing but the database, like two API processes.
    first = testApp(t.db, config);
    second = testApp(t.db, config);
    await request(first).post('/v1/auth/register').send(account).expect(201);
  });
  after(() => t.drop());
  beforeEach(() => t.db('rate_limits').delete());

  const attempt = (app: Express, from: string, email = account.email, password = 'wrong password') =>
    request(app).post('/v1/auth/login').set('X-Forwarded-For', from).send({ email, password });
  const timed = async (run: () => Promise<unknown>) => {
    const start = Date.now();
    await run();
    return Date.now() - start;
  };

  it('answers 429 rate_limited with Retry-After to an address whose failures on an account, counted across instances, pass the limit', async () => {
    await attempt(first, '203.0.113.1').expect(401);
    await attempt(second, '203.0.113.1').expect(401);
    await attempt(first, '203.0.113.1').expect(401);
    const res = await attempt(second, '203.0.113.1').expect(429);
    expect(res.body.error.code).to.equal('rate_limited');
    expect(Number(res.headers['retry-after'])).to.be.within(1, 600);
    // That address waits out the window even with the right password.
    await attempt(first, '203.0.113.1', account.email, account.password).expect(429);
  });

  it('lets the owner in from another address while one address is refused for failing on the account', async () => {
    for (let i = 0; i < 3; i++) await attempt(first, '203.0.113.1').expect(401);
    await attempt(second, '203.0.113.1').expect(429);
    await attempt(second, '198.51.100.7', account.email, account.password).expect(200);
  });

  it('never refuses the owner’s right password from a clean address, however many addresses failed on the account', async () => {
    for (let i = 0; i < 8; i++) await attempt(i % 2 ? first : second, `203.0.113.${10 + i}`).expect(401);
    await attempt(first, '198.51.100.7', account.email, account.password).expect(200);
  });

  it('slows every attempt on an account once its failures from all addresses pass LOGIN_ACCOUNT_SLOW_AFTER', async () => {
    const owner = () => attempt(first, '198.51.100.7', account.email, account.password).expect(200);
    const calm = await timed(owner);
    for (let i = 0; i < 6; i++) await attempt(second, `203.0.113.${20 + i}`).expect(401);
    // Six failures, two past the allowance: min(700 ms cap, 250 ms × 2²) before the password is even checked.
    const slowed = await timed(owner);
    expect(slowed - calm).to.be.at.least(600);
    const wrong = await timed(() => attempt(second, '203.0.113.40').expect(401));
    expect(wrong).to.be.at.least(650);
  });

  it('limits one client address across many accounts', async () => {
    for (let i = 0; i < 5; i++)
      await attempt(i % 2 ? first : second, '203.0.113.1', `user${i}@example.org`).expect(401);
    await attempt(first, '203.0.113.1', 'user9@example.org').expect(429);
  });

  it('counts the address the proxy appended, not a leftmost X-Forwarded-For entry the client wrote', async () => {
    for (let i = 0; i < 5; i++) await attempt(first, `10.9.9.${i}, 203.0.113.1`, `user${i}@example.org`).expect(401);
    await attempt(first, '10.9.9.99, 203.0.113.1', 'user9@example.org').expect(429);
  });

  it('counts all addresses of one IPv6 /64 as one client', async () => {
    for (let i = 0; i < 5; i++) await attempt(first, `2001:db8:7:1::${i + 1}`, `user${i}@example.org`).expect(401);
    await attempt(first, '2001:db8:7:1:ffff::9', 'user9@example.org').expect(429);
    await attempt(first, '2001:db8:7:2::1', 'user9@example.org').expect(401);
  });

  it('does not count a successful login against the client', async () => {
    for (let i = 0; i < 8; i++)
      await attempt(i % 2 ? first : second, '203.0.113.1', account.email, account.password).expect(200);
  });

  it('clears an address’s failures on an account after a successful login from it', async () => {
    await attempt(first, '203.0.113.1').expect(401);
    await attempt(first, '203.0.113.1').expect(401);
    await attempt(second, '203.0.113.1', account.email, account.password).expect(200);
    await attempt(first, '203.0.113.1').expect(401);
    await attempt(second, '203.0.113.1').expect(401);
    await attempt(first, '203.0.113.1', account.email, account.password).expect(200);
  });
});
