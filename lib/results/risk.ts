import { z } from 'zod';
import { json, upsertKind } from './kind.js';

// `result.risk` as DESIGN §10 has it, without the escalation (its own table, with the risk stage of issue 11).

export const riskSchema = z.object({
  level: z.enum(['low', 'medium', 'high', 'critical']),
  score: z.number().min(0).max(1),
  tier: z.enum(['none', 'passive', 'active', 'plan', 'behaviour']),
  factors: z.array(
    z.object({ layer: z.string(), code: z.string(), weight: z.number(), span: z.string().max(200).optional() }),
  ),
  resources: z
    .array(
      z.object({ name: z.string(), phone: z.string().optional(), url: z.string().optional(), country: z.string() }),
    )
    .optional(),
});
export type RiskResult = z.infer<typeof riskSchema>;

export const riskKind = upsertKind<RiskResult>({
  table: 'risk_assessments',
  schema: riskSchema,
  columns: ['risk_level', 'risk_score', 'risk_factors'],
  toRow: ({ level, score, ...rest }, keys) => ({
    session_id: keys.conversation_id,
    risk_level: level,
    risk_score: score,
    risk_factors: json(rest),
    assessed_at: new Date(),
  }),
  fromRow: (r) =>
    riskSchema.parse({ level: r.risk_level, score: r.risk_score, ...(r.risk_factors as Record<string, unknown>) }),
});
