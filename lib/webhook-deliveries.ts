import type { Knex } from 'knex';

export interface DeliveryAttempt {
  analysis_id: string;
  event: string;
  url: string;
  attempt: number;
  status_code: number | null;
  succeeded: boolean;
  error: string | null;
  duration_ms: number;
}

/** The delivery log of outgoing webhooks: one row per attempt, for operators and receivers' support requests. */
export async function recordDelivery(db: Knex, attempt: DeliveryAttempt): Promise<void> {
  await db('webhook_deliveries').insert(attempt);
}
