import type { StageName } from '../jobs/queues.js';
import type { StageDefinition } from '../processors/stage.js';
import { testStage } from '../test/setup/test-stages.js';

// The four bench stages are the engine's test stages: no model work, each upserts one result row through
// ctx.persist, so the bench measures the engine's own cost per stage.

/** The bare ceiling's queue (bench/bare-worker.ts). */
export const BARE_QUEUE = 'bench-bare';

export const BENCH_STAGE_NAMES = ['transcription', 'emotion', 'baseline', 'risk'] as const satisfies StageName[];

export function benchStages(concurrency: number): StageDefinition[] {
  return BENCH_STAGE_NAMES.map((name) => testStage(name, { concurrency, timeoutMs: 30_000 }));
}
