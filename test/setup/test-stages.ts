import type { StageName } from '../../jobs/queues.js';
import { StageInputError, type StageContext, type StageDefinition } from '../../processors/stage.js';

// Small real stages for driving the engine: each upserts one result row keyed by analysis id.

const upsert = (ctx: StageContext, table: string, row: Record<string, unknown>, conflict: string[] = ['analysis_id']) =>
  ctx.persist((trx) =>
    trx(table)
      .insert({ analysis_id: ctx.analysis.id, user_id: ctx.analysis.user_id, ...row })
      .onConflict(conflict)
      .merge(),
  );

const WRITERS: Record<StageName, (ctx: StageContext) => Promise<unknown>> = {
  transcription: (ctx) =>
    upsert(ctx, 'transcriptions', { status: 'completed', provider: 'client', text: ctx.analysis.client_transcript }),
  emotion: (ctx) =>
    upsert(ctx, 'emotion_scores', {
      text: JSON.stringify({ words: ctx.analysis.client_transcript?.split(/\s+/).length ?? 0 }),
    }),
  baseline: (ctx) =>
    upsert(
      ctx,
      'session_deviations',
      { session_id: ctx.analysis.conversation_id, deviation_type: 'test', deviation_score: 0.5 },
      ['analysis_id', 'deviation_type'],
    ),
  risk: (ctx) =>
    upsert(ctx, 'risk_assessments', { session_id: ctx.analysis.conversation_id, risk_score: 0.1, risk_level: 'low' }),
};

export interface TestStageOptions {
  /** Throw a transient error on the first N attempts. */
  failFirst?: number;
  /** Throw StageInputError when the transcript contains this word. */
  rejectWord?: string;
  delayMs?: number;
  timeoutMs?: number;
  concurrency?: number;
}

export function testStage(name: StageName, opts: TestStageOptions = {}): StageDefinition {
  return {
    name,
    timeoutMs: opts.timeoutMs ?? 10_000,
    concurrency: opts.concurrency ?? 5,
    run: async (ctx) => {
      if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
      if (opts.rejectWord && ctx.analysis.client_transcript?.includes(opts.rejectWord)) {
        throw new StageInputError('invalid_input', `the ${name} stage cannot use this input`);
      }
      if (opts.failFirst && ctx.attempt <= opts.failFirst) throw new Error(`transient ${name} failure`);
      await WRITERS[name](ctx);
    },
  };
}

export const allTestStages = (overrides: Partial<Record<StageName, TestStageOptions>> = {}): StageDefinition[] =>
  (['transcription', 'emotion', 'baseline', 'risk'] as const).map((n) => testStage(n, overrides[n]));
