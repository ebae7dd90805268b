import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 240 (2026-12-07, session 55), written against "i want to live no more" and living elsewhere: crises at ≥
// medium 17 of 20 on 8c74b0e → 20 kept; ordinary raised 13 of 20 → 13.
describe('review 240: to live no more', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review240.jsonl', import.meta.url), [20, 20]);
});
