import type { StageName } from '../jobs/queues.js';
import type { StageContext, StageDefinition } from '../processors/stage.js';

// The five bench stages: no model work, each writes its stage's result through the results store, so the bench
// measures the engine's own cost per stage.

export const BENCH_STAGE_NAMES = [
  'transcription',
  'emotion',
  'baseline',
  'risk',
  'reply',
] as const satisfies StageName[];

/** The smallest valid result of each stage, written through the results store (the engine's tests use it too). */
export const WRITE_MINIMAL_RESULT: Record<StageName, (ctx: StageContext) => void | Promise<void>> = {
  // The client's transcript, as the real stage keeps it: the one stage that reads the analysis.
  transcription: async (ctx) =>
    ctx.results.write('transcription', {
      status: 'completed',
      provider: 'client',
      language: null,
      text: (await ctx.analysis()).client_transcript,
      segments: null,
      reason: null,
    }),
  emotion: (ctx) =>
    ctx.results.write('emotion', {
      voice: null,
      text: null,
      dissonance: { score: 0, level: 'none', kind: null, evidence: [] },
      reasons: { voice: null, text: null },
      redacted: [],
    }),
  baseline: (ctx) =>
    ctx.results.write('baseline', {
      status: 'collecting',
      sessions: 0,
      required: 5,
      window: 20,
      deviation_score: null,
      deviations: [],
      counted: false,
      reason: 'no recording: text only',
      recorded_at: new Date().toISOString(),
      trajectory: { direction: null, concern_index: null, sessions: 0, change: null },
    }),
  risk: (ctx) => ctx.results.write('risk', { level: 'low', score: 0, tier: 'none', factors: [] }),
  reply: (ctx) =>
    ctx.results.write('reply', {
      text: 'Thank you for checking in today.',
      language: 'en',
      kind: 'supportive',
      provider: 'template',
      moderated: false,
    }),
};

export function benchStages(concurrency: number): StageDefinition[] {
  return BENCH_STAGE_NAMES.map((name) => ({
    name,
    timeoutMs: 30_000,
    concurrency,
    run: async (ctx) => WRITE_MINIMAL_RESULT[name](ctx),
  }));
}
