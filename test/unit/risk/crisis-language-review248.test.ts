import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// The third code review of session 55 (2026-12-07): a perfect or inverted "never", Sheng "sijawahi", a promise
// ("would never … like this"), Swahili habits and times before the verb, denials giving a reason, a forehead or a
// wall hit over and over, "fell apart", a denied itch, "before i go" somewhere. Crises at ≥ medium 0 of 20 on
// 8c74b0e → 20 kept; ordinary raised 2 of 6 → 0.
describe('review 248: the third code review of session 55', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review248.jsonl', import.meta.url), [20, 6]);
});
