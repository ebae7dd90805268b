import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 173 (2026-12-05, session 39): 60 crises and 60 ordinary check-ins, half voice notes, written blind and scored
// before reading: against 3c1f0db plans and acts at >= high 30 of 34, after the sixth warning reading 33; then read.
describe('review 173: check-ins and voice notes written blind', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review173.jsonl', import.meta.url), [60, 60]);
});
