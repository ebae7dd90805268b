import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { userDataKey } from '../audio/keys.js';

/** Which stage run a checkpoint belongs to: a new generation (reprocess) never reads an older one's. */
export interface CheckpointRef {
  id: string;
  stage: string;
  generation: number;
}

// The AAD binds a ciphertext to its row: a checkpoint copied to another analysis, stage or generation fails to open.
const aad = (ref: CheckpointRef) => Buffer.from(`${ref.id}/${ref.stage}/${ref.generation}`);

/**
 * Intermediate results of a stage kept between attempts (encrypted with the user's data key: they may hold audio).
 * Removed when the stage ends, with the analysis, and by the retention sweep.
 */
export class CheckpointStore {
  constructor(
    private readonly db: Knex,
    private readonly master: Buffer,
  ) {}

  async save(ref: CheckpointRef, userId: string, data: Buffer): Promise<void> {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', await userDataKey(this.db, this.master, userId), iv).setAAD(aad(ref));
    const ciphertext = Buffer.concat([cipher.update(data), cipher.final()]);
    const row = { generation: ref.generation, user_id: userId, iv, auth_tag: cipher.getAuthTag(), ciphertext };
    await this.db('stage_checkpoints')
      .insert({ analysis_id: ref.id, stage: ref.stage, ...row })
      .onConflict(['analysis_id', 'stage'])
      .merge({ ...row, created_at: this.db.fn.now() });
  }

  /** The checkpoint of this stage run, or undefined (none, another generation's, or one that fails to open). */
  async load(ref: CheckpointRef): Promise<Buffer | undefined> {
    const row = (await this.db('stage_checkpoints')
      .where({ analysis_id: ref.id, stage: ref.stage, generation: ref.generation })
      .first('user_id', 'iv', 'auth_tag', 'ciphertext')) as
      { user_id: string; iv: Buffer; auth_tag: Buffer; ciphertext: Buffer } | undefined;
    if (!row) return undefined;
    try {
      const key = await userDataKey(this.db, this.master, row.user_id);
      const decipher = createDecipheriv('aes-256-gcm', key, row.iv).setAAD(aad(ref)).setAuthTag(row.auth_tag);
      return Buffer.concat([decipher.update(row.ciphertext), decipher.final()]);
    } catch {
      // Altered or unreadable: measuring again is always possible, so it is dropped rather than trusted.
      await this.clear(ref);
      return undefined;
    }
  }

  async clear(ref: Pick<CheckpointRef, 'id' | 'stage'>, db: Knex | Knex.Transaction = this.db): Promise<void> {
    await db('stage_checkpoints').where({ analysis_id: ref.id, stage: ref.stage }).delete();
  }
}
