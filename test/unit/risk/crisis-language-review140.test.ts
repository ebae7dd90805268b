import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 140 (2026-12-05, session 34): a fresh writer's 120 crises, mostly without a word of suicide, and 240
// everyday check-ins written to look like them to a word-based reading, aimed at the fifth learned reading. Against
// b86a06d: crises at medium or above 101 → 106 of 120, everyday texts 38 → 39 of 240. Held at the layer's levels.

describe('review 140: a red team aimed at the fifth learned reading', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review140.jsonl', import.meta.url), [120, 240]);
});
