import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import request from 'supertest';
import { readRecording } from '../../../lib/audio/blob-store.js';
import { makeTones, PNG_BYTES } from '../../setup/audio.js';
import { hlsPlaylist, ID3_TAG } from '../../setup/hostile-media.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { testApp, testConfig } from '../../setup/app.js';
import { registerUser } from '../../setup/engine.js';

const MAX_BYTES = 1024 * 1024;

describe('POST /v1/analyses with audio', function () {
  this.timeout(60_000);
  let t: TestDatabase;
  let app: ReturnType<typeof testApp>;
  let config: ReturnType<typeof testConfig>;
  let tones: ReturnType<typeof makeTones>;
  let auth: string;

  before(async () => {
    t = await createTestDatabase();
    config = testConfig(t.url, { AUDIO_MAX_BYTES: String(MAX_BYTES) });
    app = testApp(t.db, config, undefined, { stages: ['transcription'] });
    tones = makeTones();
    auth = (await registerUser(app)).auth;
  });
  after(() => t.drop());

  const count = async (table: string) => Number(((await t.db(table).count('* as n').first()) as { n: string }).n);

  it('stores a WebM labelled audio/wav encrypted, with the sniffed container, and it decrypts to the same bytes', async () => {
    const original = fs.readFileSync(tones.webm);
    const res = await request(app)
      .post('/v1/analyses')
      .set('Authorization', auth)
      .field('language', 'sw')
      .attach('audio', original, { filename: 'recording.wav', contentType: 'audio/wav' })
      .expect(202);
    const rec = await t.db('recordings').where({ analysis_id: res.body.id }).first();
    expect(rec).to.include({ container: 'webm', declared_mime_type: 'audio/wav', size_bytes: String(original.length) });
    const stored = Buffer.concat(
      (await t.db('recording_blobs').where({ recording_id: rec.id }).orderBy('seq')).map((r) => r.ciphertext),
    );
    expect(stored.includes(original.subarray(64, 128))).to.equal(false);
    const chunks: Buffer[] = [];
    for await (const chunk of readRecording(t.db, config.audio.encryptionKey, rec.id)) chunks.push(chunk);
    expect(Buffer.concat(chunks).equals(original)).to.equal(true);
    expect(await t.db('outbox').whereRaw("payload->>'analysis_id' = ?", [res.body.id]).first()).to.not.equal(undefined);
  });

  it('refuses to decrypt a recording whose ciphertext was altered', async () => {
    const res = await request(app)
      .post('/v1/analyses')
      .set('Authorization', auth)
      .attach('audio', tones.flac)
      .expect(202);
    const rec = await t.db('recordings').where({ analysis_id: res.body.id }).first();
    const row = await t.db('recording_blobs').where({ recording_id: rec.id, seq: 0 }).first();
    row.ciphertext[10] ^= 0xff;
    await t.db('recording_blobs').where({ recording_id: rec.id, seq: 0 }).update({ ciphertext: row.ciphertext });
    const read = async () => {
      for await (const _ of readRecording(t.db, config.audio.encryptionKey, rec.id));
    };
    const err = await read().catch((e: unknown) => e);
    expect(err).to.be.instanceOf(Error);
  });

  it('answers 415 for a PNG named .wav and stores nothing', async () => {
    const before = await count('analyses');
    const blobsBefore = await count('recording_blobs');
    const res = await request(app)
      .post('/v1/analyses')
      .set('Authorization', auth)
      .attach('audio', PNG_BYTES, { filename: 'voice.wav', contentType: 'audio/wav' })
      .expect(415);
    expect(res.body.error.code).to.equal('unsupported_media_type');
    expect(await count('analyses')).to.equal(before);
    expect(await count('recording_blobs')).to.equal(blobsBefore);
  });

  it('answers 415 for an HLS playlist behind an ID3 tag, named .mp3, and stores nothing', async () => {
    const before = await count('analyses');
    const blobsBefore = await count('recording_blobs');
    const playlist = Buffer.concat([ID3_TAG, hlsPlaylist('http://127.0.0.1:9')]);
    const res = await request(app)
      .post('/v1/analyses')
      .set('Authorization', auth)
      .attach('audio', playlist, { filename: 'voice.mp3', contentType: 'audio/mpeg' })
      .expect(415);
    expect(res.body.error.code).to.equal('unsupported_media_type');
    expect(await count('analyses')).to.equal(before);
    expect(await count('recording_blobs')).to.equal(blobsBefore);
  });

  it('answers 400 when neither audio nor transcript is sent', async () => {
    const res = await request(app).post('/v1/analyses').set('Authorization', auth).field('language', 'en').expect(400);
    expect(res.body.error.code).to.equal('validation_error');
  });

  it('stores one recording for a repeated Idempotency-Key', async () => {
    const send = () =>
      request(app)
        .post('/v1/analyses')
        .set('Authorization', auth)
        .set('Idempotency-Key', 'upload-1')
        .attach('audio', tones.mp3);
    const first = await send().expect(202);
    const second = await send().expect(202);
    expect(second.body.id).to.equal(first.body.id);
    expect(await t.db('recordings').where({ analysis_id: first.body.id }).count('* as n').first()).to.deep.equal({
      n: '1',
    });
  });

  it('cuts an oversized upload off with 413 while streaming, with flat memory and nothing stored', async () => {
    // The server's own answer, seen when the client's write hits the closed socket (EPIPE) before it reads it.
    let answered: Promise<number> | undefined;
    const server = http.createServer((req, res) => {
      answered = new Promise((r) => res.once('close', () => r(res.headersSent ? res.statusCode : 0)));
      app(req, res);
    });
    server.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as AddressInfo;
    const blobsBefore = await count('recording_blobs');
    const total = 200 * 1024 * 1024;
    const boundary = 'resona-boundary';
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let sent = 0;
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/v1/analyses',
        headers: { Authorization: auth, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.removeAllListeners('error');
        req.on('error', () => {});
        req.destroy();
      });
      req.on('error', (err: NodeJS.ErrnoException) => {
        if ((err.code === 'EPIPE' || err.code === 'ECONNRESET') && answered) answered.then(resolve, reject);
        else reject(err);
      });
      const wav = fs.readFileSync(tones.wav);
      req.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="audio"; filename="a.wav"\r\nContent-Type: audio/wav\r\n\r\n`,
      );
      req.write(wav);
      const chunk = Buffer.alloc(64 * 1024, 7);
      const pump = () => {
        while (sent < total && !req.destroyed) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        if (!req.destroyed) req.end(`\r\n--${boundary}--\r\n`);
      };
      pump();
    });
    server.close();
    expect(status).to.equal(413);
    expect(sent).to.be.lessThan(total / 2);
    expect(process.memoryUsage().heapUsed - heapBefore).to.be.lessThan(64 * 1024 * 1024);
    expect(await count('recording_blobs')).to.equal(blobsBefore);
  });
});
