import fs from 'node:fs';
import { expect } from 'chai';
import request from 'supertest';
import { makeTones } from '../../setup/audio.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { testApp, testConfig } from '../../setup/app.js';
import { registerUser } from '../../setup/engine.js';

// POST /v1/analyses with an Idempotency-Key: a replay is answered with the original, a different body is refused.
describe('POST /v1/analyses with an Idempotency-Key', function () {
  this.timeout(30_000);
  let t: TestDatabase;
  let app: ReturnType<typeof testApp>;
  let tones: ReturnType<typeof makeTones>;
  let auth: string;
  let userId: string;

  before(async () => {
    t = await createTestDatabase();
    app = testApp(t.db, testConfig(t.url), undefined, { stages: ['transcription'] });
    tones = makeTones();
    ({ auth, id: userId } = await registerUser(app));
  });
  after(() => t.drop());

  const post = (key: string) =>
    request(app).post('/v1/analyses').set('Authorization', auth).set('Idempotency-Key', key);
  const analysesOf = async () =>
    Number(((await t.db('analyses').where({ user_id: userId }).count('* as n').first()) as { n: string }).n);

  it('answers 422 idempotency_key_reused when the same key comes with a different transcript', async () => {
    const first = await post('k-text').field('transcript', 'niko sawa').expect(202);
    const before = await analysesOf();
    const res = await post('k-text').field('transcript', 'nimechoka sana').expect(422);
    expect(res.body.error).to.include({ code: 'idempotency_key_reused' });
    expect(res.body.error.message).to.match(/Idempotency-Key/);
    expect(await analysesOf()).to.equal(before);
    const row = await t.db('analyses').where({ id: first.body.id }).first('client_transcript');
    expect(row.client_transcript).to.equal('niko sawa');
  });

  it('answers 422 when the same key comes with other audio, and keeps neither its recording nor staged chunks', async () => {
    const first = await post('k-audio').attach('audio', tones.wav).expect(202);
    const res = await post('k-audio').attach('audio', tones.flac).expect(422);
    expect(res.body.error.code).to.equal('idempotency_key_reused');
    expect(
      await t.db('recordings').whereNot({ analysis_id: first.body.id }).andWhere({ user_id: userId }),
    ).to.have.length(0);
    expect(await t.db('upload_chunks').where({ user_id: userId })).to.have.length(0);
  });

  it('answers 422 when the same key comes with another language or callback', async () => {
    await post('k-fields').field('transcript', 'niko sawa').field('language', 'sw').expect(202);
    await post('k-fields').field('transcript', 'niko sawa').field('language', 'en').expect(422);
    await post('k-fields')
      .field('transcript', 'niko sawa')
      .field('language', 'sw')
      .field('callback_url', 'https://example.org/hook')
      .expect(422);
  });

  it('answers a replay of the same fields and audio with the original analysis, 202, once stored', async () => {
    const send = () =>
      post('k-same')
        .field('language', 'sw')
        .field('recorded_at', '2026-01-02T03:04:05Z')
        .attach('audio', fs.readFileSync(tones.ogg), { filename: 'a.ogg', contentType: 'audio/ogg' });
    const first = await send().expect(202);
    const again = await send().expect(202);
    expect(again.body).to.deep.equal(first.body);
    expect(await t.db('recordings').where({ analysis_id: first.body.id })).to.have.length(1);
    expect(await t.db('upload_chunks').where({ user_id: userId })).to.have.length(0);
  });

  it('treats one instant written two ways, and an omitted default, as the same body', async () => {
    const first = await post('k-canon')
      .field('transcript', 'niko sawa')
      .field('recorded_at', '2026-01-02T03:04:05Z')
      .expect(202);
    const again = await post('k-canon')
      .field('transcript', '  niko sawa ')
      .field('language', 'auto')
      .field('recorded_at', '2026-01-02T06:04:05.000+03:00')
      .expect(202);
    expect(again.body.id).to.equal(first.body.id);
  });

  it('answers one of two concurrent submissions with one key and different audio 202, the other 422', async () => {
    const [a, b] = await Promise.all([
      post('k-race')
        .attach('audio', tones.mp3)
        .then((r) => r),
      post('k-race')
        .attach('audio', tones.webm)
        .then((r) => r),
    ]);
    expect([a.status, b.status].sort()).to.deep.equal([202, 422]);
    const winner = a.status === 202 ? a : b;
    expect(await t.db('recordings').where({ analysis_id: winner.body.id })).to.have.length(1);
    expect(await t.db('upload_chunks').where({ user_id: userId })).to.have.length(0);
  });

  it('answers a replay of an analysis stored before fingerprints existed with the original', async () => {
    const first = await post('k-legacy').field('transcript', 'niko sawa').expect(202);
    await t.db('analyses').where({ id: first.body.id }).update({ idempotency_fingerprint: null });
    const again = await post('k-legacy').field('transcript', 'something else').expect(202);
    expect(again.body.id).to.equal(first.body.id);
  });

  it('answers 400 telling how to send audio when it comes as a plain form field', async () => {
    const before = await analysesOf();
    const res = await request(app)
      .post('/v1/analyses')
      .set('Authorization', auth)
      .field('transcript', 'niko sawa')
      .field('audio', 'UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YQAAAAA=')
      .expect(400);
    expect(res.body.error).to.include({ code: 'validation_error' });
    expect(res.body.error.message)
      .to.match(/file part/)
      .and.match(/filename/);
    expect(await analysesOf()).to.equal(before);
  });
});
