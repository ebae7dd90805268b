import type { Knex } from 'knex';
import { ConflictError } from '../errors.js';
import { showEscalationStatus as showStatus } from '../results/risk.js';
import type { EscalationStatus } from './escalations.js';
import { keysetTimestamp } from '../keyset.js';

// What clinicians read and change of escalations and risk assessments. Every status change also updates the
// escalation that the analysis's result.risk shows, in the same transaction.

export interface EscalationFilter {
  status?: EscalationStatus;
  level?: 'high' | 'critical';
  cursor?: { createdAt: string; id: string };
  limit: number;
}

const COLUMNS = [
  'e.id',
  'e.analysis_id',
  'e.user_id',
  'e.risk_level',
  'e.status',
  'e.created_at',
  'e.updated_at',
  'e.acknowledged_at',
  'e.acknowledged_by',
  'e.closed_at',
  'e.closed_by',
  'e.failure_reason',
  'r.risk_factors',
  'r.risk_score',
];

export interface StoredRisk {
  tier?: string | null;
  factors?: Array<{ layer: string; code: string; weight: number; span?: string }>;
}

/** The risk_factors JSON of a row (tier, factors), and the codes of the factors that raised it: never any text. */
export function riskOf(row: Record<string, unknown>): StoredRisk & { tier: string | null; reason_codes: string[] } {
  const r = (row.risk_factors ?? {}) as StoredRisk;
  return { ...r, tier: r.tier ?? null, reason_codes: (r.factors ?? []).filter((f) => f.weight > 0).map((f) => f.code) };
}

export type EscalationRow = Record<string, unknown> & { id: string; created_at: Date; status: EscalationStatus };
/** A listed row, with its creation time as its page's cursor needs it. */
export type ListedEscalation = EscalationRow & { cursor_ts: string };

/** Newest first, one more than `limit` so the caller knows whether a next page exists. */
export async function listEscalations(db: Knex, f: EscalationFilter): Promise<ListedEscalation[]> {
  const q = db('escalations as e')
    .leftJoin('risk_assessments as r', 'r.analysis_id', 'e.analysis_id')
    .select([...COLUMNS, keysetTimestamp(db, 'e.created_at')]);
  if (f.status) q.where('e.status', f.status);
  if (f.level) q.where('e.risk_level', f.level);
  if (f.cursor) q.whereRaw('(e.created_at, e.id) < (?::timestamptz, ?::uuid)', [f.cursor.createdAt, f.cursor.id]);
  return q
    .orderBy([
      { column: 'e.created_at', order: 'desc' },
      { column: 'e.id', order: 'desc' },
    ])
    .limit(f.limit + 1) as Promise<ListedEscalation[]>;
}

export async function findEscalation(db: Knex | Knex.Transaction, id: string): Promise<EscalationRow | undefined> {
  return db('escalations as e')
    .leftJoin('risk_assessments as r', 'r.analysis_id', 'e.analysis_id')
    .where('e.id', id)
    .first(COLUMNS) as Promise<EscalationRow | undefined>;
}

/** created, routed or failed → acknowledged; acknowledging again changes nothing; a closed one cannot be. */
export async function acknowledgeEscalation(trx: Knex.Transaction, id: string, by: string): Promise<boolean> {
  const row = await trx('escalations').where({ id }).forUpdate().first('status', 'analysis_id');
  if (!row) return false;
  if (row.status === 'closed') throw new ConflictError('escalation_closed', 'This escalation is closed.');
  if (row.status !== 'acknowledged') {
    await trx('escalations')
      .where({ id })
      .update({ status: 'acknowledged', acknowledged_by: by, acknowledged_at: trx.fn.now(), updated_at: trx.fn.now() });
    await showStatus(trx, row.analysis_id as string, 'acknowledged');
  }
  return true;
}

/** Any open status → closed, with the clinician's note; closing again changes nothing. */
export async function closeEscalation(trx: Knex.Transaction, id: string, by: string, note: string): Promise<boolean> {
  const row = await trx('escalations').where({ id }).forUpdate().first('status', 'analysis_id');
  if (!row) return false;
  if (row.status !== 'closed') {
    await trx('escalations')
      .where({ id })
      .update({ status: 'closed', closed_by: by, closed_at: trx.fn.now(), close_note: note, updated_at: trx.fn.now() });
    await showStatus(trx, row.analysis_id as string, 'closed');
  }
  return true;
}

export interface AssessmentFilter {
  level?: 'low' | 'medium' | 'high' | 'critical';
  since?: Date;
  cursor?: { createdAt: string; id: string };
  limit: number;
}

/** Risk assessments newest first (by assessed_at), one more than `limit`. */
export async function listAssessments(db: Knex, f: AssessmentFilter): Promise<Array<Record<string, unknown>>> {
  const q = db('risk_assessments').select(
    'id',
    'analysis_id',
    'user_id',
    'risk_level',
    'risk_score',
    'risk_factors',
    'assessed_at',
    keysetTimestamp(db, 'assessed_at'),
  );
  if (f.level) q.where('risk_level', f.level);
  if (f.since) q.where('assessed_at', '>=', f.since);
  if (f.cursor) q.whereRaw('(assessed_at, id) < (?::timestamptz, ?::uuid)', [f.cursor.createdAt, f.cursor.id]);
  return q
    .orderBy([
      { column: 'assessed_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(f.limit + 1);
}

/** A delivery reached the receiver: created → routed, and failed → routed when a resend or retry got through (an
 * acknowledged or closed one stays as it is). */
export async function markRouted(db: Knex, id: string): Promise<void> {
  await db.transaction(async (trx) => {
    const row = await trx('escalations')
      .where({ id })
      .whereIn('status', ['created', 'failed'])
      .update({ status: 'routed', updated_at: trx.fn.now(), failure_reason: null }, ['analysis_id']);
    if (row[0]) await showStatus(trx, row[0].analysis_id as string, 'routed');
  });
}

/** Delivery gave up: created or routed → failed, visible to clinicians with the reason; still in their queue. Whether it
 * moved. */
export async function markFailed(db: Knex, id: string, reason: string): Promise<boolean> {
  return db.transaction(async (trx) => {
    const row = await trx('escalations')
      .where({ id })
      .whereIn('status', ['created', 'routed'])
      .update({ status: 'failed', failure_reason: reason.slice(0, 500), updated_at: trx.fn.now() }, ['analysis_id']);
    if (row[0]) await showStatus(trx, row[0].analysis_id as string, 'failed');
    return row.length > 0;
  });
}

/**
 * Critical escalations nobody acknowledged within `ackMinutes` of their last sending: each is sent again (through
 * the outbox) and its count raised, in one transaction. Returns how many.
 */
export async function resendUnacknowledged(
  db: Knex,
  ackMinutes: number,
  stage: (
    trx: Knex.Transaction,
    p: { escalation_id: string; event: 'escalation.resent'; sequence: number },
  ) => Promise<void>,
): Promise<number> {
  return db.transaction(async (trx) => {
    const { rows: due } = (await trx.raw(
      `UPDATE escalations SET resend_count = resend_count + 1, last_sent_at = now(), updated_at = now()
       WHERE id IN (
         SELECT id FROM escalations
          WHERE risk_level = 'critical' AND status IN ('created', 'routed', 'failed')
            AND COALESCE(last_sent_at, created_at) < now() - make_interval(secs => ?::float8 * 60)
          ORDER BY created_at LIMIT 100 FOR UPDATE SKIP LOCKED)
       RETURNING id, resend_count`,
      [ackMinutes],
    )) as { rows: Array<{ id: string; resend_count: number }> };
    for (const e of due)
      await stage(trx, { escalation_id: e.id, event: 'escalation.resent', sequence: e.resend_count });
    return due.length;
  });
}
