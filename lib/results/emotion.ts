import { z } from 'zod';
import { json, upsertKind } from './kind.js';

// `result.emotion` exactly as DESIGN §8 has it; the emotion stage (issue 9) computes it.

export const EMOTIONS = ['neutral', 'happy', 'sad', 'angry', 'fear', 'surprise', 'disgust'] as const;
export type Emotion = (typeof EMOTIONS)[number];
export const DISSONANCE_KINDS = ['reassuring_words_distressed_voice', 'distressed_words_bright_voice'] as const;
const unit = z.number().min(0).max(1);
const signed = z.number().min(-1).max(1);
const categories = z.object(Object.fromEntries(EMOTIONS.map((e) => [e, unit])) as Record<Emotion, typeof unit>);

export const emotionSchema = z.object({
  voice: z
    .object({
      arousal: signed,
      valence: signed,
      categories,
      label: z.enum(EMOTIONS),
      confidence: unit,
      basis: z.enum(['population', 'personal_baseline']),
    })
    .nullable(),
  text: z
    .object({
      categories,
      label: z.enum(EMOTIONS),
      valence: signed,
      language: z.string(),
      provider: z.enum(['openai', 'lexicon']),
    })
    .nullable(),
  dissonance: z.object({
    score: unit,
    level: z.enum(['none', 'low', 'medium', 'high']),
    kind: z.enum(DISSONANCE_KINDS).nullable(),
    evidence: z.array(z.string()),
  }),
  /** Why voice or text is null, or why the text fell back to the lexicons; null when nothing needs saying. */
  reasons: z.object({ voice: z.string().nullable(), text: z.string().nullable() }).default({ voice: null, text: null }),
  /** Kinds of personal data removed before the transcript went to a provider (never the values). */
  redacted: z.array(z.string()).default([]),
});
export type EmotionResult = z.infer<typeof emotionSchema>;

export const emotionKind = upsertKind<EmotionResult>({
  table: 'emotion_scores',
  schema: emotionSchema,
  columns: ['voice', 'text', 'details'],
  toRow: (e) => ({
    voice: json(e.voice),
    text: json(e.text),
    dissonance: e.dissonance.score,
    details: json({ dissonance: e.dissonance, reasons: e.reasons, redacted: e.redacted }),
    updated_at: new Date(),
  }),
  fromRow: (r) =>
    emotionSchema.parse({
      voice: r.voice,
      text: r.text,
      ...(r.details as object),
    }),
});
