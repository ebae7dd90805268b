import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 124 (2026-12-04, session 32): a blind writer's means kept, hidden or ready and attempts told by what followed; read after its first scoring (1 of 150 crises raised) to write cues-means-secret.ts and cues-found-after.ts.

describe('review 124: a blind writer’s means kept and attempts told after', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review124.jsonl', import.meta.url), [150, 120]);
});
