import { itHoldsReviewLevels } from '../../setup/risk-levels.js';

// Red team 180 (2026-12-05, session 40): 60 crises and 60 ordinary check-ins written blind after the session's first
// readings, scored and never read. Against 1940b2f and now alike: crises at >= medium 58 of 60, plans and acts at
// >= high 44 of 50, ordinary at >= medium 9 of 60 (>= high 5).
describe('review 180: check-ins written blind during the session, never read', () => {
  itHoldsReviewLevels(new URL('../../fixtures/risk/review180.jsonl', import.meta.url), [60, 60]);
});
