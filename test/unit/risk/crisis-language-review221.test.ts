import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 221 (2026-12-07, session 52), written against the first form of continuing.ts ("again" and the Swahili
// "back" after a past): crises at ≥ medium 29 of 32 at the session's start → 30 (28 → 29 at their own level); ordinary
// raised 26 of 28 → 15 with the kept form, again-everyday.ts ("… i went back to school again", "… mvua imerudi").
describe('review 221: what comes again after a past, first form', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review221.jsonl', import.meta.url), [32, 28]);
});
