import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 104 (2026-12-04): a blind batch from daily check-ins in five cities. Its texts hold the kept rules' levels.

describe('review 104: a blind batch from daily check-ins in five cities', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review104.jsonl', import.meta.url), [148, 219]);
});
