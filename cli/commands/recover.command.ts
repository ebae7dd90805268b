import { Command } from 'commander';
import { stageJobId, stagesFrom } from '../../jobs/catalogue.js';
import type { StageName } from '../../jobs/queues.js';
import { withCliContext, type CliContext } from '../context.js';
import { AnalysisReader, type PageRow } from '../../lib/analyses/index.js';
import { firstUnfinished, publishOutbox, resumeFlows } from '../queue/analyses.js';

export interface RecoverResult {
  /** Analyses queued or processing. */
  checked: number;
  recovered: number;
  nothing_to_run?: boolean;
}

/** Job-state lookups in flight at once. */
const LOOKUP_BATCH = 50;

/**
 * Re-enqueues (through the outbox) analyses that are queued or processing but whose unfinished stages
 * have no job in the queue backend, e.g. after a Redis flush. The job ids are the same as before, so a
 * job that does exist is not duplicated.
 */
export async function recover(ctx: CliContext): Promise<RecoverResult> {
  const result: RecoverResult = { checked: 0, recovered: 0 };
  if (ctx.pipeline.length === 0) return { ...result, nothing_to_run: true };
  for await (const page of new AnalysisReader(ctx.db).pages({ statuses: ['queued', 'processing'] })) {
    result.checked += page.length;
    // Read the outbox before the queue: the relay marks a row published only after its jobs exist.
    const onTheirWay = await unpublished(ctx, page);
    const lost: PageRow[] = [];
    const candidates = page.filter((r) => !onTheirWay.has(r.id) && firstUnfinished(r, ctx.pipeline));
    for (let i = 0; i < candidates.length; i += LOOKUP_BATCH) {
      const batch = candidates.slice(i, i + LOOKUP_BATCH);
      const missing = await Promise.all(batch.map((r) => hasMissingJob(ctx, r)));
      lost.push(...batch.filter((_, j) => missing[j]));
    }
    const resumed = await resumeFlows(
      ctx.db,
      lost.map((r) => ({ id: r.id, from: firstUnfinished(r, ctx.pipeline)!, generation: r.reprocess_generation })),
    );
    result.recovered += resumed;
    if (resumed > 0) await publishOutbox(ctx);
  }
  return result;
}

async function unpublished(ctx: CliContext, page: PageRow[]): Promise<Set<string>> {
  const rows = (await ctx
    .db('outbox')
    .whereNull('published_at')
    .where('kind', 'analysis_flow')
    .whereRaw(`payload->>'analysis_id' = ANY(?::text[])`, [page.map((r) => r.id)])
    .select(ctx.db.raw(`payload->>'analysis_id' AS id`))) as Array<{ id: string }>;
  return new Set(rows.map((r) => r.id));
}

async function hasMissingJob(ctx: CliContext, row: PageRow): Promise<boolean> {
  const stages = stagesFrom(ctx.pipeline, firstUnfinished(row, ctx.pipeline));
  const states = await Promise.all(
    stages.map((s) => ctx.backend.queue(s).getJobState(stageJobId(row.id, s, row.reprocess_generation))),
  );
  return states.includes('unknown');
}

export function formatRecover(r: RecoverResult): string {
  if (r.nothing_to_run) return 'nothing to recover: the pipeline has no stages yet\n';
  return `checked ${r.checked} queued or processing analyses, recovered ${r.recovered}\n`;
}

export function recoverCommand(pipeline: readonly StageName[]): Command {
  return new Command('recover')
    .description('re-enqueue queued or processing analyses whose jobs are missing from the queue backend')
    .action(async () => {
      const result = await withCliContext(pipeline, recover);
      process.stdout.write(formatRecover(result));
    });
}
