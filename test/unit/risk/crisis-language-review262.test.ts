import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 262 (2026-12-07, session 56), a fresh writer of nurse-transcribed check-ins on the session's themes, scored
// blind first after the fourth round of code reviews: crises at ≥ medium 22 of 30 on cdef43f → 25; ordinary raised 12
// of 30 → 12.
describe('review 262: a fresh red team of nurse-transcribed check-ins on the themes of session 56', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review262.jsonl', import.meta.url), [30, 30]);
});
