import type { Knex } from 'knex';
import type { Logger } from '../../lib/logger.js';
import type { Metrics } from '../../lib/metrics.js';
import { runPeriodically } from '../../lib/periodic.js';
import { resendUnacknowledged } from '../../lib/risk/escalation-store.js';
import { stageEscalation } from '../../lib/risk/escalations.js';

// A critical escalation nobody acknowledged within ESCALATION_ACK_MINUTES of its last sending is sent again and
// counted (resona_escalation_resends_total). Checked a few times per period; workers on several machines share it
// safely (rows are claimed with SKIP LOCKED and their last sending moves on).

export function startAckTimer(db: Knex, logger: Logger, ackMinutes: number, metrics?: Metrics) {
  const everyMs = Math.min(60_000, Math.max(250, (ackMinutes * 60_000) / 4));
  return runPeriodically('escalation acknowledgement check', everyMs, logger, async () => {
    const resent = await resendUnacknowledged(db, ackMinutes, stageEscalation);
    if (resent) {
      metrics?.escalationResends.inc(resent);
      logger.warn({ resent }, 'critical escalations not acknowledged in time: sent again');
    }
  });
}
