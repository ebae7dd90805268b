import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { z } from 'zod';
import { userDataKey } from '../audio/keys.js';
import type { SealedTurn } from '../results/turn.js';

// A conversation's turns (the person's redacted words and the reply), encrypted with the person's data key like the
// audio, so that the database alone never shows what was said. Later replies of the conversation read them.

export const turnSchema = z.object({ said: z.string().max(2000).nullable(), replied: z.string().max(4000) });
export type ConversationTurn = z.infer<typeof turnSchema>;

export interface TurnKeys {
  analysisId: string;
  userId: string;
  conversationId: string;
}

// The AAD binds a ciphertext to its analysis and person: a row copied elsewhere fails to open.
const aad = (k: Pick<TurnKeys, 'analysisId' | 'userId'>) => Buffer.from(`turn/${k.analysisId}/${k.userId}`);

/**
 * One analysis's view of its conversation: the earlier turns it may read and its own turn to seal. The person's data
 * key is unwrapped at most once per view (one stage run).
 */
export class ConversationTurns {
  private key?: Promise<Buffer>;

  constructor(
    private readonly db: Knex,
    private readonly master: Buffer,
    private readonly keys: TurnKeys,
  ) {}

  private dataKey(): Promise<Buffer> {
    return (this.key ??= userDataKey(this.db, this.master, this.keys.userId));
  }

  async seal(turn: ConversationTurn, at: Date): Promise<SealedTurn> {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', await this.dataKey(), iv).setAAD(aad(this.keys));
    const ciphertext = Buffer.concat([cipher.update(JSON.stringify(turnSchema.parse(turn))), cipher.final()]);
    return {
      turn_at: at.toISOString(),
      iv: iv.toString('base64'),
      auth_tag: cipher.getAuthTag().toString('base64'),
      ciphertext: ciphertext.toString('base64'),
    };
  }

  /**
   * The turns of the conversation before `at` from its other analyses, oldest first, at most `limit`. A turn that
   * fails to open (altered, or sealed under another master key) is left out: a reply without it is still a reply.
   */
  async earlier(at: Date, limit: number): Promise<ConversationTurn[]> {
    if (limit === 0) return [];
    const rows = (await this.db('conversation_turns')
      .where({ conversation_id: this.keys.conversationId, user_id: this.keys.userId })
      .whereNot({ analysis_id: this.keys.analysisId })
      .where('turn_at', '<', at)
      .orderBy('turn_at', 'desc')
      .limit(limit)
      .select('analysis_id', 'iv', 'auth_tag', 'ciphertext')) as Array<{
      analysis_id: string;
      iv: Buffer;
      auth_tag: Buffer;
      ciphertext: Buffer;
    }>;
    if (rows.length === 0) return [];
    const key = await this.dataKey();
    const turns: ConversationTurn[] = [];
    for (const row of rows.reverse()) {
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, row.iv)
          .setAAD(aad({ analysisId: row.analysis_id, userId: this.keys.userId }))
          .setAuthTag(row.auth_tag);
        const plain = Buffer.concat([decipher.update(row.ciphertext), decipher.final()]).toString('utf8');
        turns.push(turnSchema.parse(JSON.parse(plain)));
      } catch {
        continue;
      }
    }
    return turns;
  }
}

/** Template ids of the replies to the person's check-ins recorded before this one, newest first: the next reply avoids
 * them. Only earlier check-ins, so a re-run of an older analysis finds what its first run found and says the same. */
export async function recentTemplates(db: Knex, userId: string, analysisId: string, limit: number): Promise<string[]> {
  const rows = (await db('replies as r')
    .join('analyses as a', 'a.id', 'r.analysis_id')
    .where('r.user_id', userId)
    .whereNot('r.analysis_id', analysisId)
    .whereNotNull('r.template_id')
    .whereRaw(
      '(COALESCE(a.recorded_at, a.created_at), a.id) < (SELECT COALESCE(b.recorded_at, b.created_at), b.id FROM analyses b WHERE b.id = ?)',
      [analysisId],
    )
    .orderByRaw('COALESCE(a.recorded_at, a.created_at) DESC, a.id DESC')
    .limit(limit)
    .select('r.template_id')) as Array<{ template_id: string }>;
  return rows.map((r) => r.template_id);
}
