import type { Job } from 'bullmq';
import { stagePayloadSchema } from '../jobs/catalogue.js';
import { reconcile, type ReconcileDeps } from '../jobs/reconcile.js';
import { runPeriodically } from '../lib/periodic.js';
import { AnalysisReader, type PageRow } from '../lib/analyses/analysis-reader.js';

export interface StallSweeper {
  /** A stage job failed: if the queue failed it without the stage settling the analysis, settle it now. */
  onFailed(job: Job | undefined): void;
  stop(): Promise<void>;
}

/** Rows one sweep looks at, oldest first: bounds its cost on a large backlog (the next sweep goes on). */
const ROWS_PER_SWEEP = 2000;

/**
 * Keeps analyses from staying `processing` forever when BullMQ fails a stage job without running the wrapper
 * (stalled past its limit): reacts to the worker's failed events, and sweeps stale rows every `everyMs` for
 * failures no live worker saw (and for lost jobs, as `resona recover` does).
 */
export function startStallSweeper(deps: ReconcileDeps & { everyMs: number; staleMs: number }): StallSweeper {
  const reader = new AnalysisReader(deps.db);
  const guard = (what: string, p: Promise<unknown>) =>
    p.catch((err: unknown) => deps.logger.warn({ err: (err as Error).message }, `${what} failed; will retry`));

  // Where the last sweep stopped: the next one goes on from there, so a backlog of healthy rows hides no stalled one.
  let resumeAfter: PageRow | undefined;
  const sweep = async () => {
    let seen = 0;
    const filter = { statuses: ['queued', 'processing'] as const, updatedBefore: new Date(Date.now() - deps.staleMs) };
    const start = resumeAfter;
    resumeAfter = undefined;
    for await (const page of reader.pages(filter, 500, start)) {
      const { resumed, failed } = await reconcile(deps, page);
      if (resumed || failed) deps.logger.warn({ resumed, failed }, 'stall sweep repaired analyses');
      if ((seen += page.length) < ROWS_PER_SWEEP) continue;
      resumeAfter = page[page.length - 1];
      break;
    }
  };
  const periodic = runPeriodically('stall sweep', deps.everyMs, deps.logger, sweep);

  return {
    onFailed(job) {
      const payload = stagePayloadSchema.safeParse(job?.data);
      if (!payload.success) return;
      void guard(
        'stalled job reconciliation',
        reader.findMany([payload.data.analysis_id]).then((rows) => reconcile(deps, rows)),
      );
    },
    stop: () => periodic.stop(),
  };
}
