import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 63 (2026-12-03): "kesho tutaona / we will see" (a goodbye cut short) raised 4 aimed ordinary texts; taken out.
// Its texts hold the kept rules' levels.

describe('review 63: thoughts denied for now, third wording', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review63.jsonl', import.meta.url), [125, 93]);
});
