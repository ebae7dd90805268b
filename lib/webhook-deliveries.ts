import type { Knex } from 'knex';

export interface DeliveryAttempt {
  analysis_id: string;
  /** Set for an escalation's delivery to ESCALATION_WEBHOOK_URL. */
  escalation_id?: string;
  event: string;
  url: string;
  attempt: number;
  status_code: number | null;
  succeeded: boolean;
  error: string | null;
  duration_ms: number;
}

/**
 * The delivery log of outgoing webhooks: one row per attempt, for operators and receivers' support requests. Only the
 * URL's origin is logged (credentials, path and query may hold the receiver's token); an analysis deleted meanwhile
 * takes its log with it, so its attempt is not recorded.
 */
export async function recordDelivery(db: Knex, attempt: DeliveryAttempt): Promise<void> {
  await db.raw(
    `INSERT INTO webhook_deliveries (analysis_id, escalation_id, event, url, attempt, status_code, succeeded, error, duration_ms)
     SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM analyses WHERE id = ?)`,
    [
      attempt.analysis_id,
      attempt.escalation_id ?? null,
      attempt.event,
      loggableUrl(attempt.url),
      attempt.attempt,
      attempt.status_code,
      attempt.succeeded,
      attempt.error,
      attempt.duration_ms,
      attempt.analysis_id,
    ],
  );
}

/** scheme://host[:port] of a URL: the receiver, without what may authenticate to it (receivers put tokens in paths). */
export function loggableUrl(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '(unparseable URL)';
  }
}
