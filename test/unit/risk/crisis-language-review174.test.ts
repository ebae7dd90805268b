import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 174 (2026-12-05, session 39): 50 terse crises (40 plans and acts) and 50 twins, written blind and scored
// before reading: against 3c1f0db plans and acts at >= high 20 of 40, after the sixth warning reading 26; then read.
describe('review 174: terse plans and twins written blind', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review174.jsonl', import.meta.url), [50, 50]);
});
