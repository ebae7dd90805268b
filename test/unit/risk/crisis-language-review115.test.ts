import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 115 (2026-12-04, session 31): red team against the first cord-round-the-neck reading: ties, lanyards, cables, food, Sheng 'kamba'. Its texts hold the kept rules' levels.

describe("review 115: red team against the first cord-round-the-neck reading: ties, lanyards, cables, food, Sheng 'kamba'", () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review115.jsonl', import.meta.url), [63, 304]);
});
