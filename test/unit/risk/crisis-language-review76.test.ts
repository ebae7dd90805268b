import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 76 (2026-12-04): hedges before a denial ("hopefully i have no thoughts … today") and retractions after it ("…
// jk work is hell") slipped through; both are read now. Its texts hold the kept rules' levels.

describe('review 76: English plain denials, second round', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review76.jsonl', import.meta.url), [148, 149]);
});
