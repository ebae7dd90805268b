import { z } from 'zod';
import { storableText } from '../storable.js';
import { json, upsertKind, type ResultKind } from './kind.js';

// `result.reply` as DESIGN §11 has it; the reply stage (processors/reply) writes it with its moderation record.

export const REPLY_KINDS = ['supportive', 'empathetic', 'crisis'] as const;
export const REPLY_LANGUAGES = ['en', 'sw', 'mixed'] as const;

/** What safety moderation found in one candidate reply: the rule and its category, never the flagged words. */
export const moderationRecordSchema = z.object({
  /** The candidate that was checked: the model's reply, or a template. */
  checked: z.enum(['openai', 'template']),
  flags: z.array(z.object({ category: z.string(), rule: z.string() })),
  /** Whether the candidate was replaced by a safe template. */
  replaced: z.boolean(),
});

export const replySchema = z.object({
  // Room for a crisis reply's resource list; other replies are a few sentences.
  text: storableText().min(1).max(4000).describe('The reply to show the person.'),
  language: z.enum(REPLY_LANGUAGES).describe('English, Swahili or the mix the person used.'),
  kind: z.enum(REPLY_KINDS).describe('crisis at high or critical risk (the crisis template with its resources).'),
  provider: z.enum(['openai', 'template']).describe('Who wrote it: OpenAI chat or a curated template.'),
  moderated: z
    .boolean()
    .describe('True when safety moderation flagged the first candidate reply and a safe template replaced it.'),
});
export type Reply = z.infer<typeof replySchema>;

/** What the stage writes: the reply and, kept out of GET (read back without them), its template, moderation
 * record and fallback reason. */
export const storedReplySchema = replySchema.extend({
  template_id: z.string().max(64).nullable().optional(),
  moderation: moderationRecordSchema.optional(),
  /** Why a template answered although a model was configured (empty, too long, wrong language, refused, …). */
  reason: z.string().max(300).nullable().optional(),
});
export type StoredReply = z.infer<typeof storedReplySchema>;

const row = upsertKind<StoredReply>({
  table: 'replies',
  schema: storedReplySchema,
  columns: ['text', 'language', 'kind', 'provider', 'moderated'],
  toRow: ({ moderation, template_id, reason, ...r }) => ({
    ...r,
    template_id: template_id ?? null,
    reason: reason ?? null,
    moderation: json(moderation ?? {}),
    updated_at: new Date(),
  }),
  // GET and later stages see DESIGN's five fields; the moderation record stays in the table for review.
  fromRow: (r) => replySchema.parse(r),
});

export const replyKind: ResultKind<StoredReply> = { ...row, presentedSchema: replySchema };
