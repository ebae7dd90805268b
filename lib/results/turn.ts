import { z } from 'zod';
import { upsertKind, type ResultKind } from './kind.js';

// This analysis's turn of its conversation, sealed by lib/conversation/turns.ts; never shown by GET.

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const sealedTurnSchema = z.object({
  /** When the turn happened (the recording's time, else the submission's): later turns come after it. */
  turn_at: z.iso.datetime(),
  iv: base64,
  auth_tag: base64,
  ciphertext: base64,
});
export type SealedTurn = z.infer<typeof sealedTurnSchema>;

const bytes = (b64: string) => Buffer.from(b64, 'base64');

const row = upsertKind<SealedTurn>({
  table: 'conversation_turns',
  schema: sealedTurnSchema,
  columns: ['turn_at', 'iv', 'auth_tag', 'ciphertext'],
  toRow: (t, keys) => ({
    conversation_id: keys.conversation_id,
    turn_at: t.turn_at,
    iv: bytes(t.iv),
    auth_tag: bytes(t.auth_tag),
    ciphertext: bytes(t.ciphertext),
  }),
  fromRow: (r) =>
    sealedTurnSchema.parse({
      turn_at: (r.turn_at as Date).toISOString(),
      iv: (r.iv as Buffer).toString('base64'),
      auth_tag: (r.auth_tag as Buffer).toString('base64'),
      ciphertext: (r.ciphertext as Buffer).toString('base64'),
    }),
});

export const turnKind: ResultKind<SealedTurn> = { ...row, presented: false };
