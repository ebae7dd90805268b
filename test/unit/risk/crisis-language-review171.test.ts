import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 171 (2026-12-05, session 39): 50 terse crises (38 plans and acts) and 50 ordinary twins, written blind.
// Against 3c1f0db crises below the writer's level 24, ordinary above low 5; read, then cues-means-then-time.ts.
describe('review 171: terse plans and their twins written blind', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review171.jsonl', import.meta.url), [50, 50]);
});
