import { z } from 'zod';
import { json, upsertKind } from './kind.js';

// `result.emotion` exactly as DESIGN §8 has it; the emotion stage (issue 9) computes it.

export const EMOTIONS = ['neutral', 'happy', 'sad', 'angry', 'fear', 'surprise', 'disgust'] as const;
const unit = z.number().min(0).max(1);
const signed = z.number().min(-1).max(1);
const categories = z.object(
  Object.fromEntries(EMOTIONS.map((e) => [e, unit])) as Record<(typeof EMOTIONS)[number], typeof unit>,
);

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
    kind: z.string().nullable(),
    evidence: z.array(z.string()),
  }),
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
    details: json({ dissonance: e.dissonance }),
    updated_at: new Date(),
  }),
  fromRow: (r) =>
    emotionSchema.parse({
      voice: r.voice,
      text: r.text,
      dissonance: (r.details as { dissonance: unknown }).dissonance,
    }),
});
