import type { Job } from 'bullmq';
import { Command } from 'commander';
import { z } from 'zod';
import { passedOver, stageJobId, stagePayloadSchema } from '../../jobs/catalogue.js';
import { QUEUE_NAMES, type QueueName, type StageName } from '../../jobs/queues.js';
import { WEBHOOK_QUEUE } from '../../jobs/webhooks.js';
import { AnalysisReader, type AnalysisStatus } from '../../lib/analyses/index.js';
import { audit, cliActor } from '../../lib/audit.js';
import { withCliContext, type CliContext } from '../context.js';
import { parseOptions } from '../validate.js';
import { firstToRun, firstUnfinished } from '../../jobs/reconcile.js';
import { PAGE_SIZE, publishOutbox, startGenerations, type Rerun } from '../queue/analyses.js';

export const retryFailedOptions = z.object({ queue: z.enum(QUEUE_NAMES).optional() });

export interface RetryResult {
  retried: number;
  by_queue: Partial<Record<QueueName, number>>;
}

/** A failed generation can still be marked processing when its last attempt could not write its failure. */
const RETRYABLE: AnalysisStatus[] = ['failed', 'queued', 'processing'];

/**
 * Retries failed jobs. A failed stage job has failed the later stages of its flow (failParentOnFailure) or let
 * them run without it (emotion, baseline), and BullMQ cannot put those back to waiting-children: retrying the job
 * alone would run later stages before it, or not at all. So the analysis reruns from its first unfinished stage
 * under a new generation (through the outbox), and the old failed flow is removed. Webhook jobs stand alone and are simply retried.
 */
export async function retryFailed(ctx: CliContext, queue?: QueueName): Promise<RetryResult> {
  const result: RetryResult = { retried: 0, by_queue: {} };
  const count = (q: QueueName, n: number) => {
    if (n === 0) return;
    result.by_queue[q] = (result.by_queue[q] ?? 0) + n;
    result.retried += n;
  };

  // analysis id -> generation of its failed jobs, and the stages at that generation whose failed job stopped its flow
  // (one that let its parent run, passed over, stopped nothing)
  const failed = new Map<string, { generation: number; blocking: Set<StageName> }>();
  for (const stage of ctx.pipeline.filter((s) => !queue || s === queue)) {
    for (const job of await allFailed(ctx, stage)) {
      const p = stagePayloadSchema.safeParse(job.data);
      if (!p.success) continue;
      const generation = p.data.generation ?? 0;
      let seen = failed.get(p.data.analysis_id);
      if (!seen || seen.generation < generation)
        failed.set(p.data.analysis_id, (seen = { generation, blocking: new Set() }));
      if (seen.generation === generation && !passedOver(job)) seen.blocking.add(stage);
    }
  }
  const entries = [...failed];
  for (let i = 0; i < entries.length; i += PAGE_SIZE) {
    const chunk = new Map(entries.slice(i, i + PAGE_SIZE));
    const rows = (await new AnalysisReader(ctx.db).findMany([...chunk.keys()])).filter((r) =>
      RETRYABLE.includes(r.status),
    );
    const reruns: Array<Required<Rerun>> = [];
    for (const row of rows) {
      const from = firstUnfinished(row, ctx.pipeline);
      const jobs = chunk.get(row.id)!;
      // Failed jobs of an older generation are history: the analysis has moved on.
      if (!from || row.reprocess_generation !== jobs.generation) continue;
      // Still running past a stage that failed and was passed over (risk may be on its way): it is retried once it ends.
      // A running analysis is retried only when stuck at a failed job that stopped its flow and whose failure its row
      // never got.
      const next = firstToRun(row, ctx.pipeline);
      if (row.status !== 'failed' && !(next && jobs.blocking.has(next))) continue;
      reruns.push({ id: row.id, from, generation: row.reprocess_generation });
    }
    const started = new Set((await startGenerations(ctx.db, reruns, ctx.pipeline, RETRYABLE)).map((r) => r.id));
    for (const r of reruns.filter((x) => started.has(x.id))) {
      await removeFlow(ctx, r.id, r.generation);
      // Counted under the stage the rerun starts at: the job that really failed.
      count(r.from, 1);
    }
    if (started.size > 0) await publishOutbox(ctx);
  }

  if (!queue || queue === WEBHOOK_QUEUE) {
    for (const job of await allFailed(ctx, WEBHOOK_QUEUE)) {
      // A fresh set of attempts: the receiver was presumably fixed.
      const ok = await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true }).then(
        () => true,
        () => false,
      );
      if (ok) count(WEBHOOK_QUEUE, 1);
    }
  }
  const details = { ...cliActor(), queue: queue ?? null, retried: result.retried };
  await audit(ctx.db, { actorId: null, action: 'queue.retry_failed', details });
  return result;
}

async function allFailed(ctx: CliContext, queue: QueueName): Promise<Job[]> {
  const jobs: Job[] = [];
  for (let start = 0; ; start += PAGE_SIZE) {
    const page = (await ctx.backend.queue(queue).getFailed(start, start + PAGE_SIZE - 1)).filter(Boolean);
    jobs.push(...page);
    if (page.length < PAGE_SIZE) return jobs;
  }
}

/** Removes a generation's jobs, root (last stage) first with its children; best effort, they are history. */
async function removeFlow(ctx: CliContext, analysisId: string, generation: number): Promise<void> {
  for (const stage of [...ctx.pipeline].reverse() as StageName[]) {
    await ctx.backend
      .queue(stage)
      .remove(stageJobId(analysisId, stage, generation), { removeChildren: true })
      .catch(() => 0);
  }
}

export function formatRetry(r: RetryResult): string {
  const parts = Object.entries(r.by_queue).map(([q, n]) => `${q} ${n}`);
  return `retried ${r.retried} failed job${r.retried === 1 ? '' : 's'}${parts.length ? ` (${parts.join(', ')})` : ''}\n`;
}

export function retryFailedCommand(pipeline: readonly StageName[]): Command {
  return new Command('retry-failed')
    .description('retry failed jobs of every stage queue and webhooks, or of one queue')
    .option('--queue <queue>', QUEUE_NAMES.join('|'))
    .action(async (raw: Record<string, unknown>) => {
      const { queue } = parseOptions(retryFailedOptions, raw);
      const result = await withCliContext(pipeline, (ctx) => retryFailed(ctx, queue));
      process.stdout.write(formatRetry(result));
    });
}
