import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 233 (2026-12-07, session 54), written against self-harm told after a denial of suicide: crises at ≥ medium
// 11 of 22 on ebe0fe1 → 18 kept; ordinary raised 1 of 18 → 1 (a power cut said "the cutting is back" was raised once
// and is not now).
describe('review 233: self-harm after a denial of suicide', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review233.jsonl', import.meta.url), [22, 18]);
});
