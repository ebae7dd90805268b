import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import request from 'supertest';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { testApp, testConfig } from '../../setup/app.js';
import { registerUser } from '../../setup/engine.js';

// Input the validation let through to PostgreSQL, which refused it: each must be a 4xx with the envelope.
describe('the analyses routes with input PostgreSQL cannot store', () => {
  let t: TestDatabase;
  let app: ReturnType<typeof testApp>;
  let auth: string;

  before(async () => {
    t = await createTestDatabase();
    app = testApp(t.db, testConfig(t.url), undefined, { stages: ['transcription'] });
    auth = (await registerUser(app)).auth;
  });
  after(() => t.drop());

  const submit = (fields: Record<string, string>) => {
    const req = request(app).post('/v1/analyses').set('Authorization', auth);
    for (const [name, value] of Object.entries(fields)) req.field(name, value);
    return req;
  };
  const expect400 = async (res: request.Response) => {
    expect(res.status, JSON.stringify(res.body)).to.equal(400);
    expect(res.body.error.code).to.equal('validation_error');
    expect(res.body.error.message).to.be.a('string');
  };
  const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it('answers 400 to a NUL character in transcript', async () => {
    await expect400(await submit({ transcript: 'niko sawa\u0000 tu' }));
  });

  it('answers 400 to a NUL character in callback_url', async () => {
    await expect400(await submit({ transcript: 'niko sawa', callback_url: 'https://example.org/hook\u0000' }));
  });

  it('answers 400 to a recorded_at in the future, which would sort after every real session', async () => {
    const later = new Date(Date.now() + 24 * 3600_000).toISOString();
    await expect400(await submit({ transcript: 'niko sawa', recorded_at: later }));
  });

  it('answers 400 to a year-0000 recorded_at, and accepts one a few minutes ahead of our clock', async () => {
    await expect400(await submit({ transcript: 'niko sawa', recorded_at: '0000-01-01T00:00:00Z' }));
    const slightlyAhead = new Date(Date.now() + 2 * 60_000).toISOString();
    await submit({ transcript: 'niko sawa', recorded_at: slightlyAhead }).expect(202);
  });

  it('answers 400 to a list cursor holding a year-0000 timestamp', async () => {
    const res = await request(app)
      .get(`/v1/analyses?cursor=${cursor(['0000-01-01T00:00:00.000Z', randomUUID()])}`)
      .set('Authorization', auth);
    await expect400(res);
  });

  it('still pages with a cursor it issued', async () => {
    for (let i = 0; i < 2; i++) await submit({ transcript: `niko sawa ${i}` }).expect(202);
    const first = await request(app).get('/v1/analyses?limit=1').set('Authorization', auth).expect(200);
    const next = await request(app)
      .get(`/v1/analyses?limit=1&cursor=${first.body.next_cursor}`)
      .set('Authorization', auth)
      .expect(200);
    expect(next.body.data).to.have.length(1);
    expect(next.body.data[0].id).to.not.equal(first.body.data[0].id);
  });
});
