import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 58 (2026-12-03): "tomorrow is another day" and someone else's thoughts raised 8 aimed ordinary texts; both
// taken out. Its texts hold the kept rules' levels.

describe('review 58: thoughts denied for now, second wording', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review58.jsonl', import.meta.url), [107, 97]);
});
