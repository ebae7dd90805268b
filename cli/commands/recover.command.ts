import { Command } from 'commander';
import type { StageName } from '../../jobs/queues.js';
import { reconcile } from '../../jobs/reconcile.js';
import { audit, cliActor } from '../../lib/audit.js';
import { withCliContext, type CliContext } from '../context.js';
import { AnalysisReader } from '../../lib/analyses/index.js';
import { publishOutbox } from '../queue/analyses.js';

export interface RecoverResult {
  /** Analyses queued or processing. */
  checked: number;
  recovered: number;
  /** Analyses whose stage job the queue failed without the stage finishing (stalled past its limit): now failed. */
  failed: number;
  nothing_to_run?: boolean;
}

/**
 * Repairs analyses that are queued or processing but whose jobs say otherwise: unfinished stages with no job
 * (e.g. after a Redis flush) are re-enqueued through the outbox under the same job ids, so a job that does exist
 * is not duplicated; a stage whose job failed without settling the analysis fails it as `stage_stalled`.
 */
export async function recover(ctx: CliContext): Promise<RecoverResult> {
  const result: RecoverResult = { checked: 0, recovered: 0, failed: 0 };
  if (ctx.pipeline.length === 0) return { ...result, nothing_to_run: true };
  for await (const page of new AnalysisReader(ctx.db).pages({ statuses: ['queued', 'processing'] })) {
    result.checked += page.length;
    const { resumed, failed } = await reconcile(ctx, page);
    result.recovered += resumed;
    result.failed += failed;
    if (resumed > 0) await publishOutbox(ctx);
  }
  await audit(ctx.db, { actorId: null, action: 'queue.recover', details: { ...cliActor(), ...result } });
  return result;
}

export function formatRecover(r: RecoverResult): string {
  if (r.nothing_to_run) return 'nothing to recover: the pipeline has no stages yet\n';
  return `checked ${r.checked} queued or processing analyses, recovered ${r.recovered}, failed ${r.failed} whose stage job had failed unfinished\n`;
}

export function recoverCommand(pipeline: readonly StageName[]): Command {
  return new Command('recover')
    .description(
      'repair queued or processing analyses: re-enqueue missing jobs, fail stages whose job failed unfinished',
    )
    .action(async () => {
      const result = await withCliContext(pipeline, recover);
      process.stdout.write(formatRecover(result));
    });
}
