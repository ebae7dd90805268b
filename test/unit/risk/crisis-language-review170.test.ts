import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 170 (2026-12-05, session 39): 40 crises and 40 ordinary long voice notes, written blind. Against 3c1f0db
// crises below the writer's level 8, ordinary above low 15; then read (in-sample).
describe('review 170: long voice notes written blind', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review170.jsonl', import.meta.url), [40, 40]);
});
