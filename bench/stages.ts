import type { StageName } from '../jobs/queues.js';
import type { StageContext, StageDefinition } from '../processors/stage.js';

// The four bench stages: no model work, each upserts one result row through ctx.persist (like the engine's
// test stages), so the bench measures the engine's own cost per stage.

const upsert = (ctx: StageContext, table: string, row: Record<string, unknown>, conflict = ['analysis_id']) =>
  ctx.persist((trx) =>
    trx(table)
      .insert({ analysis_id: ctx.analysis.id, user_id: ctx.analysis.user_id, ...row })
      .onConflict(conflict)
      .merge(),
  );

const WRITERS: Record<StageName, (ctx: StageContext) => Promise<unknown>> = {
  transcription: (ctx) =>
    upsert(ctx, 'transcriptions', { status: 'completed', provider: 'client', text: ctx.analysis.client_transcript }),
  emotion: (ctx) => upsert(ctx, 'emotion_scores', { text: JSON.stringify({ label: 'calm', score: 0.7 }) }),
  baseline: (ctx) =>
    upsert(
      ctx,
      'session_deviations',
      { session_id: ctx.analysis.conversation_id, deviation_type: 'bench', deviation_score: 0.5 },
      ['analysis_id', 'deviation_type'],
    ),
  risk: (ctx) =>
    upsert(ctx, 'risk_assessments', { session_id: ctx.analysis.conversation_id, risk_score: 0.1, risk_level: 'low' }),
};

/** The bare ceiling's queue (bench/bare-worker.ts). */
export const BARE_QUEUE = 'bench-bare';

export const BENCH_STAGE_NAMES = ['transcription', 'emotion', 'baseline', 'risk'] as const satisfies StageName[];

export function benchStages(concurrency: number): StageDefinition[] {
  return BENCH_STAGE_NAMES.map((name) => ({
    name,
    timeoutMs: 30_000,
    concurrency,
    run: async (ctx) => void (await WRITERS[name](ctx)),
  }));
}
