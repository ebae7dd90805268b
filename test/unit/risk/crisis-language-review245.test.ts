import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 245 (2026-12-07, session 55), written against everyday cuts, burns and "never … this much" after a denial:
// crises at ≥ medium 15 of 20 on 8c74b0e → 19 kept; ordinary raised 7 of 20 → 7.
describe('review 245: everyday hurts and never this much after a denial', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review245.jsonl', import.meta.url), [20, 20]);
});
