import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// The eighth code review of session 56 (2026-12-07): an exception to a denied act ("… except when i shave"), a natural
// death, a milestone or a money joke read as taking a denial back; grief after "sijaacha kufikiria"; "ingekuwa bora
// kama singekuwepo" (had I not been there); a landlord after "never wanted to live". Crises at ≥ medium 0 of 5 on
// cdef43f → 5; ordinary raised 0 of 10 → 0.
describe('review 264: the eighth code review of session 56', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review264.jsonl', import.meta.url), [5, 10]);
});
