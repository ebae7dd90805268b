import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 66 (2026-12-03): someone else's self-harm, scars from an operation, a call far before the cut and Sheng
// "nimecut" raised 19 aimed ordinary texts; narrowed, Sheng form withdrawn. Its texts hold the kept rules' levels.

describe('review 66: cutting said bare, fourth wording', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review66.jsonl', import.meta.url), [114, 105]);
});
