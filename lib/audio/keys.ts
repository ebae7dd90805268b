import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';

/** Identifies the master key a data key was wrapped with, without revealing it. */
export const masterKeyId = (master: Buffer): string => createHash('sha256').update(master).digest('hex').slice(0, 16);

function wrap(master: Buffer, key: Buffer, userId: string) {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', master, iv).setAAD(Buffer.from(userId));
  const wrapped = Buffer.concat([cipher.update(key), cipher.final()]);
  return { wrapped_key: wrapped, iv, auth_tag: cipher.getAuthTag() };
}

function unwrap(master: Buffer, row: { wrapped_key: Buffer; iv: Buffer; auth_tag: Buffer }, userId: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', master, row.iv).setAAD(Buffer.from(userId));
  decipher.setAuthTag(row.auth_tag);
  return Buffer.concat([decipher.update(row.wrapped_key), decipher.final()]);
}

/**
 * The user's audio data key: made on first use and stored only wrapped (AES-256-GCM) by the master
 * AUDIO_ENCRYPTION_KEY, so the database alone never reveals audio.
 */
export async function userDataKey(db: Knex | Knex.Transaction, master: Buffer, userId: string): Promise<Buffer> {
  const existing = await db('user_data_keys').where({ user_id: userId }).first();
  if (existing) {
    if (existing.master_key_id !== masterKeyId(master)) {
      throw new Error('the audio data key was wrapped by another AUDIO_ENCRYPTION_KEY');
    }
    return unwrap(master, existing, userId);
  }
  const key = randomBytes(32);
  await db('user_data_keys')
    .insert({ user_id: userId, master_key_id: masterKeyId(master), ...wrap(master, key, userId) })
    .onConflict('user_id')
    .ignore();
  // Another request may have created the key first: use whichever was stored.
  return unwrap(master, await db('user_data_keys').where({ user_id: userId }).first(), userId);
}
