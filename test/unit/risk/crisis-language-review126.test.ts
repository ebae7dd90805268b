import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 126 (2026-12-04, session 32): a second blind writer in the same family; 31 → 33 of 150 crises at their level on first scoring, its misses read since.

describe('review 126: a second blind writer’s means and attempts', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review126.jsonl', import.meta.url), [150, 120]);
});
