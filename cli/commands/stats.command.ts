import { Command } from 'commander';
import type { StageName } from '../../jobs/queues.js';
import { QUEUE_NAMES, type QueueName } from '../../jobs/queues.js';
import { outboxCounts } from '../../jobs/outbox-relay.js';
import { nightsStatus, formatNights, type NightStatus } from '../queue/nights.js';
import { withCliContext, type CliContext } from '../context.js';

export const JOB_STATES = ['waiting', 'active', 'delayed', 'completed', 'failed', 'waiting-children'] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface StatsResult {
  queues: Record<QueueName, Record<JobState, number>>;
  /** Outbox rows not yet published (safe, not queued yet), and those dead-lettered after repeated refusals. */
  outbox: { pending: number; dead: number };
  /** The nightly personalisation per time zone: its latest run's progress and the next scheduled one. */
  personalise: NightStatus[];
}

export async function stats(ctx: CliContext): Promise<StatsResult> {
  const counts = await Promise.all(QUEUE_NAMES.map((q) => ctx.backend.queue(q).getJobCounts(...JOB_STATES)));
  const queues = Object.fromEntries(
    QUEUE_NAMES.map((q, i) => [q, Object.fromEntries(JOB_STATES.map((s) => [s, counts[i]![s] ?? 0]))]),
  ) as StatsResult['queues'];
  return { queues, outbox: await outboxCounts(ctx.db), personalise: await nightsStatus(ctx.backend) };
}

export function formatStats(r: StatsResult): string {
  const header = ['queue', ...JOB_STATES];
  const rows = QUEUE_NAMES.map((q) => [q, ...JOB_STATES.map((s) => String(r.queues[q][s]))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  // Names left-aligned, counts right-aligned.
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [
    line(header),
    ...rows.map(line),
    `outbox: ${r.outbox.pending} unpublished, ${r.outbox.dead} dead-lettered`,
    ...formatNights(r.personalise),
    '',
  ].join('\n');
}

export function statsCommand(pipeline: readonly StageName[]): Command {
  return new Command('stats')
    .description('job counts per queue and state')
    .option('--json', 'print one JSON object')
    .action(async (opts: { json?: boolean }) => {
      const result = await withCliContext(pipeline, stats);
      process.stdout.write(opts.json ? `${JSON.stringify(result)}\n` : formatStats(result));
    });
}
