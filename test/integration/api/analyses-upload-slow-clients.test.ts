import fs from 'node:fs';
import { expect } from 'chai';
import request from 'supertest';
import { createKnex, type Knex } from '../../../lib/db.js';
import { makeTones } from '../../setup/audio.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { testApp, testConfig } from '../../setup/app.js';
import { registerUser } from '../../setup/engine.js';
import { audioPartHead, CLOSING, fieldPart, listen, openUpload, within } from '../../setup/uploads.js';
import { waitUntil } from '../../setup/wait.js';

const POOL = 3;
const STALLED = POOL + 2;

// POST /v1/analyses against clients that are slow, stop, or send more than a form needs.
describe('POST /v1/analyses with slow or oversized clients', function () {
  this.timeout(60_000);
  let t: TestDatabase;
  let db: Knex;
  let wav: Buffer;

  /** An app on its own small pool, listening on loopback. */
  async function start(env: Record<string, string>) {
    const config = testConfig(t.url, {
      DATABASE_POOL_MAX: String(POOL),
      DATABASE_ACQUIRE_TIMEOUT_MS: '3000',
      ...env,
    });
    db = createKnex(t.url, config.database.pool);
    const app = testApp(db, config, undefined, { stages: ['transcription'] });
    const email = `slow${Date.now()}@example.org`;
    const { auth } = await registerUser(app, email);
    return { app, auth, email, server: await listen(app) };
  }

  before(async () => {
    t = await createTestDatabase();
    wav = fs.readFileSync(makeTones().wav);
  });
  afterEach(() => db.destroy());
  after(() => t.drop());

  const count = async (table: string) => Number(((await t.db(table).count('* as n').first()) as { n: string }).n);
  const staged = () => count('upload_chunks');
  const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));
  /** The audio part's head and `bytes` of audio, as a stalled phone would have sent before its network dropped. */
  const partialAudio = (bytes: number) => Buffer.concat([audioPartHead(), wav, Buffer.alloc(bytes - wav.length, 3)]);

  it('keeps /readyz, login and other submissions answering while more uploads stall mid-body than the pool has connections', async () => {
    const { auth, email, server } = await start({ UPLOAD_BODY_TIMEOUT_MS: '60000' });
    const analysesBefore = await count('analyses');
    const uploads = Array.from({ length: STALLED }, () => openUpload(server.port, auth, 4 * 1024 * 1024));
    try {
      for (const u of uploads) u.req.write(partialAudio(300 * 1024));
      await settle(1000); // let the server read what the clients sent before they stalled
      const base = request(`http://127.0.0.1:${server.port}`);
      const started = Date.now();
      await base.get('/readyz').expect(200);
      await base.post('/v1/auth/login').send({ email, password: 'password-123' }).expect(200);
      await base.post('/v1/analyses').set('Authorization', auth).field('transcript', 'niko sawa').expect(202);
      // Each would wait DATABASE_ACQUIRE_TIMEOUT_MS (3 s) and fail on a starved pool.
      expect(Date.now() - started).to.be.lessThan(3000);
      // Each stalled upload streamed its first chunk into staging, not into an open transaction.
      expect(await staged()).to.be.at.least(STALLED);
      expect(await count('analyses')).to.equal(analysesBefore + 1);
    } finally {
      for (const u of uploads) u.req.destroy();
      await server.close();
    }
    await waitUntil(async () => (await staged()) === 0, { timeoutMs: 5000, what: 'staged chunks to be removed' });
  });

  it('answers 408 request_timeout to an upload whose body stalls past UPLOAD_BODY_TIMEOUT_MS, and keeps nothing', async () => {
    const { auth, server } = await start({ UPLOAD_BODY_TIMEOUT_MS: '1000' });
    const analysesBefore = await count('analyses');
    const upload = openUpload(server.port, auth, 4 * 1024 * 1024);
    try {
      upload.req.write(partialAudio(300 * 1024));
      const res = await within(5000, upload.response, 'answer to the stalled upload');
      expect(res.status).to.equal(408);
      expect(res.body.error).to.include({ code: 'request_timeout' });
      expect(res.body.error!.message).to.match(/1000 ms/);
      await waitUntil(async () => (await staged()) === 0, { timeoutMs: 5000, what: 'staged chunks to be removed' });
      expect(await count('analyses')).to.equal(analysesBefore);
    } finally {
      upload.req.destroy();
      await server.close();
    }
  });

  it('removes the staged chunks of an upload cut off midway and creates no analysis', async () => {
    const { auth, server } = await start({});
    const analysesBefore = await count('analyses');
    const recordingsBefore = await count('recordings');
    const upload = openUpload(server.port, auth, 4 * 1024 * 1024);
    try {
      upload.req.write(partialAudio(700 * 1024));
      await waitUntil(async () => (await staged()) >= 2, { timeoutMs: 5000, what: 'chunks to be staged' });
      upload.req.destroy();
      await waitUntil(async () => (await staged()) === 0, { timeoutMs: 5000, what: 'staged chunks to be removed' });
      expect(await count('analyses')).to.equal(analysesBefore);
      expect(await count('recordings')).to.equal(recordingsBefore);
    } finally {
      await server.close();
    }
  });

  it('refuses a 21st form field with 400 instead of dropping it', async () => {
    const { app, auth, server } = await start({});
    await server.close();
    const req = request(app).post('/v1/analyses').set('Authorization', auth).field('transcript', 'niko sawa');
    for (let i = 0; i < 20; i++) req.field(`note${i}`, 'x');
    const res = await req.expect(400);
    expect(res.body.error).to.include({ code: 'validation_error' });
    expect(res.body.error.message).to.match(/at most 20 form fields/);
  });

  it('refuses form fields of more than 128 KB together with 413', async () => {
    const { app, auth, server } = await start({});
    await server.close();
    const req = request(app).post('/v1/analyses').set('Authorization', auth).field('transcript', 'niko sawa');
    for (let i = 0; i < 4; i++) req.field(`note${i}`, 'x'.repeat(40 * 1024));
    const res = await req.expect(413);
    expect(res.body.error).to.include({ code: 'payload_too_large' });
    expect(res.body.error.message).to.match(/form fields/);
  });

  it('refuses a body whose Content-Length exceeds a full recording and its fields with 413 before reading it', async () => {
    const { auth, server } = await start({ AUDIO_MAX_BYTES: String(1024 * 1024) });
    const upload = openUpload(server.port, auth, 100 * 1024 * 1024);
    try {
      upload.req.write(fieldPart('transcript', 'niko sawa'));
      const res = await within(5000, upload.response, 'answer to the declared oversized body');
      expect(res.status).to.equal(413);
      expect(res.body.error).to.include({ code: 'payload_too_large' });
    } finally {
      upload.req.destroy();
      await server.close();
    }
  });

  it('cuts a 100 MB form field off with 413 long before reading it whole', async () => {
    const { auth, server } = await start({});
    const total = 100 * 1024 * 1024;
    const upload = openUpload(server.port, auth);
    let sent = 0;
    try {
      upload.req.write(fieldPart('transcript', 'niko sawa'));
      upload.req.write(fieldPart('junk', '').subarray(0, -2));
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let answered = false;
      void upload.response.finally(() => (answered = true));
      const pump = () => {
        while (sent < total && !answered && !upload.req.destroyed) {
          sent += chunk.length;
          if (!upload.req.write(chunk)) return void upload.req.once('drain', pump);
        }
        if (!answered && !upload.req.destroyed) upload.req.end(CLOSING);
      };
      pump();
      const res = await within(20_000, upload.response, 'answer to the oversized field');
      expect(res.status).to.equal(413);
      expect(res.body.error).to.include({ code: 'payload_too_large' });
      expect(sent).to.be.lessThan(total / 4);
    } finally {
      upload.req.destroy();
      await server.close();
    }
  });
});
