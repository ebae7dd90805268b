import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// The first code review of session 56 (2026-12-07): crises an emphatic denial hid once the emphasis was stripped
// everywhere (means bought, "except at night", "ni mpango tu", "never thought i would"), beliefs and concealment read
// as denials, "never wanted to live" missed or raised on places and companions. Crises at ≥ medium 13 of 21 on
// cdef43f → 21; ordinary raised 3 of 10 → 0.
describe('review 255: the first code review of session 56', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review255.jsonl', import.meta.url), [21, 10]);
});
