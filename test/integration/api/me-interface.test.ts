import { expect } from 'chai';
import type { Express } from 'express';
import request from 'supertest';
import { DEFAULT_INTERFACE } from '../../../lib/interfaces/rules.js';
import { runNight } from '../../../lib/interfaces/run-night.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { testApp, testConfig } from '../../setup/app.js';
import { registerUser } from '../../setup/engine.js';
import { addCheckIns, daily } from '../personalise/people.js';

// GET /v1/me/interface: the caller's active interface from the nightly run, or the default one, marked as such.

describe('GET /v1/me/interface', () => {
  let t: TestDatabase;
  let app: Express;
  const register = (email: string) => registerUser(app, email);
  const asOf = new Date();
  const night = (d: Date) => ({
    timeZone: 'Africa/Nairobi',
    zones: ['Africa/Nairobi'],
    night: d.toISOString().slice(0, 10),
    asOf: d,
    minSessions: 3,
  });

  before(async () => {
    t = await createTestDatabase();
    app = testApp(t.db, testConfig(t.url));
  });
  after(() => t.drop());

  it('answers a person without an interface with the default one, marked as default, never an error', async () => {
    const person = await register('interface-new@example.org');
    const res = await request(app).get('/v1/me/interface').set('Authorization', person.auth).expect(200);
    expect(res.headers['cache-control']).to.equal('private, no-store');
    expect(res.body).to.deep.equal({
      default: true,
      version: null,
      night: null,
      time_zone: null,
      generated_at: null,
      config: DEFAULT_INTERFACE,
    });
  });

  it('returns the active row: the newest night, never an inactive version or another person’s', async () => {
    const person = await register('interface-person@example.org');
    const other = await register('interface-other@example.org');
    await addCheckIns(t.db, person.id, asOf, daily(3, 30, { text: 'sad' }));
    await addCheckIns(t.db, other.id, asOf, daily(3, 30, { text: 'fear' }));
    const yesterday = new Date(asOf.getTime() - 86_400_000);
    await runNight(t.db, night(yesterday));
    await addCheckIns(t.db, person.id, asOf, [{ hoursAgo: 1, risk: 'critical' }]);
    await runNight(t.db, night(asOf));
    const res = await request(app).get('/v1/me/interface').set('Authorization', person.auth).expect(200);
    expect(res.body).to.deep.include({
      default: false,
      version: 2,
      night: night(asOf).night,
      time_zone: 'Africa/Nairobi',
    });
    expect(res.body.config).to.deep.include({ theme: 'crisis', rule: 'recent_high_risk', sessions: 4 });
    expect(new Date(res.body.generated_at).toISOString()).to.equal(res.body.generated_at);
    const theirs = await request(app).get('/v1/me/interface').set('Authorization', other.auth).expect(200);
    expect(theirs.body).to.deep.include({ default: false, version: 1 });
    expect(theirs.body.config.theme).to.equal('calming');
  });

  it('falls back to the default for a row that is not an interface configuration (e.g. from the upstream system)', async () => {
    const person = await register('interface-legacy@example.org');
    await t.db('user_interfaces').insert({ user_id: person.id, interface_config: { colours: 'blue' } });
    const res = await request(app).get('/v1/me/interface').set('Authorization', person.auth).expect(200);
    expect(res.body).to.deep.include({ default: true, version: null });
  });

  it('answers 401 in the error envelope without a token', async () => {
    const res = await request(app).get('/v1/me/interface').expect(401);
    expect(res.body.error.code).to.equal('unauthorized');
  });
});
