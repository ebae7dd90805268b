import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 242 (2026-12-07, session 55), written against "dye" spelled "die": crises at ≥ medium 19 of 20 on
// 8c74b0e → 19 kept; ordinary raised 12 of 20 → 3.
describe('review 242: dyeing one’s hair spelled "die"', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review242.jsonl', import.meta.url), [20, 20]);
});
