import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 238 (2026-12-07, session 54), written against "used to" habits and denials with a degree: crises at ≥
// medium 15 of 20 on ebe0fe1 → 18 kept; ordinary raised 7 of 20 → 5.
describe('review 238: used to it, and never this much', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review238.jsonl', import.meta.url), [20, 20]);
});
