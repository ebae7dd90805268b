import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 102 (2026-12-04): a blind batch on all four. Its texts hold the kept rules' levels.

describe('review 102: a blind batch on all four', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review102.jsonl', import.meta.url), [148, 202]);
});
