import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 234 (2026-12-07, session 54), written against "sijawahi kuwa na mawazo ya kujiua" (I have never had thoughts
// of) and what takes it back: crises at ≥ medium 18 of 18 on ebe0fe1 → 18 kept; ordinary raised 16 of 22 → 5.
describe('review 234: never having had the thoughts', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review234.jsonl', import.meta.url), [18, 22]);
});
