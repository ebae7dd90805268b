import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 101 (2026-12-04): an aimed batch on all four readings after their first fixes. Its texts hold the kept rules' levels.

describe('review 101: an aimed batch on all four readings after their first fixes', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review101.jsonl', import.meta.url), [165, 207]);
});
