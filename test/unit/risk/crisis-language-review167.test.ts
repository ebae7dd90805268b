import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 167 (2026-12-05, session 38): 60 crises and 80 ordinary check-ins, half short texts and half voice notes,
// written blind after the second round. Against 19b31f1 crises below the writer's level 29, ordinary above 4; as first
// measured against d96f572 22 and 4; then read (in-sample).
describe('review 167: short texts and voice notes written blind after the second round', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review167.jsonl', import.meta.url), [60, 80]);
});
