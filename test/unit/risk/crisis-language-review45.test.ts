import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 45 (2026-12-03): the second wording raised 80 sign-offs ("bye guys nimechoka nalala"); narrowed. Its texts
// hold the kept rules' levels.

describe('review 45: a death announced as a departure, second wording', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review45.jsonl', import.meta.url), [153, 174]);
});
