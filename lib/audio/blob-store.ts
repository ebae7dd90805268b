import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { userDataKey } from './keys.js';

/** Ciphertext rows of this size keep memory flat however long the recording. */
export const CHUNK_BYTES = 256 * 1024;

/**
 * Encrypts audio as it streams in (AES-256-GCM with the user's data key, the recording id as AAD)
 * and writes it in numbered chunks inside the caller's transaction.
 */
export class BlobWriter {
  private readonly cipher;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private seq = 0;
  readonly iv = randomBytes(12);

  private constructor(
    private readonly trx: Knex.Transaction,
    private readonly recordingId: string,
    private readonly userId: string,
    key: Buffer,
  ) {
    this.cipher = createCipheriv('aes-256-gcm', key, this.iv).setAAD(Buffer.from(recordingId));
  }

  static async open(trx: Knex.Transaction, master: Buffer, userId: string, recordingId: string): Promise<BlobWriter> {
    return new BlobWriter(trx, recordingId, userId, await userDataKey(trx, master, userId));
  }

  async write(plain: Buffer): Promise<void> {
    this.pending.push(this.cipher.update(plain));
    this.pendingBytes += plain.length;
    if (this.pendingBytes >= CHUNK_BYTES) await this.flush();
  }

  /** Writes the rest and returns the GCM tag that authenticates the whole recording. */
  async finish(): Promise<{ iv: Buffer; authTag: Buffer }> {
    this.pending.push(this.cipher.final());
    await this.flush();
    return { iv: this.iv, authTag: this.cipher.getAuthTag() };
  }

  private async flush(): Promise<void> {
    const ciphertext = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    if (ciphertext.length === 0) return;
    await this.trx('recording_blobs').insert({
      recording_id: this.recordingId,
      seq: this.seq++,
      user_id: this.userId,
      ciphertext,
    });
  }
}

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
