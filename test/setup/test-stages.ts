import type { StageName } from '../../jobs/queues.js';
import { StageInputError, type StageContext, type StageDefinition } from '../../processors/stage.js';

// Small real stages for driving the engine: each writes its stage's result through the results store.

const WRITERS: Record<StageName, (ctx: StageContext) => void> = {
  transcription: (ctx) =>
    ctx.results.write('transcription', {
      status: 'completed',
      provider: 'client',
      language: null,
      text: ctx.analysis.client_transcript,
      segments: null,
      reason: null,
    }),
  emotion: (ctx) =>
    ctx.results.write('emotion', {
      voice: null,
      text: null,
      dissonance: { score: 0, level: 'none', kind: null, evidence: [] },
    }),
  baseline: (ctx) =>
    ctx.results.write('baseline', {
      status: 'collecting',
      sessions: 1,
      required: 5,
      deviation_score: null,
      deviations: [],
    }),
  risk: (ctx) => ctx.results.write('risk', { level: 'low', score: 0.1, tier: 'none', factors: [] }),
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
      WRITERS[name](ctx);
    },
  };
}

export const allTestStages = (overrides: Partial<Record<StageName, TestStageOptions>> = {}): StageDefinition[] =>
  (['transcription', 'emotion', 'baseline', 'risk'] as const).map((n) => testStage(n, overrides[n]));
