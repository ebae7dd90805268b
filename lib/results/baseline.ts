import { z } from 'zod';
import { json, upsertKind } from './kind.js';

// `result.baseline` exactly as DESIGN §9 has it; the baseline stage (issue 10) computes it.

export const baselineSchema = z.object({
  status: z.enum(['collecting', 'established']),
  sessions: z.number().int().min(0),
  required: z.number().int().min(1),
  deviation_score: z.number().nullable(),
  deviations: z.array(z.object({ feature: z.string(), z: z.number(), direction: z.string() })),
});
export type BaselineResult = z.infer<typeof baselineSchema>;

/** One `session_deviations` row per analysis of type `voice`, holding the whole result. */
export const baselineKind = upsertKind<BaselineResult>({
  table: 'session_deviations',
  schema: baselineSchema,
  columns: ['current_value'],
  scope: { deviation_type: 'voice' },
  conflict: ['analysis_id', 'deviation_type'],
  toRow: (b, keys) => ({
    session_id: keys.conversation_id,
    baseline_value: json({ status: b.status, sessions: b.sessions, required: b.required }),
    current_value: json(b),
    // The upstream column is NOT NULL: a baseline still collecting deviates by nothing yet.
    deviation_score: b.deviation_score ?? 0,
  }),
  fromRow: (r) => baselineSchema.parse(r.current_value),
});
