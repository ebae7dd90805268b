import type { Knex } from 'knex';
import type { EscalationPayload } from '../../jobs/webhooks.js';
import type { ResultKeys } from '../results/kind.js';

// Escalations as the risk stage opens them: one per analysis, never closed or lowered by a re-run (a clinician
// closes it). The clinicians' routes and the delivery to ESCALATION_WEBHOOK_URL move it on from `created`.

export const ESCALATION_STATUSES = ['created', 'routed', 'acknowledged', 'closed', 'failed'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];
export interface EscalationRef {
  id: string;
  status: EscalationStatus;
}

/** The analysis's escalation, if it has one. */
export async function escalationOf(
  db: Knex | Knex.Transaction,
  analysisId: string,
): Promise<EscalationRef | undefined> {
  return db('escalations').where({ analysis_id: analysisId }).first('id', 'status');
}

/**
 * Opens the analysis's escalation, or keeps the one it has: a re-run may raise its level to critical, never lower
 * it. A raise from high to critical is sent again at once and the acknowledgement clock restarts; one a clinician had
 * acknowledged or closed at high is reopened (created), so that it is back in the clinicians' queue, a failed sending
 * shows as failed and the acknowledgement timer pages until someone acknowledges the critical one. Nothing else
 * changes a status here.
 */
export async function openEscalation(
  trx: Knex.Transaction,
  keys: ResultKeys,
  level: 'high' | 'critical',
): Promise<EscalationRef> {
  const before = (await trx('escalations').where({ analysis_id: keys.analysis_id }).forUpdate().first('risk_level')) as
    { risk_level: string } | undefined;
  const { rows } = (await trx.raw(
    `INSERT INTO escalations (analysis_id, user_id, risk_level, last_sent_at) VALUES (?, ?, ?, now())
     ON CONFLICT (analysis_id) DO UPDATE SET
       risk_level = CASE WHEN EXCLUDED.risk_level = 'critical' THEN 'critical' ELSE escalations.risk_level END,
       updated_at = now()
     RETURNING id, status, (xmax = 0) AS opened`,
    [keys.analysis_id, keys.user_id, level],
  )) as { rows: Array<EscalationRef & { opened: boolean }> };
  const { opened, ...ref } = rows[0]!;
  // A new escalation goes out through the outbox with the transaction that opened it: it is never lost.
  if (opened) await stageEscalation(trx, { escalation_id: ref.id, event: 'escalation.created', sequence: 0 });
  else if (before?.risk_level !== 'critical' && level === 'critical') {
    const handled = ref.status === 'acknowledged' || ref.status === 'closed';
    const [raised] = (await trx('escalations')
      .where({ id: ref.id })
      .increment('resend_count', 1)
      .update({ last_sent_at: trx.fn.now(), ...(handled ? { status: 'created' } : {}) }, [
        'resend_count',
        'status',
      ])) as Array<{ resend_count: number; status: EscalationStatus }>;
    await stageEscalation(trx, { escalation_id: ref.id, event: 'escalation.raised', sequence: raised!.resend_count });
    return { id: ref.id, status: raised!.status };
  }
  return ref;
}

/** Points the escalation at the analysis's risk assessment row (written in the same transaction). */
export async function linkEscalation(trx: Knex.Transaction, analysisId: string): Promise<void> {
  await trx.raw(
    `UPDATE escalations e SET risk_assessment_id = r.id FROM risk_assessments r
     WHERE e.analysis_id = ? AND r.analysis_id = e.analysis_id AND e.risk_assessment_id IS DISTINCT FROM r.id`,
    [analysisId],
  );
}

/** Queues an escalation delivery through the outbox, in the caller's transaction. */
export async function stageEscalation(trx: Knex.Transaction, payload: EscalationPayload): Promise<void> {
  await trx('outbox').insert({ kind: 'escalation', payload: JSON.stringify(payload) });
}
