import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 107 (2026-12-04): a blind hunt for false alarms in the words of the new readings. Its texts hold the kept rules' levels.

describe('review 107: a blind hunt for false alarms in the words of the new readings', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review107.jsonl', import.meta.url), [0, 200]);
});
