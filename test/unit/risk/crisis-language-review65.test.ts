import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 65 (2026-12-03): hyperbole already read as a wish beside a purchase raised 23 aimed ordinary texts from high
// to critical, and high already pages a clinician: withdrawn. Its texts hold the kept rules' levels.

describe('review 65: preparation beside a wish, second wording', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review65.jsonl', import.meta.url), [100, 100]);
});
