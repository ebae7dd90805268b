import { UnrecoverableError, type Job, type Processor } from 'bullmq';
import { personalisePayload } from '../../jobs/personalise.js';
import type { Config } from '../../lib/config.js';
import type { Knex } from '../../lib/db.js';
import { nightOf } from '../../lib/interfaces/night.js';
import type { Logger } from '../../lib/logger.js';
import { runNight, type NightProgress } from '../../lib/interfaces/run-night.js';

// The `personalise` queue's processor: one job is one time zone's night; a retried job continues after the last
// committed batch (its progress), and a rerun of a finished night writes nothing (one row per person per night).

/** When the job was due: the scheduler's instant (its id ends in it), else when it was added. Stable across retries. */
export function scheduledAt(job: Pick<Job, 'id' | 'timestamp'>): Date {
  const due = /^repeat:.+:(\d+)$/.exec(job.id ?? '')?.[1];
  return new Date(due ? Number(due) : job.timestamp);
}

function resumable(progress: unknown, timeZone: string, night: string): NightProgress | undefined {
  const p = progress as Partial<NightProgress> | null;
  if (!p || typeof p !== 'object' || p.time_zone !== timeZone || p.night !== night) return undefined;
  return p as NightProgress;
}

export function personaliseProcessor(db: Knex, config: Config, logger: Logger, batchSize?: number): Processor {
  return async (job: Job) => {
    const parsed = personalisePayload.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`invalid personalise payload: ${parsed.error.message}`);
    const { time_zone: timeZone } = parsed.data;
    const zones = config.personalise.timeZones;
    if (!zones.includes(timeZone)) throw new UnrecoverableError(`time zone ${timeZone} is not configured`);
    const asOf = scheduledAt(job);
    const night = parsed.data.night ?? nightOf(asOf, timeZone);
    const resume = resumable(job.progress, timeZone, night);
    if (resume?.done) return resume;
    if (resume) logger.info({ timeZone, night, batches: resume.batches }, 'personalise: continuing an earlier attempt');
    const result = await runNight(
      db,
      { timeZone, zones, night, asOf, minSessions: config.personalise.minSessions, batchSize },
      { resume, onBatch: (p) => job.updateProgress({ ...p }) },
    );
    await job.updateProgress({ ...result });
    logger.info({ ...result, after: undefined }, 'personalise: night done');
    return { ...result, after: undefined };
  };
}
