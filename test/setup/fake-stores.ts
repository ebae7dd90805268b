import type { Knex } from 'knex';
import type { StageRef } from '../../lib/analyses/analysis-store.js';
import { nextStatus, PENDING_STAGE, type AnalysisRow, type Transition } from '../../lib/analyses/states.js';
import type { ResultKeys, ResultWrite } from '../../lib/results/index.js';
import { ResultStore } from '../../lib/results/result-store.js';
import type { StagePorts } from '../../processors/stage-runner/ports.js';

/** A database URL nothing opens: the wrapper's config needs one, the fakes stand in for the database. */
export const UNUSED_DB = 'postgres://unused@127.0.0.1/unused';
/** The transcription result of a transcript the client sent. */
export const CLIENT_TRANSCRIPT = {
  status: 'completed',
  provider: 'client',
  language: null,
  text: 'hi',
  segments: null,
  reason: null,
} as const;

// In-memory fakes of the lifecycle and results stores, with the same transition rules (states.ts), for unit tests
// of the stage wrapper. A "transaction" buffers writes and applies them only when its function resolves.

export class FakeStores {
  readonly analyses = new Map<string, AnalysisRow>();
  readonly results = new Map<string, Record<string, unknown>>();
  readonly announced: Array<{ analysis_id: string; status: string }> = [];
  readonly erasedAudio: string[] = [];
  readonly checkpoints = new Map<string, Buffer>();
  private pending: Array<() => void> | undefined;
  private readonly schema = new ResultStore(undefined as unknown as Knex);

  add(stages: string[], patch: Partial<AnalysisRow> = {}): AnalysisRow {
    const id = crypto.randomUUID();
    const row = {
      id,
      user_id: crypto.randomUUID(),
      conversation_id: crypto.randomUUID(),
      status: 'queued',
      stages: Object.fromEntries(stages.map((s) => [s, { ...PENDING_STAGE }])),
      language: 'auto',
      idempotency_key: null,
      idempotency_fingerprint: null,
      callback_url: 'https://example.org/hook',
      client_transcript: 'niko sawa',
      recorded_at: null,
      error: null,
      created_at: new Date(),
      started_at: null,
      completed_at: null,
      reprocess_generation: 0,
      ...patch,
    } as AnalysisRow;
    this.analyses.set(id, row);
    return row;
  }

  ports(): StagePorts {
    const later = (fn: () => void): void => void (this.pending ? this.pending.push(fn) : fn());
    const move = (ref: StageRef, t: Transition, patch: object, status = true) => {
      const row = this.analyses.get(ref.id);
      const next = row && row.reprocess_generation === ref.generation ? nextStatus(row.status, t) : undefined;
      if (!row || !next) return undefined;
      later(() => {
        row.stages[ref.stage] = { ...row.stages[ref.stage]!, ...patch };
        if (status) row.status = next;
      });
      return { status: next, callback_url: row.callback_url, reprocess_generation: row.reprocess_generation };
    };
    return {
      transaction: async (fn) => {
        this.pending = [];
        try {
          const out = await fn(undefined as unknown as Knex.Transaction);
          for (const apply of this.pending) apply();
          return out;
        } finally {
          this.pending = undefined;
        }
      },
      analyses: {
        readForStage: async (ref) => {
          const row = this.analyses.get(ref.id);
          return row && row.reprocess_generation === ref.generation && nextStatus(row.status, 'startStage')
            ? row
            : undefined;
        },
        startStage: async (ref, attempt) =>
          move(ref, 'startStage', { status: 'processing', attempts: attempt }) && this.analyses.get(ref.id),
        completeStage: async (_trx, ref, run) => {
          const settled = move(ref, run.last ? 'completeLastStage' : 'completeStage', {
            status: 'completed',
            attempts: run.attempt,
          });
          // As the store does: a stage passed over on failure ends the analysis failed at its last stage.
          if (!settled || !run.last || !this.analyses.get(ref.id)?.error) return settled;
          later(() => void (this.analyses.get(ref.id)!.status = 'failed'));
          return { ...settled, status: 'failed' as const };
        },
        deferStage: async (ref, opts) => {
          const st = this.analyses.get(ref.id)?.stages[ref.stage];
          const counted = opts?.rateLimited ? { deferrals: (st?.deferrals ?? 0) + 1 } : {};
          const since = { deferred_since: st?.deferred_since ?? new Date().toISOString() };
          if (!move(ref, 'deferStage', { status: 'pending', ...counted, ...(opts?.rateLimited ? since : {}) }, false))
            return undefined;
          const now = this.analyses.get(ref.id)!.stages[ref.stage]!;
          return opts?.rateLimited ? { count: now.deferrals!, since: new Date(now.deferred_since!) } : undefined;
        },
        retryStage: async (ref, run, error) =>
          void move(ref, 'retryStage', { status: 'pending', attempts: run.attempt, error }),
        failStage: async (_trx, ref, run, error, opts) => {
          const settled = move(ref, opts?.passedOver ? 'failStagePassedOver' : 'failStage', {
            status: 'failed',
            attempts: run.attempt,
            error,
          });
          const row = this.analyses.get(ref.id)!;
          if (settled) later(() => void (row.error ??= { ...error, stage: ref.stage }));
          return settled;
        },
      },
      results: {
        read: async (id, name) => this.results.get(id)?.[name] as never,
        validate: (w) => this.schema.validate(w),
        write: async (_trx, keys: ResultKeys, writes: readonly ResultWrite[]) =>
          later(() => {
            const mine = this.results.get(keys.analysis_id) ?? {};
            for (const w of writes) mine[w.name] = w.value;
            this.results.set(keys.analysis_id, mine);
          }),
      },
      recording: async () => undefined,
      history: async () => [],
      conversation: {
        open: () => ({
          earlier: async () => [],
          seal: async (_turn, at) => ({ turn_at: at.toISOString(), iv: '', auth_tag: '', ciphertext: '' }),
        }),
        recentTemplates: async () => [],
      },
      announce: async (_trx, p) => later(() => void this.announced.push(p)),
      eraseAudio: async (_trx, id) => later(() => void this.erasedAudio.push(id)),
      checkpoints: {
        load: async (ref) => this.checkpoints.get(`${ref.id}/${ref.stage}/${ref.generation}`),
        save: async (ref, _user, data) => void this.checkpoints.set(`${ref.id}/${ref.stage}/${ref.generation}`, data),
        clear: async (ref) => {
          for (const k of this.checkpoints.keys())
            if (k.startsWith(`${ref.id}/${ref.stage}/`)) this.checkpoints.delete(k);
        },
      },
    };
  }
}
