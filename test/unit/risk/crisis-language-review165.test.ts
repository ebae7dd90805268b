import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 165 (2026-12-05, session 38): 60 crises and 80 ordinary look-alikes, short texts written blind after the
// first five readings. Against 19b31f1 crises below the writer's level 40, ordinary above 2; first measured against
// 4cbad4b 36 and 2; then read (in-sample).
describe('review 165: short texts of danger now, written blind after the first readings', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review165.jsonl', import.meta.url), [60, 80]);
});
