import { expect } from 'chai';
import type { Express } from 'express';
import request from 'supertest';
import type { Acoustics } from '../../../lib/results/acoustics.js';
import { testApp, testConfig } from '../../setup/app.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { registerUser } from '../../setup/engine.js';
import { seedSessions, voiceWith } from '../../setup/baseline-sessions.js';

// Features missing from older sessions (a measure added later, BASELINE.md "Features, and why"): the person's baseline
// is established (7 sessions) but alpha_ratio_db is held by only the newest 2 of them.

describe('the trend of a measure that older sessions lack', function () {
  let t: TestDatabase;
  let app: Express;
  let auth: string;

  before(async () => {
    t = await createTestDatabase();
    app = testApp(t.db, testConfig(t.url));
    const u = await registerUser(app);
    auth = u.auth;
    const older = (k: number) => {
      const v = voiceWith({ f0_sd_st: 2 + 0.1 * k }) as Partial<Acoustics>;
      delete v.alpha_ratio_db; // stored before the measure existed
      return v as Acoustics;
    };
    await seedSessions(t.db, u.id, [
      ...Array.from({ length: 5 }, (_, k) => older(k)),
      voiceWith({ alpha_ratio_db: -10 }),
      voiceWith({ alpha_ratio_db: -11 }),
    ]);
  });
  after(() => t.drop());

  it('does not tell the person their baseline is "being built: 7 of 5 sessions"', async () => {
    const res = await request(app)
      .get('/v1/me/trends')
      .query({ feature: 'alpha_ratio_db' })
      .set('Authorization', auth)
      .expect(200);
    expect(res.body.status).to.equal('collecting');
    // While a measure is collecting, `sessions` must be how many sessions hold it (2), below `required` (5).
    expect(res.body.sessions, JSON.stringify(res.body)).to.be.below(res.body.required);
  });

  it('the chart and its text alternative do not say "7 of 5 sessions"', async () => {
    const res = await request(app)
      .get('/v1/me/trends.svg')
      .query({ feature: 'alpha_ratio_db' })
      .set('Authorization', auth)
      .expect(200);
    const svg = String(res.body instanceof Buffer ? res.body.toString('utf8') : res.text);
    const built = /still being built: (\d+) of (\d+) sessions/.exec(svg);
    expect(built, svg).to.not.equal(null);
    expect(Number(built![1]), built![0]).to.be.below(Number(built![2]));
  });
});
