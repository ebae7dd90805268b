import { randomBytes, randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { readRecording } from '../../../lib/audio/blob-store.js';
import {
  commitStagedUpload,
  discardStagedUpload,
  StagedUpload,
  startStagingSweeper,
  sweepStagedUploads,
} from '../../../lib/audio/upload-staging.js';
import { createLogger } from '../../../lib/logger.js';
import { createTestDatabase, type TestDatabase } from '../../setup/database.js';
import { waitUntil } from '../../setup/wait.js';

const MASTER = Buffer.alloc(32, 0x11);

// lib/audio/upload-staging.ts: uploads staged chunk by chunk, moved whole into recording_blobs, swept when abandoned.
describe('upload staging', () => {
  let t: TestDatabase;
  let userId: string;

  before(async () => {
    t = await createTestDatabase();
    [{ id: userId }] = await t.db('users').insert({ email: 'staging@example.org', role: 'user' }).returning('id');
  });
  after(() => t.drop());

  const stagedOf = async (uploadId: string) =>
    Number((await t.db('upload_chunks').where({ upload_id: uploadId }).count('* as n').first())!.n);
  /** A chunk row as an upload left it `ageS` seconds ago. */
  const leftover = async (ageS: number) => {
    const uploadId = randomUUID();
    await t.db('upload_chunks').insert({
      upload_id: uploadId,
      seq: 0,
      user_id: userId,
      ciphertext: Buffer.from('x'),
      created_at: t.db.raw('now() - make_interval(secs => ?)', [ageS]),
    });
    return uploadId;
  };
  /** An analysis and its recording row, ready to receive a staged upload. */
  async function recordingFor(trx: typeof t.db, recordingId: string) {
    const [{ id: conversationId }] = await trx('conversations').insert({ user_id: userId }).returning('id');
    const [{ id: analysisId }] = await trx('analyses')
      .insert({ user_id: userId, conversation_id: conversationId })
      .returning('id');
    return { analysis_id: analysisId, id: recordingId, user_id: userId, container: 'wav', size_bytes: 1, sha256: 'x' };
  }

  it('removes staged chunks older than the given age and keeps younger ones', async () => {
    const old = await leftover(3600);
    const young = await leftover(10);
    expect(await sweepStagedUploads(t.db, 10 * 60_000)).to.be.at.least(1);
    expect(await stagedOf(old)).to.equal(0);
    expect(await stagedOf(young)).to.equal(1);
    await discardStagedUpload(t.db, young);
    expect(await stagedOf(young)).to.equal(0);
  });

  it('sweeps as soon as it starts, so a restart removes what a crash left', async () => {
    const old = await leftover(3600);
    const stop = startStagingSweeper(t.db, createLogger('silent'), { maxAgeMs: 60_000, intervalMs: 3_600_000 });
    try {
      await waitUntil(async () => (await stagedOf(old)) === 0, { timeoutMs: 5000, what: 'the leftover to be swept' });
    } finally {
      stop();
    }
  });

  it('moves every staged chunk into recording_blobs in the committing transaction, and the audio decrypts whole', async () => {
    const original = randomBytes(700 * 1024);
    const upload = await StagedUpload.open(t.db, MASTER, userId, randomUUID());
    for (let i = 0; i < original.length; i += 100 * 1024) await upload.write(original.subarray(i, i + 100 * 1024));
    const staged = await upload.finish();
    expect(staged.chunks).to.be.at.least(2);
    expect(await stagedOf(staged.recordingId)).to.equal(staged.chunks);
    await t.db.transaction(async (trx) => {
      const rec = await recordingFor(trx, staged.recordingId);
      await trx('recordings').insert({ ...rec, iv: staged.iv, auth_tag: staged.authTag });
      await commitStagedUpload(trx, staged);
    });
    expect(await stagedOf(staged.recordingId)).to.equal(0);
    const chunks: Buffer[] = [];
    for await (const c of readRecording(t.db, MASTER, staged.recordingId)) chunks.push(c);
    expect(Buffer.concat(chunks).equals(original)).to.equal(true);
  });

  it('refuses to commit an upload missing a staged chunk, leaving no recording', async () => {
    const upload = await StagedUpload.open(t.db, MASTER, userId, randomUUID());
    for (let i = 0; i < 6; i++) await upload.write(randomBytes(100 * 1024));
    const staged = await upload.finish();
    expect(await t.db('upload_chunks').where({ upload_id: staged.recordingId, seq: 1 }).delete()).to.equal(1);
    const err = await t.db
      .transaction(async (trx) => {
        await trx('recordings').insert(await recordingFor(trx, staged.recordingId));
        await commitStagedUpload(trx, staged);
      })
      .catch((e: unknown) => e);
    expect(err)
      .to.be.instanceOf(Error)
      .with.property('message')
      .that.matches(/chunks/);
    expect(await t.db('recordings').where({ id: staged.recordingId })).to.have.length(0);
    expect(await t.db('recording_blobs').where({ recording_id: staged.recordingId })).to.have.length(0);
  });
});
