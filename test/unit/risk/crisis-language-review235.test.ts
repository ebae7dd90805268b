import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 235 (2026-12-07, session 54), written against warning signs told after a denial and a turn: crises at ≥
// medium 14 of 22 on ebe0fe1 → 19 kept (after-denial.ts); ordinary raised 6 of 22 → 6.
describe('review 235: warning signs after a denial and a turn', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review235.jsonl', import.meta.url), [22, 22]);
});
