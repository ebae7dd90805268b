import type { Knex } from 'knex';
import { AnalysisStore } from '../lib/analyses/analysis-store.js';
import type { Logger } from '../lib/logger.js';
import type { QueueBackend } from '../lib/queue-backend.js';
import { analysisFlow, stageJobId, stagesFrom, type StagePayload } from './catalogue.js';
import type { StageName } from './queues.js';
import { WEBHOOK_JOB_OPTIONS, WEBHOOK_QUEUE, webhookJobId, type WebhookPayload } from './webhooks.js';

/**
 * The one enqueue path. Callers write an outbox row in the same transaction as the analysis
 * (`stageAnalysis`); the relay publishes committed rows to the queue backend. A queue outage or a
 * crash between commit and publish delays work but loses none; stage job ids make re-publishing a no-op.
 */
export async function stageAnalysis(trx: Knex.Transaction, payload: StagePayload): Promise<void> {
  await stageAnalyses(trx, [payload]);
}

/** An analysis flow to publish: from `from_stage` (default: the first stage) to the end, under `generation`. */
export type FlowRequest = StagePayload & { from_stage?: StageName };

/** Many flows in one insert (the CLI's reprocess, recover and retry-failed). */
export async function stageAnalyses(trx: Knex.Transaction, requests: readonly FlowRequest[]): Promise<void> {
  if (requests.length === 0) return;
  await trx('outbox').insert(requests.map((r) => ({ kind: 'analysis_flow', payload: JSON.stringify(r) })));
}

/** Announces a finished analysis to its callback_url, in the transaction that finishes it. */
export async function stageWebhook(trx: Knex.Transaction, payload: WebhookPayload): Promise<void> {
  await trx('outbox').insert({ kind: 'webhook', payload: JSON.stringify(payload) });
}

/** stageAnalysis as part of the statement that creates the analyses returned by the CTE `after`. */
export function flowAfter(db: Knex, after: string): Knex.Raw {
  return db.raw(
    `INSERT INTO outbox (kind, payload)
     SELECT 'analysis_flow', jsonb_build_object('analysis_id', id, 'user_id', user_id, 'conversation_id', conversation_id)
       FROM ??`,
    [after],
  );
}

/**
 * stageWebhook as part of a completing statement: announces the analysis that the CTE `after` (RETURNING id,
 * status, callback_url, reprocess_generation) completed, if it has a callback_url. Same payload as stageWebhook.
 */
export function webhookAfter(db: Knex, after: string): Knex.Raw {
  return db.raw(
    `INSERT INTO outbox (kind, payload)
     SELECT 'webhook', jsonb_build_object('analysis_id', id, 'status', status, 'generation', reprocess_generation)
       FROM ?? WHERE callback_url IS NOT NULL AND status = 'completed'`,
    [after],
  );
}

/** Removes an analysis's waiting stage jobs (the last stage is the flow's root); active ones finish and find it canceled. */
export async function removeAnalysisJobs(
  backend: QueueBackend,
  analysisId: string,
  stages: readonly StageName[],
  generation = 0,
): Promise<void> {
  for (const stage of [...stages].reverse()) {
    await backend
      .queue(stage)
      .remove(stageJobId(analysisId, stage, generation), { removeChildren: true })
      .catch(() => 0);
  }
}

type OutboxRow =
  | { id: string; kind: 'analysis_flow'; payload: FlowRequest; attempts: number }
  | { id: string; kind: 'webhook'; payload: WebhookPayload; attempts: number };

const BATCH = 50;
const POLL_MS = 1000;

export class OutboxRelay {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;

  constructor(
    private readonly db: Knex,
    private readonly backend: QueueBackend,
    private readonly stages: readonly StageName[],
    private readonly logger: Logger,
  ) {}

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
        .andWhere('available_at', '<=', trx.fn.now())
        .orderBy('created_at')
        .limit(BATCH)
        .forUpdate()
        .skipLocked()) as OutboxRow[];
      // Publish the batch concurrently, then mark what went out in one statement.
      const results = await Promise.allSettled(rows.map((row) => this.publish(row, trx)));
      const published = rows.filter((_, i) => results[i]!.status === 'fulfilled').map((r) => r.id);
      if (published.length) {
        await trx('outbox').whereIn('id', published).update({ published_at: trx.fn.now(), last_error: null });
      }
      for (const [i, result] of results.entries()) {
        if (result.status === 'fulfilled') continue;
        const row = rows[i]!;
        const message = (result.reason as Error).message;
        await trx('outbox')
          .where({ id: row.id })
          .update({
            attempts: row.attempts + 1,
            last_error: message.slice(0, 500),
            available_at: trx.raw(`now() + make_interval(secs => ?)`, [Math.min(60, 2 ** row.attempts)]),
          });
        this.logger.warn({ outbox_id: row.id, err: message }, 'outbox relay: publish failed; will retry');
      }
      return rows.length;
    });
  }

  private async publish(row: OutboxRow, trx: Knex.Transaction): Promise<void> {
    if (row.kind === 'webhook') {
      await this.backend
        .queue(WEBHOOK_QUEUE)
        .add('deliver', row.payload, { ...WEBHOOK_JOB_OPTIONS, jobId: webhookJobId(row.payload) });
      return;
    }
    if (row.kind !== 'analysis_flow') throw new Error(`unknown outbox kind ${(row as { kind: string }).kind}`);
    const { from_stage, ...payload } = row.payload;
    const flow = analysisFlow(payload, stagesFrom(this.stages, from_stage));
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
