import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 47 (2026-12-03): the third wording raised "i will leave this world someday" and habits, and a warning sign of
// the means at hand paired medicine taken daily with "kwaheri" (withdrawn). Its texts hold the kept rules' levels.

describe('review 47: a death announced as a departure, third wording, and the means at hand', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review47.jsonl', import.meta.url), [135, 133]);
});
