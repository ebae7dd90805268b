import { NIGHT_JOB, PERSONALISE_QUEUE } from '../../jobs/personalise.js';
import type { QueueBackend } from '../../lib/queue-backend.js';

// `resona stats`: where the nightly personalisation stands in each time zone (from the queue alone: job progress
// holds a zone, a night and counts).

const COUNTS = ['active', 'written', 'too_few_sessions', 'already_done', 'batches'] as const;

export interface NightStatus {
  time_zone: string;
  /** When the zone's scheduler runs next (ISO), null without a scheduler. */
  next_run: string | null;
  /** The zone's latest started run: its night, job state and counts so far; null before the first. */
  latest: { night: string | null; state: string; counts: Record<(typeof COUNTS)[number], number> } | null;
}

export async function nightsStatus(backend: QueueBackend): Promise<NightStatus[]> {
  const queue = backend.queue(PERSONALISE_QUEUE);
  const [schedulers, jobs] = await Promise.all([
    queue.getJobSchedulers(),
    queue.getJobs(['active', 'delayed', 'completed', 'failed'], 0, 99),
  ]);
  const zones = new Map<string, NightStatus>();
  const zone = (tz: string) => zones.get(tz) ?? zones.set(tz, { time_zone: tz, next_run: null, latest: null }).get(tz)!;
  for (const s of schedulers) {
    const tz = (s.template?.data as { time_zone?: unknown } | undefined)?.time_zone;
    if (typeof tz === 'string') zone(tz).next_run = s.next ? new Date(s.next).toISOString() : null;
  }
  // Started runs only: the scheduler's next job waits delayed, and so does a run retrying after a failure.
  const started = jobs.filter((j) => j?.name === NIGHT_JOB && j.processedOn);
  const newestFirst = started.sort((a, b) => b.timestamp - a.timestamp);
  for (const job of newestFirst) {
    const tz = (job.data as { time_zone?: unknown }).time_zone;
    if (typeof tz !== 'string' || zone(tz).latest) continue;
    const p = (typeof job.progress === 'object' && job.progress ? job.progress : {}) as Record<string, unknown>;
    const counts = Object.fromEntries(COUNTS.map((k) => [k, typeof p[k] === 'number' ? p[k] : 0]));
    const state = job.finishedOn ? (job.failedReason ? 'failed' : 'completed') : 'running';
    zone(tz).latest = { night: typeof p.night === 'string' ? p.night : null, state, counts: counts as never };
  }
  return [...zones.values()].sort((a, b) => a.time_zone.localeCompare(b.time_zone));
}

export function formatNights(nights: NightStatus[]): string[] {
  return nights.map(({ time_zone, next_run, latest }) => {
    const last = latest
      ? `night ${latest.night ?? '?'} ${latest.state}: ${latest.counts.active} active, ${latest.counts.written} written, ` +
        `${latest.counts.too_few_sessions} with too few check-ins, ${latest.counts.already_done} already written`
      : 'no run yet';
    return `personalise ${time_zone}: ${last}; next run ${next_run ?? 'not scheduled'}`;
  });
}
