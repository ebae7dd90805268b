import { expect } from 'chai';
import type { Express } from 'express';
import request from 'supertest';
import { seedSessions, sessionDay, voiceWith } from '../../setup/baseline-sessions.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { testApp, testConfig } from '../../setup/app.js';
import { registerUser } from '../../setup/engine.js';

// GET /v1/me/baseline and /v1/me/trends: the caller's own baseline, from sessions stored as the stage leaves them.

describe('GET /v1/me/baseline and /v1/me/trends', () => {
  let t: TestDatabase;
  let app: Express;
  const register = (email: string) => registerUser(app, email);
  let person: { id: string; auth: string };
  let other: { id: string; auth: string };
  const get = (path: string, auth = person.auth) => request(app).get(path).set('Authorization', auth);

  before(async () => {
    t = await createTestDatabase();
    app = testApp(t.db, testConfig(t.url));
    person = await register('baseline-person@example.org');
    other = await register('baseline-other@example.org');
  });
  after(() => t.drop());

  it('answers a person without sessions as collecting, never an error', async () => {
    const res = await get('/v1/me/baseline').expect(200);
    expect(res.body).to.deep.equal({
      status: 'collecting',
      sessions: 0,
      required: 5,
      window: 20,
      established_at: null,
      updated_at: null,
      features: {},
    });
    const trend = await get('/v1/me/trends').expect(200);
    expect(trend.body).to.include({ feature: 'f0_sd_st', status: 'collecting', band: null });
    expect(trend.body.points).to.deep.equal([]);
  });

  it('shows the established baseline with median, MAD and n per feature, and when it was established', async () => {
    const sd = [2.0, 2.2, 2.4, 2.1, 2.3, 2.2];
    await seedSessions(t.db, person.id, [
      ...sd.map((f0_sd_st) => voiceWith({ f0_sd_st })),
      voiceWith({ f0_sd_st: 0.6 }),
    ]);
    const res = await get('/v1/me/baseline').expect(200);
    expect(res.body).to.include({ status: 'established', sessions: 7, required: 5 });
    expect(res.body.established_at).to.be.a('string');
    expect(res.body.features.f0_sd_st).to.include({ median: 2.2, n: 7, label: 'Pitch variability', unit: 'semitones' });
  });

  it('gives the trend of a feature with z, the band and the deviating session marked, oldest first', async () => {
    const res = await get('/v1/me/trends?feature=f0_sd_st').expect(200);
    expect(res.body).to.include({ status: 'established', unit: 'semitones' });
    expect(res.body.band.low).to.be.below(res.body.band.median);
    expect(res.body.points).to.have.length(7);
    expect(res.body.points.map((p: { recorded_at: string }) => p.recorded_at)).to.deep.equal(
      [1, 2, 3, 4, 5, 6, 7].map((d) => sessionDay(d).toISOString()),
    );
    const last = res.body.points.at(-1);
    expect(last).to.include({ value: 0.6, deviating: true });
    expect(last.z).to.be.below(-2);
    expect(res.body.points.filter((p: { deviating: boolean }) => p.deviating)).to.have.length(1);
  });

  it('leaves out sessions recorded before `since`', async () => {
    const res = await get(`/v1/me/trends?since=${encodeURIComponent(sessionDay(6).toISOString())}`).expect(200);
    expect(res.body.points).to.have.length(2);
  });

  it('shows another person nothing of this one', async () => {
    expect((await get('/v1/me/baseline', other.auth).expect(200)).body.sessions).to.equal(0);
    expect((await get('/v1/me/trends', other.auth).expect(200)).body.points).to.deep.equal([]);
  });

  it('answers 400 validation_error for an unknown feature or a malformed since', async () => {
    const bad = await get('/v1/me/trends?feature=loudness_mean').expect(400);
    expect(bad.body.error.code).to.equal('validation_error');
    expect(bad.body.error.details[0].path).to.equal('feature');
    await get('/v1/me/trends.svg?since=yesterday').expect(400);
  });

  it('answers 401 without a token', async () => {
    for (const path of ['/v1/me/baseline', '/v1/me/trends', '/v1/me/trends.svg']) {
      expect((await request(app).get(path).expect(401)).body.error.code).to.equal('unauthorized');
    }
  });

  it('serves the chart as an SVG that is never cached by shared caches', async () => {
    const res = await get('/v1/me/trends.svg?feature=speech_rate_syl_per_s').expect(200);
    expect(res.headers['content-type']).to.match(/^image\/svg\+xml/);
    expect(res.headers['cache-control']).to.equal('private, no-store');
    const svg = res.text ?? res.body.toString();
    expect(svg).to.match(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(svg).to.include('Speech rate');
  });
});
