import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 87 (2026-12-04): an attempt then "i go to the hospital" was lowered; the going must be all that follows and
// reassurances are counted across the check-in. Its texts hold the kept rules' levels.

describe('review 87: lowering after a denial, second round', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review87.jsonl', import.meta.url), [176, 129]);
});
