import { createDecipheriv } from 'node:crypto';
import type { Knex } from 'knex';
import { userDataKey } from './keys.js';

/** Ciphertext rows of this size keep memory flat however long the recording. */
export const CHUNK_BYTES = 256 * 1024;

/** Decrypts a recording chunk by chunk, in memory only; throws if any byte was altered. */
export async function* readRecording(db: Knex, master: Buffer, recordingId: string): AsyncGenerator<Buffer> {
  const rec = await db('recordings').where({ id: recordingId }).first('user_id', 'iv', 'auth_tag');
  if (!rec?.iv || !rec.auth_tag) throw new Error(`recording ${recordingId} has no stored audio`);
  const decipher = createDecipheriv('aes-256-gcm', await userDataKey(db, master, rec.user_id), rec.iv).setAAD(
    Buffer.from(recordingId),
  );
  decipher.setAuthTag(rec.auth_tag);
  for (let seq = 0; ; seq++) {
    const row = await db('recording_blobs').where({ recording_id: recordingId, seq }).first('ciphertext');
    if (!row) break;
    yield decipher.update(row.ciphertext);
  }
  yield decipher.final();
}
