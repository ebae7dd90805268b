import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 257 (2026-12-07, session 56), a fresh writer of whole check-ins on the session's three themes, scored blind
// first: crises at ≥ medium 21 of 30 on cdef43f → 23 on first scoring (aef6411) → 24; ordinary raised 8 of 30 → 8 → 8.
// Left: an emphatic denial then "its just that i already bought the pills", "… i have decided after the twentieth".
describe('review 257: a fresh red team of whole check-ins on the themes of session 56', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review257.jsonl', import.meta.url), [30, 30]);
});
