import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 70 (2026-12-03): a last review on the final wording in Swahili, Sheng and code-switched check-ins. Its texts
// hold the kept rules' levels.

describe('review 70: the three changes in Swahili and Sheng', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review70.jsonl', import.meta.url), [116, 98]);
});
