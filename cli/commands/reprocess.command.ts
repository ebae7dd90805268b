import { Command } from 'commander';
import { z } from 'zod';
import { stagesFrom } from '../../jobs/catalogue.js';
import { STAGE_QUEUES, type StageName } from '../../jobs/queues.js';
import {
  AnalysisReader,
  ANALYSIS_STATUSES,
  type AnalysisFilter,
  type AnalysisStatus,
} from '../../lib/analyses/index.js';
import { audit, cliActor } from '../../lib/audit.js';
import { withCliContext, type CliContext } from '../context.js';
import { terminalProgress, type Progress } from '../progress.js';
import { parseOptions } from '../validate.js';
import { firstUnfinished } from '../../jobs/reconcile.js';
import { publishOutbox, startGenerations } from '../queue/analyses.js';

const isoInstant = z.union([z.iso.datetime({ offset: true }), z.iso.date()], {
  error: 'must be an ISO 8601 date or date-time with an offset, e.g. 2026-01-31 or 2026-01-31T08:00:00Z',
});

export const reprocessOptions = z
  .object({
    stage: z.enum([...STAGE_QUEUES, 'all']),
    user: z.uuid().optional(),
    since: isoInstant.optional(),
    until: isoInstant.optional(),
    status: z.enum(ANALYSIS_STATUSES).optional(),
    dryRun: z.boolean().default(false),
    json: z.boolean().default(false),
  })
  .refine((o) => !o.since || !o.until || new Date(o.since) < new Date(o.until), {
    path: ['since'],
    message: 'must be before --until',
  });
export type ReprocessOptions = z.output<typeof reprocessOptions>;

export interface ReprocessResult {
  matched: number;
  enqueued: number;
  skipped: number;
  /** Dry run: how many a real run would enqueue now. */
  would_enqueue?: number;
  /** No stage of the pipeline runs from the requested stage on (the pipeline is still empty). */
  nothing_to_run?: boolean;
}

/** Only finished analyses start a new generation: queued or processing ones still have work pending. */
const RERUNNABLE: AnalysisStatus[] = ['completed', 'failed'];

/**
 * Reruns the chosen stage and every stage after it (they read its results) for the matching analyses,
 * a page at a time, through the outbox. A rerun still pending is skipped, so running twice adds nothing.
 */
export async function reprocess(
  ctx: CliContext,
  opts: ReprocessOptions,
  progress?: Progress,
): Promise<ReprocessResult> {
  const from = opts.stage === 'all' ? ctx.pipeline[0] : opts.stage;
  if (!from || stagesFrom(ctx.pipeline, from).length === 0) {
    return { matched: 0, enqueued: 0, skipped: 0, nothing_to_run: true };
  }
  const filter: AnalysisFilter = {
    userId: opts.user,
    since: opts.since ? new Date(opts.since) : undefined,
    until: opts.until ? new Date(opts.until) : undefined,
    statuses: opts.status ? [opts.status] : undefined,
  };
  const reader = new AnalysisReader(ctx.db);
  if (progress) progress.start(await reader.count(filter));
  const result: ReprocessResult = { matched: 0, enqueued: 0, skipped: 0 };
  let eligible = 0;
  try {
    for await (const page of reader.pages(filter)) {
      result.matched += page.length;
      const candidates = page.filter((r) => RERUNNABLE.includes(r.status));
      eligible += candidates.length;
      if (!opts.dryRun) {
        const started = await startGenerations(
          ctx.db,
          candidates.map((r) => ({ id: r.id, from: earlier(from, firstUnfinished(r, ctx.pipeline)) })),
          ctx.pipeline,
          RERUNNABLE,
        );
        result.enqueued += started.length;
        await publishOutbox(ctx);
      }
      progress?.advance(page.length);
    }
  } finally {
    progress?.stop();
  }
  if (opts.dryRun) result.would_enqueue = eligible;
  result.skipped = result.matched - (opts.dryRun ? eligible : result.enqueued);
  if (!opts.dryRun) {
    const { stage, user = null, since = null, until = null, status = null } = opts;
    const details = {
      ...cliActor(),
      stage,
      user,
      since,
      until,
      status,
      matched: result.matched,
      enqueued: result.enqueued,
    };
    await audit(ctx.db, { actorId: null, action: 'queue.reprocess', details });
  }
  return result;
}

/** A stage that never completed runs again too: later stages need its results. */
function earlier(a: StageName, b: StageName | undefined): StageName {
  return b && STAGE_QUEUES.indexOf(b) < STAGE_QUEUES.indexOf(a) ? b : a;
}

export function formatReprocess(r: ReprocessResult, stage: string, json: boolean): string {
  if (json) return `${JSON.stringify(r)}\n`;
  const line = `matched ${r.matched}, enqueued ${r.enqueued}, skipped ${r.skipped}`;
  if (r.nothing_to_run) {
    const what = stage === 'all' ? 'no stages' : `no stage from ${stage} on`;
    return `nothing to run: the pipeline has ${what} yet\n${line}\n`;
  }
  return r.would_enqueue === undefined ? `${line}\n` : `${line} (dry run: would enqueue ${r.would_enqueue})\n`;
}

export function reprocessCommand(pipeline: readonly StageName[]): Command {
  return new Command('reprocess')
    .description('rerun a stage and the stages after it for matching analyses (deterministic job ids)')
    .requiredOption('--stage <stage>', `${STAGE_QUEUES.join('|')}|all`)
    .option('--user <id>', 'only this user’s analyses (uuid)')
    .option('--since <iso>', 'only analyses created at or after this instant')
    .option('--until <iso>', 'only analyses created before this instant')
    .option('--status <status>', ANALYSIS_STATUSES.join('|'))
    .option('--dry-run', 'count without enqueueing')
    .option('--json', 'print one JSON object {matched, enqueued, skipped}')
    .action(async (raw: Record<string, unknown>) => {
      const opts = parseOptions(reprocessOptions, raw);
      const result = await withCliContext(pipeline, (ctx) => reprocess(ctx, opts, terminalProgress('reprocess')));
      process.stdout.write(formatReprocess(result, opts.stage, opts.json));
    });
}
