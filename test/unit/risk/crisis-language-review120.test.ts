import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 120 (2026-12-04, session 31): red team against the attempt denial: a denial followed by an admission in words no list holds. Its texts hold the kept rules' levels.

describe('review 120: red team against the attempt denial: a denial followed by an admission in words no list holds', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review120.jsonl', import.meta.url), [187, 80]);
});
