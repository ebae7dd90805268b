import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 232 (2026-12-07, session 54), written against asking oneself whether to use a means and "used to" before an
// -ing form: crises at ≥ medium 16 of 22 on ebe0fe1 → 19 kept; ordinary raised 1 of 18 → 1.
describe('review 232: whether to use a means, and used to it', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review232.jsonl', import.meta.url), [22, 18]);
});
