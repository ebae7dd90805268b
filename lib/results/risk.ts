import type { Knex } from 'knex';
import { z } from 'zod';
import {
  ESCALATION_STATUSES,
  escalationOf,
  type EscalationStatus,
  linkEscalation,
  openEscalation,
} from '../risk/escalations.js';
import { noisyOr } from '../risk/noisy-or.js';
import { json, upsertKind, type ResultKind } from './kind.js';

// `result.risk` as DESIGN §10 has it; the risk stage (processors/risk) computes it.

export const riskSchema = z.object({
  level: z.enum(['low', 'medium', 'high', 'critical']),
  score: z.number().min(0).max(1),
  /** The speaker's own crisis-language tier; null when there were no words to read (`reason` says why). */
  tier: z.enum(['none', 'passive', 'active', 'plan', 'behaviour']).nullable(),
  reason: z.string().nullable().optional(),
  factors: z.array(
    z.object({ layer: z.string(), code: z.string(), weight: z.number(), span: z.string().max(200).optional() }),
  ),
  resources: z
    .array(
      z.object({ name: z.string(), phone: z.string().optional(), url: z.string().optional(), country: z.string() }),
    )
    .optional(),
  /** The escalation this analysis opened (high or critical), as it stands. */
  escalation: z.object({ id: z.uuid(), status: z.enum(ESCALATION_STATUSES) }).optional(),
});
export type RiskResult = z.infer<typeof riskSchema>;

/** What one layer's factors alone make the score (the combination's noisy-OR), rounded as the score is; null without any. */
export function contribution(factors: RiskResult['factors'], layer: string): number | null {
  const weights = factors.filter((f) => f.layer === layer).map((f) => f.weight);
  return weights.length ? Math.round(noisyOr(weights) * 1000) / 1000 : null;
}

/** One `risk_assessments` row per analysis; the escalation's id and status ride along in its JSON. The upstream
 * columns say what the crisis-language patterns, dissonance and baseline deviation each contributed, and whether the
 * assessment escalated. */
const row = upsertKind<RiskResult>({
  table: 'risk_assessments',
  schema: riskSchema,
  columns: [
    'risk_level',
    'risk_score',
    'risk_factors',
    'pattern_contribution',
    'dissonance_contribution',
    'baseline_deviation_contribution',
    'action_taken',
  ],
  toRow: ({ level, score, ...rest }, keys) => ({
    session_id: keys.conversation_id,
    risk_level: level,
    risk_score: score,
    risk_factors: json(rest),
    pattern_contribution: contribution(rest.factors, 'language'),
    dissonance_contribution: contribution(rest.factors, 'dissonance'),
    baseline_deviation_contribution: contribution(rest.factors, 'baseline'),
    action_taken: rest.escalation ? 'escalated' : 'none',
    assessed_at: new Date(),
  }),
  fromRow: (r) =>
    riskSchema.parse({ level: r.risk_level, score: r.risk_score, ...(r.risk_factors as Record<string, unknown>) }),
});

/**
 * At high or critical the write opens the analysis's escalation (or keeps the one it has) in the same transaction;
 * a re-run that grades lower keeps showing the open escalation and never closes it.
 */
const { upsertAfter: oneStatement, ...rowKind } = row;

export const riskKind: ResultKind<RiskResult> = {
  ...rowKind,
  // One statement only for a first run below high: it opens no escalation, and no earlier run of this analysis can
  // have opened one to keep showing; anything else opens or reads the escalation (write below).
  upsertAfter: (keys, value) =>
    keys.generation === 0 && (value.level === 'low' || value.level === 'medium')
      ? oneStatement!(keys, value)
      : undefined,
  async write(trx, keys, value) {
    const raised = value.level === 'high' || value.level === 'critical';
    const escalation = raised
      ? await openEscalation(trx, keys, value.level as 'high' | 'critical')
      : await escalationOf(trx, keys.analysis_id);
    await rowKind.write(trx, keys, escalation ? { ...value, escalation } : value);
    if (escalation) await linkEscalation(trx, keys.analysis_id);
  },
};

/** Mirrors an escalation's new status into its analysis's risk result, so GET shows it as it stands. */
export async function showEscalationStatus(
  trx: Knex.Transaction,
  analysisId: string,
  status: EscalationStatus,
): Promise<void> {
  await trx.raw(
    `UPDATE risk_assessments SET risk_factors = jsonb_set(risk_factors, '{escalation,status}', to_jsonb(?::text))
     WHERE analysis_id = ? AND risk_factors -> 'escalation' IS NOT NULL`,
    [status, analysisId],
  );
}
