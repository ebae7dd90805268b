import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Review 49 (2026-12-03): the fifth form lowered 19 crises (emoji after a full stop, web links, "used to" before a
// noun); the written check-in is read now. Its texts hold the kept rules' levels.

describe('review 49: a history beside a good day, fifth form', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review49.jsonl', import.meta.url), [132, 89]);
});
