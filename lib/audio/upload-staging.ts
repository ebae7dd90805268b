import { createCipheriv, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import type { Logger } from '../logger.js';
import { CHUNK_BYTES } from './blob-store.js';
import { userDataKey } from './keys.js';
import { runPeriodically } from '../periodic.js';

/** Where a finished upload's ciphertext waits for its analysis, and what authenticates it. */
export interface StagedAudio {
  recordingId: string;
  iv: Buffer;
  authTag: Buffer;
  chunks: number;
}

/**
 * Encrypts audio as it streams in (AES-256-GCM with the user's data key, the recording id as AAD) and stages it
 * in `upload_chunks`, each chunk its own short INSERT: no pooled connection is held while the client sends.
 */
export class StagedUpload {
  private readonly cipher;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private seq = 0;
  readonly iv = randomBytes(12);

  private constructor(
    private readonly db: Knex,
    readonly recordingId: string,
    private readonly userId: string,
    key: Buffer,
  ) {
    this.cipher = createCipheriv('aes-256-gcm', key, this.iv).setAAD(Buffer.from(recordingId));
  }

  static async open(db: Knex, master: Buffer, userId: string, recordingId: string): Promise<StagedUpload> {
    return new StagedUpload(db, recordingId, userId, await userDataKey(db, master, userId));
  }

  /** The caller awaits each write before the next, so a discard after the last one leaves nothing behind. */
  async write(plain: Buffer): Promise<void> {
    this.pending.push(this.cipher.update(plain));
    this.pendingBytes += plain.length;
    if (this.pendingBytes >= CHUNK_BYTES) await this.flush();
  }

  /** Stages the rest and returns what commitStagedUpload needs. */
  async finish(): Promise<StagedAudio> {
    this.pending.push(this.cipher.final());
    await this.flush();
    return { recordingId: this.recordingId, iv: this.iv, authTag: this.cipher.getAuthTag(), chunks: this.seq };
  }

  private async flush(): Promise<void> {
    const ciphertext = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    if (ciphertext.length === 0) return;
    await this.db('upload_chunks').insert({
      upload_id: this.recordingId,
      seq: this.seq++,
      user_id: this.userId,
      ciphertext,
    });
  }
}

/** Drops an upload's staged chunks; a failure here is left to the sweeper. */
export async function discardStagedUpload(db: Knex, recordingId: string): Promise<void> {
  await db('upload_chunks')
    .where({ upload_id: recordingId })
    .delete()
    .catch(() => undefined);
}

/** Moves a staged upload into `recording_blobs` in one statement of the caller's transaction; all of it, or throws. */
export async function commitStagedUpload(trx: Knex.Transaction, staged: StagedAudio): Promise<void> {
  const moved = (await trx.raw(
    `WITH moved AS (DELETE FROM upload_chunks WHERE upload_id = ? RETURNING upload_id, seq, user_id, ciphertext)
     INSERT INTO recording_blobs (recording_id, seq, user_id, ciphertext)
     SELECT upload_id, seq, user_id, ciphertext FROM moved`,
    [staged.recordingId],
  )) as { rowCount: number };
  if (moved.rowCount !== staged.chunks) {
    throw new Error(`staged upload ${staged.recordingId} has ${moved.rowCount} of its ${staged.chunks} chunks`);
  }
}

/** Deletes staged chunks older than `maxAgeMs`: what uploads cut off by a crash left behind. */
export async function sweepStagedUploads(db: Knex, maxAgeMs: number): Promise<number> {
  return db('upload_chunks')
    .where('created_at', '<', db.raw('now() - make_interval(secs => ?)', [maxAgeMs / 1000]))
    .delete();
}

/**
 * Sweeps at start and then every `intervalMs`. `maxAgeMs` must exceed the body deadline by a margin, so only
 * uploads that can no longer finish are removed. Returns a stop function.
 */
export function startStagingSweeper(
  db: Knex,
  logger: Logger,
  { maxAgeMs, intervalMs }: { maxAgeMs: number; intervalMs: number },
): () => void {
  const sweeper = runPeriodically(
    'sweeping abandoned uploads',
    intervalMs,
    logger,
    async () => {
      const n = await sweepStagedUploads(db, maxAgeMs);
      if (n > 0) logger.info({ chunks: n }, 'removed chunks of abandoned uploads');
    },
    { atStart: true },
  );
  return () => void sweeper.stop();
}
