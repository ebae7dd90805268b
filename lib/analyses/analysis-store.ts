import type { Knex } from 'knex';
import { lastCompletion, notFailed, notSettled, stagesCanceled, withCtes } from './sql.js';
import { param, StatementMemo, type Follows } from '../statements.js';
import { completeStages, type Completion } from './complete-stages.js';
import { allowedFrom, ANALYSIS_COLUMNS, type AnalysisRow, type StageState, type Transition } from './states.js';
import {
  attemptOf,
  completedState,
  newRow,
  SETTLED,
  stageError,
  type Deferrals,
  type NewAnalysis,
  type Settled,
  type StageRef,
  type StageRun,
} from './transition-values.js';

export type { Deferrals, NewAnalysis, Settled, StageRef, StageRun } from './transition-values.js';

type Db = Knex | Knex.Transaction;

/** The transitions that may repeat on a stage that ended (a job run again after it completed): all others may not. */
const COMPLETIONS: ReadonlySet<Transition> = new Set(['completeStage', 'completeLastStage']);

/** The hot statements (create, complete a stage), built once per shape: see statements.ts. */
const statements = new StatementMemo();

/**
 * The one owner of `analyses` state: every change is a named transition of `states.ts`, applied in one
 * statement whose WHERE clause refuses it from any other status (and for a job of another generation).
 */
export class AnalysisStore {
  constructor(private readonly db: Knex) {}

  /** Inserts an analysis, or returns the one this user already created with the same idempotency key. */
  async create(trx: Knex.Transaction, a: NewAnalysis): Promise<{ analysis: AnalysisRow; created: boolean }> {
    const conversationId =
      a.conversationId ??
      ((await trx('conversations').insert({ user_id: a.userId }).returning('id')) as Array<{ id: string }>)[0]!.id;
    const rows = (await trx('analyses')
      .insert({
        ...newRow(a),
        conversation_id: conversationId,
        idempotency_key: a.idempotencyKey ?? null,
        idempotency_fingerprint: a.idempotencyFingerprint ?? null,
      })
      .onConflict(['user_id', 'idempotency_key'])
      .ignore()
      .returning('*')) as AnalysisRow[];
    if (rows[0]) return { analysis: rows[0], created: true };
    // A concurrent request with the same key won the race: drop the conversation made for this one.
    if (!a.conversationId) await trx('conversations').where({ id: conversationId }).delete();
    const existing = (await trx('analyses')
      .where({ user_id: a.userId, idempotency_key: a.idempotencyKey! })
      .first()) as AnalysisRow;
    return { analysis: existing, created: false };
  }

  /**
   * Creates an analysis without an idempotency key (and its conversation, unless given) in one statement, together
   * with what `follows` adds reading the CTE `created` (the outbox row that asks for its flow).
   */
  async createAtOnce(db: Db, a: Omit<NewAnalysis, 'idempotencyKey'>, follows: Follows): Promise<AnalysisRow> {
    const row = { ...newRow(a), conversation_id: a.conversationId ?? null };
    const shape = `create:${a.conversationId ? 'in' : 'new'}-conversation:${follows.shape}`;
    const build = () => {
      const params = Object.fromEntries(Object.keys(row).map((k) => [k, param(k)]));
      const conversation = a.conversationId
        ? undefined
        : db('conversations')
            .insert({ user_id: param('user_id') })
            .returning('id')
            .toSQL();
      const conversationId = conversation ? db.raw('(SELECT id FROM new_conversation)') : param('conversation_id');
      const insert = db('analyses')
        .insert({ ...params, conversation_id: conversationId })
        .returning([...ANALYSIS_COLUMNS])
        .toSQL();
      const ctes: Array<[string, Knex.Sql]> = conversation ? [['new_conversation', conversation]] : [];
      ctes.push(['created', insert], ...follows.build().map((f, i): [string, Knex.Sql] => [`f${i}`, f.toSQL()]));
      return withCtes(ctes, 'created');
    };
    const values = { ...follows.values, ...row };
    const [created] = await statements.run<AnalysisRow>(db, shape, build, values, { prepared: true });
    return created!;
  }

  /**
   * The row a stage attempt works on, without writing: a first attempt writes its start with its end (or with
   * `startStage` once it has run a while). Undefined when the stage may not start (canceled, finished, stale job).
   */
  async readForStage(ref: StageRef): Promise<AnalysisRow | undefined> {
    const build = () =>
      this.db('analyses')
        .select([...ANALYSIS_COLUMNS])
        .where({ id: param('id'), reprocess_generation: param('generation') })
        .whereIn('status', allowedFrom('startStage'))
        .limit(1)
        .toSQL();
    const values = { id: ref.id, generation: ref.generation };
    const [row] = await statements.run<AnalysisRow>(this.db, 'read-for-stage', build, values, { prepared: true });
    return row;
  }

  /** A stage attempt is running: the analysis is processing. Undefined when refused (canceled, finished, stale job). */
  async startStage(ref: StageRef, attempt: number, startedAt = new Date()): Promise<AnalysisRow | undefined> {
    const [row] = (await this.apply(this.db, ref, 'startStage', {
      status: 'processing',
      attempts: attempt,
      started_at: startedAt.toISOString(),
      completed_at: null,
    })
      .update({ status: 'processing', started_at: this.db.raw('coalesce(started_at, now())') })
      .returning('*')) as AnalysisRow[];
    return row;
  }

  /**
   * The stage's results committed (same transaction), its start recorded too; the last stage of the flow
   * completes the analysis.
   */
  completeStage(trx: Knex.Transaction, ref: StageRef, run: StageRun): Promise<Settled | undefined> {
    return this.settle(this.completion(trx, ref, run));
  }

  /**
   * completeStage for several analyses and what follows from each as one statement (complete-stages.ts): the result
   * upserts (ResultStore.upsertsAfter) and the announcement (webhookAfter) write nothing for an analysis refused.
   */
  completeStages(items: readonly Completion[]): Promise<Array<Settled | undefined>> {
    return completeStages(this.db, items);
  }

  /**
   * The job goes back to waiting, its attempt not spent: a provider asked to slow down (`rateLimited`: counted, with
   * the time of the first such deferral, so the wrapper can give up) or the worker is shutting down (not counted).
   */
  async deferStage(ref: StageRef, { rateLimited = false } = {}): Promise<Deferrals | undefined> {
    if (!rateLimited) {
      await this.apply(this.db, ref, 'deferStage', { status: 'pending' }).update({});
      return undefined;
    }
    const [row] = (await this.db('analyses')
      .where({ id: ref.id, reprocess_generation: ref.generation })
      .whereIn('status', allowedFrom('deferStage'))
      .whereRaw(notSettled('analyses'), [ref.stage])
      .update({
        stages: this.db.raw(
          `jsonb_set(stages, ?::text[], coalesce(stages -> ?, '{}'::jsonb) || jsonb_build_object(
             'status', 'pending',
             'deferrals', coalesce((stages -> ? ->> 'deferrals')::int, 0) + 1,
             'deferred_since', coalesce(stages -> ? -> 'deferred_since', to_jsonb(now()))))`,
          [`{${ref.stage}}`, ref.stage, ref.stage, ref.stage],
        ),
        updated_at: this.db.fn.now(),
      })
      .returning(this.db.raw('stages -> ? AS state', [ref.stage]))) as Array<{ state: StageState }>;
    return row && { count: row.state.deferrals ?? 1, since: new Date(row.state.deferred_since ?? Date.now()) };
  }

  /** An attempt failed and BullMQ will try again. */
  async retryStage(ref: StageRef, run: StageRun, error: { code: string; message: string }): Promise<void> {
    await this.apply(this.db, ref, 'retryStage', {
      status: 'pending',
      ...attemptOf(run),
      error: stageError(error),
    }).update({ status: 'processing', started_at: this.db.raw('coalesce(started_at, now())') });
  }

  /**
   * The stage failed for good: so does the analysis, and the stages after it will not run; unless they run all the
   * same (`passedOver`: the job lets its parent run), when the analysis goes on with the first such error recorded.
   */
  async failStage(
    trx: Knex.Transaction,
    ref: StageRef,
    run: StageRun,
    error: { code: string; message: string },
    { passedOver = false } = {},
  ): Promise<Settled | undefined> {
    const patch = { status: 'failed', ...attemptOf(run), error: stageError(error) } as const;
    const analysisError = JSON.stringify({ ...stageError(error), stage: ref.stage });
    if (passedOver)
      return this.settle(
        this.apply(trx, ref, 'failStagePassedOver', patch).update({
          status: 'processing',
          started_at: trx.raw('coalesce(started_at, now())'),
          error: trx.raw('coalesce(error, ?::jsonb)', [analysisError]),
        }),
      );
    const settled = await this.settle(
      this.apply(trx, ref, 'failStage', patch).update({
        status: 'failed',
        started_at: trx.raw('coalesce(started_at, now())'),
        completed_at: trx.fn.now(),
        error: analysisError,
      }),
    );
    // The stages after it will not run: say so instead of leaving them pending.
    if (settled)
      await trx('analyses')
        .where({ id: ref.id })
        .update({ stages: stagesCanceled(trx, ['pending']) });
    return settled;
  }

  /** An analysis accepted under a pipeline with no stages is complete as accepted. */
  completeEmpty(trx: Knex.Transaction, id: string): Promise<Settled | undefined> {
    const q = trx('analyses')
      .where({ id })
      .whereIn('status', allowedFrom('completeEmpty'))
      .update({ status: 'completed', started_at: trx.fn.now(), completed_at: trx.fn.now(), updated_at: trx.fn.now() });
    return this.settle(q);
  }

  /**
   * DELETE: the analysis row goes, and with it (foreign keys) its recording, results and delivery log, so it is gone
   * from GET and the list. The row lock taken first orders this against a stage's completion, which then finds no
   * row. `before` runs under the lock (the explicit result erasure). Undefined if not this user's.
   */
  async erase(
    trx: Knex.Transaction,
    userId: string,
    id: string,
    before: () => Promise<void> = async () => {},
  ): Promise<{ generation: number } | undefined> {
    const row = (await trx('analyses').where({ id, user_id: userId }).forUpdate().first('reprocess_generation')) as
      Pick<AnalysisRow, 'reprocess_generation'> | undefined;
    if (!row) return undefined;
    await before();
    await trx('analyses').where({ id }).delete();
    return { generation: row.reprocess_generation };
  }

  /**
   * The UPDATE that completes a stage (and records its start), the analysis too when the stage is the last: failed if a
   * stage before it failed (passed over, or stalled unrecorded: sql.ts lastCompletion), else completed.
   */
  private completion(db: Db, ref: StageRef, run: StageRun, state = completedState(run)): Knex.QueryBuilder {
    if (!run.last)
      return this.apply(db, ref, 'completeStage', state).update({
        status: 'processing',
        started_at: db.raw('coalesce(started_at, now())'),
      });
    const last = lastCompletion('analyses', ref.stage);
    const raw = (p: { sql: string; bindings: unknown[] }) => db.raw(p.sql, p.bindings as Knex.RawBinding[]);
    return this.apply(db, ref, 'completeLastStage', state, raw(last.stages)).update({
      status: raw(last.status),
      error: raw(last.error),
      completed_at: db.fn.now(),
      started_at: db.raw('coalesce(started_at, now())'),
    });
  }

  /**
   * The UPDATE of one stage transition: merges `patch` (or its JSON) into the stage's state (of `base`, the stages JSON
   * by default), refused from other statuses, for a stage that already failed in this generation, and (but a
   * completion) for one that completed.
   */
  private apply(db: Db, ref: StageRef, transition: Transition, patch: Partial<StageState> | string, base?: Knex.Raw) {
    const q = db('analyses')
      .where({ id: ref.id, reprocess_generation: ref.generation })
      .whereIn('status', allowedFrom(transition))
      .whereRaw(COMPLETIONS.has(transition) ? notFailed('analyses') : notSettled('analyses'), [ref.stage]);
    // `base` never changes this stage's own state (lastCompletion fails only stages before it): read it from `stages`.
    const stages = db.raw("jsonb_set(?, ?::text[], coalesce(stages -> ?, '{}'::jsonb) || ?::jsonb)", [
      base ?? db.raw('stages'),
      `{${ref.stage}}`,
      ref.stage,
      typeof patch === 'string' ? patch : JSON.stringify(patch),
    ]);
    return { update: (columns: Record<string, unknown>) => q.update({ ...columns, stages, updated_at: db.fn.now() }) };
  }

  private async settle(q: Knex.QueryBuilder): Promise<Settled | undefined> {
    const [row] = (await q.returning([...SETTLED])) as Settled[];
    return row;
  }
}
