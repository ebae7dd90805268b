import type { StageName } from '../../jobs/queues.js';
import { WRITE_MINIMAL_RESULT } from '../../bench/stages.js';
import { StageInputError, type StageDefinition } from '../../processors/stage.js';

// Small real stages for driving the engine: each writes its stage's smallest valid result through the results store.

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
      if (opts.rejectWord && (await ctx.analysis()).client_transcript?.includes(opts.rejectWord)) {
        throw new StageInputError('invalid_input', `the ${name} stage cannot use this input`);
      }
      if (opts.failFirst && ctx.attempt <= opts.failFirst) throw new Error(`transient ${name} failure`);
      await WRITE_MINIMAL_RESULT[name](ctx);
    },
  };
}

export const allTestStages = (overrides: Partial<Record<StageName, TestStageOptions>> = {}): StageDefinition[] =>
  (['transcription', 'emotion', 'baseline', 'risk'] as const).map((n) => testStage(n, overrides[n]));
