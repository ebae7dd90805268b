import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 99 (2026-12-04): a blind batch on the same. Its texts hold the kept rules' levels.

describe('review 99: a blind batch on the same', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review99.jsonl', import.meta.url), [125, 173]);
});
