import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 252 (2026-12-07, session 56): never having wanted to live ("i never wanted to live", "sijawahi kutaka
// kuishi") against where, how or with whom one never wanted to live. Crises at ≥ medium 14 of 20 on cdef43f → 20;
// ordinary raised 4 of 20 → 4.
describe('review 252: a red team against never having wanted to live', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review252.jsonl', import.meta.url), [20, 20]);
});
