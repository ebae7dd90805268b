import { UnrecoverableError, type Job } from 'bullmq';
import type { Knex } from 'knex';
import { ESCALATION_JOB, escalationJobId, escalationPayloadSchema } from '../../jobs/webhooks.js';
import type { Config } from '../../lib/config.js';
import type { Logger } from '../../lib/logger.js';
import type { Metrics } from '../../lib/metrics.js';
import type { Resolver } from '../../lib/net-guard.js';
import { findEscalation, markFailed, markRouted, riskOf } from '../../lib/risk/escalation-store.js';
import { sendLogged } from './deliver.js';

// Sends an escalation to ESCALATION_WEBHOOK_URL, signed like completion webhooks: ids, level, tier and reason codes,
// never text. Delivered: created → routed. Given up: failed, with the reason, still in the clinicians' queue and
// counted in /metrics. Without a URL nothing is sent: the escalation is routed to the clinicians' queue (DESIGN §10).

export interface EscalationDeps {
  db: Knex;
  config: { webhooks: Config['webhooks']; escalations: { webhookUrl?: string } };
  logger: Logger;
  metrics?: Metrics;
  resolver?: Resolver;
}

export async function deliverEscalation(job: Job, deps: EscalationDeps): Promise<unknown> {
  const parsed = escalationPayloadSchema.safeParse(job.data);
  if (!parsed.success) throw new UnrecoverableError(`invalid escalation payload: ${parsed.error.message}`);
  const url = deps.config.escalations.webhookUrl;
  const e = await findEscalation(deps.db, parsed.data.escalation_id);
  if (!url) {
    // "routed = delivered to ESCALATION_WEBHOOK_URL or, without a URL, waiting in the clinicians' queue".
    if (e) await markRouted(deps.db, e.id);
    return { routed: 'clinicians queue (no ESCALATION_WEBHOOK_URL)' };
  }
  // Deleted with its analysis, or a clinician already has it: nothing to page anyone about (a raise to critical
  // reopens a handled escalation, so it is paged).
  if (!e || e.status === 'acknowledged' || e.status === 'closed') return { skipped: e?.status ?? 'gone' };
  const { tier, reason_codes } = riskOf(e);
  const body = JSON.stringify({
    event: parsed.data.event,
    escalation_id: e.id,
    analysis_id: e.analysis_id,
    user_id: e.user_id,
    level: e.risk_level,
    tier,
    reason_codes,
  });
  const sent = await sendLogged(deps.db, deps.config.webhooks, deps.resolver, job, {
    url,
    id: escalationJobId(parsed.data),
    body,
    event: parsed.data.event,
    analysis_id: e.analysis_id as string,
    escalation_id: e.id,
  });
  if (sent.succeeded) {
    await markRouted(deps.db, e.id);
    deps.metrics?.escalationDeliveries.inc({ outcome: 'routed' });
    return { status: sent.code };
  }
  const { reason } = sent;
  const final = sent.refused || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
  deps.logger.warn({ escalation_id: e.id, attempt: job.attemptsMade + 1, reason, final }, 'escalation delivery failed');
  deps.metrics?.escalationDeliveries.inc({ outcome: final ? 'failed' : 'retry' });
  if (!final) throw new Error(reason);
  await markFailed(deps.db, e.id, reason);
  throw new UnrecoverableError(reason);
}

/**
 * A delivery job BullMQ failed without our processor finishing it (its worker stopped twice mid-send, "stalled more
 * than allowable limit"): the escalation is failed with the reason, visible to clinicians and in /metrics, never
 * left "created" with nothing to send it again (found by a crash review). A job our processor failed already did so.
 */
export async function escalationJobFailed(job: Job | undefined, deps: Omit<EscalationDeps, 'config' | 'resolver'>) {
  if (job?.name !== ESCALATION_JOB || (await job.getState()) !== 'failed') return;
  const parsed = escalationPayloadSchema.safeParse(job.data);
  if (!parsed.success) return;
  const stalled = /stalled/u.test(job.failedReason ?? '');
  const reason = stalled ? 'delivery stopped: the worker sending it stopped before it finished' : 'delivery failed';
  if (await markFailed(deps.db, parsed.data.escalation_id, reason)) {
    deps.logger.warn({ escalation_id: parsed.data.escalation_id, stalled }, 'escalation delivery failed');
    deps.metrics?.escalationDeliveries.inc({ outcome: 'failed' });
  }
}
