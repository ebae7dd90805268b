import type { JobsOptions } from 'bullmq';
import { z } from 'zod';

/** A finished analysis to announce to its callback_url: ids and status only, never health data. */
export const webhookPayloadSchema = z.object({
  analysis_id: z.uuid(),
  status: z.enum(['completed', 'failed']),
  /** Reprocess generation of the run that finished; absent (0) for the first run. */
  generation: z.number().int().min(0).optional(),
});
export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;

export const WEBHOOK_QUEUE = 'webhooks';

/** An escalation to send to ESCALATION_WEBHOOK_URL: when opened, again for each missed acknowledgement, and when a
 * re-run raises it from high to critical (`escalation.raised`, sent whatever a clinician did with it at high). */
export const escalationPayloadSchema = z.object({
  escalation_id: z.uuid(),
  event: z.enum(['escalation.created', 'escalation.resent', 'escalation.raised']),
  /** 0 when opened, then the resend's number: part of the job id, so each resend is its own delivery. */
  sequence: z.number().int().min(0),
});
export type EscalationPayload = z.infer<typeof escalationPayloadSchema>;
/** Escalation deliveries run on the webhooks queue under this job name. */
export const ESCALATION_JOB = 'escalation';
export const escalationJobId = (p: EscalationPayload): string => `${p.escalation_id}-escalation-${p.sequence}`;

/** One delivery per analysis run and outcome; the id doubles as the `webhook-id` receivers deduplicate on. */
export const webhookJobId = (p: WebhookPayload): string =>
  `${p.analysis_id}-webhook-${p.status}${p.generation ? `-r${p.generation}` : ''}`;

/**
 * - 8 attempts, exponential from 5 s with 50 % jitter: about 20 minutes of retries for a receiver that is down.
 * - a 4xx other than 408/429 stops retrying (the processor throws UnrecoverableError).
 */
export const WEBHOOK_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 5000, jitter: 0.5 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};
