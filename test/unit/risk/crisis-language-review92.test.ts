import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 92 (2026-12-04): exceptions said before the act, loose words after it, roofers and dreams narrowed. Its texts
// hold the kept rules' levels.

describe('review 92: the act or its means told plainly, second round', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review92.jsonl', import.meta.url), [70, 279]);
});
