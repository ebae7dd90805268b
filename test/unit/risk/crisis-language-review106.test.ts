import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 106 (2026-12-04): a blind batch on pills planned, wishes to join the dead and the thoughts after what happened. Its texts hold the kept rules' levels.

describe('review 106: a blind batch on pills planned, wishes to join the dead and the thoughts after what happened', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review106.jsonl', import.meta.url), [120, 120]);
});
