import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 110 (2026-12-04): a blind batch of whole spoken check-ins of every kind and their everyday twins. Its texts hold the kept rules' levels.

describe('review 110: a blind batch of whole spoken check-ins of every kind and their everyday twins', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review110.jsonl', import.meta.url), [160, 160]);
});
