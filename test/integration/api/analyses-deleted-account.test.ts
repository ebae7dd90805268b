import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import request from 'supertest';
import { makeTones } from '../../setup/audio.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { testApp, testConfig } from '../../setup/app.js';
import { registerUser } from '../../setup/engine.js';

// Submitting reads no user row: the foreign keys to users must refuse a deleted account's still-valid token.
describe('POST /v1/analyses with the token of a deleted account', function () {
  this.timeout(60_000);
  let t: TestDatabase;
  let app: ReturnType<typeof testApp>;
  let tones: ReturnType<typeof makeTones>;

  before(async () => {
    t = await createTestDatabase();
    app = testApp(t.db, testConfig(t.url), undefined, { stages: ['transcription'] });
    tones = makeTones();
  });
  after(() => t.drop());

  /** A registered user whose account is then deleted; their token has not expired. */
  async function deletedAccount(): Promise<string> {
    const { id, auth } = await registerUser(app);
    await t.db('users').where({ id }).delete();
    return auth;
  }
  const count = async (table: string) => Number(((await t.db(table).count('* as n').first()) as { n: string }).n);
  const expect401 = (res: request.Response) => {
    expect(res.status, JSON.stringify(res.body)).to.equal(401);
    expect(res.body.error.code).to.equal('unauthorized');
    expect(res.headers['www-authenticate']).to.equal('Bearer');
  };

  it('answers 401 to a transcript and stores nothing', async () => {
    const auth = await deletedAccount();
    const before = await count('analyses');
    expect401(await request(app).post('/v1/analyses').set('Authorization', auth).field('transcript', 'niko sawa'));
    expect(await count('analyses')).to.equal(before);
    expect(await count('outbox')).to.equal(0);
  });

  it('answers 401 to a recording and leaves no staged chunks', async () => {
    const auth = await deletedAccount();
    const res = await request(app).post('/v1/analyses').set('Authorization', auth).attach('audio', tones.webm);
    expect401(res);
    expect(await count('upload_chunks')).to.equal(0);
  });

  it('answers 401 to a submission with an idempotency key', async () => {
    const auth = await deletedAccount();
    const res = await request(app)
      .post('/v1/analyses')
      .set('Authorization', auth)
      .set('Idempotency-Key', randomUUID())
      .field('transcript', 'niko sawa');
    expect401(res);
  });

  it('still answers 401 to reading the list, which reads the user', async () => {
    const auth = await deletedAccount();
    expect401(await request(app).get('/v1/analyses').set('Authorization', auth));
  });
});
