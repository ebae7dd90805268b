import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 254 (2026-12-07, session 56), a fresh writer on all three of the session's themes, scored blind first:
// emphatic denials, never having wanted to live, self-harm told before a denial of suicide. Crises at ≥ medium 22 of
// 30 on cdef43f → 27 on first scoring (5a9c8d5) → 29; ordinary raised 9 of 30 → 5 → 5.
describe('review 254: a fresh red team on emphatic denials, never wanting to live and self-harm before a denial', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review254.jsonl', import.meta.url), [30, 30]);
});
