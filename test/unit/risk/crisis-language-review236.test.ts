import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 236 (2026-12-07, session 54), written against "cut" in everyday and self-harm senses: crises at ≥ medium 17
// of 20 on ebe0fe1 → 18 kept; ordinary raised 3 of 20 → 3.
describe('review 236: cutting, everyday and not', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review236.jsonl', import.meta.url), [20, 20]);
});
