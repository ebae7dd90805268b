import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 225 (2026-12-07, session 52), written against again-everyday.ts to hide a recurrence behind everyday words
// before "again": crises at ≥ medium 28 of 30 at the session's start → 25 (a wellbeing turned after it: "… at peace
// again since i wrote my letters") → 28 kept (24 at their own level, as at the start); ordinary raised 8 of 10 → 6.
describe('review 225: a recurrence behind everyday words before "again"', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review225.jsonl', import.meta.url), [30, 10]);
});
