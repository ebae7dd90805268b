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
