import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 89 (2026-12-04): no crisis lowered; cut-off "i am feeling" and the hospital taken out of the lowering. Its
// texts hold the kept rules' levels.

describe('review 89: crises the change might lower, third round', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review89.jsonl', import.meta.url), [279, 72]);
});
