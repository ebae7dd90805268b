import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 168 (2026-12-05, session 38): 60 crises and 80 ordinary check-ins, half short texts and half voice notes,
// written blind after the third round. Against 19b31f1 crises below the writer's level 38, ordinary above 10; as first
// measured against 98df70b 34 and 10; then read (in-sample).
describe('review 168: short texts and voice notes written blind after the third round', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review168.jsonl', import.meta.url), [60, 80]);
});
