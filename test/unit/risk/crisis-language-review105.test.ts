import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 105 (2026-12-04): an aimed batch on pills planned, wishes to join the dead and the thoughts after what happened. Its texts hold the kept rules' levels.

describe('review 105: an aimed batch on pills planned, wishes to join the dead and the thoughts after what happened', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review105.jsonl', import.meta.url), [120, 120]);
});
