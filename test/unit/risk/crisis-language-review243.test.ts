import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 243 (2026-12-07, session 55), written against reassurance or a denial followed by what reveals a crisis:
// crises at ≥ medium 15 of 20 on 8c74b0e → 16 kept; ordinary raised 1 of 20 → 1.
describe('review 243: reassured, then revealed', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review243.jsonl', import.meta.url), [20, 20]);
});
