import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 119 (2026-12-04, session 31): blind: whole check-ins with a recent attempt or preparation, and ordinary ones with the same words. Its texts hold the kept rules' levels.

describe('review 119: blind: whole check-ins with a recent attempt or preparation, and ordinary ones with the same words', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review119.jsonl', import.meta.url), [160, 140]);
});
