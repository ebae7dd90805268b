import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 239 (2026-12-07, session 55), written against "never" with a degree ("never wanted to die as much as now"):
// crises at ≥ medium 16 of 20 on 8c74b0e → 18 kept; ordinary raised 3 of 20 → 3.
describe('review 239: never this much', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review239.jsonl', import.meta.url), [20, 20]);
});
