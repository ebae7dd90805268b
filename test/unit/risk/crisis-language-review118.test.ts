import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 118 (2026-12-04, session 31): red team against the act-and-wish reading: medicine and a hospital visit, idioms of dying, knives in kitchens. Its texts hold the kept rules' levels.

describe('review 118: red team against the act-and-wish reading: medicine and a hospital visit, idioms of dying, knives in kitchens', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review118.jsonl', import.meta.url), [63, 312]);
});
