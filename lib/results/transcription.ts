import { z } from 'zod';
import { json, upsertKind } from './kind.js';

/** One stretch of speech, in seconds from the start of the recording. */
export const segmentSchema = z.object({
  start: z.number().min(0),
  end: z.number().min(0),
  text: z.string(),
  /** Whisper's confidence figures, kept for later quality gates (avg_logprob < -1: decoding likely failed). */
  avg_logprob: z.number().optional(),
  no_speech_prob: z.number().optional(),
  compression_ratio: z.number().optional(),
});
export type Segment = z.infer<typeof segmentSchema>;

/** `result.transcription`: the text, or why there is none. */
export const transcriptionSchema = z.object({
  status: z.enum(['completed', 'skipped']),
  provider: z.enum(['openai', 'client', 'none']),
  language: z.string().nullable(),
  text: z.string().nullable(),
  segments: z.array(segmentSchema).nullable(),
  reason: z.string().nullable(),
});
export type Transcription = z.infer<typeof transcriptionSchema>;

export const transcriptionKind = upsertKind<Transcription>({
  table: 'transcriptions',
  schema: transcriptionSchema,
  columns: ['status', 'provider', 'language', 'text', 'segments', 'reason'],
  toRow: (t) => ({ ...t, segments: json(t.segments), updated_at: new Date() }),
  fromRow: (r) => transcriptionSchema.parse(r),
});
