import type { JobsOptions, Queue } from 'bullmq';
import { z } from 'zod';

// The nightly personalisation (issue 12, part 4): its queue, one job scheduler per configured time zone (03:00
// local), the job's payload and options. Job data and progress carry a time zone, a night and counts: no health data.

export const PERSONALISE_QUEUE = 'personalise' as const;
export const NIGHT_JOB = 'personalise-night';
/** 03:00 every day, in the scheduler's own time zone. */
export const NIGHT_PATTERN = '0 3 * * *';
const SCHEDULER_PREFIX = 'personalise:';
export const schedulerId = (timeZone: string): string => `${SCHEDULER_PREFIX}${timeZone}`;

/** Queued jobs outlive code versions: validated before use. `night` only for a job added by hand. */
export const personalisePayload = z.object({
  time_zone: z.string().min(1),
  night: z.iso.date().optional(),
});
export type PersonalisePayload = z.infer<typeof personalisePayload>;

export const PERSONALISE_JOB_OPTIONS: JobsOptions = {
  // A retry continues from the job's progress (the batches already committed stay).
  attempts: 6,
  backoff: { type: 'exponential', delay: 60_000 },
  removeOnComplete: { count: 100 },
  removeOnFail: { count: 200 },
};

/**
 * Makes the queue's schedulers exactly one per configured zone: adds or updates each (idempotent, so every worker
 * may do it at boot) and removes those of zones no longer configured.
 */
export async function upsertNightSchedulers(queue: Queue, timeZones: readonly string[]): Promise<void> {
  for (const tz of timeZones) {
    await queue.upsertJobScheduler(
      schedulerId(tz),
      { pattern: NIGHT_PATTERN, tz },
      { name: NIGHT_JOB, data: { time_zone: tz } satisfies PersonalisePayload, opts: PERSONALISE_JOB_OPTIONS },
    );
  }
  const wanted = new Set(timeZones.map(schedulerId));
  for (const s of await queue.getJobSchedulers()) {
    if (s.key.startsWith(SCHEDULER_PREFIX) && !wanted.has(s.key)) await queue.removeJobScheduler(s.key);
  }
}
