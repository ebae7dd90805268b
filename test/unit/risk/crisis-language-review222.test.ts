import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 222 (2026-12-07, session 52), out of sample on the same change: crises at ≥ medium 26 of 26 at the session's
// start and after (15 at their own level both); ordinary raised 17 of 24 → 14.
describe('review 222: what comes again after a past, out of sample', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review222.jsonl', import.meta.url), [26, 24]);
});
