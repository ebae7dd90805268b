import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 172 (2026-12-05, session 39): 50 crises and 50 ordinary check-ins in Swahili and Sheng, written blind.
// Against 3c1f0db crises below the writer's level 10, ordinary above low 7; then read (in-sample).
describe('review 172: Swahili and Sheng check-ins written blind', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review172.jsonl', import.meta.url), [50, 50]);
});
