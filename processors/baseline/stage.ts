import type { StageDefinition } from '../stage.js';
import { assessSession } from './assess.js';

// The baseline stage (DESIGN §9): this session against the person's own earlier sessions. Its result's write
// (lib/results/baseline.ts) recomputes the person's baseline under their row lock in the completing transaction.

export const baselineStage: StageDefinition = {
  name: 'baseline',
  timeoutMs: 30_000,
  concurrency: 8,
  run: async (ctx) => {
    const [analysis, acoustics, earlier] = await Promise.all([
      ctx.analysis(),
      ctx.results.read('acoustics'),
      ctx.history(),
    ]);
    const { window, minSessions } = ctx.config.baseline;
    const recordedAt = analysis.recorded_at ?? analysis.created_at;
    ctx.results.write('baseline', assessSession({ acoustics, earlier, window, required: minSessions, recordedAt }));
  },
};
