import { expect } from 'chai';
import type { Express } from 'express';
import request from 'supertest';
import { testApp, testConfig } from '../../setup/app.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { registerUser } from '../../setup/engine.js';
import { seedSessions, voiceWith } from '../../setup/baseline-sessions.js';

describe('GET /v1/me/trends query parameters', function () {
  let t: TestDatabase;
  let app: Express;
  let auth: string;

  before(async () => {
    t = await createTestDatabase();
    app = testApp(t.db, testConfig(t.url));
    const u = await registerUser(app);
    auth = u.auth;
    await seedSessions(
      t.db,
      u.id,
      Array.from({ length: 7 }, (_, k) => voiceWith({ f0_sd_st: 2 + 0.1 * k })),
    );
  });
  after(() => t.drop());

  const cases: Array<[string, Record<string, string | string[]>]> = [
    ['year 0000', { since: '0000-01-01T00:00:00Z' }],
    ['year 9999 with offset', { since: '9999-12-31T23:59:59-23:59' }],
    ['nanoseconds', { since: '2026-11-01T00:00:00.123456789Z' }],
    ['feature twice', { feature: ['f0_sd_st', 'hnr_db'] }],
    ['since twice', { since: ['2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z'] }],
    ['proto', { feature: '__proto__' }],
    ['toString', { feature: 'toString' }],
    ['empty feature', { feature: '' }],
    ['bad since', { since: 'yesterday' }],
    ['feb 30', { since: '2026-02-30T00:00:00Z' }],
    ['long since', { since: '2026-11-01T00:00:00' + '.1'.padEnd(5000, '1') + 'Z' }],
  ];
  for (const path of ['/v1/me/trends', '/v1/me/trends.svg'])
    for (const [name, query] of cases)
      it(`${path} ${name}: 200 or 400 envelope`, async () => {
        const res = await request(app).get(path).query(query).set('Authorization', auth);
        expect([200, 400]).to.include(res.status);
        if (res.status === 400) expect(res.body.error.code).to.equal('validation_error');
      });
});
