import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 247 (2026-12-07, session 55), written against Swahili and Sheng reflexives after a denial of suicide,
// self-harm or idiom: crises at ≥ medium 9 of 20 on 8c74b0e → 16 kept; ordinary raised 4 of 20 → 4.
describe('review 247: najipiga, najiuma, najikuna after "sitaki kujiua"', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review247.jsonl', import.meta.url), [20, 20]);
});
