import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 48 (2026-12-03): the fourth wording raised 43 aimed ordinary texts ("leaving the world bank today", "dead
// broke", "i will die poor"), none of its blind batch; narrowed. Its texts hold the kept rules' levels.

describe('review 48: a death announced as a departure, fourth wording', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review48.jsonl', import.meta.url), [112, 138]);
});
