import type { Knex } from 'knex';
import { z } from 'zod';
import { AnalysisStore } from '../lib/analyses/analysis-store.js';
import type { Logger } from '../lib/logger.js';
import type { QueueBackend } from '../lib/queue-backend.js';
import { analysisFlow, stagePayloadSchema, stagesFrom } from './catalogue.js';
import { failStageAndAnnounce, stageWebhook } from './enqueue.js';
import { STAGE_QUEUES, type StageName } from './queues.js';
import {
  ESCALATION_JOB,
  escalationJobId,
  escalationPayloadSchema,
  WEBHOOK_JOB_OPTIONS,
  WEBHOOK_QUEUE,
  webhookJobId,
  webhookPayloadSchema,
} from './webhooks.js';

// Rows are validated again when published: an outbox row outlives the code version that wrote it.
const flowPayloadSchema = stagePayloadSchema.extend({
  from_stage: z.enum(STAGE_QUEUES).optional(),
  client_words: z.boolean().optional(),
});
const deadFlowSchema = z.object({
  analysis_id: z.uuid(),
  generation: z.number().int().optional(),
  from_stage: z.enum(STAGE_QUEUES).optional().catch(undefined),
});

interface OutboxRow {
  id: string;
  kind: string;
  payload: unknown;
  attempts: number;
  rejections: number;
}

export interface OutboxRelayOptions {
  /** Refusals by a reachable queue backend before a row is dead-lettered (OUTBOX_MAX_ATTEMPTS). Default 10. */
  maxAttempts?: number;
  /** How long one publication may take before it counts as failed (an unreachable backend can hang). Default 10 s. */
  publishTimeoutMs?: number;
}

/** The code an analysis fails with when the request for its flow was dead-lettered. */
export const ENQUEUE_FAILED = 'enqueue_failed';

/** Rows waiting to be published and rows dead-lettered, for `resona stats` and /metrics. */
export async function outboxCounts(db: Knex): Promise<{ pending: number; dead: number }> {
  const row = (await db('outbox')
    .whereNull('published_at')
    .select(
      db.raw('count(*) FILTER (WHERE dead_at IS NULL)::int AS pending'),
      db.raw('count(*) FILTER (WHERE dead_at IS NOT NULL)::int AS dead'),
    )
    .first()) as { pending: number; dead: number };
  return { pending: row.pending, dead: row.dead };
}

class PublishTimeoutError extends Error {
  constructor() {
    super('queue backend did not answer in time');
  }
}

const BATCH = 50;
const POLL_MS = 1000;

/**
 * Publishes committed outbox rows to the queue backend. While the backend is unreachable rows wait (with backoff)
 * however long the outage lasts; a row the reachable backend keeps refusing is dead-lettered after maxAttempts, and
 * the analysis it would have started fails as `enqueue_failed` instead of staying queued forever.
 */
export class OutboxRelay {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
  private readonly maxAttempts: number;
  private readonly publishTimeoutMs: number;

  constructor(
    private readonly db: Knex,
    private readonly backend: QueueBackend,
    private readonly stages: readonly StageName[],
    private readonly logger: Logger,
    opts: OutboxRelayOptions = {},
  ) {
    this.maxAttempts = opts.maxAttempts ?? 10;
    this.publishTimeoutMs = opts.publishTimeoutMs ?? 10_000;
  }

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  /** Publishes now (after a commit) instead of at the next poll. */
  kick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.drainAll().finally(() => {
      this.running = undefined;
      if (this.again && !this.stopped) {
        this.again = false;
        void this.kick();
      }
    });
    return this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.kick().finally(() => this.schedule());
    }, POLL_MS);
    this.timer.unref();
  }

  private async drainAll(): Promise<void> {
    try {
      while ((await this.drainBatch()) === BATCH && !this.stopped);
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'outbox relay: drain failed; will retry');
    }
  }

  /** One transaction: lock a batch (SKIP LOCKED, so relays in many processes share the work), publish, mark. */
  async drainBatch(): Promise<number> {
    return this.db.transaction(async (trx) => {
      const rows = (await trx('outbox')
        .whereNull('published_at')
        .whereNull('dead_at')
        .andWhere('available_at', '<=', trx.fn.now())
        .orderBy('created_at')
        .limit(BATCH)
        .forUpdate()
        .skipLocked()) as OutboxRow[];
      // Publish the batch concurrently, then mark what went out in one statement.
      const results = await Promise.allSettled(rows.map((row) => this.timed(this.publish(row, trx))));
      const published = rows.filter((_, i) => results[i]!.status === 'fulfilled').map((r) => r.id);
      if (published.length) {
        await trx('outbox').whereIn('id', published).update({ published_at: trx.fn.now(), last_error: null });
      }
      const failed = rows.flatMap((row, i) => {
        const r = results[i]!;
        return r.status === 'rejected' ? [{ row, error: r.reason as Error }] : [];
      });
      // A refusal counts towards dead-lettering only while the backend answers, and a timeout never does: an outage
      // or a slow backend is waited out.
      const reachable =
        failed.length > 0 &&
        (await this.timed(this.backend.ping()).then(
          () => true,
          () => false,
        ));
      for (const { row, error } of failed) {
        await this.failed(trx, row, error.message, reachable && !(error instanceof PublishTimeoutError));
      }
      return rows.length;
    });
  }

  /** A publication that hangs (a backend that does not answer) fails after publishTimeoutMs; re-publishing is a no-op. */
  private timed<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new PublishTimeoutError()), this.publishTimeoutMs);
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  }

  /** Records a failed publication; `refused`: the reachable backend refused it (counts towards dead-lettering). */
  private async failed(trx: Knex.Transaction, row: OutboxRow, message: string, refused: boolean): Promise<void> {
    const rejections = row.rejections + (refused ? 1 : 0);
    const dead = rejections >= this.maxAttempts;
    await trx('outbox')
      .where({ id: row.id })
      .update({
        attempts: row.attempts + 1,
        rejections,
        last_error: message.slice(0, 500),
        available_at: trx.raw(`now() + make_interval(secs => ?)`, [Math.min(60, 2 ** row.attempts)]),
        dead_at: dead ? trx.fn.now() : null,
      });
    if (!dead) {
      this.logger.warn({ outbox_id: row.id, err: message }, 'outbox relay: publish failed; will retry');
      return;
    }
    this.logger.error({ outbox_id: row.id, kind: row.kind, err: message }, 'outbox relay: row dead-lettered');
    if (row.kind === 'analysis_flow') await this.failAnalysis(trx, row.payload, message);
  }

  /** The analysis a dead flow request would have started fails visibly (and is announced) instead of waiting. */
  private async failAnalysis(trx: Knex.Transaction, payload: unknown, message: string): Promise<void> {
    // Only what names the analysis must be valid: the payload as a whole may be what could not be published.
    const p = deadFlowSchema.safeParse(payload);
    const first = (p.success && p.data.from_stage) || this.stages[0];
    if (!p.success || !first) return;
    const ref = { id: p.data.analysis_id, stage: first, generation: p.data.generation ?? 0 };
    const error = { code: ENQUEUE_FAILED, message: `its jobs could not be queued: ${message.slice(0, 200)}` };
    await failStageAndAnnounce(this.db, trx, ref, { attempt: 0, startedAt: new Date(), last: false }, error);
  }

  private async publish(row: OutboxRow, trx: Knex.Transaction): Promise<void> {
    if (row.kind === 'webhook') {
      const payload = webhookPayloadSchema.parse(row.payload);
      await this.backend
        .queue(WEBHOOK_QUEUE)
        .add('deliver', payload, { ...WEBHOOK_JOB_OPTIONS, jobId: webhookJobId(payload) });
      return;
    }
    if (row.kind === 'escalation') {
      const payload = escalationPayloadSchema.parse(row.payload);
      await this.backend
        .queue(WEBHOOK_QUEUE)
        .add(ESCALATION_JOB, payload, { ...WEBHOOK_JOB_OPTIONS, jobId: escalationJobId(payload) });
      return;
    }
    if (row.kind !== 'analysis_flow') throw new Error(`unknown outbox kind ${row.kind}`);
    const { from_stage, client_words, ...payload } = flowPayloadSchema.parse(row.payload);
    const flow = analysisFlow(payload, stagesFrom(this.stages, from_stage), { clientWords: client_words ?? false });
    if (flow) {
      await this.backend.flowProducer().add(flow);
      return;
    }
    // No stage is registered: nothing to run, so the analysis is complete as accepted (and announced).
    const done = await new AnalysisStore(this.db).completeEmpty(trx, payload.analysis_id);
    if (done?.callback_url) {
      const { analysis_id } = payload;
      await stageWebhook(trx, { analysis_id, status: 'completed', generation: done.reprocess_generation });
    }
  }
}
