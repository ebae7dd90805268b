import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 241 (2026-12-07, session 55), written against self-harm other than cutting after a denial of suicide: crises
// at ≥ medium 8 of 20 on 8c74b0e → 19 kept; ordinary raised 3 of 20 → 3.
describe('review 241: hitting or scratching oneself after "im not suicidal but"', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review241.jsonl', import.meta.url), [20, 20]);
});
