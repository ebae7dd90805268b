import { z } from 'zod';
import type { FlowJob, Job, JobsOptions } from 'bullmq';
import { STAGE_QUEUES, type StageName } from './queues.js';

/**
 * The job catalogue. Terms: a *stage* is one step of an analysis; each stage has its own *queue*
 * (same name) and one *job* per analysis there; a *processor* runs a stage's jobs inside a *worker* process.
 */

/** Payload of every stage job. Validated again by the processor: queued jobs outlive code versions. */
export const stagePayloadSchema = z.object({
  analysis_id: z.uuid(),
  user_id: z.uuid(),
  /** The check-in the results belong to; absent in jobs queued before it was added (the stage then reads it). */
  conversation_id: z.uuid().optional(),
  /** Reprocess generation; absent (0) on the first run. Part of the job ids, so a rerun gets fresh jobs. */
  generation: z.number().int().min(0).optional(),
});
export type StagePayload = z.infer<typeof stagePayloadSchema>;

/**
 * Stage job ids derive from the analysis id and its reprocess generation (no ':' — BullMQ forbids it),
 * so re-adding one is a no-op; generation N > 0 (a reprocess) uses `<id>-rN-<stage>`.
 */
export const stageJobId = (analysisId: string, stage: StageName, generation = 0): string =>
  generation > 0 ? `${analysisId}-r${generation}-${stage}` : `${analysisId}-${stage}`;

/** The stages of `pipeline` from `from` (DESIGN §6 order) to the end: later stages read its results. */
export function stagesFrom(pipeline: readonly StageName[], from?: StageName): StageName[] {
  if (!from) return [...pipeline];
  const start = STAGE_QUEUES.indexOf(from);
  return pipeline.filter((s) => STAGE_QUEUES.indexOf(s) >= start);
}

/**
 * Default options of every stage job.
 * - attempts 5 with exponential backoff from 2 s and 50 % jitter: rides out restarts of Redis, PostgreSQL, providers.
 * - completed jobs leave the queue backend after a day or 10 000 jobs; Postgres keeps the history polling reads.
 * - failed jobs stay a week for operators to inspect and retry.
 */
export const STAGE_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000, jitter: 0.5 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/**
 * Attempts of the risk stage: a crisis check-in it never reads is the worst outcome, so it rides out a database or
 * queue outage of 35–70 minutes (exponential from 2 s, 50 % jitter: 4,094 s of waits at most) before failing for good.
 */
export const RISK_ATTEMPTS = 12;

/**
 * Stages whose failure for good lets the stages after it run: risk reads them only as modifiers that raise its score,
 * and a crisis check-in never read for risk is worse than an analysis without emotion or baseline. Transcription too
 * when the client sent its own transcript (`clientWords`): risk reads those words then.
 */
export const PASSED_OVER_ON_FAILURE: ReadonlySet<StageName> = new Set(['emotion', 'baseline']);

/** Whether `stage` failing for good lets the later stages of this flow run. */
export const passedOverOnFailure = (stage: StageName, clientWords: boolean): boolean =>
  PASSED_OVER_ON_FAILURE.has(stage) || (stage === 'transcription' && clientWords);

/** Whether a queued stage job, failing for good, lets the later stages run: its options say so and it has a parent. */
export const passedOver = (job: Pick<Job, 'parentKey' | 'opts'>): boolean =>
  Boolean(job.parentKey) && job.opts.ignoreDependencyOnFailure === true;

/**
 * One analysis is one flow: each stage is the parent of the stage before it, so BullMQ runs them in
 * pipeline order; a stage that fails for good fails the stages after it, but emotion and baseline are passed over (and
 * transcription, when the client sent its words).
 */
export function analysisFlow(
  payload: StagePayload,
  stages: readonly StageName[] = STAGE_QUEUES,
  { clientWords = false } = {},
): FlowJob | undefined {
  let child: FlowJob | undefined;
  for (const stage of stages) {
    const node: FlowJob = {
      name: stage,
      queueName: stage,
      data: payload,
      opts: {
        ...STAGE_JOB_OPTIONS,
        ...(stage === 'risk' ? { attempts: RISK_ATTEMPTS } : {}),
        jobId: stageJobId(payload.analysis_id, stage, payload.generation),
        ...(passedOverOnFailure(stage, clientWords)
          ? { ignoreDependencyOnFailure: true }
          : { failParentOnFailure: true }),
      },
      ...(child ? { children: [child] } : {}),
    };
    child = node;
  }
  return child;
}
