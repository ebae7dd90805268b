import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 122 (2026-12-04, session 31): a fresh blind writer's recent attempts and preparations, and ordinary check-ins
// with the same words. Its texts hold the kept rules' levels.

describe('review 122: a fresh blind writer’s attempts and preparations', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review122.jsonl', import.meta.url), [150, 120]);
});
